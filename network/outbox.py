"""The outbox: work an action owes the Celery workers, recorded first, handed over later.

An action (publishing a page or an actor, uploading an import, a public form) must not fail
because the broker is down. What it owes is written in its own transaction:

- e-mails: a ``Notification`` row (``notifications.notify`` writes it and queues
  ``tasks.send_notification``, which calls ``notification_send`` here);
- any other task: an ``OwedTask`` row, the task's name and arguments (``owe``).

Once the transaction commits, ``hand_over`` gives the message to the broker and the
``OwedTask`` row is deleted. When the broker cannot take it, the row stays, and
``deliver_owed`` (Celery beat every minute: ``network.tasks.deliver_owed``, or
``manage.py deliver_owed``) sends the owed e-mails and hands the owed tasks over once the
broker is back. A handed task may run twice (its row not deleted because the process died
just after): tasks owed this way are idempotent. Sending an e-mail marks its row sent first
under a row lock, so two workers never send the same message twice.

This module imports no tasks module: tasks are found by name in Celery's registry, so the
tasks modules (which call this one) and the work that owes them can both import it.

Without a broker (no ``REDIS_URL``: tasks run in-process) an owed task runs at once, and its
failure is logged like a worker's would be.
"""

import logging
import time
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any, TypedDict

from celery import Task, current_app
from kombu.exceptions import KombuError

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from .models import Notification, OwedTask

logger = logging.getLogger(__name__)

# --- E-mails: ``Notification`` rows -------------------------------------------------------

MAX_ATTEMPTS = 8
SEND_BATCH = 500


def notification_send(notification_id: int) -> bool:
    """Send one owed notification. Returns True when it was sent by this call."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(pk=notification_id, status=Notification.Status.PENDING)
            .first()
        )
        if notification is None:
            return False  # already sent, abandoned, or being sent by another worker
        message = EmailMessage(
            subject=notification.subject,
            body=notification.body,
            to=notification.recipient_list,
            reply_to=[notification.reply_to] if notification.reply_to else None,
        )
        try:
            message.send()
        except Exception as exc:
            notification.attempts += 1
            notification.last_error = f"{exc.__class__.__name__}: {exc}"[:255]
            if notification.attempts >= MAX_ATTEMPTS:
                notification.status = Notification.Status.FAILED
            notification.save(update_fields=["attempts", "last_error", "status"])
            raise
        notification.status = Notification.Status.SENT
        notification.sent_at = timezone.now()
        notification.attempts += 1
        notification.save(update_fields=["status", "sent_at", "attempts"])
    return True


def send_owed_notifications(older_than: timedelta = timedelta(seconds=30)) -> int:
    """Send every pending notification created more than ``older_than`` ago."""
    cutoff = timezone.now() - older_than
    sent = 0
    for notification_id in Notification.objects.filter(
        status=Notification.Status.PENDING, created_at__lte=cutoff
    ).values_list("pk", flat=True)[:SEND_BATCH]:
        try:
            sent += notification_send(notification_id)
        except Exception as exc:
            logger.warning("notification %s still owed: %s", notification_id, exc)
    return sent


# --- Tasks: the hand-over to the broker, ``OwedTask`` rows -----------------------------------

# Two quick retries: a pooled broker connection that went stale reconnects, while a broker
# that is really down costs the request well under a second.
RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2}
# After a failed hand-over, the process does not try the broker again for this long: a
# publish that owes five tasks waits for the broker once, not five times.
BROKER_PAUSE = 5.0
BROKER_ERRORS = (KombuError, ConnectionError, OSError, TimeoutError)
HAND_OVER_BATCH = 500

# A Celery task, or its registered name (``"actors.tasks.run_actor_import"``).
TaskRef = Task[..., Any] | str

_broker_down_until = 0.0


class HandOverFailed(Exception):
    pass


def broker_paused() -> bool:
    return time.monotonic() < _broker_down_until


def broker_pause_end() -> None:
    """The broker is known to be back (a hand-over went through; tests)."""
    global _broker_down_until
    _broker_down_until = 0.0


def _name(task: TaskRef) -> str:
    return task if isinstance(task, str) else str(task.name)


def _task(task: TaskRef) -> Task[..., Any]:
    if not isinstance(task, str):
        return task
    app = current_app
    if task not in app.tasks:
        # A fresh process (a command, the periodic job) may not have imported the app's
        # tasks modules yet: Celery's autodiscovery runs on this call.
        app.loader.import_default_modules()
    return app.tasks[task]


def _eager() -> bool:
    return bool(current_app.conf.task_always_eager)


def runs_in_process() -> bool:
    """True without a broker (no ``REDIS_URL``): owed tasks run in the web process."""
    return _eager()


def _publish(
    task: TaskRef, args: Iterable[Any], kwargs: Mapping[str, Any] | None, *, force: bool
) -> None:
    """Give one message to the broker; raises ``HandOverFailed`` when it cannot."""
    global _broker_down_until
    if not force and broker_paused():
        raise HandOverFailed("broker unreachable a moment ago")
    try:
        _task(task).apply_async(
            args=tuple(args), kwargs=dict(kwargs or {}), retry=True, retry_policy=RETRY_POLICY
        )
    except BROKER_ERRORS as exc:
        if not _eager():  # in-process, an OSError is the task's own (SMTP...), not the broker's
            _broker_down_until = time.monotonic() + BROKER_PAUSE
        raise HandOverFailed(f"{exc.__class__.__name__}: {exc}") from exc
    except Exception as exc:  # an unknown task name; in-process, the task's own failure
        raise HandOverFailed(f"{exc.__class__.__name__}: {exc}") from exc
    if force:
        broker_pause_end()


def hand_over(
    task: TaskRef,
    args: Iterable[Any] = (),
    kwargs: Mapping[str, Any] | None = None,
    *,
    force: bool = False,
) -> bool:
    """Queue a task whose record is kept elsewhere (an e-mail's row, an actor's geocoding
    status): True when the broker took it; False when the record stays owed."""
    args = list(args)
    try:
        _publish(task, args, kwargs, force=force)
    except HandOverFailed as exc:
        logger.warning("%s%s kept in the outbox: %s", _name(task), args, exc)
        return False
    return True


def owe(task: TaskRef, *args: Any, **kwargs: Any) -> OwedTask:
    """Record that ``task`` (a Celery task or its name) must run with these arguments (JSON
    values), in the caller's transaction; hand it over once that commits."""
    owed = OwedTask.objects.create(task=_name(task), args=list(args), kwargs=kwargs)
    transaction.on_commit(lambda: owed_hand_over(owed.pk))
    return owed


