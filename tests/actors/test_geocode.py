"""/api/geocode: the national address API proxied from the server, against a local stub.

The stub is a threading ``http.server`` on 127.0.0.1 that answers what each test tells it
(``stub.reply(...)``) and records the requests it got; ``settings.GEOCODER_URL`` points at it.
Two territories and their communes are built once for the module (rolled back at its end).
"""

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from territories.models import Commune
from tests.actors.test_map_page import make_territories, module_data
from tests.territories.factories import CommuneFactory

pytestmark = pytest.mark.django_db

ALPHA = "alpha.localhost"

BAN_FOUND = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [2.4139, 48.8219]},
            "properties": {
                "label": "12 Rue de Paris 94220 Charenton-le-Pont",
                "score": 0.9731,
                "postcode": "94220",
            },
        }
    ],
}
BAN_EMPTY = {"type": "FeatureCollection", "features": []}


class Stub:
    def __init__(self):
        self.status = 200
        self.body = b"{}"
        self.delay = 0.0
        self.requests: list[dict] = []

    def reply(self, body=None, *, status=200, delay=0.0, raw=None):
        self.status, self.delay = status, delay
        self.body = raw if raw is not None else json.dumps(body).encode()


@pytest.fixture
def stub(settings):
    state = Stub()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            parts = urlsplit(self.path)
            state.requests.append({"path": parts.path, "query": parse_qs(parts.query)})
            if state.delay:
                time.sleep(state.delay)
            try:
                self.send_response(state.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(state.body)))
                self.end_headers()
                self.wfile.write(state.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.GEOCODER_URL = f"http://127.0.0.1:{server.server_port}/search/"
    settings.GEOCODER_TIMEOUT = 0.5
    # A cache of this test's own: answers cached by an earlier test cannot leak in, and
    # nothing shared (such as a Redis used by other test workers) is flushed.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"geocode-{uuid.uuid4()}",
        }
    }
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        territory_a, territory_b = make_territories("alpha", "beta")
        Commune.objects.bulk_create(
            [
                CommuneFactory.build(
                    territory=territory_a,
                    sort_order=0,
                    insee_code="94018",
                    name="Charenton-le-Pont",
                    postcodes="94220",
                    latitude=48.8219,
                    longitude=2.4139,
                ),
                CommuneFactory.build(
                    territory=territory_a,
                    sort_order=1,
                    insee_code="94080",
                    name="Vincennes",
                    postcodes="94300",
                    latitude=48.8474,
                    longitude=2.439,
                ),
                CommuneFactory.build(
                    territory=territory_b,
                    sort_order=0,
                    insee_code="69123",
                    name="Lyon",
                    postcodes="69001, 69002",
                    latitude=45.76,
                    longitude=4.835,
                ),
            ]
        )
        yield territory_a, territory_b


@pytest.fixture
def communes(world):
    return world


@pytest.fixture
def territory_a(world):
    return world[0]


def geocode(client, q, host=ALPHA):
    return client.get("/api/geocode", {"q": q}, HTTP_HOST=host)


def test_found_address(client, stub, territory_a):
    stub.reply(BAN_FOUND)
    response = geocode(client, "12 rue de Paris Charenton")
    assert response.status_code == 200
    assert response.json() == {
        "label": "12 Rue de Paris 94220 Charenton-le-Pont",
        "lat": 48.8219,
        "lng": 2.4139,
        "score": 0.9731,
        "source": "ban",
    }
    # One request to the service, with the query and limit=1.
    assert len(stub.requests) == 1
    assert stub.requests[0]["path"] == "/search/"
    assert stub.requests[0]["query"]["q"] == ["12 rue de Paris Charenton"]
    assert stub.requests[0]["query"]["limit"] == ["1"]


def test_successful_answers_are_cached(client, stub, territory_a):
    stub.reply(BAN_FOUND)
    assert geocode(client, "12 rue de Paris").status_code == 200
    assert geocode(client, "  12 RUE de paris ").status_code == 200
    assert len(stub.requests) == 1


def test_not_found(client, stub, territory_a):
    stub.reply(BAN_EMPTY)
    response = geocode(client, "zzzz qqqq")
    assert response.status_code == 404
    assert response.json() == {"error": "Adresse introuvable"}
    # Not cached: the next try asks again.
    geocode(client, "zzzz qqqq")
    assert len(stub.requests) == 2


