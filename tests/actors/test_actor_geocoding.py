"""Actors with an address and no position are geocoded against a stub of the address API."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from actors.actor_geocoding import actor_geocode, pending_actor_ids
from actors.geocoding import GeocoderUnavailable
from actors.models import Actor, ActorKind
from tests.module_data import shared_territories

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


class Stub:
    """A tiny addok/BAN look-alike on 127.0.0.1; ``mode`` chooses its answer."""

    def __init__(self):
        self.mode = "ok"
        self.score = 0.92
        self.queries: list[str] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                stub.queries.append(parse_qs(urlsplit(self.path).query).get("q", [""])[0])
                if stub.mode == "slow":
                    time.sleep(2)
                if stub.mode == "error":
                    self.send_response(502)
                    self.end_headers()
                    return
                features = []
                if stub.mode in ("ok", "slow"):
                    features = [
                        {
                            "type": "Feature",
                            "geometry": {"type": "Point", "coordinates": [2.4139, 48.8219]},
                            "properties": {
                                "label": "1 Rue de Paris 94220 Charenton-le-Pont",
                                "score": stub.score,
                            },
                        }
                    ]
                body = json.dumps({"type": "FeatureCollection", "features": features}).encode()
                if stub.mode == "garbage":
                    body = b"<html>oops"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/search/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub(settings):
    server = Stub()
    settings.GEOCODER_URL = server.url
    settings.GEOCODER_TIMEOUT = 0.5
    yield server
    server.close()


def _actor(territory, **fields):
    actor = Actor(
        territory=territory,
        name="Mairie",
        kind=ActorKind.objects.get(slug="collectivite"),
        address="1 rue de Paris",
        postcode="94220",
        city="Charenton-le-Pont",
        **fields,
    )
    actor.save()
    return actor


@pytest.mark.django_db
def test_saving_an_actor_without_position_geocodes_it(
    stub, territory_a, django_capture_on_commit_callbacks, eager_tasks
):
    with django_capture_on_commit_callbacks(execute=True):
        actor = _actor(territory_a)
    actor.refresh_from_db()
    assert stub.queries == ["1 rue de Paris 94220 Charenton-le-Pont"]
    assert (actor.latitude, actor.longitude) == (48.8219, 2.4139)
    assert actor.geocoding_status == "ok" and actor.geocoding_score == 0.92
    assert "Charenton" in actor.geocoding_label


@pytest.mark.django_db
def test_low_score_is_flagged_for_review(stub, territory_a):
    stub.score = 0.31
    actor = _actor(territory_a)
    assert actor_geocode(actor.pk) == "review"
    actor.refresh_from_db()
    assert actor.geocoding_status == "review" and actor.latitude == 48.8219


@pytest.mark.django_db
def test_not_found(stub, territory_a):
    stub.mode = "empty"
    actor = _actor(territory_a)
    assert actor_geocode(actor.pk) == "not_found"
    actor.refresh_from_db()
    assert actor.latitude is None and actor.geocoding_status == "not_found"


@pytest.mark.django_db
@pytest.mark.parametrize("mode", ["slow", "error", "garbage"])
def test_timeouts_and_errors_raise_for_a_retry_and_keep_the_actor_pending(stub, territory_a, mode):
    stub.mode = mode
    actor = _actor(territory_a)
    started = time.monotonic()
    with pytest.raises(GeocoderUnavailable):
        actor_geocode(actor.pk)
    assert time.monotonic() - started < 1.5  # the timeout is honoured
    actor.refresh_from_db()
    assert actor.latitude is None and actor.geocoding_attempts == 1
    assert actor.pk in pending_actor_ids()


@pytest.mark.django_db
def test_gives_up_after_repeated_failures(stub, territory_a):
    stub.mode = "error"
    actor = _actor(territory_a)
    for _ in range(5):
        with pytest.raises(GeocoderUnavailable):
            actor_geocode(actor.pk)
    actor.refresh_from_db()
    assert actor.geocoding_status == "failed" and actor.pk not in pending_actor_ids()


@pytest.mark.django_db
def test_a_placed_actor_is_never_moved(stub, territory_a):
    actor = _actor(territory_a, location="SRID=4326;POINT(2.5 48.9)")
    assert actor_geocode(actor.pk) == "skipped"
    actor.refresh_from_db()
    assert (actor.latitude, actor.longitude) == (48.9, 2.5) and stub.queries == []
