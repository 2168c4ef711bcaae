"""The actor map's data: GeoJSON features or server-side clusters, and their cache.

The map API (``api_views.actors_geojson``) validates parameters with ``ActorFilterForm`` and
asks this module for the response body. Only published actors and public columns are read:
every query goes through ``form.apply()`` (``live=True``, host scope) and ``.values()`` with
the explicit column lists below, so private fields are never even loaded.

Clustering is a grid aggregation in SQL: each actor falls in the cell
``(floor(lng / cell_lng), floor(lat / cell_lat))`` whose size is ``CELL_PX`` screen pixels at
the requested zoom; the database answers one row per non-empty cell (count, mean position,
extent). The payload is bounded by the number of cells in the viewport, whatever the number
of actors.
"""

import hashlib
import json
import logging
import math
from contextlib import contextmanager
from dataclasses import dataclass

import orjson

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, F, Max, Min, QuerySet, Sum
from django.db.models.functions import Floor
from django.urls import reverse

from wagtail.models import Site

from actors.models import Actor
from network.caching import generations
from network.text import fold
from territories.models import Commune, Territory

from . import actor_map_cells
from .actor_filters import MAX_ZOOM, ActorFilterForm, within
from .map_grid import INDIVIDUAL_MIN_ZOOM, TILE_PX, Grid

logger = logging.getLogger(__name__)

# Even at street level, more actors than this in the bbox are clustered: payloads stay bounded.
MAX_FEATURES = 500
# A client asking for a huge bbox at a high zoom gets coarser cells rather than a huge
# payload: ~512 cluster features of ~180 bytes stay under 100 KB.
MAX_CELLS = 512
# Without a bbox, the zoom that fits the scope's extent in a screen of this size.
DEFAULT_VIEWPORT_PX = (1024, 768)
WORLD = (-180.0, -85.0, 180.0, 85.0)

CACHE_TIMEOUT = 600
# The generation counter of the cached map responses (network.caching.generations).
MAP_GENERATION = "actors:gen:map"

# Public columns only: the API never loads a private field into memory.
FEATURE_COLUMNS = (
    "id",
    "name",
    "slug",
    "latitude",
    "longitude",
    "territory_id",
    "kind__slug",
    "kind__name",
    "city",
)


# -- cache generation ------------------------------------------------------------------------


def cache_version() -> int:
    """The current generation of cached actor responses (the page cache's scheme)."""
    return generations.value(MAP_GENERATION)


def bump_version() -> None:
    """Invalidate every cached actor response: now, and again after the transaction commits.
    A cache outage does not stop editors from saving actors (the bump is retried later)."""
    generations.bump(MAP_GENERATION)


# -- links -----------------------------------------------------------------------------------


def actor_path_template() -> tuple[str, str]:
    """The actor page path split around the slug: reversed once, not once per actor."""
    marker = "slug-marker"
    before, after = reverse("actor_detail", kwargs={"slug": marker}).split(marker)
    return before, after


def territory_links(scope: Territory | None) -> dict[int, tuple[str, str]]:
    """{territory id: (slug, site root URL)}, from the scope or one query on the network."""
    if scope is not None:
        return {scope.pk: (scope.slug, scope.site.root_url if scope.site is not None else "")}
    links = {}
    rows = Territory.objects.values_list("id", "slug", "site__hostname", "site__port")
    for pk, slug, hostname, port in rows:
        root = Site(hostname=hostname, port=port).root_url if hostname else ""
        links[pk] = (slug, root)
    return links


def fit_zoom(bbox) -> int:
    """The largest zoom at which the bbox fits in the default viewport."""
    west, south, east, north = bbox
    width_px, height_px = DEFAULT_VIEWPORT_PX
    lat = math.radians((south + north) / 2)
    lng_span = max(east - west, 1e-6)
    lat_span = max((north - south) / max(math.cos(lat), 0.05), 1e-6)
    zoom = math.floor(math.log2(min(width_px / lng_span, height_px / lat_span) * 360 / TILE_PX))
    return min(max(zoom, 0), MAX_ZOOM)


def scope_extent(scope: Territory | None, territories) -> tuple[float, float, float, float]:
    """The bbox of the scope's communes (one small query), padded ~2 km; the world if none."""
    communes = Commune.objects.filter(latitude__isnull=False, longitude__isnull=False)
    if scope is not None:
        communes = communes.filter(territory=scope)
    elif territories:
        communes = communes.filter(territory__in=territories)
    box = communes.aggregate(
        s=Min("latitude"), n=Max("latitude"), w=Min("longitude"), e=Max("longitude")
    )
    if box["s"] is None:
        return WORLD
    pad = 0.02
    return (
        max(box["w"] - pad, -180.0),
        max(box["s"] - pad, -90.0),
        min(box["e"] + pad, 180.0),
        min(box["n"] + pad, 90.0),
    )


