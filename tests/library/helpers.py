"""Builders shared by the library and search tests (and ``reindex`` by the events')."""

from wagtail.search.backends import get_search_backends

from library.models import GlossaryTerm, LessonPage, LibraryIndexPage, MethodPage

STEPS_3_12_3 = [
    (
        "step",
        {"title": "Seul", "duration": 3, "instructions": "Chacun note ses idées sur des post-it."},
    ),
    (
        "step",
        {
            "title": "En binôme",
            "duration": 12,
            "instructions": "Les binômes rendent les idées concrètes.",
        },
    ),
    (
        "step",
        {
            "title": "Restitution",
            "duration": 3,
            "instructions": "Chaque binôme présente en trois minutes.",
        },
    ),
]


def reindex(*objects):
    """Put objects in the search index now (the index normally follows after commit)."""
    for backend in get_search_backends():
        for obj in objects:
            backend.add(obj)


def make_library(network_home):
    index = LibraryIndexPage(
        title="Bibliothèque", slug="bibliotheque", intro="Méthodes et enseignements."
    )
    network_home.add_child(instance=index)
    return index


def make_method(
    index, title="Brainstorming 3-12-3", slug="brainstorming-3-12-3", live=True, **fields
):
    fields.setdefault(
        "objective", "Faire émerger beaucoup d’idées en peu de temps, avec tout le groupe."
    )
    fields.setdefault("steps", STEPS_3_12_3)
    method = MethodPage(title=title, slug=slug, live=live, **fields)
    index.add_child(instance=method)
    if not live:
        method.save_revision()
    reindex(method)
    return method


def make_lesson(index, title, slug, statement, number=1, **fields):
    lesson = LessonPage(title=title, slug=slug, statement=statement, number=number, **fields)
    index.add_child(instance=lesson)
    reindex(lesson)
    return lesson


def make_term(term, slug, definition="Une définition."):
    obj = GlossaryTerm.objects.create(term=term, slug=slug, definition=definition)
    reindex(obj)
    return obj
