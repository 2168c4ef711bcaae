"""Pre-aggregated map cells: the national and regional views without reading every actor.

At low zooms the clustered map groups every published actor of the scope into a few dozen
cells; over 500,000 actors that is the whole table, too slow for a cold cache. Instead the
``ActorMapCell`` table holds, per territory, kind and cell of a fine grid (zoom
``PRECOMPUTED_ZOOM``), the count, the sums and the extent of its actors. A view at a
zoom <= ``PRECOMPUTED_ZOOM`` sums blocks of fine cells: every grid up to that zoom shares one
reference latitude, so a coarse cell is exactly 2^k × 2^k fine cells and the counts equal
those of the live aggregation (floating-point divisions by powers of two are exact).

Kept in step two ways:

- **incrementally**, inside the writing transaction: a saved, published, unpublished or
  deleted actor recomputes the fine cell it left and the one it is in
  (``signals.py``: pre_save notes where it was, post_save / post_delete refresh). A per-
  territory advisory lock on PostgreSQL serialises recomputations, so the last one sees
  every committed actor of the cell;
- **in bulk**, after writes that send no signal: an import recomputes the cells its
  actors left or entered, or the territory's with one aggregation past ``PARTIAL_CELLS``
  (``refresh_after_write``); ``generate_actors``, the ``rebuild_actor_map_cells`` command
  and Celery task rebuild them all (``rebuild_cells``).

Only views whose filters the cells can answer use them: the scope, ``territory`` and
``kind``. Themes, offers, communes and free text fall back to the live aggregation.
"""

import math
from typing import TYPE_CHECKING

from django.db import connection, transaction
from django.db.models import Count, F, FloatField, Max, Min, Sum
from django.db.models.functions import Cast, Floor

from actors.models import Actor, ActorMapCell
from territories.models import Territory

from .actor_filters import network_territories
from .map_grid import PRECOMPUTED_LAT_REF, PRECOMPUTED_ZOOM, Grid

if TYPE_CHECKING:  # annotations only: actor_map imports this module
    from .actor_map import MapQuery

FINE = Grid(zoom=PRECOMPUTED_ZOOM, lat_ref=PRECOMPUTED_LAT_REF)
# Advisory lock class (first key) of cell recomputations; the second key is the territory.
LOCK_CLASS = 0x4D4150  # "MAP"
# Past this many cells to recompute after a bulk write, one aggregation of the territory
# (~0.3 s for 35,000 actors) costs less than three queries per cell.
PARTIAL_CELLS = 64
UNSUPPORTED_FILTERS = ("theme", "offer", "cherche", "commune", "q")


def cell_of(latitude: float | None, longitude: float | None) -> tuple[int, int] | None:
    """The fine cell of a position, computed as the database does (``floor(lng / size)``)."""
    if latitude is None or longitude is None:
        return None
    return math.floor(longitude / FINE.cell_lng), math.floor(latitude / FINE.cell_lat)


def _lock(territory_id: int) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_CLASS, territory_id])


def _aggregate(actors) -> list[ActorMapCell]:
    rows = (
        actors.filter(live=True, latitude__isnull=False, longitude__isnull=False)
        .annotate(cx=Floor(F("longitude") / FINE.cell_lng), cy=Floor(F("latitude") / FINE.cell_lat))
        .values("territory_id", "kind_id", "cx", "cy")
        .annotate(
            lat_sum=Sum("latitude"),
            lng_sum=Sum("longitude"),
            south=Min("latitude"),
            north=Max("latitude"),
            west=Min("longitude"),
            east=Max("longitude"),
            first_id=Min("id"),
            n=Count("id"),
        )
        .order_by()
    )
    return [
        ActorMapCell(
            territory_id=row["territory_id"],
            kind_id=row["kind_id"],
            cx=int(row["cx"]),
            cy=int(row["cy"]),
            count=row["n"],
            lat_sum=row["lat_sum"],
            lng_sum=row["lng_sum"],
            south=row["south"],
            north=row["north"],
            west=row["west"],
            east=row["east"],
            first_id=row["first_id"],
        )
        for row in rows
    ]


