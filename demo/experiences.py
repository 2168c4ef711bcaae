"""Demo experience write-ups (pure data, in French), from the facts of ``shared/domain.md``.

Every text is written afresh from the facts; no sentence comes from the source documents.
Contacts are fictional (``.example`` addresses). Ten experiences:

- Vitawin and the Val-de-Marne call for ESS projects are attached to the existing Vitawin
  territory (Paris Est Marne & Bois lies in the Val-de-Marne, whose council runs the call);
- Vivre Les Mureaux's cooperation pole and Centsept's social-innovation alliances, on those
  pioneers' own territories (written from the short portraits of the source documents, with
  their figures only: 600 actors, four axes);
- the six others happened where no demo territory exists: the loader creates those
  territories (``TERRITORIES`` below, with their communes) and a few directory actors for
  them (``ACTORS``), so each write-up sits on its own site and links to real entries.

Experience keys: slug, territory, title, summary, maturity, themes, methods (slugs of
``experiences/migrations/0002``), communes (INSEE codes of the territory), published (first
publication date), context, challenge, needs, actors ((territory slug, actor name, role)),
partners ((name, role)), methods_details, steps ((ISO date, title, text)), resources,
figures ((value, unit, label)), results, lessons, difficulties, success_factors,
transferability, contacts ((name, role, email)). Text parts are lists of paragraphs.
"""

from __future__ import annotations

TERRITORIES: list[dict] = [
    {
        "slug": "pays-de-saugues",
        "name": "Pays de Saugues",
        "carrying_structure": "Les Ateliers de la Bruyère",
        "region": "Auvergne-Rhône-Alpes",
        "description": (
            "Plateau de la Margeride, en Haute-Loire : autour de la laine, des habitants, des "
            "chercheurs et la collectivité font d’un savoir-faire oublié un projet de territoire."
        ),
        "maturity": "consolidation",
        "colour": "#6b4423",
        "themes": ["fragilites-et-alliances", "innovations-territoriales"],
        "communes": [
            {
                "insee": "43234",
                "name": "Saugues",
                "postcodes": ["43170"],
                "lat": 44.9597,
                "lng": 3.5461,
            },
        ],
    },
    {
        "slug": "clermont-ferrand",
        "name": "Clermont-Ferrand",
        "carrying_structure": "Collectif des Incroyables Comestibles",
        "region": "Auvergne-Rhône-Alpes",
        "description": (
            "Des habitants cultivent des bacs potagers ouverts à tous dans les rues de la ville, "
            "pour créer du lien autant que pour récolter."
        ),
        "maturity": "experimentation",
        "colour": "#2f6b2f",
        "themes": ["modeles-de-co-construction"],
        "communes": [
            {
                "insee": "63113",
                "name": "Clermont-Ferrand",
                "postcodes": ["63000", "63100"],
                "lat": 45.7797,
                "lng": 3.0863,
            },
        ],
    },
    {
        "slug": "valence-fontbarlettes",
        "name": "Valence – Fontbarlettes",
        "carrying_structure": "Association Le Mat Drôme",
        "region": "Auvergne-Rhône-Alpes",
        "description": (
            "Quartier prioritaire de Valence où une coopérative de la laine et une association "
            "d’habitants font pousser plus d’un hectare de jardins nourriciers."
        ),
        "maturity": "consolidation",
        "colour": "#8a2d52",
        "themes": ["fragilites-et-alliances", "modeles-socio-economiques-hybrides"],
        "communes": [
            {
                "insee": "26362",
                "name": "Valence",
                "postcodes": ["26000"],
                "lat": 44.9334,
                "lng": 4.8924,
            },
        ],
    },
    {
        "slug": "aubigny-sur-nere",
        "name": "Aubigny-sur-Nère",
        "carrying_structure": "Entraide du Bassin d’Emploi",
        "region": "Centre-Val de Loire",
        "description": (
            "Bassin d’emploi rural du Cher où une structure d’insertion et un industriel local "
            "coopèrent bien au-delà d’une relation de client à fournisseur."
        ),
        "maturity": "consolidation",
        "colour": "#1f4f7a",
        "themes": ["partenariats-associations-entreprises", "rse-et-partenariats"],
        "communes": [
            {
                "insee": "18015",
                "name": "Aubigny-sur-Nère",
                "postcodes": ["18700"],
                "lat": 47.4886,
                "lng": 2.4392,
            },
        ],
    },
    {
        "slug": "metropole-europeenne-de-lille",
        "name": "Métropole Européenne de Lille",
        "carrying_structure": "Métropole Européenne de Lille",
        "region": "Hauts-de-France",
        "description": (
            "Un projet de territoire construit autour du bien-vivre et de la parole des "
            "habitants, usagers des services de la métropole."
        ),
        "maturity": "experimentation",
        "colour": "#34495e",
        "themes": ["modeles-de-co-construction", "innovations-territoriales"],
        "communes": [
            {
                "insee": "59350",
                "name": "Lille",
                "postcodes": ["59000", "59160", "59260", "59777", "59800"],
                "lat": 50.6292,
                "lng": 3.0573,
            },
            {
                "insee": "59512",
                "name": "Roubaix",
                "postcodes": ["59100"],
                "lat": 50.6942,
                "lng": 3.1746,
            },
            {
                "insee": "59599",
                "name": "Tourcoing",
                "postcodes": ["59200"],
                "lat": 50.7239,
                "lng": 3.1612,
            },
            {
                "insee": "59009",
                "name": "Villeneuve-d’Ascq",
                "postcodes": ["59491", "59493", "59650"],
                "lat": 50.6233,
                "lng": 3.1450,
            },
        ],
    },
    {
        "slug": "saint-die-des-vosges",
        "name": "Saint-Dié-des-Vosges",
        "carrying_structure": "Communauté d’agglomération de Saint-Dié-des-Vosges",
        "region": "Grand Est",
        "description": (
            "Territoire rural marqué par la désindustrialisation, qui étudie depuis 2019 la "
            "création d’un pôle territorial de coopération économique."
        ),
        "maturity": "emergence",
        "colour": "#2c5f8a",
        "themes": ["fragilites-et-alliances", "modeles-socio-economiques-hybrides"],
        "communes": [
            {
                "insee": "88413",
                "name": "Saint-Dié-des-Vosges",
                "postcodes": ["88100"],
                "lat": 48.2849,
                "lng": 6.9492,
            },
        ],
    },
]

