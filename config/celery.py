"""Celery app: configured from Django settings (``CELERY_*``), tasks found in every app.

Celery beat runs the periodic jobs: ``CELERY_BEAT_SCHEDULE`` in the settings (owed e-mails,
geocoding retries) plus the daily clean-up added below.
"""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("catalyseurs")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def add_daily_cleanup(sender, **kwargs):
    # At night (CELERY_TIMEZONE), when nobody edits: expired sessions, old import files,
    # sent e-mails past their retention (network/cleanup.py).
    sender.add_periodic_task(
        crontab(hour=3, minute=30), sender.signature("network.tasks.cleanup"), name="cleanup"
    )
