"""Mise en relation: what actors seek (need kinds, a managed taxonomy), which offers answer
which need kinds, the ``cherche`` filter of the map, its list and its API."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actors import actor_map
from actors.actor_import import actors_import
from actors.exports import CSV_HEADER, csv_row, enriched_chunks, geojson_feature
from actors.matching import actor_suggestions, suggestions
from actors.models import Actor, NeedKind, Offer
from tests.actors.factories import ActorFactory
from tests.projects.factories import NeedFactory

ALPHA = "alpha.localhost"
LAT, LNG = 48.8219, 2.4139
AROUND = "2.40,48.81,2.43,48.83"


@pytest.fixture(autouse=True)
def fresh_cache():
    actor_map.bump_version()


def actor(territory, name, **fields):
    fields.setdefault("lat", LAT)
    fields.setdefault("lng", LNG)
    return ActorFactory(territory=territory, name=name, **fields)


# -- the taxonomy --------------------------------------------------------------------------


@pytest.mark.django_db
def test_need_kinds_are_seeded_with_the_old_choices_and_the_new_ones():
    assert set(NeedKind.objects.values_list("slug", flat=True)) >= {
        "stagiaires",
        "lieux-de-stage",
        "alternants",
        "benevoles",
        "competences",
        "locaux",
        "materiel",
        "financement",
        "partenaires",
        "autre",
    }
    assert NeedKind.objects.get(slug="benevoles").name == "Bénévoles"


@pytest.mark.django_db
def test_offers_answer_need_kinds():
    internships = Offer.objects.get(slug="accueil-stagiaires")
    assert set(internships.answers.values_list("slug", flat=True)) == {
        "stagiaires",
        "lieux-de-stage",
    }
    assert list(NeedKind.objects.get(slug="locaux").answered_by.values_list("slug", flat=True)) == [
        "pret-de-locaux"
    ]
    assert not NeedKind.objects.get(slug="autre").answered_by.exists()


# -- the filter ----------------------------------------------------------------------------


@pytest.fixture
def seekers(territory_a):
    actor(territory_a, "Lycée Eiffel", kind="lycee", seeks=["lieux-de-stage"])
    actor(territory_a, "Lycée Sans Recherche", kind="lycee")
    actor(territory_a, "Asso Bénévoles", seeks=["benevoles", "locaux"])
    actor(territory_a, "Lycée Brouillon", kind="lycee", seeks=["lieux-de-stage"], draft=True)
    return territory_a


def geojson_names(client, **params):
    response = client.get("/api/actors.geojson", params, HTTP_HOST=ALPHA)
    assert response.status_code == 200, response.content
    data = json.loads(response.content)
    return sorted(f["properties"]["name"] for f in data["features"] if "name" in f["properties"])


@pytest.mark.django_db
def test_api_filters_by_what_actors_seek(client, seekers):
    params = {"bbox": AROUND, "zoom": 17}
    assert geojson_names(client, **params, cherche="lieux-de-stage") == ["Lycée Eiffel"]
    assert geojson_names(client, **params, cherche="lieux-de-stage,locaux") == [
        "Asso Bénévoles",
        "Lycée Eiffel",
    ]
    assert geojson_names(client, **params, cherche="locaux", kind="lycee") == []


@pytest.mark.django_db
def test_api_refuses_an_unknown_need_kind_naming_the_parameter(client, seekers):
    response = client.get("/api/actors.geojson", {"cherche": "licorne"}, HTTP_HOST=ALPHA)
    assert response.status_code == 400
    error = response.json()
    assert error["parameter"] == "cherche"
    assert error["error"].startswith("cherche : type de besoin inconnu : licorne.")


@pytest.mark.django_db
def test_map_page_and_list_filter_by_what_actors_seek(client, seekers):
    page = client.get("/carte/", {"cherche": "lieux-de-stage"}, HTTP_HOST=ALPHA)
    assert page.status_code == 200
    content = page.content.decode()
    assert "Lycée Eiffel" in content and "Cherche :" in content
    assert "Lycée Sans Recherche" not in content and "Lycée Brouillon" not in content
    # The checkbox group of the form.
    assert 'name="cherche"' in content and 'value="lieux-de-stage"' in content

    fragment = client.get(
        "/carte/",
        {"format": "fragment", "bbox": AROUND, "cherche": "benevoles"},
        HTTP_HOST=ALPHA,
    ).content.decode()
    assert "Asso Bénévoles" in fragment and "Lycée Eiffel" not in fragment


@pytest.mark.django_db
def test_map_page_refuses_an_unknown_need_kind_in_french(client, seekers):
    response = client.get("/carte/", {"cherche": "licorne"}, HTTP_HOST=ALPHA)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Ce qu’il cherche : type de besoin inconnu : licorne" in content
    assert 'id="erreur-cherche"' in content


@pytest.mark.django_db
def test_card_shows_what_the_actor_seeks_beside_what_it_offers(client, territory_a):
    lycee = actor(
        territory_a, "Lycée Eiffel", kind="lycee", seeks=["lieux-de-stage"], offers=["visites"]
    )
    content = client.get(lycee.get_url_path(), HTTP_HOST=ALPHA).content.decode()
    assert "Ce qu’il propose" in content and "Ce qu’il cherche" in content
    assert "Lieux de stage" in content


# -- « Qui peut répondre ? » ---------------------------------------------------------------


@pytest.fixture
def answerers(territory_a, territory_b):
    """A lycée seeking internship hosts at Charenton, and companies around it."""
    lycee = actor(territory_a, "Lycée Eiffel", kind="lycee", seeks=["lieux-de-stage"])
    actor(
        territory_a,
        "Entreprise Loin",
        kind="entreprise",
        offers=["accueil-stagiaires"],
        lat=LAT + 0.05,
        private_contact_name="MARQUEUR-PRIVE-NOM",
        private_notes="MARQUEUR-PRIVE-NOTES",
    )
    actor(
        territory_a,
        "Entreprise Proche",
        kind="entreprise",
        offers=["accueil-stagiaires", "visites"],
        lat=LAT + 0.0108,  # 1.2 km north
        private_contact_email="marqueur-prive@secret.example",
    )
    actor(territory_a, "Entreprise Sans Position", offers=["accueil-stagiaires"], lat=None)
    actor(territory_a, "Entreprise Brouillon", offers=["accueil-stagiaires"], draft=True)
    actor(territory_a, "Mairie Locaux", offers=["pret-de-locaux"])
    actor(territory_b, "Entreprise Ailleurs", offers=["accueil-stagiaires"])
    return lycee


@pytest.mark.django_db
def test_suggestions_are_the_published_answering_actors_nearest_first(answerers):
    found = actor_suggestions(answerers)
    assert [s.name for s in found] == [
        "Entreprise Proche",
        "Entreprise Loin",
        "Entreprise Sans Position",
    ]
    assert found[0].distance_label == "à 1,2 km"
    assert found[0].offers == ["Accueil de stagiaires"]
    assert found[2].distance_label == ""


@pytest.mark.django_db
def test_card_lists_who_can_answer_without_drafts_or_private_fields(client, answerers):
    content = client.get(answerers.get_url_path(), HTTP_HOST=ALPHA).content.decode()
    assert "Qui peut répondre ?" in content
    section = content.split("Qui peut répondre ?")[1].split("</section>")[0]
    assert section.index("Entreprise Proche") < section.index("Entreprise Loin")
    assert "à 1,2 km" in section
    for absent in ("Brouillon", "Ailleurs", "Mairie Locaux", "MARQUEUR", "marqueur"):
        assert absent not in content


@pytest.mark.django_db
def test_suggestions_cost_at_most_five_queries(answerers, django_assert_max_num_queries):
    # Its seeks, the actors (a 1 km box, 5 km, the territory: fewer than five answer), their
    # offers.
    with django_assert_max_num_queries(5):
        assert len(actor_suggestions(answerers)) == 3


@pytest.mark.django_db
def test_need_page_lists_who_can_answer_nearest_to_the_need(client, answerers, territory_a):
    need = NeedFactory(
        territory=territory_a,
        title="Des entreprises pour nos stages",
        kind="lieux-de-stage",
        actor=answerers,
    )
    response = client.get(f"/besoins/{need.pk}/", HTTP_HOST=ALPHA)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Lieux de stage" in content  # the kind's label
    section = content.split("Qui peut répondre ?")[1].split("</section>")[0]
    assert section.index("Entreprise Proche") < section.index("Entreprise Loin")
    assert "Lycée Eiffel" not in section  # the need's own actor
    for absent in ("Brouillon", "Ailleurs", "Mairie Locaux", "MARQUEUR", "marqueur"):
        assert absent not in content


@pytest.mark.django_db
def test_need_suggestions_cost_at_most_five_queries(answerers, territory_a):
    need = NeedFactory(territory=territory_a, kind="locaux")
    with CaptureQueriesContext(connection) as queries:
        found = suggestions([need.kind_id], territory_id=territory_a.pk, near=(LAT, LNG), limit=5)
    assert [s.name for s in found] == ["Mairie Locaux"]
    # The actors (a 1 km box, 5 km, the territory: only one answers), their offers.
    assert len(queries) == 4
    # Settled in the first box: one suggestion asked, found within 1 km.
    with CaptureQueriesContext(connection) as queries:
        found = suggestions([need.kind_id], territory_id=territory_a.pk, near=(LAT, LNG), limit=1)
    assert [s.name for s in found] == ["Mairie Locaux"] and len(queries) == 2


@pytest.mark.django_db
def test_a_nearer_actor_outside_the_first_box_is_not_missed(territory_a):
    """The 1 km box holds a corner actor 1.34 km away; one 1.1 km north is outside it but
    nearer: the box's best is kept only when it lies within 1 km."""
    import math

    dlat = 0.95 / 111.195
    dlng = dlat / math.cos(math.radians(LAT))
    actor(territory_a, "Coin", offers=["pret-de-locaux"], lat=LAT + dlat, lng=LNG + dlng)
    actor(territory_a, "Nord", offers=["pret-de-locaux"], lat=LAT + 1.1 / 111.195)
    kind = NeedKind.objects.get(slug="locaux")
    found = suggestions([kind.pk], territory_id=territory_a.pk, near=(LAT, LNG), limit=1)
    assert [s.name for s in found] == ["Nord"]


