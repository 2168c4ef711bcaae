"""An event draft may have no dates yet (a new event autosaves with its title alone); publishing
still requires them (the fields are not blank)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0003_alter_eventpage_programme'),
    ]

    operations = [
        migrations.AlterField(
            model_name='eventpage',
            name='end',
            field=models.DateTimeField(help_text='Heure de Paris.', null=True, verbose_name='fin'),
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='start',
            field=models.DateTimeField(help_text='Heure de Paris.', null=True, verbose_name='début'),
        ),
    ]
