"""A Celery broker that tests may stop and restart: a throwaway ``redis-server`` of the test
(never the machine's Redis on 6379), in memory only.

The ``throwaway_broker`` fixture (imported by tests/conftest.py) points the Celery app at it, makes the
app non-eager and tells it to give up at once when the broker cannot be reached, so tests
stay short; every setting is restored afterwards. Tests using it commit
(``django_db(transaction=True, serialized_rollback=True)``).
"""

import shutil
import socket
import subprocess
import time

import pytest

from config.celery import app
from network.outbox import broker_pause_end

REDIS_SERVER = shutil.which("redis-server")
PREFERRED_PORT = 6391
MAIN_REDIS_PORT = 6379
START_TIMEOUT = 15.0  # seconds; the machine may be loaded


def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    if _port_is_free(PREFERRED_PORT):
        return PREFERRED_PORT
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class ThrowawayRedis:
    """A redis-server of our own, in memory only (no RDB, no AOF)."""

    def __init__(self):
        self.port = _free_port()
        assert self.port != MAIN_REDIS_PORT
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"redis-server exited with {self.process.returncode} on {self.port}")
            if _answers(self.port):
                return
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"redis-server did not answer on port {self.port}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None
        deadline = time.monotonic() + 10
        while _answers(self.port) and time.monotonic() < deadline:
            time.sleep(0.1)


CELERY_OVERRIDES = {
    "task_always_eager": False,
    "broker_connection_timeout": 1,
    "broker_connection_retry": False,
    "broker_connection_max_retries": 0,
    "task_publish_retry": False,
}


def reset_connections() -> None:
    """Make the next publish use the current ``broker_url``.

    Only the app's references are dropped: its pools live in kombu's global registry, keyed
    by broker URL, where the main broker's pool must stay open for the tests that follow.
    """
    app._pool = None
    amqp = app.__dict__.get("amqp")
    if amqp is not None:
        amqp._producer_pool = None


def broker_reachable() -> bool:
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=0, timeout=1)
    except Exception:
        return False
    return True


@pytest.fixture
def throwaway_broker(settings):
    """The Celery app pointed at a throwaway Redis (running); restored afterwards."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server n’est pas installé")
    redis = ThrowawayRedis()
    redis.start()
    saved = {key: app.conf.get(key) for key in ("broker_url", *CELERY_OVERRIDES)}
    settings.CELERY_BROKER_URL = redis.url
    app.conf.update(broker_url=redis.url, **CELERY_OVERRIDES)
    reset_connections()
    try:
        yield redis
    finally:
        redis.stop()
        app.conf.update(saved)
        reset_connections()
        broker_pause_end()  # the next test starts with a broker it may use at once
