"""Likely duplicates among a territory's actors, for sign-ups, imports and moderation.

Two rules, cheap enough to run on every sign-up:

- **same name, same commune**: the normalised names are equal (case, accents, punctuation,
  articles and legal forms ignored: « L’Atelier (SCOP) » = « atelier ») and the INSEE codes
  of the communes are the same;
- **nearby, similar name**: the two positions are less than ``NEARBY_METRES`` apart and the
  names are similar (one contains the other, most words shared, or close spellings).

Drafts count as much as published actors: two pending sign-ups of the same organisation are
exactly what a moderator wants to see.
"""

import math
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.db.models import Q

from actors.models import Actor
from network.text import fold
from territories.models import Territory

NEARBY_METRES = 30.0
SIMILARITY_RATIO = 0.8  # difflib ratio of the normalised names
SHARED_WORDS_RATIO = 0.6  # shared words / words of the shorter name
MAX_RESULTS = 20
EARTH_RADIUS_METRES = 6_371_000.0
METRES_PER_DEGREE = 111_320.0

SAME_NAME_SAME_COMMUNE = "same_name_same_commune"
NEARBY_SIMILAR_NAME = "nearby_similar_name"
REASON_LABELS = {
    SAME_NAME_SAME_COMMUNE: "même nom dans la même commune",
    NEARBY_SIMILAR_NAME: "nom proche à moins de 30 m",
}

# Words that do not tell two organisations apart.
STOP_WORDS = frozenset(
    {
        *("l", "la", "le", "les", "un", "une", "d", "de", "du", "des", "et", "en"),
        *("au", "aux", "a", "sur", "pour", "ste", "societe", "cie", "compagnie"),
        *("association", "asso", "sarl", "sas", "sasu", "sa", "eurl", "scop", "scic"),
        *("sci", "ei", "gie"),
    }
)


@dataclass
class LikelyDuplicate:
    actor: Actor
    reasons: list[str] = field(default_factory=list)
    distance_m: float | None = None

    @property
    def reason_labels(self) -> list[str]:
        return [REASON_LABELS[reason] for reason in self.reasons]


def normalise_name(name: str) -> str:
    """Folded words of a name, without punctuation, articles and legal forms."""
    words = re.sub(r"[^\w]+", " ", fold(name).replace("_", " ")).split()
    kept = [word for word in words if word not in STOP_WORDS]
    return " ".join(kept or words)


def names_similar(first: str, second: str) -> bool:
    """Whether two normalised names likely name the same organisation."""
    if not first or not second:
        return False
    if first == second:
        return True
    words_a, words_b = set(first.split()), set(second.split())
    shorter = min(len(words_a), len(words_b))
    if shorter and len(words_a & words_b) / shorter >= SHARED_WORDS_RATIO:
        return True
    return SequenceMatcher(None, first, second).ratio() >= SIMILARITY_RATIO


