"""Synthetic, realistic actors for demos and benchmarks, inserted in bulk."""

import math
import random
import time
from datetime import timedelta
from types import SimpleNamespace

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from actors import actor_map, actor_map_cells
from actors.models import Actor, ActorKind, Offer
from network.models import Theme
from territories.models import Territory

FIRST_NAMES = [
    "Jean", "Marie", "Louise", "Victor", "Simone", "Jules", "Germaine", "Paul", "Lucie", "Henri",
    "Olympe", "Camille", "Irène", "Albert", "Rosa", "Émile", "Joséphine", "Pierre", "Marcel",
    "Colette", "Gisèle", "Léon", "Jacqueline", "André",
]  # fmt: skip
LAST_NAMES = [
    "Moulin", "Curie", "Hugo", "Veil", "Ferry", "Zola", "Pasteur", "Jaurès", "Blum", "Sand",
    "de Gouges", "Claudel", "Joliot-Curie", "Camus", "Parks", "Baker", "Prévert", "Monnet",
    "Pagnol", "Tillion", "Halimi", "Aubrac", "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau",
    "Garnier", "Rousseau", "Fontaine", "Chevalier", "Lambert", "Bonnet", "Mercier", "Girard",
]  # fmt: skip
PLACES = [
    "la Marne", "du Bois", "des Lilas", "du Canal", "des Coteaux", "du Port", "des Tilleuls",
    "de la Gare", "du Centre", "des Quatre-Vents", "du Plateau", "des Bords de Marne",
]  # fmt: skip
TRADES = [
    "Boulangerie", "Boucherie", "Librairie", "Garage", "Menuiserie", "Imprimerie", "Pharmacie",
    "Fleuriste", "Cabinet d’architecture", "Atelier", "Plomberie", "Électricité", "Épicerie",
    "Traiteur", "Agence",
]  # fmt: skip
COMPANIES = [
    "Conseil", "Solutions", "Ingénierie", "Services", "Logistique", "Numérique", "Énergies",
    "Bâtiment", "Transports", "Industries",
]  # fmt: skip
CAUSES = [
    "Les Jardins", "Les Amis", "Solidarité", "Entraide", "Culture et Loisirs", "Sport pour Tous",
    "Lire et Faire Lire", "Les Petits Débrouillards", "Accueil des Familles", "Réussite Éducative",
    "Femmes Relais", "Vélo-École",
]  # fmt: skip
STREETS = [
    "rue Victor Hugo", "avenue de la République", "rue Jean Jaurès", "boulevard Pasteur",
    "rue de Paris", "place de la Mairie", "rue du Général de Gaulle", "avenue Foch",
    "rue des Écoles", "quai de la Marne", "allée des Tilleuls", "rue Émile Zola",
    "chemin des Vignes", "rue de la Paix", "avenue du Maréchal Leclerc",
]  # fmt: skip
DESCRIPTIONS = [
    "Accueille des jeunes du territoire pour leur faire découvrir ses métiers.",
    "S’engage aux côtés des établissements scolaires de la commune.",
    "Met ses locaux et son savoir-faire au service des projets du quartier.",
    "Cherche des partenaires pour monter des actions communes.",
    "Participe aux rencontres du réseau depuis son lancement.",
    "Ouvre ses portes aux collégiens pour leur stage d’observation.",
]


def _person(rng):
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _name(kind: str, rng: random.Random, city: str) -> str:
    """A plausible French name for an actor of this kind."""
    last = rng.choice(LAST_NAMES)
    match kind:
        case "association":
            return f"Association {rng.choice(CAUSES)} {rng.choice(PLACES)}"
        case "entreprise":
            if rng.random() < 0.5:
                return f"{rng.choice(TRADES)} {last}"
            return f"{last} {rng.choice(COMPANIES)}"
        case "structure-ess":
            return rng.choice(
                [f"Ressourcerie {rng.choice(PLACES)}", f"Régie de quartier {city}", f"SCOP {last}"]
            )
        case "ecole":
            return f"École élémentaire {_person(rng)}"
        case "college":
            return f"Collège {_person(rng)}"
        case "lycee":
            return rng.choice([f"Lycée {_person(rng)}", f"Lycée professionnel {_person(rng)}"])
        case "enseignement-superieur-recherche":
            return rng.choice([f"IUT de {city}", f"Laboratoire {last}", f"Campus {city}"])
        case "collectivite":
            return rng.choice([f"Mairie de {city}", f"Centre communal d’action sociale de {city}"])
        case "institution-publique":
            return rng.choice([f"Maison France Services de {city}", f"France Travail {city}"])
        case "chambre-consulaire":
            return rng.choice([f"Chambre de métiers, antenne de {city}", f"CCI, antenne de {city}"])
        case "club-entreprises":
            return f"Club des entrepreneurs de {city}"
        case "incubateur-tiers-lieu":
            return rng.choice(
                [f"Tiers-lieu La Fabrique {rng.choice(PLACES)}", f"Incubateur {last}"]
            )
        case "collectif-citoyen":
            return f"Collectif citoyen {rng.choice(PLACES)}"
        case "fondation":
            return f"Fondation {_person(rng)}"
    return f"{kind.capitalize()} {last}"


