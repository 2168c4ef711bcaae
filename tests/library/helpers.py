"""Builders shared by the library and search tests (and ``reindex`` by the events')."""

from wagtail.search.backends import get_search_backends

from tests.library.factories import (
    GlossaryTermFactory,
    LessonPageFactory,
    LibraryIndexPageFactory,
    MethodPageFactory,
)


def reindex(*objects):
    """Put objects in the search index now (the index normally follows after commit)."""
    for backend in get_search_backends():
        for obj in objects:
            backend.add(obj)


def make_library(network_home):
    return LibraryIndexPageFactory(parent=network_home, no_revision=True)


def make_method(
    index, title="Brainstorming 3-12-3", slug="brainstorming-3-12-3", live=True, **fields
):
    """A live method (no revision), or with ``live=False`` a draft never published."""
    state = {"no_revision": True} if live else {"draft": True}
    method = MethodPageFactory(parent=index, title=title, slug=slug, **state, **fields)
    reindex(method)
    return method


def make_lesson(index, title, slug, statement, number=1, **fields):
    lesson = LessonPageFactory(
        parent=index,
        title=title,
        slug=slug,
        statement=statement,
        number=number,
        no_revision=True,
        **fields,
    )
    reindex(lesson)
    return lesson


def make_term(term, slug, definition="Une définition."):
    obj = GlossaryTermFactory(term=term, slug=slug, definition=definition)
    reindex(obj)
    return obj
