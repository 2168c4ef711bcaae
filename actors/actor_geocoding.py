"""Placing actors that have an address but no position, with the national address API.

The request itself is ``actors.geocoding.ask_service`` (the same BAN/addok service as
the map's address search, ``settings.GEOCODER_URL``, so a self-hosted addok works too).
A result below ``REVIEW_BELOW`` is kept but flagged for the team to check.
"""

from celery import shared_task

from django.db import transaction
from django.db.models.signals import post_save

from actors.models import Actor
from network.outbox import hand_over

from .actor_map import bump_version
from .actor_map_cells import cell_of, refresh_cells
from .geocoding import GeocoderUnavailable, ask_service

REVIEW_BELOW = 0.6
MAX_ATTEMPTS = 5


def needs_geocoding(actor: Actor) -> bool:
    return bool(actor.address or actor.postcode or actor.city) and actor.latitude is None


def geocoding_query(actor: Actor) -> str:
    return " ".join(part for part in (actor.address, actor.postcode, actor.city) if part).strip()


def actor_geocode_later(actor: Actor) -> None:
    """Mark the actor pending and queue its geocoding once the transaction commits. The
    pending status is the record: with the broker down, the periodic retry
    (``tasks.geocode_pending_actors``) picks the actor up later."""
    Actor.objects.filter(pk=actor.pk).update(geocoding_status=Actor.Geocoding.PENDING)
    actor_id = actor.pk
    transaction.on_commit(lambda: hand_over(geocode_actor, [actor_id]))


def actor_geocode(actor_id: int) -> str:
    """Geocode one actor now. Raises GeocoderUnavailable so the task can retry."""
    actor = Actor.objects.filter(pk=actor_id).first()
    if actor is None or not needs_geocoding(actor):
        return "skipped"
    Actor.objects.filter(pk=actor_id).update(geocoding_attempts=actor.geocoding_attempts + 1)
    try:
        place = ask_service(geocoding_query(actor), actor.territory)
    except GeocoderUnavailable:
        status = Actor.Geocoding.FAILED if actor.geocoding_attempts + 1 >= MAX_ATTEMPTS else None
        if status:
            Actor.objects.filter(pk=actor_id).update(geocoding_status=status)
        raise
    if place is None:
        Actor.objects.filter(pk=actor_id).update(geocoding_status=Actor.Geocoding.NOT_FOUND)
        return Actor.Geocoding.NOT_FOUND
    status = Actor.Geocoding.OK if (place.score or 0) >= REVIEW_BELOW else Actor.Geocoding.REVIEW
    # Only the position fields: a concurrent edit of the card is not overwritten, and the
    # row is only touched while it still has no position.
    Actor.objects.filter(pk=actor_id, latitude__isnull=True).update(
        latitude=place.lat,
        longitude=place.lng,
        location=f"SRID=4326;POINT({place.lng} {place.lat})",
        geocoding_status=status,
        geocoding_score=place.score,
        geocoding_label=place.label[:255],
    )
    # An update() sends no signal: the map cell the actor lands in is refreshed here.
    refresh_cells(actor.territory_id, [cell_of(place.lat, place.lng)])
    bump_version()
    return status


def pending_actor_ids(limit: int = 500) -> list[int]:
    """Actors still owed a geocoding (queue lost, service down...)."""
    return list(
        Actor.objects.filter(
            latitude__isnull=True,
            geocoding_status__in=[Actor.Geocoding.PENDING, ""],
            geocoding_attempts__lt=MAX_ATTEMPTS,
        )
        .exclude(address="", postcode="", city="")
        .values_list("pk", flat=True)[:limit]
    )


# --- Celery tasks (found through ``actors.tasks``, named after it) ---------------------------


@shared_task(
    name="actors.tasks.geocode_actor",
    bind=True,
    acks_late=True,
    rate_limit="8/s",  # the national address API asks for moderation
    max_retries=4,
    default_retry_delay=60,
    time_limit=30,
    soft_time_limit=20,
)
def geocode_actor(self, actor_id: int) -> str:
    try:
        return actor_geocode(actor_id)
    except GeocoderUnavailable as exc:
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries) from exc


@shared_task(name="actors.tasks.geocode_pending_actors", acks_late=True, time_limit=120)
def geocode_pending_actors() -> int:
    """Periodic: queue the actors whose geocoding was lost or failed for a while."""
    ids = pending_actor_ids()
    for actor_id in ids:
        geocode_actor.delay(actor_id)
    return len(ids)


ADDRESS_FIELDS = {"address", "postcode", "city", "location"}


def _geocode_on_save(
    sender, instance: Actor, created: bool, update_fields=None, raw=False, **kwargs
):
    if raw or (update_fields and not ADDRESS_FIELDS & set(update_fields)):
        return
    if needs_geocoding(instance) and instance.geocoding_status != Actor.Geocoding.PENDING:
        actor_geocode_later(instance)


def connect() -> None:
    post_save.connect(_geocode_on_save, sender=Actor, dispatch_uid="actor-geocode-on-save")
