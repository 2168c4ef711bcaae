"""The map API: RFC 7946 GeoJSON, clusters below street level, scope, filters, 400s, cache.

Runs on SQLite with the local-memory cache, and on PostgreSQL with Redis when DATABASE_URL
and REDIS_URL are set: the same tests cover both.
"""

import json

import pytest

from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actors import actor_map
from actors.models import Actor, ActorKind
from tests.actors.factories import ActorFactory
from tests.module_data import shared_territories
from tests.territories.factories import CommuneFactory

URL = "/api/actors.geojson"
ALPHA = "alpha.localhost"
BETA = "beta.localhost"
NETWORK = "localhost"
# Around Charenton-le-Pont.
LAT, LNG = 48.8219, 2.4139
AROUND = "2.40,48.81,2.43,48.83"

PRIVATE = {
    "private_contact_name": "MARQUEUR-PRIVE-NOM-7f3a",
    "private_contact_email": "marqueur-prive-7f3a@secret.example",
    "private_contact_phone": "09 99 99 7f 3a",
    "private_notes": "MARQUEUR-PRIVE-NOTES-7f3a",
}


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture(autouse=True)
def fresh_cache():
    """Orphan responses cached by earlier tests (the cache outlives each test's database)."""
    actor_map.bump_version()


def make_actor(
    territory,
    name,
    *,
    lat=LAT,
    lng=LNG,
    kind="association",
    themes=(),
    offers=(),
    publish=True,
    **fields,
):
    """A published actor, or with ``publish=False`` a draft never published (as the admin's
    "Enregistrer le brouillon" leaves it: not live, one revision)."""
    return ActorFactory(
        territory=territory,
        name=name,
        lat=lat,
        lng=lng,
        kind=kind,
        themes=themes,
        offers=offers,
        draft=not publish,
        **fields,
    )


