# A third team per territory: the pioneers, who write up experiences.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("territories", "0007_actor_search_text"),
    ]

    operations = [
        migrations.AlterField(
            model_name="territoryrole",
            name="role",
            field=models.CharField(
                choices=[
                    ("editors", "Éditeurs"),
                    ("moderators", "Modérateurs"),
                    ("pioneers", "Pionniers"),
                ],
                max_length=20,
            ),
        ),
    ]