class Command(BaseCommand):
    help = (
        "Crée des acteurs fictifs mais vraisemblables, publiés, répartis autour des communes "
        "d’un territoire (démonstrations et mesures de performance)."
    )

    def add_arguments(self, parser):
        parser.add_argument("territory", help="Identifiant du territoire, par exemple « vitawin »")
        parser.add_argument("count", type=int, help="Nombre d’acteurs à créer")
        parser.add_argument("--seed", type=int, default=None, help="Graine du hasard")
        parser.add_argument("--batch", type=int, default=5000, help="Acteurs par insertion")
        parser.add_argument(
            "--spread-km", type=float, default=1.5, help="Écart type autour du centre (km)"
        )

    def handle(self, *args, territory, count, seed, batch, spread_km, **options):
        if count < 1:
            raise CommandError("Le nombre d’acteurs doit être un entier positif.")
        if batch < 1:
            raise CommandError("La taille des lots doit être un entier positif.")
        scope = Territory.objects.filter(slug=territory).first()
        if scope is None:
            known = ", ".join(Territory.objects.values_list("slug", flat=True)) or "aucun"
            raise CommandError(
                f"Territoire « {territory} » introuvable. Territoires existants : {known}."
            )
        communes = list(scope.communes.filter(latitude__isnull=False, longitude__isnull=False))
        if not communes:
            raise CommandError(
                f"Le territoire « {territory} » n’a aucune commune avec une position : "
                "ajoutez ses communes (code INSEE, centre) avant de générer des acteurs."
            )
        kinds = list(ActorKind.objects.all())
        themes = list(Theme.objects.values_list("pk", flat=True))
        offers = list(Offer.objects.values_list("pk", flat=True))
        if not kinds:
            raise CommandError("Aucun type d’acteur : appliquez les migrations (migrate).")

        rng = random.Random(seed)
        # Bigger communes get more actors.
        weights = [commune.population or 10_000 for commune in communes]
        used = set(Actor.objects.filter(territory=scope).values_list("slug", flat=True))
        writer = CopyWriter() if connection.vendor == "postgresql" else BulkWriter()
        started = time.monotonic()
        created = 0
        while created < count:
            size = min(batch, count - created)
            rows = [
                self._row(scope, rng, kinds, communes, weights, used, spread_km)
                for _ in range(size)
            ]
            # No save(), no signal: no search indexing nor cache bump per row (one at the end).
            with transaction.atomic():
                ids = writer.actors(rows)
                themes_rows, offers_rows = self._relations(ids, rng, themes, offers)
                writer.relations(Actor.themes.through, "theme_id", themes_rows)
                writer.relations(Actor.offers.through, "offer_id", offers_rows)
            created += size
            if options["verbosity"] > 1:
                self.stdout.write(f"{created} / {count}")
        if connection.vendor == "postgresql":
            # Fresh statistics at once (autovacuum comes later): with the old row counts the
            # planner takes 50,000 new actors for a handful and picks plans to match.
            with connection.cursor() as cursor:
                for model in (Actor, Actor.themes.through, Actor.offers.through):
                    cursor.execute(f'ANALYZE "{model._meta.db_table}"')
        actor_map_cells.rebuild_cells(scope.pk)  # no signal was sent: one rebuild
        actor_map.bump_version()
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{created} acteurs créés pour « {scope.name} » en {elapsed:.1f} s "
                f"({created / max(elapsed, 1e-6):.0f} par seconde). "
                "Ils ne sont pas dans l’index de recherche de l’administration : "
                "lancez « manage.py update_index » si besoin."
            )
        )

    def _row(self, scope, rng, kinds, communes, weights, used, spread_km) -> dict:
        """Column values of one published actor (attribute names, as in ``Actor(**row)``)."""
        commune = rng.choices(communes, weights)[0]
        kind = rng.choice(kinds)
        name = _name(kind.slug, rng, commune.name)
        base = slugify(name)[:200] or "acteur"
        slug, n = base, 2
        while slug in used:
            slug = f"{base}-{rng.randrange(2, 10**9)}" if n > 5 else f"{base}-{n}"
            n += 1
        used.add(slug)
        # Gaussian scatter around the commune's centre (1 degree of latitude ≈ 111 km).
        lat = round(commune.latitude + rng.gauss(0, spread_km / 111.0), 6)
        lng = round(
            commune.longitude
            + rng.gauss(0, spread_km / (111.0 * math.cos(math.radians(commune.latitude)))),
            6,
        )
        postcodes = commune.postcode_list
        now = timezone.now()
        published = now - timedelta(days=rng.randrange(0, 3 * 365))
        phone = " ".join(str(rng.randrange(10, 99)) for _ in range(4))
        row = {
            "territory_id": scope.pk,
            "name": name,
            "slug": slug,
            "kind_id": kind.pk,
            "description": rng.choice(DESCRIPTIONS),
            "address": f"{rng.randrange(1, 180)} {rng.choice(STREETS)}",
            "postcode": rng.choice(postcodes) if postcodes else "",
            "city": commune.name,
            "commune_insee": commune.insee_code,
            "location": f"SRID=4326;POINT({lng} {lat})",
            "latitude": lat,
            "longitude": lng,
            "email": f"contact@{slug[:40]}.example" if rng.random() < 0.6 else "",
            "phone": f"01 {phone}" if rng.random() < 0.5 else "",
            "website": f"https://{slug[:40]}.example" if rng.random() < 0.4 else "",
            "joined_on": published.date(),
            "private_contact_name": _person(rng) if rng.random() < 0.5 else "",
            "source": "generate_actors",
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": published,
            "last_published_at": published,
            "created_at": now,
            "updated_at": now,
        }
        # What save() would compute, from the model's own method.
        row["search_text"] = Actor.build_search_text(SimpleNamespace(**row))  # type: ignore[arg-type]
        return row

    def _relations(self, ids, rng, themes, offers):
        themes_rows, offers_rows = [], []
        for actor_id in ids:
            for theme_id in rng.sample(themes, k=min(len(themes), rng.choice((0, 1, 1, 2, 3)))):
                themes_rows.append((actor_id, theme_id))
            for offer_id in rng.sample(offers, k=min(len(offers), rng.choice((0, 1, 2, 2, 3)))):
                offers_rows.append((actor_id, offer_id))
        return themes_rows, offers_rows


