"""The models of the shared library (method sheets, lessons, glossary) move here from the ``network`` app
(``network.0003_library_events`` created their tables): state only, the tables keep their
names (``Meta.db_table``) and their rows. ``network.0005_move_library_events`` removes them
from the network app's state."""

import modelsearch.index

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import modelcluster.fields
import wagtail.fields


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("experiences", "0006_search_vectors"),
        ("network", "0004_french_unaccent_search"),
        ("territories", "0019_actor_commune_indexes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="GlossaryTerm",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "term",
                            models.CharField(max_length=120, unique=True, verbose_name="terme"),
                        ),
                        (
                            "slug",
                            models.SlugField(
                                max_length=120, unique=True, verbose_name="identifiant"
                            ),
                        ),
                        (
                            "definition",
                            models.TextField(max_length=2000, verbose_name="définition"),
                        ),
                    ],
                    options={
                        "verbose_name": "terme du glossaire",
                        "verbose_name_plural": "glossaire",
                        "db_table": "network_glossaryterm",
                        "ordering": ["term"],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name="LibraryIndexPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "intro",
                            models.TextField(blank=True, max_length=600, verbose_name="chapeau"),
                        ),
                    ],
                    options={
                        "verbose_name": "bibliothèque",
                        "verbose_name_plural": "bibliothèques",
                        "db_table": "network_libraryindexpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="LessonPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "number",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="numéro"
                            ),
                        ),
                        ("statement", models.TextField(max_length=600, verbose_name="énoncé")),
                        (
                            "explanation",
                            wagtail.fields.RichTextField(blank=True, verbose_name="explication"),
                        ),
                        (
                            "practice",
                            wagtail.fields.RichTextField(
                                blank=True, verbose_name="ce que cela change en pratique"
                            ),
                        ),
                        (
                            "evidence_experiences",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True,
                                related_name="library_lessons",
                                to="experiences.experiencepage",
                                verbose_name="expériences qui l’illustrent",
                            ),
                        ),
                        (
                            "evidence_territories",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True,
                                related_name="library_lessons",
                                to="territories.territory",
                                verbose_name="territoires qui l’illustrent",
                            ),
                        ),
                        (
                            "themes",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="network.theme", verbose_name="thèmes"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "enseignement",
                        "verbose_name_plural": "enseignements",
                        "db_table": "network_lessonpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="MethodPage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("objective", models.TextField(max_length=1000, verbose_name="objectif")),
                        (
                            "when_to_use",
                            models.TextField(
                                blank=True, max_length=2000, verbose_name="quand l’utiliser"
                            ),
                        ),
                        (
                            "duration",
                            models.CharField(
                                blank=True,
                                help_text="Par exemple « 20 minutes ».",
                                max_length=80,
                                verbose_name="durée",
                            ),
                        ),
                        (
                            "group_size",
                            models.CharField(
                                blank=True, max_length=80, verbose_name="taille du groupe"
                            ),
                        ),
                        (
                            "roles",
                            models.TextField(blank=True, max_length=2000, verbose_name="rôles"),
                        ),
                        (
                            "materials",
                            models.TextField(blank=True, max_length=2000, verbose_name="matériel"),
                        ),
                        (
                            "steps",
                            wagtail.fields.StreamField(
                                [("step", 3)],
                                blank=True,
                                block_lookup={
                                    0: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"label": "Étape", "max_length": 120},
                                    ),
                                    1: (
                                        "wagtail.blocks.IntegerBlock",
                                        (),
                                        {
                                            "label": "Durée (minutes)",
                                            "min_value": 0,
                                            "required": False,
                                        },
                                    ),
                                    2: ("wagtail.blocks.TextBlock", (), {"label": "Consignes"}),
                                    3: (
                                        "wagtail.blocks.StructBlock",
                                        [[("title", 0), ("duration", 1), ("instructions", 2)]],
                                        {},
                                    ),
                                },
                                verbose_name="déroulé",
                            ),
                        ),
                        (
                            "tips",
                            models.TextField(blank=True, max_length=3000, verbose_name="conseils"),
                        ),
                        (
                            "pitfalls",
                            models.TextField(
                                blank=True, max_length=3000, verbose_name="pièges à éviter"
                            ),
                        ),
                        (
                            "variants",
                            models.TextField(blank=True, max_length=3000, verbose_name="variantes"),
                        ),
                        (
                            "handouts",
                            wagtail.fields.StreamField(
                                [("document", 0)],
                                blank=True,
                                block_lookup={
                                    0: (
                                        "wagtail.documents.blocks.DocumentChooserBlock",
                                        (),
                                        {"label": "Document"},
                                    )
                                },
                                verbose_name="supports à télécharger",
                            ),
                        ),
                        (
                            "experience_method",
                            models.OneToOneField(
                                blank=True,
                                help_text="Les expériences qui cochent cette méthode sont listées sur la fiche.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="library_page",
                                to="experiences.method",
                                verbose_name="méthode des expériences",
                            ),
                        ),
                        (
                            "themes",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="network.theme", verbose_name="thèmes"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "fiche méthode",
                        "verbose_name_plural": "fiches méthodes",
                        "db_table": "network_methodpage",
                    },
                    bases=("wagtailcore.page",),
                ),
            ],
            database_operations=[],
        ),
    ]
