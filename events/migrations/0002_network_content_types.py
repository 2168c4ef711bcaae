"""The content types of the models that moved from the network app take the new app label,
so existing pages, revisions, permissions, log entries and search entries (which point to
the content type row) follow the models. Nothing to do on an empty database: the rows are
created under the new label after the migrations (post_migrate)."""

from django.conf import settings
from django.db import migrations

MODELS = ["eventindexpage", "eventpage", "eventregistration"]


def forwards(apps, schema_editor):
    _relabel(apps, old="network", new="events")


def backwards(apps, schema_editor):
    _relabel(apps, old="events", new="network")


def _relabel(apps, *, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        row = ContentType.objects.filter(app_label=old, model=model).first()
        if row is None:
            continue
        twin = ContentType.objects.filter(app_label=new, model=model).first()
        if twin is not None:
            # Created by post_migrate in between (a partial migrate, or on the way back):
            # dropped when nothing but its own unassigned permissions points to it.
            _drop_unused(apps, twin)
        row.app_label = new
        row.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()  # cached rows would still carry the old label


def _drop_unused(apps, content_type):
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type=content_type)
    used = [
        relation.related_model._meta.label
        for relation in content_type._meta.related_objects
        if relation.related_model is not Permission
        and relation.related_model._base_manager.filter(
            **{relation.field.name: content_type}
        ).exists()
    ]
    holders = [("auth.Group", "permissions"), (settings.AUTH_USER_MODEL, "user_permissions")]
    for holder, field in holders:
        through = apps.get_model(holder)._meta.get_field(field).remote_field.through
        if through.objects.filter(permission__in=permissions).exists():
            used.append(holder)
    if used:
        raise RuntimeError(
            f"{content_type.app_label}.{content_type.model} already exists and is used by "
            f"{', '.join(sorted(set(used)))}: merge it by hand before migrating."
        )
    permissions.delete()
    content_type.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
