"""Public project pages, project index and needs board: what shows, what never shows."""

import pytest

from network.geo import format_point
from projects.models import Contribution, NeedStatus, ProjectStatus
from tests.conftest import fresh_ip
from tests.module_data import shared_territories
from tests.projects.conftest import (
    ALPHA,
    BETA,
    NETWORK,
    add_need,
    add_project,
    commune,
    make_actor,
)

pytestmark = pytest.mark.django_db


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def project(alpha, themes):
    partner = make_actor(alpha, "Collège Jean Moulin", private_notes="secret")
    hidden = make_actor(alpha, "Brouillon Asso", live=False)
    return add_project(
        alpha,
        "Stages de 3e",
        summary="Trouver un stage à chaque élève de 3e.",
        status=ProjectStatus.RUNNING,
        lead_name="Club des entreprises",
        lead_email="porteur-prive@example.org",
        communes=[commune(alpha, "94018")],
        themes=[themes[0]],
        partners=[(partner, "établissement pilote"), (hidden, "financeur caché")],
    )


def test_project_page_shows_public_fields_and_never_private_ones(client, project, alpha):
    add_need(alpha, "Entreprises d’accueil", project=project, kind="partenaires")
    add_need(alpha, "Besoin pourvu", project=project, status=NeedStatus.FILLED)
    add_need(alpha, "Besoin à valider", project=project, is_approved=False)
    response = client.get(project.url, HTTP_HOST=ALPHA)
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "Stages de 3e",
        "Trouver un stage",
        "En cours",
        "Club des entreprises",
        "Charenton-le-Pont",
        "Emploi",
        "Collège Jean Moulin",
        "établissement pilote",
        "/acteurs/college-jean-moulin/",
        "Entreprises d’accueil",
        "Je m’y greffe",
    ):
        assert text in html, text
    for text in (
        "porteur-prive@example.org",
        "secret",
        "Brouillon Asso",
        "Besoin pourvu",
        "Besoin à valider",
    ):
        assert text not in html, text


def test_draft_project_is_not_public(client, alpha):
    draft = add_project(alpha, "Projet secret", live=False)
    assert client.get("/projets/", HTTP_HOST=ALPHA).content.decode().count("Projet secret") == 0
    assert client.get(f"/projets/{draft.slug}/", HTTP_HOST=ALPHA).status_code == 404


def test_project_index_filters_by_status_theme_and_commune(client, alpha, themes):
    add_project(alpha, "Alpha idée", status=ProjectStatus.IDEA, themes=[themes[0]])
    add_project(
        alpha,
        "Alpha en cours",
        status=ProjectStatus.RUNNING,
        themes=[themes[1]],
        communes=[commune(alpha, "94080")],
    )

    def titles(query):
        html = client.get(f"/projets/{query}", HTTP_HOST=ALPHA).content.decode()
        return {t for t in ("Alpha idée", "Alpha en cours") if f">{t}</a>" in html}

    assert titles("") == {"Alpha idée", "Alpha en cours"}
    assert titles("?statut=idee") == {"Alpha idée"}
    assert titles("?theme=education") == {"Alpha en cours"}
    assert titles("?commune=94080") == {"Alpha en cours"}
    assert titles("?commune=94018") == set()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?statut=fini", "État d’avancement : cette valeur n’existe pas"),
        ("?theme=inconnu", "Thème : cette valeur n’existe pas"),
        ("?commune=%00", "Le paramètre « commune » contient un caractère de contrôle (U+0000)"),
        ("?statut=idee&statut=en_cours", "Le paramètre « statut » est donné 2 fois"),
        ("?page=%C2%B2", "Le paramètre « page » doit être un nombre entier entre 1"),
    ],
)
def test_project_index_refuses_bad_filters_in_french(client, alpha, query, message):
    add_project(alpha, "Visible sans filtre")
    response = client.get(f"/projets/{query}", HTTP_HOST=ALPHA)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert ">Visible sans filtre</a>" not in html


