"""The daily clean-up task: what it deletes, what it keeps, and that beat schedules it."""

from datetime import timedelta
from pathlib import Path

import pytest

from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.utils import timezone

from actors.models import ActorImport
from config.celery import app
from network.models import Notification
from network.tasks import cleanup
from tests.actors.factories import ActorImportFactory
from tests.network.factories import NotificationFactory

pytestmark = pytest.mark.django_db


def _import(territory, status, days_ago):
    run = ActorImportFactory(
        territory=territory,
        status=status,
        file=ContentFile(b"name,kind\nCaf\xc3\xa9,cafe\n", name="acteurs.csv"),
    )
    ActorImport.objects.filter(pk=run.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )
    return run


def _notification(status, days_ago):
    sent_at = timezone.now() - timedelta(days=days_ago)
    return NotificationFactory(
        recipients="personne@test.example",
        subject=f"{status} {days_ago}",
        body="…",
        status=status,
        sent_at=sent_at if status == Notification.Status.SENT else None,
    )


def _session(expires_in_days):
    store = SessionStore()
    store["user"] = "x"
    store.set_expiry(timedelta(days=expires_in_days))
    store.create()
    # set_expiry cannot go to the past: age the row directly.
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() + timedelta(days=expires_in_days)
    )
    return store.session_key


def test_cleanup_deletes_only_what_is_past_its_retention(settings, eager_tasks, territory_a):
    settings.IMPORT_FILE_RETENTION_DAYS = 30
    settings.NOTIFICATION_RETENTION_DAYS = 90
    old_done = _import(territory_a, ActorImport.Status.DONE, 40)
    old_refused = _import(territory_a, ActorImport.Status.REFUSED, 40)
    old_running = _import(territory_a, ActorImport.Status.RUNNING, 40)
    recent_done = _import(territory_a, ActorImport.Status.DONE, 5)
    old_path = Path(old_done.file.path)
    assert old_path.exists()

    old_sent = _notification(Notification.Status.SENT, 100)
    recent_sent = _notification(Notification.Status.SENT, 10)
    old_failed = _notification(Notification.Status.FAILED, 100)
    old_pending = _notification(Notification.Status.PENDING, 100)

    expired = _session(-1)
    alive = _session(7)

    result = cleanup.delay().get()

    assert result == {"sessions": 1, "import_files": 2, "notifications": 1}
    old_done.refresh_from_db()
    assert old_done.file.name == "" and not old_path.exists()
    # The import's row and report stay; only the uploaded file goes.
    assert ActorImport.objects.filter(pk=old_done.pk, status=ActorImport.Status.DONE).exists()
    old_refused.refresh_from_db()
    assert old_refused.file.name == ""
    for kept in (old_running, recent_done):
        kept.refresh_from_db()
        assert kept.file.name and Path(kept.file.path).exists()
        kept.file.delete(save=False)
    remaining = set(Notification.objects.values_list("pk", flat=True))
    assert remaining == {recent_sent.pk, old_failed.pk, old_pending.pk}
    assert old_sent.pk not in remaining
    assert set(Session.objects.values_list("session_key", flat=True)) == {alive}
    assert expired != alive

    # A second run finds nothing left to do.
    assert cleanup.delay().get() == {"sessions": 0, "import_files": 0, "notifications": 0}


def test_beat_runs_the_cleanup_every_night():
    app.loader.import_default_modules()
    entry = app.conf.beat_schedule["cleanup"]
    assert entry["task"] == "network.tasks.cleanup"
    assert entry["task"] in app.tasks
    schedule = entry["schedule"]
    assert schedule.hour == {3} and schedule.minute == {30}
    # The jobs that were already there are still scheduled.
    assert {"deliver-owed", "geocode-pending-actors", "requeue-pending-imports"} <= set(
        app.conf.beat_schedule
    )
    # Every scheduled job names a registered task (the outbox's ``deliver_owed`` included).
    assert {entry["task"] for entry in app.conf.beat_schedule.values()} <= set(app.tasks)
