"""Celery tasks of the territories app: thin, they call services."""

from celery import shared_task


@shared_task(acks_late=True, time_limit=1800, soft_time_limit=1700)
def run_actor_import(import_id: int) -> str:
    from .import_runs import actor_import_run

    return actor_import_run(import_id)


@shared_task(
    bind=True,
    acks_late=True,
    rate_limit="8/s",  # the national address API asks for moderation
    max_retries=4,
    default_retry_delay=60,
    time_limit=30,
    soft_time_limit=20,
)
def geocode_actor(self, actor_id: int) -> str:
    from .actor_geocoding import actor_geocode
    from .geocoding import GeocoderUnavailable

    try:
        return actor_geocode(actor_id)
    except GeocoderUnavailable as exc:
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc


@shared_task(acks_late=True, time_limit=120)
def geocode_pending_actors() -> int:
    """Periodic: queue the actors whose geocoding was lost or failed for a while."""
    from .actor_geocoding import pending_actor_ids

    ids = pending_actor_ids()
    for actor_id in ids:
        geocode_actor.delay(actor_id)
    return len(ids)


@shared_task(acks_late=True, time_limit=600)
def rebuild_actor_map_cells(territory_id: int | None = None) -> int:
    """After bulk changes that sent no signal: recompute the map's pre-aggregated cells."""
    from .actor_map_cells import rebuild_cells

    return rebuild_cells(territory_id)


@shared_task(acks_late=True, time_limit=900, soft_time_limit=840)
def index_actors(actor_ids: list[int]) -> int:
    """After an import: the admin's search index and the geocoding queue, in the background."""
    from .actor_import import actors_index

    return actors_index(actor_ids)
