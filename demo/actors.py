"""Demo actors for the territories' maps (pure data, in French).

Town halls and public institutions are real, with approximate positions; schools, companies,
associations and collectives are fictional. Every text is written afresh. Public and private
contacts are fictional: ``.example`` domains and phone numbers in the xx 99 00 xx xx range.
Private fields (contact, notes) are for the territory's team and never appear on public pages.

Each actor: name, kind, themes, offers (taxonomy slugs from
``territories/migrations/0006_seed_taxonomies.py``), seeks (need kind slugs from
``actors/migrations/0005_seed_need_kinds.py``), description, address, postcode, city,
insee, lat, lng, email, phone, website, joined_on, private_contact_name,
private_contact_email, private_notes.
"""

from __future__ import annotations

MAIRIE_THEMES = ["modeles-de-co-construction", "partenariats-associations-entreprises"]

ACTORS: dict[str, list[dict]] = {
    # ------------------------------------------------------------------ Vitawin
    "vitawin": [
        # Charenton-le-Pont, ville pilote
        {
            "name": "Mairie de Charenton-le-Pont",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "visites", "pret-de-locaux"],
            "description": (
                "Ville pilote de Vitawin, Charenton-le-Pont a pris part dès la fin de 2018 au "
                "collectif qui a jeté les bases de la démarche. Ses services reçoivent des "
                "stagiaires de troisième et des apprentis, et la mairie prête ses salles pour "
                "les rencontres entre élèves et entreprises."
            ),
            "address": "48 rue de Paris",
            "postcode": "94220",
            "city": "Charenton-le-Pont",
            "insee": "94018",
            "lat": 48.82238,
            "lng": 2.41352,
            "email": "vitawin@charenton-le-pont.example",
            "phone": "01 99 00 11 01",
            "website": "https://charenton-le-pont.example",
            "joined_on": "2018-11-20",
            "private_contact_name": "Hélène Rousseau",
            "private_contact_email": "h.rousseau@charenton-le-pont.example",
            "private_notes": "Référente historique du groupe de travail : l’associer à chaque bilan annuel.",
        },
        {
            "name": "Collège La Passerelle",
            "kind": "college",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["pret-de-locaux"],
            "seeks": ["lieux-de-stage", "competences"],
            "description": (
                "Collège d’environ 600 élèves qui cherche chaque année des lieux de stage "
                "d’observation pour ses classes de troisième. L’équipe organise un forum des "
                "métiers au printemps et invite les entreprises du quartier à venir raconter "
                "leur parcours."
            ),
            "address": "12 rue Gabrielle",
            "postcode": "94220",
            "city": "Charenton-le-Pont",
            "insee": "94018",
            "lat": 48.82410,
            "lng": 2.41050,
            "email": "contact@college-la-passerelle.example",
            "phone": "01 99 00 11 02",
            "website": "https://college-la-passerelle.example",
            "joined_on": "2019-02-11",
            "private_contact_name": "Marc Lefort",
            "private_contact_email": "m.lefort@college-la-passerelle.example",
            "private_notes": "Forum des métiers fin mars : confirmer la date dès janvier.",
        },
        {
            "name": "Lycée des Deux-Rives",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises", "innovations-territoriales"],
            "offers": ["alternance", "visites"],
            "seeks": ["lieux-de-stage", "partenaires"],
            "description": (
                "Lycée polyvalent qui prépare aux baccalauréats général, technologique et "
                "professionnel, avec une section commerce ouverte à l’apprentissage. Il cherche "
                "des entreprises prêtes à accueillir des élèves en période de formation et à "
                "siéger dans des jurys d’oral."
            ),
            "address": "avenue de la Liberté",
            "postcode": "94220",
            "city": "Charenton-le-Pont",
            "insee": "94018",
            "lat": 48.82530,
            "lng": 2.40700,
            "email": "ddfpt@lycee-deux-rives.example",
            "phone": "01 99 00 11 03",
            "website": "https://lycee-deux-rives.example",
            "joined_on": "2019-03-04",
            "private_contact_name": "Sandrine Olivier",
            "private_contact_email": "s.olivier@lycee-deux-rives.example",
            "private_notes": "Besoin récurrent : 30 places de stage en commerce pour novembre.",
        },
        {
            "name": "Confluence Numérique",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": ["accueil-stagiaires", "alternance", "interventions-en-classe"],
            "seeks": ["alternants", "stagiaires"],
            "description": (
                "Agence de 18 personnes qui conçoit des sites et des applications pour les "
                "commerces et les collectivités de l’est parisien. Elle prend chaque année deux "
                "alternants en développement et anime des ateliers de découverte du code dans "
                "les collèges voisins."
            ),
            "address": "quai des Carrières",
            "postcode": "94220",
            "city": "Charenton-le-Pont",
            "insee": "94018",
            "lat": 48.82060,
            "lng": 2.40320,
            "email": "bonjour@confluence-numerique.example",
            "phone": "01 99 00 11 04",
            "website": "https://confluence-numerique.example",
            "joined_on": "2019-06-17",
            "private_contact_name": "Yanis Haddad",
            "private_contact_email": "y.haddad@confluence-numerique.example",
            "private_notes": "Prêt à témoigner lors d’un webinaire sur l’alternance.",
        },
        {
            "name": "Boulangerie Au Pont de Charenton",
            "kind": "entreprise",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["accueil-stagiaires", "alternance", "visites"],
            "seeks": ["alternants"],
            "description": (
                "Boulangerie-pâtisserie artisanale de huit personnes, dont trois apprentis. Le "
                "fournil ouvre ses portes aux classes qui veulent découvrir les métiers de "
                "bouche, de préférence tôt le matin !"
            ),
            "address": "rue de Paris",
            "postcode": "94220",
            "city": "Charenton-le-Pont",
            "insee": "94018",
            "lat": 48.82150,
            "lng": 2.41700,
            "email": "fournil@au-pont-de-charenton.example",
            "phone": "01 99 00 11 05",
            "website": "https://au-pont-de-charenton.example",
            "joined_on": "2020-01-13",
            "private_contact_name": "Didier Martel",
            "private_contact_email": "d.martel@au-pont-de-charenton.example",
            "private_notes": "Joignable l’après-midi seulement ; pas de visite en décembre.",
        },
        {
            "name": "Coup de pouce Confluence",
            "kind": "association",
            "themes": ["partenariats-associations-entreprises", "fragilites-et-alliances"],
            "offers": ["parrainage-mentorat", "benevolat"],
            "seeks": ["benevoles", "financement"],
            "description": (
                "Association d’accompagnement scolaire animée par une quarantaine de bénévoles, "
                "salariés ou retraités du territoire. Elle aide les collégiens à rédiger leur "
                "rapport de stage et propose des simulations d’entretien avant la recherche "
                "d’une alternance."
            ),
            "address": "avenue Jean-Jaurès",
            "postcode": "94220",
            "city": "Charenton-le-Pont",
            "insee": "94018",
            "lat": 48.81930,
            "lng": 2.41780,
            "email": "contact@coup-de-pouce-confluence.example",
            "phone": "01 99 00 11 06",
            "website": "https://coup-de-pouce-confluence.example",
            "joined_on": "2019-09-23",
            "private_contact_name": "Josiane Perrin",
            "private_contact_email": "j.perrin@coup-de-pouce-confluence.example",
            "private_notes": "Cherche des bénévoles pour le mercredi après-midi.",
        },
        # Vincennes
        {
            "name": "Mairie de Vincennes",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "pret-de-locaux"],
            "description": (
                "La ville relaie Vitawin auprès de ses commerçants et de ses associations et "
                "accueille des stagiaires dans plusieurs services municipaux. Son service "
                "économique fait le lien avec les entreprises qui veulent s’engager auprès des "
                "jeunes Vincennois."
            ),
            "address": "53 bis rue de Fontenay",
            "postcode": "94300",
            "city": "Vincennes",
            "insee": "94080",
            "lat": 48.84760,
            "lng": 2.43940,
            "email": "economie@vincennes.example",
            "phone": "01 99 00 11 07",
            "website": "https://vincennes.example",
            "joined_on": "2019-05-06",
            "private_contact_name": "Thomas Berger",
            "private_contact_email": "t.berger@vincennes.example",
            "private_notes": "Souhaite un point trimestriel avec l’équipe d’animation.",
        },
        {
            "name": "Lycée Le Donjon",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["visites"],
            "seeks": ["lieux-de-stage"],
            "description": (
                "Lycée général et technologique dont les élèves de première suivent un parcours "
                "de découverte de l’entreprise. L’établissement cherche des professionnels pour "
                "des entretiens d’orientation et des visites de sites en lien avec ses filières "
                "de gestion et d’ingénierie."
            ),
            "address": "avenue de Paris",
            "postcode": "94300",
            "city": "Vincennes",
            "insee": "94080",
            "lat": 48.84740,
            "lng": 2.43280,
            "email": "orientation@lycee-le-donjon.example",
            "phone": "01 99 00 11 08",
            "website": "https://lycee-le-donjon.example",
            "joined_on": "2020-09-14",
            "private_contact_name": "Agnès Delmas",
            "private_contact_email": "a.delmas@lycee-le-donjon.example",
            "private_notes": "Semaine de l’orientation en février : prévoir six intervenants.",
        },
        {
            "name": "Club Entreprises responsables Marne & Bois",
            "kind": "club-entreprises",
            "themes": ["rse-et-partenariats", "partenariats-associations-entreprises"],
            "offers": ["parrainage-mentorat", "interventions-en-classe", "mecenat-competences"],
            "description": (
                "Club qui réunit une soixantaine de dirigeants de TPE et de PME attentifs à leur "
                "responsabilité sociétale. Ses membres parrainent des lycéens, témoignent en "
                "classe et comparent leurs pratiques lors de petits-déjeuners mensuels."
            ),
            "address": "rue de Montreuil",
            "postcode": "94300",
            "city": "Vincennes",
            "insee": "94080",
            "lat": 48.84980,
            "lng": 2.43700,
            "email": "club@entreprises-responsables-mb.example",
            "phone": "01 99 00 11 09",
            "website": "https://entreprises-responsables-mb.example",
            "joined_on": "2019-01-28",
            "private_contact_name": "Philippe Garnier",
            "private_contact_email": "p.garnier@entreprises-responsables-mb.example",
            "private_notes": "Le président peut mobiliser dix parrains de plus à la rentrée.",
        },
        {
            "name": "Cabinet Chiffres & Sens",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": ["accueil-stagiaires", "alternance", "offres-emploi"],
            "seeks": ["stagiaires"],
            "description": (
                "Cabinet d’expertise comptable de 25 collaborateurs, tourné vers les artisans et "
                "les associations. Il recrute à chaque rentrée des alternants en BTS "
                "comptabilité et gestion et propose des stages aux élèves de seconde."
            ),
            "address": "rue du Midi",
            "postcode": "94300",
            "city": "Vincennes",
            "insee": "94080",
            "lat": 48.84600,
            "lng": 2.43600,
            "email": "recrutement@chiffres-et-sens.example",
            "phone": "01 99 00 11 10",
            "website": "https://chiffres-et-sens.example",
            "joined_on": "2021-03-15",
            "private_contact_name": "Laure Fabre",
            "private_contact_email": "l.fabre@chiffres-et-sens.example",
            "private_notes": "Pas de stagiaire entre janvier et avril (période fiscale).",
        },
        # Fontenay-sous-Bois
        {
            "name": "Mairie de Fontenay-sous-Bois",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction", "fragilites-et-alliances"],
            "offers": ["accueil-stagiaires", "pret-de-locaux", "visites"],
            "description": (
                "La commune mobilise ses services jeunesse et emploi pour orienter les jeunes "
                "vers les acteurs engagés de Vitawin. Elle accueille des stagiaires et des "
                "apprentis dans ses équipes techniques et administratives."
            ),
            "address": "4 esplanade Louis-Bayeurte",
            "postcode": "94120",
            "city": "Fontenay-sous-Bois",
            "insee": "94033",
            "lat": 48.85090,
            "lng": 2.47640,
            "email": "emploi@fontenay-sous-bois.example",
            "phone": "01 99 00 11 11",
            "website": "https://fontenay-sous-bois.example",
            "joined_on": "2019-04-08",
            "private_contact_name": "Karima Bensaïd",
            "private_contact_email": "k.bensaid@fontenay-sous-bois.example",
            "private_notes": "Relais privilégié vers les maisons de quartier.",
        },
        {
            "name": "La Canopée, espace de coworking",
            "kind": "incubateur-tiers-lieu",
            "themes": ["tiers-lieux-et-dialogue", "innovations-territoriales"],
            "offers": ["pret-de-locaux", "parrainage-mentorat"],
            "seeks": ["partenaires"],
            "description": (
                "Espace de coworking du réseau animé par Paris Est Marne & Bois, tout près de la "
                "gare de Val de Fontenay. Indépendants et jeunes entreprises y partagent bureaux "
                "et salles ; le lieu accueille aussi les ateliers Vitawin et des rencontres "
                "entre élèves et entrepreneurs."
            ),
            "address": "avenue Louison-Bobet",
            "postcode": "94120",
            "city": "Fontenay-sous-Bois",
            "insee": "94033",
            "lat": 48.85410,
            "lng": 2.48480,
            "email": "accueil@la-canopee-coworking.example",
            "phone": "01 99 00 11 12",
            "website": "https://la-canopee-coworking.example",
            "joined_on": "2019-10-01",
            "private_contact_name": "Bastien Roche",
            "private_contact_email": "b.roche@la-canopee-coworking.example",
            "private_notes": "Grande salle gratuite pour Vitawin, à réserver deux semaines avant.",
        },
        {
            "name": "Chambre de commerce et d’industrie du Val-de-Marne",
            "kind": "chambre-consulaire",
            "themes": ["partenariats-associations-entreprises", "rse-et-partenariats"],
            "offers": ["parrainage-mentorat", "interventions-en-classe"],
            "description": (
                "Membre fondateur du collectif Vitawin, la délégation départementale de la CCI "
                "reçoit sur rendez-vous les entreprises de l’est du département. Ses conseillers "
                "aident les dirigeants à accueillir un premier apprenti et relaient la démarche "
                "auprès des commerçants."
            ),
            "address": "avenue Louison-Bobet",
            "postcode": "94120",
            "city": "Fontenay-sous-Bois",
            "insee": "94033",
            "lat": 48.85450,
            "lng": 2.48620,
            "email": "apprentissage@cci-val-de-marne.example",
            "phone": "01 99 00 11 13",
            "website": "https://cci-val-de-marne.example",
            "joined_on": "2018-11-20",
            "private_contact_name": "Olivier Chauvin",
            "private_contact_email": "o.chauvin@cci-val-de-marne.example",
            "private_notes": "Partenaire signataire : inviter au comité de pilotage de juin.",
        },
        {
            "name": "Solutions Lumière Est",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": [
                "accueil-stagiaires",
                "alternance",
                "offres-emploi",
                "visites",
                "mecenat-competences",
            ],
            "seeks": ["alternants"],
            "description": (
                "Entreprise d’installation électrique et d’éclairage public qui emploie 320 "
                "personnes en Île-de-France. Elle forme chaque année une vingtaine d’apprentis "
                "électriciens et fait visiter ses chantiers aux lycéens des filières "
                "professionnelles."
            ),
            "address": "rue Roublot",
            "postcode": "94120",
            "city": "Fontenay-sous-Bois",
            "insee": "94033",
            "lat": 48.84930,
            "lng": 2.47200,
            "email": "rh@solutions-lumiere-est.example",
            "phone": "01 99 00 11 14",
            "website": "https://solutions-lumiere-est.example",
            "joined_on": "2020-02-03",
            "private_contact_name": "Nathalie Cordier",
            "private_contact_email": "n.cordier@solutions-lumiere-est.example",
            "private_notes": "Intéressée par un parrainage de classe de bac pro électricité.",
        },
        # Joinville-le-Pont
        {
            "name": "Mairie de Joinville-le-Pont",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "pret-de-locaux"],
            "description": (
                "La ville réunit régulièrement ses établissements scolaires et ses entreprises "
                "autour de la recherche de stages. Elle prête ses salles pour les forums et "
                "reçoit elle-même des jeunes curieux des métiers du service public."
            ),
            "address": "23 rue de Paris",
            "postcode": "94340",
            "city": "Joinville-le-Pont",
            "insee": "94042",
            "lat": 48.82150,
            "lng": 2.47250,
            "email": "jeunesse@joinville-le-pont.example",
            "phone": "01 99 00 11 15",
            "website": "https://joinville-le-pont.example",
            "joined_on": "2019-06-03",
            "private_contact_name": "Céline Marchand",
            "private_contact_email": "c.marchand@joinville-le-pont.example",
            "private_notes": "Nouvelle élue référente depuis 2020 : à rencontrer.",
        },
        {
            "name": "Lycée des métiers Les Guinguettes",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["visites", "pret-de-locaux"],
            "seeks": ["lieux-de-stage", "materiel"],
            "description": (
                "Lycée des métiers de l’hôtellerie et de la restauration installé près des bords "
                "de Marne. Ses élèves alternent cours et périodes en entreprise : l’équipe "
                "cherche des restaurants et des hôtels prêts à les accueillir et à participer "
                "aux jurys d’examen."
            ),
            "address": "avenue Gallieni",
            "postcode": "94340",
            "city": "Joinville-le-Pont",
            "insee": "94042",
            "lat": 48.82440,
            "lng": 2.46900,
            "email": "entreprises@lycee-les-guinguettes.example",
            "phone": "01 99 00 11 16",
            "website": "https://lycee-les-guinguettes.example",
            "joined_on": "2019-11-18",
            "private_contact_name": "Franck Lemaire",
            "private_contact_email": "f.lemaire@lycee-les-guinguettes.example",
            "private_notes": "Le restaurant d’application peut accueillir un déjeuner de partenaires.",
        },
        {
            "name": "Atelier Image & Son des bords de Marne",
            "kind": "entreprise",
            "themes": ["innovations-territoriales"],
            "offers": ["accueil-stagiaires", "interventions-en-classe", "pret-de-materiel"],
            "description": (
                "Petit studio de montage et de mixage qui prolonge la tradition audiovisuelle "
                "de Joinville. Ses six techniciens reçoivent des stagiaires de troisième et "
                "prêtent du matériel de tournage aux projets vidéo des collèges."
            ),
            "address": "quai de la Marne",
            "postcode": "94340",
            "city": "Joinville-le-Pont",
            "insee": "94042",
            "lat": 48.82320,
            "lng": 2.47050,
            "email": "studio@image-et-son-marne.example",
            "phone": "01 99 00 11 17",
            "website": "https://image-et-son-marne.example",
            "joined_on": "2021-01-25",
            "private_contact_name": "Rémi Vasseur",
            "private_contact_email": "r.vasseur@image-et-son-marne.example",
            "private_notes": "Caméras disponibles hors périodes de tournage ; demander une caution.",
        },
        # Maisons-Alfort
        {
            "name": "Mairie de Maisons-Alfort",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "visites"],
            "description": (
                "La municipalité relaie auprès des jeunes et de leurs familles les offres de "
                "stage et d’apprentissage des entreprises engagées. Elle reçoit aussi des "
                "collégiens en stage d’observation dans ses services techniques, culturels et "
                "sportifs."
            ),
            "address": "118 avenue du Général-de-Gaulle",
            "postcode": "94700",
            "city": "Maisons-Alfort",
            "insee": "94046",
            "lat": 48.80590,
            "lng": 2.43770,
            "email": "vie-economique@maisons-alfort.example",
            "phone": "01 99 00 11 18",
            "website": "https://maisons-alfort.example",
            "joined_on": "2019-09-09",
            "private_contact_name": "Bruno Lambert",
            "private_contact_email": "b.lambert@maisons-alfort.example",
            "private_notes": "Passer par le cabinet du maire pour toute communication commune.",
        },
        {
            "name": "Collège du Moulin",
            "kind": "college",
            "themes": ["partenariats-associations-entreprises", "fragilites-et-alliances"],
            "offers": ["pret-de-locaux"],
            "seeks": ["lieux-de-stage"],
            "description": (
                "Collège de l’éducation prioritaire où beaucoup d’élèves peinent à trouver un "
                "stage, faute de contacts dans leur entourage. Il tient une bourse aux stages "
                "avec les Vitawiners du secteur et ouvre ses portes en soirée pour des "
                "rencontres métiers."
            ),
            "address": "avenue de la République",
            "postcode": "94700",
            "city": "Maisons-Alfort",
            "insee": "94046",
            "lat": 48.80840,
            "lng": 2.43350,
            "email": "contact@college-du-moulin.example",
            "phone": "01 99 00 11 19",
            "website": "https://college-du-moulin.example",
            "joined_on": "2019-10-14",
            "private_contact_name": "Isabelle Caron",
            "private_contact_email": "i.caron@college-du-moulin.example",
            "private_notes": "Une quinzaine d’élèves sans stage chaque année à la mi-novembre.",
        },
        {
            "name": "Ateliers Charentonneau",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": ["accueil-stagiaires", "alternance", "visites", "offres-emploi"],
            "seeks": ["alternants", "stagiaires"],
            "description": (
                "Menuiserie et agencement de magasins, 35 salariés, installée à Maisons-Alfort "
                "depuis trois générations. Faute de menuisiers qualifiés à recruter, "
                "l’entreprise parie sur l’apprentissage : elle ouvre son atelier aux collégiens "
                "et forme des alternants de CAP."
            ),
            "address": "avenue du Général-Leclerc",
            "postcode": "94700",
            "city": "Maisons-Alfort",
            "insee": "94046",
            "lat": 48.80320,
            "lng": 2.44350,
            "email": "atelier@ateliers-charentonneau.example",
            "phone": "01 99 00 11 20",
            "website": "https://ateliers-charentonneau.example",
            "joined_on": "2020-03-02",
            "private_contact_name": "Gérard Morel",
            "private_contact_email": "g.morel@ateliers-charentonneau.example",
            "private_notes": "Transmission de l’entreprise prévue : contact à mettre à jour en 2025.",
        },
        {
            "name": "Réseau Entraide Emploi Alfort",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["parrainage-mentorat", "benevolat"],
            "seeks": ["benevoles", "locaux"],
            "description": (
                "Association de retraités et de cadres en poste qui épaulent bénévolement les "
                "jeunes dans leur recherche d’emploi. Chaque filleul est suivi pendant six mois : "
                "CV, réseau, préparation des entretiens."
            ),
            "address": "rue Jean-Jaurès",
            "postcode": "94700",
            "city": "Maisons-Alfort",
            "insee": "94046",
            "lat": 48.80450,
            "lng": 2.43900,
            "email": "contact@entraide-emploi-alfort.example",
            "phone": "01 99 00 11 21",
            "website": "https://entraide-emploi-alfort.example",
            "joined_on": "2021-05-10",
            "private_contact_name": "Michèle Aubert",
            "private_contact_email": "m.aubert@entraide-emploi-alfort.example",
            "private_notes": "Liste d’attente de filleuls : orienter plutôt vers la mission locale.",
        },
        # Nogent-sur-Marne
        {
            "name": "Mairie de Nogent-sur-Marne",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction", "tiers-lieux-et-dialogue"],
            "offers": ["accueil-stagiaires", "pret-de-locaux"],
            "description": (
                "La ville met en relation les commerçants du centre et les établissements "
                "scolaires pour les stages de découverte. Elle participe aux groupes de travail "
                "de Vitawin et mobilise son service jeunesse lors des forums de l’alternance."
            ),
            "address": "place Roland-Nungesser",
            "postcode": "94130",
            "city": "Nogent-sur-Marne",
            "insee": "94052",
            "lat": 48.83680,
            "lng": 2.48260,
            "email": "jeunesse@nogent-sur-marne.example",
            "phone": "01 99 00 11 22",
            "website": "https://nogent-sur-marne.example",
            "joined_on": "2019-07-01",
            "private_contact_name": "Sophie Renard",
            "private_contact_email": "s.renard@nogent-sur-marne.example",
            "private_notes": "Forum de l’alternance en avril, salle des fêtes.",
        },
        {
            "name": "Lycée polyvalent du Viaduc",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["visites"],
            "seeks": ["lieux-de-stage", "competences"],
            "description": (
                "Lycée polyvalent de 1 200 élèves qui propose aussi des BTS en commerce "
                "international et en gestion de PME. Les enseignants cherchent des entreprises "
                "pour des stages de deux mois et pour confier aux étudiants des études de cas "
                "réelles."
            ),
            "address": "boulevard de Strasbourg",
            "postcode": "94130",
            "city": "Nogent-sur-Marne",
            "insee": "94052",
            "lat": 48.83360,
            "lng": 2.48700,
            "email": "bts@lycee-du-viaduc.example",
            "phone": "01 99 00 11 23",
            "website": "https://lycee-du-viaduc.example",
            "joined_on": "2020-10-05",
            "private_contact_name": "Antoine Giraud",
            "private_contact_email": "a.giraud@lycee-du-viaduc.example",
            "private_notes": "Stages de BTS de mai à juin ; relancer les PME en février.",
        },
        {
            "name": "Traiteur Les Rives de Nogent",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": ["accueil-stagiaires", "alternance", "offres-emploi"],
            "description": (
                "Traiteur événementiel de douze salariés qui cuisine des produits "
                "d’Île-de-France. Il embauche souvent des extras pour ses réceptions et forme "
                "des apprentis en cuisine comme en service."
            ),
            "address": "rue des Héros-Nogentais",
            "postcode": "94130",
            "city": "Nogent-sur-Marne",
            "insee": "94052",
            "lat": 48.83520,
            "lng": 2.48520,
            "email": "contact@rives-de-nogent.example",
            "phone": "01 99 00 11 24",
            "website": "https://rives-de-nogent.example",
            "joined_on": "2021-09-20",
            "private_contact_name": "Élodie Ferrand",
            "private_contact_email": "e.ferrand@rives-de-nogent.example",
            "private_notes": "Besoin d’extras surtout en juin et en décembre.",
        },
        {
            "name": "Le Quai, espace de coworking",
            "kind": "incubateur-tiers-lieu",
            "themes": ["tiers-lieux-et-dialogue", "innovations-territoriales"],
            "offers": ["pret-de-locaux", "visites"],
            "description": (
                "Espace de travail partagé ouvert aux indépendants, aux télétravailleurs et aux "
                "associations, membre du réseau de coworkings du territoire. Des lycéens y "
                "découvrent la création d’entreprise lors de matinées « vis ma vie "
                "d’entrepreneur »."
            ),
            "address": "Grande Rue Charles-de-Gaulle",
            "postcode": "94130",
            "city": "Nogent-sur-Marne",
            "insee": "94052",
            "lat": 48.83860,
            "lng": 2.48010,
            "email": "hello@le-quai-coworking.example",
            "phone": "01 99 00 11 25",
            "website": "https://le-quai-coworking.example",
            "joined_on": "2020-01-20",
            "private_contact_name": "Julien Mercier",
            "private_contact_email": "j.mercier@le-quai-coworking.example",
            "private_notes": "Capacité de 25 personnes pour les matinées entrepreneurs.",
        },
        # Le Perreux-sur-Marne
        {
            "name": "Mairie du Perreux-sur-Marne",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "visites"],
            "description": (
                "La commune a rejoint Vitawin pour aider ses collégiens à trouver un stage et "
                "pour faire connaître les métiers des services municipaux. Elle anime un réseau "
                "de commerçants volontaires prêts à recevoir des élèves."
            ),
            "address": "place de la Libération",
            "postcode": "94170",
            "city": "Le Perreux-sur-Marne",
            "insee": "94058",
            "lat": 48.84230,
            "lng": 2.50370,
            "email": "economie@le-perreux-sur-marne.example",
            "phone": "01 99 00 11 26",
            "website": "https://le-perreux-sur-marne.example",
            "joined_on": "2020-02-17",
            "private_contact_name": "Patrick Joly",
            "private_contact_email": "p.joly@le-perreux-sur-marne.example",
            "private_notes": "Liste des commerçants volontaires tenue par le service économique.",
        },
        {
            "name": "Garage Ledru-Rollin",
            "kind": "entreprise",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["accueil-stagiaires", "alternance", "visites"],
            "description": (
                "Garage indépendant de sept mécaniciens, spécialisé dans l’entretien des "
                "véhicules hybrides et électriques. Le gérant forme des apprentis de CAP et de "
                "bac professionnel et fait volontiers visiter l’atelier aux collégiens."
            ),
            "address": "avenue Ledru-Rollin",
            "postcode": "94170",
            "city": "Le Perreux-sur-Marne",
            "insee": "94058",
            "lat": 48.84490,
            "lng": 2.50100,
            "email": "atelier@garage-ledru-rollin.example",
            "phone": "01 99 00 11 27",
            "website": "https://garage-ledru-rollin.example",
            "joined_on": "2021-04-12",
            "private_contact_name": "Kevin Da Silva",
            "private_contact_email": "k.dasilva@garage-ledru-rollin.example",
            "private_notes": "Un seul stagiaire à la fois, pour des raisons de sécurité.",
        },
        {
            "name": "Tremplin Numérique Est",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["benevolat", "pret-de-materiel", "interventions-en-classe"],
            "seeks": ["benevoles", "materiel", "financement"],
            "description": (
                "Association d’inclusion numérique qui reconditionne des ordinateurs donnés par "
                "des entreprises et les remet à des familles et à des élèves. Ses bénévoles "
                "animent aussi des ateliers sur les usages du numérique dans les collèges."
            ),
            "address": "avenue Pierre-Brossolette",
            "postcode": "94170",
            "city": "Le Perreux-sur-Marne",
            "insee": "94058",
            "lat": 48.84610,
            "lng": 2.50650,
            "email": "contact@tremplin-numerique-est.example",
            "phone": "01 99 00 11 28",
            "website": "https://tremplin-numerique-est.example",
            "joined_on": "2020-06-08",
            "private_contact_name": "Leïla Mansour",
            "private_contact_email": "l.mansour@tremplin-numerique-est.example",
            "private_notes": "Cherche un local de stockage plus grand : piste à creuser avec la ville.",
        },
        # Bry-sur-Marne
        {
            "name": "Mairie de Bry-sur-Marne",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "pret-de-locaux"],
            "description": (
                "Bry-sur-Marne s’implique dans Vitawin en mobilisant les entreprises de l’image "
                "et du numérique installées sur son territoire. La mairie accueille des "
                "stagiaires et soutient les projets qui rapprochent les jeunes de ces filières."
            ),
            "address": "1 Grande Rue Charles-de-Gaulle",
            "postcode": "94360",
            "city": "Bry-sur-Marne",
            "insee": "94015",
            "lat": 48.83810,
            "lng": 2.52240,
            "email": "mairie@bry-sur-marne.example",
            "phone": "01 99 00 11 29",
            "website": "https://bry-sur-marne.example",
            "joined_on": "2020-05-11",
            "private_contact_name": "Valérie Petit",
            "private_contact_email": "v.petit@bry-sur-marne.example",
            "private_notes": "Envisage une journée des métiers de l’image avec les studios.",
        },
        {
            "name": "Torréfacteur Les Grains de Bry",
            "kind": "entreprise",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["accueil-stagiaires", "visites"],
            "description": (
                "Atelier de torréfaction de quatre personnes qui vend son café aux particuliers "
                "et aux restaurants de l’est parisien. Les fondateurs racontent volontiers aux "
                "élèves leur parcours de créateurs et reçoivent des stagiaires en vente et en "
                "logistique."
            ),
            "address": "avenue de l’Europe",
            "postcode": "94360",
            "city": "Bry-sur-Marne",
            "insee": "94015",
            "lat": 48.84120,
            "lng": 2.52760,
            "email": "bonjour@les-grains-de-bry.example",
            "phone": "01 99 00 11 30",
            "website": "https://les-grains-de-bry.example",
            "joined_on": "2022-02-07",
            "private_contact_name": "Camille Noël",
            "private_contact_email": "c.noel@les-grains-de-bry.example",
            "private_notes": "Visites limitées à douze élèves (taille de l’atelier).",
        },
        {
            "name": "Jardins partagés des bords de Marne",
            "kind": "collectif-citoyen",
            "themes": ["fragilites-et-alliances", "tiers-lieux-et-dialogue"],
            "offers": ["benevolat", "visites"],
            "seeks": ["benevoles", "materiel"],
            "description": (
                "Collectif d’habitants qui cultive des parcelles partagées et organise des "
                "chantiers ouverts à tous. Il reçoit des classes pour des ateliers de jardinage "
                "et cherche des entreprises prêtes à offrir des outils ou des journées de "
                "bénévolat."
            ),
            "address": "quai Louis-Ferber",
            "postcode": "94360",
            "city": "Bry-sur-Marne",
            "insee": "94015",
            "lat": 48.83560,
            "lng": 2.52050,
            "email": "jardins@bords-de-marne-bry.example",
            "phone": "01 99 00 11 31",
            "website": "https://bords-de-marne-bry.example",
            "joined_on": "2021-06-21",
            "private_contact_name": "Hugo Lebrun",
            "private_contact_email": "h.lebrun@bords-de-marne-bry.example",
            "private_notes": "Pas de structure juridique : conventions à signer par la ville.",
        },
        # Champigny-sur-Marne
        {
            "name": "Mairie de Champigny-sur-Marne",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "alternance", "pret-de-locaux"],
            "description": (
                "Plus grande ville du territoire, Champigny-sur-Marne associe à Vitawin ses "
                "maisons de quartier et son service emploi. La collectivité recrute des "
                "apprentis dans de nombreux métiers, des espaces verts à l’animation."
            ),
            "address": "14 rue Louis-Talamoni",
            "postcode": "94500",
            "city": "Champigny-sur-Marne",
            "insee": "94017",
            "lat": 48.81710,
            "lng": 2.51560,
            "email": "emploi@champigny-sur-marne.example",
            "phone": "01 99 00 11 32",
            "website": "https://champigny-sur-marne.example",
            "joined_on": "2019-03-18",
            "private_contact_name": "Mehdi Kaci",
            "private_contact_email": "m.kaci@champigny-sur-marne.example",
            "private_notes": "Campagne de recrutement d’apprentis municipaux en mai.",
        },
        {
            "name": "Mission locale des Coteaux de Marne",
            "kind": "institution-publique",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["parrainage-mentorat", "offres-emploi"],
            "seeks": ["partenaires", "lieux-de-stage"],
            "description": (
                "Structure qui accompagne les 16-25 ans sortis de l’école vers la formation et "
                "l’emploi. Ses conseillers orientent les jeunes vers les entreprises engagées de "
                "la carte et montent avec elles des sessions de recrutement."
            ),
            "address": "avenue Roger-Salengro",
            "postcode": "94500",
            "city": "Champigny-sur-Marne",
            "insee": "94017",
            "lat": 48.81970,
            "lng": 2.51220,
            "email": "entreprises@ml-coteaux-de-marne.example",
            "phone": "01 99 00 11 33",
            "website": "https://ml-coteaux-de-marne.example",
            "joined_on": "2019-01-14",
            "private_contact_name": "Aurélie Blanchard",
            "private_contact_email": "a.blanchard@ml-coteaux-de-marne.example",
            "private_notes": "Chargée de relations entreprises : la copier sur les offres d’emploi.",
        },
        {
            "name": "Lycée professionnel des Coteaux",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["visites", "pret-de-materiel"],
            "seeks": ["lieux-de-stage", "alternants"],
            "description": (
                "Lycée professionnel tourné vers le bâtiment et l’énergie : maçonnerie, "
                "plomberie, électricité. Il noue des partenariats avec les artisans du "
                "territoire pour les périodes de formation en entreprise et pour "
                "l’apprentissage."
            ),
            "address": "avenue du Général-de-Gaulle",
            "postcode": "94500",
            "city": "Champigny-sur-Marne",
            "insee": "94017",
            "lat": 48.81280,
            "lng": 2.52200,
            "email": "ddfpt@lp-des-coteaux.example",
            "phone": "01 99 00 11 34",
            "website": "https://lp-des-coteaux.example",
            "joined_on": "2019-05-20",
            "private_contact_name": "Jean-Luc Barbier",
            "private_contact_email": "jl.barbier@lp-des-coteaux.example",
            "private_notes": "Plateaux techniques prêtables le samedi pour des démonstrations.",
        },
        {
            "name": "Recyclerie Le Bon Détour",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides", "fragilites-et-alliances"],
            "offers": ["visites", "benevolat", "offres-emploi"],
            "seeks": ["locaux", "benevoles"],
            "description": (
                "Atelier et chantier d’insertion qui collecte, répare et revend meubles et "
                "objets du quotidien. Une vingtaine de salariés en parcours y reprennent pied "
                "dans l’emploi, et la recyclerie reçoit des classes pour parler réemploi et "
                "métiers de l’économie circulaire."
            ),
            "address": "boulevard de Stalingrad",
            "postcode": "94500",
            "city": "Champigny-sur-Marne",
            "insee": "94017",
            "lat": 48.82100,
            "lng": 2.52350,
            "email": "contact@le-bon-detour.example",
            "phone": "01 99 00 11 35",
            "website": "https://le-bon-detour.example",
            "joined_on": "2020-11-09",
            "private_contact_name": "Samuel Ndiaye",
            "private_contact_email": "s.ndiaye@le-bon-detour.example",
            "private_notes": "Conventionnement insertion renouvelé chaque année en janvier.",
        },
        # Saint-Maur-des-Fossés
        {
            "name": "Mairie de Saint-Maur-des-Fossés",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "visites"],
            "description": (
                "La ville relaie Vitawin auprès de ses nombreux commerçants et artisans comme "
                "de ses établissements scolaires. Son service économique aide les entreprises à "
                "formuler leurs offres de stage et d’alternance."
            ),
            "address": "place Charles-de-Gaulle",
            "postcode": "94100",
            "city": "Saint-Maur-des-Fossés",
            "insee": "94068",
            "lat": 48.79920,
            "lng": 2.49960,
            "email": "economie@saint-maur.example",
            "phone": "01 99 00 11 36",
            "website": "https://saint-maur.example",
            "joined_on": "2019-12-02",
            "private_contact_name": "Christine Leroux",
            "private_contact_email": "c.leroux@saint-maur.example",
            "private_notes": "Newsletter des commerçants : envoyer les appels à Vitawiners avant le 10.",
        },
        {
            "name": "Lycée polyvalent Les Remparts",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["pret-de-locaux"],
            "seeks": ["lieux-de-stage"],
            "description": (
                "Lycée général, technologique et professionnel qui forme notamment aux métiers "
                "de l’accueil et de la logistique. L’établissement organise chaque année une "
                "semaine de l’entreprise et cherche des intervenants pour ses tables rondes "
                "métiers."
            ),
            "address": "boulevard de Créteil",
            "postcode": "94100",
            "city": "Saint-Maur-des-Fossés",
            "insee": "94068",
            "lat": 48.79740,
            "lng": 2.49140,
            "email": "entreprise@lycee-les-remparts.example",
            "phone": "01 99 00 11 37",
            "website": "https://lycee-les-remparts.example",
            "joined_on": "2020-09-28",
            "private_contact_name": "Nicolas Guérin",
            "private_contact_email": "n.guerin@lycee-les-remparts.example",
            "private_notes": "Semaine de l’entreprise début décembre.",
        },
        {
            "name": "Atelier d’architecture Varenne & Marne",
            "kind": "entreprise",
            "themes": ["innovations-territoriales"],
            "offers": ["accueil-stagiaires", "interventions-en-classe"],
            "description": (
                "Agence d’architecture de cinq personnes qui travaille sur la rénovation "
                "énergétique des maisons et des petits immeubles. Les associés présentent en "
                "classe les métiers de la construction durable et reçoivent des stagiaires de "
                "troisième."
            ),
            "address": "avenue du Bac",
            "postcode": "94210",
            "city": "Saint-Maur-des-Fossés",
            "insee": "94068",
            "lat": 48.79540,
            "lng": 2.51080,
            "email": "agence@varenne-et-marne.example",
            "phone": "01 99 00 11 38",
            "website": "https://varenne-et-marne.example",
            "joined_on": "2022-01-17",
            "private_contact_name": "Pauline Moreau",
            "private_contact_email": "p.moreau@varenne-et-marne.example",
            "private_notes": "Peut intervenir le jeudi matin uniquement.",
        },
        {
            "name": "Parrains de la Boucle",
            "kind": "association",
            "themes": ["partenariats-associations-entreprises", "fragilites-et-alliances"],
            "offers": ["parrainage-mentorat", "benevolat", "visites"],
            "seeks": ["benevoles"],
            "description": (
                "Réseau de marraines et de parrains, salariés ou jeunes retraités de la boucle "
                "de la Marne, qui suivent lycéens et étudiants jusqu’à leur premier contrat. "
                "L’association organise aussi des visites d’entreprises pour ses filleuls."
            ),
            "address": "avenue de Condé",
            "postcode": "94100",
            "city": "Saint-Maur-des-Fossés",
            "insee": "94068",
            "lat": 48.80210,
            "lng": 2.50380,
            "email": "contact@parrains-de-la-boucle.example",
            "phone": "01 99 00 11 39",
            "website": "https://parrains-de-la-boucle.example",
            "joined_on": "2019-04-29",
            "private_contact_name": "Bernard Vidal",
            "private_contact_email": "b.vidal@parrains-de-la-boucle.example",
            "private_notes": "Partenaire fiable ; bilan chiffré transmis chaque juillet.",
        },
        # Saint-Mandé
        {
            "name": "Mairie de Saint-Mandé",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires"],
            "description": (
                "La ville fait connaître Vitawin aux familles par ses supports municipaux et "
                "recense les entreprises locales prêtes à recevoir des élèves. Elle prend "
                "elle-même des stagiaires dans ses services."
            ),
            "address": "10 place Charles-Digeon",
            "postcode": "94160",
            "city": "Saint-Mandé",
            "insee": "94067",
            "lat": 48.84230,
            "lng": 2.41860,
            "email": "jeunesse@saint-mande.example",
            "phone": "01 99 00 11 40",
            "website": "https://saint-mande.example",
            "joined_on": "2020-10-12",
            "private_contact_name": "Anne-Sophie Dumas",
            "private_contact_email": "as.dumas@saint-mande.example",
            "private_notes": "Article à proposer au magazine municipal de la rentrée.",
        },
        {
            "name": "IGNfab, incubateur de l’IGN",
            "kind": "incubateur-tiers-lieu",
            "themes": ["innovations-territoriales", "tiers-lieux-et-dialogue"],
            "offers": ["interventions-en-classe", "parrainage-mentorat"],
            "description": (
                "Incubateur de l’Institut national de l’information géographique et forestière, "
                "partenaire de Paris Est Marne & Bois. Il accompagne de jeunes pousses qui "
                "valorisent la donnée géographique, et ses équipes font découvrir aux élèves "
                "les métiers de la cartographie."
            ),
            "address": "73 avenue de Paris",
            "postcode": "94160",
            "city": "Saint-Mandé",
            "insee": "94067",
            "lat": 48.84580,
            "lng": 2.42260,
            "email": "ignfab@ign-demo.example",
            "phone": "01 99 00 11 41",
            "website": "https://ignfab.example",
            "joined_on": "2019-02-25",
            "private_contact_name": "François Lemoine",
            "private_contact_email": "f.lemoine@ign-demo.example",
            "private_notes": "Convention de partenariat avec PEMB à renouveler.",
        },
        {
            "name": "Collège de l’Étang",
            "kind": "college",
            "themes": ["partenariats-associations-entreprises"],
            "offers": [],
            "description": (
                "Petit collège de centre-ville où chaque élève de troisième effectue un stage "
                "d’observation d’une semaine. Les professeurs principaux tiennent à jour une "
                "liste d’entreprises d’accueil, enrichie grâce aux Vitawiners."
            ),
            "address": "avenue Gambetta",
            "postcode": "94160",
            "city": "Saint-Mandé",
            "insee": "94067",
            "lat": 48.84330,
            "lng": 2.41560,
            "email": "contact@college-de-l-etang.example",
            "phone": "01 99 00 11 42",
            "website": "https://college-de-l-etang.example",
            "joined_on": "2021-11-08",
            "private_contact_name": "Martine Collet",
            "private_contact_email": "m.collet@college-de-l-etang.example",
            "private_notes": "Stage de troisième la semaine du 9 décembre.",
        },
        # Saint-Maurice
        {
            "name": "Mairie de Saint-Maurice",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "pret-de-locaux"],
            "description": (
                "Petite commune entre la Marne et le bois de Vincennes, Saint-Maurice relaie "
                "les actions de Vitawin auprès de ses habitants et de ses entreprises. Elle "
                "prête des salles pour les ateliers de préparation aux stages."
            ),
            "address": "55 rue du Maréchal-Leclerc",
            "postcode": "94410",
            "city": "Saint-Maurice",
            "insee": "94069",
            "lat": 48.81800,
            "lng": 2.43700,
            "email": "mairie@saint-maurice.example",
            "phone": "01 99 00 11 43",
            "website": "https://saint-maurice.example",
            "joined_on": "2020-04-06",
            "private_contact_name": "Dominique Robin",
            "private_contact_email": "d.robin@saint-maurice.example",
            "private_notes": "Interlocutrice très disponible, préfère le téléphone.",
        },
        {
            "name": "Gravelle Santé Services",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "fragilites-et-alliances"],
            "offers": ["accueil-stagiaires", "alternance", "offres-emploi"],
            "description": (
                "Entreprise d’aide et de soins à domicile qui compte 80 intervenantes et "
                "intervenants auprès de personnes âgées. Elle forme en alternance de futurs "
                "auxiliaires de vie et présente ces métiers qui recrutent dans les lycées "
                "professionnels."
            ),
            "address": "rue du Val-d’Osne",
            "postcode": "94410",
            "city": "Saint-Maurice",
            "insee": "94069",
            "lat": 48.81720,
            "lng": 2.43350,
            "email": "recrutement@gravelle-sante.example",
            "phone": "01 99 00 11 44",
            "website": "https://gravelle-sante.example",
            "joined_on": "2021-02-22",
            "private_contact_name": "Fatou Diallo",
            "private_contact_email": "f.diallo@gravelle-sante.example",
            "private_notes": "Recrute en continu ; stagiaires majeurs uniquement.",
        },
        {
            "name": "Les Berges solidaires",
            "kind": "association",
            "themes": ["fragilites-et-alliances"],
            "offers": ["benevolat", "parrainage-mentorat"],
            "description": (
                "Association de quartier qui propose aide aux devoirs, sorties culturelles et "
                "accompagnement des familles. Elle fait le pont entre les jeunes qu’elle suit et "
                "les entreprises engagées pour qu’ils décrochent un stage."
            ),
            "address": "rue du Maréchal-Leclerc",
            "postcode": "94410",
            "city": "Saint-Maurice",
            "insee": "94069",
            "lat": 48.81660,
            "lng": 2.44080,
            "email": "contact@berges-solidaires.example",
            "phone": "01 99 00 11 45",
            "website": "https://berges-solidaires.example",
            "joined_on": "2020-12-07",
            "private_contact_name": "Lucas Fontaine",
            "private_contact_email": "l.fontaine@berges-solidaires.example",
            "private_notes": "Subvention municipale en cours de renouvellement.",
        },
        # Villiers-sur-Marne
        {
            "name": "Mairie de Villiers-sur-Marne",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["accueil-stagiaires", "visites"],
            "description": (
                "La ville s’appuie sur Vitawin pour ouvrir le monde de l’entreprise aux jeunes "
                "de ses quartiers prioritaires. Elle accueille des collégiens en stage et "
                "organise avec ses partenaires des visites d’entreprises du secteur."
            ),
            "address": "place de l’Hôtel-de-Ville",
            "postcode": "94350",
            "city": "Villiers-sur-Marne",
            "insee": "94079",
            "lat": 48.82750,
            "lng": 2.54470,
            "email": "emploi@villiers-sur-marne.example",
            "phone": "01 99 00 11 46",
            "website": "https://villiers-sur-marne.example",
            "joined_on": "2020-03-09",
            "private_contact_name": "Rachid Amrani",
            "private_contact_email": "r.amrani@villiers-sur-marne.example",
            "private_notes": "Quartier des Hautes-Noues prioritaire pour les actions 2024.",
        },
        {
            "name": "Paysages de Villiers",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": ["accueil-stagiaires", "alternance", "offres-emploi"],
            "description": (
                "Entreprise de création et d’entretien d’espaces verts de 28 salariés, au "
                "service des copropriétés et des collectivités de l’est parisien. Elle recrute "
                "des apprentis paysagistes et fait découvrir ses chantiers aux collégiens."
            ),
            "address": "boulevard de Friedberg",
            "postcode": "94350",
            "city": "Villiers-sur-Marne",
            "insee": "94079",
            "lat": 48.83040,
            "lng": 2.55000,
            "email": "contact@paysages-de-villiers.example",
            "phone": "01 99 00 11 47",
            "website": "https://paysages-de-villiers.example",
            "joined_on": "2021-07-05",
            "private_contact_name": "Stéphane Roux",
            "private_contact_email": "s.roux@paysages-de-villiers.example",
            "private_notes": "Peut prendre deux apprentis à la rentrée prochaine.",
        },
        {
            "name": "Lycée polyvalent Les Portes de Brie",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises", "fragilites-et-alliances"],
            "offers": ["visites"],
            "description": (
                "Lycée polyvalent dont les sections professionnelles préparent aux métiers de "
                "la gestion administrative et du transport. Il cherche des entreprises pour les "
                "périodes de formation de ses élèves et pour des interventions sur les codes du "
                "monde du travail."
            ),
            "address": "rue du Général-de-Gaulle",
            "postcode": "94350",
            "city": "Villiers-sur-Marne",
            "insee": "94079",
            "lat": 48.82490,
            "lng": 2.54150,
            "email": "entreprises@lycee-portes-de-brie.example",
            "phone": "01 99 00 11 48",
            "website": "https://lycee-portes-de-brie.example",
            "joined_on": "2020-11-23",
            "private_contact_name": "Véronique Henry",
            "private_contact_email": "v.henry@lycee-portes-de-brie.example",
            "private_notes": "Manque de lieux de stage en transport et logistique.",
        },
        {
            "name": "Ensemble aux Hautes-Noues",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["benevolat", "pret-de-locaux"],
            "description": (
                "Association de quartier qui anime un espace d’accueil, de l’aide aux devoirs "
                "et des permanences pour l’emploi. Elle prête sa salle aux entreprises qui "
                "viennent présenter leurs métiers et leurs offres aux habitants."
            ),
            "address": "quartier des Hautes-Noues",
            "postcode": "94350",
            "city": "Villiers-sur-Marne",
            "insee": "94079",
            "lat": 48.83150,
            "lng": 2.55520,
            "email": "contact@ensemble-hautes-noues.example",
            "phone": "01 99 00 11 49",
            "website": "https://ensemble-hautes-noues.example",
            "joined_on": "2021-10-04",
            "private_contact_name": "Aïcha Traoré",
            "private_contact_email": "a.traore@ensemble-hautes-noues.example",
            "private_notes": "Salle disponible en soirée, clé à récupérer la veille.",
        },
    ],
    # ------------------------------------------------------- Envies d'Alliances
    "envies-d-alliances": [
        {
            "name": "Ville d’Aix-en-Provence",
            "kind": "collectivite",
            "themes": MAIRIE_THEMES,
            "offers": ["soutien-financier", "pret-de-locaux"],
            "description": (
                "La ville soutient la vie associative par des subventions, des locaux et l’appui "
                "d’un service dédié. Elle suit les rencontres d’Envies d’Alliances pour mieux "
                "connaître les coopérations qui se nouent entre associations et entreprises."
            ),
            "address": "place de l’Hôtel-de-Ville",
            "postcode": "13100",
            "city": "Aix-en-Provence",
            "insee": "13001",
            "lat": 43.52990,
            "lng": 5.44720,
            "email": "vie-associative@aix-en-provence.example",
            "phone": "04 99 00 21 01",
            "website": "https://aix-en-provence.example",
            "joined_on": "2018-03-12",
            "private_contact_name": "Frédéric Arnaud",
            "private_contact_email": "f.arnaud@aix-en-provence.example",
            "private_notes": "Dossiers de subvention à déposer avant fin octobre.",
        },
        {
            "name": "Culture partagée Pays d’Aix",
            "kind": "association",
            "themes": ["partenariats-associations-entreprises", "fragilites-et-alliances"],
            "offers": ["benevolat", "interventions-en-classe"],
            "description": (
                "Association qui ouvre spectacles et ateliers artistiques aux habitants qui en "
                "sont éloignés. Elle cherche des entreprises mécènes et des bénévoles pour "
                "accompagner les sorties, et partage son carnet de lieux partenaires avec "
                "d’autres associations."
            ),
            "address": "rue Espariat",
            "postcode": "13100",
            "city": "Aix-en-Provence",
            "insee": "13001",
            "lat": 43.52760,
            "lng": 5.44590,
            "email": "contact@culture-partagee-aix.example",
            "phone": "04 99 00 21 02",
            "website": "https://culture-partagee-aix.example",
            "joined_on": "2018-10-01",
            "private_contact_name": "Mireille Blanc",
            "private_contact_email": "m.blanc@culture-partagee-aix.example",
            "private_notes": "Intéressée par un binôme avec une entreprise du pôle d’activités.",
        },
        {
            "name": "Confiserie du Cours",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": ["mecenat-competences", "visites", "accueil-stagiaires"],
            "description": (
                "Confiserie artisanale de douze salariés qui fabrique calissons et nougats. Son "
                "dirigeant consacre des journées de mécénat de compétences aux associations du "
                "Pays d’Aix, en gestion comme en vente."
            ),
            "address": "rue d’Italie",
            "postcode": "13100",
            "city": "Aix-en-Provence",
            "insee": "13001",
            "lat": 43.52600,
            "lng": 5.44900,
            "email": "atelier@confiserie-du-cours.example",
            "phone": "04 99 00 21 03",
            "website": "https://confiserie-du-cours.example",
            "joined_on": "2019-05-14",
            "private_contact_name": "Laurent Giraud",
            "private_contact_email": "l.giraud@confiserie-du-cours.example",
            "private_notes": "Indisponible de novembre à janvier (période des fêtes).",
        },
        {
            "name": "Mémoire et Avenir du bassin minier",
            "kind": "association",
            "themes": ["innovations-territoriales", "fragilites-et-alliances"],
            "offers": ["visites", "benevolat"],
            "description": (
                "Association d’anciens mineurs et d’habitants qui fait connaître l’histoire "
                "industrielle du bassin de Gardanne. Elle propose des visites commentées et "
                "travaille avec des entreprises locales à des projets de reconversion de "
                "friches."
            ),
            "address": "cours de la République",
            "postcode": "13120",
            "city": "Gardanne",
            "insee": "13041",
            "lat": 43.45450,
            "lng": 5.46950,
            "email": "contact@memoire-avenir-gardanne.example",
            "phone": "04 99 00 21 04",
            "website": "https://memoire-avenir-gardanne.example",
            "joined_on": "2019-09-17",
            "private_contact_name": "Roger Castellan",
            "private_contact_email": "r.castellan@memoire-avenir-gardanne.example",
            "private_notes": "Bureau renouvelé en 2023 : vérifier les coordonnées.",
        },
        {
            "name": "Collectif des jardiniers de Pertuis",
            "kind": "collectif-citoyen",
            "themes": ["fragilites-et-alliances", "modeles-de-co-construction"],
            "offers": ["benevolat", "pret-de-materiel"],
            "description": (
                "Collectif d’habitants qui anime des jardins partagés et une grainothèque. Il "
                "prête ses outils aux écoles et aux associations et cherche des partenaires pour "
                "créer un nouveau jardin près de la gare."
            ),
            "address": "place Mirabeau",
            "postcode": "84120",
            "city": "Pertuis",
            "insee": "84089",
            "lat": 43.69430,
            "lng": 5.50210,
            "email": "jardins@pertuis-collectif.example",
            "phone": "04 99 00 21 05",
            "website": "https://pertuis-collectif.example",
            "joined_on": "2020-04-20",
            "private_contact_name": "Élise Fabre",
            "private_contact_email": "e.fabre@pertuis-collectif.example",
            "private_notes": "Terrain près de la gare : propriétaire à identifier.",
        },
        {
            "name": "Durance Logistique Services",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "partenariats-associations-entreprises"],
            "offers": ["mecenat-competences", "pret-de-materiel", "offres-emploi"],
            "description": (
                "Transporteur de 60 salariés qui livre commerces et exploitations agricoles du "
                "sud du Luberon. L’entreprise prête des véhicules aux associations pour leurs "
                "collectes et s’est rapprochée de la maison de la vie associative pour "
                "structurer son engagement local."
            ),
            "address": "avenue de Verdun",
            "postcode": "84120",
            "city": "Pertuis",
            "insee": "84089",
            "lat": 43.69000,
            "lng": 5.50800,
            "email": "contact@durance-logistique.example",
            "phone": "04 99 00 21 06",
            "website": "https://durance-logistique.example",
            "joined_on": "2021-02-08",
            "private_contact_name": "Cédric Martin",
            "private_contact_email": "c.martin@durance-logistique.example",
            "private_notes": "Un utilitaire disponible le samedi, assurance à vérifier.",
        },
    ],
    # ------------------------------------------------------ Vivre Les Mureaux
    "vivre-les-mureaux": [
        {
            "name": "Mairie des Mureaux",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction", "fragilites-et-alliances"],
            "offers": ["pret-de-locaux", "soutien-financier"],
            "description": (
                "La ville accompagne le pôle territorial de coopération économique depuis ses "
                "débuts et siège dans ses instances. Elle met des locaux à disposition des "
                "projets collectifs et relaie les actions du PTCE auprès des habitants."
            ),
            "address": "place de la Libération",
            "postcode": "78130",
            "city": "Les Mureaux",
            "insee": "78440",
            "lat": 48.99150,
            "lng": 1.91090,
            "email": "ptce@lesmureaux.example",
            "phone": "01 99 00 31 01",
            "website": "https://lesmureaux.example",
            "joined_on": "2016-06-01",
            "private_contact_name": "Claire Dubois",
            "private_contact_email": "c.dubois@lesmureaux.example",
            "private_notes": "Point d’étape annuel avec le cabinet du maire en septembre.",
        },
        {
            "name": "Seine & Patrimoine mureautin",
            "kind": "association",
            "themes": ["innovations-territoriales", "tiers-lieux-et-dialogue"],
            "offers": ["visites", "benevolat"],
            "description": (
                "Association qui fait découvrir le patrimoine des Mureaux, des bords de Seine "
                "aux traces de l’aventure aéronautique. Ses guides bénévoles conçoivent des "
                "balades avec les commerçants et les restaurateurs, au titre de l’axe "
                "touristique du PTCE."
            ),
            "address": "chemin de halage",
            "postcode": "78130",
            "city": "Les Mureaux",
            "insee": "78440",
            "lat": 48.99500,
            "lng": 1.90700,
            "email": "balades@seine-patrimoine.example",
            "phone": "01 99 00 31 02",
            "website": "https://seine-patrimoine.example",
            "joined_on": "2017-04-10",
            "private_contact_name": "Gilles Perret",
            "private_contact_email": "g.perret@seine-patrimoine.example",
            "private_notes": "Prêt à former de nouveaux guides parmi les lycéens.",
        },
        {
            "name": "Aéro Précision Seine",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "partenariats-associations-entreprises"],
            "offers": ["accueil-stagiaires", "alternance", "offres-emploi"],
            "description": (
                "Sous-traitant de 90 salariés spécialisé dans l’usinage de pièces pour "
                "l’aéronautique et le spatial. Engagé dans l’axe économique du PTCE, il recrute "
                "d’abord des habitants du territoire et forme des jeunes en alternance."
            ),
            "address": "avenue de l’Europe",
            "postcode": "78130",
            "city": "Les Mureaux",
            "insee": "78440",
            "lat": 48.98520,
            "lng": 1.91800,
            "email": "rh@aero-precision-seine.example",
            "phone": "01 99 00 31 03",
            "website": "https://aero-precision-seine.example",
            "joined_on": "2017-11-06",
            "private_contact_name": "Sylvain Marchal",
            "private_contact_email": "s.marchal@aero-precision-seine.example",
            "private_notes": "Dix postes d’opérateurs à pourvoir d’ici la fin de l’année.",
        },
        {
            "name": "La Ressource, recyclerie des Mureaux",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides", "innovations-territoriales"],
            "offers": ["benevolat", "visites", "offres-emploi"],
            "description": (
                "Recyclerie coopérative qui collecte, répare et revend objets et textiles pour "
                "leur éviter la benne. Elle emploie des salariés en insertion et porte, au sein "
                "du PTCE, l’ambition d’un territoire zéro carbone."
            ),
            "address": "rue Jean-Jaurès",
            "postcode": "78130",
            "city": "Les Mureaux",
            "insee": "78440",
            "lat": 48.99780,
            "lng": 1.91650,
            "email": "contact@la-ressource-mureaux.example",
            "phone": "01 99 00 31 04",
            "website": "https://la-ressource-mureaux.example",
            "joined_on": "2018-02-19",
            "private_contact_name": "Inès Lopez",
            "private_contact_email": "i.lopez@la-ressource-mureaux.example",
            "private_notes": "Cherche un second local de stockage.",
        },
        {
            "name": "Le Panier mureautin",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["benevolat"],
            "description": (
                "Épicerie solidaire qui propose des produits à petit prix aux familles en "
                "difficulté, en lien avec les services sociaux. Commerces et producteurs du coin "
                "lui confient leurs invendus, et l’association fait connaître leur engagement."
            ),
            "address": "avenue de la République",
            "postcode": "78130",
            "city": "Les Mureaux",
            "insee": "78440",
            "lat": 48.98900,
            "lng": 1.90400,
            "email": "contact@panier-mureautin.example",
            "phone": "01 99 00 31 05",
            "website": "https://panier-mureautin.example",
            "joined_on": "2017-01-16",
            "private_contact_name": "Nadia Belkacem",
            "private_contact_email": "n.belkacem@panier-mureautin.example",
            "private_notes": "Besoin de bénévoles pour les distributions du samedi.",
        },
        {
            "name": "Lycée des métiers Val de Seine",
            "kind": "lycee",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["pret-de-locaux", "visites"],
            "description": (
                "Lycée professionnel qui prépare aux métiers de l’industrie, de la maintenance "
                "et du commerce. Il travaille avec les entreprises du PTCE sur les stages et "
                "ouvre ses ateliers aux habitants lors de journées portes ouvertes."
            ),
            "address": "boulevard Victor-Hugo",
            "postcode": "78130",
            "city": "Les Mureaux",
            "insee": "78440",
            "lat": 48.99300,
            "lng": 1.92200,
            "email": "entreprises@lycee-val-de-seine.example",
            "phone": "01 99 00 31 06",
            "website": "https://lycee-val-de-seine.example",
            "joined_on": "2018-09-24",
            "private_contact_name": "Hervé Coste",
            "private_contact_email": "h.coste@lycee-val-de-seine.example",
            "private_notes": "Portes ouvertes un samedi de mars.",
        },
        {
            "name": "Collectif Mureaux Zéro Carbone",
            "kind": "collectif-citoyen",
            "themes": ["innovations-territoriales", "modeles-de-co-construction"],
            "offers": ["benevolat", "interventions-en-classe"],
            "description": (
                "Groupe d’habitants qui organise ateliers de réparation, covoiturage et défis "
                "d’économies d’énergie en famille. Il intervient dans les écoles pour parler "
                "sobriété et participe aux groupes de travail de l’axe environnemental."
            ),
            "address": "place de la Gare",
            "postcode": "78130",
            "city": "Les Mureaux",
            "insee": "78440",
            "lat": 48.99650,
            "lng": 1.90950,
            "email": "zerocarbone@mureaux-collectif.example",
            "phone": "01 99 00 31 07",
            "website": "https://mureaux-collectif.example",
            "joined_on": "2019-03-11",
            "private_contact_name": "Arthur Lemaire",
            "private_contact_email": "a.lemaire@mureaux-collectif.example",
            "private_notes": "Collectif informel : pas de compte bancaire, passer par le PTCE.",
        },
    ],
    # --------------------------------------------------------------- Centsept
    "centsept": [
        {
            "name": "Métropole de Lyon",
            "kind": "collectivite",
            "themes": ["innovations-territoriales", "modeles-de-co-construction"],
            "offers": ["soutien-financier"],
            "description": (
                "Collectivité partenaire du Centsept, la Métropole apporte sa connaissance des "
                "besoins sociaux et cofinance plusieurs expérimentations. Ses services "
                "participent aux comités qui choisissent les projets à accompagner."
            ),
            "address": "20 rue du Lac",
            "postcode": "69003",
            "city": "Lyon",
            "insee": "69123",
            "lat": 45.75970,
            "lng": 4.85340,
            "email": "innovation-sociale@grandlyon.example",
            "phone": "04 99 00 41 01",
            "website": "https://grandlyon.example",
            "joined_on": "2017-09-01",
            "private_contact_name": "Mathilde Roussel",
            "private_contact_email": "m.roussel@grandlyon.example",
            "private_notes": "Comité de sélection deux fois par an, en mars et en octobre.",
        },
        {
            "name": "Groupe Confluences Services",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "innovations-territoriales"],
            "offers": ["mecenat-competences", "soutien-financier"],
            "description": (
                "Grand groupe de services aux entreprises présent dans toute la région, dont la "
                "direction régionale siège à Lyon. Membre du Centsept, il détache des salariés "
                "en mécénat de compétences et cofinance des projets d’inclusion numérique."
            ),
            "address": "rue de la République",
            "postcode": "69002",
            "city": "Lyon",
            "insee": "69123",
            "lat": 45.76150,
            "lng": 4.83630,
            "email": "engagement@confluences-services.example",
            "phone": "04 99 00 41 02",
            "website": "https://confluences-services.example",
            "joined_on": "2018-01-15",
            "private_contact_name": "Jérôme Faure",
            "private_contact_email": "j.faure@confluences-services.example",
            "private_notes": "Budget mécénat voté en décembre pour l’année suivante.",
        },
        {
            "name": "Connect’Âges",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["benevolat", "interventions-en-classe"],
            "description": (
                "Association qui accompagne les personnes âgées et les familles éloignées du "
                "numérique dans leurs démarches en ligne. Elle teste, dans un projet du "
                "Centsept, des permanences numériques tenues avec une grande entreprise et des "
                "centres sociaux."
            ),
            "address": "cours Émile-Zola",
            "postcode": "69100",
            "city": "Villeurbanne",
            "insee": "69266",
            "lat": 45.76850,
            "lng": 4.87800,
            "email": "contact@connect-ages.example",
            "phone": "04 99 00 41 03",
            "website": "https://connect-ages.example",
            "joined_on": "2019-02-04",
            "private_contact_name": "Sabrina Chevalier",
            "private_contact_email": "s.chevalier@connect-ages.example",
            "private_notes": "Évaluation de l’expérimentation attendue pour juin.",
        },
        {
            "name": "Vélo solidaire lyonnais",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides", "innovations-territoriales"],
            "offers": ["offres-emploi", "pret-de-materiel"],
            "description": (
                "Société coopérative d’intérêt collectif qui répare et loue des vélos et forme "
                "des personnes en insertion aux métiers du cycle. Avec d’autres partenaires du "
                "Centsept, elle répond aux besoins de mobilité des habitants des quartiers."
            ),
            "address": "avenue Gabriel-Péri",
            "postcode": "69120",
            "city": "Vaulx-en-Velin",
            "insee": "69256",
            "lat": 45.77720,
            "lng": 4.92000,
            "email": "atelier@velo-solidaire-lyon.example",
            "phone": "04 99 00 41 04",
            "website": "https://velo-solidaire-lyon.example",
            "joined_on": "2019-06-24",
            "private_contact_name": "Thibault Besson",
            "private_contact_email": "t.besson@velo-solidaire-lyon.example",
            "private_notes": "Sociétariat ouvert aux collectivités : relancer la Métropole.",
        },
        {
            "name": "Respire Vénissieux",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "innovations-territoriales"],
            "offers": ["interventions-en-classe", "benevolat"],
            "description": (
                "Association qui mesure la qualité de l’air grâce à des capteurs citoyens et "
                "sensibilise habitants et écoles. Ses relevés nourrissent un projet du Centsept "
                "sur la pollution aux abords des établissements scolaires."
            ),
            "address": "avenue Jean-Jaurès",
            "postcode": "69200",
            "city": "Vénissieux",
            "insee": "69259",
            "lat": 45.69820,
            "lng": 4.88500,
            "email": "contact@respire-venissieux.example",
            "phone": "04 99 00 41 05",
            "website": "https://respire-venissieux.example",
            "joined_on": "2020-01-27",
            "private_contact_name": "Karim Boudjema",
            "private_contact_email": "k.boudjema@respire-venissieux.example",
            "private_notes": "Données partagées sous licence ouverte, à citer correctement.",
        },
        {
            "name": "Les Paniers du Plateau",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides", "fragilites-et-alliances"],
            "offers": ["offres-emploi", "accueil-stagiaires"],
            "description": (
                "Jeune entreprise sociale qui livre des paniers de fruits et légumes à des prix "
                "modulés selon les revenus. Accélérée par le Centsept, elle s’appuie sur des "
                "producteurs de la région et sur des associations de quartier pour atteindre "
                "les foyers modestes."
            ),
            "address": "boulevard Laurent-Gérin",
            "postcode": "69200",
            "city": "Vénissieux",
            "insee": "69259",
            "lat": 45.70300,
            "lng": 4.87400,
            "email": "bonjour@paniers-du-plateau.example",
            "phone": "04 99 00 41 06",
            "website": "https://paniers-du-plateau.example",
            "joined_on": "2020-09-07",
            "private_contact_name": "Océane Vial",
            "private_contact_email": "o.vial@paniers-du-plateau.example",
            "private_notes": "Levée de fonds solidaire prévue : orienter vers des financeurs.",
        },
    ],
    # -------------------------------------------------------- Villes au Carré
    "villes-au-carre": [
        {
            "name": "Ville de Tours",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction", "etat-des-partenariats"],
            "offers": ["pret-de-locaux", "soutien-financier"],
            "description": (
                "Collectivité adhérente du réseau régional, la ville s’appuie sur ses "
                "formations et ses temps d’échange pour conduire sa politique de la ville. Ses "
                "agents partagent leurs retours d’expérience avec ceux d’autres communes de la "
                "région."
            ),
            "address": "place Jean-Jaurès",
            "postcode": "37000",
            "city": "Tours",
            "insee": "37261",
            "lat": 47.39000,
            "lng": 0.68880,
            "email": "politique-de-la-ville@tours.example",
            "phone": "02 99 00 51 01",
            "website": "https://tours.example",
            "joined_on": "2012-05-10",
            "private_contact_name": "Guillaume Tessier",
            "private_contact_email": "g.tessier@tours.example",
            "private_notes": "Adhésion renouvelée chaque année par délibération.",
        },
        {
            "name": "Centre social Les Rives du Cher",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "tiers-lieux-et-dialogue"],
            "offers": ["pret-de-locaux", "benevolat"],
            "description": (
                "Centre social associatif qui anime des ateliers, un accueil de loisirs et des "
                "permanences d’accès aux droits. Formé par le réseau à la conduite de projets "
                "partenariaux, il coopère avec des bailleurs et des entreprises du quartier."
            ),
            "address": "avenue de Grammont",
            "postcode": "37000",
            "city": "Tours",
            "insee": "37261",
            "lat": 47.38600,
            "lng": 0.69000,
            "email": "accueil@rives-du-cher.example",
            "phone": "02 99 00 51 02",
            "website": "https://rives-du-cher.example",
            "joined_on": "2015-10-05",
            "private_contact_name": "Laetitia Royer",
            "private_contact_email": "l.royer@rives-du-cher.example",
            "private_notes": "Directrice intéressée par le cycle de formation de l’automne.",
        },
        {
            "name": "Régie de quartier Orléans Nord",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides", "fragilites-et-alliances"],
            "offers": ["offres-emploi", "benevolat"],
            "description": (
                "Régie de quartier qui confie à des habitants l’entretien des espaces communs et "
                "de petits travaux, premier pas vers l’emploi. Elle travaille avec les bailleurs "
                "sociaux et la ville sur la propreté et le lien social."
            ),
            "address": "rue des Murlins",
            "postcode": "45000",
            "city": "Orléans",
            "insee": "45234",
            "lat": 47.90900,
            "lng": 1.90100,
            "email": "contact@regie-orleans-nord.example",
            "phone": "02 99 00 51 03",
            "website": "https://regie-orleans-nord.example",
            "joined_on": "2016-03-21",
            "private_contact_name": "Damien Perrot",
            "private_contact_email": "d.perrot@regie-orleans-nord.example",
            "private_notes": "Candidate pour accueillir une visite d’étude en 2025.",
        },
        {
            "name": "Collectif des habitants du Val d’Auron",
            "kind": "collectif-citoyen",
            "themes": ["modeles-de-co-construction", "fragilites-et-alliances"],
            "offers": ["benevolat"],
            "description": (
                "Collectif d’habitants qui veut peser sur les choix d’aménagement de son "
                "quartier. Accompagné par Villes au Carré, il a mené un diagnostic partagé avec "
                "la ville et le bailleur et anime des balades urbaines."
            ),
            "address": "boulevard de l’Avenir",
            "postcode": "18000",
            "city": "Bourges",
            "insee": "18033",
            "lat": 47.07400,
            "lng": 2.39300,
            "email": "collectif@val-d-auron.example",
            "phone": "02 99 00 51 04",
            "website": "https://val-d-auron.example",
            "joined_on": "2018-06-11",
            "private_contact_name": "Monique Lacroix",
            "private_contact_email": "m.lacroix@val-d-auron.example",
            "private_notes": "Réunions le premier mardi du mois, au centre social.",
        },
        {
            "name": "Boutique de la médiation de Blois",
            "kind": "association",
            "themes": ["tiers-lieux-et-dialogue", "partenariats-associations-entreprises"],
            "offers": ["interventions-en-classe", "parrainage-mentorat"],
            "description": (
                "Association de médiation sociale présente dans les quartiers, les transports et "
                "les établissements scolaires. Elle forme ses médiateurs avec le centre de "
                "ressources régional et partage ses méthodes avec les autres structures du "
                "réseau."
            ),
            "address": "rue Porte-Chartraine",
            "postcode": "41000",
            "city": "Blois",
            "insee": "41018",
            "lat": 47.58700,
            "lng": 1.33100,
            "email": "contact@mediation-blois.example",
            "phone": "02 99 00 51 05",
            "website": "https://mediation-blois.example",
            "joined_on": "2017-01-09",
            "private_contact_name": "Yves Bertrand",
            "private_contact_email": "y.bertrand@mediation-blois.example",
            "private_notes": "Convention avec le transporteur urbain en renégociation.",
        },
    ],
    # ---------------------------------------------------------- Le Catalyseur
    "le-catalyseur": [
        {
            # The campus lies in Toulouse, on its border with Ramonville-Saint-Agne.
            "name": "Université Toulouse III – Paul-Sabatier",
            "kind": "enseignement-superieur-recherche",
            "themes": ["innovations-territoriales", "tiers-lieux-et-dialogue"],
            "offers": ["pret-de-locaux", "parrainage-mentorat"],
            "description": (
                "Université scientifique dont le campus de Rangueil abrite le tiers-lieu. Ses "
                "enseignants-chercheurs et son service d’insertion professionnelle orientent "
                "vers le Catalyseur les étudiants qui ont une idée d’entreprise."
            ),
            "address": "118 route de Narbonne",
            "postcode": "31400",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.56150,
            "lng": 1.46860,
            "email": "entrepreneuriat@univ-tlse3-demo.example",
            "phone": "05 99 00 61 01",
            "website": "https://univ-tlse3-demo.example",
            "joined_on": "2017-09-04",
            "private_contact_name": "Pierre Lacombe",
            "private_contact_email": "p.lacombe@univ-tlse3-demo.example",
            "private_notes": "Relais pédagogique : proposer des crédits ECTS pour les projets.",
        },
        {
            "name": "Réseau des étudiants entrepreneurs toulousains",
            "kind": "association",
            "themes": ["innovations-territoriales"],
            "offers": ["parrainage-mentorat", "benevolat"],
            "description": (
                "Association qui rassemble des étudiants de plusieurs établissements toulousains "
                "porteurs d’un projet de création. Elle organise des soirées de présentation "
                "de projets et met ses membres en relation avec d’anciens étudiants devenus "
                "entrepreneurs."
            ),
            "address": "rue du Taur",
            "postcode": "31000",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.60690,
            "lng": 1.44170,
            "email": "bureau@etudiants-entrepreneurs-tlse.example",
            "phone": "05 99 00 61 02",
            "website": "https://etudiants-entrepreneurs-tlse.example",
            "joined_on": "2018-10-15",
            "private_contact_name": "Léa Carrère",
            "private_contact_email": "l.carrere@etudiants-entrepreneurs-tlse.example",
            "private_notes": "Bureau renouvelé chaque année en octobre.",
        },
        {
            "name": "Capitole Robotique",
            "kind": "entreprise",
            "themes": ["innovations-territoriales", "rse-et-partenariats"],
            "offers": ["accueil-stagiaires", "parrainage-mentorat", "offres-emploi"],
            "description": (
                "Jeune entreprise de 14 personnes qui conçoit des robots d’inspection pour les "
                "ponts et les tunnels, fondée par deux anciens étudiants passés par le "
                "Catalyseur. Ses fondateurs parrainent aujourd’hui des équipes en "
                "pré-incubation et recrutent des stagiaires ingénieurs."
            ),
            "address": "rue d’Alsace-Lorraine",
            "postcode": "31000",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.60300,
            "lng": 1.44510,
            "email": "jobs@capitole-robotique.example",
            "phone": "05 99 00 61 03",
            "website": "https://capitole-robotique.example",
            "joined_on": "2019-03-25",
            "private_contact_name": "Maxime Soulié",
            "private_contact_email": "m.soulie@capitole-robotique.example",
            "private_notes": "Témoignage possible lors de la prochaine rentrée du tiers-lieu.",
        },
        {
            "name": "Garonne Systèmes Embarqués",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "partenariats-associations-entreprises"],
            "offers": [
                "mecenat-competences",
                "accueil-stagiaires",
                "alternance",
                "soutien-financier",
            ],
            "description": (
                "Entreprise de 450 salariés qui développe des logiciels embarqués pour "
                "l’aéronautique et le spatial. Partenaire du tiers-lieu, elle finance des bourses "
                "de pré-incubation et prête des ingénieurs pour épauler les projets techniques "
                "des étudiants."
            ),
            "address": "rue Hermès",
            "postcode": "31520",
            "city": "Ramonville-Saint-Agne",
            "insee": "31446",
            "lat": 43.55150,
            "lng": 1.48050,
            "email": "partenariats@garonne-se.example",
            "phone": "05 99 00 61 04",
            "website": "https://garonne-se.example",
            "joined_on": "2018-02-12",
            "private_contact_name": "Sandrine Cazals",
            "private_contact_email": "s.cazals@garonne-se.example",
            "private_notes": "Convention de mécénat à renouveler tous les deux ans.",
        },
        {
            "name": "Mairie de Ramonville-Saint-Agne",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction"],
            "offers": ["pret-de-locaux"],
            "description": (
                "Voisine du campus, la commune accueille des entreprises issues des laboratoires "
                "toulousains. Elle facilite l’installation des jeunes sociétés sorties du "
                "Catalyseur et relaie ses appels à projets."
            ),
            "address": "place Charles-de-Gaulle",
            "postcode": "31520",
            "city": "Ramonville-Saint-Agne",
            "insee": "31446",
            "lat": 43.54600,
            "lng": 1.47870,
            "email": "economie@ramonville.example",
            "phone": "05 99 00 61 05",
            "website": "https://ramonville.example",
            "joined_on": "2019-01-21",
            "private_contact_name": "Henri Puech",
            "private_contact_email": "h.puech@ramonville.example",
            "private_notes": "Deux bureaux disponibles à l’hôtel d’entreprises municipal.",
        },
        {
            "name": "Pépinière du Canal",
            "kind": "incubateur-tiers-lieu",
            "themes": ["innovations-territoriales", "tiers-lieux-et-dialogue"],
            "offers": ["pret-de-locaux", "parrainage-mentorat"],
            "description": (
                "Pépinière d’entreprises qui prend le relais du Catalyseur quand les projets "
                "étudiants deviennent des sociétés. Elle offre bureaux, ateliers et le suivi "
                "d’entrepreneurs chevronnés pendant les trois premières années."
            ),
            "address": "avenue Tolosane",
            "postcode": "31520",
            "city": "Ramonville-Saint-Agne",
            "insee": "31446",
            "lat": 43.54250,
            "lng": 1.48000,
            "email": "accueil@pepiniere-du-canal.example",
            "phone": "05 99 00 61 06",
            "website": "https://pepiniere-du-canal.example",
            "joined_on": "2018-06-04",
            "private_contact_name": "Nathalie Bousquet",
            "private_contact_email": "n.bousquet@pepiniere-du-canal.example",
            "private_notes": "Comité d’entrée tous les deux mois.",
        },
    ],
    # -------------------------------------------------------------- Face Paris
    "face-paris": [
        {
            "name": "Ville de Paris",
            "kind": "collectivite",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["soutien-financier"],
            "description": (
                "La collectivité soutient les actions du club pour l’emploi des personnes qui "
                "en sont éloignées. Ses services de l’emploi et de l’insertion orientent des "
                "candidats vers les rencontres organisées avec les entreprises membres."
            ),
            "address": "place de l’Hôtel-de-Ville",
            "postcode": "75004",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.85650,
            "lng": 2.35210,
            "email": "emploi@paris-demo.example",
            "phone": "01 99 00 71 01",
            "website": "https://paris-demo.example",
            "joined_on": "2015-01-12",
            "private_contact_name": "Émilie Charpentier",
            "private_contact_email": "e.charpentier@paris-demo.example",
            "private_notes": "Subvention annuelle : bilan à remettre en février.",
        },
        {
            "name": "Hôtels Lutèce & Marais",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "fragilites-et-alliances"],
            "offers": ["alternance", "offres-emploi", "parrainage-mentorat"],
            "description": (
                "Groupe hôtelier indépendant de 260 salariés, membre du club de longue date. Il "
                "ouvre ses métiers de l’accueil et de la cuisine à des apprentis sans diplôme et "
                "propose des parrainages menés par ses chefs de service."
            ),
            "address": "rue de Rivoli",
            "postcode": "75004",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.85580,
            "lng": 2.35700,
            "email": "rh@hotels-lutece-marais.example",
            "phone": "01 99 00 71 02",
            "website": "https://hotels-lutece-marais.example",
            "joined_on": "2014-09-08",
            "private_contact_name": "Vincent Leclerc",
            "private_contact_email": "v.leclerc@hotels-lutece-marais.example",
            "private_notes": "Cinq contrats d’apprentissage ouverts pour septembre.",
        },
        {
            "name": "Cap 45 et plus",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["parrainage-mentorat", "benevolat"],
            "description": (
                "Association qui accompagne les demandeurs d’emploi de plus de 45 ans par des "
                "ateliers, des groupes d’entraide et la préparation aux entretiens. Elle "
                "coorganise avec le club des demi-journées de rencontre avec des recruteurs."
            ),
            "address": "rue des Archives",
            "postcode": "75003",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.86100,
            "lng": 2.35750,
            "email": "contact@cap-45-et-plus.example",
            "phone": "01 99 00 71 03",
            "website": "https://cap-45-et-plus.example",
            "joined_on": "2016-04-18",
            "private_contact_name": "Danielle Prévost",
            "private_contact_email": "d.prevost@cap-45-et-plus.example",
            "private_notes": "Prochaine demi-journée recruteurs : trouver une salle de 80 places.",
        },
        {
            "name": "Passerelles Réfugiés Paris",
            "kind": "association",
            "themes": ["fragilites-et-alliances", "partenariats-associations-entreprises"],
            "offers": ["benevolat", "parrainage-mentorat"],
            "description": (
                "Association qui aide les personnes réfugiées à reprendre une activité "
                "professionnelle en France. Avec des entreprises du club, elle organise des "
                "présentations de métiers et des conversations en français autour du travail."
            ),
            "address": "rue de Turenne",
            "postcode": "75004",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.85800,
            "lng": 2.36400,
            "email": "contact@passerelles-refugies.example",
            "phone": "01 99 00 71 04",
            "website": "https://passerelles-refugies.example",
            "joined_on": "2017-11-20",
            "private_contact_name": "Omar Haddad",
            "private_contact_email": "o.haddad@passerelles-refugies.example",
            "private_notes": "Besoin d’interprètes en dari et en tigrinya.",
        },
        {
            "name": "Le Comptoir du Temple",
            "kind": "structure-ess",
            "themes": [
                "modeles-socio-economiques-hybrides",
                "partenariats-associations-entreprises",
            ],
            "offers": ["offres-emploi", "accueil-stagiaires"],
            "description": (
                "Entreprise d’insertion de restauration et de traiteur qui emploie une trentaine "
                "de personnes en parcours. Les entreprises du club lui commandent leurs "
                "plateaux-repas, puis accueillent ses salariés pour la suite de leur parcours."
            ),
            "address": "rue du Temple",
            "postcode": "75003",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.86220,
            "lng": 2.35870,
            "email": "commandes@comptoir-du-temple.example",
            "phone": "01 99 00 71 05",
            "website": "https://comptoir-du-temple.example",
            "joined_on": "2018-03-05",
            "private_contact_name": "Julie Navarro",
            "private_contact_email": "j.navarro@comptoir-du-temple.example",
            "private_notes": "Capacité de 300 plateaux par jour.",
        },
        {
            "name": "Rive Droite RH Conseil",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats"],
            "offers": ["mecenat-competences", "parrainage-mentorat"],
            "description": (
                "Cabinet de recrutement de 20 consultants qui met son savoir-faire au service du "
                "club : relecture de CV, simulations d’entretien, ateliers sur les codes de "
                "l’entreprise. Plusieurs de ses consultants parrainent des demandeurs d’emploi."
            ),
            "address": "boulevard de Sébastopol",
            "postcode": "75001",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.86080,
            "lng": 2.35010,
            "email": "contact@rive-droite-rh.example",
            "phone": "01 99 00 71 06",
            "website": "https://rive-droite-rh.example",
            "joined_on": "2019-06-10",
            "private_contact_name": "Caroline Weber",
            "private_contact_email": "c.weber@rive-droite-rh.example",
            "private_notes": "Huit parrains actifs ; peut en mobiliser quatre de plus.",
        },
    ],
    # -------------------------------------------------- Labo des partenariats
    "labo-des-partenariats": [
        {
            "name": "Région Nouvelle-Aquitaine, site de Poitiers",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction", "partenariats-associations-entreprises"],
            "offers": ["soutien-financier"],
            "description": (
                "La Région finance le Labo des partenariats depuis son arrivée en "
                "Poitou-Charentes, en 2016. Elle y voit un moyen de renforcer l’emploi et la "
                "cohésion là où structures de l’ESS et entreprises se côtoient sans toujours se "
                "connaître."
            ),
            "address": "15 rue de l’Ancienne-Comédie",
            "postcode": "86000",
            "city": "Poitiers",
            "insee": "86194",
            "lat": 46.58330,
            "lng": 0.34280,
            "email": "ess@nouvelle-aquitaine-demo.example",
            "phone": "05 99 00 81 01",
            "website": "https://nouvelle-aquitaine-demo.example",
            "joined_on": "2016-01-18",
            "private_contact_name": "Céline Bonnet",
            "private_contact_email": "c.bonnet@nouvelle-aquitaine-demo.example",
            "private_notes": "Rapport d’activité attendu au 31 mars.",
        },
        {
            "name": "Ressourcerie du Clain",
            "kind": "structure-ess",
            "themes": [
                "modeles-socio-economiques-hybrides",
                "partenariats-associations-entreprises",
            ],
            "offers": ["offres-emploi", "visites"],
            "description": (
                "Ressourcerie qui donne une seconde vie aux objets et emploie des salariés en "
                "insertion. Accompagnée par le Labo, elle a signé un partenariat avec un "
                "fabricant de mobilier pour récupérer et valoriser ses chutes de production."
            ),
            "address": "rue de la Tranchée",
            "postcode": "86000",
            "city": "Poitiers",
            "insee": "86194",
            "lat": 46.57600,
            "lng": 0.33800,
            "email": "contact@ressourcerie-du-clain.example",
            "phone": "05 99 00 81 02",
            "website": "https://ressourcerie-du-clain.example",
            "joined_on": "2017-05-22",
            "private_contact_name": "Fabien Giraud",
            "private_contact_email": "f.giraud@ressourcerie-du-clain.example",
            "private_notes": "Partenariat mobilier : bilan à un an prévu en mai.",
        },
        {
            "name": "Les Voiles solidaires",
            "kind": "structure-ess",
            "themes": ["partenariats-associations-entreprises", "fragilites-et-alliances"],
            "offers": ["offres-emploi", "visites"],
            "description": (
                "Chantier d’insertion qui transforme de vieilles voiles en sacs et en "
                "accessoires. Le Labo l’a aidé à bâtir une coopération durable avec un chantier "
                "naval voisin, qui lui fournit la matière et l’aide à trouver des débouchés."
            ),
            "address": "quai Maubec",
            "postcode": "17000",
            "city": "La Rochelle",
            "insee": "17300",
            "lat": 46.15770,
            "lng": -1.14940,
            "email": "atelier@voiles-solidaires.example",
            "phone": "05 99 00 81 03",
            "website": "https://voiles-solidaires.example",
            "joined_on": "2017-09-11",
            "private_contact_name": "Morgane Le Gall",
            "private_contact_email": "m.legall@voiles-solidaires.example",
            "private_notes": "Boutique éphémère envisagée pour l’été.",
        },
        {
            "name": "Atelier nautique rochelais",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "partenariats-associations-entreprises"],
            "offers": ["pret-de-materiel", "mecenat-competences"],
            "description": (
                "Chantier de réparation navale de 40 salariés engagé dans une démarche de "
                "responsabilité sociétale. Il fournit des voiles usagées et son savoir-faire "
                "technique à une structure d’insertion, un partenariat construit avec l’appui "
                "du Labo."
            ),
            "address": "avenue Michel-Crépeau",
            "postcode": "17000",
            "city": "La Rochelle",
            "insee": "17300",
            "lat": 46.15100,
            "lng": -1.15500,
            "email": "contact@atelier-nautique-rochelais.example",
            "phone": "05 99 00 81 04",
            "website": "https://atelier-nautique-rochelais.example",
            "joined_on": "2017-09-11",
            "private_contact_name": "Yann Kerhervé",
            "private_contact_email": "y.kerherve@atelier-nautique-rochelais.example",
            "private_notes": "Prêt à témoigner lors d’une matinée du Labo.",
        },
        {
            "name": "Fondation Sèvre & Solidarités",
            "kind": "fondation",
            "themes": ["rse-et-partenariats", "etat-des-partenariats"],
            "offers": ["soutien-financier", "mecenat-competences"],
            "description": (
                "Fondation d’entreprise d’une mutuelle niortaise qui soutient des projets "
                "d’inclusion et de prévention en Poitou-Charentes. Elle compte sur le Labo pour "
                "repérer des associations avec qui bâtir des partenariats qui aillent au-delà du "
                "don."
            ),
            "address": "avenue de Paris",
            "postcode": "79000",
            "city": "Niort",
            "insee": "79191",
            "lat": 46.32500,
            "lng": -0.45700,
            "email": "fondation@sevre-solidarites.example",
            "phone": "05 99 00 81 05",
            "website": "https://sevre-solidarites.example",
            "joined_on": "2018-04-03",
            "private_contact_name": "Isabelle Texier",
            "private_contact_email": "i.texier@sevre-solidarites.example",
            "private_notes": "Appel à projets ouvert de février à avril.",
        },
        {
            "name": "Charente Images",
            "kind": "entreprise",
            "themes": ["innovations-territoriales", "partenariats-associations-entreprises"],
            "offers": ["accueil-stagiaires", "interventions-en-classe", "mecenat-competences"],
            "description": (
                "Studio d’animation de 35 personnes installé à Angoulême, ville de l’image. Il "
                "travaille avec une association d’éducation populaire pour initier des jeunes "
                "des quartiers au dessin animé, une coopération formalisée avec le Labo."
            ),
            "address": "rue de Bordeaux",
            "postcode": "16000",
            "city": "Angoulême",
            "insee": "16015",
            "lat": 45.64500,
            "lng": 0.15200,
            "email": "studio@charente-images.example",
            "phone": "05 99 00 81 06",
            "website": "https://charente-images.example",
            "joined_on": "2019-01-28",
            "private_contact_name": "Adrien Roy",
            "private_contact_email": "a.roy@charente-images.example",
            "private_notes": "Période de production chargée de septembre à décembre.",
        },
    ],
    # ------------------------------------------------- Alliance Sens & Économie
    "alliance-sens-economie": [
        {
            "name": "Chaire Sens & Performance",
            "kind": "enseignement-superieur-recherche",
            "themes": ["rse-et-partenariats", "etat-des-partenariats"],
            "offers": ["interventions-en-classe"],
            "description": (
                "Équipe de recherche qui étudie le lien entre engagement sociétal et performance "
                "des entreprises. Ses chercheurs documentent les expérimentations de la "
                "communauté et animent des séminaires ouverts aux membres."
            ),
            "address": "rue Saint-Jacques",
            "postcode": "75005",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.84900,
            "lng": 2.34500,
            "email": "chaire@sens-performance.example",
            "phone": "01 99 00 91 01",
            "website": "https://sens-performance.example",
            "joined_on": "2017-02-06",
            "private_contact_name": "Hélène Vasseur",
            "private_contact_email": "h.vasseur@sens-performance.example",
            "private_notes": "Cherche des terrains d’enquête auprès des PME membres.",
        },
        {
            "name": "Odyssée ODD Conseil",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "modeles-socio-economiques-hybrides"],
            "offers": ["mecenat-competences"],
            "description": (
                "Cabinet de conseil de huit personnes qui aide les PME à relier leur stratégie "
                "aux Objectifs de développement durable. Ses consultants consacrent une part de "
                "leur temps aux associations membres de l’Alliance."
            ),
            "address": "rue de Rivoli",
            "postcode": "75001",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.85950,
            "lng": 2.34400,
            "email": "contact@odyssee-odd.example",
            "phone": "01 99 00 91 02",
            "website": "https://odyssee-odd.example",
            "joined_on": "2018-05-14",
            "private_contact_name": "Romain Lefèvre",
            "private_contact_email": "r.lefevre@odyssee-odd.example",
            "private_notes": "Trois jours de mécénat par mois à répartir.",
        },
        {
            "name": "SCIC Communs en action",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides", "modeles-de-co-construction"],
            "offers": ["pret-de-locaux"],
            "description": (
                "Société coopérative d’intérêt collectif qui associe salariés, entreprises, "
                "associations et collectivités autour de projets à impact. Sa gouvernance "
                "partagée inspire les membres qui veulent inscrire leurs coopérations dans la "
                "durée."
            ),
            "address": "rue de la Roquette",
            "postcode": "75011",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.85420,
            "lng": 2.36900,
            "email": "societaires@communs-en-action.example",
            "phone": "01 99 00 91 03",
            "website": "https://communs-en-action.example",
            "joined_on": "2018-11-26",
            "private_contact_name": "Agathe Morin",
            "private_contact_email": "a.morin@communs-en-action.example",
            "private_notes": "Assemblée générale en juin : inviter l’équipe d’animation.",
        },
        {
            "name": "Agir ESS Paris Centre",
            "kind": "association",
            "themes": ["partenariats-associations-entreprises"],
            "offers": ["benevolat"],
            "description": (
                "Réseau d’associations de l’économie sociale et solidaire qui mutualise "
                "formations et outils de gestion. Il porte la voix du monde associatif dans les "
                "groupes de travail de l’Alliance et y cherche des partenaires d’entreprise."
            ),
            "address": "rue Saint-Antoine",
            "postcode": "75004",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.85330,
            "lng": 2.36300,
            "email": "contact@agir-ess-paris.example",
            "phone": "01 99 00 91 04",
            "website": "https://agir-ess-paris.example",
            "joined_on": "2019-03-18",
            "private_contact_name": "Benoît Carpentier",
            "private_contact_email": "b.carpentier@agir-ess-paris.example",
            "private_notes": "Représentant titulaire au groupe de travail ODD.",
        },
        {
            "name": "Groupe Méridia",
            "kind": "entreprise",
            "themes": ["rse-et-partenariats", "innovations-territoriales"],
            "offers": ["mecenat-competences", "soutien-financier"],
            "description": (
                "Entreprise de services aux bâtiments de 2 000 salariés qui a fait des Objectifs "
                "de développement durable un axe de sa stratégie. Elle partage ses indicateurs "
                "d’impact avec la communauté et cofinance des projets menés avec des "
                "associations."
            ),
            "address": "boulevard de Sébastopol",
            "postcode": "75002",
            "city": "Paris",
            "insee": "75056",
            "lat": 48.86500,
            "lng": 2.35080,
            "email": "rse@groupe-meridia.example",
            "phone": "01 99 00 91 05",
            "website": "https://groupe-meridia.example",
            "joined_on": "2017-06-19",
            "private_contact_name": "Sophie Lemaître",
            "private_contact_email": "s.lemaitre@groupe-meridia.example",
            "private_notes": "Directrice RSE : validation du comité exécutif nécessaire.",
        },
    ],
    # ------------------------------------------ Caisse d'Épargne Midi-Pyrénées
    "caisse-epargne-midi-pyrenees": [
        {
            "name": "Ville de Toulouse",
            "kind": "collectivite",
            "themes": ["modeles-de-co-construction"],
            "offers": ["soutien-financier", "pret-de-locaux"],
            "description": (
                "La ville soutient la vie associative et l’économie sociale par des subventions "
                "et des locaux. Elle échange avec la banque sur les projets de quartier qui "
                "gagneraient à recevoir des financements croisés."
            ),
            "address": "place du Capitole",
            "postcode": "31000",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.60440,
            "lng": 1.44330,
            "email": "ess@toulouse-demo.example",
            "phone": "05 99 00 95 11",
            "website": "https://toulouse-demo.example",
            "joined_on": "2018-04-09",
            "private_contact_name": "Jean-Marc Delpech",
            "private_contact_email": "jm.delpech@toulouse-demo.example",
            "private_notes": "Rencontre semestrielle avec la direction de l’économie sociale.",
        },
        {
            "name": "Initiative Capitole",
            "kind": "association",
            "themes": [
                "modeles-socio-economiques-hybrides",
                "partenariats-associations-entreprises",
            ],
            "offers": ["soutien-financier", "parrainage-mentorat"],
            "description": (
                "Association qui accorde des prêts d’honneur sans intérêts aux créateurs "
                "d’entreprise et les fait suivre par des chefs d’entreprise bénévoles. La banque "
                "complète souvent ces prêts par un financement bancaire."
            ),
            "address": "rue de Metz",
            "postcode": "31000",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.60000,
            "lng": 1.44500,
            "email": "contact@initiative-capitole.example",
            "phone": "05 99 00 95 12",
            "website": "https://initiative-capitole.example",
            "joined_on": "2018-09-17",
            "private_contact_name": "Corinne Salles",
            "private_contact_email": "c.salles@initiative-capitole.example",
            "private_notes": "Comité d’agrément le deuxième jeudi du mois.",
        },
        {
            "name": "Garonne Coopérative d’activités",
            "kind": "structure-ess",
            "themes": ["modeles-socio-economiques-hybrides"],
            "offers": ["parrainage-mentorat", "pret-de-locaux"],
            "description": (
                "Coopérative d’activité et d’emploi où des porteurs de projet testent leur "
                "activité sous le statut d’entrepreneur salarié. Elle réunit une centaine de "
                "membres, de la traduction à l’artisanat."
            ),
            "address": "allées Jean-Jaurès",
            "postcode": "31000",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.60800,
            "lng": 1.45000,
            "email": "contact@garonne-cae.example",
            "phone": "05 99 00 95 13",
            "website": "https://garonne-cae.example",
            "joined_on": "2019-02-11",
            "private_contact_name": "Thierry Bonnafous",
            "private_contact_email": "t.bonnafous@garonne-cae.example",
            "private_notes": "Besoin d’une ligne de trésorerie pour les nouveaux entrants.",
        },
        {
            "name": "Les Toits nourriciers",
            "kind": "structure-ess",
            "themes": ["innovations-territoriales", "fragilites-et-alliances"],
            "offers": ["visites", "benevolat", "offres-emploi"],
            "description": (
                "Chantier d’insertion qui cultive des légumes sur des toits d’immeubles du "
                "quartier Saint-Cyprien. Les salariés en parcours y apprennent le maraîchage ; "
                "les récoltes partent chez des restaurateurs et dans une épicerie solidaire "
                "voisine."
            ),
            "address": "rue de la République",
            "postcode": "31300",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.59900,
            "lng": 1.43300,
            "email": "bonjour@toits-nourriciers.example",
            "phone": "05 99 00 95 14",
            "website": "https://toits-nourriciers.example",
            "joined_on": "2020-05-04",
            "private_contact_name": "Élodie Fourcade",
            "private_contact_email": "e.fourcade@toits-nourriciers.example",
            "private_notes": "Dossier de prêt pour une serre en cours d’instruction.",
        },
        {
            "name": "Entreprises engagées du Grand Toulouse",
            "kind": "club-entreprises",
            "themes": ["rse-et-partenariats", "partenariats-associations-entreprises"],
            "offers": ["mecenat-competences", "parrainage-mentorat"],
            "description": (
                "Club de dirigeants qui veulent renforcer l’engagement local de leurs "
                "entreprises : dons, mécénat de compétences, achats responsables. La banque y "
                "apporte son regard de financeur et présente aux membres les associations "
                "qu’elle accompagne."
            ),
            "address": "rue de Rémusat",
            "postcode": "31000",
            "city": "Toulouse",
            "insee": "31555",
            "lat": 43.60600,
            "lng": 1.44200,
            "email": "club@entreprises-engagees-tlse.example",
            "phone": "05 99 00 95 15",
            "website": "https://entreprises-engagees-tlse.example",
            "joined_on": "2019-10-07",
            "private_contact_name": "Aline Rouquette",
            "private_contact_email": "a.rouquette@entreprises-engagees-tlse.example",
            "private_notes": "Déjeuner du club le premier vendredi du mois.",
        },
    ],
}
