"""Factories of the shared library: its index under the network's home, methods, lessons
and glossary terms.

Pages are published by default (see ``tests.network.factories.PageFactory``). They are not
put in the search index: ``tests.library.helpers.reindex`` does that at once, where a test
searches them (the index normally follows after commit).
"""

import factory
from factory.django import DjangoModelFactory

from django.utils.text import slugify

from library.models import GlossaryTerm, LessonPage, LibraryIndexPage, MethodPage
from network.models import NetworkHomePage
from tests.network.factories import PageFactory
from tests.territories.factories import network

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


def network_home():
    return NetworkHomePage.objects.first() or network()


class LibraryIndexPageFactory(PageFactory):
    """The library, served under ``/bibliotheque/`` on every host."""

    class Meta:
        model = LibraryIndexPage

    parent = factory.LazyFunction(network_home)
    title = "Bibliothèque"
    slug = "bibliotheque"
    intro = "Méthodes et enseignements."


class MethodPageFactory(PageFactory):
    """A method of the library (``parent=`` its index), in three steps of 3, 12, 3 minutes."""

    class Meta:
        model = MethodPage

    title = factory.Sequence(lambda n: f"Brainstorming 3-12-3 ({n})")
    objective = "Faire émerger beaucoup d’idées en peu de temps, avec tout le groupe."
    steps = STEPS_3_12_3


class LessonPageFactory(PageFactory):
    """A lesson of the library (``parent=`` its index)."""

    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Enseignement {n}")
    statement = "Un partenariat durable commence par un besoin partagé."
    number = factory.Sequence(lambda n: n + 1)


class GlossaryTermFactory(DjangoModelFactory):
    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda n: f"Tiers-lieu {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.term))
    definition = "Une définition."
