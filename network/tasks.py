"""Celery tasks of the network app."""

from celery import shared_task

from django.utils.module_loading import import_string


@shared_task(acks_late=True, max_retries=3, default_retry_delay=10, time_limit=300)
def run_django_task(task_path: str, args: list, kwargs: dict):
    """Run a django-tasks task (Wagtail's index updates) on a Celery worker."""
    task = import_string(task_path)
    return task.call(*args, **kwargs)
