"""Factories of collective projects, their needs and the contributions they receive.

``ProjectPageFactory(territory=alpha)`` is a published project under the territory's
*Projets* index (see ``tests.network.factories.PageFactory`` for ``draft=True`` and
``no_revision=True``); ``partners`` takes actors (role « partenaire ») or (actor, role)
pairs; ``communes`` takes communes; ``themes`` themes or slugs.

``NeedFactory(territory=alpha)`` is an open, approved need for interns (``kind``: a need kind or its slug); ``communes=`` and
``themes=`` (objects or slugs) fill its many-to-many fields. ``ContributionFactory`` is an
offer of help, to a need (``need=``) or a project (``project=``).
"""

import factory
from factory.django import DjangoModelFactory

from actors.models import NeedKind
from network.models import Theme
from projects.models import Contribution, Need, ProjectPage, ProjectPartner
from projects.services import ensure_index
from tests.network.factories import PageFactory, by_slug
from tests.territories.factories import TerritoryFactory

TITLES = [
    "Jardin partagé",
    "Ressourcerie de quartier",
    "Stages au collège",
    "Atelier vélo solidaire",
    "Cantine des familles",
    "Tiers-lieu de la gare",
]


def partnerships(partners):
    """``ProjectPartner`` links from actors or (actor, role) pairs."""
    links = []
    for item in partners:
        if not isinstance(item, ProjectPartner):
            actor, role = item if isinstance(item, tuple) else (item, "partenaire")
            item = ProjectPartner(actor=actor, role=role)
        links.append(item)
    return links


class ProjectPageFactory(PageFactory):
    class Meta:
        model = ProjectPage

    class Params:
        territory = None

    parent = factory.LazyAttribute(lambda o: ensure_index(o.territory or TerritoryFactory()))
    title = factory.Sequence(lambda n: f"{TITLES[n % len(TITLES)]} ({n})")
    summary = "Un jardin pour tous."
    _slug_fields = {"themes": Theme}

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs = super()._adjust_kwargs(**kwargs)
        if "partners" in kwargs:
            kwargs["partners"] = partnerships(kwargs["partners"])
        return kwargs


class NeedFactory(DjangoModelFactory):
    class Meta:
        model = Need
        skip_postgeneration_save = True

    territory = factory.SubFactory(TerritoryFactory)
    title = factory.Sequence(lambda n: f"Deux stagiaires ({n})")
    kind = "stagiaires"  # a NeedKind or its slug

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("kind"), str):
            kwargs["kind"] = NeedKind.objects.get(slug=kwargs["kind"])
        return kwargs

    @factory.post_generation
    def communes(need, create, extracted, **kwargs):
        if create and extracted:
            need.communes.set(extracted)

    @factory.post_generation
    def themes(need, create, extracted, **kwargs):
        if create and extracted:
            need.themes.set(by_slug(Theme, extracted))


class ContributionFactory(DjangoModelFactory):
    class Meta:
        model = Contribution

    territory = factory.SubFactory(TerritoryFactory)
    name = "Dominique Bernard"
    email = factory.Sequence(lambda n: f"dominique.bernard{n}@exemple.fr")
    message = "Je peux aider le mercredi après-midi."
