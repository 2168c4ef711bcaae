"""Periodic clean-up (Celery beat, daily): what the platform no longer needs to keep.

- expired sessions (Django keeps them in the database until someone clears them);
- what the features register with ``register_cleaner`` (the actors' import files);
- e-mails sent more than ``NOTIFICATION_RETENTION_DAYS`` (90) ago (recipients are personal
  data); abandoned ones stay for the team to look at.

Sign-up rate-limit counters live in the cache with a timeout, and sign-up links are signed,
not stored: neither needs cleaning.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from .models import Notification

logger = logging.getLogger(__name__)


def expired_sessions_clear() -> int:
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted


def old_notifications_delete(now: datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - timedelta(
        days=getattr(settings, "NOTIFICATION_RETENTION_DAYS", 90)
    )
    deleted, _ = Notification.objects.filter(
        status=Notification.Status.SENT, sent_at__lt=cutoff
    ).delete()
    return deleted


# Features add what they keep too long: name → callable(now) returning a count.
type Cleaner = Callable[[datetime | None], int]
CLEANERS: dict[str, Cleaner] = {}


def register_cleaner(name: str, cleaner: Cleaner) -> None:
    CLEANERS[name] = cleaner


def cleanup_run(now: datetime | None = None) -> dict[str, int]:
    result = {
        "sessions": expired_sessions_clear(),
        **{name: cleaner(now) for name, cleaner in CLEANERS.items()},
        "notifications": old_notifications_delete(now),
    }
    logger.info("cleanup done", extra={"deleted": result})
    return result