def owed_hand_over(owed_id: int, *, force: bool = False) -> bool:
    """Hand one owed task over and delete its row; True when done by this call."""
    if _eager():
        owed = OwedTask.objects.filter(pk=owed_id).first()
        if owed is None:
            return False
        owed.delete()  # in-process: it runs now, and a failure is logged, as on a worker
        try:
            _task(owed.task).apply(args=owed.args, kwargs=owed.kwargs, throw=True)
        except Exception:
            logger.exception("owed task %s%s failed in-process", owed.task, owed.args)
        return True
    with transaction.atomic():
        # The row lock keeps the periodic job and the committing request from handing the
        # same row over twice.
        owed = OwedTask.objects.select_for_update(skip_locked=True).filter(pk=owed_id).first()
        if owed is None:
            return False  # handed over already, or by another process right now
        try:
            _publish(owed.task, owed.args, owed.kwargs, force=force)
        except HandOverFailed as exc:
            logger.warning("%s%s kept in the outbox: %s", owed.task, owed.args, exc)
            owed.attempts += 1
            owed.last_error = str(exc)[:255]
            owed.save(update_fields=["attempts", "last_error"])
            return False
        owed.delete()
    return True


def owed_tasks_hand_over(older_than: timedelta = timedelta(seconds=30)) -> int:
    """Hand over the tasks still owed (oldest first); stops when the broker is down."""
    cutoff = timezone.now() - older_than
    handed = 0
    owed_ids = OwedTask.objects.filter(created_at__lte=cutoff).values_list("pk", flat=True)
    for owed_id in owed_ids[:HAND_OVER_BATCH]:
        if owed_hand_over(owed_id, force=True):
            handed += 1
        elif broker_paused():
            break
    return handed


# --- Both -----------------------------------------------------------------------------------


class Delivered(TypedDict):
    emails: int
    tasks: int


def deliver_owed(older_than: timedelta = timedelta(seconds=30)) -> Delivered:
    """What the outbox still owes, created more than ``older_than`` ago: the e-mails not sent
    yet and the tasks not handed over (Celery beat every minute, or by hand)."""
    return {
        "emails": send_owed_notifications(older_than),
        "tasks": owed_tasks_hand_over(older_than),
    }
