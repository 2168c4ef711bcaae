from django.core.management.base import BaseCommand

from experiences.services import network_experiences_provision
from territories.models import Territory
from territories.services import territory_provision


class Command(BaseCommand):
    help = (
        "Donne à chaque territoire sa section « Expériences », son équipe de pionniers et "
        "son circuit de relecture, et au réseau l’index de toutes les expériences "
        "(sans effet sur ce qui existe déjà)."
    )

    def handle(self, *args, **options):
        index = network_experiences_provision()
        if index is not None:
            self.stdout.write(f"Réseau : {index.url_path}")
        for territory in Territory.objects.filter(site__isnull=False).select_related("site"):
            territory_provision(territory, port=territory.site.port)
            self.stdout.write(f"{territory.name} : section des expériences prête")
