"""The models of the events and their registrations move here from the ``network`` app
(``network.0003_library_events`` created their tables): state only, the tables keep their
names (``Meta.db_table``) and their rows. ``network.0005_move_library_events`` removes them
from the network app's state."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import modelcluster.fields
import wagtail.fields


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("network", "0004_french_unaccent_search"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="EventIndexPage",
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
                        "verbose_name": "agenda",
                        "verbose_name_plural": "agendas",
                        "db_table": "network_eventindexpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="EventPage",
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
                            "kind",
                            models.CharField(
                                choices=[
                                    ("meeting", "Rencontre"),
                                    ("workshop", "Atelier"),
                                    ("webinar", "Webinaire"),
                                    ("other", "Autre"),
                                ],
                                default="meeting",
                                max_length=20,
                                verbose_name="type",
                            ),
                        ),
                        ("summary", models.TextField(max_length=800, verbose_name="résumé")),
                        (
                            "start",
                            models.DateTimeField(help_text="Heure de Paris.", verbose_name="début"),
                        ),
                        (
                            "end",
                            models.DateTimeField(help_text="Heure de Paris.", verbose_name="fin"),
                        ),
                        (
                            "place_name",
                            models.CharField(blank=True, max_length=200, verbose_name="lieu"),
                        ),
                        (
                            "address",
                            models.CharField(blank=True, max_length=300, verbose_name="adresse"),
                        ),
                        (
                            "location",
                            models.CharField(blank=True, max_length=250, verbose_name="position"),
                        ),
                        (
                            "online_url",
                            models.URLField(blank=True, verbose_name="lien de connexion"),
                        ),
                        (
                            "programme",
                            wagtail.fields.StreamField(
                                [
                                    ("heading", 2),
                                    ("paragraph", 3),
                                    ("image", 4),
                                    ("quote", 7),
                                    ("figure", 11),
                                ],
                                blank=True,
                                block_lookup={
                                    0: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"label": "Texte", "max_length": 200},
                                    ),
                                    1: (
                                        "wagtail.blocks.ChoiceBlock",
                                        [],
                                        {
                                            "choices": [
                                                ("h2", "Titre de section (h2)"),
                                                ("h3", "Sous-titre (h3)"),
                                            ],
                                            "label": "Niveau",
                                        },
                                    ),
                                    2: (
                                        "wagtail.blocks.StructBlock",
                                        [[("text", 0), ("level", 1)]],
                                        {},
                                    ),
                                    3: (
                                        "wagtail.blocks.RichTextBlock",
                                        (),
                                        {
                                            "description": "Du texte mis en forme : gras, listes, liens.",
                                            "features": [
                                                "h2",
                                                "h3",
                                                "bold",
                                                "italic",
                                                "ol",
                                                "ul",
                                                "link",
                                                "document-link",
                                            ],
                                            "icon": "pilcrow",
                                            "label": "Paragraphe",
                                            "preview_value": "<p>Les acteurs du territoire se rencontrent chaque trimestre.</p>",
                                            "template": "blocks/paragraph_block.html",
                                        },
                                    ),
                                    4: (
                                        "wagtail.images.blocks.ImageBlock",
                                        [],
                                        {
                                            "description": "Une image avec son texte alternatif.",
                                            "label": "Image",
                                            "template": "blocks/image_block.html",
                                        },
                                    ),
                                    5: ("wagtail.blocks.TextBlock", (), {"label": "Citation"}),
                                    6: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {
                                            "label": "Auteur ou autrice",
                                            "max_length": 200,
                                            "required": False,
                                        },
                                    ),
                                    7: (
                                        "wagtail.blocks.StructBlock",
                                        [[("text", 5), ("author", 6)]],
                                        {},
                                    ),
                                    8: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"label": "Valeur", "max_length": 40},
                                    ),
                                    9: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"label": "Unité", "max_length": 60, "required": False},
                                    ),
                                    10: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {"label": "Libellé", "max_length": 120},
                                    ),
                                    11: (
                                        "wagtail.blocks.StructBlock",
                                        [[("value", 8), ("unit", 9), ("label", 10)]],
                                        {},
                                    ),
                                },
                                verbose_name="programme",
                            ),
                        ),
                        (
                            "registration",
                            models.CharField(
                                choices=[
                                    ("none", "Pas d’inscription"),
                                    ("external", "Lien externe"),
                                    ("form", "Formulaire du site"),
                                ],
                                default="none",
                                max_length=10,
                                verbose_name="inscription",
                            ),
                        ),
                        (
                            "registration_url",
                            models.URLField(blank=True, verbose_name="lien d’inscription"),
                        ),
                        (
                            "capacity",
                            models.PositiveIntegerField(
                                blank=True,
                                help_text="Vide : sans limite.",
                                null=True,
                                verbose_name="places",
                            ),
                        ),
                        (
                            "waiting_list",
                            models.BooleanField(default=True, verbose_name="liste d’attente"),
                        ),
                        (
                            "themes",
                            modelcluster.fields.ParentalManyToManyField(
                                blank=True, to="network.theme", verbose_name="thèmes"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "événement",
                        "verbose_name_plural": "événements",
                        "db_table": "network_eventpage",
                    },
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="EventRegistration",
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
                        ("name", models.CharField(max_length=150, verbose_name="nom")),
                        ("email", models.EmailField(max_length=254, verbose_name="courriel")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("confirmed", "Confirmée"),
                                    ("waitlisted", "Liste d’attente"),
                                    ("cancelled", "Annulée"),
                                ],
                                default="confirmed",
                                max_length=12,
                                verbose_name="statut",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="inscrit le"),
                        ),
                        (
                            "event",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="registrations",
                                to="events.eventpage",
                                verbose_name="événement",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "inscription",
                        "verbose_name_plural": "inscriptions",
                        "db_table": "network_eventregistration",
                        "ordering": ["created_at", "pk"],
                        "constraints": [
                            models.UniqueConstraint(
                                condition=models.Q(("status", "cancelled"), _negated=True),
                                fields=("event", "email"),
                                name="one_active_registration_per_email",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
