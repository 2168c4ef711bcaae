"""Demo content for the network and its ten pioneer territories (pure data, in French).

Facts come from /work/shared/seeds and /work/shared/domain.md; every sentence is written
afresh. Contacts are fictional: role-style names, ``.example`` e-mail domains and
phone numbers in the 01 99 00 xx xx range. Colours all reach 4.5:1 against white.
"""

from __future__ import annotations

from typing import Any

NETWORK: dict[str, Any] = {
    "name": "Réseau des catalyseurs territoriaux",
    "short_name": "Catalyseurs territoriaux",
    "colour": "#1D4E89",
    "intro": (
        "Des équipes qui font se rencontrer les acteurs d’un territoire pour qu’ils agissent "
        "ensemble : retrouvez leurs sites, leurs expériences et ce qu’elles ont appris en chemin."
    ),
    "body": [
        "Un catalyseur territorial est une petite équipe qui aide les forces vives d’un même "
        "territoire – associations, entreprises, écoles, collectivités, chercheurs, habitants – à "
        "se connaître, puis à s’attaquer ensemble à des défis qu’elles partagent. Son métier est "
        "de relier et d’amorcer : il fait naître des coopérations, mais laisse à d’autres le soin "
        "de conduire les projets qui en sortent.",
        "Aux côtés de la gestion et du pilotage de projets, cette « catalyse » s’est affirmée en "
        "une dizaine d’années comme une troisième forme d’ingénierie territoriale. Le métier s’est "
        "inventé sur le terrain, par l’expérience, bien avant d’avoir un nom.",
        "De juillet 2017 à décembre 2018, Le RAMEAU a mené avec le CGET, la Fédération nationale "
        "des Caisses d’Épargne (FNCE) et le groupe Malakoff-Médéric Humanis un « Parcours "
        "d’expérience Co-construction territoriale ». Dix territoires pionniers aux profils très "
        "différents y ont pris part, chacun par l’intermédiaire d’un binôme, pour confronter leurs "
        "pratiques, les mettre en forme et en dégager des enseignements communs.",
        "Le réseau informel des pionniers, lancé en 2014, dépassait les 350 membres en 2019, en "
        "métropole comme dans les outre-mer. Ses membres se retrouvent chaque année : la 5e "
        "Rencontre des pionniers des alliances en territoire a eu lieu à Paris le 26 juin 2019.",
        "Cette plateforme offre à chaque catalyseur un site à ses couleurs pour présenter sa "
        "démarche, cartographier les acteurs qui s’y engagent, publier ses projets et raconter ses "
        "expériences. Une bibliothèque partagée rassemble les enseignements du parcours et des "
        "fiches méthodes, afin que chaque territoire puisse s’appuyer sur ce que les autres ont "
        "déjà essayé.",
    ],
    "pages": [
        {
            "slug": "a-propos",
            "title": "Le réseau",
            "intro": (
                "Un réseau informel, né en 2014, qui relie celles et ceux qui animent la "
                "coopération entre acteurs sur leur territoire."
            ),
            "body": [
                "Dès 2014, quelques pionniers de la co-construction territoriale ont décidé de mettre "
                "leurs pratiques en commun et de fabriquer ensemble des outils utiles à tous les "
                "territoires. Ce cercle s’est élargi d’année en année : on y croise des élus et des "
                "agents de collectivités, des associations, des entreprises, des accompagnateurs, "
                "des institutions et des universitaires.",
                "Cette diversité fait la valeur du réseau. En 2019, plus de 350 personnes, "
                "en métropole et en outre-mer, y participaient avec un même souhait : capitaliser "
                "les pratiques innovantes plutôt que de réinventer chacun de son côté.",
                "Le rendez-vous annuel permet de faire le point sur les progrès et les difficultés "
                "du métier. La 5e édition, intitulée « Ensemble, valorisons les territoires ! », "
                "s’est tenue le 26 juin 2019 au siège de la FNCE à Paris, avec des séances "
                "plénières le matin et des ateliers consacrés à l’évaluation puis à la mise en "
                "valeur des dynamiques territoriales.",
                "Parmi les pistes issues des ateliers : financer les personnes et pas seulement les "
                "investissements, apprendre à coopérer, s’appuyer sur des ambassadeurs et des "
                "témoignages de pairs, cartographier les acteurs et les expérimentations, organiser "
                "des voyages d’étude et partager outils et informations. Cette plateforme reprend "
                "plusieurs de ces idées.",
            ],
        },
        {
            "slug": "le-parcours-d-experience",
            "title": "Le parcours d’expérience « Co-construction territoriale »",
            "intro": (
                "Dix-huit mois, dix territoires pionniers et huit thèmes de travail pour passer "
                "de quelques expériences isolées à un savoir-faire transmissible."
            ),
            "body": [
                "Avant le parcours, des prototypes avaient été testés pendant trois ans. Pour "
                "pouvoir les diffuser plus largement, Le RAMEAU et le CGET, rejoints par la FNCE et "
                "le groupe Malakoff-Médéric Humanis, ont lancé un programme expérimental "
                "d’appropriation entre juillet 2017 et décembre 2018.",
                "Le principe : apprendre les uns des autres. Fondé sur le co-développement et la "
                "capitalisation d’expériences, le parcours réunissait des animateurs de territoire "
                "déjà aguerris mais aux profils variés. Chaque territoire venait en binôme, afin "
                "que les acquis se diffusent ensuite plus facilement dans sa propre équipe.",
                "Huit thèmes ont structuré les échanges : l’état des partenariats en France et les "
                "particularités régionales, les fragilités des territoires et les alliances "
                "innovantes, les modèles de co-construction, l’innovation territoriale et "
                "sociétale, les tiers-lieux et le dialogue territorial, les partenariats entre "
                "associations et entreprises, les modèles socio-économiques hybrides, et enfin la "
                "RSE.",
                "Ces thèmes servent aujourd’hui de classement à la bibliothèque commune : chaque "
                "expérience ou fiche méthode publiée par un territoire y est rattachée, pour "
                "qu’on puisse la retrouver depuis n’importe quel site du réseau.",
            ],
        },
        {
            "slug": "les-enseignements",
            "title": "Les enseignements du parcours",
            "intro": (
                "Ce que neuf mois de co-développement entre territoires pilotes ont permis de "
                "constater ou de confirmer."
            ),
            "body": [
                "Le mot « territoire » recouvre deux réalités qu’il faut savoir distinguer : le "
                "territoire de projets, qui se dessine autour d’une action précise, et l’écosystème "
                "territorial, celui où l’on vit et où l’on agit au quotidien.",
                "Inventer des réponses locales demande d’articuler trois ingénieries : la gestion, "
                "le pilotage de projets et la catalyse, cette animation transversale qui aide les "
                "organisations à se connaître et à combiner les solutions qui existent déjà.",
                "Catalyser n’est pas opérer. Un catalyseur qui se met à porter lui-même les "
                "solutions qu’il a fait émerger perd le temps, les moyens et la légitimité "
                "nécessaires pour continuer d’animer. Tôt ou tard, il doit choisir entre ces deux "
                "rôles.",
                "Quatre conditions pèsent sur la durée de vie d’un catalyseur : une place claire "
                "dans son écosystème, un modèle socio-économique solide, une gouvernance adaptée et "
                "un cadre technique (juridique, fiscal, social) maîtrisé.",
                "L’évaluation doit tenir compte de la maturité : on ne juge pas une démarche "
                "naissante avec les critères réservés aux solutions établies. Par ailleurs, "
                "animation territoriale et tiers-lieux se renforcent mutuellement, et aucune "
                "innovation sociétale ne tient sans ancrage dans un territoire réel, au plus près "
                "des besoins des habitants.",
            ],
        },
    ],
    "legal_notice": [
        "Éditeur du site : [DÉMONSTRATION] Réseau des catalyseurs territoriaux, structure fictive "
        "créée pour présenter la plateforme. Adresse, numéro d’immatriculation et directeur de "
        "la publication seront précisés lors de la mise en service réelle.",
        "Hébergeur : [DÉMONSTRATION] les coordonnées de l’hébergeur (raison sociale, adresse, "
        "téléphone) seront renseignées ici avant toute mise en ligne publique.",
        "Propriété intellectuelle : les textes publiés par chaque territoire restent la propriété "
        "de leurs auteurs et de la structure qui porte le catalyseur. Toute reprise doit citer la "
        "source. Lorsque des fonds de carte sont affichés, ils proviennent du serveur de tuiles "
        "configuré par l’exploitant (par exemple les contributeurs OpenStreetMap, données sous "
        "licence ODbL) et restent soumis à leur propre licence.",
        "Contenus de démonstration : les personnes, adresses électroniques et numéros de "
        "téléphone affichés sur ce site sont fictifs. Les faits présentés s’appuient sur des "
        "documents publics relatifs au parcours d’expérience « Co-construction territoriale ».",
        "Contact : pour toute question sur le site, écrivez à contact@catalyseurs.example ou "
        "appelez le 01 99 00 00 01.",
    ],
    "privacy": [
        "Responsable de traitement : [DÉMONSTRATION] le Réseau des catalyseurs territoriaux pour "
        "les pages communes ; pour chaque site de territoire, la structure qui porte le "
        "catalyseur concerné, dont l’équipe traite les inscriptions et les messages reçus.",
        "Données collectées : seulement celles que vous saisissez dans nos formulaires. "
        "L’inscription d’un acteur recueille le nom de la structure, son adresse, une personne "
        "à contacter, une adresse électronique, éventuellement un téléphone, et la description "
        "de ce qu’elle propose. Le formulaire de contact recueille votre nom, votre adresse "
        "électronique et votre message.",
        "Finalités : publier la fiche de votre structure sur la carte des acteurs après "
        "validation par l’équipe du territoire, vous mettre en relation avec d’autres acteurs et "
        "répondre à vos demandes. Vos coordonnées personnelles ne sont jamais vendues ni cédées.",
        "Base légale : votre consentement, exprimé en cochant la case prévue dans chaque "
        "formulaire. Vous pouvez le retirer à tout moment, sans conséquence sur les traitements "
        "déjà effectués.",
        "Durée de conservation : les données sont gardées trois ans après votre dernier contact "
        "avec l’équipe, puis supprimées. Une demande d’inscription refusée est effacée sans délai.",
        "Vos droits : vous pouvez accéder à vos données, les faire rectifier ou effacer, et vous "
        "opposer à leur traitement. Écrivez au délégué à la protection des données : "
        "dpo@catalyseurs.example. Si vous estimez que vos droits ne sont pas respectés, vous "
        "pouvez adresser une réclamation à la CNIL (www.cnil.fr).",
        "Cookies : ce site ne dépose aucun cookie de mesure d’audience ou de publicité. Seuls les "
        "cookies strictement nécessaires au fonctionnement (session, protection des formulaires) "
        "sont utilisés. Si l’affichage des fonds de carte est activé, ceux-ci sont chargés depuis "
        "un serveur de tuiles externe qui reçoit, comme tout serveur web, votre adresse IP au "
        "moment de l’affichage de la carte ; sans fond de carte, aucune donnée ne lui est "
        "transmise.",
    ],
}

