"""Need kinds become a managed taxonomy (``actors.NeedKind``): first a nullable link beside
the old text column (0004 fills it, 0005 replaces the column)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("actors", "0005_seed_need_kinds"),
        ("projects", "0002_actors_app"),
    ]

    operations = [
        migrations.AddField(
            model_name="need",
            name="kind_new",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="actors.needkind",
            ),
        ),
    ]
