"""The network host's API and exports show the actors of listed territories with a site only,
like its /carte/ list."""

import json

import pytest

from .test_map_api import AROUND, NETWORK, make_actor

FRANCE = "-5.5,41.3,9.8,51.2"


def body(client, url, **params):
    response = client.get(url, params, HTTP_HOST=NETWORK)
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8-sig")
    return response.content.decode()


@pytest.fixture
def three(territory_a, territory_b, make_territory):
    hidden = make_territory("gamma", name="Gamma")
    make_actor(territory_a, "Acteur Alpha")
    make_actor(territory_b, "Acteur Beta")
    make_actor(hidden, "Acteur Gamma")
    return territory_a, territory_b, hidden


@pytest.mark.django_db
@pytest.mark.parametrize("change", ["unlisted", "no site"])
def test_unlisted_or_siteless_territories_are_left_out(client, three, change):
    _a, beta, gamma = three
    if change == "unlisted":
        beta.is_listed = False
        beta.save()
    else:
        site = beta.site
        beta.site = None
        beta.save()
        site.delete()
    gamma.is_listed = False
    gamma.save()

    for params in ({"bbox": AROUND, "zoom": 17}, {"bbox": FRANCE, "zoom": 6}, {"zoom": 12}, {}):
        data = json.loads(body(client, "/api/actors.geojson", **params))
        assert data["meta"]["total"] == 1, params
    # Even when asked for by name.
    data = json.loads(body(client, "/api/actors.geojson", bbox=AROUND, zoom=17, territory="beta"))
    assert data["features"] == []
    for url in ("/api/actors/export.csv", "/api/actors/export.geojson"):
        text = body(client, url)
        assert "Acteur Alpha" in text
        assert "Acteur Beta" not in text and "Acteur Gamma" not in text


@pytest.mark.django_db
def test_a_territory_host_still_serves_its_own_actors_when_unlisted(client, three):
    alpha, _b, _g = three
    alpha.is_listed = False
    alpha.save()
    response = client.get("/api/actors/export.csv", HTTP_HOST="alpha.localhost")
    assert "Acteur Alpha" in b"".join(response.streaming_content).decode("utf-8-sig")