def test_needs_board_lists_visible_needs_of_the_territory_with_a_map(client, alpha, territory_b):
    actor = make_actor(alpha, "Ressourcerie", location=format_point(48.83, 2.42))
    draft_actor = make_actor(alpha, "Brouillon", live=False)
    project = add_project(alpha, "Repair café", communes=[commune(alpha, "94080")])
    draft = add_project(alpha, "Projet brouillon", live=False)
    add_need(alpha, "Bénévoles du samedi", project=project, kind="benevoles")
    add_need(alpha, "Un local de stockage", actor=actor, kind="locaux")
    add_need(alpha, "Caché projet", project=draft)
    add_need(alpha, "Caché acteur", actor=draft_actor)
    add_need(alpha, "Caché pourvu", status=NeedStatus.FILLED)
    add_need(alpha, "Caché à valider", is_approved=False)
    add_need(territory_b, "Besoin de Beta")

    response = client.get("/besoins/", HTTP_HOST=ALPHA)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bénévoles du samedi" in html and "Un local de stockage" in html
    assert "Caché" not in html and "Besoin de Beta" not in html
    points = response.context["points"]["points"]
    assert {(p["name"], p["lat"], p["lng"]) for p in points} == {
        ("Bénévoles du samedi", 48.85, 2.44),  # its project's commune centre
        ("Un local de stockage", 48.83, 2.42),  # its actor's position
    }
    assert 'id="besoins-points"' in html and "data-points-map" in html
    assert "<script>" not in html.replace('<script type="application/json"', "")


def test_needs_board_filters_by_kind_theme_commune(client, alpha, themes):
    add_need(alpha, "Stagiaires", kind="stagiaires", themes=[themes[0]])
    add_need(alpha, "Locaux", kind="locaux", communes=[commune(alpha, "94018")])

    def titles(query):
        page = client.get(f"/besoins/{query}", HTTP_HOST=ALPHA).context["page"]
        return {need.title for need in page}

    assert titles("") == {"Stagiaires", "Locaux"}
    assert titles("?type=locaux") == {"Locaux"}
    assert titles("?theme=emploi") == {"Stagiaires"}
    assert titles("?commune=94018") == {"Locaux"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?type=argent", "Type de besoin : cette valeur n’existe pas"),
        ("?theme=%00", "Le paramètre « theme » contient un caractère de contrôle (U+0000)"),
        ("?theme=a&theme=b", "Le paramètre « theme » est donné 2 fois"),
        ("?commune=99999", "Commune : Aucune commune du territoire ne correspond à « 99999 »"),
        ("?territoire=beta", None),  # not a parameter on a territory host: ignored
    ],
)
def test_needs_board_refuses_bad_filters_with_a_400_in_french(client, alpha, query, message):
    add_need(alpha, "Visible")
    response = client.get(f"/besoins/{query}", HTTP_HOST=ALPHA)
    if message is None:
        assert response.status_code == 200
        return
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "page" not in response.context or not list(response.context["page"])


def test_network_board_lists_listed_territories_needs_with_their_links(client, alpha, territory_b):
    add_need(alpha, "Besoin Alpha")
    add_need(territory_b, "Besoin Beta")
    response = client.get("/besoins/", HTTP_HOST=NETWORK)
    html = response.content.decode()
    assert "Besoin Alpha" in html and "Besoin Beta" in html
    assert "http://alpha.localhost/besoins/" in html
    assert {
        n.title for n in client.get("/besoins/?territoire=beta", HTTP_HOST=NETWORK).context["page"]
    } == {"Besoin Beta"}
    territory_b.is_listed = False
    territory_b.save()
    html = client.get("/besoins/", HTTP_HOST=NETWORK).content.decode()
    assert "Besoin Beta" not in html
    # Its own site still shows it (a territory is prepared before it is announced).
    assert "Besoin Beta" in client.get("/besoins/", HTTP_HOST=BETA).content.decode()


def test_need_page_of_another_territory_or_hidden_is_404(client, alpha, territory_b):
    other = add_need(territory_b, "Besoin Beta")
    hidden = add_need(alpha, "À valider", is_approved=False)
    shown = add_need(alpha, "Ouvert")
    assert client.get(f"/besoins/{shown.pk}/", HTTP_HOST=ALPHA).status_code == 200
    assert client.get(f"/besoins/{other.pk}/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get(f"/besoins/{hidden.pk}/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get(f"/besoins/{shown.pk}/", HTTP_HOST=NETWORK).status_code == 404


def test_filled_need_page_stays_and_says_so(client, alpha):
    """Links already e-mailed keep working: the page says the need is filled and offers no
    form; a late answer is refused (410) and nothing is recorded."""
    filled = add_need(alpha, "Pourvu", status=NeedStatus.FILLED)
    response = client.get(f"/besoins/{filled.pk}/", HTTP_HOST=ALPHA)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Besoin pourvu" in html and "Envoyer ma proposition" not in html
    late = {"name": "Camille", "email": "camille@exemple.fr", "message": "Je peux", "consent": "on"}
    response = client.post(f"/besoins/{filled.pk}/", late, HTTP_HOST=ALPHA, REMOTE_ADDR=fresh_ip())
    assert response.status_code == 410
    assert not Contribution.objects.filter(need=filled).exists()
