# The kinds of actors each experience involves, derived for the index's facet.

import django.db.models.deletion
from django.db import migrations, models


def backfill(apps, schema_editor):
    ExperienceActor = apps.get_model("experiences", "ExperienceActor")
    ExperienceActorKind = apps.get_model("experiences", "ExperienceActorKind")
    pairs = set(
        ExperienceActor.objects.filter(actor__live=True).values_list("page_id", "actor__kind_id")
    )
    ExperienceActorKind.objects.bulk_create(
        [ExperienceActorKind(page_id=page, kind_id=kind) for page, kind in pairs],
        batch_size=5000,
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):

    dependencies = [
        ('experiences', '0003_listing_state'),
        ('territories', '0008_territoryrole_pioneers'),
    ]

    operations = [
        migrations.CreateModel(
            name='ExperienceActorKind',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='experience_links', to='territories.actorkind')),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='actor_kind_links', to='experiences.experiencepage')),
            ],
            options={
                'indexes': [models.Index(fields=['kind', 'page'], name='experience_kind_idx')],
                'constraints': [models.UniqueConstraint(fields=('page', 'kind'), name='unique_experience_kind')],
            },
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='experiencepage',
            index=models.Index(fields=['on_network', 'maturity', 'territory', 'page_ptr'], name='experience_facets_idx'),
        ),
    ]
