"""Demo content of the shared library and the agenda, written for the demo (facts from the
pathway's seeds, text in our own words)."""

from typing import Any

LIBRARY = {
    "title": "Bibliothèque",
    "intro": (
        "Les fiches méthodes et les enseignements que les territoires pionniers ont tirés de "
        "leur pratique, partagés par tout le réseau."
    ),
}

LESSONS: list[dict[str, Any]] = [
    {
        "number": 1,
        "slug": "territoire-de-projets-et-ecosysteme",
        "title": "Distinguer territoire de projets et écosystème territorial",
        "statement": (
            "Un territoire de projets se dessine autour d’une action ; un écosystème territorial "
            "est l’espace où les habitants et les organisations vivent et agissent au quotidien."
        ),
        "explanation": (
            "Confondre les deux conduit à bâtir des alliances taillées pour un seul projet, qui "
            "s’éteignent avec lui. Nommer l’écosystème permet de voir les acteurs qui comptent "
            "au-delà du périmètre de l’action du moment."
        ),
        "practice": (
            "Avant de lancer une démarche, dessinez les deux cartes : celle du projet et celle de "
            "l’écosystème. La seconde guide le choix des partenaires durables."
        ),
        "themes": ["modeles-de-co-construction"],
        "territories": ["vitawin"],
    },
    {
        "number": 2,
        "slug": "trois-ingenieries",
        "title": "Articuler trois ingénieries",
        "statement": (
            "La co-construction demande d’articuler la gestion, la conduite de projet et la "
            "catalyse, c’est-à-dire l’animation transversale du territoire."
        ),
        "explanation": (
            "Chaque ingénierie a ses compétences et ses temps. La catalyse, la moins visible, "
            "relie les deux autres et donne sa cohérence à l’ensemble."
        ),
        "practice": (
            "Identifiez qui porte chaque ingénierie et prévoyez du temps dédié à l’animation "
            "transversale dans les budgets, pas seulement aux projets."
        ),
        "themes": ["modeles-de-co-construction"],
        "territories": [],
    },
    {
        "number": 3,
        "slug": "catalyseur-ou-operateur",
        "title": "Catalyseur ou opérateur : ne pas confondre les rôles",
        "statement": (
            "Un catalyseur qui se met à opérer lui-même les solutions qu’il a fait naître perd du "
            "temps, des moyens et sa légitimité d’animateur neutre."
        ),
        "explanation": (
            "La tentation est forte quand personne ne reprend une idée. Mais l’opérateur devient "
            "concurrent de ceux qu’il devait rapprocher."
        ),
        "practice": (
            "Cherchez dès le départ l’opérateur de projets territoriaux qui portera l’action ; le "
            "catalyseur reste en appui et passe la main."
        ),
        "themes": ["modeles-de-co-construction", "innovations-territoriales"],
        "territories": [],
    },
    {
        "number": 4,
        "slug": "perennite-du-catalyseur",
        "title": "Les clés de la pérennité d’un catalyseur",
        "statement": (
            "Un catalyseur dure s’il clarifie son positionnement, son modèle socio-économique, "
            "sa gouvernance et son cadre technique (juridique, fiscal, social)."
        ),
        "explanation": (
            "Ces quatre clés se travaillent ensemble : un financement sans gouvernance partagée "
            "fragilise autant qu’une gouvernance sans ressources."
        ),
        "practice": (
            "Faites le point sur les quatre clés chaque année, avec les partenaires, et notez ce "
            "qui reste à consolider."
        ),
        "themes": ["modeles-socio-economiques-hybrides"],
        "territories": [],
    },
    {
        "number": 5,
        "slug": "evaluer-selon-la-maturite",
        "title": "Adapter l’évaluation à la maturité",
        "statement": (
            "Une innovation qui émerge ne se juge pas avec la grille d’une innovation installée."
        ),
        "explanation": (
            "Au démarrage, on mesure surtout les liens créés et les apprentissages ; les "
            "indicateurs d’impact viennent quand l’action a trouvé sa forme."
        ),
        "practice": (
            "Choisissez avec les financeurs des indicateurs par étape : émergence, consolidation, "
            "essaimage."
        ),
        "themes": ["innovations-territoriales"],
        "territories": [],
    },
    {
        "number": 6,
        "slug": "animation-et-tiers-lieux",
        "title": "Animation territoriale et tiers-lieux vont de pair",
        "statement": (
            "Un tiers-lieu donne un point d’ancrage à l’animation territoriale, et l’animation "
            "fait vivre le tiers-lieu."
        ),
        "explanation": (
            "Le lieu rend la coopération visible et accessible ; sans animation, il reste un "
            "espace de travail partagé parmi d’autres."
        ),
        "practice": (
            "Associez l’équipe d’animation au projet de tiers-lieu dès sa conception, et ouvrez "
            "le lieu aux rencontres entre acteurs."
        ),
        "themes": ["tiers-lieux-et-dialogue"],
        "territories": ["le-catalyseur"],
    },
    {
        "number": 7,
        "slug": "ancrage-territorial",
        "title": "Pas d’innovation sociétale sans ancrage territorial",
        "statement": (
            "Les innovations qui changent la vie des habitants naissent et tiennent là où elles "
            "s’appuient sur les ressources et les acteurs d’un territoire."
        ),
        "explanation": (
            "Les solutions importées sans appropriation locale s’essoufflent ; celles qui "
            "mobilisent l’écosystème trouvent des relais."
        ),
        "practice": (
            "Partez d’un diagnostic partagé avec les acteurs locaux avant de transposer une "
            "solution venue d’ailleurs."
        ),
        "themes": ["innovations-territoriales", "fragilites-et-alliances"],
        "territories": [],
    },
]

