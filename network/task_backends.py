"""A django-tasks backend that hands Wagtail's background tasks to Celery.

Wagtail enqueues its own work (search index and reference index updates) through
django-tasks. With Redis configured we run it on the Celery workers, after the
surrounding transaction commits, so the request that triggered it stays fast; the task
goes through the outbox (``network.outbox.owe``), so a broker outage delays it only.
"""

import logging
from typing import Any

from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id

from django.utils import timezone

from network.outbox import owe
from network.tasks import run_django_task

logger = logging.getLogger(__name__)


class CeleryTaskBackend(BaseTaskBackend):
    supports_async_task = False
    supports_priority = True

    def enqueue(self, task: Task[..., Any], args: Any, kwargs: Any) -> TaskResult[Any]:
        self.validate_task(task)
        result: TaskResult[Any] = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=timezone.now(),
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        # Recorded in the caller's transaction, handed to Celery once it commits; with the
        # broker down the outbox keeps it (a publish must not fail for an index update).
        owe(run_django_task, task.module_path, list(args), dict(kwargs))
        return result
