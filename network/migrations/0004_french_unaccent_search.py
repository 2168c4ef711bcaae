"""PostgreSQL only: the ``french_unaccent`` text search configuration used by the search
backend (``WAGTAILSEARCH_BACKENDS['default']['SEARCH_CONFIG']``): PostgreSQL's ``french``
(stemming, stop words) with accents removed first, so « élève » and « eleve » meet and
« coopérations » finds « coopération ». Nothing to do on SQLite."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("network", "0003_library_events")]

    operations = [migrations.RunPython(forwards, backwards)]