# Directory actors of the new territories (real organisations named in the sources;
# descriptions written afresh, no personal contact).
ACTORS: dict[str, list[dict]] = {
    "pays-de-saugues": [
        {
            "name": "Les Ateliers de la Bruyère",
            "kind": "association",
            "themes": ["innovations-territoriales"],
            "description": "Association née de l’initiative de deux éleveurs bénévoles, qui relance le travail de la laine locale et porte le pôle laine.",
            "postcode": "43170",
            "city": "Saugues",
            "insee": "43234",
            "lat": 44.9600,
            "lng": 3.5470,
        },
        {
            "name": "Mairie de Saugues",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction"],
            "description": "Commune du plateau de la Margeride, partenaire du volet culturel du pôle laine.",
            "postcode": "43170",
            "city": "Saugues",
            "insee": "43234",
            "lat": 44.9593,
            "lng": 3.5453,
        },
    ],
    "clermont-ferrand": [
        {
            "name": "Incroyables Comestibles de Clermont-Ferrand",
            "kind": "collectif-citoyen",
            "themes": ["modeles-de-co-construction"],
            "description": "Collectif d’habitants qui installe des potagers en libre service dans la ville ; chacun plante, arrose et récolte.",
            "postcode": "63000",
            "city": "Clermont-Ferrand",
            "insee": "63113",
            "lat": 45.7772,
            "lng": 3.0870,
        },
    ],
    "valence-fontbarlettes": [
        {
            "name": "Le Mat Drôme",
            "kind": "association",
            "themes": ["fragilites-et-alliances"],
            "description": "Association d’habitants du quartier de Fontbarlettes qui développe des jardins alimentaires avec et pour les habitants.",
            "postcode": "26000",
            "city": "Valence",
            "insee": "26362",
            "lat": 44.9240,
            "lng": 4.9150,
        },
        {
            "name": "SCOP Ardelaine",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides"],
            "description": "Coopérative ardéchoise de développement local autour de la filière laine, dont l’atelier de confection est installé à Fontbarlettes depuis le milieu des années 1980.",
            "postcode": "26000",
            "city": "Valence",
            "insee": "26362",
            "lat": 44.9252,
            "lng": 4.9128,
        },
    ],
    "aubigny-sur-nere": [
        {
            "name": "Entraide du Bassin d’Emploi",
            "kind": "structure-ess",
            "themes": ["partenariats-associations-entreprises"],
            "description": "Structure d’insertion fondée en 1987 par des élus, des habitants et des acteurs économiques ; maraîchage, paniers de légumes et retour à l’emploi.",
            "postcode": "18700",
            "city": "Aubigny-sur-Nère",
            "insee": "18015",
            "lat": 47.4870,
            "lng": 2.4420,
        },
        {
            "name": "WILO INTEC",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "description": "Site industriel d’un groupe international fabriquant des pompes à chaleur, partenaire de longue date de l’insertion locale.",
            "postcode": "18700",
            "city": "Aubigny-sur-Nère",
            "insee": "18015",
            "lat": 47.4930,
            "lng": 2.4310,
        },
    ],
    "metropole-europeenne-de-lille": [
        {
            "name": "Métropole Européenne de Lille",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction"],
            "description": "Intercommunalité qui a placé le bien-vivre et la parole des usagers au cœur de sa stratégie de territoire.",
            "postcode": "59000",
            "city": "Lille",
            "insee": "59350",
            "lat": 50.6360,
            "lng": 3.0550,
        },
        {
            "name": "Crois-Sens",
            "kind": "entreprise",
            "themes": ["innovations-territoriales", "modeles-socio-economiques-hybrides"],
            "description": "Structure de conseil qui accompagne des territoires vers des alliances autour du bien-vivre et des sociétés de co-développement.",
            "postcode": "59000",
            "city": "Lille",
            "insee": "59350",
            "lat": 50.6310,
            "lng": 3.0600,
        },
    ],
    "saint-die-des-vosges": [
        {
            "name": "Communauté d’agglomération de Saint-Dié-des-Vosges",
            "kind": "collectivite",
            "themes": ["fragilites-et-alliances"],
            "description": "Intercommunalité qui étudie avec les acteurs locaux la création d’un pôle territorial de coopération économique.",
            "postcode": "88100",
            "city": "Saint-Dié-des-Vosges",
            "insee": "88413",
            "lat": 48.2860,
            "lng": 6.9490,
        },
    ],
}

