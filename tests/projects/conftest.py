"""Fixtures of the projects tests: a territory with communes, themes, projects and needs."""

import itertools
import time

import pytest

from actors import signup as signup_service
from actors.models import Actor, ActorKind
from network.models import Theme
from projects.models import Need, NeedKind, ProjectPage
from projects.services import project_index
from territories.models import Commune

ALPHA = "alpha.localhost"
BETA = "beta.localhost"
NETWORK = "localhost"
_addresses = itertools.count(1)


def fresh_ip() -> str:
    """An address of its own, so the rate limit counters never leak between tests."""
    n = next(_addresses)
    address = f"10.{time.time_ns() % 200}.{n // 250}.{n % 250 + 1}"
    signup_service.rate_limit_reset(address)
    return address


@pytest.fixture
def client(client):
    client.defaults["REMOTE_ADDR"] = fresh_ip()
    return client


@pytest.fixture
def themes(db):
    emploi, _ = Theme.objects.get_or_create(slug="emploi", defaults={"name": "Emploi"})
    education, _ = Theme.objects.get_or_create(slug="education", defaults={"name": "Éducation"})
    return emploi, education


def make_actor(territory, name="Les Jardins", live=True, **fields):
    return Actor.objects.create(
        territory=territory,
        name=name,
        kind=ActorKind.objects.get(slug="association"),
        live=live,
        **fields,
    )


def add_project(territory, title="Jardin partagé", live=True, **fields):
    communes = fields.pop("communes", [])
    themes = fields.pop("themes", [])
    partners = fields.pop("partners", [])
    page = ProjectPage(
        title=title, summary=fields.pop("summary", "Un jardin pour tous."), live=live, **fields
    )
    project_index(territory).add_child(instance=page)
    page.communes.set(communes)
    page.themes.set(themes)
    for actor, role in partners:
        page.partners.create(actor=actor, role=role)
    page.save()
    return page


def add_need(territory, title="Deux stagiaires", **fields):
    communes = fields.pop("communes", [])
    themes = fields.pop("themes", [])
    fields.setdefault("kind", NeedKind.INTERNS)
    need = Need.objects.create(territory=territory, title=title, **fields)
    need.communes.set(communes)
    need.themes.set(themes)
    return need


@pytest.fixture
def alpha(territory_a, themes):
    Commune.objects.create(
        territory=territory_a,
        insee_code="94018",
        name="Charenton-le-Pont",
        latitude=48.82,
        longitude=2.41,
    )
    Commune.objects.create(
        territory=territory_a, insee_code="94080", name="Vincennes", latitude=48.85, longitude=2.44
    )
    return territory_a


def commune(territory, code):
    return Commune.objects.get(territory=territory, insee_code=code)