METHODS: list[dict[str, Any]] = [
    {
        "slug": "brainstorming-3-12-3",
        "method": "brainstorming-3-12-3",
        "title": "Brainstorming 3-12-3",
        "objective": (
            "Faire produire beaucoup d’idées à un groupe en un temps très court, puis les rendre "
            "concrètes à deux."
        ),
        "when_to_use": "En ouverture d’atelier, pour lancer un sujet neuf ou relancer un groupe.",
        "duration": "18 minutes (hors restitution)",
        "group_size": "6 à 30 personnes, en binômes",
        "roles": "Une personne anime et tient le temps ; chaque participant écrit.",
        "materials": "Post-it, feutres, un mur ou un tableau, un minuteur.",
        "steps": [
            (
                "Seul",
                3,
                "Chacun écrit le plus d’idées possible, une par post-it, sans se censurer.",
            ),
            (
                "En binôme",
                12,
                "Les binômes choisissent quelques idées et les rendent concrètes : pour qui, avec qui, comment.",
            ),
            ("Restitution", 3, "Chaque binôme présente son idée la plus aboutie en trois minutes."),
        ],
        "tips": "Annoncez la règle du temps dès le début et tenez-la : la contrainte libère les idées.",
        "pitfalls": "Laisser la restitution déborder ; juger les idées pendant la phase individuelle.",
        "variants": "En visio, remplacer les post-it par un tableau blanc partagé.",
        "themes": ["modeles-de-co-construction"],
    },
    {
        "slug": "cartographie-des-parties-prenantes",
        "method": "cartographie-des-parties-prenantes",
        "title": "Cartographie des parties prenantes",
        "objective": (
            "Voir qui agit sur un sujet dans le territoire, avec quelles compétences et quel "
            "degré d’implication, pour repérer les manques."
        ),
        "when_to_use": "Au démarrage d’une démarche, puis à chaque étape clé pour la mettre à jour.",
        "duration": "2 heures",
        "group_size": "5 à 15 personnes d’horizons différents",
        "roles": "Une animation, un ou une secrétaire qui tient la carte.",
        "materials": "Grande feuille ou carte en ligne, gommettes de couleur par type d’acteur.",
        "steps": [
            ("Lister", 30, "Nommer les personnes, les métiers et les organisations concernés."),
            (
                "Situer",
                45,
                "Placer chacun selon son implication : moteur, partenaire, à convaincre.",
            ),
            (
                "Repérer les manques",
                30,
                "Chercher les compétences absentes et ce que d’autres territoires ont déjà fait.",
            ),
            ("Décider", 15, "Choisir qui contacter et qui s’en charge."),
        ],
        "tips": "Mêlez des élus, des entreprises et des associations autour de la même carte.",
        "pitfalls": "Ne cartographier que les acteurs déjà connus de l’équipe.",
        "variants": "Une carte des acteurs en ligne que chacun complète.",
        "themes": ["etat-des-partenariats"],
    },
    {
        "slug": "diagnostic-partage",
        "method": "diagnostic-territorial-partage",
        "title": "Diagnostic territorial partagé",
        "objective": (
            "Construire à plusieurs une lecture commune des forces et des fragilités du "
            "territoire, point de départ de la coopération."
        ),
        "when_to_use": "Avant de choisir des projets, ou quand les acteurs ne partagent pas les mêmes constats.",
        "duration": "Une demi-journée, parfois en deux séances",
        "group_size": "10 à 40 personnes",
        "roles": "Une animation neutre, des rapporteurs par table.",
        "materials": "Données clés du territoire imprimées, grilles atouts / fragilités.",
        "steps": [
            ("Partager les données", 30, "Présenter quelques chiffres clés, sans les commenter."),
            (
                "Tables thématiques",
                90,
                "Chaque table liste atouts, fragilités et ressources cachées.",
            ),
            ("Mise en commun", 45, "Rassembler les constats et repérer les convergences."),
        ],
        "tips": "Invitez des habitants et des étudiants : ils voient ce que les experts ne voient plus.",
        "pitfalls": "Présenter un diagnostic déjà écrit à faire valider.",
        "variants": "Confier une partie du diagnostic à des étudiants dans le cadre d’une recherche-action.",
        "themes": ["fragilites-et-alliances"],
    },
    {
        "slug": "visite-de-terrain",
        "method": "visites-et-voyages-d-etude",
        "title": "Visite de terrain et voyage d’étude",
        "objective": (
            "Faire comprendre aux décideurs le quotidien des habitants et des structures en "
            "allant sur place, et s’inspirer d’autres territoires."
        ),
        "when_to_use": "Quand les échanges restent abstraits, ou pour convaincre un partenaire.",
        "duration": "Une journée",
        "group_size": "8 à 20 personnes",
        "roles": "Un hôte sur place, une personne qui prépare les questions et le retour.",
        "materials": "Programme de visite, carnet d’étonnement.",
        "steps": [
            ("Préparer", 60, "Choisir les lieux et les questions à se poser sur place."),
            ("Visiter", 300, "Rencontrer les acteurs, écouter avant de proposer."),
            ("Débriefer", 60, "Partager les étonnements et ce que l’on veut transposer."),
        ],
        "tips": "Les jeux de rôle avant la visite aident à se mettre à la place des habitants.",
        "pitfalls": "Une visite vitrine, sans temps d’échange avec ceux qui font.",
        "variants": "Binômes de territoires pionniers qui se rendent visite à tour de rôle.",
        "themes": ["innovations-territoriales"],
    },
    {
        "slug": "concertation-citoyenne",
        "method": "concertation-citoyenne",
        "title": "Concertation citoyenne",
        "objective": (
            "Recueillir largement la parole des habitants et des porteurs de projets avant de "
            "décider, et leur rendre compte."
        ),
        "when_to_use": "Pour un projet qui touche la vie quotidienne d’un quartier ou d’une commune.",
        "duration": "Plusieurs mois",
        "group_size": "De quelques dizaines à plusieurs centaines de personnes",
        "roles": "Une équipe d’animation, des enquêteurs, un comité de suivi.",
        "materials": "Salles de réunion, grille d’entretien, support de restitution.",
        "steps": [
            (
                "Réunions publiques",
                120,
                "Une série de réunions ouvertes dans différents quartiers.",
            ),
            ("Entretiens", 60, "Des entretiens individuels avec habitants et porteurs de projets."),
            ("Restitution", 90, "Présenter ce qui a été entendu et ce qui en sera fait."),
        ],
        "tips": "Annoncez dès le départ ce qui est ouvert à la discussion et ce qui ne l’est pas.",
        "pitfalls": "Consulter sans rendre compte : la confiance se perd pour longtemps.",
        "variants": "Une métropole a mené une dizaine de réunions d’une centaine de personnes et une centaine d’entretiens.",
        "themes": ["tiers-lieux-et-dialogue"],
    },
]

