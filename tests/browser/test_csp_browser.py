"""The Content-Security-Policy in a real browser: no page breaks it.

Every public page is served with the strict policy (no inline script or style, nothing but
our own files); the admin with its relaxed one. Chromium reports each refused script, style,
image or frame as a ``securitypolicyviolation`` event and a console message: both are
recorded from the first byte of each page, and none may appear. The test also checks the
header is there, so it cannot pass because no policy was sent.
"""

import pytest

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from actors.models import Actor
from demo import data as demo_data
from territories.models import Territory

from .conftest import DEMO_PASSWORD

pytestmark = pytest.mark.browser

PASSWORD = DEMO_PASSWORD
TERRITORY = demo_data.TERRITORIES[0]
TERRITORY_HOST = f"{TERRITORY['slug']}.localhost"

# Collected in the page before any of its scripts run.
LISTEN_FOR_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def demo(demo_network, fresh_site_root_paths):
    """The demo network, loaded once for the module (tests/browser/conftest.py)."""
    return demo_network


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
        (TERRITORY_HOST, "/", "accueil du territoire"),
        (TERRITORY_HOST, "/carte/", "carte"),
        (TERRITORY_HOST, actor_path, "fiche acteur"),
        (TERRITORY_HOST, "/experiences/", "expériences"),
        (TERRITORY_HOST, "/bibliotheque/", "bibliothèque du territoire"),
        (TERRITORY_HOST, f"/recherche/?q={search_term}", "recherche"),
    ]
    for host, path, label in pages:
        policy = watch.visit(host, path, strict, label)
        assert "'unsafe-inline'" not in policy, label
        assert "frame-ancestors 'none'" in policy, label
    # The map is drawn (markers), so its scripts ran under the policy.
    watch.visit(TERRITORY_HOST, "/carte/", strict, "carte")
    recorded.page.wait_for_selector(".leaflet-marker-icon, .marker-cluster")

    # The embeddable map may be framed by partners, and only it.
    policy = watch.visit(TERRITORY_HOST, "/carte/?embed=1", strict, "carte intégrable")
    assert "frame-ancestors *" in policy


def check_admin_pages(recorded, edit_paths, territory_home_path):
    watch = ViolationWatch(recorded)
    # Logged in on the territory's host name, so its public pages carry the user bar.
    page = recorded.open(TERRITORY_HOST, "/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    relaxed = "script-src 'self' 'unsafe-inline'"
    for path, label in edit_paths:
        watch.visit(TERRITORY_HOST, path, relaxed, label)
        assert page.locator("form[method=post]").count() >= 1, label
    # Wagtail's user bar works under the public pages' strict policy.
    watch.visit(TERRITORY_HOST, territory_home_path, "script-src 'self';", "barre Wagtail")
    page.wait_for_selector("wagtail-userbar", state="attached")


def test_public_pages_break_no_policy(browse, demo):
    territory = Territory.objects.get(slug=TERRITORY["slug"])
    actor = Actor.objects.filter(territory=territory, live=True).order_by("pk").first()
    assert actor is not None
    browse(check_public_pages, actor.get_url_path(), "emploi")


def test_admin_edit_views_break_no_policy(browse, demo):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    finder = AdminURLFinder(admin)
    territory = Territory.objects.get(slug=TERRITORY["slug"])
    actor = Actor.objects.filter(territory=territory).order_by("pk").first()
    home = Page.objects.get(pk=territory.site.root_page_id)
    edit_paths = [
        (finder.get_edit_url(home), "édition de la page d’accueil"),
        (finder.get_edit_url(actor), "édition d’un acteur (carte)"),
    ]
    assert all(path for path, _ in edit_paths)
    browse(check_admin_pages, edit_paths, "/")