def distance_metres(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_METRES * math.asin(min(1.0, math.sqrt(a)))


def find_likely_duplicates(
    territory: Territory | int,
    name: str,
    commune_insee: str = "",
    lat: float | None = None,
    lng: float | None = None,
    *,
    exclude_ids=(),
) -> list[LikelyDuplicate]:
    """The territory's actors (published or draft) that likely are the described one.

    ``exclude_ids``: actors to leave out (the actor being checked itself). At most
    ``MAX_RESULTS`` results, the same-commune matches first, then by distance.
    """
    wanted = normalise_name(name)
    if not wanted:
        return []
    territory_id = territory.pk if isinstance(territory, Territory) else territory
    actors = Actor.objects.filter(territory_id=territory_id).exclude(pk__in=list(exclude_ids))
    actors = actors.only("pk", "name", "slug", "live", "city", "latitude", "longitude")
    found: dict[int, LikelyDuplicate] = {}

    if commune_insee:
        for actor in actors.filter(commune_insee=commune_insee).order_by("pk"):
            if normalise_name(actor.name) == wanted:
                found[actor.pk] = LikelyDuplicate(actor, [SAME_NAME_SAME_COMMUNE])

    if lat is not None and lng is not None:
        dlat = NEARBY_METRES / METRES_PER_DEGREE
        dlng = NEARBY_METRES / (METRES_PER_DEGREE * max(math.cos(math.radians(lat)), 0.01))
        nearby = actors.filter(
            latitude__range=(lat - dlat, lat + dlat), longitude__range=(lng - dlng, lng + dlng)
        ).order_by("pk")
        for actor in nearby:
            distance = distance_metres(lat, lng, actor.latitude, actor.longitude)
            if distance > NEARBY_METRES or not names_similar(wanted, normalise_name(actor.name)):
                continue
            hint = found.setdefault(actor.pk, LikelyDuplicate(actor))
            hint.reasons.append(NEARBY_SIMILAR_NAME)
            hint.distance_m = round(distance, 1)

    ordered = sorted(
        found.values(),
        key=lambda hint: (
            SAME_NAME_SAME_COMMUNE not in hint.reasons,
            hint.distance_m if hint.distance_m is not None else math.inf,
            hint.actor.pk,
        ),
    )
    return ordered[:MAX_RESULTS]


class DuplicateIndex:
    """The rules of ``find_likely_duplicates`` against a territory's actors held in memory:
    one query for a whole import instead of two per row.

    Positions are bucketed in squares of about ``NEARBY_METRES``: a row only looks at the
    nine buckets around it.
    """

    COLUMNS = ("pk", "name", "commune_insee", "latitude", "longitude")

    def __init__(self, territory: Territory | int | None = None, rows=None):
        """The territory's actors, or ``rows`` of ``COLUMNS`` (actors of one territory)."""
        self.by_name_commune: dict[tuple[str, str], list[tuple]] = {}
        self.buckets: dict[tuple[int, int], list[tuple]] = {}
        if rows is None:
            territory_id = territory.pk if isinstance(territory, Territory) else territory
            rows = (
                Actor.objects.filter(territory_id=territory_id)
                .values_list(*self.COLUMNS)
                .order_by("pk")
                .iterator(chunk_size=5000)
            )
        for pk, name, insee, lat, lng in rows:
            entry = (pk, name, normalise_name(name), lat, lng)
            if insee:
                self.by_name_commune.setdefault((entry[2], insee), []).append(entry)
            if lat is not None and lng is not None:
                self.buckets.setdefault(self._bucket(lat, lng), []).append(entry)

    @staticmethod
    def _bucket(lat: float, lng: float) -> tuple[int, int]:
        # Square in degrees: 30 m tall, narrower than 30 m away from the equator, which
        # ``find`` makes up for by looking at more buckets of longitude.
        step = NEARBY_METRES / METRES_PER_DEGREE
        return math.floor(lat / step), math.floor(lng / step)

    def find(
        self, name: str, commune_insee: str = "", lat=None, lng=None, *, exclude_ids=()
    ) -> list["IndexedDuplicate"]:
        if not self.by_name_commune and not self.buckets:
            return []  # a territory without actors yet (a first import)
        wanted = normalise_name(name)
        if not wanted:
            return []
        found: dict[int, IndexedDuplicate] = {}
        if commune_insee:
            for pk, actor_name, _n, _lat, _lng in self.by_name_commune.get(
                (wanted, commune_insee), ()
            ):
                if pk not in exclude_ids:
                    found[pk] = IndexedDuplicate(pk, actor_name, [SAME_NAME_SAME_COMMUNE])
        if lat is not None and lng is not None:
            row, col = self._bucket(lat, lng)
            step = max(math.cos(math.radians(lat)), 0.01)
            reach = math.ceil(1 / step)  # buckets of longitude to cover 30 m at this latitude
            for d_row in (-1, 0, 1):
                for d_col in range(-reach, reach + 1):
                    for pk, actor_name, normalised, a_lat, a_lng in self.buckets.get(
                        (row + d_row, col + d_col), ()
                    ):
                        if pk in exclude_ids:
                            continue
                        distance = distance_metres(lat, lng, a_lat, a_lng)
                        if distance > NEARBY_METRES or not names_similar(wanted, normalised):
                            continue
                        hint = found.setdefault(pk, IndexedDuplicate(pk, actor_name))
                        hint.reasons.append(NEARBY_SIMILAR_NAME)
                        hint.distance_m = round(distance, 1)
        ordered = sorted(
            found.values(),
            key=lambda hint: (
                SAME_NAME_SAME_COMMUNE not in hint.reasons,
                hint.distance_m if hint.distance_m is not None else math.inf,
                hint.actor_id,
            ),
        )
        return ordered[:MAX_RESULTS]


@dataclass
class IndexedDuplicate:
    actor_id: int
    actor_name: str
    reasons: list[str] = field(default_factory=list)
    distance_m: float | None = None

    @property
    def reason_labels(self) -> list[str]:
        return [REASON_LABELS[reason] for reason in self.reasons]


def suspects_for(actors) -> dict[int, list[IndexedDuplicate]]:
    """Likely duplicates of each of ``actors`` (a listing's page) in its own territory, in
    one query whatever the page holds: the candidates are the actors of the same commune or
    within reach of one of them."""
    actors = list(actors)
    if not actors:
        return {}
    reach = NEARBY_METRES / METRES_PER_DEGREE
    where = Q()
    for actor in actors:
        if actor.commune_insee:
            where |= Q(territory_id=actor.territory_id, commune_insee=actor.commune_insee)
        if actor.latitude is not None and actor.longitude is not None:
            lng_reach = reach / max(math.cos(math.radians(actor.latitude)), 0.01)
            where |= Q(
                territory_id=actor.territory_id,
                latitude__range=(actor.latitude - reach, actor.latitude + reach),
                longitude__range=(actor.longitude - lng_reach, actor.longitude + lng_reach),
            )
    if not where:
        return {}
    by_territory: dict[int, list[tuple]] = {}
    rows = Actor.objects.filter(where).values_list("territory_id", *DuplicateIndex.COLUMNS)
    for territory_id, *row in rows.order_by("pk"):
        by_territory.setdefault(territory_id, []).append(tuple(row))
    indexes = {pk: DuplicateIndex(rows=rows) for pk, rows in by_territory.items()}
    found = {}
    for actor in actors:
        index = indexes.get(actor.territory_id)
        hints = (
            index.find(
                actor.name,
                actor.commune_insee,
                actor.latitude,
                actor.longitude,
                exclude_ids={actor.pk},
            )
            if index
            else []
        )
        if hints:
            found[actor.pk] = hints
    return found
