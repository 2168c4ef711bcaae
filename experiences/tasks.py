"""Celery tasks of the experiences app (thin: the work is in ``services``)."""

from smtplib import SMTPException

from celery import shared_task

from django.contrib.auth import get_user_model

from territories.models import Territory

from .invitations import send_invitation_email


@shared_task(
    acks_late=True,
    autoretry_for=(SMTPException, ConnectionError, TimeoutError),
    retry_backoff=30,
    retry_jitter=True,
    max_retries=5,
    soft_time_limit=50,
    time_limit=60,
)
def send_pioneer_invitation(user_id: int, territory_id: int, invited_by_id: int | None = None):
    """E-mail a new pioneer the link to set their password; skipped once they have one."""
    User = get_user_model()
    user = User.objects.filter(pk=user_id, is_active=True).first()
    territory = Territory.objects.filter(pk=territory_id).first()
    if user is None or territory is None or not user.email or user.has_usable_password():
        return "skipped"
    by = User.objects.filter(pk=invited_by_id).first() if invited_by_id else None
    send_invitation_email(user, territory, by)
    return "sent"
