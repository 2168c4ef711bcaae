"""Fixtures of the projects tests: a territory with communes, themes, projects and needs."""

import pytest

from territories.models import Commune
from tests.actors.factories import ActorFactory
from tests.conftest import fresh_ip
from tests.network.factories import ThemeFactory
from tests.projects.factories import NeedFactory, ProjectPageFactory
from tests.territories.factories import CommuneFactory

ALPHA = "alpha.localhost"
BETA = "beta.localhost"
NETWORK = "localhost"


@pytest.fixture
def client(client):
    client.defaults["REMOTE_ADDR"] = fresh_ip()
    return client


@pytest.fixture
def themes(db):
    emploi = ThemeFactory(slug="emploi", name="Emploi")
    education = ThemeFactory(slug="education", name="Éducation")
    return emploi, education


def make_actor(territory, name="Les Jardins", live=True, **fields):
    """An actor row, live or not, without revision."""
    return ActorFactory(territory=territory, name=name, live=live, no_revision=True, **fields)


def add_project(territory, title="Jardin partagé", live=True, **fields):
    """A project row under the territory's index, live or not, without revision."""
    fields.setdefault("summary", "Un jardin pour tous.")
    return ProjectPageFactory(
        territory=territory, title=title, live=live, no_revision=True, **fields
    )


def add_need(territory, title="Deux stagiaires", **fields):
    return NeedFactory(territory=territory, title=title, **fields)


@pytest.fixture
def alpha(territory_a, themes):
    CommuneFactory(
        territory=territory_a,
        insee_code="94018",
        name="Charenton-le-Pont",
        latitude=48.82,
        longitude=2.41,
    )
    CommuneFactory(
        territory=territory_a, insee_code="94080", name="Vincennes", latitude=48.85, longitude=2.44
    )
    return territory_a


def commune(territory, code):
    return Commune.objects.get(territory=territory, insee_code=code)