def make_many(territory, count, prefix="Acteur", spread=0.005):
    """`count` published actors on a small grid around Charenton."""
    return [
        make_actor(
            territory,
            f"{prefix} {index:03d}",
            lat=LAT + spread * (index % 10) / 10,
            lng=LNG + spread * (index // 10) / 10,
        )
        for index in range(count)
    ]


def get(client, host=ALPHA, **params):
    return client.get(URL, params, HTTP_HOST=host)


def geojson(client, host=ALPHA, **params):
    response = get(client, host, **params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def names(data):
    return sorted(f["properties"]["name"] for f in data["features"] if "name" in f["properties"])


def total(data):
    return sum(f["properties"].get("count", 1) for f in data["features"])


# -- shape -----------------------------------------------------------------------------------


def test_street_level_answers_one_rfc7946_feature_per_actor(client, territory_a):
    actor = make_actor(
        territory_a,
        "Collège Jean Moulin",
        kind="college",
        lat=48.8221,
        lng=2.4135,
        city="Charenton-le-Pont",
        offers=["visites", "accueil-stagiaires"],
    )
    make_actor(territory_a, "Association Voisins", lat=48.8222, lng=2.4136)

    data = geojson(client, bbox="2.41,48.82,2.42,48.825", zoom=17)

    assert data["type"] == "FeatureCollection"
    assert data["meta"]["clustered"] is False
    assert data["meta"]["total"] == 2
    feature = next(f for f in data["features"] if f["properties"]["id"] == actor.pk)
    assert feature["type"] == "Feature"
    assert feature["id"] == actor.pk
    assert feature["geometry"] == {"type": "Point", "coordinates": [2.4135, 48.8221]}
    assert feature["properties"] == {
        "id": actor.pk,
        "name": "Collège Jean Moulin",
        "kind": "college",
        "kind_label": "Collège",
        "city": "Charenton-le-Pont",
        "territory": "alpha",
        "url": f"http://alpha.localhost/acteurs/{actor.slug}/",
        # For the popup, by name: what it offers.
        "offers": sorted(actor.offers.values_list("name", flat=True)),
    }
    assert len(feature["properties"]["offers"]) == 2
    assert feature["properties"]["url"] == actor.full_url


def test_below_the_threshold_actors_are_clustered_on_the_server(client, territory_a):
    make_many(territory_a, 40)
    make_actor(territory_a, "Isolé à Vincennes", lat=48.8474, lng=2.439)

    data = geojson(client, bbox="2.35,48.78,2.55,48.88", zoom=11)

    assert data["meta"]["clustered"] is True
    assert data["meta"]["total"] == 41
    clusters = [f for f in data["features"] if f["properties"].get("cluster")]
    assert clusters, data
    for cluster in clusters:
        props = cluster["properties"]
        assert props["count"] > 1
        west, south, east, north = props["bbox"]
        lng, lat = cluster["geometry"]["coordinates"]
        assert west <= lng <= east and south <= lat <= north
        assert props["expansion_zoom"] > 11
        assert set(props) == {"cluster", "count", "bbox", "expansion_zoom"}
    # A cell holding a single actor is that actor, with its link.
    assert names(data) == ["Isolé à Vincennes"]
    assert total(data) == 41


def test_a_crowded_street_level_view_is_clustered_anyway(client, territory_a, monkeypatch):
    monkeypatch.setattr(actor_map, "MAX_FEATURES", 5)
    make_many(territory_a, 12)

    data = geojson(client, bbox=AROUND, zoom=18)

    assert data["meta"]["clustered"] is True
    assert total(data) == 12
    assert len(data["features"]) < 12


def test_without_bbox_nor_zoom_the_whole_scope_is_clustered(client, territory_a):
    CommuneFactory(
        territory=territory_a,
        insee_code="94018",
        name="Charenton-le-Pont",
        latitude=LAT,
        longitude=LNG,
    )
    make_many(territory_a, 15)
    make_actor(territory_a, "Loin des communes", lat=45.76, lng=4.83)

    data = geojson(client)

    assert data["meta"]["clustered"] is True
    assert data["meta"]["bbox"] is None
    assert total(data) == 16
    assert "Loin des communes" in names(data)


def test_the_payload_stays_bounded_with_a_huge_bbox_at_a_high_zoom(client, territory_a):
    make_many(territory_a, 5, spread=2)

    data = geojson(client, bbox="-180,-85,180,85", zoom=14)

    assert data["meta"]["cluster_zoom"] < 14
    assert total(data) == 5


# -- filters ---------------------------------------------------------------------------------


def test_filters_combine(client, territory_a):
    make_actor(
        territory_a,
        "Lycée Eiffel",
        kind="lycee",
        themes=["rse-et-partenariats"],
        offers=["accueil-stagiaires"],
        commune_insee="94018",
    )
    make_actor(territory_a, "Lycée Sans Offre", kind="lycee", themes=["rse-et-partenariats"])
    make_actor(
        territory_a,
        "Entreprise Stages",
        kind="entreprise",
        themes=["rse-et-partenariats"],
        offers=["accueil-stagiaires"],
        commune_insee="94018",
    )
    make_actor(
        territory_a,
        "Lycée Ailleurs",
        kind="lycee",
        themes=["rse-et-partenariats"],
        offers=["accueil-stagiaires"],
        commune_insee="94080",
    )
    params = {"bbox": AROUND, "zoom": 17}

    assert names(geojson(client, **params, kind="lycee")) == [
        "Lycée Ailleurs",
        "Lycée Eiffel",
        "Lycée Sans Offre",
    ]
    assert names(geojson(client, **params, kind="lycee", offer="accueil-stagiaires")) == [
        "Lycée Ailleurs",
        "Lycée Eiffel",
    ]
    assert names(
        geojson(
            client,
            **params,
            kind="lycee,entreprise",
            theme="rse-et-partenariats",
            offer="accueil-stagiaires",
            commune="94018",
        )
    ) == ["Entreprise Stages", "Lycée Eiffel"]
    assert names(geojson(client, **params, kind="lycee", q="eiffel")) == ["Lycée Eiffel"]


def test_free_text_ignores_accents_and_case(client, territory_a):
    make_actor(territory_a, "Maison de l’Élève", city="Créteil")
    make_actor(territory_a, "Autre acteur")

    for q in ("eleve", "ÉLÈVE", "élève creteil"):
        assert names(geojson(client, bbox=AROUND, zoom=17, q=q)) == ["Maison de l’Élève"]


def test_bbox_filters_at_street_level(client, territory_a):
    make_actor(territory_a, "Dedans", lat=48.8221, lng=2.4135)
    make_actor(territory_a, "Dehors", lat=48.70, lng=2.30)

    assert names(geojson(client, bbox="2.41,48.82,2.42,48.825", zoom=16)) == ["Dedans"]


# -- what is public --------------------------------------------------------------------------


def _hidden_actors(territory):
    """A draft, an unpublished actor, and a published actor with unpublished draft changes."""
    make_actor(territory, "Brouillon Jamais Publié", publish=False)
    withdrawn = make_actor(territory, "Acteur Retiré")
    withdrawn.unpublish()
    changed = make_actor(territory, "Nom Publié")
    changed.name = "Nom Du Brouillon"
    changed.description = "Texte du brouillon"
    changed.save_revision()
    return changed


def test_drafts_and_unpublished_actors_never_appear_in_the_api(client, territory_a):
    _hidden_actors(territory_a)

    for params in ({"bbox": AROUND, "zoom": 17}, {"bbox": AROUND, "zoom": 10}, {}):
        response = get(client, **params)
        assert response.status_code == 200
        body = response.content.decode()
        assert "Brouillon" not in body
        assert "Retiré" not in body
        data = json.loads(body)
        assert total(data) == 1
        assert data["meta"]["total"] == 1
    assert names(geojson(client, bbox=AROUND, zoom=17)) == ["Nom Publié"]


def test_private_fields_never_appear_in_the_api(client, territory_a, make_territory):
    make_actor(territory_a, "Acteur Discret", email="public@acteur.example", **PRIVATE)
    make_actor(territory_a, "Acteur Voisin", lat=LAT + 0.0001, **PRIVATE)

    for host in (ALPHA, NETWORK):
        for params in ({"bbox": AROUND, "zoom": 17}, {"bbox": AROUND, "zoom": 12}, {}):
            body = get(client, host, **params).content.decode()
            for marker in ("7f3a", *PRIVATE.values()):
                assert marker not in body
            assert "public@acteur.example" not in body  # the map shows no contact at all


def test_actor_pages_show_the_live_version_only(client, territory_a):
    changed = _hidden_actors(territory_a)
    draft = Actor.objects.get(name="Brouillon Jamais Publié")
    withdrawn = Actor.objects.get(name="Acteur Retiré")
    secret = make_actor(territory_a, "Acteur Discret", **PRIVATE)

    assert client.get(f"/acteurs/{draft.slug}/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get(f"/acteurs/{withdrawn.slug}/", HTTP_HOST=ALPHA).status_code == 404
    page = client.get(f"/acteurs/{changed.slug}/", HTTP_HOST=ALPHA)
    assert page.status_code == 200
    assert "Nom Publié" in page.content.decode()
    assert "Brouillon" not in page.content.decode()
    page = client.get(f"/acteurs/{secret.slug}/", HTTP_HOST=ALPHA).content.decode()
    for marker in PRIVATE.values():
        assert marker not in page


# -- scope -----------------------------------------------------------------------------------


def test_a_territory_host_only_serves_its_own_actors(client, territory_a, territory_b):
    make_actor(territory_a, "Acteur Alpha")
    make_actor(territory_b, "Acteur Beta")

    for params in ({"bbox": AROUND, "zoom": 17}, {"zoom": 3}, {"territory": "beta", "zoom": 17}):
        body = get(client, ALPHA, **params).content.decode()
        assert "Acteur Beta" not in body
        assert total(json.loads(body)) == 1
    assert names(geojson(client, BETA, bbox=AROUND, zoom=17)) == ["Acteur Beta"]


def test_the_network_host_serves_every_territory_and_filters_by_territory(
    client, territory_a, territory_b
):
    alpha = make_actor(territory_a, "Acteur Alpha")
    beta = make_actor(territory_b, "Acteur Beta")

    data = geojson(client, NETWORK, bbox=AROUND, zoom=17)
    assert names(data) == ["Acteur Alpha", "Acteur Beta"]
    urls = {f["properties"]["territory"]: f["properties"]["url"] for f in data["features"]}
    assert urls == {
        "alpha": f"http://alpha.localhost/acteurs/{alpha.slug}/",
        "beta": f"http://beta.localhost/acteurs/{beta.slug}/",
    }
    assert names(geojson(client, NETWORK, bbox=AROUND, zoom=17, territory="beta")) == [
        "Acteur Beta"
    ]
    assert total(geojson(client, NETWORK, zoom=5)) == 2


# -- bad parameters --------------------------------------------------------------------------

BAD_PARAMETERS = [
    ("bbox", {"bbox": "2.4,48.8,2.5"}),
    ("bbox", {"bbox": "2.4,48.8,2.5,48.9,3"}),
    ("bbox", {"bbox": "ouest,sud,est,nord"}),
    ("bbox", {"bbox": "2.5,48.8,2.4,48.9"}),
    ("bbox", {"bbox": "2.4,48.9,2.5,48.8"}),
    ("bbox", {"bbox": "-200,48.8,2.5,48.9"}),
    ("bbox", {"bbox": "2.4,-95,2.5,48.9"}),
    ("bbox", {"bbox": "nan,48.8,inf,48.9"}),
    ("bbox", {"bbox": "2.4,,2.5,48.9"}),
    ("zoom", {"zoom": "-1"}),
    ("zoom", {"zoom": "21"}),
    ("zoom", {"zoom": "abc"}),
    ("zoom", {"zoom": "12.5"}),
    ("zoom", {"zoom": "99999999999999999999"}),
    ("kind", {"kind": "licorne"}),
    ("kind", {"kind": "association,licorne"}),
    ("theme", {"theme": "inconnu"}),
    ("offer", {"offer": "inconnue"}),
    ("territory", {"territory": "atlantide"}),
    ("commune", {"commune": "123"}),
    ("commune", {"commune": "9401A8"}),
    ("q", {"q": "x" * 101}),
]


@pytest.mark.parametrize(("parameter", "params"), BAD_PARAMETERS)
@pytest.mark.parametrize("host", [ALPHA, NETWORK])
def test_every_bad_parameter_answers_400_naming_it(client, territory_a, host, parameter, params):
    response = get(client, host, **params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    error = response.json()
    assert error["parameter"] == parameter
    assert error["error"].startswith(f"{parameter} : ")


def test_unknown_parameters_are_ignored(client, territory_a):
    make_actor(territory_a, "Acteur")

    assert names(geojson(client, bbox=AROUND, zoom=17, couleur="rouge")) == ["Acteur"]


def test_only_get_and_head_are_allowed(client, territory_a):
    assert client.post(URL, HTTP_HOST=ALPHA).status_code == 405
    assert client.head(URL, HTTP_HOST=ALPHA).status_code == 200


# -- cache -----------------------------------------------------------------------------------


def test_the_configured_cache_is_used(client, territory_a):
    from django.core.cache.backends.locmem import LocMemCache
    from django.core.cache.backends.redis import RedisCache

    # Redis through the platform's resilient subclass (network.caching.backend) counts too.
    expected = RedisCache if settings.REDIS_URL else LocMemCache
    assert isinstance(caches["default"], expected)
    make_actor(territory_a, "Acteur")

    first = get(client, bbox=AROUND, zoom=17).content
    with CaptureQueriesContext(connection) as queries:
        second = get(client, bbox=AROUND, zoom=17).content

    assert second == first
    assert not [q for q in queries.captured_queries if "territories_actor" in q["sql"]]


@pytest.mark.parametrize("zoom", [17, 11])
def test_publishing_and_unpublishing_invalidate_cached_responses(
    client, territory_a, zoom, django_capture_on_commit_callbacks
):
    make_actor(territory_a, "Acteur Un")
    params = {"bbox": AROUND, "zoom": zoom}
    assert total(geojson(client, **params)) == 1
    assert total(geojson(client, **params)) == 1  # now served from the cache

    with django_capture_on_commit_callbacks(execute=True):
        second = make_actor(territory_a, "Acteur Deux", lat=LAT + 0.001)
    assert total(geojson(client, **params)) == 2

    with django_capture_on_commit_callbacks(execute=True):
        second.unpublish()
    assert total(geojson(client, **params)) == 1

    with django_capture_on_commit_callbacks(execute=True):
        second.save_revision().publish()
    assert total(geojson(client, **params)) == 2

    if zoom == 17:
        with django_capture_on_commit_callbacks(execute=True):
            second.name = "Acteur Renommé"
            second.save_revision().publish()
        assert "Acteur Renommé" in names(geojson(client, **params))

    with django_capture_on_commit_callbacks(execute=True):
        second.delete()
    assert total(geojson(client, **params)) == 1


def test_renaming_a_kind_invalidates_cached_responses(client, territory_a):
    make_actor(territory_a, "Acteur")
    assert geojson(client, bbox=AROUND, zoom=17)["features"][0]["properties"]["kind_label"] == (
        "Association"
    )

    kind = ActorKind.objects.get(slug="association")
    kind.name = "Association loi 1901"
    kind.save()

    data = geojson(client, bbox=AROUND, zoom=17)
    assert data["features"][0]["properties"]["kind_label"] == "Association loi 1901"


class BrokenCache:
    """A cache whose server is down: every call fails."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache indisponible")

        return fail


def test_a_cache_outage_neither_breaks_the_map_nor_blocks_edits(client, territory_a, monkeypatch):
    monkeypatch.setattr(actor_map, "cache", BrokenCache())

    actor = make_actor(territory_a, "Acteur")  # saving and publishing invalidate: no error
    actor.unpublish()
    actor.save_revision().publish()

    assert names(geojson(client, bbox=AROUND, zoom=17)) == ["Acteur"]


def test_a_missing_version_key_starts_a_fresh_generation():
    cache.delete(actor_map.MAP_GENERATION)
    actor_map.bump_version()  # no error when the key is missing
    first = actor_map.cache_version()
    actor_map.bump_version()
    assert actor_map.cache_version() == first + 1


# -- queries ---------------------------------------------------------------------------------


def _query_count(client, host, **params):
    actor_map.bump_version()  # uncached
    with CaptureQueriesContext(connection) as queries:
        response = get(client, host, **params)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.parametrize(
    ("host", "params", "pinned", "clustered"),
    [
        # site, territory, cluster cells, single-actor cells, their offers
        (ALPHA, {"bbox": "2.35,48.78,2.55,48.88", "zoom": 11}, 5, True),
        # site, territory, features, their offers
        (ALPHA, {"bbox": AROUND, "zoom": 17}, 4, False),
        # site, territory, commune extent, cluster cells, single-actor cells, their offers
        (ALPHA, {}, 6, True),
        # site, territory (none), features, territories' sites, their offers
        (NETWORK, {"bbox": AROUND, "zoom": 17}, 5, False),
        # site, territory (none), cluster cells, single-actor cells, territories' sites, offers
        (NETWORK, {"bbox": "-5.5,41.3,9.8,51.2", "zoom": 6}, 6, True),
    ],
)
def test_query_count_does_not_grow_with_the_number_of_actors(
    client, territory_a, host, params, pinned, clustered, django_assert_max_num_queries
):
    if clustered and connection.vendor == "postgresql":
        pinned += 1  # SET LOCAL work_mem and jit for the grid aggregation
    make_many(territory_a, 10)
    make_actor(territory_a, "Isolé", lat=48.8474, lng=2.439)
    few = _query_count(client, host, **params)
    make_many(territory_a, 90, prefix="Autre")
    many = _query_count(client, host, **params)

    assert few == many
    actor_map.bump_version()
    with django_assert_max_num_queries(pinned):
        get(client, host, **params)


def test_a_filtered_query_adds_one_query_per_taxonomy(client, territory_a):
    make_many(territory_a, 5)
    make_actor(territory_a, "Filtré", kind="association", themes=["rse-et-partenariats"])
    base = _query_count(client, ALPHA, bbox=AROUND, zoom=17)

    assert _query_count(
        client, ALPHA, bbox=AROUND, zoom=17, kind="association", theme="rse-et-partenariats"
    ) == (base + 2)