GLOSSARY = [
    (
        "catalyseur territorial",
        "catalyseur-territorial",
        "Petite équipe qui fait se connaître et agir ensemble les acteurs d’un territoire autour de défis communs ; elle relie sans opérer les projets.",
    ),
    (
        "opérateur de projets territoriaux",
        "operateur-de-projets-territoriaux",
        "Structure qui porte et met en œuvre une action née de la coopération.",
    ),
    (
        "territoire de projets",
        "territoire-de-projets",
        "Périmètre dessiné par une action commune, à distinguer de l’écosystème territorial.",
    ),
    (
        "écosystème territorial",
        "ecosysteme-territorial",
        "Ensemble des acteurs et des lieux où les habitants vivent et agissent au quotidien.",
    ),
    (
        "tiers-lieu",
        "tiers-lieu",
        "Lieu partagé, ni domicile ni bureau classique, où se croisent des publics et des activités variés.",
    ),
    (
        "PTCE",
        "ptce",
        "Pôle territorial de coopération économique : regroupement d’acteurs de l’ESS, d’entreprises, de collectivités et de chercheurs sur un territoire.",
    ),
    (
        "ESS",
        "ess",
        "Économie sociale et solidaire : associations, coopératives, mutuelles, fondations et entreprises à utilité sociale.",
    ),
    (
        "RSE",
        "rse",
        "Responsabilité sociétale des entreprises : la prise en compte des effets sociaux et environnementaux de leur activité.",
    ),
    (
        "co-construction territoriale",
        "co-construction-territoriale",
        "Pratique qui consiste à bâtir ensemble, entre secteurs, des réponses locales.",
    ),
]

