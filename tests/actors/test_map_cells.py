"""Pre-aggregated map cells: the low-zoom views read them, and they always match the actors.

Every check compares the cells' answer with the live aggregation of the same request
(``actor_map_cells.serves`` forced off), after each kind of change.
"""

import json
from unittest import mock

import pytest

from django.core.management import call_command

from actors import actor_map, actor_map_cells, map_grid
from actors.models import Actor, ActorKind, ActorMapCell
from tests.module_data import shared_territories
from tests.territories.factories import CommuneFactory

from .test_map_api import LAT, LNG, NETWORK, URL, geojson, make_actor

FRANCE = "-5.5,41.3,9.8,51.2"
VIEWS = [
    # (host, params): national, regional and territory views up to PRECOMPUTED_ZOOM.
    (NETWORK, {"bbox": FRANCE, "zoom": 6}),
    (NETWORK, {"bbox": "1.5,47.5,3.5,49.5", "zoom": 9}),
    (NETWORK, {"zoom": 10}),
    (NETWORK, {"bbox": FRANCE, "zoom": 6, "territory": "alpha"}),
    (NETWORK, {"bbox": FRANCE, "zoom": 6, "kind": "college"}),
    ("alpha.localhost", {"zoom": 8}),
    ("alpha.localhost", {"bbox": "2.0,48.5,3.0,49.0", "zoom": 10}),
    # The whole-territory and town views (zooms 11 and 12) read the cells too.
    ("alpha.localhost", {"zoom": 11}),
    ("alpha.localhost", {"bbox": "2.2,48.7,2.6,48.9", "zoom": 12}),
]


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture(autouse=True)
def fresh_cache():
    actor_map.bump_version()


def live_answer(client, host, params):
    actor_map.bump_version()
    with mock.patch.object(actor_map_cells, "serves", return_value=False):
        return geojson(client, host, **params)


def cells_answer(client, host, params):
    actor_map.bump_version()
    with mock.patch.object(actor_map_cells, "cells", wraps=actor_map_cells.cells) as spy:
        data = geojson(client, host, **params)
    assert spy.called, f"the cells did not answer {host} {params}"
    return data


def same(first: dict, second: dict) -> bool:
    """Equal answers; positions are means of sums added in another order: 1e-6 apart."""
    if first["meta"] != second["meta"] or len(first["features"]) != len(second["features"]):
        return False
    for one, other in zip(first["features"], second["features"], strict=True):
        if one["properties"] != other["properties"]:
            return False
        if one["geometry"]["coordinates"] != pytest.approx(
            other["geometry"]["coordinates"], abs=2e-6
        ):
            return False
    return True


def assert_cells_match_live(client):
    for host, params in VIEWS:
        cells, live = cells_answer(client, host, params), live_answer(client, host, params)
        assert same(cells, live), (host, params, cells, live)


def spread(territory, count, prefix, kind="association", lat=LAT, lng=LNG):
    """Actors over ~40 km, so they fall in several fine cells."""
    return [
        make_actor(
            territory,
            f"{prefix} {index}",
            kind=kind,
            lat=lat + 0.37 * (index % 3) - 0.2,
            lng=lng + 0.29 * (index // 3) - 0.3,
        )
        for index in range(count)
    ]


def test_the_cells_answer_like_the_live_aggregation_after_every_change(
    client, territory_a, territory_b
):
    actors = spread(territory_a, 7, "Alpha")
    spread(territory_b, 4, "Beta", kind="college", lat=45.76, lng=4.83)
    make_actor(territory_a, "Brouillon", publish=False)
    assert_cells_match_live(client)
    national = geojson(client, NETWORK, bbox=FRANCE, zoom=6)
    assert national["meta"]["total"] == 11  # the draft is not counted

    # Moved far away, and re-kinded.
    moved = actors[0]
    moved.location = "SRID=4326;POINT(5.37 43.30)"
    moved.kind = ActorKind.objects.get(slug="college")
    moved.save_revision().publish()
    assert_cells_match_live(client)

    # Unpublished, then deleted.
    actors[1].unpublish()
    assert_cells_match_live(client)
    actors[2].delete()
    assert_cells_match_live(client)
    assert geojson(client, NETWORK, bbox=FRANCE, zoom=6)["meta"]["total"] == 9

    # A draft saved on a published actor changes nothing on the map.
    draft = Actor.objects.get(pk=actors[3].pk)
    draft.location = "SRID=4326;POINT(-1.55 47.21)"
    draft.save_revision()
    assert_cells_match_live(client)
    assert ActorMapCell.objects.filter(cx__lt=0).count() == 0


def test_bulk_writes_are_caught_up_by_the_rebuild(client, territory_a):
    spread(territory_a, 5, "Alpha")
    # An update() sends no signal: the cells lag until rebuilt.
    Actor.objects.filter(territory=territory_a).update(latitude=43.3, longitude=5.37)
    assert not same(
        cells_answer(client, NETWORK, VIEWS[0][1]), live_answer(client, NETWORK, VIEWS[0][1])
    )
    call_command("rebuild_actor_map_cells", "alpha", verbosity=0)
    assert_cells_match_live(client)


def test_generated_actors_are_in_the_cells(client, territory_a):

    CommuneFactory(
        territory=territory_a, insee_code="94018", name="Charenton", latitude=LAT, longitude=LNG
    )
    call_command("generate_actors", "alpha", "60", seed=3, verbosity=0)
    assert geojson(client, NETWORK, bbox=FRANCE, zoom=6)["meta"]["total"] == 60
    assert_cells_match_live(client)


def test_filters_the_cells_cannot_answer_fall_back_to_live(client, territory_a):
    spread(territory_a, 3, "Jardins")
    with mock.patch.object(actor_map_cells, "cells") as cells:
        data = geojson(client, NETWORK, bbox=FRANCE, zoom=6, q="jardins")
        geojson(client, NETWORK, bbox=FRANCE, zoom=6, theme="rse-et-partenariats")
        # Above the precomputed zooms.
        geojson(client, NETWORK, bbox="2.35,48.78,2.55,48.88", zoom=map_grid.PRECOMPUTED_ZOOM + 1)
    assert not cells.called
    assert data["meta"]["total"] == 3


def test_unlisted_territories_are_left_out_of_the_national_view(client, territory_a, territory_b):
    spread(territory_a, 2, "Alpha")
    spread(territory_b, 3, "Beta")
    territory_b.is_listed = False
    territory_b.save()
    data = cells_answer(client, NETWORK, {"bbox": FRANCE, "zoom": 6})
    assert data["meta"]["total"] == 2
    assert same(data, live_answer(client, NETWORK, {"bbox": FRANCE, "zoom": 6}))


def test_the_national_view_reads_a_constant_number_of_queries(
    client, territory_a, django_assert_max_num_queries
):
    def national():
        actor_map.bump_version()
        # Site, territory of the host, cells, actors alone in their cell, territories'
        # links, the offers of those actors (for their popups).
        with django_assert_max_num_queries(6):
            response = client.get(URL, {"bbox": FRANCE, "zoom": 6}, HTTP_HOST=NETWORK)
        return json.loads(response.content)["meta"]["total"]

    spread(territory_a, 3, "Alpha")
    assert national() == 3
    spread(territory_a, 12, "Beta")
    assert national() == 15
