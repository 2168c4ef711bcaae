"""« Qui peut répondre ? »: the published actors whose offers answer a need kind, nearest
first.

A need kind is answered by offers (``NeedKind.answered_by``, edited by the network team);
an actor answers when it offers one of them. Public fields only (name, card URL, kind, city,
position, the answering offers); never drafts, never another territory's actors.

Queries: one for the actors (their kind joined; the distance ordered in SQL from an
equirectangular approximation, exact enough at a territory's scale and portable to SQLite),
one for their answering offers. Near a place, the actors are looked for in a 1 km box
around it first, then 5 km, then the whole territory (``SEARCH_RADII_KM``): a box is read
along the map's index on positions, and its best are kept only when they lie within its
circle (any actor outside the box is farther); so two to four queries. Sorting every
answering actor of a 50,000-actor territory by distance cost 60 ms; a box, a few.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import F, FloatField, Prefetch, QuerySet, prefetch_related_objects
from django.db.models.expressions import ExpressionWrapper
from django.utils.translation import gettext as _

from .models import Actor, NeedKind, Offer

SUGGESTION_LIMIT = 5
EARTH_RADIUS_KM = 6371.0
KM_PER_DEGREE = 111.195  # of latitude
SEARCH_RADII_KM: tuple[float | None, ...] = (1.0, 5.0, None)


@dataclass
class Suggestion:
    name: str
    url: str
    kind: str
    city: str
    distance_km: float | None
    offers: list[str] = field(default_factory=list)

    @property
    def distance_label(self) -> str:
        """« à 1,2 km » (French decimal comma), or "" without a position."""
        return "" if self.distance_km is None else distance_label(self.distance_km)


def distance_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def nearest_first(queryset: QuerySet[Any], near: tuple[float, float]) -> QuerySet[Any]:
    """Actors nearest to ``near`` first, those without a position last, then by name."""
    lat, lng = near
    scale = math.cos(math.radians(lat))
    squared = ExpressionWrapper(
        (F("latitude") - lat) * (F("latitude") - lat)
        + (F("longitude") - lng) * (F("longitude") - lng) * scale * scale,
        output_field=FloatField(),
    )
    ordered: QuerySet[Any] = queryset.annotate(nearness=squared).order_by(
        F("nearness").asc(nulls_last=True), "name", "pk"
    )
    return ordered


def distance_label(distance: float) -> str:
    """« à 1,2 km » (French decimal comma)."""
    return _("à %(distance)s km") % {"distance": f"{distance:.1f}".replace(".", ",")}


def answering_offers(kind_ids: Iterable[int]) -> QuerySet[Any]:
    """The offers that answer any of ``kind_ids`` (a subquery)."""
    return NeedKind.answered_by.through.objects.filter(needkind_id__in=kind_ids).values("offer_id")


def suggestions(
    kind_ids: Iterable[int],
    *,
    territory_id: int,
    near: tuple[float, float] | None = None,
    exclude_actor_id: int | None = None,
    limit: int = SUGGESTION_LIMIT,
) -> list[Suggestion]:
    """Up to ``limit`` published actors of the territory answering one of ``kind_ids``,
    nearest to ``near`` first (those without a position last), else by name."""
    kind_ids = list(kind_ids)
    if not kind_ids:
        return []
    offers = answering_offers(kind_ids)
    queryset = (
        Actor.objects.filter(
            live=True,
            territory_id=territory_id,
            pk__in=Actor.offers.through.objects.filter(offer_id__in=offers).values("actor_id"),
        )
        .exclude(pk=exclude_actor_id)
        .select_related("kind")
        .only(
            "pk",
            "name",
            "slug",
            "city",
            "latitude",
            "longitude",
            "kind__name",
        )
    )
    if near is None:
        actors = list(queryset.order_by("name", "pk")[:limit])
    else:
        actors = _nearest(queryset, near, limit)
    prefetch_related_objects(
        actors,
        Prefetch(
            "offers",
            queryset=Offer.objects.filter(pk__in=offers).only("pk", "name"),
            to_attr="answering",
        ),
    )
    found = []
    for actor in actors:
        distance = None
        if near is not None and actor.latitude is not None and actor.longitude is not None:
            distance = distance_km(near[0], near[1], actor.latitude, actor.longitude)
        found.append(
            Suggestion(
                name=actor.name,
                url=actor.get_url_path(),
                kind=actor.kind.name,
                city=actor.city,
                distance_km=distance,
                offers=[offer.name for offer in actor.answering],
            )
        )
    return found


def _nearest(queryset: QuerySet[Actor], near: tuple[float, float], limit: int) -> list[Actor]:
    """The ``limit`` actors of ``queryset`` nearest to ``near`` (those without a position
    last), looked for in growing boxes (``SEARCH_RADII_KM``)."""
    lat, lng = near
    scale = math.cos(math.radians(lat))
    ranked = nearest_first(queryset, near)
    actors: list[Actor] = []
    for radius_km in SEARCH_RADII_KM:
        if radius_km is None:
            return list(ranked[:limit])
        dlat = radius_km / KM_PER_DEGREE
        dlng = dlat / max(scale, 0.01)
        actors = list(
            ranked.filter(
                latitude__range=(lat - dlat, lat + dlat),
                longitude__range=(lng - dlng, lng + dlng),
            )[:limit]
        )
        if len(actors) == limit and all(
            math.sqrt(actor.nearness) * KM_PER_DEGREE <= radius_km for actor in actors
        ):
            return actors
    return actors


def actor_suggestions(actor: Actor) -> list[Suggestion]:
    """Who can answer what ``actor`` seeks (its seeks must be prefetched or are read once)."""
    kind_ids = [kind.pk for kind in actor.seeks.all()]
    near = None
    if actor.latitude is not None and actor.longitude is not None:
        near = (actor.latitude, actor.longitude)
    return suggestions(
        kind_ids, territory_id=actor.territory_id, near=near, exclude_actor_id=actor.pk
    )
