"""Nothing is lost: with the Celery broker down, a sign-up still succeeds, and the e-mails it
owes are delivered once the broker is back.

The broker is a throwaway ``redis-server`` of this test (``tests/dead_broker.py``, never the
machine's Redis on 6379): started, pointed at, stopped before the sign-up, restarted before
the delivery.
"""

import io
import logging
import time

import pytest

from django.core import mail
from django.core.management import call_command

from actors.models import Actor, ActorKind, ActorSignup
from network.models import Notification
from tests.actors.test_signup import ALPHA, URL, fresh_ip
from tests.dead_broker import broker_reachable, reset_connections

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_sign_up_survives_a_dead_broker_and_its_emails_follow(
    throwaway_broker, client, territory_a, moderator_a, caplog
):
    broker = throwaway_broker
    assert broker_reachable()
    broker.stop()
    assert not broker_reachable()
    reset_connections()

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
    reset_connections()
    assert broker_reachable()
    call_command("send_notifications", stdout=io.StringIO())

    assert {tuple(message.to) for message in mail.outbox} == {
        ("sam@recyclerie.example",),
        (moderator_a.email,),
    }
    assert set(Notification.objects.values_list("status", flat=True)) == {Notification.Status.SENT}
    # A second run sends nothing twice.
    call_command("send_notifications", stdout=io.StringIO())
    assert len(mail.outbox) == 2