# Events: the yearly meeting (past) and upcoming ones, relative to today.
PIONEERS_MEETING: dict[str, Any] = {
    "slug": "rencontre-des-pionniers-2019",
    "title": "5e Rencontre des pionniers des alliances en territoire",
    "kind": "meeting",
    "summary": (
        "La rencontre annuelle du réseau informel des pionniers, qui comptait alors plus de "
        "350 membres : retours d’expérience, ateliers et temps d’échange."
    ),
    "start": (2019, 6, 26, 9, 30),
    "end": (2019, 6, 26, 17, 30),
    "place_name": "Paris",
    "address": "Paris",
    "location": "SRID=4326;POINT(2.3522 48.8566)",
}
UPCOMING: list[dict[str, Any]] = [
    {
        "slug": "webinaire-cartographier-son-ecosysteme",
        "title": "Webinaire : cartographier son écosystème",
        "kind": "webinar",
        "summary": "Une heure pour découvrir la cartographie des parties prenantes, avec deux territoires qui l’ont pratiquée.",
        "days": 21,
        "hour": 11,
        "duration_hours": 1,
        "online_url": "https://visio.example.org/cartographie",
        "registration": "form",
        "capacity": 80,
    },
    {
        "slug": "atelier-brainstorming-3-12-3",
        "title": "Atelier : le brainstorming 3-12-3 en pratique",
        "kind": "workshop",
        "summary": "Un atelier court pour essayer la méthode en conditions réelles sur un défi local.",
        "days": 45,
        "hour": 14,
        "duration_hours": 3,
        "place_name": "Maison de la vie associative",
        "address": "Aix-en-Provence",
        "location": "SRID=4326;POINT(5.4474 43.5297)",
        "registration": "form",
        "capacity": 20,
    },
]