# -- import and exports --------------------------------------------------------------------

IMPORT_HEADER = "external_id;name;kind;latitude;longitude;offers;seeks"


@pytest.mark.django_db
def test_import_reads_the_seeks_column_by_slug_or_label(tmp_path, territory):
    path = tmp_path / "acteurs.csv"
    path.write_text(
        "\n".join(
            (
                IMPORT_HEADER,
                "l1;Lycée Eiffel;lycee;48.8215;2.4120;visites;lieux-de-stage|Bénévoles",
                "e1;Entreprise Une;entreprise;48.8230;2.4150;accueil-stagiaires;",
            )
        ),
        encoding="utf-8",
    )
    report = actors_import(territory, path)
    assert report.errors == [] and report.created == 2
    lycee = Actor.objects.get(external_id="l1")
    assert sorted(lycee.seeks.values_list("slug", flat=True)) == ["benevoles", "lieux-de-stage"]
    assert not Actor.objects.get(external_id="e1").seeks.exists()

    # Re-imported with other seeks: updated; then the same file again: unchanged.
    path.write_text(
        "\n".join((IMPORT_HEADER, "l1;Lycée Eiffel;lycee;48.8215;2.4120;visites;alternants")),
        encoding="utf-8",
    )
    assert actors_import(territory, path).updated == 1
    assert list(lycee.seeks.values_list("slug", flat=True)) == ["alternants"]
    assert actors_import(territory, path).unchanged == 1


