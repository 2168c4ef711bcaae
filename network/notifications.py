"""E-mail notifications with an outbox: record first, send through Celery, retry what is owed.

``notify()`` writes a ``Notification`` row inside the caller's transaction and, once that
commits, queues its sending. If the broker is unreachable the row simply stays pending;
``send_owed_notifications`` (Celery beat every minute, or ``manage.py send_notifications``)
delivers it later. Sending marks the row sent first under a row lock, so two workers never
send the same message twice.
"""

import logging
from datetime import timedelta
from typing import Any

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Notification

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


def notify(
    recipients: list[str], template: str, context: dict[str, Any], *, reply_to: str = ""
) -> Notification | None:
    """Owe an e-mail rendered from ``<template>_subject.txt`` and ``<template>.txt``."""
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return None
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    notification = Notification.objects.create(
        recipients="\n".join(recipients), subject=subject[:255], body=body, reply_to=reply_to
    )
    transaction.on_commit(lambda: queue(notification.pk))
    return notification


def queue(notification_id: int) -> None:
    """Hand the sending to Celery; with the broker down, the outbox keeps it for later."""
    from .tasks import send_notification

    try:
        # Two quick retries: a pooled broker connection that went stale reconnects, while
        # a broker that is really down costs the request well under a second.
        send_notification.apply_async(
            args=(notification_id,),
            retry=True,
            retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": 0.2},
        )
    except Exception as exc:  # broker unreachable: the periodic task will deliver it
        logger.warning("notification %s kept in the outbox: %s", notification_id, exc)


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
    ).values_list("pk", flat=True)[:500]:
        try:
            sent += notification_send(notification_id)
        except Exception as exc:
            logger.warning("notification %s still owed: %s", notification_id, exc)
    return sent
