"""Contributions answered from the admin: three states (Nouvelle, Répondue, Close – the old
« Traitée » becomes « Close ») and their history (``ContributionEvent``)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def handled_to_closed(apps, schema_editor):
    Contribution = apps.get_model("projects", "Contribution")
    Contribution.objects.filter(status="handled").update(status="closed")


def closed_to_handled(apps, schema_editor):
    Contribution = apps.get_model("projects", "Contribution")
    Contribution.objects.filter(status__in=["answered", "closed"]).update(status="handled")


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0009_notification_created_index'),
        ('projects', '0006_introductions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='contribution',
            name='status',
            field=models.CharField(choices=[('new', 'Nouvelle'), ('answered', 'Répondue'), ('closed', 'Close')], db_index=True, default='new', max_length=10, verbose_name='état'),
        ),
        migrations.RunPython(handled_to_closed, closed_to_handled, elidable=True),
        migrations.CreateModel(
            name='ContributionEvent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='date')),
                ('answer', models.TextField(blank=True, max_length=5000, verbose_name='réponse')),
                ('status', models.CharField(blank=True, choices=[('new', 'Nouvelle'), ('answered', 'Répondue'), ('closed', 'Close')], max_length=10, verbose_name='nouvel état')),
                ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='auteur')),
                ('contribution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='projects.contribution', verbose_name='proposition d’aide')),
                ('notification', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='network.notification', verbose_name='courriel')),
            ],
            options={
                'verbose_name': 'suivi d’une proposition d’aide',
                'verbose_name_plural': 'suivis des propositions d’aide',
                'ordering': ['created_at', 'pk'],
            },
        ),
    ]
