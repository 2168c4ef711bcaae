"""Demo experience write-ups (pure data, in French), from the facts of ``shared/domain.md``.

Every text is written afresh from the facts; no sentence comes from the source documents.
Contacts are fictional (``.example`` addresses). Seventeen experiences, one at least for each
of the ten pioneers:

- Vitawin and the Val-de-Marne call for ESS projects are attached to the existing Vitawin
  territory (Paris Est Marne & Bois lies in the Val-de-Marne, whose council runs the call);
- Vivre Les Mureaux's cooperation pole and Centsept's social-innovation alliances, on those
  pioneers' own territories (written from the short portraits of the source documents, with
  their figures only: 600 actors, four axes);
- the seven other pioneers (Envies d'Alliances, Villes au Carré, Le Catalyseur, Face Paris,
  the Labo des partenariats, Alliance Sens & Économie, the Caisse d'Épargne Midi-Pyrénées),
  on their own territories and with their own directory actors: their facts and figures are
  the portraits' and the pathway's (binômes, July 2017 – December 2018, the 26 June 2019
  meeting, 400 job seekers over 45 a year...); the dates and details of their steps are
  made up for the demo, as their contacts are;
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
    {
        "slug": "envies-d-alliances-associations-entreprises-pays-d-aix",
        "territory": "envies-d-alliances",
        "title": "Envies d’Alliances : une maison des associations qui provoque les rencontres avec les entreprises et les communes",
        "summary": "Au Pays d’Aix, la maison de la vie associative sort de son rôle de services aux associations pour les aider à nouer des partenariats équilibrés avec les collectivités et les entreprises.",
        "maturity": "emergence",
        "themes": ["partenariats-associations-entreprises", "modeles-de-co-construction"],
        "methods": [
            "cartographie-des-parties-prenantes",
            "ateliers-de-co-construction",
            "partenariat-association-entreprise",
        ],
        "communes": ["13001", "13041", "84089"],
        "published": "2019-10-10",
        "context": [
            "Pays d’Aix Associations accompagne depuis longtemps les associations du territoire : formations, conseils juridiques, prêt de salles. Elle les connaît une à une, mais les voit rarement travailler ensemble.",
            "Autour d’Aix, de Gardanne et de Pertuis, des entreprises cherchent à s’engager localement et des communes attendent des associations des réponses à des besoins concrets ; chacun reste pourtant dans son couloir.",
        ],
        "challenge": [
            "Passer d’un centre de services à une tête de réseau qui fait naître des coopérations : entre associations d’abord, puis avec les collectivités et les entreprises, sans que les associations y perdent leur projet."
        ],
        "needs": [
            "Savoir qui, dans les entreprises et les services municipaux, peut devenir partenaire, et donner aux associations les mots pour présenter ce qu’elles apportent, pas seulement ce qu’elles demandent."
        ],
        "actors": [
            (
                "envies-d-alliances",
                "Ville d’Aix-en-Provence",
                "Collectivité associée aux rencontres",
            ),
            ("envies-d-alliances", "Culture partagée Pays d’Aix", "Association pilote"),
            (
                "envies-d-alliances",
                "Confiserie du Cours",
                "Entreprise partenaire d’un premier projet",
            ),
            (
                "envies-d-alliances",
                "Mémoire et Avenir du bassin minier",
                "Association pilote à Gardanne",
            ),
            (
                "envies-d-alliances",
                "Durance Logistique Services",
                "Entreprise partenaire à Pertuis",
            ),
        ],
        "partners": [
            ("Pays d’Aix Associations", "Porte la démarche"),
            ("Parcours d’expérience « Co-construction territoriale »", "Formation du binôme"),
        ],
        "methods_details": [
            "Une cartographie des parties prenantes, dressée avec une dizaine d’associations volontaires, a fait apparaître les entreprises et les services publics déjà en contact avec elles sans le savoir.",
            "Des ateliers en petit comité réunissent ensuite une association, une entreprise et un représentant de la commune autour d’un besoin précis ; la maison de la vie associative prépare, anime et fait le compte rendu, puis s’efface.",
        ],
        "steps": [
            (
                "2017-09-01",
                "Un binôme de l’équipe entre dans le parcours d’expérience",
                "Deux salariées suivent le parcours « Co-construction territoriale » jusqu’à fin 2018.",
            ),
            (
                "2018-05-15",
                "Premiers ateliers associations–entreprises",
                "Trois binômes association–entreprise se forment, dont un autour d’un atelier de confiserie solidaire.",
            ),
            (
                "2019-06-26",
                "Trois propositions portées à la Rencontre des pionniers",
                "Voyages d’étude, partage d’outils et reconnaissance de l’innovation sociale territoriale.",
            ),
        ],
        "resources": [
            "Le temps de deux personnes de l’équipe, une partie de leur poste seulement, et les salles de la maison de la vie associative."
        ],
        "figures": [
            ("2", "personnes", "formées au rôle de catalyseur (binôme)"),
            ("3", "propositions", "portées à la Rencontre des pionniers de 2019"),
        ],
        "results": [
            "Les associations pilotes ne viennent plus seulement chercher un service : elles proposent des projets communs. Les entreprises rencontrées savent désormais à qui s’adresser pour s’engager près de chez elles."
        ],
        "lessons": [
            "Une association qui arrive avec ce qu’elle sait faire, et pas seulement avec une demande de financement, est écoutée autrement par une entreprise."
        ],
        "difficulties": [
            "Trouver le temps d’animer alors que les services habituels de la maison continuent ; faire reconnaître par les financeurs que la mise en relation est un travail à part entière."
        ],
        "success_factors": [
            "La confiance que les associations accordent déjà à leur maison commune, qui lui permet de les réunir sans soupçon de concurrence."
        ],
        "transferability": [
            "Toute maison des associations ou tête de réseau associative peut s’en inspirer : commencer petit, avec quelques associations volontaires et un besoin concret."
        ],
        "contacts": [
            (
                "Pôle coopérations (démo)",
                "Pays d’Aix Associations",
                "alliances@pays-d-aix-associations-demo.example",
            )
        ],
    },
    {
        "slug": "villes-au-carre-ingenierie-des-partenariats",
        "territory": "villes-au-carre",
        "title": "Villes au Carré : outiller les quartiers et les villes moyennes du Centre-Val de Loire pour coopérer",
        "summary": "Un réseau régional met ressources, formations et temps de dialogue au service des collectivités et de leurs partenaires, d’abord là où les territoires sont les plus fragiles.",
        "maturity": "essaimage",
        "themes": ["fragilites-et-alliances", "etat-des-partenariats", "tiers-lieux-et-dialogue"],
        "methods": [
            "diagnostic-territorial-partage",
            "groupes-de-travail-multi-acteurs",
            "visites-et-voyages-d-etude",
        ],
        "communes": ["37261", "45234", "18033", "41018"],
        "published": "2019-09-12",
        "context": [
            "En Centre-Val de Loire, les quartiers de la politique de la ville et de nombreuses villes petites et moyennes disposent de peu d’ingénierie : un chef de projet seul y porte souvent tous les dossiers.",
            "Depuis une dizaine d’années, Villes au Carré accompagne ces territoires. L’association est financée par l’État, la Région, des villes et intercommunalités, la Caisse des dépôts, l’Université de Tours et l’union régionale des bailleurs sociaux.",
        ],
        "challenge": [
            "Aider des équipes locales isolées à construire des partenariats durables, avec les habitants, les associations, les bailleurs et les entreprises, plutôt que d’empiler des dispositifs."
        ],
        "needs": [
            "Des repères partagés, des occasions de voir comment font les autres, et un tiers neutre pour réunir autour d’une table des acteurs qui n’ont pas l’habitude de travailler ensemble."
        ],
        "actors": [
            ("villes-au-carre", "Ville de Tours", "Collectivité membre du réseau"),
            (
                "villes-au-carre",
                "Centre social Les Rives du Cher",
                "Partenaire d’un groupe de travail",
            ),
            ("villes-au-carre", "Régie de quartier Orléans Nord", "Structure accompagnée"),
            (
                "villes-au-carre",
                "Collectif des habitants du Val d’Auron",
                "Habitants associés au diagnostic",
            ),
            ("villes-au-carre", "Boutique de la médiation de Blois", "Association partenaire"),
        ],
        "partners": [
            ("État et Conseil régional", "Financeurs"),
            ("Université de Tours", "Partenaire pour les formations"),
            ("Union régionale des bailleurs sociaux", "Partenaire des démarches de quartier"),
        ],
        "methods_details": [
            "Chaque accompagnement commence par un diagnostic partagé : l’équipe locale, des habitants et les partenaires décrivent ensemble les ressources du quartier avant de parler de projets.",
            "Des groupes de travail régionaux réunissent des professionnels de plusieurs villes sur un même sujet ; des visites de terrain d’une ville à l’autre permettent de voir une démarche fonctionner avant de la reprendre.",
        ],
        "steps": [
            ("2009-01-01", "Premiers accompagnements en politique de la ville", ""),
            (
                "2015-01-01",
                "Ouverture aux villes petites et moyennes",
                "Les demandes viennent aussi de centres-bourgs sans quartier prioritaire.",
            ),
            (
                "2019-06-26",
                "Trois propositions portées à la Rencontre des pionniers",
                "Voyages d’étude, outils partagés entre territoires, reconnaissance de l’innovation sociale territoriale.",
            ),
        ],
        "resources": [
            "Une petite équipe salariée, des financements croisés de six familles de partenaires et un centre de ressources ouvert aux membres."
        ],
        "figures": [
            ("10", "ans", "d’ingénierie des partenariats"),
            ("6", "familles de partenaires", "qui financent l’association"),
            ("4", "villes", "où des démarches sont suivies dans cette démo"),
        ],
        "results": [
            "Des chefs de projet moins seuls, qui se connaissent d’une ville à l’autre et s’appellent avant de lancer une démarche ; des partenariats de quartier qui survivent aux changements de dispositif."
        ],
        "lessons": [
            "Montrer une démarche qui marche ailleurs convainc plus vite qu’une méthode sur le papier : la visite de terrain est souvent le déclic."
        ],
        "difficulties": [
            "Des financements annuels qui rendent fragile un travail dont les effets se voient sur plusieurs années ; le renouvellement fréquent des interlocuteurs dans les collectivités."
        ],
        "success_factors": [
            "Une position de tiers : le réseau n’est ni financeur ni opérateur des projets, ce qui lui permet de réunir tout le monde."
        ],
        "transferability": [
            "Le modèle d’un centre de ressources régional existe dans d’autres régions ; ce qui se transmet le mieux, c’est l’habitude du diagnostic partagé et des visites entre pairs."
        ],
        "contacts": [
            (
                "Centre de ressources (démo)",
                "Villes au Carré",
                "ressources@villes-au-carre-demo.example",
            )
        ],
    },
    {
        "slug": "le-catalyseur-tiers-lieu-campus-rangueil",
        "territory": "le-catalyseur",
        "title": "Le Catalyseur : un tiers-lieu sur le campus de Rangueil pour que les étudiants osent entreprendre",
        "summary": "À Toulouse, un lieu de vie ouvert sur le campus fait se croiser étudiants, enseignants et entreprises partenaires, et sert de pré-incubateur aux premiers projets.",
        "maturity": "experimentation",
        "themes": ["tiers-lieux-et-dialogue", "innovations-territoriales", "rse-et-partenariats"],
        "methods": ["ateliers-de-co-construction", "brainstorming-3-12-3"],
        "communes": ["31555", "31446"],
        "published": "2019-11-18",
        "context": [
            "Le campus de Rangueil accueille des milliers d’étudiants en sciences et en ingénierie, à quelques minutes d’entreprises technologiques de l’agglomération toulousaine. Pourtant, les formations et le monde de l’entreprise se croisent peu avant le stage de fin d’études.",
            "Les étudiants qui ont une idée d’entreprise ne savent pas où la tester : les incubateurs demandent un projet déjà mûr.",
        ],
        "challenge": [
            "Offrir un premier pas avant l’incubateur : un endroit où une idée peut être discutée, essayée et abandonnée sans risque, avec l’appui d’établissements et d’entreprises qui s’engagent ensemble."
        ],
        "needs": [
            "Un lieu ouvert en dehors des heures de cours, des professionnels disponibles pour écouter des projets encore fragiles, et un financement de l’animation elle-même."
        ],
        "actors": [
            ("le-catalyseur", "Université Toulouse III – Paul-Sabatier", "Héberge le tiers-lieu"),
            (
                "le-catalyseur",
                "Réseau des étudiants entrepreneurs toulousains",
                "Relais auprès des étudiants",
            ),
            ("le-catalyseur", "Capitole Robotique", "Entreprise partenaire, mentors"),
            ("le-catalyseur", "Garonne Systèmes Embarqués", "Entreprise partenaire, défis"),
            ("le-catalyseur", "Pépinière du Canal", "Accueille les projets qui se lancent"),
        ],
        "partners": [
            ("Fondation Catalyses", "Structure porteuse"),
            ("Établissements d’enseignement supérieur de Toulouse", "Engagés avec l’université"),
        ],
        "methods_details": [
            "Des soirées « idées » suivent un brainstorming 3-12-3 : trois minutes seul sur des post-it, douze à deux pour rendre les idées concrètes, trois par binôme pour les présenter. Les entreprises partenaires y apportent de vrais problèmes à résoudre.",
            "Les étudiants qui veulent aller plus loin sont suivis quelques semaines par un binôme enseignant–professionnel, puis orientés vers une pépinière quand le projet tient debout.",
        ],
        "steps": [
            ("2017-10-01", "Ouverture du tiers-lieu sur le campus", ""),
            (
                "2018-03-01",
                "Premières soirées « idées » avec des entreprises",
                "Deux entreprises apportent chacune un défi technique.",
            ),
            (
                "2019-06-26",
                "Atelier co-animé à la Rencontre des pionniers",
                "Financer les personnes qui animent, apprendre à coopérer, mettre en avant ce qui marche.",
            ),
        ],
        "resources": [
            "Des locaux mis à disposition par l’université, une petite équipe d’animation financée par la fondation et le mécénat de compétences des entreprises partenaires."
        ],
        "figures": [
            ("2", "personnes", "formées au rôle de catalyseur (binôme)"),
            ("3", "propositions", "portées à la Rencontre des pionniers de 2019"),
        ],
        "results": [
            "Des étudiants qui franchissent la porte sans projet et en repartent avec une équipe ; des entreprises qui découvrent des profils qu’elles n’auraient pas rencontrés en recrutement classique."
        ],
        "lessons": [
            "Le lieu compte autant que le programme : un espace où l’on peut passer sans rendez-vous fait venir des étudiants qui ne se seraient jamais inscrits à un dispositif."
        ],
        "difficulties": [
            "Faire financer l’animation, et pas seulement les équipements ; éviter que le tiers-lieu devienne lui-même l’opérateur de tous les projets qu’il fait naître."
        ],
        "success_factors": [
            "L’engagement conjoint des établissements et des entreprises, qui donne au lieu une légitimité des deux côtés."
        ],
        "transferability": [
            "Reproductible sur tout campus proche d’un tissu d’entreprises, à condition de garder l’animation au centre et de s’appuyer sur les incubateurs existants plutôt que de les concurrencer."
        ],
        "contacts": [
            (
                "Accueil du Catalyseur (démo)",
                "Le Catalyseur",
                "accueil@catalyseur-demo.example",
            )
        ],
    },
    {
        "slug": "face-paris-rencontres-plus-de-45-ans",
        "territory": "face-paris",
        "title": "Face Paris : des demi-journées de rencontre entre entreprises et demandeurs d’emploi de plus de 45 ans",
        "summary": "Un club d’entreprises parisien ouvre ses portes, une demi-journée à la fois, à des personnes de plus de 45 ans au chômage, avec l’ambition d’en accompagner plus de 400 par an.",
        "maturity": "consolidation",
        "themes": [
            "partenariats-associations-entreprises",
            "fragilites-et-alliances",
            "rse-et-partenariats",
        ],
        "methods": ["partenariat-association-entreprise", "groupes-de-travail-multi-acteurs"],
        "communes": ["75056"],
        "published": "2020-02-06",
        "context": [
            "À Paris comme ailleurs, les demandeurs d’emploi de plus de 45 ans restent souvent longtemps au chômage, faute d’accès direct aux recruteurs.",
            "Face Paris, club d’entreprises rattaché à la Fondation Agir Contre l’Exclusion, réunit des entreprises qui veulent agir pour l’inclusion aux côtés de la ville, des institutions et d’associations spécialisées.",
        ],
        "challenge": [
            "Remettre ces candidats en contact avec des entreprises qui recrutent, et faire évoluer le regard des recruteurs sur l’âge, sans créer un dispositif de plus."
        ],
        "needs": [
            "Des entreprises prêtes à recevoir des groupes dans leurs locaux, des associations qui orientent et préparent les candidats, et un suivi après la rencontre."
        ],
        "actors": [
            ("face-paris", "Cap 45 et plus", "Oriente et prépare les candidats"),
            ("face-paris", "Hôtels Lutèce & Marais", "Entreprise d’accueil"),
            ("face-paris", "Rive Droite RH Conseil", "Anime les ateliers recrutement"),
            ("face-paris", "Ville de Paris", "Partenaire emploi"),
        ],
        "partners": [
            ("Fondation Agir Contre l’Exclusion", "Réseau national du club"),
            ("Service public de l’emploi", "Orientation des candidats"),
        ],
        "methods_details": [
            "Chaque demi-journée a lieu dans une entreprise membre : présentation des métiers, visite, puis entretiens courts entre candidats et salariés volontaires. Une association prépare les candidats en amont.",
            "Un groupe de travail réunit chaque trimestre les entreprises d’accueil, les associations et la ville pour ajuster le format et repérer les métiers qui recrutent.",
        ],
        "steps": [
            (
                "2018-09-01",
                "Première demi-journée de rencontre",
                "Un hôtel du Marais reçoit une quinzaine de candidats.",
            ),
            (
                "2019-03-01",
                "Un rythme mensuel",
                "Les rencontres tournent entre plusieurs entreprises membres.",
            ),
            (
                "2020-01-15",
                "Le parrainage prend le relais",
                "Les candidats qui le souhaitent sont suivis par un salarié parrain.",
            ),
        ],
        "resources": [
            "Le temps des salariés volontaires, les locaux des entreprises d’accueil et une personne de l’équipe du club pour coordonner."
        ],
        "figures": [
            ("400+", "personnes", "de plus de 45 ans à accompagner chaque année"),
            ("150+", "parrainages", "visés par le club"),
            ("4", "thématiques", "d’action du club"),
        ],
        "results": [
            "Des candidats qui retrouvent confiance et des contacts ; des recruteurs qui revoient leurs critères après avoir rencontré des personnes plutôt que des CV."
        ],
        "lessons": [
            "Faire venir les candidats dans l’entreprise change la rencontre : on parle de métier et de travail, plus d’âge."
        ],
        "difficulties": [
            "Attirer de nouvelles entreprises membres pour ne pas épuiser les plus engagées ; mesurer les embauches plusieurs mois après."
        ],
        "success_factors": [
            "Le duo entreprise–association : l’une ouvre ses portes, l’autre connaît les personnes et les prépare."
        ],
        "transferability": [
            "Le format d’une demi-journée est simple à reprendre par tout club d’entreprises ; il faut une association d’accompagnement solide à ses côtés."
        ],
        "contacts": [
            (
                "Équipe Face Paris (démo)",
                "Face Paris",
                "entreprises@face-paris-demo.example",
            )
        ],
    },
    {
        "slug": "labo-des-partenariats-cooperations-ess-entreprises",
        "territory": "labo-des-partenariats",
        "title": "Le Labo des partenariats : aider entreprises et structures de l’ESS du Poitou-Charentes à bâtir leurs coopérations",
        "summary": "Depuis 2016, France Active Poitou-Charentes sensibilise puis accompagne des binômes entreprise–ESS, pour des partenariats qui ouvrent des pistes de développement aux deux.",
        "maturity": "experimentation",
        "themes": [
            "partenariats-associations-entreprises",
            "modeles-socio-economiques-hybrides",
            "rse-et-partenariats",
        ],
        "methods": ["partenariat-association-entreprise", "ateliers-de-co-construction"],
        "communes": ["86194", "17300", "79191", "16015"],
        "published": "2019-04-25",
        "context": [
            "France Active Poitou-Charentes finance et conseille des structures de l’économie sociale et solidaire. Beaucoup lui disaient vouloir travailler avec des entreprises du territoire sans savoir par où commencer.",
            "La démarche avait fait ses preuves en Alsace, où Alsace Active l’avait lancée. Elle a été adaptée au Poitou-Charentes en 2016, avec l’appui de la Région Nouvelle-Aquitaine et de la Fondation MACIF.",
        ],
        "challenge": [
            "Que la coopération entre une entreprise et une structure de l’ESS ne se limite pas au mécénat, mais devienne une stratégie : un projet commun utile à l’emploi, à l’environnement, au lien social ou à la culture."
        ],
        "needs": [
            "Un accompagnement neutre pour que chacun dise ce qu’il attend et ce qu’il peut apporter, et des exemples concrets pour convaincre les dirigeants."
        ],
        "actors": [
            ("labo-des-partenariats", "Ressourcerie du Clain", "Structure de l’ESS accompagnée"),
            ("labo-des-partenariats", "Les Voiles solidaires", "Structure de l’ESS accompagnée"),
            ("labo-des-partenariats", "Atelier nautique rochelais", "Entreprise partenaire"),
            ("labo-des-partenariats", "Fondation Sèvre & Solidarités", "Partenaire à Niort"),
            (
                "labo-des-partenariats",
                "Région Nouvelle-Aquitaine, site de Poitiers",
                "Financeur du lancement",
            ),
        ],
        "partners": [
            ("France Active Poitou-Charentes", "Porte le Labo"),
            ("Fondation MACIF", "Financeur du lancement"),
            ("Alsace Active", "A conçu la démarche d’origine"),
        ],
        "methods_details": [
            "Des matinées de sensibilisation réunissent dirigeants d’entreprise et responsables de structures de l’ESS autour de cas réels de coopération, pour montrer ce qui est possible au-delà du don.",
            "Les binômes qui veulent s’engager sont accompagnés sur quelques mois : attentes de chacun, limites, objectifs communs, puis une convention simple qui fixe qui fait quoi.",
        ],
        "steps": [
            (
                "2016-01-01",
                "Lancement du Labo en Poitou-Charentes",
                "Avec le soutien de la Région Nouvelle-Aquitaine et de la Fondation MACIF.",
            ),
            (
                "2017-06-01",
                "Premiers binômes accompagnés",
                "Dont une ressourcerie et un atelier nautique autour du réemploi de matériel.",
            ),
            (
                "2018-12-15",
                "Fin du parcours d’expérience",
                "Le binôme du Labo en retient une grille pour accompagner chaque coopération selon sa maturité.",
            ),
        ],
        "resources": [
            "Du temps de chargés de mission de France Active, financé au lancement par la Région et la Fondation MACIF."
        ],
        "figures": [
            ("2016", "", "année d’arrivée du Labo en Poitou-Charentes"),
            ("2", "financeurs", "du lancement"),
        ],
        "results": [
            "Des partenariats qui changent l’activité des deux côtés : une entreprise qui confie une partie de son réemploi à une structure d’insertion, une association qui trouve un débouché stable."
        ],
        "lessons": [
            "Une coopération tient quand chacun y trouve son intérêt et le dit clairement dès le départ ; le bon sentiment ne suffit pas."
        ],
        "difficulties": [
            "Des dirigeants de PME très sollicités, pour qui la coopération passe après l’urgence ; des structures de l’ESS qui hésitent à se présenter comme partenaires plutôt que bénéficiaires."
        ],
        "success_factors": [
            "La légitimité d’un financeur de l’ESS, qui connaît déjà les structures et parle aussi le langage des entreprises."
        ],
        "transferability": [
            "Déjà passée d’une région à l’autre : la démarche se reprend là où un réseau d’accompagnement de l’ESS est implanté."
        ],
        "contacts": [
            (
                "Équipe du Labo (démo)",
                "France Active Poitou-Charentes",
                "labo@franceactive-pc-demo.example",
            )
        ],
    },
    {
        "slug": "alliance-sens-economie-performance-et-odd",
        "territory": "alliance-sens-economie",
        "title": "Alliance Sens & Économie : une communauté d’action pour concilier performance et Objectifs de développement durable",
        "summary": "Entreprises, associations, collectivités et chercheurs se forment ensemble et construisent des projets communs où le sens donné à l’activité devient un levier de performance.",
        "maturity": "consolidation",
        "themes": [
            "rse-et-partenariats",
            "modeles-socio-economiques-hybrides",
            "innovations-territoriales",
        ],
        "methods": [
            "recherche-action",
            "cartographie-des-parties-prenantes",
            "groupes-de-travail-multi-acteurs",
        ],
        "communes": ["75056"],
        "published": "2020-06-04",
        "context": [
            "Beaucoup d’entreprises affichent des engagements sur les Objectifs de développement durable, sans toujours savoir comment les relier à leur modèle économique. Les associations et les collectivités, de leur côté, portent ces objectifs au quotidien.",
            "L’Alliance est née de la conviction que ces acteurs ont intérêt à apprendre les uns des autres, et que la recherche peut les aider à mesurer ce qu’ils y gagnent.",
        ],
        "challenge": [
            "Réinventer des modèles de développement où résultats financiers et Objectifs de développement durable avancent ensemble, et le prouver par des projets menés à plusieurs."
        ],
        "needs": [
            "Un langage commun entre mondes qui se connaissent mal, une carte des compétences de chacun et une gouvernance où personne ne domine."
        ],
        "actors": [
            ("alliance-sens-economie", "Chaire Sens & Performance", "Recherche-action"),
            ("alliance-sens-economie", "Odyssée ODD Conseil", "Entreprise membre"),
            ("alliance-sens-economie", "SCIC Communs en action", "Gouvernance partagée"),
            ("alliance-sens-economie", "Agir ESS Paris Centre", "Association membre"),
            ("alliance-sens-economie", "Groupe Méridia", "Entreprise membre"),
        ],
        "partners": [
            ("Collectivités membres", "Terrains d’expérimentation"),
            ("Réseaux déjà présents dans les territoires", "Relais de la démarche"),
        ],
        "methods_details": [
            "Des sessions de co-formation mettent dans la même salle un dirigeant, une responsable associative, un agent territorial et un chercheur : chacun explique sa façon de travailler avant de construire un projet commun.",
            "Une cartographie des compétences des membres, tenue à jour, aide à composer les équipes ; une recherche-action suit quelques projets pour mesurer leurs effets économiques et sociaux.",
        ],
        "steps": [
            ("2016-01-01", "Premiers cercles réunissant les quatre familles d’acteurs", ""),
            (
                "2019-06-26",
                "Atelier co-animé à la Rencontre des pionniers",
                "Co-former, co-construire, diffuser.",
            ),
            (
                "2020-01-01",
                "Vers une gouvernance coopérative",
                "Les membres étudient une SCIC pour porter les outils communs.",
            ),
        ],
        "resources": [
            "Les cotisations et le temps des membres, et l’appui d’une chaire de recherche pour l’évaluation."
        ],
        "figures": [
            ("4", "familles d’acteurs", "entreprises, associations, collectivités, chercheurs"),
            ("3", "propositions", "portées à la Rencontre des pionniers de 2019"),
        ],
        "results": [
            "Des entreprises qui relient leurs engagements à des projets de terrain, et des associations reconnues comme partenaires de la performance, pas seulement comme bénéficiaires."
        ],
        "lessons": [
            "Se former ensemble avant d’agir ensemble : le temps passé à comprendre la posture des autres évite bien des malentendus ensuite."
        ],
        "difficulties": [
            "Une communauté nationale doit s’appuyer sur des relais locaux pour que les projets se concrétisent ; garder l’élan entre deux rencontres."
        ],
        "success_factors": [
            "Associer dès le départ les acteurs les plus concernés par un enjeu et aligner leurs intérêts plutôt que de leur demander de les oublier."
        ],
        "transferability": [
            "Les outils (sessions de co-formation, carte des compétences) sont faits pour être repris par des réseaux locaux, à toutes les échelles."
        ],
        "contacts": [
            (
                "Animation de l’Alliance (démo)",
                "Alliance Sens & Économie",
                "contact@sens-economie-demo.example",
            )
        ],
    },
    {
        "slug": "caisse-epargne-midi-pyrenees-banque-et-alliances-locales",
        "territory": "caisse-epargne-midi-pyrenees",
        "title": "Une banque régionale dans le parcours « Co-construction territoriale » : ce que la Caisse d’Épargne Midi-Pyrénées en a appris",
        "summary": "Seule banque parmi les dix pionniers, la Caisse d’Épargne Midi-Pyrénées a cherché sa place dans les alliances toulousaines : faciliter les rencontres sans prendre la main sur les projets.",
        "maturity": "emergence",
        "themes": [
            "rse-et-partenariats",
            "etat-des-partenariats",
            "partenariats-associations-entreprises",
        ],
        "methods": ["cartographie-des-parties-prenantes", "visites-et-voyages-d-etude"],
        "communes": ["31555"],
        "published": "2019-07-02",
        "context": [
            "Une banque régionale connaît de près les entreprises, les associations et les collectivités de son territoire : elle les finance et les conseille, mais chacune séparément.",
            "Le réseau des Caisses d’Épargne, par sa fédération nationale, faisait partie des partenaires du parcours d’expérience « Co-construction territoriale » mené de juillet 2017 à décembre 2018 avec dix territoires pionniers.",
        ],
        "challenge": [
            "Comprendre ce qu’un acteur financier peut apporter à une dynamique de co-construction locale, et où s’arrêter pour ne pas la piloter à la place des acteurs."
        ],
        "needs": [
            "Voir d’autres catalyseurs à l’œuvre, connaître les acteurs toulousains déjà engagés dans des alliances, et un cadre interne qui reconnaisse ce rôle de facilitateur."
        ],
        "actors": [
            (
                "caisse-epargne-midi-pyrenees",
                "Initiative Capitole",
                "Partenaire du financement des créateurs",
            ),
            (
                "caisse-epargne-midi-pyrenees",
                "Garonne Coopérative d’activités",
                "Structure de l’ESS partenaire",
            ),
            (
                "caisse-epargne-midi-pyrenees",
                "Entreprises engagées du Grand Toulouse",
                "Club d’entreprises partenaire",
            ),
            ("caisse-epargne-midi-pyrenees", "Ville de Toulouse", "Collectivité associée"),
        ],
        "partners": [
            ("Fédération nationale des Caisses d’Épargne", "Partenaire du parcours d’expérience"),
            ("Les neuf autres territoires pionniers", "Co-développement"),
        ],
        "methods_details": [
            "Pendant les dix-huit mois du parcours, le binôme de la banque a participé aux sessions de co-développement avec les autres pionniers et visité plusieurs de leurs démarches.",
            "De retour à Toulouse, l’équipe a cartographié les acteurs qu’elle accompagnait déjà et repéré ceux qui pourraient travailler ensemble, pour proposer des rencontres plutôt que de nouveaux produits.",
        ],
        "steps": [
            (
                "2017-07-01",
                "Entrée dans le parcours d’expérience",
                "Un binôme de la banque y participe.",
            ),
            (
                "2018-12-15",
                "Fin du programme expérimental",
                "Dix-huit mois de co-développement avec les autres pionniers.",
            ),
            (
                "2019-06-26",
                "Rencontre des pionniers à Paris",
                "Accueillie par la fédération nationale des Caisses d’Épargne.",
            ),
        ],
        "resources": [
            "Le temps de deux collaborateurs pendant le parcours, et le réseau de clients associatifs et d’entreprises de la banque."
        ],
        "figures": [
            ("10", "territoires", "pionniers dans le parcours d’expérience"),
            ("18", "mois", "de programme expérimental (2017-2018)"),
        ],
        "results": [
            "Une équipe qui regarde ses clients comme un écosystème et plus seulement un portefeuille, et des premières mises en relation entre associations et entreprises toulousaines."
        ],
        "lessons": [
            "Dans une alliance, la banque est utile quand elle rapproche les acteurs ; dès qu’elle porte elle-même les projets, elle n’a plus la disponibilité ni la neutralité pour animer. La tentation est forte d’y voir de nouveaux produits."
        ],
        "difficulties": [
            "Faire reconnaître en interne un rôle qui ne se traduit pas directement en chiffre d’affaires ; trouver la juste distance avec des acteurs qui sont aussi des clients."
        ],
        "success_factors": [
            "L’appui du réseau national, qui a donné au binôme le temps et le cadre pour participer au parcours."
        ],
        "transferability": [
            "Utile à toute banque ou mutuelle régionale qui veut s’impliquer dans les alliances locales : commencer par écouter les catalyseurs déjà présents plutôt que d’en créer un."
        ],
        "contacts": [
            (
                "Équipe engagement territorial (démo)",
                "Caisse d’Épargne Midi-Pyrénées",
                "territoires@cemp-demo.example",
            )
        ],
    },
]

DEMO_PIONEER = {
    "username": "pionnier-vitawin",
    "territory": "vitawin",
    "email": "pionnier@vitawin-demo.example",
    "first_name": "Pionnière",
    "last_name": "Vitawin",
}
