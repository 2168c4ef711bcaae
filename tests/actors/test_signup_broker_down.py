"""Nothing is lost: with the Celery broker down, a sign-up still succeeds, and the e-mails it
owes are delivered once the broker is back.

The broker is a throwaway ``redis-server`` of this test (never the machine's Redis on 6379):
started, pointed at, stopped before the sign-up, restarted before the delivery. The Celery app
is made non-eager and told to give up at once when the broker cannot be reached, so the test
stays short; every setting is restored afterwards.
"""

import io
import logging
import shutil
import socket
import subprocess
import time

import pytest

from django.core import mail
from django.core.management import call_command

from actors.models import Actor, ActorKind, ActorSignup
from network.models import Notification
from tests.actors.test_signup import ALPHA, URL, fresh_ip

REDIS_SERVER = shutil.which("redis-server")
PREFERRED_PORT = 6391
MAIN_REDIS_PORT = 6379
START_TIMEOUT = 15.0  # seconds; the machine may be loaded

pytestmark = [
    pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server n’est pas installé"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


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


def _reset_connections(app) -> None:
    """Make the next publish use the current ``broker_url``.

    Only the app's references are dropped: its pools live in kombu's global registry, keyed
    by broker URL, where the main broker's pool must stay open for the tests that follow.
    """
    app._pool = None
    amqp = app.__dict__.get("amqp")
    if amqp is not None:
        amqp._producer_pool = None


@pytest.fixture
def broker(settings):
    """The Celery app pointed at a throwaway Redis (running); restored afterwards."""
    from config.celery import app

    redis = ThrowawayRedis()
    redis.start()
    saved = {key: app.conf.get(key) for key in ("broker_url", *CELERY_OVERRIDES)}
    settings.CELERY_BROKER_URL = redis.url
    app.conf.update(broker_url=redis.url, **CELERY_OVERRIDES)
    _reset_connections(app)
    try:
        yield redis
    finally:
        redis.stop()
        app.conf.update(saved)
        _reset_connections(app)


def _broker_reachable(app) -> bool:
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=0, timeout=1)
    except Exception:
        return False
    return True


def test_sign_up_survives_a_dead_broker_and_its_emails_follow(
    broker, client, territory_a, moderator_a, caplog
):
    from config.celery import app

    assert _broker_reachable(app)
    broker.stop()
    assert not _broker_reachable(app)
    _reset_connections(app)

    client.defaults["REMOTE_ADDR"] = fresh_ip()
    data = {
        "name": "Recyclerie du Port",
        "kind": ActorKind.objects.first().pk,
        "description": "Réemploi et ateliers de réparation.",
        "city": "Charenton-le-Pont",
        "contact_name": "Sam Durand",
        "contact_email": "sam@recyclerie.example",
        "consent": "on",
        "homepage": "",
    }
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        response = client.post(URL, data, HTTP_HOST=ALPHA)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == "/rejoindre/merci/"
    assert time.monotonic() - started < 60, "the form waited too long for the dead broker"
    assert "kept in the outbox" in caplog.text or "after-commit work failed" in caplog.text

    # Everything is in the database: the request, its draft, the e-mails owed.
    signup = ActorSignup.objects.get()
    assert signup.status == ActorSignup.Status.PENDING
    actor = Actor.objects.get(pk=signup.actor_id)
    assert actor.name == "Recyclerie du Port" and not actor.live
    assert actor.latest_revision_id == signup.revision_id
    owed = Notification.objects.all()
    assert owed.count() == 2
    assert set(owed.values_list("status", flat=True)) == {Notification.Status.PENDING}
    assert mail.outbox == []

    # The broker is back: what is owed is delivered (the periodic task's command).
    broker.start()
    _reset_connections(app)
    assert _broker_reachable(app)
    call_command("send_notifications", stdout=io.StringIO())

    assert {tuple(message.to) for message in mail.outbox} == {
        ("sam@recyclerie.example",),
        (moderator_a.email,),
    }
    assert set(Notification.objects.values_list("status", flat=True)) == {Notification.Status.SENT}
    # A second run sends nothing twice.
    call_command("send_notifications", stdout=io.StringIO())
    assert len(mail.outbox) == 2
