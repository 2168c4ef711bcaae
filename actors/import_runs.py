"""Running an admin-started import in the background, with progress and a report.

With a broker, the run is a Celery task on a worker. Without one (no ``REDIS_URL``, as in
``make run``) tasks run in the web process: an import run inside the upload's request would
be over before its status page is drawn, so it runs in a thread of its own instead
(``ACTOR_IMPORT_IN_THREAD``), and the page follows its progress as it would a worker's.
"""

import logging
import threading
from datetime import timedelta

from celery import shared_task

from django.conf import settings
from django.db import connections, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from actors.models import ActorImport
from network.outbox import owe, runs_in_process

from . import import_progress
from .actor_import import ImportFileError, actors_import

logger = logging.getLogger(__name__)

# A run still pending this long after it was queued lost its message: longer than an import
# may run (``tasks.run_actor_import``'s time limit), so a run waiting behind another one
# in the queue is not queued twice.
REQUEUE_AFTER = timedelta(minutes=35)
REQUEUE_BATCH = 100


def actor_import_start(actor_import: ActorImport) -> None:
    """Owe the run to the workers, in the caller's transaction: the outbox hands it over
    once committed, or once the broker is back (``network.outbox``). The message carries
    the time it was queued, which a later re-queue replaces."""
    queued_at = timezone.now()
    ActorImport.objects.filter(pk=actor_import.pk).update(queued_at=queued_at)
    actor_import.queued_at = queued_at
    import_progress.forget(actor_import.pk)
    if runs_in_process() and settings.ACTOR_IMPORT_IN_THREAD:
        import_id, queued = actor_import.pk, queued_at.isoformat()
        transaction.on_commit(lambda: actor_import_thread_start(import_id, queued))
    else:
        owe(run_actor_import, actor_import.pk, queued_at.isoformat())


def actor_import_thread_start(import_id: int, queued_at: str | None = None) -> threading.Thread:
    """Run the import in a thread of the web process (no broker): the request that queued
    it answers at once."""
    thread = threading.Thread(
        target=_thread_run, args=(import_id, queued_at), name=f"import-{import_id}", daemon=True
    )
    thread.start()
    return thread


def _thread_run(import_id: int, queued_at: str | None) -> None:
    try:
        actor_import_run(import_id, queued_at)
    except Exception:  # logged as a worker would; the run stays « en cours »
        logger.exception("actor import %s failed in its thread", import_id)
    finally:
        connections.close_all()  # this thread's own connections


def pending_imports_requeue(older_than: timedelta = REQUEUE_AFTER) -> int:
    """Queue again the runs still pending long after they were queued (their message was
    lost: Redis emptied, a queue purged, a run from before the outbox)."""
    cutoff = timezone.now() - older_than
    stale = ActorImport.objects.filter(status=ActorImport.Status.PENDING).filter(
        Q(queued_at__lte=cutoff) | Q(queued_at__isnull=True, created_at__lte=cutoff)
    )
    requeued = 0
    for actor_import in stale.order_by("created_at")[:REQUEUE_BATCH]:
        logger.warning("actor import %s still pending: queued again", actor_import.pk)
        with transaction.atomic():
            actor_import_start(actor_import)
        requeued += 1
    return requeued


def actor_import_run(import_id: int, queued_at: str | None = None) -> str:
    actor_import = ActorImport.objects.select_related("territory").get(pk=import_id)
    if actor_import.finished:
        return actor_import.status  # a redelivered task does not run the import twice
    if queued_at is not None and parse_datetime(queued_at) != actor_import.queued_at:
        return "superseded"  # queued again since: the newer message runs it
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
def run_actor_import(import_id: int, queued_at: str | None = None) -> str:
    """The admin's import, on a worker (a Celery task, found through ``actors.tasks``)."""
    return actor_import_run(import_id, queued_at)


@shared_task(name="actors.tasks.requeue_pending_imports", acks_late=True, time_limit=120)
def requeue_pending_imports() -> int:
    """Periodic: queue again the import runs left pending (their message was lost)."""
    return pending_imports_requeue()
