"""The methods every install starts with, and the French full-text index on PostgreSQL."""

from django.db import migrations

METHODS = [
    ("brainstorming-3-12-3", "Brainstorming 3-12-3"),
    ("cartographie-des-parties-prenantes", "Cartographie des parties prenantes"),
    ("carte-des-acteurs-en-ligne", "Carte des acteurs en ligne"),
    ("diagnostic-territorial-partage", "Diagnostic territorial partagé"),
    ("groupes-de-travail-multi-acteurs", "Groupes de travail multi-acteurs"),
    ("concertation-citoyenne", "Concertation citoyenne"),
    ("recherche-action", "Recherche-action"),
    ("appel-a-projets", "Appel à projets"),
    ("etude-de-faisabilite", "Étude de faisabilité"),
    ("visites-et-voyages-d-etude", "Visites de terrain et voyages d’étude"),
    ("ateliers-de-co-construction", "Ateliers de co-construction"),
    ("partenariat-association-entreprise", "Partenariat association–entreprise"),
]

INDEX = "experiences_search_fr"


def seed(apps, schema_editor):
    Method = apps.get_model("experiences", "Method")
    for slug, name in METHODS:
        if not Method.objects.filter(slug=slug).exists() and not Method.objects.filter(name=name).exists():
            Method.objects.create(slug=slug, name=name)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON experiences_experiencepage "
            "USING gin (to_tsvector('french'::regconfig, search_text))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("experiences", "0001_initial")]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
