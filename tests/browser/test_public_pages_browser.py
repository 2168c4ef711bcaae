"""The public sites in a real browser: accessibility (axe-core, WCAG 2.1 A/AA), keyboard,
the network map, no request leaving the platform (no CDN, font service or tracker), the
experience pages, the matching of needs and offers, and the Content-Security-Policy.

Runs against the demo network (``load_demo``), so the pages carry real content: menus,
stream blocks, footers, ten territories on the map. Each test reads what it expects from
the database, then hands a ``check_*`` function to the browser thread (see conftest).
"""

import json

import pytest

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from actors.models import Actor
from demo import data as demo_data
from experiences.models import ExperiencePage
from network.models import SiteIdentity
from network.validators import contrast_ratio
from territories.models import Territory

from .conftest import DEMO_PASSWORD

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
    covers it (a scrolled list's overflow) is brought into view and judged alone. A list or
    map still loading (aria-busy) is waited for: the page is judged as the visitor reads it."""
    page.wait_for_function("() => !document.querySelector('[aria-busy=\"true\"]')")
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


# --- Experience pages and the network index: axe, the facets without JavaScript, printing ----


def check_experience_page(recorded, host, path, title):
    page = recorded.open(host, path)
    assert page.locator("h1").inner_text() == title
    # The script reveals the print button (hidden without JavaScript).
    button = page.get_by_role("button", name="Télécharger en PDF")
    assert button.is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not button.is_visible()
    page.emulate_media(media="screen")
    assert_accessible(page, "page d’expérience")
    assert_self_contained(recorded)


def check_network_index(recorded, total):
    page = recorded.open("localhost", "/experiences/")
    assert page.locator(".experience-card").count() == total
    assert_accessible(page, "index des expériences du réseau")
    # Filter through the form: check a territory, submit, the URL carries the filter.
    page.get_by_label("Vitawin").first.check()
    page.get_by_role("button", name="Afficher les expériences").click()
    page.wait_for_load_state("load")
    assert "territoire=vitawin" in page.url
    assert page.locator(".experience-card").count() == 2
    assert_accessible(page, "index filtré")
    assert_self_contained(recorded)


def check_index_without_javascript(browser, url):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    try:
        page = context.new_page()
        page.goto(url + "?maturite=emergence")
        names = page.locator(".experience-card__title").all_inner_texts()
        checked = page.locator('input[name="maturite"][value="emergence"]').is_checked()
        return names, checked
    finally:
        context.close()


def test_experience_page(browse, demo):
    experience = ExperiencePage.objects.live().get(slug="vitawin-ecoles-et-entreprises")
    path = experience.get_url_parts()[2]
    browse(check_experience_page, "vitawin.localhost", path, experience.title)


def test_network_index(browse, browser, live_server, demo):
    total = ExperiencePage.objects.live().filter(territory__is_listed=True).count()
    assert total >= 8
    browse(check_network_index, total)
    port = live_server.url.rsplit(":", 1)[1]
    names, checked = browser.call(
        check_index_without_javascript, browser.browser, f"http://localhost:{port}/experiences/"
    )
    expected = set(
        ExperiencePage.objects.live().filter(maturity="emergence").values_list("title", flat=True)
    )
    assert set(names) == expected and checked


# --- The Content-Security-Policy: no page breaks it ------------------------------------------
# Every public page is served with the strict policy (no inline script or style, nothing but
# our own files); the admin with its relaxed one. Chromium reports each refused script, style,
# image or frame as a ``securitypolicyviolation`` event and a console message: both are
# recorded from the first byte of each page, and none may appear. The header is checked too,
# so the test cannot pass because no policy was sent. (Here rather than in a module of its
# own: one load of the demo for every browser test that reads it.)

CSP_TERRITORY = demo_data.TERRITORIES[0]
CSP_HOST = f"{CSP_TERRITORY['slug']}.localhost"

# Collected in the page before any of its scripts run.
LISTEN_FOR_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


class ViolationWatch:
    """Console messages and events reporting a refused resource, on one browser page."""

    def __init__(self, recorded):
        self.recorded = recorded
        self.console: list[str] = []
        recorded.page.add_init_script(LISTEN_FOR_VIOLATIONS)
        recorded.page.on("console", self._on_console)

    def _on_console(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def visit(self, host, path, expected_policy_part, label):
        response = self.recorded.page.goto(self.recorded.url(host, path), wait_until="load")
        assert response is not None and response.status == 200, f"{label}: {response}"
        policy = response.headers.get("content-security-policy", "")
        assert expected_policy_part in policy, f"{label}: policy {policy!r}"
        # Let deferred scripts draw maps, fetch fragments and build widgets.
        self.recorded.page.wait_for_load_state("networkidle")
        events = self.recorded.page.evaluate("() => window.__cspViolations")
        assert not events, f"{label}: {events}"
        assert not self.console, f"{label}: {self.console}"
        assert not self.recorded.errors, f"{label}: {self.recorded.errors}"
        return policy


def check_public_pages(recorded, actor_path, search_term):
    watch = ViolationWatch(recorded)
    strict = "script-src 'self'; style-src 'self'"
    pages = [
        ("localhost", "/", "accueil du réseau"),
        ("localhost", "/bibliotheque/", "bibliothèque du réseau"),
        (CSP_HOST, "/", "accueil du territoire"),
        (CSP_HOST, "/carte/", "carte"),
        (CSP_HOST, actor_path, "fiche acteur"),
        (CSP_HOST, "/experiences/", "expériences"),
        (CSP_HOST, "/bibliotheque/", "bibliothèque du territoire"),
        (CSP_HOST, f"/recherche/?q={search_term}", "recherche"),
    ]
    for host, path, label in pages:
        policy = watch.visit(host, path, strict, label)
        assert "'unsafe-inline'" not in policy, label
        assert "frame-ancestors 'none'" in policy, label
    # The map is drawn (markers), so its scripts ran under the policy.
    watch.visit(CSP_HOST, "/carte/", strict, "carte")
    recorded.page.wait_for_selector(".leaflet-marker-icon, .marker-cluster")

    # The embeddable map may be framed by partners, and only it.
    policy = watch.visit(CSP_HOST, "/carte/?embed=1", strict, "carte intégrable")
    assert "frame-ancestors *" in policy


def check_admin_pages(recorded, edit_paths, territory_home_path):
    watch = ViolationWatch(recorded)
    # Logged in on the territory's host name, so its public pages carry the user bar.
    page = recorded.open(CSP_HOST, "/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    relaxed = "script-src 'self' 'unsafe-inline'"
    for path, label in edit_paths:
        watch.visit(CSP_HOST, path, relaxed, label)
        assert page.locator("form[method=post]").count() >= 1, label
    # Wagtail's user bar works under the public pages' strict policy.
    watch.visit(CSP_HOST, territory_home_path, "script-src 'self';", "barre Wagtail")
    page.wait_for_selector("wagtail-userbar", state="attached")


def test_public_pages_break_no_policy(browse, demo):
    territory = Territory.objects.get(slug=CSP_TERRITORY["slug"])
    actor = Actor.objects.filter(territory=territory, live=True).order_by("pk").first()
    assert actor is not None
    browse(check_public_pages, actor.get_url_path(), "emploi")


def test_admin_edit_views_break_no_policy(browse, demo):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    finder = AdminURLFinder(admin)
    territory = Territory.objects.get(slug=CSP_TERRITORY["slug"])
    actor = Actor.objects.filter(territory=territory).order_by("pk").first()
    home = Page.objects.get(pk=territory.site.root_page_id)
    edit_paths = [
        (finder.get_edit_url(home), "édition de la page d’accueil"),
        (finder.get_edit_url(actor), "édition d’un acteur (carte)"),
    ]
    assert all(path for path, _ in edit_paths)
    browse(check_admin_pages, edit_paths, "/")
