"""Big territories: the commune autocomplete (``/api/communes``), its no-JS fallback on the
filters, the paginated ``/communes/``, and public pages whose weight and query count do not
grow with the number of communes (20 vs 2,000)."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from actors.geocoding import match_commune
from demo.synthetic_communes import create_synthetic_communes, inside_france, synthetic_communes
from territories.commune_search import resolve, search
from territories.models import Commune, commune_key
from tests.territories.factories import CommuneFactory

ALPHA = "alpha.localhost"


@pytest.fixture
def val_de_marne(territory_a, territory_b):
    for insee, name, postcodes, population in (
        ("94028", "Créteil", "94000", 92000),
        ("94018", "Charenton-le-Pont", "94220", 30000),
        ("94080", "Vincennes", "94300", 50000),
        ("94038", "L’Haÿ-les-Roses", "94240", 31000),
        ("94068", "Saint-Maur-des-Fossés", "94100, 94210", 75000),
        ("94069", "Saint-Maurice", "94410", 14000),
    ):
        CommuneFactory(
            territory=territory_a,
            insee_code=insee,
            name=name,
            postcodes=postcodes,
            population=population,
        )
    CommuneFactory(territory=territory_b, insee_code="13001", name="Aix-en-Provence")
    return territory_a


def test_the_search_key_ignores_accents_case_hyphens_and_apostrophes():
    assert commune_key("L’Haÿ-les-Roses") == "l hay les roses"
    assert commune_key("  SAINT-Maur ") == "saint maur"


@pytest.mark.django_db
def test_search_by_name_prefix_word_postcode_and_code(val_de_marne):
    names = lambda text: [c.name for c in search(val_de_marne, text)]  # noqa: E731
    assert names("creteil") == ["Créteil"]
    assert names("saint m") == ["Saint-Maur-des-Fossés", "Saint-Maurice"]  # largest first
    assert names("hay les") == ["L’Haÿ-les-Roses"]  # a word inside the name
    assert names("roses") == ["L’Haÿ-les-Roses"]
    assert names("94210") == ["Saint-Maur-des-Fossés"]  # its second postcode
    assert names("942") == ["L’Haÿ-les-Roses", "Charenton-le-Pont"]  # first postcodes
    assert names("94080") == ["Vincennes"]  # the INSEE code
    assert names("aix") == []  # another territory's
    assert names("") == []


@pytest.mark.django_db
def test_resolve_gives_one_commune_or_the_matches(val_de_marne):
    assert resolve(val_de_marne, "94018").code == "94018"
    assert resolve(val_de_marne, "vincennes").code == "94080"
    assert resolve(val_de_marne, "94300").code == "94080"  # a postcode
    assert resolve(val_de_marne, "Créteil (94000)").code == "94028"  # a suggestion's label
    several = resolve(val_de_marne, "saint")
    assert several.commune is None and len(several.matches) == 2
    assert "Plusieurs communes correspondent à « saint »" in several.error
    assert resolve(val_de_marne, "saint-maurice").code == "94069"  # the exact name wins
    none = resolve(val_de_marne, "zzz")
    assert none.commune is None and none.matches == [] and "Aucune commune" in none.error


@pytest.mark.django_db
def test_the_json_endpoint_answers_ten_at_most_in_one_query(
    client, territory_a, django_assert_max_num_queries
):
    create_synthetic_communes(territory_a, 300)
    client.get("/api/communes?q=x", HTTP_HOST=ALPHA)  # the site and territory, cached
    with django_assert_max_num_queries(4):
        response = client.get("/api/communes?q=saint", HTTP_HOST=ALPHA)
    results = response.json()["results"]
    assert response.status_code == 200 and 1 <= len(results) <= 10
    assert all(commune_key(r["name"]).startswith("saint") for r in results[:1])
    assert set(results[0]) == {"insee", "name", "label", "lat", "lng"}
    first = Commune.objects.get(territory=territory_a, insee_code=results[0]["insee"])
    assert (results[0]["lat"], results[0]["lng"]) == (
        round(first.latitude, 5),
        round(first.longitude, 5),
    )
    bad = client.get("/api/communes?q=" + "x" * 101, HTTP_HOST=ALPHA)
    assert bad.status_code == 400 and bad.json()["parameter"] == "q"
    twice = client.get("/api/communes?q=a&q=b", HTTP_HOST=ALPHA)
    assert twice.status_code == 400


@pytest.mark.django_db
def test_without_javascript_a_typed_name_filters_the_map(client, val_de_marne):
    response = client.get(
        "/carte/", {"commune": "vincennes", "kind": "association"}, HTTP_HOST=ALPHA
    )
    assert response.status_code == 302
    assert "commune=94080" in response["Location"] and "kind=association" in response["Location"]
    page = client.get(response["Location"], HTTP_HOST=ALPHA).content.decode()
    assert 'name="commune" value="Vincennes (94300)"' in page
    # Several matches: a short list of links, each with the code.
    several = client.get("/carte/", {"commune": "saint"}, HTTP_HOST=ALPHA)
    assert several.status_code == 400
    content = several.content.decode()
    assert "Plusieurs communes correspondent" in content
    assert re.search(r'<a href="\?commune=94068">Saint-Maur-des-Fossés', content)


@pytest.mark.django_db
def test_without_javascript_the_needs_and_partnership_filters_resolve_names(client, val_de_marne):
    assert client.get("/besoins/?commune=creteil", HTTP_HOST=ALPHA).status_code == 200
    page = client.get("/partenariats/?commune=94300", HTTP_HOST=ALPHA)
    assert page.status_code == 200
    assert 'value="Vincennes (94300)"' in page.content.decode()
    several = client.get("/besoins/?commune=saint", HTTP_HOST=ALPHA).content.decode()
    assert "Plusieurs communes correspondent" in several and "?commune=94069" in several


@pytest.mark.django_db
def test_the_commune_list_is_paginated_and_searchable(client, territory_a):
    create_synthetic_communes(territory_a, 120)
    first = client.get("/communes/", HTTP_HOST=ALPHA).content.decode()
    assert first.count('<th scope="row">') == 50 and "Page 1 sur 3" in first
    last = client.get("/communes/?page=3", HTTP_HOST=ALPHA).content.decode()
    assert last.count('<th scope="row">') == 20
    one = Commune.objects.filter(territory=territory_a).order_by("name")[7]
    found = client.get("/communes/", {"q": one.postcodes}, HTTP_HOST=ALPHA).content.decode()
    assert one.name in found
    assert (
        "Aucune commune ne correspond"
        in client.get("/communes/?q=zzzz", HTTP_HOST=ALPHA).content.decode()
    )


def test_synthetic_communes_lie_in_mainland_france():
    communes = list(synthetic_communes(2000))
    assert len({c.insee for c in communes}) == 2000
    assert all(inside_france(c.lng, c.lat) for c in communes)
    assert all(len(c.postcode) == 5 for c in communes)


PAGES = ["/", "/carte/", "/besoins/", "/partenariats/", "/communes/", "/rejoindre/"]


def _measure(client) -> dict[str, tuple[int, int]]:
    found = {}
    for path in PAGES:
        client.get(path, HTTP_HOST=ALPHA)  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_HOST=ALPHA)
        assert response.status_code == 200, path
        found[path] = (len(response.content), len(queries))
    return found


@pytest.mark.django_db
def test_page_weight_and_queries_do_not_grow_with_communes(client, territory_a):
    # 60: more than one page of /communes/ (50 a page), like any big territory.
    create_synthetic_communes(territory_a, 60)
    small = _measure(client)
    create_synthetic_communes(territory_a, 2000)
    large = _measure(client)
    for path in PAGES:
        (small_size, small_queries), (large_size, large_queries) = small[path], large[path]
        assert large_queries == small_queries, (path, small_queries, large_queries)
        print(path, small_size, large_size, small_queries)  # noqa: T201 (shown with -s)
        assert abs(large_size - small_size) <= 600, (path, small_size, large_size)
        assert large_size <= 150_000, path
        assert large_queries <= 15, path


@pytest.mark.django_db
def test_the_geocoding_fallback_reads_only_candidate_communes(territory_a):
    create_synthetic_communes(territory_a, 2000)
    commune = Commune.objects.filter(territory=territory_a).order_by("pk")[500]
    with CaptureQueriesContext(connection) as queries:
        place = match_commune(commune.name.upper(), territory_a)
    assert place is not None and (place.lat, place.lng) == (commune.latitude, commune.longitude)
    assert len(queries) == 1 and "search_name" in queries[0]["sql"]
    in_address = match_commune(f"12 rue Haute, {commune.postcodes} Xyz", territory_a)
    assert in_address is not None and in_address.score == 0.9  # its postcode
