"""The weekly digest through a real Celery worker on Redis (a transactional test: apart from
tests/projects/test_digest.py, whose tests share the module's territories): the beat's task,
one task per territory, the e-mails owed in batches and sent by the worker."""

import re

import pytest

from django.core import mail

from actors.models import DigestSubscription
from network.models import Notification, OwedTask
from projects.tasks import send_weekly_digests
from tests.actors.test_signup import _wait_for
from tests.projects.test_digest import need, subscriber
from tests.territories.factories import TerritoryFactory


@pytest.fixture
def world(network_home):
    """Built before the worker starts (the fixture comes first): the worker does not index
    it while the test writes it (SQLite's shared in-memory database would be locked), and
    the indexing tasks it queued are purged when the worker starts."""
    alpha = TerritoryFactory(slug="alpha", name="Alpha")
    actors = [subscriber(alpha, f"Entreprise {n}") for n in range(3)]
    waiting = subscriber(alpha, "Pas encore confirmé", status="pending")
    need(alpha, "Deux stagiaires en mars")
    return actors, waiting


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_weekly_digest_end_to_end_through_a_celery_worker(world, celery_worker):
    actors, waiting = world
    send_weekly_digests.delay()

    assert _wait_for(lambda: len(mail.outbox) >= 3), (
        f"the worker sent {len(mail.outbox)} e-mail(s); "
        f"{list(Notification.objects.values_list('status', 'attempts', 'last_error'))}"
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted(f"{a.slug}@exemple.fr" for a in actors)
    assert all("Deux stagiaires en mars" in m.body for m in mail.outbox)
    assert all(re.search(r"/besoins-de-la-semaine/desabonner/\S+/", m.body) for m in mail.outbox)
    assert _wait_for(
        lambda: not Notification.objects.exclude(status=Notification.Status.SENT).exists()
    )
    # Each batch's sending task was handed over (its outbox row gone).
    assert _wait_for(lambda: not OwedTask.objects.exists())
    assert not DigestSubscription.objects.get(actor=waiting).last_sent_at
    assert DigestSubscription.objects.filter(last_sent_at__isnull=False).count() == 3
