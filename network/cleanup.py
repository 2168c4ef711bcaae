"""Periodic clean-up (Celery beat, daily): what the platform no longer needs to keep.

- expired sessions (Django keeps them in the database until someone clears them);
- the files uploaded for actor imports, once the import is finished and older than
  ``IMPORT_FILE_RETENTION_DAYS`` (30): they hold contacts (e-mails, phones) that now live in the
  actors' cards; the import's row, summary and report stay;
- e-mails sent more than ``NOTIFICATION_RETENTION_DAYS`` (90) ago (recipients are personal
  data); abandoned ones stay for the team to look at.

Sign-up rate-limit counters live in the cache with a timeout, and sign-up links are signed,
not stored: neither needs cleaning.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

logger = logging.getLogger(__name__)


def expired_sessions_clear() -> int:
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted


def old_import_files_delete(now=None) -> int:
    from actors.models import ActorImport

    cutoff = (now or timezone.now()) - timedelta(
        days=getattr(settings, "IMPORT_FILE_RETENTION_DAYS", 30)
    )
    finished = [ActorImport.Status.DONE, ActorImport.Status.REFUSED, ActorImport.Status.FAILED]
    old = ActorImport.objects.filter(status__in=finished, created_at__lt=cutoff).exclude(file="")
    count = 0
    for run in old.only("pk", "file"):
        # The storage first: if it fails, the row still points at the file for the next run.
        run.file.delete(save=False)
        ActorImport.objects.filter(pk=run.pk).update(file="")
        count += 1
    return count


def old_notifications_delete(now=None) -> int:
    from .models import Notification

    cutoff = (now or timezone.now()) - timedelta(
        days=getattr(settings, "NOTIFICATION_RETENTION_DAYS", 90)
    )
    deleted, _ = Notification.objects.filter(
        status=Notification.Status.SENT, sent_at__lt=cutoff
    ).delete()
    return deleted


def cleanup_run(now=None) -> dict:
    result = {
        "sessions": expired_sessions_clear(),
        "import_files": old_import_files_delete(now),
        "notifications": old_notifications_delete(now),
    }
    logger.info("cleanup done", extra={"deleted": result})
    return result
