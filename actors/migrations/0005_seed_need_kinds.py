"""The need kinds every install starts with (the choices projects' needs had until now, plus
« lieux de stage » and « alternants »), and which offers answer them; the network team edits
both later in the taxonomy."""

from django.db import migrations

NEED_KINDS = [
    ("stagiaires", "Stagiaires"),
    ("lieux-de-stage", "Lieux de stage"),
    ("alternants", "Alternants"),
    ("benevoles", "Bénévoles"),
    ("competences", "Compétences"),
    ("locaux", "Locaux"),
    ("materiel", "Matériel"),
    ("financement", "Financement"),
    ("partenaires", "Partenaires"),
    ("autre", "Autre"),
]
# offer slug → the need kinds it answers (offers seeded by territories.0006).
ANSWERS = {
    "accueil-stagiaires": ["stagiaires", "lieux-de-stage"],
    "alternance": ["alternants"],
    "parrainage-mentorat": ["competences", "partenaires"],
    "interventions-en-classe": ["competences"],
    "mecenat-competences": ["competences", "partenaires"],
    "pret-de-locaux": ["locaux"],
    "benevolat": ["benevoles"],
    "pret-de-materiel": ["materiel"],
    "soutien-financier": ["financement", "partenaires"],
}


def seed(apps, schema_editor):
    NeedKind = apps.get_model("actors", "NeedKind")
    Offer = apps.get_model("actors", "Offer")
    for slug, name in NEED_KINDS:
        if not NeedKind.objects.filter(slug=slug).exists() and not NeedKind.objects.filter(name=name).exists():
            NeedKind.objects.create(slug=slug, name=name)
    kinds = {kind.slug: kind for kind in NeedKind.objects.all()}
    for offer in Offer.objects.filter(slug__in=ANSWERS):
        offer.answers.add(*(kinds[slug] for slug in ANSWERS[offer.slug] if slug in kinds))


class Migration(migrations.Migration):
    dependencies = [("actors", "0004_needkind_seeks")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
