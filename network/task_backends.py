"""A django-tasks backend that hands Wagtail's background tasks to Celery.

Wagtail enqueues its own work (search index and reference index updates) through
django-tasks. With Redis configured we run it on the Celery workers, after the
surrounding transaction commits, so the request that triggered it stays fast.
"""

import logging
from typing import Any

from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id

from django.db import transaction
from django.utils import timezone

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
        task_path = task.module_path
        transaction.on_commit(lambda: run_django_task.delay(task_path, list(args), dict(kwargs)))
        return result
