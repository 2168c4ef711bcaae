from django.core.management.base import BaseCommand, CommandError

from actors.actor_map import bump_version
from actors.actor_map_cells import rebuild_cells
from territories.models import Territory


class Command(BaseCommand):
    help = (
        "Recalcule les cellules pré-agrégées de la carte des acteurs (après des écritures "
        "en masse faites hors de la plateforme)."
    )

    def add_arguments(self, parser):
        parser.add_argument("territory", nargs="?", help="identifiant du territoire (tous sinon)")

    def handle(self, *args, territory=None, **options):
        territory_id = None
        if territory:
            territory_id = Territory.objects.filter(slug=territory).values_list("pk", flat=True)
            territory_id = territory_id.first()
            if territory_id is None:
                raise CommandError(f"Territoire inconnu : « {territory} »")
        count = rebuild_cells(territory_id)
        bump_version()
        self.stdout.write(self.style.SUCCESS(f"{count} cellules recalculées."))
