"""Celery tasks of the actors app.

An import queues the search indexing of its actors, which queues their geocoding: each of
those tasks is defined beside the work that queues it (``import_runs``, ``actor_import``,
``actor_geocoding``), named ``actors.tasks.<name>``, so no module imports this one back.
Celery's autodiscovery imports this module, which imports them.
"""

from celery import shared_task

from .actor_geocoding import geocode_actor, geocode_pending_actors
from .actor_import import index_actors
from .actor_map_cells import rebuild_cells
from .import_runs import requeue_pending_imports, run_actor_import

__all__ = [
    "geocode_actor",
    "geocode_pending_actors",
    "index_actors",
    "rebuild_actor_map_cells",
    "requeue_pending_imports",
    "run_actor_import",
]


@shared_task(acks_late=True, time_limit=600)
def rebuild_actor_map_cells(territory_id: int | None = None) -> int:
    """After bulk changes that sent no signal: recompute the map's pre-aggregated cells."""
    return rebuild_cells(territory_id)