# -- the response ----------------------------------------------------------------------------


@dataclass
class MapQuery:
    """What one map request asks for, normalised (it names the cache entry)."""

    scope: Territory | None
    form: ActorFilterForm
    bbox: tuple | None  # snapped; None: no bbox filter
    zoom: int
    grid: Grid

    @classmethod
    def from_form(cls, form: ActorFilterForm, scope: Territory | None) -> "MapQuery":
        data = form.cleaned_data
        bbox = data.get("bbox")
        extent = bbox or scope_extent(scope, data.get("territory"))
        zoom = data.get("zoom")
        if zoom is None:
            zoom = min(fit_zoom(extent), INDIVIDUAL_MIN_ZOOM - 1)
        grid = Grid.at(zoom, extent)
        # Coarser cells until the extent holds a bounded number of them.
        while grid.zoom > 0 and grid.cell_count(grid.snap(extent)) > MAX_CELLS:
            grid = Grid.at(grid.zoom - 1, extent)
        return cls(
            scope=scope, form=form, bbox=grid.snap(bbox) if bbox else None, zoom=zoom, grid=grid
        )

    def cache_key(self) -> str:
        data = self.form.cleaned_data
        slugs = {
            name: sorted(item.slug for item in data.get(name) or [])
            for name in ("kind", "theme", "offer", "cherche")
        }
        if self.scope is None:
            slugs["territory"] = sorted(item.slug for item in data.get("territory") or [])
        params = {
            **slugs,
            "commune": sorted(data.get("commune") or []),
            "q": fold(data.get("q") or "").split(),
            "bbox": [round(value, 6) for value in self.bbox] if self.bbox else None,
            "zoom": self.zoom,
            "grid": self.grid.zoom,
        }
        digest = hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()[:32]
        scope = f"t{self.scope.pk}" if self.scope else "network"
        return f"actors:geojson:{cache_version()}:{scope}:{digest}"

    def queryset(self) -> QuerySet:
        queryset = self.form.apply(use_bbox=False).filter(
            latitude__isnull=False, longitude__isnull=False
        )
        if self.bbox:
            queryset = within(queryset, self.bbox)
        # No ORDER BY: Actor's default ordering by name would sort every matching row.
        return queryset.order_by()


def _round(value: float) -> float:
    return round(value, 6)  # ~10 cm: more digits only weigh on the payload


class FeatureWriter:
    """Builds features from ``FEATURE_COLUMNS`` rows, with links computed without queries."""

    def __init__(self, scope: Territory | None):
        self.scope = scope
        self._links: dict[int, tuple[str, str]] | None = None
        self._path = actor_path_template()

    def prefixes(self) -> dict[int, tuple[str, str]]:
        """{territory id: (slug, actor URL up to the actor's slug)}."""
        if self._links is None:
            self._links = {
                pk: (slug, f"{root}{self._path[0]}")
                for pk, (slug, root) in territory_links(self.scope).items()
            }
        return self._links

    def feature(self, row: dict) -> dict:
        slug, prefix = self.prefixes().get(row["territory_id"], ("", ""))
        return {
            "type": "Feature",
            "id": row["id"],
            "geometry": {
                "type": "Point",
                "coordinates": [_round(row["longitude"]), _round(row["latitude"])],
            },
            "properties": {
                "id": row["id"],
                "name": row["name"],
                "kind": row["kind__slug"],
                "kind_label": row["kind__name"],
                "city": row["city"],
                "territory": slug,
                "url": f"{prefix}{row['slug']}{self._path[1]}",
            },
        }


def _features(rows, writer: FeatureWriter) -> list[dict]:
    rows = sorted(rows, key=lambda row: (row["name"], row["id"]))
    return [writer.feature(row) for row in rows]


@contextmanager
def _grid_settings():
    """PostgreSQL settings for the grid aggregation, for its transaction only.

    - work_mem: the planner cannot know that the grid has at most a few hundred cells (it
      estimates as many groups as rows) and would sort every matching row, on disk beyond
      the default 4 MB, instead of hashing them; the actual hash table stays small.
    - jit: compiling the query costs ~50 ms, more than it saves on a few hundred thousand rows.
    """
    if connection.vendor != "postgresql":
        yield
        return
    # SET LOCAL lasts until the end of the transaction: open one (no savepoint if nested).
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)"
        )
        yield


