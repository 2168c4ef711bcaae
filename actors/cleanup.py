"""The files uploaded for actor imports, once the import is finished and older than
``IMPORT_FILE_RETENTION_DAYS`` (30): they hold contacts (e-mails, phones) that now live in
the actors' cards; the import's row, summary and report stay. Run by the daily clean-up
(``network.cleanup``), where ``ActorsConfig.ready`` registers it."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import ActorImport


def old_import_files_delete(now=None) -> int:
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
