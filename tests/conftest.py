"""Fixtures shared by the whole suite: a network site, territories and their teams.

Test data is built with the factories beside each app's tests (``tests/<app>/factories.py``:
territories through the platform's own service, users with ``PASSWORD``, actors and pages in
their published / draft / no-revision states...); these fixtures and the ``make_*`` helpers
of the app folders are thin wrappers over them."""

import collections
import itertools
import time

import pytest

from wagtail.models import Site

from network.public_forms import rate_limit_reset
from territories.models import TerritoryRole
from territories.services import network_team_provision
from tests.dead_broker import throwaway_broker  # noqa: F401 (a fixture for every test)
from tests.module_data import Territories, rolled_back
from tests.territories.factories import PASSWORD, TerritoryFactory, UserFactory, network, team

__all__ = ["PASSWORD", "fresh_ip", "team"]

_addresses = itertools.count(1)


def fresh_ip() -> str:
    """A client address of its own: the public forms' rate-limit counters (in a shared Redis
    too) never leak from one test, or one run, into another."""
    n = next(_addresses)
    address = f"10.{time.time_ns() % 200}.{n // 250}.{n % 250 + 1}"
    rate_limit_reset(address)
    return address


@pytest.fixture
def network_home(db):
    """The network site on localhost, with its legal pages and team (replaces Wagtail's
    welcome page)."""
    return network()


@pytest.fixture(scope="module")
def module_territories(django_db_setup, django_db_blocker):
    """The network and the territories Alpha and Beta, built once for a test module, in a
    transaction rolled back after it (modules opt in: ``tests/module_data.py``)."""
    with rolled_back(django_db_blocker):
        home = network()
        alpha = TerritoryFactory(slug="alpha", name="Alpha")
        beta = TerritoryFactory(slug="beta", name="Beta")
        yield Territories(network_home=home.pk, alpha=alpha.pk, beta=beta.pk)


@pytest.fixture
def make_territory(network_home):
    """``make_territory("alpha", name="Alpha")``: a territory served on alpha.localhost."""

    def make(slug: str, **fields):
        return TerritoryFactory(slug=slug, name=fields.pop("name", slug.capitalize()), **fields)

    return make


@pytest.fixture
def make_user(db):
    """``make_user("camille", group, ...)``: a user with ``PASSWORD``, in those groups."""

    def make(username: str, *groups, **fields):
        return UserFactory(username=username, groups=groups, **fields)

    return make


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

    from config.celery import app

    # Tests without a worker still enqueue (to this xdist process's own queue): drop those
    # leftovers, whose rows were rolled back, so the worker starts on this test's tasks.
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30) as worker:
        yield worker


@pytest.fixture
def eager_tasks():
    """Run Celery tasks in-process for this test, whatever REDIS_URL says."""
    from config.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


def _uses_transactions(item) -> bool:
    if "demo_network" in item.fixturenames:
        # Its module's demo stays committed until the module ends, and is flushed then
        # (tests/browser/conftest.py): restoring the migrated rows on top of it would point
        # the network's site back at Wagtail's welcome page.
        return False
    marker = item.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        return True
    return bool(
        {"transactional_db", "live_server", "django_db_serialized_rollback"}
        & set(item.fixturenames)
    )


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends with a flushed database, which also drops the rows that
    migrations create (Wagtail's root page, seeded taxonomies). Tests run in file order
    under xdist, so restore those rows at once for whichever test comes next."""
    yield
    # After the session's last test pytest-django has already switched back to the real
    # database: restoring there would write test rows into it.
    if nextitem is None or not _uses_transactions(item):
        return
    from pytest_django.plugin import blocking_manager_key

    from django.db import connections

    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


# xdist hands out whole files (``--dist loadfile``) in collection order when told not to
# reorder them (``--no-loadscope-reorder``, in the Makefile): the modules that take longest (a
# demo load, a Celery cluster, a whole admin to sweep) start first, then the others from the
# most tests to the fewest (xdist's own order), so the two workers finish together instead
# of one waiting on a long file picked up last. Figures: `--durations=0` of a full run, setup
# + calls + teardowns per file, seconds on the 2-core machine (7 December 2026: 875 s in all).
# Eight, not more: starting the subprocess-heavy files (production, gunicorn) early as well
# made two runs slower (8 min 15 s, 8 min 41 s against 7 min 29 s and 7 min 30 s).
LONGEST_FIRST = (
    "tests/browser/test_journeys_browser.py",  # 107
    "tests/browser/test_public_pages_browser.py",  # 71
    "tests/scaleout/test_faults.py",  # 42
    "tests/browser/test_editor_journeys_browser.py",  # 28
    "tests/territories/test_isolation_sweep.py",  # 24
    "tests/territories/test_admin_isolation_urls.py",  # 10 to 25 across runs (its world)
    "tests/network/test_query_counts.py",  # 21
    "tests/demo/test_demo_loader.py",  # 19
)


def pytest_collection_modifyitems(config, items):
    def module(item) -> str:
        return item.nodeid.split("::", 1)[0]

    counts = collections.Counter(module(item) for item in items)
    rank = {path: n for n, path in enumerate(LONGEST_FIRST)}

    def order(item) -> tuple[int, int, str]:
        path = module(item)
        return (0, rank[path], path) if path in rank else (1, -counts[path], path)

    # sorted() is stable: the tests of each file keep their order (pytest-django's: the
    # transactional ones last).
    items[:] = sorted(items, key=order)
