"""The map cells move from the zoom-10 grid to the zoom-12 grid (cells of ~2.2 km × 1.5 km).

With cells four times finer in each direction, the whole-territory (zoom 11) and town
(zoom 12) clustered views read the cells too instead of aggregating every actor; the
national view sums more, still few, cell rows. The cells are derived data: recomputed here
from the actors with the grid frozen as of this migration.
"""

import math

from django.db import migrations
from django.db.models import Count, F, Max, Min, Sum
from django.db.models.functions import Floor

CELL_LNG = 360.0 / 2**12 * 80 / 256
CELL_LAT = CELL_LNG * max(math.cos(math.radians(46)), 0.05)


def refill_cells(apps, schema_editor):
    Actor = apps.get_model("territories", "Actor")
    ActorMapCell = apps.get_model("territories", "ActorMapCell")
    ActorMapCell.objects.all().delete()
    rows = (
        Actor.objects.filter(live=True, latitude__isnull=False, longitude__isnull=False)
        .annotate(cx=Floor(F("longitude") / CELL_LNG), cy=Floor(F("latitude") / CELL_LAT))
        .values("territory_id", "kind_id", "cx", "cy")
        .annotate(
            n=Count("id"),
            lat_sum=Sum("latitude"),
            lng_sum=Sum("longitude"),
            south=Min("latitude"),
            north=Max("latitude"),
            west=Min("longitude"),
            east=Max("longitude"),
            first_id=Min("id"),
        )
        .order_by()
    )
    ActorMapCell.objects.bulk_create(
        (
            ActorMapCell(
                territory_id=row["territory_id"],
                kind_id=row["kind_id"],
                cx=int(row["cx"]),
                cy=int(row["cy"]),
                count=row["n"],
                **{k: row[k] for k in ("lat_sum", "lng_sum", "south", "north", "west", "east")},
                first_id=row["first_id"],
            )
            for row in rows.iterator(chunk_size=2000)
        ),
        batch_size=2000,
    )


class Migration(migrations.Migration):
    dependencies = [("territories", "0016_actor_map_covering_indexes")]

    operations = [
        # Reversing leaves zoom-12 cells that zoom-10 code would misread: rebuild them with
        # ``manage.py rebuild_actor_map_cells`` after going back.
        migrations.RunPython(refill_cells, migrations.RunPython.noop),
    ]
