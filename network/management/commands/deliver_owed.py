from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand

from network.outbox import deliver_owed


class Command(BaseCommand):
    help = (
        "Remet ce que l’outbox doit encore, une fois Redis revenu : les e-mails non envoyés "
        "et les tâches que le broker n’a pas pu prendre (ce que Celery beat fait chaque minute)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        delivered = deliver_owed(older_than=timedelta(0))
        self.stdout.write(
            f"{delivered['emails']} e-mail(s) envoyé(s), "
            f"{delivered['tasks']} tâche(s) remise(s) aux workers."
        )
