import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.management.base import BaseCommand

from config.settings.env import env_str
from demo.loader import load_demo

# Each page, actor and revision the demo writes logs a line or two at INFO (Wagtail's
# « Page created », the search and reference index tasks...): thousands on a cold start.
# While loading, these loggers say only what goes wrong.
QUIET_LOGGERS = ("wagtail", "django_tasks", "modelsearch", "actors", "experiences", "network")


@contextmanager
def quiet(names=QUIET_LOGGERS, level=logging.WARNING) -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in names]
    before = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(level, logger.getEffectiveLevel()))
    try:
        yield
    finally:
        for logger, previous in zip(loggers, before, strict=True):
            logger.setLevel(previous)


class Command(BaseCommand):
    help = (
        "Construit (ou met à jour) le réseau de démonstration : ses territoires, un compte "
        "d’éditeur pour chacun, leurs acteurs, expériences et projets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default=env_str("DEMO_PASSWORD", "catalyseurs-demo"),
            help="Mot de passe des comptes de démonstration (variable DEMO_PASSWORD).",
        )

    def handle(self, *args, password, verbosity=1, **options):
        out = self.stdout
        if verbosity:
            out.write(
                "Chargement du réseau de démonstration (une à deux minutes au premier lancement)…"
            )
        if verbosity > 1:
            result = load_demo(password)
        else:
            with quiet():
                result = load_demo(password)
        out.write(
            self.style.SUCCESS(
                f"Réseau de démonstration prêt : {len(result['territories'])} territoires, "
                f"{result['actors']} acteurs."
            )
        )
        out.write(f"  Réseau          {result['network_site'].root_url}/")
        for territory in result["territories"]:
            out.write(f"  {territory.name:<40.40} {territory.url}")
        out.write("")
        out.write(f"Administration : {result['network_site'].root_url}/admin/")
        out.write(f"Comptes (mot de passe « {password} ») :")
        for username, role in result["accounts"]:
            out.write(f"  {username:<40} {role}")