EXPERIENCES: list[dict] = [
    {
        "slug": "vitawin-ecoles-et-entreprises",
        "territory": "vitawin",
        "title": "Vitawin : rapprocher écoles, élèves et entreprises",
        "summary": "Treize villes qui travaillaient peu ensemble ont bâti un collectif pour ouvrir aux jeunes stages, alternance et emplois.",
        "maturity": "consolidation",
        "themes": [
            "partenariats-associations-entreprises",
            "rse-et-partenariats",
            "tiers-lieux-et-dialogue",
        ],
        "methods": [
            "groupes-de-travail-multi-acteurs",
            "carte-des-acteurs-en-ligne",
            "cartographie-des-parties-prenantes",
        ],
        "communes": ["94018", "94080", "94033"],
        "published": "2020-11-16",
        "context": [
            "Paris Est Marne & Bois regroupe treize communes et quelque 510 000 habitants à l’est de Paris. Le regroupement, imposé par la loi, a réuni des villes sans habitude de coopération, avec une équipe d’animation réduite.",
            "Le tissu économique compte environ 50 000 établissements, en très grande majorité des TPE et PME, et plus d’un millier d’employeurs de l’économie sociale et solidaire. Des espaces de coworking et des clubs d’entreprises sensibles à la RSE servaient déjà de points d’appui.",
        ],
        "challenge": [
            "Faire la preuve qu’agir ensemble apporte quelque chose à chaque ville, en partant d’un sujet qui parle à tous : l’insertion des jeunes."
        ],
        "needs": [
            "Les collèges et lycées cherchent des lieux de stage ; les entreprises peinent à recruter et ne savent pas à qui s’adresser ; les jeunes manquent de réseau."
        ],
        "actors": [
            (
                "vitawin",
                "Mairie de Charenton-le-Pont",
                "Ville pilote, membre du collectif fondateur",
            ),
            (
                "vitawin",
                "Chambre de commerce et d’industrie du Val-de-Marne",
                "Membre du collectif, relais auprès des entreprises",
            ),
            (
                "vitawin",
                "Club Entreprises responsables Marne & Bois",
                "Mobilise les entreprises engagées",
            ),
            ("vitawin", "Lycée des Deux-Rives", "Établissement partenaire"),
            ("vitawin", "Collège La Passerelle", "Accueille des entreprises au forum des métiers"),
        ],
        "partners": [
            ("MEDEF 93-94", "Membre du collectif fondateur"),
            ("Éducation nationale", "Associée dès la première année"),
        ],
        "methods_details": [
            "Une année entière de rencontres pour recueillir les idées et les demandes de chacun avant de lancer la moindre action.",
            "Des groupes de travail par sujet, puis un site avec une carte des acteurs engagés : chacun y trouve, près de chez lui, l’établissement ou l’entreprise prêts à l’aider, et peut s’inscrire comme « Vitawiner ».",
        ],
        "steps": [
            (
                "2018-11-01",
                "Constitution du collectif",
                "Patronat, chambre de commerce, associations, Éducation nationale et la ville pilote se réunissent autour de l’insertion des jeunes.",
            ),
            (
                "2019-11-01",
                "Fin de l’année de diagnostic partagé",
                "Les besoins sont connus, les premières actions décidées en groupes de travail.",
            ),
            (
                "2020-11-01",
                "Mise en ligne du site et de la carte des acteurs",
                "Les acteurs engagés deviennent visibles et peuvent proposer stages ou visites.",
            ),
        ],
        "resources": [
            "Deux personnes assurent l’animation au sein de l’établissement public territorial ; les partenaires apportent leur temps et leurs réseaux."
        ],
        "figures": [
            ("13", "communes", "engagées dans la démarche"),
            ("510 000", "habitants", "sur le territoire"),
            ("2", "personnes", "dédiées à l’animation"),
        ],
        "results": [
            "Les acteurs engagés se repèrent sur la carte et se sollicitent directement : un lycée sait quelle entreprise est prête à recevoir ses élèves, sans avoir à la convaincre."
        ],
        "lessons": [
            "Faire ensemble crée la confiance, et la confiance donne envie de continuer : la proximité est un ressort puissant.",
            "Un outil numérique ne remplace pas l’animation ; il la prolonge.",
        ],
        "difficulties": [
            "Des villes peu habituées à travailler ensemble : la démarche a dû démontrer sa valeur ajoutée commune par commune."
        ],
        "success_factors": [
            "Partir des besoins exprimés plutôt que d’un programme écrit d’avance.",
            "S’appuyer sur des lieux existants (coworkings) qui ancrent les rencontres.",
        ],
        "transferability": [
            "Reproductible dans toute intercommunalité disposant d’un petit temps d’animation, d’une ville volontaire pour piloter et de relais économiques (chambres consulaires, clubs d’entreprises)."
        ],
        "contacts": [
            ("Équipe d’animation Vitawin", "Paris Est Marne & Bois", "vitawin@pemb-demo.example")
        ],
    },
    {
        "slug": "appel-a-projets-ess-val-de-marne",
        "territory": "vitawin",
        "title": "L’appel à projets ESS du Val-de-Marne : un département défricheur",
        "summary": "Depuis 2012, le département soutient 45 projets de l’économie sociale et solidaire qui répondent à des besoins sociaux non couverts.",
        "maturity": "essaimage",
        "themes": ["innovations-territoriales", "modeles-socio-economiques-hybrides"],
        "methods": ["appel-a-projets"],
        "communes": [],
        "published": "2019-06-26",
        "context": [
            "Le conseil départemental du Val-de-Marne, département où se trouve Paris Est Marne & Bois, a maintenu son appui à l’économie sociale et solidaire après la loi NOTRe, qui lui a retiré la compétence de développement économique.",
            "Depuis 2016, son soutien vise les acteurs qui répondent aux besoins de ses publics prioritaires : allocataires du RSA, mineurs isolés, personnes handicapées, personnes âgées.",
        ],
        "challenge": [
            "Rester utile à l’innovation sociale sans compétence économique, en la reliant aux politiques sociales du département."
        ],
        "needs": [
            "Des besoins sociaux que ni le marché ni les services publics ne couvrent, et des structures de l’ESS qui ont besoin d’un premier soutien pour tester leurs réponses."
        ],
        "actors": [
            (
                "vitawin",
                "Recyclerie Le Bon Détour",
                "Structure de l’ESS du territoire, public visé par l’appel",
            ),
        ],
        "partners": [
            ("Conseil départemental du Val-de-Marne", "Porteur de l’appel à projets"),
            ("SCOP E2S", "Crèche éphémère développée avec l’action sociale et la petite enfance"),
            ("Coop Bio Île-de-France", "SCIC dont le département est devenu sociétaire"),
        ],
        "methods_details": [
            "L’appel à projets, aujourd’hui intitulé « développement social et solidaire du territoire », repère et récompense chaque année des structures socialement innovantes.",
            "Le département ne se limite plus au rôle de financeur : il devient sociétaire d’une coopérative, co-entrepreneur d’une solution de réemploi avec une association, et adapte ses marchés publics (lots plus petits) aux capacités des entreprises de l’ESS.",
        ],
        "steps": [
            ("2012-01-01", "Premier appel à projets ESS", ""),
            (
                "2016-01-01",
                "Recentrage sur les besoins sociaux",
                "L’appui est relié aux compétences sociales du département.",
            ),
            (
                "2019-06-26",
                "Bilan partagé avec les pionniers",
                "45 projets soutenus depuis le lancement.",
            ),
        ],
        "resources": [
            "Un budget annuel de 450 000 €, dont 390 000 € de soutien direct aux initiatives, et deux équivalents temps plein."
        ],
        "figures": [
            ("45", "projets", "soutenus depuis 2012"),
            ("450 000", "€ par an", "budget ESS du département"),
            ("390 000", "€ par an", "en soutien direct aux initiatives"),
            ("2", "ETP", "pour animer l’appel"),
        ],
        "results": [
            "L’innovation sociale est devenue transversale : services achats, transports, action sociale et petite enfance travaillent avec les acteurs de l’ESS."
        ],
        "lessons": [
            "Une collectivité peut jouer plusieurs rôles auprès de l’ESS : financeur, sociétaire, co-entrepreneur, défricheur."
        ],
        "difficulties": [
            "La perte de la compétence économique obligeait à justifier l’action : l’ancrer dans les compétences sociales l’a rendue légitime."
        ],
        "success_factors": [
            "Une équipe dédiée, même réduite, et un appel renouvelé chaque année qui installe la confiance."
        ],
        "transferability": [
            "Tout département peut s’en inspirer en partant de ses propres compétences sociales ; il faut un budget stable et des services prêts à coopérer."
        ],
        "contacts": [
            ("Service ESS (démo)", "Conseil départemental", "ess@val-de-marne-demo.example")
        ],
    },
    {
        "slug": "pole-laine-du-pays-de-saugues",
        "territory": "pays-de-saugues",
        "title": "Le Pôle Laine du Pays de Saugues",
        "summary": "Deux éleveurs bénévoles, des chercheurs et des étudiants ont transformé la laine locale en projet de territoire.",
        "maturity": "consolidation",
        "themes": ["fragilites-et-alliances", "innovations-territoriales"],
        "methods": ["recherche-action", "diagnostic-territorial-partage"],
        "communes": ["43234"],
        "published": "2019-06-17",
        "context": [
            "Territoire rural de Haute-Loire, où la laine des troupeaux n’était plus valorisée. Tout part de deux éleveurs de chèvres fromagers qui décident, bénévolement, de retravailler la laine."
        ],
        "challenge": [
            "Faire d’une ressource délaissée une activité qui crée de l’emploi et de la fierté locale."
        ],
        "needs": [
            "Structurer une filière, former des personnes éloignées de l’emploi, faire connaître un patrimoine."
        ],
        "actors": [
            ("pays-de-saugues", "Les Ateliers de la Bruyère", "Porteur du pôle laine"),
            ("pays-de-saugues", "Mairie de Saugues", "Partenaire du volet culturel"),
        ],
        "partners": [
            ("Région Auvergne", "Appel à projets de recherche-action sur l’innovation sociale"),
            ("CEREMAC", "Laboratoire de recherche associé"),
            ("ISARA", "Étudiants en master, diagnostic du territoire"),
            ("PLIE", "Financement au titre de l’insertion par l’emploi"),
        ],
        "methods_details": [
            "Une recherche-action financée par la région a accompagné le projet ; un diagnostic mené par des étudiants a ensuite ouvert la voie à d’autres filières."
        ],
        "steps": [
            (
                "2012-01-01",
                "Deux bénévoles relancent le travail de la laine",
                "Naissance de l’association.",
            ),
            (
                "2014-01-01",
                "Recherche-action financée par la région",
                "Les chercheurs accompagnent la structuration du pôle.",
            ),
            (
                "2016-01-01",
                "Diagnostic territorial par des étudiants",
                "Trois potentiels identifiés : le bois, la pierre et la laine.",
            ),
            (
                "2018-01-01",
                "Premiers travaux de muséographie",
                "Des stagiaires de master professionnel préparent le volet culturel.",
            ),
        ],
        "resources": [
            "30 000 € pour le travail des chercheurs, un financement du PLIE, du temps d’étudiants et de stagiaires."
        ],
        "figures": [
            ("30 000", "€", "pour la recherche-action"),
            ("3", "filières", "repérées par le diagnostic : bois, pierre, laine"),
        ],
        "results": [
            "La laine est redevenue un projet collectif ; la collectivité s’en saisit pour sa dimension culturelle."
        ],
        "lessons": [
            "Les chercheurs peuvent être des partenaires de long terme ; les étudiants, un appui ponctuel précieux.",
            "Les habitants sont des experts de leur territoire, parfois sans le savoir.",
        ],
        "difficulties": [
            "Des attentes différentes : la collectivité voyait d’abord la culture, l’association l’emploi. Le projet a fait place aux deux."
        ],
        "success_factors": [
            "L’engagement durable de quelques bénévoles, et un premier financement de recherche qui a crédibilisé la démarche."
        ],
        "transferability": [
            "À reproduire là où une ressource locale dort : il faut des porteurs motivés, un laboratoire prêt à s’impliquer et un appel régional pour amorcer."
        ],
        "contacts": [
            (
                "Accueil des Ateliers (démo)",
                "Les Ateliers de la Bruyère",
                "contact@ateliers-bruyere-demo.example",
            )
        ],
    },
    {
        "slug": "incroyables-comestibles-clermont-ferrand",
        "territory": "clermont-ferrand",
        "title": "Les Incroyables Comestibles de Clermont-Ferrand",
        "summary": "Des potagers pour toute la communauté, sans aucun financement, où la solidarité compte plus que la récolte.",
        "maturity": "experimentation",
        "themes": ["modeles-de-co-construction", "fragilites-et-alliances"],
        "methods": ["ateliers-de-co-construction"],
        "communes": ["63113"],
        "published": "2019-06-17",
        "context": [
            "En ville, beaucoup d’habitants vivent isolés. Un collectif citoyen installe des bacs potagers ouverts à tous, dans l’espace public."
        ],
        "challenge": [
            "Recréer du lien social et une culture du partage, plutôt que simplement produire des légumes."
        ],
        "needs": [
            "Des occasions de rencontre entre voisins, un accès libre à une alimentation de proximité."
        ],
        "actors": [
            ("clermont-ferrand", "Incroyables Comestibles de Clermont-Ferrand", "Collectif porteur")
        ],
        "partners": [
            ("Habitants et commerçants des quartiers", "Prêtent des lieux, arrosent, récoltent")
        ],
        "methods_details": [
            "Chacun plante et chacun récolte : contrairement à un jardin partagé, on jardine pour tout le monde."
        ],
        "steps": [
            ("2015-01-01", "Premiers bacs dans la rue", ""),
            ("2019-06-17", "Témoignage lors de la rencontre des pionniers", ""),
        ],
        "resources": [
            "Aucun financement : le collectif vit de dons, de prêts et de l’aide des habitants."
        ],
        "figures": [("0", "€", "de financement")],
        "results": [
            "De vraies relations entre habitants, nées de l’entraide nécessaire faute de moyens."
        ],
        "lessons": [
            "L’absence de moyens peut devenir une force : elle oblige à demander de l’aide, donc à créer du lien."
        ],
        "difficulties": ["Sans budget, tout repose sur la disponibilité des bénévoles."],
        "success_factors": ["Un objectif clair et partagé : l’humain avant le profit individuel."],
        "transferability": [
            "Très simple à lancer : quelques bacs, un lieu accessible, des habitants motivés."
        ],
        "contacts": [
            (
                "Le collectif (démo)",
                "Incroyables Comestibles",
                "bonjour@incroyables-clermont-demo.example",
            )
        ],
    },
    {
        "slug": "jardins-du-mat-drome-et-ardelaine",
        "territory": "valence-fontbarlettes",
        "title": "Le Mat Drôme et la SCOP Ardelaine : des jardins nés d’un réseau existant",
        "summary": "Dans un quartier prioritaire de Valence, plus d’un hectare de jardins alimentaires développés avec les habitants.",
        "maturity": "consolidation",
        "themes": [
            "fragilites-et-alliances",
            "modeles-socio-economiques-hybrides",
            "modeles-de-co-construction",
        ],
        "methods": ["ateliers-de-co-construction", "groupes-de-travail-multi-acteurs"],
        "communes": ["26362"],
        "published": "2019-06-17",
        "context": [
            "Au milieu des années 1980, la coopérative ardéchoise Ardelaine installe son atelier de vêtements à Fontbarlettes, où subsistait un savoir-faire du tricot. Ses fondateurs, habitants du quartier, créent en parallèle l’association Le Mat Drôme."
        ],
        "challenge": [
            "Développer le quartier par la participation de ses habitants, en zone urbaine sensible."
        ],
        "needs": [
            "Une alimentation de qualité accessible, des espaces partagés, des relais entre habitants et institutions."
        ],
        "actors": [
            ("valence-fontbarlettes", "Le Mat Drôme", "Association porteuse des jardins"),
            ("valence-fontbarlettes", "SCOP Ardelaine", "Coopérative à l’origine de la démarche"),
        ],
        "partners": [],
        "methods_details": [
            "Les fondateurs se placent en pairs : ils déclenchent et relaient les initiatives, prêtent outils et méthodes, lèvent les obstacles et portent la parole des habitants auprès des institutions."
        ],
        "steps": [
            ("1985-01-01", "Installation de l’atelier Ardelaine à Fontbarlettes", ""),
            ("1986-01-01", "Création de l’association Le Mat Drôme", ""),
            ("2019-06-17", "Plus d’un hectare de jardins alimentaires", ""),
        ],
        "resources": [
            "L’activité économique de la coopérative et l’engagement bénévole des habitants."
        ],
        "figures": [("1", "hectare et plus", "de jardins alimentaires")],
        "results": ["Des jardins multiformes cultivés par et pour les habitants du quartier."],
        "lessons": [
            "S’appuyer sur un réseau déjà là (une coopérative, des habitants engagés) accélère tout."
        ],
        "difficulties": ["Maintenir la participation dans la durée, en quartier prioritaire."],
        "success_factors": ["Des porteurs qui vivent eux-mêmes dans le quartier."],
        "transferability": [
            "Suppose une structure économique ancrée localement prête à soutenir une association d’habitants."
        ],
        "contacts": [
            ("Accueil de l’association (démo)", "Le Mat Drôme", "jardins@mat-drome-demo.example")
        ],
    },
    {
        "slug": "entraide-bassin-emploi-wilo-intec",
        "territory": "aubigny-sur-nere",
        "title": "Entraide du Bassin d’Emploi et WILO INTEC : un partenariat au-delà du commerce",
        "summary": "Paniers de légumes, recrutement local, échanges de personnel et dons de vélos entre une structure d’insertion et un industriel.",
        "maturity": "consolidation",
        "themes": ["partenariats-associations-entreprises", "rse-et-partenariats"],
        "methods": ["partenariat-association-entreprise"],
        "communes": ["18015"],
        "published": "2019-06-17",
        "context": [
            "L’Entraide du Bassin d’Emploi a été créée en 1987 par des élus, des habitants et des acteurs économiques pour ramener vers l’emploi des personnes peu qualifiées. WILO INTEC, qui fabrique des pompes à chaleur, en est devenu un partenaire privilégié."
        ],
        "challenge": [
            "Faire d’une relation commerciale un partenariat qui profite à l’emploi local."
        ],
        "needs": [
            "Des débouchés pour le maraîchage d’insertion, de la main-d’œuvre pour l’usine, de la mobilité pour les demandeurs d’emploi."
        ],
        "actors": [
            ("aubigny-sur-nere", "Entraide du Bassin d’Emploi", "Structure d’insertion"),
            ("aubigny-sur-nere", "WILO INTEC", "Entreprise partenaire"),
        ],
        "partners": [],
        "methods_details": [
            "Cinq axes de coopération suivis conjointement : achats de paniers, intérim local, échanges de personnel, dons de matériel et actions communes pendant la semaine du développement durable."
        ],
        "steps": [
            ("1987-01-01", "Création de l’Entraide du Bassin d’Emploi", ""),
            ("2019-06-17", "Présentation du partenariat aux pionniers", ""),
        ],
        "resources": ["Les achats des salariés, du temps de personnel et des dons de vélos."],
        "figures": [
            ("1987", "", "année de création de la structure d’insertion"),
            ("5", "axes", "de coopération"),
        ],
        "results": [
            "Les salariés de l’entreprise sont les premiers clients des paniers ; salariés et personnes en parcours d’insertion se rencontrent."
        ],
        "lessons": [
            "Une entreprise peut soutenir l’insertion de bien des manières, pas seulement par un chèque."
        ],
        "difficulties": [
            "Organiser des échanges de personnel entre deux mondes aux contraintes différentes."
        ],
        "success_factors": ["Une relation ancienne et une proximité géographique forte."],
        "transferability": [
            "Possible partout où une entreprise locale et une structure d’insertion acceptent d’explorer plusieurs formes de coopération."
        ],
        "contacts": [
            (
                "Direction (démo)",
                "Entraide du Bassin d’Emploi",
                "contact@entraide-aubigny-demo.example",
            )
        ],
    },
    {
        "slug": "concertation-citoyenne-mel",
        "territory": "metropole-europeenne-de-lille",
        "title": "La concertation citoyenne de la Métropole Européenne de Lille",
        "summary": "Dix réunions publiques, cent entretiens et plus de 35 porteurs de projets rencontrés pour bâtir un projet de territoire autour du bien-vivre.",
        "maturity": "experimentation",
        "themes": ["modeles-de-co-construction", "innovations-territoriales"],
        "methods": ["concertation-citoyenne", "cartographie-des-parties-prenantes"],
        "communes": ["59350", "59512", "59599", "59009"],
        "published": "2019-09-01",
        "context": [
            "Depuis 2018, la métropole structure un projet de territoire centré sur le bien-vivre et la place des usagers-citoyens, avec l’appui d’un groupement de conseil."
        ],
        "challenge": [
            "Partir des besoins réels des habitants pour imaginer de nouveaux services, et trouver qui peut les porter."
        ],
        "needs": [
            "Connaître les besoins non couverts ; identifier les porteurs de projets capables d’y répondre ensemble."
        ],
        "actors": [
            (
                "metropole-europeenne-de-lille",
                "Métropole Européenne de Lille",
                "Porteur de la démarche",
            ),
            (
                "metropole-europeenne-de-lille",
                "Crois-Sens",
                "Accompagnement, rencontre des porteurs de projets",
            ),
        ],
        "partners": [],
        "methods_details": [
            "Une concertation large (réunions publiques, entretiens individuels) menée en parallèle d’un repérage des porteurs de projets, pour préparer des alliances inédites et un modèle de financement nouveau."
        ],
        "steps": [
            ("2018-01-01", "Lancement du projet de territoire", ""),
            (
                "2018-09-01",
                "Réunions publiques et entretiens",
                "Dix réunions d’une centaine de personnes, cent entretiens.",
            ),
            ("2019-03-01", "Rencontre de plus de 35 porteurs de projets", ""),
        ],
        "resources": [
            "Une mission de conseil confiée à un groupement, du temps des services métropolitains."
        ],
        "figures": [
            ("10", "réunions publiques", "d’une centaine de personnes chacune"),
            ("100", "entretiens", "individuels"),
            ("35", "porteurs de projets", "rencontrés, au moins"),
        ],
        "results": [
            "Une carte des besoins à couvrir et des premières alliances entre porteurs de projets."
        ],
        "lessons": [
            "Écouter les usagers avant de concevoir les services change la nature des projets."
        ],
        "difficulties": ["Garder le fil entre concertation et passage à l’action."],
        "success_factors": [
            "Mener de front la concertation et le repérage des acteurs capables d’agir."
        ],
        "transferability": [
            "Adapté aux grandes intercommunalités disposant de moyens d’animation et d’un appui extérieur."
        ],
        "contacts": [
            (
                "Mission bien-vivre (démo)",
                "Métropole Européenne de Lille",
                "bien-vivre@mel-demo.example",
            )
        ],
    },
    {
        "slug": "etude-ptce-saint-die-des-vosges",
        "territory": "saint-die-des-vosges",
        "title": "Vers un pôle de coopération économique à Saint-Dié-des-Vosges",
        "summary": "Une étude de faisabilité et un premier atelier de plus de 30 acteurs pour revitaliser un territoire rural par la coopération.",
        "maturity": "emergence",
        "themes": ["fragilites-et-alliances", "modeles-socio-economiques-hybrides"],
        "methods": ["etude-de-faisabilite", "ateliers-de-co-construction"],
        "communes": ["88413"],
        "published": "2019-03-19",
        "context": [
            "Territoire rural menacé de décrochage après une forte désindustrialisation ; l’emploi y est la première préoccupation."
        ],
        "challenge": [
            "Fédérer entreprises, associations, collectivités et organismes de formation autour d’une stratégie commune de coopération."
        ],
        "needs": [
            "Des services de bien-vivre (santé, mobilité, alimentation, lien social, loisirs) porteurs d’emplois et d’attractivité."
        ],
        "actors": [
            (
                "saint-die-des-vosges",
                "Communauté d’agglomération de Saint-Dié-des-Vosges",
                "Commanditaire de l’étude",
            ),
            ("metropole-europeenne-de-lille", "Crois-Sens", "Accompagne l’étude de faisabilité"),
        ],
        "partners": [("Réseaux professionnels locaux", "Participants aux ateliers")],
        "methods_details": [
            "Une entrée par le bien-vivre, puis des ateliers pour partager l’ambition et choisir les axes prioritaires : éco-construction, alimentation, loisirs, numérique."
        ],
        "steps": [
            ("2019-01-01", "Début de l’étude de faisabilité", ""),
            ("2019-02-01", "Premier atelier fédérateur", "Plus de 30 acteurs du territoire."),
            ("2019-06-01", "Groupes de travail thématiques", ""),
        ],
        "resources": ["L’intercommunalité finance l’étude ; les acteurs donnent leur temps."],
        "figures": [
            ("30", "acteurs", "et plus au premier atelier"),
            ("4", "axes", "de travail prioritaires"),
            ("150", "PTCE", "et plus en France"),
        ],
        "results": ["Des axes prioritaires partagés et des groupes de travail lancés."],
        "lessons": ["Une étude de faisabilité peut déjà être un moment de co-construction."],
        "difficulties": ["Mobiliser durablement dans un territoire fragilisé."],
        "success_factors": ["Une porte d’entrée concrète et désirable : le bien-vivre."],
        "transferability": [
            "Utile à toute intercommunalité qui envisage un PTCE : commencer par un atelier large et des axes resserrés."
        ],
        "contacts": [
            (
                "Service développement (démo)",
                "Communauté d’agglomération",
                "ptce@saint-die-demo.example",
            )
        ],
    },
    {
        "slug": "ptce-vivre-les-mureaux-plein-emploi",
        "territory": "vivre-les-mureaux",
        "title": "Vivre Les Mureaux : un pôle territorial de coopération pour viser le plein emploi",
        "summary": "Né d’une initiative d’habitants, le pôle fédère plus de 600 acteurs des Mureaux autour de quatre axes : tourisme, économie, environnement et solidarité.",
        "maturity": "consolidation",
        "themes": ["modeles-de-co-construction", "fragilites-et-alliances"],
        "methods": ["groupes-de-travail-multi-acteurs", "diagnostic-territorial-partage"],
        "communes": ["78440"],
        "published": "2021-03-15",
        "context": [
            "Les Mureaux, dans la vallée de la Seine, cumulent un chômage élevé et un tissu d’associations, d’entreprises industrielles et de commerces très actif, mais peu relié.",
            "Le projet est parti des habitants et des associations, pas d’un appel institutionnel : ils voulaient que la ville se donne un horizon commun et mesurable.",
        ],
        "challenge": [
            "Faire des Mureaux et de leurs environs un territoire de plein emploi, sans exclusion, sobre en carbone et ouvert sur le monde, en donnant à chacun le pouvoir d’agir."
        ],
        "needs": [
            "Des lieux et des moments où une association, une entreprise et la mairie décident ensemble, et des projets assez concrets pour que les habitants s’y reconnaissent."
        ],
        "actors": [
            ("vivre-les-mureaux", "Mairie des Mureaux", "Partenaire public du pôle"),
            (
                "vivre-les-mureaux",
                "La Ressource, recyclerie des Mureaux",
                "Porte l’axe environnemental",
            ),
            ("vivre-les-mureaux", "Aéro Précision Seine", "Entreprise engagée sur l’emploi local"),
            ("vivre-les-mureaux", "Collectif Mureaux Zéro Carbone", "Mobilise les habitants"),
        ],
        "partners": [
            ("Associations mureautines", "Initiatrices du projet"),
            ("Entreprises du bassin de Seine aval", "Offres d’emploi et de stage"),
        ],
        "methods_details": [
            "Quatre groupes de travail, un par axe (touristique, économique, environnemental, solidaire), réunissent chacun associations, entreprises, habitants et services de la ville.",
            "Un diagnostic partagé a recensé les ressources du territoire avant de choisir les premiers projets : recyclerie, circuits de visite du patrimoine, parrainages vers l’emploi.",
        ],
        "steps": [
            ("2019-09-01", "Premières réunions d’habitants et d’associations", ""),
            (
                "2020-06-01",
                "Constitution du pôle territorial de coopération économique",
                "Les quatre axes de développement sont adoptés.",
            ),
            (
                "2021-03-15",
                "Plus de 600 acteurs engagés",
                "Les groupes de travail lancent leurs premiers projets.",
            ),
        ],
        "resources": [
            "Du temps bénévole surtout, une coordination légère et des locaux prêtés par la ville et les associations."
        ],
        "figures": [
            ("600", "acteurs", "engagés dans le pôle"),
            ("4", "axes", "touristique, économique, environnemental, solidaire"),
        ],
        "results": [
            "Des acteurs qui ne se parlaient pas travaillent sur les mêmes projets ; les habitants voient d’où viennent les actions et peuvent s’y joindre."
        ],
        "lessons": [
            "Un objectif ambitieux et simple à dire (zéro exclusion, zéro carbone, zéro pauvreté) rassemble plus largement qu’un programme détaillé."
        ],
        "difficulties": [
            "Tenir dans la durée avec des forces surtout bénévoles, et garder les entreprises impliquées au-delà des premières réunions."
        ],
        "success_factors": [
            "L’initiative venue du terrain, qui donne sa légitimité au pôle, et une mairie partenaire sans en prendre la tête."
        ],
        "transferability": [
            "Reproductible dans une ville moyenne où associations et entreprises existent déjà : commencer par un diagnostic partagé et peu d’axes."
        ],
        "contacts": [
            (
                "Coordination du pôle (démo)",
                "Vivre Les Mureaux",
                "contact@vivre-les-mureaux-demo.example",
            )
        ],
    },
    {
        "slug": "centsept-cooperations-innovation-sociale-lyon",
        "territory": "centsept",
        "title": "Le Centsept : faire coopérer collectivités, grandes entreprises et associations pour innover socialement",
        "summary": "À Lyon, un accélérateur d’innovation sociale réunit des acteurs qui n’agiraient pas seuls pour répondre aux besoins des habitants de la métropole.",
        "maturity": "essaimage",
        "themes": ["innovations-territoriales", "partenariats-associations-entreprises"],
        "methods": ["ateliers-de-co-construction", "partenariat-association-entreprise"],
        "communes": ["69123", "69259"],
        "published": "2020-11-05",
        "context": [
            "Dans la métropole de Lyon, l’accès aux services essentiels, la fracture numérique, la précarité, la qualité de l’air et les déchets sont des enjeux qu’aucun acteur ne peut traiter seul.",
            "Les collectivités, les grandes entreprises et les associations ont chacune des moyens, mais rarement un lieu pour concevoir des réponses ensemble.",
        ],
        "challenge": [
            "Passer de projets isolés à des réponses durables, conçues et financées à plusieurs, au service de l’intérêt général."
        ],
        "needs": [
            "Une équipe neutre qui réunit les parties, fait émerger un projet commun et l’accompagne jusqu’à ce qu’il tienne seul."
        ],
        "actors": [
            ("centsept", "Métropole de Lyon", "Collectivité partenaire"),
            ("centsept", "Groupe Confluences Services", "Grande entreprise partenaire"),
            ("centsept", "Connect’Âges", "Association porteuse d’un projet accompagné"),
            ("centsept", "Respire Vénissieux", "Association engagée sur la qualité de l’air"),
        ],
        "partners": [
            ("Entrepreneurs sociaux de la région", "Conçoivent et portent les solutions"),
        ],
        "methods_details": [
            "Des ateliers de co-construction partent d’un besoin d’habitants précis (par exemple l’accès au numérique des personnes âgées) et réunissent ceux qui peuvent y répondre.",
            "Chaque projet retenu est accompagné : modèle économique, partenaires financeurs, puis passage de relais à une structure qui le portera dans la durée.",
        ],
        "steps": [
            ("2018-01-01", "Lancement de l’accélérateur", ""),
            (
                "2019-06-01",
                "Premiers projets co-construits",
                "Numérique, mobilité solidaire et qualité de l’air.",
            ),
            (
                "2020-11-05",
                "Essaimage dans la région",
                "Des projets sont repris au-delà de la métropole.",
            ),
        ],
        "resources": [
            "Une équipe d’animation et le soutien conjoint de collectivités et d’entreprises, qui financent l’accompagnement plutôt que chaque projet."
        ],
        "figures": [
            (
                "4",
                "types d’acteurs",
                "collectivités, grandes entreprises, associations, entrepreneurs sociaux",
            ),
        ],
        "results": [
            "Des projets pérennes portés par des alliances, et des partenaires qui reviennent avec de nouveaux besoins à traiter ensemble."
        ],
        "lessons": [
            "Partir d’un besoin d’habitants plutôt que d’une idée de solution : c’est ce qui permet aux partenaires de s’accorder."
        ],
        "difficulties": [
            "Les rythmes différents des collectivités, des entreprises et des associations ; il faut du temps pour que chacun trouve sa place."
        ],
        "success_factors": [
            "Une position neutre de l’équipe, qui n’est ni financeur ni concurrent des porteurs de projet."
        ],
        "transferability": [
            "Adapté aux grandes agglomérations où les grands acteurs sont présents ; ailleurs, le même rôle peut être tenu à plus petite échelle."
        ],
        "contacts": [("Équipe du Centsept (démo)", "Centsept", "contact@centsept-demo.example")],
    },
]

DEMO_PIONEER = {
    "username": "pionnier-vitawin",
    "territory": "vitawin",
    "email": "pionnier@vitawin-demo.example",
    "first_name": "Pionnière",
    "last_name": "Vitawin",
}
