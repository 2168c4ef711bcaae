"""Factories of territories, their communes and their teams' users.

A territory is always made by the platform's own service (``territories.services.
territory_create``): its site on ``<slug>.localhost``, home page, legal pages, collection and
teams come with it, as in production. The network site (``network()``) should exist first,
as it does on every installation.
"""

import factory
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from territories.models import Commune, KeyFigure, TeamContact, Territory, TerritoryRole
from territories.services import network_setup, territory_create

# Every user the factories make can log in with it (``client.login``).
PASSWORD = "mot-de-passe-test"

PLACES = [
    "Val de Marne",
    "Plaine Commune",
    "Grand Orly",
    "Pays de Meaux",
    "Vallée de la Seine",
    "Lyon Confluence",
    "Toulouse Métropole",
    "Pays Basque",
    "Marseille Nord",
    "Lille Roubaix",
]
COMMUNE_NAMES = [
    "Charenton-le-Pont",
    "Vincennes",
    "Saint-Maurice",
    "Joinville-le-Pont",
    "Fontenay-sous-Bois",
    "Nogent-sur-Marne",
    "Saint-Mandé",
    "Maisons-Alfort",
    "Créteil",
    "Ivry-sur-Seine",
]
FIRST_NAMES = ["camille", "dominique", "claude", "sacha", "lou", "alix", "noa", "andrea"]

# Well-known communes, for tests that need a real name, code and position.
CHARENTON = {
    "insee_code": "94018",
    "name": "Charenton-le-Pont",
    "latitude": 48.8219,
    "longitude": 2.4139,
}
VINCENNES = {"insee_code": "94080", "name": "Vincennes", "latitude": 48.847, "longitude": 2.439}


def network(hostname="localhost", name="Réseau des catalyseurs", port=80):
    """The network's site, home page, legal pages and team (idempotent)."""
    return network_setup(hostname=hostname, port=port, name=name)


class TerritoryFactory(DjangoModelFactory):
    """A provisioned territory: ``TerritoryFactory(slug="alpha", name="Alpha")`` is served
    on ``alpha.localhost``. Any other field of ``Territory`` may be given."""

    class Meta:
        model = Territory
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"{PLACES[n % len(PLACES)]} {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    hostname = factory.LazyAttribute(lambda o: f"{o.slug}.localhost")
    port = 80  # of the territory's Site

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("port")
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return territory_create(**kwargs)


class CommuneFactory(DjangoModelFactory):
    """A commune of a territory; no position unless given (``**CHARENTON`` gives one)."""

    class Meta:
        model = Commune

    territory = factory.SubFactory(TerritoryFactory)
    insee_code = factory.Sequence(lambda n: f"9{n % 10000:04d}")
    name = factory.Sequence(lambda n: COMMUNE_NAMES[n % len(COMMUNE_NAMES)])


def team(territory, role=TerritoryRole.Role.EDITORS):
    """The group of one of a territory's teams (editors, moderators or pioneers)."""
    return TerritoryRole.objects.get(territory=territory, role=role).group


def join_team(user, territory, role=TerritoryRole.Role.EDITORS):
    """Put ``user`` in one of ``territory``'s teams; returns the user."""
    user.groups.add(team(territory, role))
    return user


class UserFactory(DjangoModelFactory):
    """A user whose password is ``PASSWORD`` (or ``password=``), in ``groups=[...]``.

    ``UserFactory(team=territory)`` puts them in its editors; ``team__role=`` names another
    of its teams (``TerritoryRole.Role.MODERATORS``, ``PIONEERS``)."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    username = factory.Sequence(lambda n: f"{FIRST_NAMES[n % len(FIRST_NAMES)]}-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@test.example")
    password = PASSWORD

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        password = kwargs.pop("password")
        user = model_class(*args, **kwargs)
        user.set_password(password)
        return user

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return cls._get_manager(model_class).create_user(*args, **kwargs)

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*extracted)

    @factory.post_generation
    def team(user, create, extracted, role=TerritoryRole.Role.EDITORS, **kwargs):
        if create and extracted is not None:
            join_team(user, extracted, role)


class KeyFigureFactory(DjangoModelFactory):
    """A key figure of a territory's home page."""

    class Meta:
        model = KeyFigure

    territory = factory.SubFactory(TerritoryFactory)
    value = factory.Sequence(lambda n: str(10 * n))
    label = factory.Sequence(lambda n: f"Chiffre {n}")


class TeamContactFactory(DjangoModelFactory):
    """A contact of a territory's team."""

    class Meta:
        model = TeamContact

    territory = factory.SubFactory(TerritoryFactory)
    name = factory.Sequence(lambda n: f"Claude Durand {n}")
    role = "Animation"
    email = factory.LazyAttribute(lambda o: f"contact@{o.territory.slug}.example")
