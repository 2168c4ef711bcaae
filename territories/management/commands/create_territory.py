from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from territories.models import Territory
from territories.services import territory_create


def _label(field: str) -> str:
    try:
        return str(Territory._meta.get_field(field).verbose_name)
    except Exception:
        return field


class Command(BaseCommand):
    help = (
        "Crée un territoire : son site, sa page d’accueil, sa collection de médias et ses équipes."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Nom du territoire, par exemple « Vitawin »")
        parser.add_argument("slug", help="Identifiant court, par exemple « vitawin »")
        parser.add_argument("hostname", help="Nom de domaine, par exemple vitawin.localhost")
        parser.add_argument("--port", type=int, default=settings.SITE_PORT)

    def handle(self, *args, name, slug, hostname, port, **options):
        try:
            territory = territory_create(name=name, slug=slug, hostname=hostname, port=port)
        except ValidationError as exc:
            messages = [
                f"{_label(field)} : {' '.join(errors)}"
                for field, errors in exc.message_dict.items()
            ]
            raise CommandError("Territoire non créé.\n" + "\n".join(messages)) from exc
        self.stdout.write(
            self.style.SUCCESS(f"Territoire « {territory.name} » créé : {territory.site.root_url}/")
        )
