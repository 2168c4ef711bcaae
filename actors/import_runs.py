"""Running an admin-started import in the background, with progress and a report."""

import logging

from celery import shared_task

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import ActorImport

from . import import_progress
from .actor_import import ImportFileError, actors_import

logger = logging.getLogger(__name__)


def actor_import_start(actor_import: ActorImport) -> None:
    """Queue the import once its record is committed (the worker must find it)."""
    transaction.on_commit(lambda: run_actor_import.delay(actor_import.pk))


def actor_import_run(import_id: int) -> str:
    actor_import = ActorImport.objects.select_related("territory").get(pk=import_id)
    if actor_import.finished:
        return actor_import.status  # a redelivered task does not run the import twice
    ActorImport.objects.filter(pk=import_id).update(status=ActorImport.Status.RUNNING)

    def progress(done: int, total: int) -> None:
        import_progress.save(import_id, done, total)

    try:
        report = actors_import(
            actor_import.territory,
            actor_import.file.path,
            source=actor_import.source,
            dry_run=actor_import.dry_run,
            skip_invalid=actor_import.skip_invalid,
            publish=actor_import.publish,
            progress=progress,
        )
    except ImportFileError as exc:
        status, summary, report_csv, total = ActorImport.Status.REFUSED, str(exc), "", 0
        duplicates: list[dict] = []
    except Exception:
        logger.exception("actor import %s failed", import_id)
        status, summary, report_csv, total = (
            ActorImport.Status.FAILED,
            _(
                "Erreur inattendue pendant l’import : rien n’a été écrit. "
                "L’équipe technique est prévenue."
            ),
            "",
            0,
        )
        duplicates = []
    else:
        status = ActorImport.Status.REFUSED if report.failed else ActorImport.Status.DONE
        summary, report_csv, total = report.summary(), report.as_csv(), report.rows
        duplicates = [flag.as_dict() for flag in report.duplicates]
    ActorImport.objects.filter(pk=import_id).update(
        status=status,
        summary=summary,
        report_csv=report_csv,
        duplicates=duplicates,
        rows_total=total,
        rows_done=total if status == ActorImport.Status.DONE else 0,
        finished_at=timezone.now(),
    )
    return status


@shared_task(
    name="actors.tasks.run_actor_import", acks_late=True, time_limit=1800, soft_time_limit=1700
)
def run_actor_import(import_id: int) -> str:
    """The admin's import, on a worker (a Celery task, found through ``actors.tasks``)."""
    return actor_import_run(import_id)
