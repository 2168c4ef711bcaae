"""axe-core on a method sheet, the search page and an event page (no serious or critical
WCAG 2.1 A/AA violation), on a territory host that shows the network's library."""

import pytest

from events.models import EventPage

from ..events.helpers import make_event
from ..library.helpers import make_library, make_method, make_term
from .test_public_pages_browser import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def content(
    transactional_db,
    django_db_serialized_rollback,
    fresh_site_root_paths,
    network_home,
    territory_a,
):
    library = make_library(network_home)
    make_term("tiers-lieu", "tiers-lieu", "Lieu partagé.")
    make_method(
        library, objective="Faire émerger des idées dans un tiers-lieu, vite et à plusieurs."
    )
    make_event(
        territory_a.site.root_page,
        title="Atelier de cartographie",
        slug="atelier",
        registration=EventPage.Registration.FORM,
        capacity=10,
        place_name="Maison des associations",
        address="Charenton-le-Pont",
    )
    return territory_a


def check_pages(page):
    results = {}
    for label, path in (
        ("fiche méthode", "/bibliotheque/brainstorming-3-12-3/"),
        ("recherche", "/recherche/?q=atelier"),
        ("événement", "/atelier/"),
    ):
        page.open("alpha.localhost", path)
        assert_accessible(page.page, label)
        results[label] = page.page.title()
        if label == "fiche méthode":
            # « Imprimer la fiche » opens the print dialog; printed, the sheet stands alone.
            page.page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
            page.page.get_by_role("button", name="Imprimer la fiche / enregistrer en PDF").click()
            assert page.page.evaluate("() => window.__printed === true")
            page.page.emulate_media(media="print")
            assert not page.page.locator(".method__tools").is_visible()
            assert not page.page.locator(".site-header").is_visible()
            page.page.emulate_media(media="screen")
    assert not page.errors, page.errors
    assert not page.foreign_requests(), page.foreign_requests()
    return results


def test_library_search_and_event_pages_are_accessible(browse, content):
    titles = browse(check_pages)
    assert "Brainstorming 3-12-3" in titles["fiche méthode"]
    assert "Atelier de cartographie" in titles["événement"]