THEMES = [
    {
        "slug": "etat-des-partenariats",
        "name": "État des lieux des partenariats en France et spécificités régionales",
        "description": "Où en sont les alliances entre acteurs en France, et ce qui change d’une région à l’autre.",
    },
    {
        "slug": "fragilites-et-alliances",
        "name": "Fragilités territoriales et alliances innovantes",
        "description": "Comment des coopérations inédites répondent aux fragilités d’un territoire.",
    },
    {
        "slug": "modeles-de-co-construction",
        "name": "Modèles de co-construction territoriale",
        "description": "Les différentes façons d’organiser et d’animer la construction collective de réponses locales.",
    },
    {
        "slug": "innovations-territoriales",
        "name": "Innovations territoriales et sociétales, publiques et privées",
        "description": "Des solutions nouvelles nées sur le terrain, portées par des acteurs publics comme privés.",
    },
    {
        "slug": "tiers-lieux-et-dialogue",
        "name": "Tiers-lieux et dialogue territorial",
        "description": "Des lieux partagés pour ancrer les rencontres et faire dialoguer les acteurs.",
    },
    {
        "slug": "partenariats-associations-entreprises",
        "name": "Partenariats associations–entreprises",
        "description": "Construire des relations équilibrées et durables entre le monde associatif et les entreprises.",
    },
    {
        "slug": "modeles-socio-economiques-hybrides",
        "name": "Modèles socio-économiques hybrides",
        "description": "Combiner plusieurs sources de ressources pour faire vivre une action d’intérêt général dans la durée.",
    },
    {
        "slug": "rse-et-partenariats",
        "name": "RSE et partenariats",
        "description": "Quand la responsabilité sociétale des entreprises se traduit par un engagement sur leur territoire.",
    },
]


