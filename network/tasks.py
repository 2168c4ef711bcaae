"""Celery tasks of the network app."""

from typing import TYPE_CHECKING, Any

from celery import shared_task

from django.utils.module_loading import import_string

from .cleanup import cleanup_run
from .outbox import Delivered, notification_send
from .outbox import deliver_owed as deliver

if TYPE_CHECKING:
    from celery import Task


@shared_task(acks_late=True, max_retries=3, default_retry_delay=10, time_limit=300)
def run_django_task(task_path: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """Run a django-tasks task (Wagtail's index updates) on a Celery worker."""
    task = import_string(task_path)
    return task.call(*args, **kwargs)


@shared_task(
    bind=True,
    acks_late=True,
    max_retries=5,
    default_retry_delay=30,
    time_limit=60,
    soft_time_limit=50,
)
def send_notification(self: "Task[[int], bool]", notification_id: int) -> bool:
    """Send one owed e-mail; SMTP failures retry, and the outbox keeps it meanwhile."""
    try:
        return notification_send(notification_id)
    except Exception as exc:
        raise self.retry(exc=exc) from exc


@shared_task(acks_late=True, time_limit=300)
def deliver_owed() -> Delivered:
    """Periodic (Celery beat): what the outbox still owes, once the broker is back: the
    e-mails not sent yet and the tasks not handed over (``network.outbox``)."""
    return deliver()


@shared_task(acks_late=True, time_limit=300)
def send_owed_notifications() -> Delivered:
    """The previous name of ``deliver_owed`` (messages already queued by an older beat)."""
    return deliver()


@shared_task(acks_late=True, time_limit=600)
def cleanup() -> dict[str, int]:
    """Periodic (Celery beat, daily): expired sessions, old import files and sent e-mails."""
    return cleanup_run()