class BulkWriter:
    """Any database: bulk_create, which reads the new ids back."""

    def actors(self, rows: list[dict]) -> list[int]:
        actors = Actor.objects.bulk_create((Actor(**row) for row in rows), batch_size=1000)
        return [actor.pk for actor in actors]

    def relations(self, through, column: str, pairs):
        through.objects.bulk_create(
            (through(actor_id=actor_id, **{column: pk}) for actor_id, pk in pairs),
            batch_size=5000,
        )


class CopyWriter:
    """PostgreSQL: COPY, with ids drawn from the table's sequence first (several times
    faster than INSERT: no SQL to build, no per-row Model instance)."""

    def __init__(self):
        self.fields = list(Actor._meta.concrete_fields)
        # Columns the generator leaves out take the model's defaults, as Actor() would.
        self.defaults = {
            field.attname: field.get_default() for field in self.fields if not field.primary_key
        }
        self.columns = ", ".join(connection.ops.quote_name(field.column) for field in self.fields)

    def actors(self, rows: list[dict]) -> list[int]:
        table = Actor._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [table, len(rows)],
            )
            ids = [row[0] for row in cursor.fetchall()]
            with cursor.copy(f"COPY {table} ({self.columns}) FROM STDIN") as copy:
                for pk, row in zip(ids, rows, strict=True):
                    values = self.defaults | row | {"id": pk}
                    copy.write_row([values[field.attname] for field in self.fields])
        return ids

    def relations(self, through, column: str, pairs):
        with connection.cursor() as cursor:
            sql = f"COPY {through._meta.db_table} (actor_id, {column}) FROM STDIN"
            with cursor.copy(sql) as copy:
                for pair in pairs:
                    copy.write_row(pair)
