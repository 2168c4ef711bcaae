# The page state copied onto the experience's row, for the indexes (see ExperiencePage).

from django.conf import settings
from django.db import migrations, models


def backfill(apps, schema_editor):
    """Copy each experience's page state into the new columns."""
    ExperiencePage = apps.get_model("experiences", "ExperiencePage")
    for page in ExperiencePage.objects.select_related("territory").iterator():
        listed = page.territory is not None and page.territory.is_listed
        ExperiencePage.objects.filter(pk=page.pk).update(
            is_live=page.live,
            on_network=bool(page.live and listed),
            published_at=page.first_published_at,
        )


class Migration(migrations.Migration):

    dependencies = [
        ('experiences', '0002_methods_and_search_index'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='experiencepage',
            name='is_live',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name='experiencepage',
            name='on_network',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name='experiencepage',
            name='published_at',
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddIndex(
            model_name='experiencepage',
            index=models.Index(fields=['on_network', '-published_at'], name='experience_network_idx'),
        ),
        migrations.AddIndex(
            model_name='experiencepage',
            index=models.Index(fields=['territory', 'is_live', '-published_at'], name='experience_territory_idx'),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
