"""The library and the events became apps of their own (``library``, ``events``): their
models leave the network app's state only. Their tables keep their ``network_*`` names and
their rows (``library.0001_initial``, ``events.0001_initial`` take them over)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0004_french_unaccent_search"),
        ("library", "0001_initial"),
        ("events", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                # Registrations first: they point to EventPage.
                migrations.DeleteModel(name="EventRegistration"),
                migrations.DeleteModel(name="EventPage"),
                migrations.DeleteModel(name="EventIndexPage"),
                migrations.DeleteModel(name="GlossaryTerm"),
                migrations.DeleteModel(name="LessonPage"),
                migrations.DeleteModel(name="MethodPage"),
                migrations.DeleteModel(name="LibraryIndexPage"),
            ],
            database_operations=[],
        ),
    ]
