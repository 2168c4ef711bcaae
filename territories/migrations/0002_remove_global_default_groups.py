"""Wagtail's starter "Editors" and "Moderators" groups hold page permissions on the tree's
root, i.e. on every territory at once, and its starter workflow sends every page to them.
A multi-territory install must not keep such global groups: teams are per territory."""

from django.db import migrations


def remove_global_defaults(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    GroupPagePermission.objects.filter(page=root, group__name__in=["Editors", "Moderators"]).delete()
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        if not group.user_set.exists():
            group.delete()
    WorkflowPage.objects.filter(page=root).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("territories", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(remove_global_defaults, migrations.RunPython.noop)]
