from django.conf import settings
from django.core.management.base import BaseCommand

from territories.services import network_setup


class Command(BaseCommand):
    help = (
        "Crée ou complète le site du réseau : page d’accueil, site par défaut, pages légales "
        "et groupe « Équipe du réseau »."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default=settings.BASE_DOMAIN)
        parser.add_argument("--port", type=int, default=settings.SITE_PORT)
        parser.add_argument("--name", default="Réseau des catalyseurs territoriaux")

    def handle(self, *args, hostname, port, name, **options):
        home = network_setup(hostname=hostname, port=port, name=name)
        self.stdout.write(self.style.SUCCESS(f"Site du réseau prêt : {home.get_site().root_url}/"))
