"""The content types of the models that moved from the network app take the new app label,
so existing pages, revisions, permissions, log entries and search entries (which point to
the content type row) follow the models. Nothing to do on an empty database: the rows are
created under the new label after the migrations (post_migrate)."""

from django.db import migrations

MODELS = ["eventindexpage", "eventpage", "eventregistration"]


def forwards(apps, schema_editor):
    _relabel(apps, old="network", new="events")


def backwards(apps, schema_editor):
    _relabel(apps, old="events", new="network")


def _relabel(apps, *, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=old, model__in=MODELS).update(app_label=new)
    ContentType.objects.clear_cache()  # cached rows would still carry the old label


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