@pytest.mark.django_db
def test_import_refuses_an_unknown_need_kind(tmp_path, territory):
    path = tmp_path / "acteurs.csv"
    path.write_text(
        f"{IMPORT_HEADER}\nl1;Lycée Eiffel;lycee;48.8215;2.4120;;licornes\n", encoding="utf-8"
    )
    report = actors_import(territory, path)
    assert report.created == 0
    assert "seeks" in str(report.errors[0]) and "licornes" in str(report.errors[0])


@pytest.mark.django_db
def test_exports_carry_what_actors_seek(client, territory_a):
    actor(territory_a, "Lycée Eiffel", kind="lycee", seeks=["lieux-de-stage", "alternants"])
    rows = [
        row
        for chunk in enriched_chunks(Actor.objects.filter(live=True), territory_a)
        for row in chunk
    ]
    assert rows[0]["seeks"] == ["Alternants", "Lieux de stage"]
    assert csv_row(rows[0])[CSV_HEADER.index("recherches")] == "Alternants, Lieux de stage"
    assert geojson_feature(rows[0])["properties"]["seeks"] == ["Alternants", "Lieux de stage"]


@pytest.mark.django_db
def test_network_team_edits_which_offers_answer_a_need_kind(client, network_editor):
    kind = NeedKind.objects.get(slug="alternants")
    offers = Offer.objects.filter(slug__in=["alternance", "offres-emploi"])
    client.force_login(network_editor)
    url = reverse("wagtailsnippets_actors_needkind:edit", args=[kind.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name": kind.name,
            "slug": kind.slug,
            "description": "",
            "answered_by": [offer.pk for offer in offers],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert sorted(kind.answered_by.values_list("slug", flat=True)) == [
        "alternance",
        "offres-emploi",
    ]
