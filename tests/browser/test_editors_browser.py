"""The editors' journeys in a real browser: a pioneer's first write-up (the slug follows the
title, the draft saves with the title alone), and the actor map widget (on the territory,
French, a wrong coordinate gives a French message, Enter in the address does not submit)."""

import re

import pytest

from territories.models import Territory, TerritoryRole
from tests.conftest import PASSWORD, team

pytestmark = pytest.mark.browser

ALPHA = "alpha.localhost"
ENGLISH = re.compile(r"\b(None|True|False|Invalid location|Edit|Delete)\b")


@pytest.fixture
def people(request, transactional_db, django_db_serialized_rollback, fresh_site_root_paths):
    territory = request.getfixturevalue("territory_a")
    Territory.objects.filter(pk=territory.pk).update(latitude=48.82, longitude=2.41)
    make_user = request.getfixturevalue("make_user")
    return {
        "pioneer": make_user("pionniere", team(territory, TerritoryRole.Role.PIONEERS)),
        "editor": make_user("editrice", team(territory)),
        "index": territory.site.root_page.get_children().get(slug="experiences"),
    }


def log_in(recorded, username):
    page = recorded.open(ALPHA, "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def check_first_write_up(recorded, index_id):
    page = log_in(recorded, "pionniere")
    recorded.open(ALPHA, f"/admin/pages/add/experiences/experiencepage/{index_id}/")
    tabs = page.locator("[role=tab]")
    assert tabs.count() <= 6
    page.locator("#id_title").press_sequentially("Le café des possibles")
    page.locator("#id_title").blur()
    # Wagtail's title panel fills the slug (after its 100 ms debounce).
    slug = page.locator("#id_slug")
    for _ in range(20):
        if slug.input_value():
            break
        page.wait_for_timeout(100)
    assert slug.input_value() == "le-cafe-des-possibles"
    page.get_by_role("button", name=re.compile("Enregistrer le brouillon")).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert page.locator(".help-critical, .w-field__errors .error-message").count() == 0
    assert not recorded.errors, recorded.errors


def check_map_widget(recorded):
    page = log_in(recorded, "editrice")
    recorded.open(ALPHA, "/admin/snippets/actors/actor/add/")
    page.get_by_role("tab", name="Adresse et carte").click()
    latlng = page.locator("[id$=location_latlng]")
    assert latlng.input_value().startswith("48.82,2.41")  # the territory, not France
    latlng.fill("")
    latlng.press_sequentially("48")  # half-typed: no JavaScript error
    latlng.press_sequentially(",x")
    warning = page.locator(".help-warning")
    assert "Coordonnées illisibles" in warning.inner_text()
    url = page.url
    page.fill("#id_address", "1 rue de Paris")
    page.press("#id_address", "Enter")
    page.wait_for_timeout(300)
    assert page.url == url and page.locator("#id_address").input_value() == "1 rue de Paris"
    assert not ENGLISH.search(page.locator("main").inner_text())
    assert not recorded.errors, recorded.errors


def test_a_pioneer_saves_a_first_write_up_with_its_title_alone(browse, people):
    browse(check_first_write_up, people["index"].pk)

    from experiences.models import ExperiencePage

    page = ExperiencePage.objects.get(title="Le café des possibles")
    assert page.slug == "le-cafe-des-possibles" and page.owner == people["pioneer"]


def test_the_map_widget_is_on_the_territory_in_french(browse, people):
    browse(check_map_widget)
