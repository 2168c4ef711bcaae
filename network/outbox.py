"""Delivering owed e-mails (``Notification`` rows written by ``notifications.notify``).

Sending marks the row sent first under a row lock, so two workers never send the same
message twice. The Celery tasks (``tasks``) call this module; ``notifications`` queues them.
"""

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from .models import Notification

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


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
