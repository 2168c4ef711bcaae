"""Fixtures shared by the whole suite: a network site, territories and their teams."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page, Site

from network.models import NetworkHomePage
from territories.models import TerritoryRole
from territories.services import network_team_provision, territory_create

PASSWORD = "mot-de-passe-test"


@pytest.fixture
def network_home(db):
    """The network site on localhost, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = NetworkHomePage(title="Réseau des catalyseurs", slug="reseau", intro="Le réseau.")
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    old_root.delete()
    return home


@pytest.fixture
def make_territory(network_home):
    def make(slug: str, **fields):
        return territory_create(
            name=fields.pop("name", slug.capitalize()),
            slug=slug,
            hostname=f"{slug}.localhost",
            **fields,
        )

    return make


@pytest.fixture
def make_user(db):
    def make(username: str, *groups, **fields):
        user = get_user_model().objects.create_user(
            username=username, password=PASSWORD, email=f"{username}@test.example", **fields
        )
        user.groups.add(*groups)
        return user

    return make


def team(territory, role=TerritoryRole.Role.EDITORS):
    return TerritoryRole.objects.get(territory=territory, role=role).group


@pytest.fixture
def territory_a(make_territory):
    return make_territory("alpha", name="Alpha")


@pytest.fixture
def territory_b(make_territory):
    return make_territory("beta", name="Beta")


@pytest.fixture
def editor_a(make_user, territory_a):
    return make_user("editeur-alpha", team(territory_a))


@pytest.fixture
def moderator_a(make_user, territory_a):
    return make_user("moderateur-alpha", team(territory_a, TerritoryRole.Role.MODERATORS))


@pytest.fixture
def network_editor(make_user, network_home):
    site = Site.objects.get(is_default_site=True)
    return make_user("equipe-reseau", network_team_provision(network_home, site))


@pytest.fixture
def celery_worker(settings):
    """A real Celery worker thread consuming from Redis (skipped when REDIS_URL is unset).

    The worker thread has its own database connection: tests using it must commit, so
    mark them ``django_db(transaction=True, serialized_rollback=True)`` (the rollback
    restores the rows that migrations create, such as Wagtail's root page).
    """
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL n’est pas défini : les tâches s’exécutent dans le processus")
    from celery.contrib.testing.worker import start_worker

    from network.celery import app

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30) as worker:
        yield worker
