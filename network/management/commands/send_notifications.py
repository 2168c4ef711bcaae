from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand

from network.outbox import send_owed_notifications


class Command(BaseCommand):
    help = "Envoie les e-mails encore dus (ceux que Redis ou les workers n’ont pas pu envoyer)."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_owed_notifications(older_than=timedelta(0))
        self.stdout.write(f"{sent} e-mail(s) envoyé(s).")
