"""The public sites in a real browser: accessibility (axe-core, WCAG 2.1 A/AA), keyboard,
the network map, and no request leaving the platform (no CDN, font service or tracker).

Runs against the demo network (``load_demo``), so the pages carry real content: menus,
stream blocks, footers, ten territories on the map. Each test reads what it expects from
the database, then hands a ``check_*`` function to the browser thread (see conftest).
"""

import json

import pytest

from demo import data as demo_data
from network.models import SiteIdentity
from network.validators import contrast_ratio
from territories.models import Territory

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
# The territory whose brand colour is the least contrasted: the worst case for its links.
TERRITORY = min(demo_data.TERRITORIES, key=lambda spec: contrast_ratio(spec["colour"], "#ffffff"))
OTHER_TERRITORY = next(spec for spec in demo_data.TERRITORIES if spec is not TERRITORY)
TERRITORY_HOST = f"{TERRITORY['slug']}.localhost"


@pytest.fixture
def demo(demo_network, fresh_site_root_paths):
    """The demo network, loaded once for the module (tests/browser/conftest.py)."""
    return demo_network


# --- Checks, run in the browser thread ----------------------------------------------------


# axe leaves the contrast of one-character texts (page numbers, cluster counts, « − ») as
# « incomplete » unless told to compute it: told here, so every text is checked.
CONTRAST_OPTIONS = {"color-contrast": {"options": {"ignoreLength": True, "ignoreUnicode": False}}}
# Map markers overlap by design (axe cannot read a background under another marker): left
# out; their colours are the brand's, checked at 4.5:1 against white (network.validators).
AXE_CONTEXT = {"exclude": [[".leaflet-marker-pane"]]}


def _axe(page, context, result_types):
    from axe_playwright_python.sync_playwright import Axe

    options = {
        "runOnly": {"type": "tag", "values": WCAG_21_AA},
        "resultTypes": result_types,
        "checks": CONTRAST_OPTIONS,
    }
    results = Axe().run(page, context=context, options=options)
    assert results.response["testEngine"]["name"] == "axe-core"
    return results


def assert_accessible(page, label: str) -> None:
    """No serious or critical WCAG 2.1 A/AA violation found by axe-core, and no colour
    contrast left undecided ("incomplete"): a text axe could not judge because something
    covers it (a scrolled list's overflow) is brought into view and judged alone."""
    results = _axe(page, AXE_CONTEXT, ["violations", "incomplete"])
    violations = results.response["violations"]
    if violations:
        print(f"\n{label} – axe: {results.generate_snapshot()}")
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"{label}\n{results.generate_report()}"
    undecided = [
        node["target"]
        for check in results.response["incomplete"]
        if check["id"] == "color-contrast"
        for node in check["nodes"]
    ]
    for target in undecided:
        page.locator(target[0]).first.scroll_into_view_if_needed()
        alone = _axe(page, {"include": [target]}, ["violations", "incomplete"]).response
        left = [r["id"] for r in alone["violations"] + alone["incomplete"]]
        assert "color-contrast" not in left, f"{label}: contrast of {target} – {alone}"


def assert_skip_link_works(page) -> None:
    """The first Tab reaches the skip link, visibly; Enter moves the focus to <main>."""
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.className, document.activeElement.getAttribute('href'),"
        " document.activeElement.textContent.trim()]"
    )
    assert focused == ["skip-link", "#contenu", "Aller au contenu"]
    box = page.locator(".skip-link").bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 0, f"focused skip link off screen: {box}"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.tagName") == "MAIN"
    assert page.evaluate("() => document.activeElement.id") == "contenu"
    # The next Tab goes on inside the main content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('main') !== null")


def header_colour(page) -> str:
    rgb = page.evaluate(
        "() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"
    )
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : -1].split(","))
    return f"#{red:02x}{green:02x}{blue:02x}"


def assert_self_contained(recorded) -> None:
    """Every request went to the live server (no CDN, no tracker) and no script failed."""
    assert recorded.requests, "no request was recorded"
    assert not recorded.foreign_requests(), recorded.foreign_requests()
    assert not recorded.errors, recorded.errors