def _live_cells(queryset: QuerySet, grid: Grid) -> list[dict]:
    """One row per non-empty cell, aggregated from the matching actors."""
    cells = (
        queryset.annotate(
            cx=Floor(F("longitude") / grid.cell_lng), cy=Floor(F("latitude") / grid.cell_lat)
        )
        .values("cx", "cy")
        .annotate(
            n=Count("id"),
            # Sums, divided below: AVG(float) also accumulates squares (for variances).
            lat_sum=Sum("latitude"),
            lng_sum=Sum("longitude"),
            south=Min("latitude"),
            north=Max("latitude"),
            west=Min("longitude"),
            east=Max("longitude"),
            first=Min("id"),
        )
        .order_by()
    )
    with _grid_settings():
        return list(cells)


def _clusters(
    queryset: QuerySet, grid: Grid, writer: FeatureWriter, cells: list[dict]
) -> tuple[list[dict], int]:
    # A cell holding one actor is that actor: one more query, however many such cells.
    single_ids = [cell["first"] for cell in cells if cell["n"] == 1]
    singles = {}
    if single_ids:
        rows = queryset.filter(pk__in=single_ids).values(*FEATURE_COLUMNS)
        singles = {row["id"]: writer.feature(row) for row in rows}
    features = []
    for cell in sorted(cells, key=lambda cell: (-cell["n"], cell["cy"], cell["cx"])):
        if cell["n"] == 1 and cell["first"] in singles:
            features.append(singles[cell["first"]])
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        _round(cell["lng_sum"] / cell["n"]),
                        _round(cell["lat_sum"] / cell["n"]),
                    ],
                },
                "properties": {
                    "cluster": True,
                    "count": cell["n"],
                    "bbox": [
                        _round(cell["west"]),
                        _round(cell["south"]),
                        _round(cell["east"]),
                        _round(cell["north"]),
                    ],
                    "expansion_zoom": grid.expansion_zoom(
                        cell["east"] - cell["west"], cell["north"] - cell["south"]
                    ),
                },
            }
        )
    return features, sum(cell["n"] for cell in cells)


def _add_offers(features: list[dict]) -> None:
    """What each actor shown on its own offers, for its popup: one query for them all."""
    by_id = {f["properties"]["id"]: f["properties"] for f in features if "id" in f["properties"]}
    for properties in by_id.values():
        properties["offers"] = []
    if not by_id:
        return
    links = (
        Actor.offers.through.objects.filter(actor_id__in=list(by_id))
        .order_by("offer__name")
        .values_list("actor_id", "offer__name")
    )
    for actor_id, name in links:
        by_id[actor_id]["offers"].append(name)


def build_geojson(query: MapQuery) -> dict:
    """The FeatureCollection for a validated map query (no cache)."""
    queryset = query.queryset()
    writer = FeatureWriter(query.scope)
    clustered = True
    if query.zoom >= INDIVIDUAL_MIN_ZOOM:
        # Fetch one row too many: more than MAX_FEATURES means "cluster anyway".
        rows = list(queryset.values(*FEATURE_COLUMNS)[: MAX_FEATURES + 1])
        if len(rows) <= MAX_FEATURES:
            features, total, clustered = _features(rows, writer), len(rows), False
    if clustered:
        if actor_map_cells.serves(query):
            cells = actor_map_cells.cells(query)
        else:
            cells = _live_cells(queryset, query.grid)
        features, total = _clusters(queryset, query.grid, writer, cells)
    _add_offers(features)
    return {
        "type": "FeatureCollection",
        "features": features,
        # A foreign member (RFC 7946 §6.1): what the client needs to label and refine.
        "meta": {
            "total": total,
            "clustered": clustered,
            "zoom": query.zoom,
            "cluster_zoom": query.grid.zoom if clustered else None,
            "individual_min_zoom": INDIVIDUAL_MIN_ZOOM,
            "bbox": [_round(value) for value in query.bbox] if query.bbox else None,
        },
    }


def dumps(data) -> bytes:
    # orjson: compact UTF-8 like json.dumps(ensure_ascii=False), ~10× faster on the
    # few hundred features of a street-level view.
    return orjson.dumps(data)


def geojson_bytes(form: ActorFilterForm, scope: Territory | None, *, use_cache=True) -> bytes:
    """The serialised response for a valid form, from the cache when possible."""
    query = MapQuery.from_form(form, scope)
    if not use_cache:
        return dumps(build_geojson(query))
    try:
        key = query.cache_key()
        body = cache.get(key)
    except Exception:  # the map still answers, uncached, when the cache is down
        logger.warning("Cache des acteurs indisponible", exc_info=True)
        return dumps(build_geojson(query))
    if body is None:
        body = dumps(build_geojson(query))
        try:
            cache.set(key, body, CACHE_TIMEOUT)
        except Exception:
            logger.warning("Cache des acteurs indisponible", exc_info=True)
    return body
