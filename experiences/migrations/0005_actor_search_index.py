"""PostgreSQL only: the French full-text index on the actors' folded ``search_text``, used by
the site search (``network.library.search``) like ``experiences_search_fr`` for experiences.

It lives here, with the other search index, because the site search is what needs it; the
actors' own migrations stay as they are. Partial: only published actors are ever searched."""

from django.db import migrations

INDEX = "actor_search_fr"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON territories_actor "
            "USING gin (to_tsvector('french'::regconfig, search_text)) WHERE live"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("experiences", "0004_actor_kinds"),
        ("territories", "0007_actor_search_text"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
