"""Address lookup for the map's "près d’une adresse", proxied from the server.

The visitor's browser only talks to our site: the server asks the national address API
(Base Adresse Nationale, addok format, ``settings.GEOCODER_URL``) and answers
``{"label", "lat", "lng", "score", "source"}``. When that service cannot be reached or
answers nonsense, the scope's communes (by name or postcode) stand in, marked
``"source": "communes"``. Successful answers of the service are cached for a day.
"""

import hashlib
import http.client
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q

from network.text import fold
from territories.models import Commune, Territory

logger = logging.getLogger(__name__)

DEFAULT_URL = "https://api-adresse.data.gouv.fr/search/"
DEFAULT_TIMEOUT = 3  # seconds
CACHE_SECONDS = 24 * 60 * 60
MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 200
USER_AGENT = "catalyseurs-territoriaux (carte des acteurs)"
POSTCODE = re.compile(r"\b(\d{5})\b")


class GeocoderUnavailable(Exception):
    """The address service failed (timeout, network, 5xx, unreadable answer)."""


@dataclass(frozen=True)
class Place:
    label: str
    lat: float
    lng: float
    score: float | None
    source: str  # "ban" (the address service) or "communes" (the fallback)

    def as_dict(self) -> dict:
        return asdict(self)


def geocode(query: str, territory: Territory | None = None) -> Place | None:
    """The best place for ``query``, or None when the service finds nothing.

    Raises GeocoderUnavailable when the service fails and no commune of the scope (the
    territory's, or every territory's on the network host) matches either.
    """
    key = _cache_key(query, territory)
    cached = cache.get(key)
    if cached is not None:
        return Place(**cached)
    try:
        place = ask_service(query, territory)
    except GeocoderUnavailable as error:
        logger.warning("Service d’adresses indisponible (%s) : repli sur les communes", error)
        place = match_commune(query, territory)
        if place is None:
            raise
        return place
    if place is not None:
        cache.set(key, asdict(place), CACHE_SECONDS)
    return place


def _cache_key(query: str, territory: Territory | None) -> str:
    scope = territory.pk if territory is not None else "reseau"
    digest = hashlib.sha256(" ".join(fold(query).split()).encode()).hexdigest()[:32]
    return f"geocode:v1:{scope}:{digest}"


def ask_service(query: str, territory: Territory | None = None) -> Place | None:
    """One request to the addok/BAN service: the first feature, None if there is none."""
    params = {"q": query, "limit": 1}
    if territory is not None and territory.latitude is not None:
        # addok favours results near this point (a hint, not a filter).
        params.update(lat=f"{territory.latitude:.5f}", lon=f"{territory.longitude:.5f}")
    url = getattr(settings, "GEOCODER_URL", DEFAULT_URL)
    timeout = getattr(settings, "GEOCODER_TIMEOUT", DEFAULT_TIMEOUT)
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode(params)}",
        headers={"Accept": "application/json", "User-Agent": USER_AGENT},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read(1_000_000)
    except urllib.error.HTTPError as error:
        if 400 <= error.code < 500:
            # addok refuses queries it cannot search (too short, only punctuation...).
            return None
        raise GeocoderUnavailable(f"HTTP {error.code}") from error
    except (OSError, http.client.HTTPException) as error:  # URLError, timeouts, resets
        raise GeocoderUnavailable(str(error)) from error
    try:
        data = json.loads(body)
        features = data["features"]
        if not features:
            return None
        feature = features[0]
        lng, lat = (float(value) for value in feature["geometry"]["coordinates"][:2])
        properties = feature.get("properties") or {}
        label = str(properties.get("label") or query)
        score = properties.get("score")
        score = round(float(score), 4) if score is not None else None
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise GeocoderUnavailable(f"réponse illisible : {error}") from error
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        raise GeocoderUnavailable("coordonnées hors limites")
    return Place(label=label, lat=lat, lng=lng, score=score, source="ban")


# The longest commune names have 7 words (« Saint-Martin-de-la-Mer-sur-... »): runs of the
# query's words up to this length are looked up as names.
MAX_NAME_WORDS = 8
MAX_CANDIDATES = 500


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def match_commune(query: str, territory: Territory | None = None) -> Place | None:
    """A commune of the scope named in ``query``, or whose postcode or INSEE code it holds."""
    located = Commune.objects.filter(latitude__isnull=False, longitude__isnull=False)
    if territory is not None:
        located = located.filter(territory=territory)
    wanted = _words(query)
    codes = set(POSTCODE.findall(query))
    # Only the candidates, through the name key's index (a scope may hold 35,000 communes):
    # names made of a run of the query's words, names it starts, the codes it holds.
    words = wanted.split()
    runs = {
        " ".join(words[start:end])
        for start in range(len(words))
        for end in range(start + 1, min(len(words), start + MAX_NAME_WORDS) + 1)
    }
    condition = Q(search_name__in=runs)
    if len(wanted) >= 3:
        condition |= Q(search_name__startswith=wanted)
    for code in codes:
        condition |= Q(insee_code=code) | Q(postcodes__contains=code)
    communes = list(located.filter(condition).order_by("name", "pk")[:MAX_CANDIDATES])
    best, best_score = None, 0.0
    for commune in communes:
        name = _words(commune.name)
        if not name:
            continue
        if wanted == name:
            score = 1.0
        elif codes & (set(commune.postcode_list) | {commune.insee_code}):
            score = 0.9
        elif f" {name} " in f" {wanted} ":
            score = 0.8
        elif len(wanted) >= 3 and name.startswith(wanted):
            score = 0.6
        else:
            continue
        if score > best_score:
            best, best_score = commune, score
    if best is None:
        return None
    postcodes = best.postcode_list
    label = f"{best.name} ({postcodes[0]})" if postcodes else best.name
    return Place(
        label=label, lat=best.latitude, lng=best.longitude, score=best_score, source="communes"
    )
