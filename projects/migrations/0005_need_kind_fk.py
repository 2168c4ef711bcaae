"""The old text column goes, the link takes its name (column ``kind_id``; same table)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("projects", "0004_need_kind_data")]

    operations = [
        # A default for the old column, so that going back can add it to filled tables
        # (0004's backward step then writes each need's slug into it).
        migrations.AlterField(
            model_name="need",
            name="kind",
            field=models.CharField(default="autre", max_length=20, verbose_name="type de besoin"),
        ),
        migrations.RemoveField(model_name="need", name="kind"),
        migrations.RenameField(model_name="need", old_name="kind_new", new_name="kind"),
        migrations.AlterField(
            model_name="need",
            name="kind",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="needs",
                to="actors.needkind",
                verbose_name="type de besoin",
            ),
        ),
    ]
