"""Pre-aggregated cells of the actor map, for the low-zoom (national, regional) views."""

from django.db import models

from territories.models import Territory

from .actor import ActorKind


class ActorMapCell(models.Model):
    """Published, placed actors of one territory and one kind in one cell of the fine grid
    (``actors.actor_map_cells``): what the clustered map needs, summed per cell.

    Derived data: ``actor_map_cells.refresh_cells`` keeps it in step with each saved or
    deleted actor, ``rebuild_cells`` recomputes it after bulk writes.
    """

    territory = models.ForeignKey(Territory, on_delete=models.CASCADE, related_name="+")
    kind = models.ForeignKey(ActorKind, on_delete=models.CASCADE, related_name="+")
    cx = models.IntegerField()
    cy = models.IntegerField()
    count = models.PositiveIntegerField()
    lat_sum = models.FloatField()
    lng_sum = models.FloatField()
    south = models.FloatField()
    north = models.FloatField()
    west = models.FloatField()
    east = models.FloatField()
    first_id = models.IntegerField()  # the lowest actor id: the actor itself when count == 1

    class Meta:
        db_table = "territories_actormapcell"
        constraints = [
            models.UniqueConstraint(
                fields=["territory", "cx", "cy", "kind"], name="unique_actor_map_cell"
            )
        ]

    def __str__(self):
        return f"{self.territory_id}/{self.kind_id} ({self.cx}, {self.cy}): {self.count}"
