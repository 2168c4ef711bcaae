"""Every public page stays under QUERY_BUDGET SQL queries, whatever the data size.

The demo network is loaded once for the module; each page is measured, then the data grows
(a few hundred more actors in Vitawin, more experiences) and the same page must cost exactly
the same number of queries. Measured uncached (the page cache is off in tests); a cached
hit costs none (tests/network/test_page_cache.py).
"""

import re

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actors.models import Actor
from experiences.models import ExperiencePage
from territories.models import Territory
from tests.actors.test_map_page import bulk_actors
from tests.experiences.conftest import make_experience
from tests.module_data import rolled_back

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 15
HOST = "vitawin.localhost"
NETWORK = "localhost"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        call_command("load_demo", "--password", "demo-test", verbosity=0)
        yield Territory.objects.get(slug="vitawin")


LABELS = [
    "territory home",
    "map page",
    "actor card",
    "experiences index",
    "experience page",
    "library index",
    "library item",
    "search",
    "map API",
    "network home",
    "network map page",
    "network library index",
]


def pages(client, vitawin) -> dict[str, tuple[str, str]]:
    actor = Actor.objects.filter(territory=vitawin, live=True).order_by("pk").first()
    experience = (
        ExperiencePage.objects.live().descendant_of(vitawin.site.root_page).order_by("pk").first()
    )
    library = client.get("/bibliotheque/", headers={"host": HOST}).text
    item = re.search(r'href="(/bibliotheque/[^"#?]+/)"', library).group(1)
    urls = [
        (HOST, "/"),
        (HOST, "/carte/"),
        (HOST, f"/acteurs/{actor.slug}/"),
        (HOST, "/experiences/"),
        (HOST, "/" + experience.url_path.removeprefix(vitawin.site.root_page.url_path)),
        (HOST, "/bibliotheque/"),
        (HOST, item),
        (HOST, "/recherche/?q=atelier+jeunes"),  # one letter answers a hint without searching
        (HOST, "/api/actors.geojson"),
        (NETWORK, "/"),
        (NETWORK, "/carte/"),
        (NETWORK, "/bibliotheque/"),
    ]
    return dict(zip(LABELS, urls, strict=True))


def count(client, host, path) -> int:
    client.get(path, headers={"host": host})  # warm per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, headers={"host": host})
    assert response.status_code == 200, (host, path, response.status_code)
    return len(queries)


@pytest.fixture(scope="module")
def measured(demo, django_db_blocker):
    """Query counts of every page on the demo, then after the data has grown."""
    from django.test import Client

    client = Client()
    with django_db_blocker.unblock():
        urls = pages(client, demo)
        before = {label: count(client, *url) for label, url in urls.items()}
        bulk_actors(demo, 300, start=1000)
        for n in range(3):
            make_experience(demo, f"Expérience supplémentaire {n}", summary="Pour grossir.")
        after = {label: count(client, *url) for label, url in urls.items()}
    return before, after


def test_query_counts_do_not_grow_with_the_data(measured):
    before, after = measured
    assert after == before


@pytest.mark.parametrize("label", LABELS)
def test_page_stays_within_the_query_budget(measured, label):
    before, _ = measured
    assert before[label] <= QUERY_BUDGET, f"{label}: {before[label]} requêtes"
