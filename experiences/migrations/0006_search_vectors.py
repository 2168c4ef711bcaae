"""PostgreSQL only: a stored ``search_vector`` (``to_tsvector('french', search_text)``, a
generated column) on actors and experiences, GIN-indexed, and the actors' newest-first
indexes, for the site search (``network.library.search``).

With only an expression index, every row PostgreSQL looks at outside the index — a phrase
query's recheck (« tiers-lieu » is ``tier <-> lieu``), a newest-first walk filtering the
matches, the ranking of the candidates — parsed and stemmed ``search_text`` again: about
30 µs a row, 25–35 ms for a thousand matching experiences. The stored vector is read
instead. PostgreSQL computes it on every INSERT and UPDATE of ``search_text`` (ORM,
``bulk_create``, COPY): the model does not declare it, nothing to keep in sync by hand.

``actor_search_fr`` (the expression index only the site search used) is replaced;
``experiences_search_fr`` stays, the experience index's query (``experiences.search``)
uses it. Nothing to do on SQLite, whose fallback searches ``search_text``."""

from django.db import migrations

VECTOR = (
    "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('french'::regconfig, search_text)) STORED"
)
FORWARDS = [
    VECTOR.format(table="territories_actor"),
    VECTOR.format(table="experiences_experiencepage"),
    "CREATE INDEX IF NOT EXISTS actor_search_vector ON territories_actor "
    "USING gin (search_vector) WHERE live",
    "CREATE INDEX IF NOT EXISTS experience_search_vector ON experiences_experiencepage "
    "USING gin (search_vector)",
    "DROP INDEX IF EXISTS actor_search_fr",
    # A broad query (« jeunes territoire »: one actor in six) ranks only the newest 100
    # matches: walking these newest-first and testing the stored vector reads ~600 rows,
    # instead of fetching all 8,000 matches to sort them (12 ms → 1–2 ms). PostgreSQL still
    # takes the GIN index for rare words (it has the vector's statistics).
    "CREATE INDEX IF NOT EXISTS actor_recent ON territories_actor "
    "(last_published_at DESC) WHERE live",
    "CREATE INDEX IF NOT EXISTS actor_territory_recent ON territories_actor "
    "(territory_id, last_published_at DESC) WHERE live",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS actor_recent",
    "DROP INDEX IF EXISTS actor_territory_recent",
    "CREATE INDEX IF NOT EXISTS actor_search_fr ON territories_actor "
    "USING gin (to_tsvector('french'::regconfig, search_text)) WHERE live",
    "DROP INDEX IF EXISTS actor_search_vector",
    "DROP INDEX IF EXISTS experience_search_vector",
    "ALTER TABLE territories_actor DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE experiences_experiencepage DROP COLUMN IF EXISTS search_vector",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARDS:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARDS:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("experiences", "0005_actor_search_index"),
        ("territories", "0016_actor_map_covering_indexes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
