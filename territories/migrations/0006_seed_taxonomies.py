"""The managed taxonomies every install starts with (the network team edits them later)."""

from django.db import migrations

KINDS = [
    ("association", "Association"),
    ("entreprise", "Entreprise"),
    ("structure-ess", "Structure de l’ESS"),
    ("ecole", "École"),
    ("college", "Collège"),
    ("lycee", "Lycée"),
    ("enseignement-superieur-recherche", "Enseignement supérieur / recherche"),
    ("collectivite", "Collectivité"),
    ("institution-publique", "Institution publique"),
    ("chambre-consulaire", "Chambre consulaire"),
    ("club-entreprises", "Club d’entreprises"),
    ("incubateur-tiers-lieu", "Incubateur / tiers-lieu"),
    ("collectif-citoyen", "Collectif citoyen"),
    ("fondation", "Fondation"),
]
OFFERS = [
    ("accueil-stagiaires", "Accueil de stagiaires"),
    ("alternance", "Alternance"),
    ("parrainage-mentorat", "Parrainage / mentorat"),
    ("visites", "Visites"),
    ("interventions-en-classe", "Interventions en classe"),
    ("pret-de-locaux", "Prêt de locaux"),
    ("mecenat-competences", "Mécénat de compétences"),
    ("benevolat", "Bénévolat"),
    ("offres-emploi", "Offres d’emploi"),
    ("pret-de-materiel", "Prêt de matériel"),
    ("soutien-financier", "Soutien financier"),
]
THEMES = [
    ("etat-des-partenariats", "État des lieux des partenariats en France et spécificités régionales"),
    ("fragilites-et-alliances", "Fragilités territoriales et alliances innovantes"),
    ("modeles-de-co-construction", "Modèles de co-construction territoriale"),
    ("innovations-territoriales", "Innovations territoriales et sociétales, publiques et privées"),
    ("tiers-lieux-et-dialogue", "Tiers-lieux et dialogue territorial"),
    ("partenariats-associations-entreprises", "Partenariats associations–entreprises"),
    ("modeles-socio-economiques-hybrides", "Modèles socio-économiques hybrides"),
    ("rse-et-partenariats", "RSE et partenariats"),
]


def seed(apps, schema_editor):
    for model_name, rows in (
        ("territories.ActorKind", KINDS),
        ("territories.Offer", OFFERS),
        ("network.Theme", THEMES),
    ):
        model = apps.get_model(model_name)
        for slug, name in rows:
            if not model.objects.filter(slug=slug).exists() and not model.objects.filter(name=name).exists():
                model.objects.create(slug=slug, name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("territories", "0005_actors"),
        ("network", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
