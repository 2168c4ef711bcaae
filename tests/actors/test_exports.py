"""Exports of the published actors: CSV for French Excel, GeoJSON, streamed, public only."""

import csv
import io
import json

import pytest

from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext

from actors import exports
from tests.actors.test_map_api import PRIVATE, _hidden_actors, make_actor
from tests.module_data import shared_territories

CSV_URL = "/api/actors/export.csv"
GEOJSON_URL = "/api/actors/export.geojson"
ALPHA = "alpha.localhost"
NETWORK = "localhost"
HEADER = [
    "nom",
    "type",
    "thèmes",
    "offres",
    "recherches",
    "adresse",
    "code postal",
    "commune",
    "code INSEE",
    "latitude",
    "longitude",
    "courriel",
    "téléphone",
    "site web",
    "page",
    "territoire",
    "présentation",
    "engagé depuis le",
]


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def body(response) -> bytes:
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content)


def csv_rows(client, host=ALPHA, **params):
    response = client.get(CSV_URL, params, HTTP_HOST=host)
    assert response.status_code == 200
    raw = body(response)
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == HEADER
    return [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]


def geojson(client, host=ALPHA, **params):
    response = client.get(GEOJSON_URL, params, HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(body(response))


def test_csv_opens_in_french_excel(client, territory_a):
    actor = make_actor(
        territory_a,
        "Collège Jean Moulin",
        kind="college",
        lat=48.8219,
        lng=-1.5,
        themes=["rse-et-partenariats", "tiers-lieux-et-dialogue"],
        offers=["accueil-stagiaires"],
        address="12 rue de Paris; bâtiment B",
        postcode="94220",
        city="Charenton-le-Pont",
        commune_insee="94018",
        email="contact@college.example",
        phone="01 23 45 67 89",
        website="https://college.example",
        description="Deux lignes\net un « guillemet ».",
    )
    response = client.get(CSV_URL, HTTP_HOST=ALPHA)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="acteurs-alpha.csv"'
    raw = body(response)
    assert raw.startswith("\ufeffnom;type;thèmes;offres;".encode())
    [row] = csv_rows(client)
    assert row == {
        "nom": "Collège Jean Moulin",
        "type": "Collège",
        "thèmes": "RSE et partenariats, Tiers-lieux et dialogue territorial",
        "offres": "Accueil de stagiaires",
        "recherches": "",
        "adresse": "12 rue de Paris; bâtiment B",
        "code postal": "94220",
        "commune": "Charenton-le-Pont",
        "code INSEE": "94018",
        "latitude": "48,8219",  # decimal comma: a number in French Excel
        "longitude": "-1,5",  # a number, not a formula
        "courriel": "contact@college.example",
        "téléphone": "01 23 45 67 89",
        "site web": "https://college.example",
        "page": f"http://alpha.localhost/acteurs/{actor.slug}/",
        "territoire": "alpha",
        "présentation": "Deux lignes\net un « guillemet ».",
        "engagé depuis le": "",
    }


@pytest.mark.parametrize(
    "dangerous",
    ['=HYPERLINK("http://x")', "+33 1 23", "-2+3", "@SUM(A1)", "\t=1", "\r=1"],
)
def test_csv_neutralises_formulas(client, territory_a, dangerous):
    make_actor(territory_a, dangerous, city=dangerous, phone=dangerous[:30], description=dangerous)

    [row] = csv_rows(client)

    for column in ("nom", "commune", "téléphone", "présentation"):
        assert row[column].startswith("'")
        assert row[column][1:] == (dangerous if column != "téléphone" else dangerous[:30])


def test_neutralise_leaves_ordinary_text_alone():
    assert exports.neutralise("Association = Lien") == "Association = Lien"
    assert exports.neutralise("") == ""
    assert exports.neutralise("-") == "'-"


def test_exports_are_streamed_in_chunks_with_bounded_queries(client, territory_a, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK_SIZE", 3)
    for index in range(8):
        make_actor(territory_a, f"Acteur {index}", themes=["rse-et-partenariats"])

    response = client.get(CSV_URL, HTTP_HOST=ALPHA)
    assert isinstance(response, StreamingHttpResponse)
    chunks = list(response.streaming_content)
    assert len(chunks) == 1 + 3  # header, then three chunks of actors
    rows = csv_rows(client)
    assert [row["nom"] for row in rows] == [f"Acteur {index}" for index in range(8)]
    assert {row["thèmes"] for row in rows} == {"RSE et partenariats"}


def _export_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=ALPHA)
        body(response)
    return len(queries.captured_queries)


@pytest.mark.parametrize("url", [CSV_URL, GEOJSON_URL])
def test_export_queries_do_not_grow_with_each_actor(client, territory_a, url):
    for index in range(5):
        make_actor(territory_a, f"Premier {index}", themes=["rse-et-partenariats"])
    few = _export_queries(client, url)
    for index in range(40):
        make_actor(territory_a, f"Second {index}", offers=["accueil-stagiaires"])

    assert _export_queries(client, url) == few


def test_geojson_export_lists_every_public_field(client, territory_a):
    actor = make_actor(
        territory_a,
        "Lycée Eiffel",
        kind="lycee",
        lat=48.8,
        lng=2.4,
        offers=["alternance", "accueil-stagiaires"],
        description="Présentation publique.",
        email="contact@lycee.example",
    )
    unlocated = make_actor(territory_a, "Sans Position")
    unlocated.location = ""
    unlocated.save()

    response = client.get(GEOJSON_URL, HTTP_HOST=ALPHA)
    assert response["Content-Disposition"] == 'attachment; filename="acteurs-alpha.geojson"'
    data = geojson(client)

    assert data["type"] == "FeatureCollection"
    features = {f["properties"]["name"]: f for f in data["features"]}
    assert features["Sans Position"]["geometry"] is None
    feature = features["Lycée Eiffel"]
    assert feature["id"] == actor.pk
    assert feature["geometry"] == {"type": "Point", "coordinates": [2.4, 48.8]}
    assert feature["properties"] == {
        "id": actor.pk,
        "name": "Lycée Eiffel",
        "slug": actor.slug,
        "kind": "lycee",
        "kind_label": "Lycée",
        "territory": "alpha",
        "url": f"http://alpha.localhost/acteurs/{actor.slug}/",
        "themes": [],
        "offers": ["Accueil de stagiaires", "Alternance"],
        "seeks": [],
        "description": "Présentation publique.",
        "address": "",
        "postcode": "",
        "city": "",
        "commune_insee": "",
        "email": "contact@lycee.example",
        "phone": "",
        "website": "",
        "joined_on": None,
    }


def test_an_empty_scope_exports_valid_files(client, territory_a):
    assert geojson(client) == {"type": "FeatureCollection", "features": []}
    assert csv_rows(client) == []


@pytest.mark.parametrize("url", [CSV_URL, GEOJSON_URL])
def test_exports_hold_no_draft_unpublished_or_private_data(client, territory_a, url):
    _hidden_actors(territory_a)
    make_actor(territory_a, "Acteur Discret", **PRIVATE)

    for host in (ALPHA, NETWORK):
        raw = body(client.get(url, HTTP_HOST=host)).decode("utf-8-sig")
        assert "Nom Publié" in raw
        assert "Acteur Discret" in raw
        for hidden in ("Brouillon", "Retiré", "7f3a", *PRIVATE.values()):
            assert hidden not in raw


def test_exports_follow_the_host_scope(client, territory_a, territory_b):
    make_actor(territory_a, "Acteur Alpha")
    make_actor(territory_b, "Acteur Beta")

    assert [row["nom"] for row in csv_rows(client, ALPHA)] == ["Acteur Alpha"]
    assert [row["nom"] for row in csv_rows(client, ALPHA, territory="beta")] == ["Acteur Alpha"]
    assert [row["nom"] for row in csv_rows(client, "beta.localhost")] == ["Acteur Beta"]
    network = csv_rows(client, NETWORK)
    assert [(row["nom"], row["territoire"]) for row in network] == [
        ("Acteur Alpha", "alpha"),
        ("Acteur Beta", "beta"),
    ]
    assert [row["nom"] for row in csv_rows(client, NETWORK, territory="beta")] == ["Acteur Beta"]
    response = client.get(CSV_URL, HTTP_HOST=NETWORK)
    assert response["Content-Disposition"] == 'attachment; filename="acteurs-reseau.csv"'
    features = geojson(client, NETWORK)["features"]
    assert sorted(f["properties"]["territory"] for f in features) == ["alpha", "beta"]


def test_exports_apply_the_list_filters_but_not_the_viewport(client, territory_a):
    make_actor(territory_a, "Lycée Eiffel", kind="lycee", lat=48.8, lng=2.4)
    make_actor(territory_a, "Association Loin", lat=45.0, lng=4.0)

    assert [row["nom"] for row in csv_rows(client, kind="lycee")] == ["Lycée Eiffel"]
    assert len(csv_rows(client, bbox="2.3,48.7,2.5,48.9", zoom=12)) == 2


@pytest.mark.parametrize("url", [CSV_URL, GEOJSON_URL])
@pytest.mark.parametrize(
    ("parameter", "params"),
    [
        ("kind", {"kind": "licorne"}),
        ("territory", {"territory": "atlantide"}),
        ("commune", {"commune": "abc"}),
        ("q", {"q": "x" * 101}),
        ("bbox", {"bbox": "1,2,3"}),
    ],
)
def test_exports_answer_400_to_bad_parameters(client, territory_a, url, parameter, params):
    response = client.get(url, params, HTTP_HOST=NETWORK)

    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
