"""The public sites in a real browser: accessibility (axe-core, WCAG 2.1 A/AA), keyboard,
the network map, and no request leaving the platform (no CDN, font service or tracker).

Runs against the demo network (``load_demo``), so the pages carry real content: menus,
stream blocks, footers, ten territories on the map.
"""

import json

import pytest

from network.demo import data as demo_data
from network.demo.loader import load_demo
from network.models import SiteIdentity
from territories.models import Territory

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
TERRITORY = demo_data.TERRITORIES[0]  # Vitawin
TERRITORY_HOST = f"{TERRITORY['slug']}.localhost"


@pytest.fixture
def demo(transactional_db, django_db_serialized_rollback, fresh_caches):
    """The demo network; the serialized rollback gives each test Wagtail's root page back."""
    return load_demo("mot-de-passe-navigateur")


def assert_accessible(page, label: str) -> None:
    """No serious or critical WCAG 2.1 A/AA violation found by axe-core."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    if violations:
        print(f"\n{label}: {results.generate_snapshot()}")
    assert not blocking, f"{label}\n{results.generate_report()}"
    # The run did check something: axe reports the rules it applied.
    assert results.response["testEngine"]["name"] == "axe-core"


def assert_skip_link_works(page) -> None:
    """The first Tab reaches the skip link, visibly; Enter moves the focus to <main>."""
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.className, document.activeElement.getAttribute('href'),"
        " document.activeElement.textContent.trim()]"
    )
    assert focused == ["skip-link", "#contenu", "Aller au contenu"]
    box = page.locator(".skip-link").bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0, "the focused skip link is off screen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "contenu"
    assert page.evaluate("() => document.activeElement.tagName") == "MAIN"
    # The next Tab continues inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('main') !== null")


def header_colour(page) -> str:
    rgb = page.evaluate(
        "() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"
    )
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : -1].split(","))
    return f"#{red:02x}{green:02x}{blue:02x}"


def assert_self_contained(recorded) -> None:
    assert recorded.requests, "no request was recorded"
    assert not recorded.foreign_requests(), recorded.foreign_requests()
    assert not recorded.errors, recorded.errors


def test_network_home(recorded_page, demo):
    page = recorded_page.open("localhost")
    assert page.locator("h1").inner_text() == demo_data.NETWORK["name"]
    assert header_colour(page) == SiteIdentity.for_site(demo["network_site"]).main_colour

    # The Leaflet map is drawn from the data island, one marker per located territory.
    page.wait_for_selector(".points-map.points-map--ready")
    located = set(
        Territory.objects.filter(
            is_listed=True, site__isnull=False, latitude__isnull=False
        ).values_list("name", flat=True)
    )
    assert len(located) == len(demo_data.TERRITORIES)
    island = json.loads(page.locator("#territory-points").text_content())
    assert {point["name"] for point in island["points"]} == located
    markers = page.locator(".points-map .leaflet-marker-icon")
    assert markers.count() == len(located)
    titles = {markers.nth(i).get_attribute("title") for i in range(markers.count())}
    assert titles == located
    # No tiles in tests: the map says so instead of requesting them.
    assert page.locator(".points-map--no-tiles").count() == 1
    assert page.locator(".leaflet-tile").count() == 0

    assert_accessible(page, "accueil du réseau")
    assert_skip_link_works(page)
    assert_self_contained(recorded_page)


def test_territory_home(recorded_page, demo):
    page = recorded_page.open(TERRITORY_HOST)
    assert page.locator("h1").inner_text() == TERRITORY["name"]
    assert header_colour(page) == TERRITORY["colour"].lower()
    assert page.locator(".territory-facts .figure").count() == len(TERRITORY["key_figures"])
    assert demo_data.TERRITORIES[1]["name"] not in page.content()

    assert_accessible(page, f"accueil de {TERRITORY['name']}")
    assert_skip_link_works(page)
    assert_self_contained(recorded_page)


def test_content_legal_and_missing_pages(recorded_page, demo):
    content = TERRITORY["pages"][0]
    page = recorded_page.open(TERRITORY_HOST, f"/{content['slug']}/")
    assert page.locator("h1").inner_text() == content["title"]
    # The menu marks the current page; the breadcrumbs lead back home.
    current = page.locator('.site-nav a[aria-current="page"]')
    assert current.count() == 1 and current.inner_text() == content["title"]
    assert_accessible(page, "page de contenu")

    page = recorded_page.open("localhost", "/mentions-legales/")
    assert page.locator("h1").inner_text() == "Mentions légales"
    assert_accessible(page, "mentions légales du réseau")

    page = recorded_page.open(TERRITORY_HOST, "/page-absente/", status=404)
    assert page.locator("h1").inner_text() == "Page introuvable"
    assert_accessible(page, "page 404")
    assert_skip_link_works(page)
    assert_self_contained(recorded_page)
