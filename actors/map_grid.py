"""The map's cluster grid: cells of ``CELL_PX`` screen pixels at each zoom.

Shared by the map's queries (``actor_map``) and its pre-aggregated cells
(``actor_map_cells``), below both.
"""

import math
from dataclasses import dataclass

# (west, south, east, north) in degrees.
Bbox = tuple[float, float, float, float]

# From this zoom on (street level) the map shows one feature per actor; below, clusters.
INDIVIDUAL_MIN_ZOOM = 15
# A cluster cell is CELL_PX screen pixels wide (Leaflet.markercluster's default radius is 80).
CELL_PX = 80
TILE_PX = 256
# Up to this cluster zoom, unfiltered views read pre-aggregated cells (``actor_map_cells``)
# instead of every actor. Their grids share one reference latitude (mainland France's
# middle), so that each cell of such a grid is exactly a block of cells of this zoom.
# Zoom 12 (cells of ~2.2 km) covers the whole-territory view: 50,000 actors of a territory
# fall in a few hundred cell rows, and France in ~10,000.
PRECOMPUTED_ZOOM = 12
PRECOMPUTED_LAT_REF = 46


def _cell_lng(zoom: int) -> float:
    return 360.0 / float(2**zoom) * CELL_PX / TILE_PX


@dataclass(frozen=True)
class Grid:
    """Cells of the cluster grid at one zoom; latitude cells shrink with cos(latitude)
    (Web Mercator stretches latitudes), rounded to a whole degree so that panning keeps the
    same cells."""

    zoom: int
    lat_ref: int

    @property
    def cell_lng(self) -> float:
        return _cell_lng(self.zoom)

    @property
    def cell_lat(self) -> float:
        return self.cell_lng * max(math.cos(math.radians(self.lat_ref)), 0.05)

    def snap(self, bbox: Bbox) -> Bbox:
        """The bbox widened to whole cells: clusters at the edges are not cut in two, and
        nearby viewports share a cache entry."""
        west, south, east, north = bbox
        cx, cy = self.cell_lng, self.cell_lat
        return (
            max(math.floor(west / cx) * cx, -180.0),
            max(math.floor(south / cy) * cy, -90.0),
            min(math.ceil(east / cx) * cx, 180.0),
            min(math.ceil(north / cy) * cy, 90.0),
        )

    @classmethod
    def at(cls, zoom: int, extent: Bbox) -> "Grid":
        """The grid at ``zoom`` for a view of ``extent``."""
        if zoom <= PRECOMPUTED_ZOOM:
            return cls(zoom=zoom, lat_ref=PRECOMPUTED_LAT_REF)
        return cls(zoom=zoom, lat_ref=round((extent[1] + extent[3]) / 2))

    def cell_count(self, bbox: Bbox) -> float:
        west, south, east, north = bbox
        return ((east - west) / self.cell_lng + 1) * ((north - south) / self.cell_lat + 1)

    def expansion_zoom(self, lng_span: float, lat_span: float) -> int:
        """The zoom at which a cluster of this extent splits into several cells."""
        span = max(lng_span, lat_span / max(math.cos(math.radians(self.lat_ref)), 0.05))
        if span <= 0:
            return INDIVIDUAL_MIN_ZOOM
        zoom = math.ceil(math.log2(_cell_lng(0) / span))
        return min(max(zoom, self.zoom + 1), INDIVIDUAL_MIN_ZOOM)
