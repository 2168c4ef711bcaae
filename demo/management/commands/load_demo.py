from django.core.management.base import BaseCommand

from config.settings.env import env_str
from demo.loader import load_demo


class Command(BaseCommand):
    help = "Construit (ou met à jour) le réseau de démonstration et ses dix territoires pionniers."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default=env_str("DEMO_PASSWORD", "catalyseurs-demo"),
            help="Mot de passe des comptes de démonstration (variable DEMO_PASSWORD).",
        )

    def handle(self, *args, password, **options):
        result = load_demo(password)
        out = self.stdout
        out.write(self.style.SUCCESS(f"Réseau de démonstration prêt ({result['actors']} acteurs)."))
        out.write(f"  Réseau          {result['network_site'].root_url}/")
        for territory in result["territories"]:
            out.write(f"  {territory.name:<40.40} {territory.url}")
        out.write("")
        out.write(f"Administration : {result['network_site'].root_url}/admin/")
        out.write(f"Comptes (mot de passe « {password} ») :")
        for username, role in result["accounts"]:
            out.write(f"  {username:<40} {role}")
