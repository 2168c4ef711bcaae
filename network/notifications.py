"""E-mail notifications with an outbox: record first, send through Celery, retry what is owed.

``notify()`` writes a ``Notification`` row inside the caller's transaction and, once that
commits, queues its sending (``outbox.hand_over``). If the broker is unreachable the row
simply stays pending; ``outbox.deliver_owed`` (Celery beat every minute:
``network.tasks.deliver_owed``, or ``manage.py deliver_owed`` / ``send_notifications``)
delivers it later. The sending itself lives in ``outbox``, below the tasks that run it, so
this module can queue those tasks without an import cycle.
"""

from typing import Any

from django.db import transaction
from django.template.loader import render_to_string

from .models import Notification
from .outbox import hand_over
from .tasks import send_notification


def notify(
    recipients: list[str], template: str, context: dict[str, Any], *, reply_to: str = ""
) -> Notification | None:
    """Owe an e-mail rendered from ``<template>_subject.txt`` and ``<template>.txt``."""
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return None
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    notification = Notification.objects.create(
        recipients="\n".join(recipients), subject=subject[:255], body=body, reply_to=reply_to
    )
    transaction.on_commit(lambda: queue(notification.pk))
    return notification


def queue(notification_id: int) -> None:
    """Hand the sending to Celery; with the broker down, the outbox keeps it for later."""
    hand_over(send_notification, [notification_id])
