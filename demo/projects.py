"""Demo projects and needs (pure data and an idempotent loader), written afresh from the
facts of the seeds: Vitawin's school–company links (internships, work-study, pilot city
Charenton), the Mureaux PTCE's four axes (tourism, economy, environment, solidarity), Le
Centsept's cooperation between authorities, firms and associations, Face Paris's
work-study, job seekers over 45 and refugees. Names of schools, firms and associations are
the demo's fictional actors (demo/actors.py). Lead addresses use ``.example``.

``load_projects()`` gives each territory its projects section (``projects_provision``),
then creates each project once (found by slug under the territory's index) with its
partners, communes, themes and needs; a project already there is left as it is.
"""

from datetime import date

from django.db import transaction

from actors.models import Actor, NeedKind
from network.models import Theme
from projects.models import Need, ProjectPage
from projects.services import projects_provision
from territories.models import Territory

PROJECTS: dict[str, list[dict]] = {
    "vitawin": [
        {
            "slug": "un-stage-pour-chaque-eleve-de-3e",
            "title": "Un stage pour chaque élève de 3e",
            "summary": (
                "Les collèges de Paris Est Marne & Bois cherchent chaque hiver des lieux de "
                "stage d’observation. Le projet relie les établissements aux entreprises du "
                "territoire pour qu’aucun élève ne reste sans solution."
            ),
            "challenge": (
                "<p>Le territoire compte des dizaines de milliers d’établissements, très "
                "majoritairement des petites entreprises, mais les élèves sans réseau "
                "familial peinent à trouver une semaine de stage. Le projet commence à "
                "Charenton-le-Pont, ville pilote, avant de s’étendre aux autres communes.</p>"
            ),
            "status": "en_cours",
            "start": date(2018, 11, 1),
            "lead_name": "Équipe d’animation Vitawin",
            "lead_email": "stages@vitawin.example",
            "communes": ["94018", "94046"],
            "themes": ["partenariats-associations-entreprises", "fragilites-et-alliances"],
            "partners": [
                ("Collège La Passerelle", "établissement pilote"),
                ("Mairie de Charenton-le-Pont", "ville pilote, accueil de stagiaires"),
                ("Chambre de commerce et d’industrie du Val-de-Marne", "mobilise les entreprises"),
                ("Boulangerie Au Pont de Charenton", "entreprise d’accueil"),
            ],
            "needs": [
                {
                    "kind": "partenaires",
                    "title": "Vingt entreprises d’accueil pour décembre",
                    "description": (
                        "Une semaine d’observation pour des élèves de 3e : un tuteur, un "
                        "poste où regarder le travail se faire, c’est tout ce qu’il faut."
                    ),
                    "quantity": 20,
                    "communes": ["94018"],
                },
                {
                    "kind": "benevoles",
                    "title": "Salariés pour un atelier « lettre de motivation »",
                    "description": "Deux heures un mercredi après-midi, au collège.",
                    "quantity": 6,
                },
            ],
        },
        {
            "slug": "forum-alternance-est-marne",
            "title": "Forum de l’alternance Est Marne",
            "summary": (
                "Un rendez-vous annuel où lycéens, apprentis et employeurs du territoire se "
                "rencontrent pour signer des contrats d’apprentissage."
            ),
            "challenge": (
                "<p>Beaucoup de petites entreprises voudraient former un apprenti sans savoir "
                "par où commencer ; les lycées professionnels ont des candidats. Le forum "
                "rapproche les deux.</p>"
            ),
            "status": "preparation",
            "start": date(2026, 3, 1),
            "lead_name": "Club Entreprises responsables Marne & Bois",
            "lead_email": "forum@club-marne-bois.example",
            "communes": ["94033", "94052"],
            "themes": ["partenariats-associations-entreprises"],
            "partners": [
                ("Club Entreprises responsables Marne & Bois", "porteur"),
                ("Lycée polyvalent du Viaduc", "lycée partenaire"),
                ("La Canopée, espace de coworking", "lieu du forum"),
            ],
            "needs": [
                {
                    "kind": "locaux",
                    "title": "Une salle de 200 personnes un samedi de mars",
                    "quantity": 1,
                },
            ],
        },
    ],
    "vivre-les-mureaux": [
        {
            "slug": "zero-dechet-au-marche",
            "title": "Zéro déchet au marché des Mureaux",
            "summary": (
                "Recycleries, commerçants et habitants réduisent ensemble les invendus et les "
                "emballages du marché, dans l’esprit du pôle : zéro exclusion, zéro carbone."
            ),
            "challenge": (
                "<p>L’axe environnement du PTCE rejoint ici l’axe solidarité : les invendus "
                "récupérés alimentent l’épicerie solidaire plutôt que la benne.</p>"
            ),
            "status": "en_cours",
            "start": date(2025, 9, 1),
            "lead_name": "Collectif Mureaux Zéro Carbone",
            "lead_email": "marche@mureaux-zero-carbone.example",
            "communes": ["78440"],
            "themes": ["innovations-territoriales"],
            "partners": [
                ("Collectif Mureaux Zéro Carbone", "porteur"),
                ("La Ressource, recyclerie des Mureaux", "collecte et réemploi"),
                ("Le Panier mureautin", "redistribution"),
            ],
            "needs": [
                {
                    "kind": "benevoles",
                    "title": "Bénévoles le samedi matin pour la collecte",
                    "quantity": 8,
                },
                {
                    "kind": "materiel",
                    "title": "Un triporteur ou un vélo cargo",
                    "description": "Pour transporter les cagettes du marché à l’épicerie.",
                    "quantity": 1,
                },
            ],
        },
        {
            "slug": "balades-patrimoine-seine",
            "title": "Balades du patrimoine en bord de Seine",
            "summary": (
                "Des habitants formés guident les visiteurs le long de la Seine : l’axe "
                "tourisme du pôle, porté par les associations du quartier."
            ),
            "status": "idee",
            "lead_name": "Seine & Patrimoine mureautin",
            "communes": ["78440"],
            "themes": ["tiers-lieux-et-dialogue"],
            "partners": [
                ("Seine & Patrimoine mureautin", "porteur"),
                ("Mairie des Mureaux", "soutien"),
            ],
            "needs": [
                {"kind": "competences", "title": "Un graphiste pour le plan des balades"},
            ],
        },
    ],
    "centsept": [
        {
            "slug": "mobilite-solidaire-metropole",
            "title": "Mobilité solidaire pour l’emploi",
            "summary": (
                "Collectivité, entreprises et associations s’allient pour que le transport ne "
                "soit plus un frein à la reprise d’emploi dans l’est lyonnais."
            ),
            "challenge": (
                "<p>Le Centsept fait coopérer les acteurs ; il n’exploite pas le service. "
                "L’association de vélo solidaire en assure l’exploitation, les entreprises "
                "financent les vélos prêtés à leurs nouvelles recrues.</p>"
            ),
            "status": "preparation",
            "start": date(2026, 1, 15),
            "lead_name": "Vélo solidaire lyonnais",
            "lead_email": "contact@velo-solidaire.example",
            "communes": ["69259", "69256"],
            "themes": ["modeles-socio-economiques-hybrides", "rse-et-partenariats"],
            "partners": [
                ("Vélo solidaire lyonnais", "opérateur"),
                ("Groupe Confluences Services", "financeur"),
                ("Métropole de Lyon", "partenaire public"),
            ],
            "needs": [
                {
                    "kind": "financement",
                    "title": "Financer trente vélos à assistance électrique",
                    "quantity": 30,
                },
                {
                    "kind": "stagiaires",
                    "title": "Un stagiaire en mécanique cycle",
                    "deadline": date(2026, 6, 30),
                    "quantity": 1,
                },
            ],
        },
    ],
    "face-paris": [
        {
            "slug": "parrainage-45-ans-et-plus",
            "title": "Parrainage des demandeurs d’emploi de plus de 45 ans",
            "summary": (
                "Des salariés d’entreprises du club parrainent des personnes de plus de 45 ans "
                "en recherche d’emploi : entretiens blancs, réseau, confiance."
            ),
            "status": "en_cours",
            "start": date(2024, 1, 1),
            "lead_name": "Face Paris",
            "lead_email": "parrainage@face-paris.example",
            "communes": ["75056"],
            "themes": ["fragilites-et-alliances", "rse-et-partenariats"],
            "partners": [
                ("Cap 45 et plus", "orientation des candidats"),
                ("Rive Droite RH Conseil", "parrains"),
                ("Hôtels Lutèce & Marais", "parrains et offres d’emploi"),
            ],
            "needs": [
                {
                    "kind": "benevoles",
                    "title": "Quinze nouveaux parrains et marraines",
                    "description": "Une heure par semaine pendant six mois.",
                    "quantity": 15,
                },
                {
                    "kind": "competences",
                    "title": "Des recruteurs pour des entretiens blancs",
                    "quantity": 5,
                },
            ],
        },
        {
            "slug": "alternance-pour-les-refugies",
            "title": "L’alternance pour les personnes réfugiées",
            "summary": (
                "Des contrats en alternance dans l’hôtellerie et la restauration, préparés "
                "avec un accompagnement à la langue et au métier."
            ),
            "status": "termine",
            "start": date(2023, 9, 1),
            "end": date(2025, 6, 30),
            "lead_name": "Passerelles Réfugiés Paris",
            "communes": ["75056"],
            "themes": ["partenariats-associations-entreprises"],
            "partners": [
                ("Passerelles Réfugiés Paris", "porteur"),
                ("Le Comptoir du Temple", "employeur"),
            ],
            "needs": [],
        },
    ],
}