TERRITORIES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Vitawin
    {
        "slug": "vitawin",
        "name": "Vitawin",
        "short_name": "Vitawin",
        "carrying_structure": "Paris Est Marne & Bois (établissement public territorial)",
        "region": "Île-de-France",
        "description": (
            "Dynamique de coopération animée par l’établissement public territorial Paris Est "
            "Marne & Bois, à l’est de Paris. Vitawin rapproche écoles, élèves et entreprises pour "
            "ouvrir aux jeunes l’accès aux stages, à l’alternance et à l’emploi. Elle prolonge la "
            "démarche « Agir Ensemble sur le Territoire » engagée depuis 2010."
        ),
        "population": 510000,
        "maturity": "consolidation",
        "colour": "#00796B",
        "themes": [
            "partenariats-associations-entreprises",
            "rse-et-partenariats",
            "tiers-lieux-et-dialogue",
            "innovations-territoriales",
        ],
        "key_figures": [
            {"label": "Villes du territoire", "value": "13", "unit": "communes"},
            {"label": "Habitants", "value": "510 000", "unit": "habitants"},
            {
                "label": "Établissements, dont 94 % de TPE et PME",
                "value": "50 000",
                "unit": "établissements",
            },
            {
                "label": "Employeurs de l’économie sociale et solidaire",
                "value": "1 145",
                "unit": "entreprises",
            },
            {"label": "Personnes dédiées à l’animation", "value": "2", "unit": "personnes"},
        ],
        "contacts": [
            {
                "name": "Équipe d’animation Vitawin",
                "role": "Animation du réseau et de la carte des acteurs",
                "email": "vitawin@pemb-demo.example",
                "phone": "01 99 00 10 01",
            },
            {
                "name": "Claire M.",
                "role": "Chargée de mission innovation et expérimentation territoriales",
                "email": "claire.m@pemb-demo.example",
                "phone": "01 99 00 10 02",
            },
        ],
        "communes": [
            {
                "insee": "94015",
                "name": "Bry-sur-Marne",
                "postcodes": ["94360"],
                "lat": 48.8383,
                "lng": 2.5225,
                "population": 17000,
            },
            {
                "insee": "94017",
                "name": "Champigny-sur-Marne",
                "postcodes": ["94500"],
                "lat": 48.8172,
                "lng": 2.5156,
                "population": 77000,
            },
            {
                "insee": "94018",
                "name": "Charenton-le-Pont",
                "postcodes": ["94220"],
                "lat": 48.8219,
                "lng": 2.4139,
                "population": 30500,
            },
            {
                "insee": "94033",
                "name": "Fontenay-sous-Bois",
                "postcodes": ["94120"],
                "lat": 48.8514,
                "lng": 2.4772,
                "population": 53000,
            },
            {
                "insee": "94042",
                "name": "Joinville-le-Pont",
                "postcodes": ["94340"],
                "lat": 48.8208,
                "lng": 2.4728,
                "population": 20000,
            },
            {
                "insee": "94046",
                "name": "Maisons-Alfort",
                "postcodes": ["94700"],
                "lat": 48.8058,
                "lng": 2.4378,
                "population": 56000,
            },
            {
                "insee": "94052",
                "name": "Nogent-sur-Marne",
                "postcodes": ["94130"],
                "lat": 48.8369,
                "lng": 2.4825,
                "population": 32000,
            },
            {
                "insee": "94058",
                "name": "Le Perreux-sur-Marne",
                "postcodes": ["94170"],
                "lat": 48.8425,
                "lng": 2.5036,
                "population": 34500,
            },
            {
                "insee": "94067",
                "name": "Saint-Mandé",
                "postcodes": ["94160"],
                "lat": 48.8422,
                "lng": 2.4186,
                "population": 22500,
            },
            {
                "insee": "94068",
                "name": "Saint-Maur-des-Fossés",
                "postcodes": ["94100", "94210"],
                "lat": 48.7994,
                "lng": 2.4997,
                "population": 75000,
            },
            {
                "insee": "94069",
                "name": "Saint-Maurice",
                "postcodes": ["94410"],
                "lat": 48.818,
                "lng": 2.437,
                "population": 14500,
            },
            {
                "insee": "94079",
                "name": "Villiers-sur-Marne",
                "postcodes": ["94350"],
                "lat": 48.8275,
                "lng": 2.5447,
                "population": 28500,
            },
            {
                "insee": "94080",
                "name": "Vincennes",
                "postcodes": ["94300"],
                "lat": 48.8474,
                "lng": 2.439,
                "population": 49500,
            },
        ],
        "home": {
            "intro": (
                "Vitawin relie établissements scolaires, entreprises, associations et collectivités "
                "des 13 villes de Paris Est Marne & Bois pour aider les jeunes à mettre un pied "
                "dans le monde du travail."
            ),
            "body": [
                "Au départ, un constat partagé : les élèves du territoire ont du mal à décrocher un "
                "stage, un contrat d’alternance ou un premier emploi, alors que de nombreuses "
                "entreprises voisines ne demandent qu’à s’impliquer. En novembre 2018, PEMB a "
                "réuni autour de la table le MEDEF 93-94, la CCI du Val-de-Marne, l’Éducation "
                "nationale, des associations et Charenton-le-Pont, ville pilote.",
                "Plutôt que d’arriver avec des solutions toutes faites, le collectif a pris une "
                "année pour rencontrer chaque acteur et partir de ses besoins. De ce travail "
                "patient est née Vitawin, qui s’inspire du programme « Quand Élèves et "
                "Entreprises se Rencontrent », expérimenté dès 2014 dans deux villes.",
                "Le tissu économique s’y prête : environ 50 000 établissements, dont 94 % de TPE "
                "et PME, et 1 145 employeurs de l’économie sociale et solidaire. Beaucoup de ces "
                "entreprises n’ont aucune obligation en matière de RSE mais ont envie d’agir ; "
                "Vitawin leur en donne l’occasion, avec l’appui de clubs d’entreprises et d’un "
                "réseau d’espaces de coworking.",
                "Sur la carte des acteurs engagés, chacun repère près de chez lui le collège, le "
                "lycée, l’association ou l’entreprise avec qui passer à l’action, et trouve dans "
                "sa fiche de quoi la contacter. Deux personnes de PEMB font vivre ce réseau de "
                "proximité, les actions et les usages de la carte.",
            ],
        },
        "pages": [
            {
                "slug": "la-demarche",
                "title": "La démarche",
                "intro": (
                    "Comment un territoire jeune, dont les villes n’avaient pas l’habitude de "
                    "travailler ensemble, a fait du dialogue entre acteurs sa façon d’agir."
                ),
                "body": [
                    "Paris Est Marne & Bois est issu de la réorganisation imposée par la loi "
                    "NOTRe au sein de la Métropole du Grand Paris. Les treize villes ont dû "
                    "apprendre à coopérer à partir de rien, et il a fallu montrer concrètement ce "
                    "que le travail en commun pouvait apporter à chacune d’elles.",
                    "Au sein de la direction de l’économie et de l’emploi, un axe « innovation et "
                    "expérimentation territoriales » s’intéresse autant aux start-up et aux "
                    "incubateurs qu’à de nouvelles façons d’animer les acteurs locaux. Avec peu "
                    "de moyens humains, le choix a été fait de miser sur le dialogue entre "
                    "acteurs pour trouver ensemble des réponses aux enjeux du territoire.",
                    "Cette approche s’appuie sur des lieux qui ancrent les coopérations – les "
                    "espaces de coworking gérés par PEMB – et sur des partenariats avec deux "
                    "incubateurs : le living lab de Greentech Innovation, porté par le ministère "
                    "de la Transition écologique, et l’IGNfab de l’Institut national de "
                    "l’information géographique et forestière.",
                    "Fidèle au rôle de catalyseur, PEMB met les acteurs en relation et outille "
                    "la dynamique, sans se substituer aux établissements et aux entreprises qui "
                    "accueillent les jeunes.",
                ],
            },
            {
                "slug": "devenir-vitawiner",
                "title": "Devenir Vitawiner",
                "join": True,
                "intro": (
                    "Entreprise, association, collège ou lycée du territoire : inscrivez-vous "
                    "pour dire ce que vous pouvez offrir aux jeunes."
                ),
                "body": [
                    "Un Vitawiner est un acteur qui s’engage dans la dynamique : accueillir des "
                    "stagiaires, proposer des contrats en alternance, présenter son métier dans "
                    "une classe, ouvrir ses portes lors d’une visite… Une fois l’inscription "
                    "validée, votre structure apparaît sur la carte des acteurs.",
                    "La carte permet aussi de repérer les besoins exprimés et les projets déjà en "
                    "cours, pour s’y joindre plutôt que de repartir de zéro. Comme chaque acteur "
                    "affiché a choisi de s’engager, il n’y a pas besoin de le convaincre : le "
                    "premier contact est plus simple.",
                    "Pour les villes et les partenaires, la carte sert enfin à rendre visible ce "
                    "qui se fait localement : elle montre les actions, les alliances qui les "
                    "portent, et aide à présenter les résultats aux élus.",
                ],
            },
        ],
    },
    # ------------------------------------------------------- Envies d'Alliances
    {
        "slug": "envies-d-alliances",
        "name": "Envies d’Alliances",
        "short_name": "Envies d’Alliances",
        "carrying_structure": "Pays d’Aix Associations (maison de la vie associative du Pays d’Aix)",
        "region": "Provence-Alpes-Côte d’Azur",
        "description": (
            "Démarche lancée par Pays d’Aix Associations, la maison de la vie associative du Pays "
            "d’Aix, pour que les associations coopèrent davantage entre elles et dialoguent avec "
            "les collectivités et les entreprises du territoire. L’objectif affiché : devenir à "
            "terme un véritable catalyseur territorial au service du monde associatif."
        ),
        "population": None,
        "maturity": "emergence",
        "colour": "#C62828",
        "themes": [
            "partenariats-associations-entreprises",
            "modeles-socio-economiques-hybrides",
            "modeles-de-co-construction",
        ],
        "key_figures": [
            {
                "label": "Catalyseurs engagés dans le parcours d’expérience",
                "value": "2",
                "unit": "personnes (binôme)",
            },
            {
                "label": "Propositions du groupe co-animé lors de la Rencontre 2019",
                "value": "3",
                "unit": "propositions",
            },
        ],
        "contacts": [
            {
                "name": "Équipe Envies d’Alliances",
                "role": "Animation du dialogue entre associations, collectivités et entreprises",
                "email": "alliances@paa-demo.example",
                "phone": "01 99 00 20 01",
            },
        ],
        "communes": [
            {
                "insee": "13001",
                "name": "Aix-en-Provence",
                "postcodes": ["13080", "13090", "13100", "13290", "13540"],
                "lat": 43.5297,
                "lng": 5.4474,
                "population": 147000,
            },
            {
                "insee": "13041",
                "name": "Gardanne",
                "postcodes": ["13120"],
                "lat": 43.4549,
                "lng": 5.4694,
                "population": 21500,
            },
            {
                "insee": "84089",
                "name": "Pertuis",
                "postcodes": ["84120"],
                "lat": 43.6947,
                "lng": 5.5017,
                "population": 20500,
            },
        ],
        "home": {
            "intro": (
                "Aider les associations du Pays d’Aix à faire alliance, entre elles et avec les "
                "collectivités et les entreprises qui les entourent."
            ),
            "body": [
                "Maison de la vie associative du Pays d’Aix, Pays d’Aix Associations entend "
                "assumer pleinement son rôle de tête de réseau. Envies d’Alliances est la partie "
                "de sa mission consacrée à la coopération : faire travailler les associations "
                "ensemble et ouvrir un espace d’échange avec leurs parties prenantes locales.",
                "L’ambition est de favoriser des relations équilibrées et durables entre acteurs "
                "du territoire, utiles socialement et appuyées sur un modèle économique qui tient "
                "dans le temps. Les associations n’y sont pas de simples bénéficiaires : elles "
                "sont partenaires à part entière.",
                "Engagée dans le parcours d’expérience « Co-construction territoriale », l’équipe "
                "a aussi co-animé un atelier lors de la Rencontre des pionniers de 2019, consacré "
                "à la mise en valeur des dynamiques territoriales.",
            ],
        },
        "pages": [
            {
                "slug": "la-demarche",
                "title": "La démarche",
                "intro": "D’une maison des associations à un catalyseur territorial.",
                "body": [
                    "Une maison de la vie associative connaît bien ses associations, mais pas "
                    "toujours les entreprises et les services publics avec qui elles pourraient "
                    "agir. Envies d’Alliances part de là : créer des occasions de se rencontrer, "
                    "de comprendre les attentes de chacun et d’imaginer des projets communs.",
                    "Lors de la Rencontre des pionniers de 2019, le groupe qu’elle co-animait a "
                    "formulé trois propositions : organiser des voyages d’étude pour s’inspirer "
                    "d’autres territoires, partager informations et outils (rencontres, "
                    "numérique), et obtenir la reconnaissance de l’innovation sociale "
                    "territoriale, par exemple en siégeant dans les instances locales consacrées "
                    "à l’attractivité d’Aix.",
                ],
            },
        ],
    },
    # ------------------------------------------------------ Vivre Les Mureaux
    {
        "slug": "vivre-les-mureaux",
        "name": "Vivre Les Mureaux",
        "short_name": "Vivre Les Mureaux",
        "carrying_structure": "PTCE Vivre Les Mureaux (pôle territorial de coopération économique)",
        "region": "Île-de-France",
        "description": (
            "Pôle territorial de coopération économique né d’une initiative citoyenne aux Mureaux, "
            "dans les Yvelines. Il veut faire de la ville et de ses environs un territoire de plein "
            "emploi en redonnant aux habitants, associations, entreprises et institutions le "
            "pouvoir d’agir. Plus de 600 acteurs s’y sont engagés."
        ),
        "population": None,
        "maturity": "consolidation",
        "colour": "#2E7D32",
        "themes": [
            "fragilites-et-alliances",
            "modeles-de-co-construction",
            "innovations-territoriales",
            "modeles-socio-economiques-hybrides",
        ],
        "key_figures": [
            {"label": "Acteurs engagés", "value": "600+", "unit": "acteurs"},
            {"label": "Axes de développement", "value": "4", "unit": "axes"},
            {
                "label": "Objectifs « zéro » : exclusion, carbone, pauvreté",
                "value": "3",
                "unit": "objectifs",
            },
        ],
        "contacts": [
            {
                "name": "Équipe du PTCE",
                "role": "Coordination des coopérations",
                "email": "contact@vivre-les-mureaux.example",
                "phone": "01 99 00 30 01",
            },
        ],
        "communes": [
            {
                "insee": "78440",
                "name": "Les Mureaux",
                "postcodes": ["78130"],
                "lat": 48.9917,
                "lng": 1.9108,
                "population": 33000,
            },
        ],
        "home": {
            "intro": (
                "Un projet de territoire porté par les Muriautins eux-mêmes : zéro exclusion, zéro "
                "carbone, zéro pauvreté, et une ville grande ouverte sur le monde."
            ),
            "body": [
                "Vivre Les Mureaux n’a pas été décidé d’en haut : c’est un projet d’initiative "
                "populaire qui vise le plein emploi pour la ville et ses alentours. Son moteur est "
                "la conviction que chacun – habitant, association, entreprise ou institution – "
                "peut reprendre la main sur l’avenir de son territoire.",
                "Plus de 600 acteurs se sont déjà engagés. Ensemble, ils poursuivent trois "
                "objectifs ambitieux : ne laisser personne à l’écart, ne plus émettre de carbone "
                "et faire reculer la pauvreté jusqu’à la faire disparaître, tout en restant "
                "ouverts sur le monde.",
                "La forme du pôle territorial de coopération économique permet de faire travailler "
                "ensemble des structures de nature très différente autour de projets économiques "
                "ancrés localement.",
            ],
        },
        "pages": [
            {
                "slug": "les-quatre-axes",
                "title": "Les quatre axes",
                "intro": "Tourisme, économie, environnement, solidarité : quatre portes d’entrée pour agir.",
                "body": [
                    "Le projet s’organise autour de quatre axes de développement. L’axe "
                    "touristique valorise ce que la ville a à offrir aux visiteurs ; l’axe "
                    "économique soutient l’activité et l’emploi locaux.",
                    "L’axe environnemental porte l’objectif zéro carbone, et l’axe solidaire "
                    "celui d’une ville sans exclusion ni pauvreté. Chaque acteur peut rejoindre "
                    "l’axe qui correspond à ce qu’il sait faire, et les projets croisent souvent "
                    "plusieurs axes à la fois.",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- Centsept
    {
        "slug": "centsept",
        "name": "Le Centsept",
        "short_name": "Le Centsept",
        "carrying_structure": "Le Centsept, accélérateur d’innovation sociale (Métropole de Lyon)",
        "region": "Auvergne-Rhône-Alpes",
        "description": (
            "Accélérateur d’innovation sociale de la Métropole de Lyon. Partant du principe que "
            "personne ne peut relever seul les grands défis sociaux et environnementaux, le "
            "Centsept fait coopérer collectivités, grandes entreprises, associations et "
            "entrepreneurs sociaux autour de projets durables."
        ),
        "population": None,
        "maturity": "consolidation",
        "colour": "#6A1B9A",
        "themes": [
            "innovations-territoriales",
            "fragilites-et-alliances",
            "partenariats-associations-entreprises",
            "modeles-de-co-construction",
        ],
        "key_figures": [
            {"label": "Familles d’acteurs mises en coopération", "value": "4", "unit": "familles"},
            {
                "label": "Catalyseurs engagés dans le parcours d’expérience",
                "value": "2",
                "unit": "personnes (binôme)",
            },
        ],
        "contacts": [
            {
                "name": "Équipe du Centsept",
                "role": "Accompagnement des coopérations",
                "email": "bonjour@centsept-demo.example",
                "phone": "01 99 00 40 01",
            },
        ],
        "communes": [
            {
                "insee": "69123",
                "name": "Lyon",
                "postcodes": [
                    "69001",
                    "69002",
                    "69003",
                    "69004",
                    "69005",
                    "69006",
                    "69007",
                    "69008",
                    "69009",
                ],
                "lat": 45.764,
                "lng": 4.8357,
                "population": 520000,
            },
            {
                "insee": "69266",
                "name": "Villeurbanne",
                "postcodes": ["69100"],
                "lat": 45.7667,
                "lng": 4.8803,
                "population": 157000,
            },
            {
                "insee": "69259",
                "name": "Vénissieux",
                "postcodes": ["69200"],
                "lat": 45.6975,
                "lng": 4.8867,
                "population": 67000,
            },
            {
                "insee": "69256",
                "name": "Vaulx-en-Velin",
                "postcodes": ["69120"],
                "lat": 45.7786,
                "lng": 4.9219,
                "population": 52000,
            },
        ],
        "home": {
            "intro": (
                "Face à des enjeux trop complexes pour un seul acteur, le Centsept réunit public, "
                "privé et associatif pour inventer des réponses utiles aux habitants."
            ),
            "body": [
                "Accès aux services essentiels, fracture numérique, précarité, qualité de l’air, "
                "gestion des déchets : les défis sociaux et environnementaux d’aujourd’hui "
                "dépassent les capacités de chaque organisation prise isolément.",
                "Le Centsept part de ce constat pour faire travailler ensemble collectivités "
                "locales, grandes entreprises, associations et entrepreneurs sociaux, au service "
                "de l’intérêt général et d’une société plus inclusive, plus juste et plus "
                "durable.",
                "Il imagine et lance des projets conçus pour durer, au bénéfice des habitants de "
                "la Métropole de Lyon et, plus largement, de la région Auvergne-Rhône-Alpes.",
            ],
        },
        "pages": [
            {
                "slug": "nos-defis",
                "title": "Nos défis",
                "intro": "Les sujets sur lesquels la coopération fait la différence.",
                "body": [
                    "Chaque projet commence par un besoin non couvert, identifié avec ceux qui le "
                    "vivent. Le Centsept réunit ensuite les acteurs capables d’y répondre, en "
                    "veillant à ce que chacun y trouve sa place et son intérêt.",
                    "Les thèmes traités vont de l’accès aux droits et aux services à l’inclusion "
                    "numérique, en passant par la lutte contre la précarité économique et les "
                    "questions environnementales comme la pollution de l’air ou les déchets.",
                ],
            },
        ],
    },
    # --------------------------------------------------------- Villes au Carré
    {
        "slug": "villes-au-carre",
        "name": "Villes au Carré",
        "short_name": "Villes au Carré",
        "carrying_structure": "Villes au Carré (association, réseau régional Centre-Val de Loire)",
        "region": "Centre-Val de Loire",
        "description": (
            "Réseau régional qui rassemble collectivités, acteurs publics et privés et habitants "
            "du Centre-Val de Loire. Centre de ressources et de formation, lieu de dialogue et "
            "soutien aux expérimentations, Villes au Carré construit depuis dix ans une ingénierie "
            "des partenariats, en particulier pour les territoires les plus fragiles."
        ),
        "population": None,
        "maturity": "essaimage",
        "colour": "#B45309",
        "themes": [
            "etat-des-partenariats",
            "fragilites-et-alliances",
            "modeles-de-co-construction",
            "tiers-lieux-et-dialogue",
        ],
        "key_figures": [
            {"label": "Années d’ingénierie des partenariats", "value": "10", "unit": "ans"},
            {
                "label": "Familles de partenaires qui soutiennent l’association",
                "value": "6",
                "unit": "familles",
            },
            {
                "label": "Propositions du groupe co-animé lors de la Rencontre 2019",
                "value": "3",
                "unit": "propositions",
            },
        ],
        "contacts": [
            {
                "name": "Centre de ressources",
                "role": "Information, formation et accompagnement des collectivités",
                "email": "ressources@villes-au-carre-demo.example",
                "phone": "01 99 00 50 01",
            },
        ],
        "communes": [
            {
                "insee": "37261",
                "name": "Tours",
                "postcodes": ["37000", "37100", "37200"],
                "lat": 47.3941,
                "lng": 0.6848,
                "population": 137000,
            },
            {
                "insee": "45234",
                "name": "Orléans",
                "postcodes": ["45000", "45100"],
                "lat": 47.903,
                "lng": 1.9093,
                "population": 117000,
            },
            {
                "insee": "18033",
                "name": "Bourges",
                "postcodes": ["18000"],
                "lat": 47.081,
                "lng": 2.3988,
                "population": 64000,
            },
            {
                "insee": "41018",
                "name": "Blois",
                "postcodes": ["41000"],
                "lat": 47.5861,
                "lng": 1.3359,
                "population": 46000,
            },
        ],
        "home": {
            "intro": (
                "Un réseau régional pour renforcer la capacité d’agir des collectivités et de "
                "leurs partenaires, au service de l’intérêt général."
            ),
            "body": [
                "Villes au Carré joue trois rôles complémentaires : un centre de ressources et de "
                "formation qui outille les acteurs, une plateforme de dialogue qui facilite les "
                "coopérations, et un partenaire qui soutient les expérimentations de terrain.",
                "Depuis une décennie, l’association a développé un véritable savoir-faire en "
                "matière de partenariats, d’abord dans le champ de la politique de la ville, puis "
                "auprès des villes petites et moyennes. Les territoires les plus fragiles sont au "
                "cœur de son action.",
                "Elle est soutenue par l’État, le Conseil régional, des villes et "
                "intercommunalités, la Caisse des dépôts, l’Université de Tours et l’Union "
                "régionale des bailleurs sociaux.",
            ],
        },
        "pages": [
            {
                "slug": "nos-missions",
                "title": "Nos missions",
                "intro": "Ressources, dialogue, expérimentation : ce que le réseau apporte à ses membres.",
                "body": [
                    "Le centre de ressources met à disposition des élus, des agents et des "
                    "associations des repères, des formations et des retours d’expérience. La "
                    "plateforme de dialogue, elle, crée des moments où acteurs publics, privés et "
                    "habitants travaillent sur des questions communes.",
                    "Lors de la Rencontre des pionniers de 2019, la directrice de Villes au Carré a "
                    "co-animé un atelier qui a plaidé pour les voyages d’étude, le partage d’outils "
                    "entre territoires et la reconnaissance de l’innovation sociale territoriale.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------ Le Catalyseur
    {
        "slug": "le-catalyseur",
        "name": "Le Catalyseur",
        "short_name": "Le Catalyseur",
        "carrying_structure": "Fondation Catalyses (Université Toulouse III – Paul Sabatier)",
        "region": "Occitanie",
        "description": (
            "Tiers-lieu installé sur le campus de Rangueil, à Toulouse. Il veut faire le lien qui "
            "manquait entre les étudiants, leurs formations et le monde de l’entreprise, en "
            "jouant le rôle de pré-incubateur ouvert aux projets de création d’entreprise."
        ),
        "population": None,
        "maturity": "experimentation",
        "colour": "#AD1457",
        "themes": ["tiers-lieux-et-dialogue", "innovations-territoriales", "rse-et-partenariats"],
        "key_figures": [
            {
                "label": "Propositions du groupe co-animé lors de la Rencontre 2019",
                "value": "3",
                "unit": "propositions",
            },
            {
                "label": "Catalyseurs engagés dans le parcours d’expérience",
                "value": "2",
                "unit": "personnes (binôme)",
            },
        ],
        "contacts": [
            {
                "name": "Accueil du Catalyseur",
                "role": "Accueil des porteurs de projets étudiants",
                "email": "accueil@catalyseur-demo.example",
                "phone": "01 99 00 60 01",
            },
        ],
        "communes": [
            {
                "insee": "31555",
                "name": "Toulouse",
                "postcodes": ["31000", "31100", "31200", "31300", "31400", "31500"],
                "lat": 43.6045,
                "lng": 1.444,
                "population": 504000,
            },
            {
                "insee": "31446",
                "name": "Ramonville-Saint-Agne",
                "postcodes": ["31520"],
                "lat": 43.5461,
                "lng": 1.4786,
                "population": 15000,
            },
        ],
        "home": {
            "intro": (
                "Un lieu de vie du campus de Rangueil consacré à l’entrepreneuriat et à "
                "l’innovation, où les étudiants transforment une idée en projet."
            ),
            "body": [
                "Entre les cours et la création d’entreprise, il manquait un maillon. Le "
                "Catalyseur comble ce vide : c’est un tiers-lieu où les étudiants croisent des "
                "entrepreneurs, testent leurs idées et trouvent l’accompagnement qui leur permet "
                "de se lancer.",
                "Son fonctionnement repose sur l’engagement commun des établissements "
                "d’enseignement supérieur toulousains et d’entreprises partenaires, qui y "
                "trouvent un moyen concret de s’impliquer auprès des jeunes.",
                "Présent au parcours d’expérience comme à la Rencontre des pionniers de 2019, le "
                "Catalyseur illustre le lien étroit entre animation territoriale et tiers-lieux.",
            ],
        },
        "pages": [
            {
                "slug": "financer-les-femmes-et-les-hommes",
                "title": "Financer les femmes et les hommes",
                "intro": "Trois propositions portées par le groupe co-animé par le Catalyseur en 2019.",
                "body": [
                    "D’abord, financer les personnes qui animent, et pas uniquement les "
                    "investissements : cela suppose d’inventer des modèles économiques, de "
                    "reconnaître la valeur de la catalyse et d’inscrire les financements dans la "
                    "durée.",
                    "Ensuite, apprendre à coopérer : apprendre ensemble, se mettre à la place "
                    "des autres, construire des récits collectifs. Enfin, mettre en avant ce qui "
                    "fonctionne, en tenant compte de la diversité des besoins et des niveaux de "
                    "maturité, et en adaptant les façons d’évaluer.",
                ],
            },
        ],
    },
    # --------------------------------------------------------------- Face Paris
    {
        "slug": "face-paris",
        "name": "Face Paris",
        "short_name": "Face Paris",
        "carrying_structure": "Face Paris (club d’entreprises, Fondation Agir Contre l’Exclusion)",
        "region": "Île-de-France",
        "description": (
            "Club d’entreprises constitué en association et rattaché à la Fondation Agir Contre "
            "l’Exclusion. Ses membres s’engagent pour l’inclusion sociale à Paris, aux côtés de "
            "la collectivité, des institutions et de structures spécialisées."
        ),
        "population": None,
        "maturity": "consolidation",
        "colour": "#0277BD",
        "themes": [
            "partenariats-associations-entreprises",
            "rse-et-partenariats",
            "fragilites-et-alliances",
        ],
        "key_figures": [
            {
                "label": "Demandeurs d’emploi de plus de 45 ans à accompagner chaque année",
                "value": "400+",
                "unit": "personnes",
            },
            {"label": "Parrainages visés", "value": "150+", "unit": "parrainages"},
            {"label": "Grandes thématiques d’action", "value": "4", "unit": "thématiques"},
        ],
        "contacts": [
            {
                "name": "Équipe Face Paris",
                "role": "Relations avec les entreprises membres",
                "email": "entreprises@face-paris-demo.example",
                "phone": "01 99 00 70 01",
            },
            {
                "name": "Samir B.",
                "role": "Chargé de mission parrainage",
                "email": "parrainage@face-paris-demo.example",
                "phone": "01 99 00 70 02",
            },
        ],
        "communes": [
            {
                "insee": "75056",
                "name": "Paris",
                "postcodes": [
                    "75001",
                    "75002",
                    "75003",
                    "75004",
                    "75005",
                    "75006",
                    "75007",
                    "75008",
                    "75009",
                    "75010",
                    "75011",
                    "75012",
                    "75013",
                    "75014",
                    "75015",
                    "75016",
                    "75017",
                    "75018",
                    "75019",
                    "75020",
                    "75116",
                ],
                "lat": 48.8566,
                "lng": 2.3522,
                "population": 2100000,
            },
        ],
        "home": {
            "intro": (
                "Des entreprises parisiennes qui innovent et agissent ensemble pour que personne "
                "ne reste à la porte de l’emploi."
            ),
            "body": [
                "Face Paris rassemble des entreprises qui ont choisi de s’impliquer pour "
                "l’inclusion sociale sur leur territoire. Elles travaillent avec la ville, les "
                "institutions et des structures expertes pour imaginer des actions utiles.",
                "Pour étendre ces actions d’intérêt général, le club cherche à convaincre "
                "davantage d’entreprises de le rejoindre, autour de quatre priorités : "
                "l’alternance, l’emploi des plus de 45 ans, l’accueil des personnes réfugiées et "
                "le parrainage.",
            ],
        },
        "pages": [
            {
                "slug": "nos-actions",
                "title": "Nos actions",
                "intro": "Quatre chantiers où l’engagement des entreprises change la donne.",
                "body": [
                    "Alternance pour tous : ouvrir l’apprentissage à tous les publics, en "
                    "particulier aux jeunes qui ont quitté l’école sans diplôme.",
                    "Plus de 45 ans : des demi-journées de rencontre avec des entreprises pour "
                    "les personnes de cette tranche d’âge au chômage, avec l’ambition d’en "
                    "accompagner plus de 400 par an.",
                    "Personnes réfugiées : des entreprises présentent leur activité et proposent "
                    "des conversations professionnelles pour faciliter l’insertion.",
                    "Parrainage : un salarié accompagne une personne en recherche d’emploi ; le "
                    "club vise plus de 150 parrainages.",
                ],
            },
        ],
    },
    # ------------------------------------------------------ Labo des partenariats
    {
        "slug": "labo-des-partenariats",
        "name": "Labo des partenariats",
        "short_name": "Labo des partenariats",
        "carrying_structure": "France Active Poitou-Charentes",
        "region": "Nouvelle-Aquitaine",
        "description": (
            "Programme de France Active Poitou-Charentes, inspiré d’une démarche née chez Alsace "
            "Active et implanté sur le territoire depuis 2016. Le Labo aide entreprises et "
            "structures de l’économie sociale et solidaire à bâtir des stratégies de coopération."
        ),
        "population": None,
        "maturity": "experimentation",
        "colour": "#7A6500",
        "themes": [
            "partenariats-associations-entreprises",
            "modeles-socio-economiques-hybrides",
            "rse-et-partenariats",
        ],
        "key_figures": [
            {"label": "Année d’arrivée en Poitou-Charentes", "value": "2016", "unit": ""},
            {
                "label": "Financeurs du lancement (Région, Fondation MACIF)",
                "value": "2",
                "unit": "financeurs",
            },
        ],
        "contacts": [
            {
                "name": "Équipe du Labo",
                "role": "Sensibilisation et accompagnement des coopérations",
                "email": "labo@franceactive-pc-demo.example",
                "phone": "01 99 00 80 01",
            },
        ],
        "communes": [
            {
                "insee": "86194",
                "name": "Poitiers",
                "postcodes": ["86000"],
                "lat": 46.5802,
                "lng": 0.3404,
                "population": 89000,
            },
            {
                "insee": "17300",
                "name": "La Rochelle",
                "postcodes": ["17000"],
                "lat": 46.1591,
                "lng": -1.152,
                "population": 78000,
            },
            {
                "insee": "79191",
                "name": "Niort",
                "postcodes": ["79000"],
                "lat": 46.3237,
                "lng": -0.4647,
                "population": 59000,
            },
            {
                "insee": "16015",
                "name": "Angoulême",
                "postcodes": ["16000"],
                "lat": 45.6484,
                "lng": 0.1562,
                "population": 42000,
            },
        ],
        "home": {
            "intro": (
                "Faire de la coopération entre entreprises et acteurs de l’ESS une source de "
                "développement pour les deux, et une réponse aux enjeux du territoire."
            ),
            "body": [
                "Le Labo des partenariats reprend une idée lancée par Alsace Active et l’adapte "
                "au Poitou-Charentes. Il s’y est installé en 2016 avec l’appui financier de la "
                "Région Nouvelle-Aquitaine et de la Fondation MACIF.",
                "Son travail consiste à sensibiliser puis à accompagner entreprises et structures "
                "de l’ESS qui veulent coopérer. Pour elles, c’est une occasion d’ouvrir de "
                "nouvelles pistes de développement ; pour le territoire, une manière de répondre "
                "à des besoins en matière d’emploi, d’environnement, de lien social ou de culture.",
            ],
        },
        "pages": [
            {
                "slug": "accompagner-les-cooperations",
                "title": "Accompagner les coopérations",
                "intro": "Du premier échange à une stratégie de partenariat partagée.",
                "body": [
                    "Une coopération réussie commence par une bonne compréhension mutuelle : ce "
                    "que chacun attend, ce qu’il peut apporter, les limites à respecter. Le Labo "
                    "aide les partenaires à poser ces bases avant de s’engager.",
                    "Il accompagne ensuite la construction d’une stratégie de coopération "
                    "réaliste, adaptée aux moyens de chaque structure et tournée vers des "
                    "résultats utiles au territoire.",
                ],
            },
        ],
    },
    # --------------------------------------------------- Alliance Sens & Économie
    {
        "slug": "alliance-sens-economie",
        "name": "Alliance Sens & Économie",
        "short_name": "Alliance Sens & Économie",
        "carrying_structure": "Alliance Sens & Économie (communauté d’action nationale)",
        "region": "Île-de-France",
        "description": (
            "Communauté d’action à l’échelle nationale – Paris n’est indiqué ici que comme point "
            "de repère – qui réunit entreprises, associations de l’ESS, collectivités et "
            "chercheurs. Ses membres veulent trouver de nouveaux leviers de performance en "
            "donnant du sens à leur activité, en conciliant résultats financiers et Objectifs de "
            "développement durable."
        ),
        "population": None,
        "maturity": "consolidation",
        "colour": "#5D4037",
        "themes": [
            "rse-et-partenariats",
            "modeles-socio-economiques-hybrides",
            "innovations-territoriales",
            "partenariats-associations-entreprises",
        ],
        "key_figures": [
            {"label": "Familles d’acteurs réunies", "value": "4", "unit": "familles"},
            {
                "label": "Propositions du groupe co-animé lors de la Rencontre 2019",
                "value": "3",
                "unit": "propositions",
            },
        ],
        "contacts": [
            {
                "name": "Animation de la communauté",
                "role": "Accueil des nouveaux membres",
                "email": "communaute@sens-economie-demo.example",
                "phone": "01 99 00 90 01",
            },
        ],
        "communes": [
            {
                "insee": "75056",
                "name": "Paris",
                "postcodes": [
                    "75001",
                    "75002",
                    "75003",
                    "75004",
                    "75005",
                    "75006",
                    "75007",
                    "75008",
                    "75009",
                    "75010",
                    "75011",
                    "75012",
                    "75013",
                    "75014",
                    "75015",
                    "75016",
                    "75017",
                    "75018",
                    "75019",
                    "75020",
                    "75116",
                ],
                "lat": 48.8566,
                "lng": 2.3522,
                "population": 2100000,
            },
        ],
        "home": {
            "intro": (
                "Une communauté nationale où entreprises, associations, collectivités et "
                "chercheurs réinventent ensemble leur modèle de développement."
            ),
            "body": [
                "L’Alliance Sens & Économie n’est pas attachée à un seul territoire : elle relie "
                "des acteurs de toute la France qui ont décidé d’agir et de travailler ensemble "
                "vers un but commun.",
                "Ce but : repenser la manière de se développer pour que la performance "
                "financière aille de pair avec la réalisation des Objectifs de développement "
                "durable (ODD), et faire du sens donné à l’activité un levier de performance.",
                "Lors de la Rencontre des pionniers de 2019, son président a co-animé un atelier "
                "qui a insisté sur la formation commune des acteurs, l’appui sur les réseaux déjà "
                "présents dans les territoires et la diffusion des acquis.",
            ],
        },
        "pages": [
            {
                "slug": "co-former-co-construire-diffuser",
                "title": "Co-former, co-construire, diffuser",
                "intro": "Trois pistes pour faire grandir les alliances, issues de la Rencontre 2019.",
                "body": [
                    "Co-former : donner à chacun l’espace pour expliquer sa posture, vivre "
                    "ensemble une expérience de co-construction et cartographier les "
                    "compétences de tous.",
                    "Co-construire : associer dès le départ les acteurs les plus concernés, "
                    "aligner les intérêts autour d’enjeux communs, recenser les acteurs et "
                    "partager cette liste avec les territoires.",
                    "Diffuser : inscrire la démarche dans la durée grâce à une gouvernance "
                    "partagée, par exemple sous forme de SCIC, produire outils et contenus "
                    "ensemble et les faire connaître à toutes les échelles.",
                ],
            },
        ],
    },
    # ----------------------------------------------- Caisse d'Épargne Midi-Pyrénées
    {
        "slug": "caisse-epargne-midi-pyrenees",
        "name": "Caisse d’Épargne Midi-Pyrénées",
        "short_name": "Caisse d’Épargne M.-P.",
        "carrying_structure": "Caisse d’Épargne Midi-Pyrénées",
        "region": "Occitanie",
        "description": (
            "Banque régionale partenaire des pionniers, membre du réseau des Caisses d’Épargne "
            "dont la fédération nationale a soutenu le parcours d’expérience. Elle apporte au "
            "groupe le regard d’un acteur financier implanté dans la région toulousaine."
        ),
        "population": None,
        "maturity": "emergence",
        "colour": "#37474F",
        "themes": [
            "rse-et-partenariats",
            "etat-des-partenariats",
            "partenariats-associations-entreprises",
        ],
        "key_figures": [
            {
                "label": "Territoires pionniers du parcours d’expérience",
                "value": "10",
                "unit": "territoires",
            },
            {"label": "Durée du programme expérimental (2017-2018)", "value": "18", "unit": "mois"},
        ],
        "contacts": [
            {
                "name": "Équipe engagement territorial",
                "role": "Relations avec les acteurs du territoire",
                "email": "territoires@cemp-demo.example",
                "phone": "01 99 00 95 01",
            },
        ],
        "communes": [
            {
                "insee": "31555",
                "name": "Toulouse",
                "postcodes": ["31000", "31100", "31200", "31300", "31400", "31500"],
                "lat": 43.6045,
                "lng": 1.444,
                "population": 504000,
            },
        ],
        "home": {
            "intro": (
                "Un acteur bancaire régional qui a choisi de prendre part à l’aventure des "
                "catalyseurs territoriaux."
            ),
            "body": [
                "Parmi les dix pionniers du parcours d’expérience figurait une banque : la Caisse "
                "d’Épargne Midi-Pyrénées. Sa présence rappelle que la co-construction "
                "territoriale ne concerne pas seulement les collectivités et les associations, "
                "mais aussi les entreprises, y compris financières.",
                "Le réseau des Caisses d’Épargne s’est engagé aux côtés de la "
                "démarche : sa fédération nationale figurait parmi les partenaires du parcours et "
                "a accueilli à Paris la 5e Rencontre des pionniers, en juin 2019.",
                "Sur ce site, l’équipe partage ce que l’expérience lui a appris sur la place "
                "d’une banque régionale dans les alliances locales.",
            ],
        },
        "pages": [
            {
                "slug": "une-banque-dans-les-alliances",
                "title": "Une banque dans les alliances locales",
                "intro": "Pourquoi un acteur financier s’intéresse à la catalyse territoriale.",
                "body": [
                    "Une banque régionale connaît les entreprises, les associations et les "
                    "collectivités de son territoire. Elle peut les aider à se rencontrer et "
                    "soutenir les projets qui naissent de ces rencontres.",
                    "La démarche reste à ses débuts : l’enjeu est de trouver la juste place, "
                    "celle d’un partenaire qui facilite sans prendre la main sur les projets.",
                ],
            },
        ],
    },
]
