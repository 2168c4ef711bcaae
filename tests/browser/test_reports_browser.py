"""The commune report and the partnership page in a real browser: axe-core (no serious or
critical WCAG 2.1 A/AA violation), the print button and layout, the graph drawn by
cytoscape.js from the JSON endpoint, nothing fetched from outside."""

import re

import pytest

from .test_public_pages_browser import assert_accessible, assert_self_contained

pytestmark = pytest.mark.browser

ALPHA = "alpha.localhost"


@pytest.fixture
def world(request, transactional_db, django_db_serialized_rollback, fresh_site_root_paths):
    from actors.models import Actor

    data = request.getfixturevalue("world_data")
    Actor.objects.filter(pk=data["ana"].pk).update(latitude=48.8219, longitude=2.4139)
    return data


@pytest.fixture
def world_data(request):
    from tests.projects import test_partnerships

    return test_partnerships.build_world(
        request.getfixturevalue("territory_a"), request.getfixturevalue("territory_b")
    )


def check_commune_report(recorded):
    page = recorded.open(ALPHA, "/communes/94018/")
    assert page.locator("h1").inner_text().startswith("Charenton-le-Pont")
    button = page.get_by_role("button", name="Imprimer / enregistrer en PDF")
    assert button.is_visible()  # revealed by print.js
    page.locator(".points-map.points-map--ready").wait_for()
    assert_accessible(page, "bilan de commune")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not button.is_visible()
    assert page.get_by_text("Stages au collège").is_visible()
    # On paper, a letterhead names the territory and how to reach it.
    letterhead = page.locator(".report-letterhead")
    assert letterhead.is_visible()
    assert "Alpha" in letterhead.inner_text()
    assert "http://alpha.localhost" in letterhead.inner_text()
    page.emulate_media(media="screen")
    assert not letterhead.is_visible()
    # The PDF takes the pages it needs: this small report fits on one to three A4 pages (three
    # since its 12 months' figures, projects/impact.py, printed as a table).
    pdf = page.pdf(format="A4", print_background=True)
    assert 1 <= len(re.findall(rb"/Type\s*/Page[^s]", pdf)) <= 3
    assert_self_contained(recorded)
    assert not recorded.errors, recorded.errors


def check_partnerships(recorded):
    page = recorded.open(ALPHA, "/partenariats/")
    graph = page.locator("#graphe-territoire")
    graph.locator("canvas").first.wait_for()
    assert graph.is_visible()
    assert page.locator("#liste-partenariats > li").count() == 4
    assert_accessible(page, "page des partenariats")
    # The filter form works by keyboard and without the graph.
    commune = page.locator('[data-commune-combobox] input[role="combobox"]')
    commune.focus()
    page.keyboard.type("chare")  # the commune's autocomplete, by keyboard
    page.wait_for_selector('[role="listbox"] [role="option"]')
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_load_state("load")
    assert "commune=94018" in page.url
    assert page.locator("#liste-partenariats > li").count() == 2
    assert_accessible(page, "partenariats filtrés")
    assert_self_contained(recorded)
    assert not recorded.errors, recorded.errors


def test_commune_report(browse, world):
    browse(check_commune_report)


def test_partnerships_page(browse, world):
    browse(check_partnerships)