def refresh_cells(territory_id: int, cells) -> None:
    """Recompute some fine cells of one territory from its actors (call inside the writing
    transaction: the lock is held until it ends)."""
    cells = {cell for cell in cells if cell is not None}
    if not cells:
        return
    with transaction.atomic():
        _lock(territory_id)
        for cx, cy in cells:
            ActorMapCell.objects.filter(territory_id=territory_id, cx=cx, cy=cy).delete()
            # A margin of one cell around the cell: the index narrows, floor() decides.
            actors = Actor.objects.filter(
                territory_id=territory_id,
                longitude__gte=(cx - 1) * FINE.cell_lng,
                longitude__lt=(cx + 2) * FINE.cell_lng,
                latitude__gte=(cy - 1) * FINE.cell_lat,
                latitude__lt=(cy + 2) * FINE.cell_lat,
            )
            new = [cell for cell in _aggregate(actors) if (cell.cx, cell.cy) == (cx, cy)]
            ActorMapCell.objects.bulk_create(new)


def rebuild_cells(territory_id: int | None = None) -> int:
    """Recompute every cell (of one territory, or of all); returns the number of cells."""
    ids = [territory_id] if territory_id else list(Territory.objects.values_list("pk", flat=True))
    total = 0
    with transaction.atomic():
        for pk in sorted(ids):
            _lock(pk)
            ActorMapCell.objects.filter(territory_id=pk).delete()
            new = _aggregate(Actor.objects.filter(territory_id=pk))
            ActorMapCell.objects.bulk_create(new, batch_size=2000)
            total += len(new)
        if territory_id is None:  # cells of territories deleted since
            ActorMapCell.objects.exclude(territory_id__in=ids).delete()
    return total


def refresh_after_write(territory_id: int, old_cells, actor_ids: list[int]) -> int:
    """After a bulk write that sent no signal (an import): recompute the cells the written
    actors left (``old_cells``) and those they are in now, or the whole territory's when
    there are many. Returns the number of cells recomputed, or 0 for a whole rebuild."""
    cells = set(old_cells)
    for batch in _batches(actor_ids, 5000):  # SQLite's bound on a query's parameters
        positions = Actor.objects.filter(
            pk__in=batch, latitude__isnull=False, longitude__isnull=False
        ).values_list("latitude", "longitude")
        cells.update(cell_of(lat, lng) for lat, lng in positions.distinct())
        if len(cells) > PARTIAL_CELLS:
            rebuild_cells(territory_id)
            return 0
    refresh_cells(territory_id, cells)
    return len(cells)


def _batches(items: list[int], size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- reading ---------------------------------------------------------------------------------


def serves(query: "MapQuery") -> bool:
    """Whether the cells can answer this clustered query exactly."""
    data = query.form.cleaned_data
    return query.grid.zoom <= PRECOMPUTED_ZOOM and not any(
        data.get(name) for name in UNSUPPORTED_FILTERS
    )


def cells(query: "MapQuery") -> list[dict]:
    """The rows of ``actor_map._live_cells`` for this query, summed from the fine cells."""
    data = query.form.cleaned_data
    rows = ActorMapCell.objects.all()
    if query.scope is not None:
        rows = rows.filter(territory=query.scope)
    else:
        rows = rows.filter(territory__in=network_territories())
        if data.get("territory"):
            rows = rows.filter(territory__in=data["territory"])
    if data.get("kind"):
        rows = rows.filter(kind__in=data["kind"])
    if query.bbox:
        # The snapped bbox follows the query grid's cell edges, which are fine-cell edges.
        west, south, east, north = query.bbox
        rows = rows.filter(
            cx__gte=math.floor(west / FINE.cell_lng),
            cx__lt=math.ceil(east / FINE.cell_lng),
            cy__gte=math.floor(south / FINE.cell_lat),
            cy__lt=math.ceil(north / FINE.cell_lat),
        )
    factor = float(2 ** (PRECOMPUTED_ZOOM - query.grid.zoom))
    grouped = (
        rows.annotate(
            gx=Floor(Cast("cx", FloatField()) / factor),
            gy=Floor(Cast("cy", FloatField()) / factor),
        )
        .values("gx", "gy")
        .annotate(
            n=Sum("count"),
            lat_sum=Sum("lat_sum"),
            lng_sum=Sum("lng_sum"),
            south=Min("south"),
            north=Max("north"),
            west=Min("west"),
            east=Max("east"),
            first=Min("first_id"),
        )
        .order_by()
    )
    return [{**row, "cx": row["gx"], "cy": row["gy"]} for row in grouped]
