"""A project page and the needs board in a real browser: axe-core (no serious or critical
WCAG 2.1 A/AA violation), the map drawn from its data island with the list beside it, the
join form with errors, nothing loaded from elsewhere."""

import json

import pytest

from actors import signup as service
from network.geo import format_point
from tests.projects.conftest import add_need, add_project, make_actor
from tests.territories.factories import CommuneFactory

from .test_public_pages_browser import assert_accessible, assert_self_contained

pytestmark = pytest.mark.browser
HOST = "alpha.localhost"


@pytest.fixture
def world(transactional_db, django_db_serialized_rollback, fresh_site_root_paths, territory_a):
    charenton = CommuneFactory(
        territory=territory_a,
        insee_code="94018",
        name="Charenton-le-Pont",
        latitude=48.82,
        longitude=2.41,
    )
    actor = make_actor(territory_a, "Collège La Passerelle", location=format_point(48.83, 2.42))
    project = add_project(
        territory_a,
        "Un stage pour chaque élève",
        summary="Relier collèges et entreprises.",
        challenge="<p>Aucun élève sans stage.</p>",
        lead_name="Équipe d’animation",
        lead_email="porteur@exemple.fr",
        communes=[charenton],
        partners=[(actor, "établissement pilote")],
    )
    add_need(territory_a, "Vingt entreprises d’accueil", project=project, kind="partenaires")
    add_need(territory_a, "Un local", actor=actor, kind="locaux")
    service.rate_limit_reset("127.0.0.1")
    yield project
    service.rate_limit_reset("127.0.0.1")


def check_project_page(recorded, path):
    page = recorded.open(HOST, path)
    assert page.locator("h1").inner_text() == "Un stage pour chaque élève"
    assert "porteur@exemple.fr" not in page.content()
    assert_accessible(page, "page de projet")
    page.get_by_role("button", name="Envoyer ma proposition").click()
    page.wait_for_load_state("load")
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page, "page de projet, formulaire en erreur")
    assert_self_contained(recorded)


def check_needs_board(recorded):
    page = recorded.open(HOST, "/besoins/")
    page.wait_for_selector(".points-map.points-map--ready")
    island = json.loads(page.locator("#besoins-points").text_content())
    assert {p["name"] for p in island["points"]} == {"Vingt entreprises d’accueil", "Un local"}
    assert page.locator(".need-card").count() == 2  # the list: the map's alternative
    assert_accessible(page, "tableau des besoins")
    page.get_by_label("Type de besoin").select_option("locaux")
    page.get_by_role("button", name="Afficher les besoins").click()
    page.wait_for_load_state("load")
    assert "type=locaux" in page.url and page.locator(".need-card").count() == 1
    assert_accessible(page, "tableau des besoins filtré")
    assert_self_contained(recorded)


def test_project_page(browse, world):
    browse(check_project_page, world.get_url_parts()[2])


def test_needs_board(browse, world):
    browse(check_needs_board)


def check_need_link(recorded, card_path):
    """From the actor's card to the need-proposal link form, with its errors."""
    page = recorded.open(HOST, card_path)
    actions = page.get_by_role("region", name="Ses expériences et projets")
    assert actions.get_by_role("link").count() >= 1  # the project of this test's world
    assert_accessible(page, "fiche d’acteur, avec ses expériences et projets")
    page.get_by_role("link", name="Publier un besoin de Collège La Passerelle").click()
    page.wait_for_load_state("load")
    assert "/besoins/proposer/?acteur=" in page.url
    assert_accessible(page, "demande du lien pour publier un besoin")
    page.get_by_label("Courriel du contact de la fiche").fill("pas-un-courriel")
    page.get_by_role("button", name="Recevoir le lien").click()
    page.wait_for_load_state("load")
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page, "demande du lien, formulaire en erreur")
    assert_self_contained(recorded)


def test_need_link_from_the_actor_card(browse, world):
    from actors.models import Actor

    actor = Actor.objects.get(name="Collège La Passerelle")
    browse(check_need_link, f"/acteurs/{actor.slug}/")