def _actor(territory: Territory, name: str):
    return Actor.objects.filter(territory=territory, name=name).first()


def _project(index, territory: Territory, spec: dict, themes: dict, kinds: dict):
    existing = ProjectPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing, False
    page = ProjectPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        challenge=spec.get("challenge", ""),
        status=spec["status"],
        start_date=spec.get("start"),
        end_date=spec.get("end"),
        lead_name=spec.get("lead_name", ""),
        lead_email=spec.get("lead_email", ""),
    )
    page.full_clean(exclude=["path", "depth", "url_path"])
    index.add_child(instance=page)
    communes = {c.insee_code: c for c in territory.communes.all()}
    page.communes.set([communes[code] for code in spec["communes"] if code in communes])
    page.themes.set([themes[slug] for slug in spec["themes"] if slug in themes])
    for name, role in spec["partners"]:
        actor = _actor(territory, name)
        if actor is not None:
            page.partners.create(actor=actor, role=role)
    page.save_revision().publish()
    page = ProjectPage.objects.get(pk=page.pk)
    for need_spec in spec["needs"]:
        need_spec = dict(need_spec)
        need_communes = need_spec.pop("communes", [])
        need_spec["kind"] = kinds[need_spec["kind"]]
        need = Need(territory=territory, project=page, **need_spec)
        need.full_clean(exclude=["project", "actor", "territory"])
        need.save()
        need.communes.set([communes[code] for code in need_communes if code in communes])
        need.themes.set(page.themes.all())
    return page, True


def load_projects() -> int:
    """Create the demo projects that are missing; returns how many were created."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    kinds = {kind.slug: kind for kind in NeedKind.objects.all()}
    created = 0
    with transaction.atomic():
        for provisioned in Territory.objects.filter(site__isnull=False):
            projects_provision(provisioned)
        for slug, specs in PROJECTS.items():
            territory = Territory.objects.filter(slug=slug, site__isnull=False).first()
            if territory is None:
                continue
            index = projects_provision(territory)
            for spec in specs:
                _page, new = _project(index, territory, spec, themes, kinds)
                created += new
    return created
