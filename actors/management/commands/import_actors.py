from django.core.management.base import BaseCommand, CommandError

from actors.actor_import import ImportFileError, actors_import
from territories.models import Territory


class Command(BaseCommand):
    help = (
        "Importe des acteurs dans un territoire depuis un fichier CSV, XLSX ou GeoJSON. "
        "Tout le fichier est vérifié avant d’écrire ; une erreur bloquante n’écrit rien."
    )

    def add_arguments(self, parser):
        parser.add_argument("territory", help="identifiant du territoire, par exemple vitawin")
        parser.add_argument("file", help="chemin du fichier .csv, .xlsx ou .geojson")
        parser.add_argument("--dry-run", action="store_true", help="vérifier sans rien écrire")
        parser.add_argument("--source", default="import", help="nom de la source (défaut : import)")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="importer les lignes valides, ignorer les autres",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="créer les acteurs en brouillon, à publier après relecture",
        )

    def handle(self, *args, territory, file, dry_run, source, skip_invalid, draft, **options):
        target = Territory.objects.filter(slug=territory).first()
        if target is None:
            known = ", ".join(Territory.objects.values_list("slug", flat=True))
            raise CommandError(f"Territoire « {territory} » inconnu. Territoires : {known}")
        try:
            report = actors_import(
                target,
                file,
                source=source,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                publish=not draft,
            )
        except FileNotFoundError as exc:
            raise CommandError(f"Fichier introuvable : {file}") from exc
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        if report.failed:
            raise CommandError(
                report.summary() + "\n(Option --skip-invalid : importer les lignes valides.)"
            )
        self.stdout.write(report.summary())
