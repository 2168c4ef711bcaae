"""Synthetic communes over mainland France, for benchmarks and size tests of big territories.

``synthetic_communes(n, seed)`` gives ``n`` plausible communes: French-looking names
(« Saint-Martin-sur-Loire », « Villeneuve-les-Bois »), a département's INSEE code and
postcode, a centre inside mainland France (a rough polygon, by rejection) near its
département's centre, and a population following a long tail (a few cities, many
villages), like the 34,827 real ones. Deterministic for a seed. No real data is needed.
"""

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

from territories.models import Commune, Territory

# Mainland France, roughly (longitude, latitude), clockwise from the north.
FRANCE = [
    (2.55, 51.09),
    (4.2, 49.95),
    (8.2, 49.0),
    (7.6, 47.6),
    (6.9, 47.4),
    (6.1, 46.2),
    (7.0, 45.9),
    (6.6, 45.1),
    (7.7, 44.2),
    (7.5, 43.8),
    (6.2, 43.1),
    (4.6, 43.35),
    (3.1, 42.45),
    (1.7, 42.5),
    (-1.75, 43.35),
    (-1.25, 44.6),
    (-1.2, 46.2),
    (-2.5, 47.2),
    (-4.8, 47.9),
    (-4.6, 48.6),
    (-3.0, 48.85),
    (-1.6, 48.65),
    (-1.9, 49.7),
    (0.2, 49.45),
    (1.5, 50.1),
]
PREFIXES = ["", "", "", "Saint-", "Sainte-", "Le ", "La ", "Les ", "Villeneuve-", "Mont-"]
ROOTS = [
    "Martin",
    "Germain",
    "Laurent",
    "Julien",
    "Denis",
    "Pierre",
    "Étienne",
    "Aubin",
    "Hilaire",
    "Amand",
    "Bonnet",
    "Chapelle",
    "Fontaine",
    "Château",
    "Moulin",
    "Plessis",
    "Mesnil",
    "Bourg",
    "Chaumont",
    "Beaumont",
    "Montreuil",
    "Neuville",
    "Villiers",
    "Fresnes",
    "Noisy",
    "Champagne",
    "Roche",
    "Vaux",
    "Marsac",
    "Aigrefeuille",
    "Brion",
    "Cérilly",
    "Échenoz",
    "Lussac",
    "Pradelles",
    "Quintin",
    "Ruffec",
    "Tourville",
    "Ussel",
    "Verneuil",
    "Yzeure",
]
SUFFIXES = [
    "",
    "",
    "",
    "",
    "-sur-Loire",
    "-sur-Seine",
    "-sur-Marne",
    "-en-Bresse",
    "-les-Bois",
    "-le-Grand",
    "-le-Petit",
    "-la-Forêt",
    "-d’Arvor",
    "-des-Champs",
    "-du-Lac",
    "-en-Vexin",
    "-lès-Nancy",
    "-de-Provence",
    "-sous-Bois",
    "-aux-Roses",
]
DEPARTEMENTS = [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"]


@dataclass
class SyntheticCommune:
    insee: str
    name: str
    postcode: str
    lat: float
    lng: float
    population: int


def inside_france(lng: float, lat: float) -> bool:
    """Ray casting on the rough polygon."""
    inside = False
    j = len(FRANCE) - 1
    for i, (xi, yi) in enumerate(FRANCE):
        xj, yj = FRANCE[j]
        if (yi > lat) != (yj > lat) and lng < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _point(rng: random.Random) -> tuple[float, float]:
    while True:
        lng, lat = rng.uniform(-4.8, 8.2), rng.uniform(42.4, 51.1)
        if inside_france(lng, lat):
            return lat, lng


def synthetic_communes(n: int, seed: int = 21) -> Iterator[SyntheticCommune]:
    if n > 999 * len(DEPARTEMENTS):
        raise ValueError("at most 999 communes per département")
    rng = random.Random(seed)
    # Each département around one centre; its communes spread ~40 km around it.
    centres = {code: _point(rng) for code in DEPARTEMENTS}
    names: set[str] = set()
    per_departement: dict[str, int] = {}
    for index in range(n):
        code = DEPARTEMENTS[index % len(DEPARTEMENTS)]
        number = per_departement[code] = per_departement.get(code, 0) + 1
        c_lat, c_lng = centres[code]
        for _ in range(20):
            lat = c_lat + rng.gauss(0, 0.35)
            lng = c_lng + rng.gauss(0, 0.35) / math.cos(math.radians(lat))
            if inside_france(lng, lat):
                break
        else:
            lat, lng = c_lat, c_lng
        name = rng.choice(PREFIXES) + rng.choice(ROOTS) + rng.choice(SUFFIXES)
        if name in names:
            name = f"{name}-{number}"
        names.add(name)
        department_number = "20" if code in ("2A", "2B") else code
        postcode = f"{department_number}{rng.randrange(0, 1000):03d}"
        # Long tail: rank r gets ~ 2,000,000 / r inhabitants, at least 30.
        population = max(30, int(2_000_000 / (index + 1) ** 0.9 * rng.uniform(0.6, 1.4)))
        yield SyntheticCommune(
            insee=f"{code}{number:03d}",
            name=name,
            postcode=postcode,
            lat=round(lat, 5),
            lng=round(lng, 5),
            population=population,
        )


def create_synthetic_communes(territory: Territory, n: int, seed: int = 21) -> int:
    """Replace the territory's communes with ``n`` synthetic ones (bulk, in batches)."""
    territory.communes.all().delete()
    Commune.objects.bulk_create(
        (
            Commune(
                territory=territory,
                sort_order=index,
                insee_code=commune.insee,
                name=commune.name,
                postcodes=commune.postcode,
                latitude=commune.lat,
                longitude=commune.lng,
                population=commune.population,
            )
            for index, commune in enumerate(synthetic_communes(n, seed))
        ),
        batch_size=2000,
    )
    return n
