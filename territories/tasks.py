"""Celery tasks of the territories app: thin, they call services."""

from celery import shared_task


@shared_task(acks_late=True, time_limit=1800, soft_time_limit=1700)
def run_actor_import(import_id: int) -> str:
    from .import_runs import actor_import_run

    return actor_import_run(import_id)
