"""Celery tasks of the projects app."""

from celery import shared_task

from .introductions import follow_ups_send


@shared_task(acks_late=True, time_limit=600)
def send_introduction_follow_ups() -> int:
    """Periodic (Celery beat, hourly): a month after an introduction, ask both parties by a
    signed link what came of it (``projects.introductions``). Idempotent: a row lock and
    ``follow_up_sent_at`` keep each follow-up to one."""
    return follow_ups_send()