def test_service_refusing_the_query_is_not_found(client, stub, territory_a):
    stub.reply({"code": 400, "message": "q must contain at least 3 chars"}, status=400)
    assert geocode(client, "ab").status_code == 404


@pytest.mark.parametrize(
    "failure",
    [
        {"body": BAN_FOUND, "delay": 1.5},  # slower than GEOCODER_TIMEOUT (0.5 s)
        {"body": {"error": "boom"}, "status": 500},
        {"body": {"error": "unavailable"}, "status": 503},
        {"raw": b"<html>pas du JSON</html>"},
        {"raw": b'{"features": [{"geometry": {"coordinates": ["x"]}}]}'},
        {"raw": b'{"features": "nope"}'},
    ],
    ids=["timeout", "500", "503", "bad-json", "bad-coordinates", "bad-features"],
)
def test_service_failure_without_matching_commune_answers_503(client, stub, communes, failure):
    stub.reply(
        failure.get("body"),
        status=failure.get("status", 200),
        delay=failure.get("delay", 0),
        raw=failure.get("raw"),
    )
    started = time.monotonic()
    response = geocode(client, "12 rue Inconnue")
    assert time.monotonic() - started < 1.4  # the timeout applies
    assert response.status_code == 503
    assert "ne répond pas" in response.json()["error"]


@pytest.mark.parametrize(
    ("query", "label", "lat"),
    [
        ("Vincennes", "Vincennes (94300)", 48.8474),
        ("vincennes", "Vincennes (94300)", 48.8474),
        ("charenton le pont", "Charenton-le-Pont (94220)", 48.8219),
        ("12 rue de Paris, 94220", "Charenton-le-Pont (94220)", 48.8219),
        ("3 avenue de Paris Vincennes", "Vincennes (94300)", 48.8474),
        ("Charent", "Charenton-le-Pont (94220)", 48.8219),
    ],
)
def test_service_failure_falls_back_to_the_territorys_communes(
    client, stub, communes, query, label, lat
):
    stub.reply({"error": "boom"}, status=500)
    response = geocode(client, query)
    assert response.status_code == 200
    data = response.json()
    assert data["source"] == "communes"
    assert data["label"] == label and data["lat"] == lat


def test_fallback_is_scoped_to_the_territory(client, stub, communes):
    stub.reply(raw=b"not json")
    # Lyon belongs to Beta: not offered on Alpha's site, offered on the network's.
    assert geocode(client, "Lyon").status_code == 503
    response = geocode(client, "Lyon", host="localhost")
    assert response.status_code == 200
    assert response.json()["label"] == "Lyon (69001)"


def test_fallback_answers_are_not_cached(client, stub, communes):
    stub.reply({"error": "boom"}, status=500)
    assert geocode(client, "Vincennes").json()["source"] == "communes"
    stub.reply(BAN_FOUND)
    assert geocode(client, "Vincennes").json()["source"] == "ban"


def test_unreachable_service_falls_back(client, stub, settings, communes):
    settings.GEOCODER_URL = "http://127.0.0.1:9/search/"  # discard port: connection refused
    response = geocode(client, "Vincennes")
    assert response.status_code == 200
    assert response.json()["source"] == "communes"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "attendu une adresse de 2 à 200 caractères"),
        (" ", "attendu une adresse de 2 à 200 caractères"),
        ("a", "attendu une adresse de 2 à 200 caractères"),
        (" b ", "attendu une adresse de 2 à 200 caractères"),
        ("x" * 201, "Le paramètre « q » compte 201 caractères : 200 au plus."),
        ("rue\x00", "Le paramètre « q » contient un caractère de contrôle (U+0000)"),
    ],
)
def test_bad_q_answers_400_in_french(client, stub, territory_a, query, message):
    response = client.get("/api/geocode", {"q": query}, HTTP_HOST=ALPHA)
    assert response.status_code == 400
    data = response.json()
    assert data["parameter"] == "q"
    assert message in data["error"]
    assert stub.requests == []


def test_missing_q_answers_400(client, stub, territory_a):
    response = client.get("/api/geocode", HTTP_HOST=ALPHA)
    assert response.status_code == 400
    assert response.json()["parameter"] == "q"


def test_only_get(client, stub, territory_a):
    response = client.post("/api/geocode", {"q": "Vincennes"}, HTTP_HOST=ALPHA)
    assert response.status_code == 405
