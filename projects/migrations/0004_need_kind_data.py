"""Each need's old kind (a choice value) → the need kind of that slug (seeded by
actors.0005 with the same values; a value unknown there is created with its slug as name)."""

from django.db import migrations

LABELS = {
    "stagiaires": "Stagiaires",
    "benevoles": "Bénévoles",
    "competences": "Compétences",
    "locaux": "Locaux",
    "materiel": "Matériel",
    "financement": "Financement",
    "partenaires": "Partenaires",
    "autre": "Autre",
}


def forward(apps, schema_editor):
    Need = apps.get_model("projects", "Need")
    NeedKind = apps.get_model("actors", "NeedKind")
    for value in Need.objects.values_list("kind", flat=True).distinct().order_by():
        kind = NeedKind.objects.filter(slug=value).first()
        if kind is None:
            name = LABELS.get(value, value or "Autre")
            kind = NeedKind.objects.filter(name=name).first() or NeedKind.objects.create(
                slug=value or "autre", name=name
            )
        Need.objects.filter(kind=value).update(kind_new=kind)


def backward(apps, schema_editor):
    Need = apps.get_model("projects", "Need")
    NeedKind = apps.get_model("actors", "NeedKind")
    for kind in NeedKind.objects.filter(pk__in=Need.objects.values("kind_new")):
        Need.objects.filter(kind_new=kind).update(kind=kind.slug[:20])


class Migration(migrations.Migration):
    dependencies = [("projects", "0003_need_kind_new")]

    operations = [migrations.RunPython(forward, backward)]