def check_network_home(recorded, title, colour, located):
    page = recorded.open("localhost")
    assert page.locator("h1").inner_text() == title
    assert header_colour(page) == colour

    # The Leaflet map is drawn from the data island: one marker per located territory.
    page.wait_for_selector(".points-map.points-map--ready")
    island = json.loads(page.locator("#territory-points").text_content())
    assert {point["name"] for point in island["points"]} == located
    markers = page.locator(".points-map .leaflet-marker-icon")
    assert markers.count() == len(located)
    assert {markers.nth(i).get_attribute("title") for i in range(markers.count())} == located
    # No tiles in tests: a plain background instead of requests to a tile server.
    assert page.locator(".points-map--no-tiles").count() == 1
    assert page.locator(".leaflet-tile").count() == 0
    # Every territory of the map is also in the list that follows it.
    cards = set(page.locator(".territory-list a").all_inner_texts())
    assert located <= cards

    assert_accessible(page, "accueil du réseau")
    assert_skip_link_works(page)
    assert_self_contained(recorded)


def check_territory_home(recorded, territory, other_name):
    page = recorded.open(TERRITORY_HOST)
    assert page.locator("h1").inner_text() == territory["name"]
    assert header_colour(page) == territory["colour"].lower()
    assert page.locator(".territory-facts .figure").count() == len(territory["key_figures"])
    assert other_name not in page.content()

    assert_accessible(page, f"accueil de {territory['name']}")
    assert_skip_link_works(page)
    assert_self_contained(recorded)


def check_other_pages(recorded, content):
    page = recorded.open(TERRITORY_HOST, f"/{content['slug']}/")
    assert page.locator("h1").inner_text() == content["title"]
    current = page.locator('.site-nav a[aria-current="page"]')
    assert current.count() == 1 and current.inner_text() == content["title"]
    assert_accessible(page, "page de contenu")

    page = recorded.open("localhost", "/mentions-legales/")
    assert page.locator("h1").inner_text() == "Mentions légales"
    assert_accessible(page, "mentions légales du réseau")

    page = recorded.open(TERRITORY_HOST, "/page-absente/", status=404)
    assert page.locator("h1").inner_text() == "Page introuvable"
    assert_accessible(page, "page 404")
    assert_skip_link_works(page)
    assert_self_contained(recorded)


# --- Tests --------------------------------------------------------------------------------


def test_network_home(browse, demo):
    located = set(
        Territory.objects.filter(
            is_listed=True, site__isnull=False, latitude__isnull=False
        ).values_list("name", flat=True)
    )
    # The ten pioneers, plus the territories the demo experiences come from.
    assert {spec["name"] for spec in demo_data.TERRITORIES} <= located
    colour = SiteIdentity.for_site(demo["network_site"]).main_colour
    browse(check_network_home, demo_data.NETWORK["name"], colour, located)


def test_territory_home(browse, demo):
    browse(check_territory_home, TERRITORY, OTHER_TERRITORY["name"])


def test_content_legal_and_missing_pages(browse, demo):
    browse(check_other_pages, TERRITORY["pages"][0])


# --- Mise en relation (issue 20) -----------------------------------------------------------

CHAMPIGNY = "48.8170,2.5150"  # near the centre of Champigny-sur-Marne (Vitawin)


def no_sideways_scroll(page) -> bool:
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def check_lycees_seeking_internship_hosts(recorded, width):
    """« lycée » + « cherche : lieux de stage » near Champigny: the demo's lycées that seek
    internship hosts, nearest first; the first one's card lists who can answer."""
    page = recorded.page
    page.set_viewport_size({"width": width, "height": 900 if width > 500 else 844})
    recorded.open(
        "vitawin.localhost", f"/carte/?kind=lycee&cherche=lieux-de-stage&pres={CHAMPIGNY}"
    )
    names = page.locator(".actor-card__title a").all_inner_texts()
    assert names and all(name.startswith("Lycée") for name in names), names
    assert names[0] == "Lycée professionnel des Coteaux"  # in Champigny: the nearest
    assert "Lycée polyvalent Les Portes de Brie" not in names  # seeks nothing
    distances = page.locator(".actor-card__distance").all_inner_texts()
    assert len(distances) == len(names) and distances[0].endswith(" km")
    assert no_sideways_scroll(page)
    assert_accessible(page, f"lycées cherchant des lieux de stage ({width} px)")

    page.locator(".actor-card__title a").first.click()
    page.wait_for_url("**/acteurs/**")
    answers = page.get_by_role("region", name="Qui peut répondre ?")
    assert answers.get_by_role("link").count() >= 1
    assert "Accueil de stagiaires" in answers.inner_text()
    assert " km" in answers.inner_text()
    assert no_sideways_scroll(page)
    assert_accessible(page, f"fiche d’un lycée, qui peut répondre ({width} px)")
    assert not recorded.errors, recorded.errors
    assert_self_contained(recorded)


@pytest.mark.parametrize("width", [1280, 390])
def test_lycees_seeking_internship_hosts_and_who_can_answer(browse, demo, width):
    browse(check_lycees_seeking_internship_hosts, width)
