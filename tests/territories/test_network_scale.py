"""A network of hundreds of territories: what every request reads of them stays constant.

The network and its team are built once for the module with FEW territories; every request
below is measured, then MANY - FEW more territories are provisioned and the same requests
must cost exactly the same number of queries (hundreds in production: the counts measured at
3 and 12 pin that nothing runs a query per territory). The network home, which shows every
territory, stays light: its list is grouped by region (a count and links per region), while
the map keeps one point per territory in its data island.
"""

import json
import re

import pytest

from django.db import connection
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from territories.models import Territory
from territories.services import network_team_provision
from tests.module_data import rolled_back
from tests.territories.factories import PASSWORD, TerritoryFactory, UserFactory, network

pytestmark = pytest.mark.django_db

FEW, MANY = 3, 12
NETWORK = "localhost"
REGIONS = ["Île-de-France", "Occitanie", "Bretagne", ""]

# Per-territory HTML of the network home: its point in the map's data island (name, URL,
# carrying structure) and its link in the list grouped by region: about 245 bytes measured,
# with room for longer names (before the grouping: about 850).
BYTES_PER_TERRITORY = 400


def add_territories(start: int, stop: int) -> None:
    for n in range(start, stop):
        TerritoryFactory(
            slug=f"territoire-{n}",
            name=f"Territoire {n}",
            region=REGIONS[n % len(REGIONS)],
            carrying_structure=f"Structure porteuse {n}",
            description="Un territoire parmi des centaines. " * 20,
            latitude=43.0 + n / 10,
            longitude=1.0 + n / 10,
        )


def site_resolution() -> None:
    request = RequestFactory().get("/", headers={"host": "territoire-1.localhost"})
    site = Site.find_for_request(request)
    assert site is not None
    assert Territory.for_request(request).slug == "territoire-1"


def main_menu(host: str) -> None:
    request = RequestFactory().get("/", headers={"host": host})
    html = render_to_string("includes/header.html", request=request)
    assert "site-nav__list" in html


def measure(client: Client) -> tuple[dict[str, int], dict[str, int]]:
    """Query counts and HTML sizes of each request (each made once first, to warm the
    per-process caches: Wagtail's site root paths, content types)."""
    gets = {
        "network home": (NETWORK, "/"),
        "sitemap on the network": (NETWORK, "/sitemap.xml"),
        "sitemap on a territory": ("territoire-1.localhost", "/sitemap.xml"),
        "admin dashboard": (NETWORK, "/admin/"),
        "admin explorer root": (NETWORK, "/admin/pages/"),
    }
    calls = {
        "menu on the network": lambda: main_menu(NETWORK),
        "menu on a territory": lambda: main_menu("territoire-1.localhost"),
        "site resolution": site_resolution,
    }
    counts, sizes = {}, {}
    for label, (host, path) in gets.items():
        client.get(path, headers={"host": host})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, headers={"host": host})
        assert response.status_code == 200, (label, response.status_code)
        counts[label], sizes[label] = len(queries), len(response.content)
    for label, call in calls.items():
        call()
        with CaptureQueriesContext(connection) as queries:
            call()
        counts[label] = len(queries)
    return counts, sizes


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        home = network()
        site = Site.objects.get(is_default_site=True)
        user = UserFactory(username="equipe-reseau", groups=[network_team_provision(home, site)])
        client = Client()
        assert client.login(username=user.username, password=PASSWORD)
        add_territories(0, FEW)
        few = measure(client)
        add_territories(FEW, MANY)
        many = measure(client)
        home_html = client.get("/", headers={"host": NETWORK}).text
        yield few, many, home_html


LABELS = [
    "network home",
    "menu on the network",
    "menu on a territory",
    "sitemap on the network",
    "sitemap on a territory",
    "site resolution",
    "admin dashboard",
    "admin explorer root",
]


@pytest.mark.parametrize("label", LABELS)
def test_query_count_does_not_grow_with_the_territories(measured, label):
    (few, _), (many, _), _ = measured
    assert many[label] == few[label], f"{label}: {few[label]} → {many[label]} requêtes"


def test_network_home_weight_stays_bounded(measured):
    (_, few), (_, many), _ = measured
    growth = many["network home"] - few["network home"]
    assert growth <= (MANY - FEW) * BYTES_PER_TERRITORY, f"+{growth} octets"


def test_network_home_map_keeps_every_territory(measured):
    *_, html = measured
    island = re.search(r'<script id="territory-points"[^>]*>(.*?)</script>', html, re.S)
    points = json.loads(island.group(1))["points"]
    assert len(points) == MANY
    assert {p["name"] for p in points} == {f"Territoire {n}" for n in range(MANY)}
