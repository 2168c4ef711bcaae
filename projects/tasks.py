"""Celery tasks of the projects app: the weekly digest of new needs (``projects.digest``) and
the introductions' follow-ups (``projects.introductions``).

Celery beat starts ``send_weekly_digests`` once a week (``CELERY_BEAT_SCHEDULE``); it hands
one task per territory over, each of which owes its e-mails in batches, each batch sent by
one ``send_digest_batch`` (what it cannot send, the outbox's periodic job sends later).
"""

import logging

from celery import shared_task

from network.outbox import hand_over, notification_send
from territories.models import Territory

from .digest import territories_with_subscribers, territory_digest
from .introductions import follow_ups_send

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, time_limit=300)
def send_weekly_digests() -> int:
    """Periodic (weekly): one digest task per territory that has subscribers."""
    territory_ids = territories_with_subscribers()
    for territory_id in territory_ids:
        hand_over(send_territory_digest, [territory_id])
    return len(territory_ids)


@shared_task(acks_late=True, time_limit=1800, soft_time_limit=1700)
def send_territory_digest(territory_id: int) -> int:
    """Owe the digest of one territory (run again, it owes nothing more this week)."""
    territory = Territory.objects.filter(pk=territory_id).select_related("site").first()
    if territory is None:
        return 0
    owed = territory_digest(territory)
    logger.info("weekly digest of %s: %s e-mails owed", territory.slug, owed)
    return owed


@shared_task(acks_late=True, time_limit=1800, soft_time_limit=1700)
def send_digest_batch(notification_ids: list[int]) -> int:
    """Send a batch of digest e-mails; a failure is left to the outbox's retries."""
    sent = 0
    for notification_id in notification_ids:
        try:
            sent += notification_send(notification_id)
        except Exception as exc:
            logger.warning("digest e-mail %s still owed: %s", notification_id, exc)
    return sent


@shared_task(acks_late=True, time_limit=600)
def send_introduction_follow_ups() -> int:
    """Periodic (Celery beat, hourly): a month after an introduction, ask both parties by a
    signed link what came of it (``projects.introductions``). Idempotent: a row lock and
    ``follow_up_sent_at`` keep each follow-up to one."""
    return follow_ups_send()
