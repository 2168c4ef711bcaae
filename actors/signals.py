"""Invalidate the cached map responses when anything they show changes.

The cached responses are keyed by a generation counter (``actor_map.cache_version``, the page
cache's scheme of ``network.caching.generations``); bumping it orphans them all at once (they
expire after ``CACHE_TIMEOUT``).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from wagtail.models import Site
from wagtail.signals import published, unpublished

from actors.models import Actor, ActorKind, NeedKind, Offer
from network.models import Theme
from territories.models import Commune, Territory

from . import actor_map, actor_map_cells

DISPATCH = "actors.actor_map.invalidate"


def invalidate(**kwargs):
    actor_map.bump_version()


# What the map cells hold of an actor: where it was before a save, to refresh that cell too.
CELL_FIELDS = ("territory_id", "kind_id", "live", "latitude", "longitude")


def remember_cell(sender, instance, raw=False, **kwargs):
    instance._map_cell_before = None
    if raw or instance.pk is None:
        return
    instance._map_cell_before = (
        Actor.objects.filter(pk=instance.pk).values_list(*CELL_FIELDS).first()
    )


def refresh_cells_after_save(sender, instance, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_map_cell_before", None)
    after = tuple(getattr(instance, name) for name in CELL_FIELDS)
    if before == after:  # a draft saved, a contact changed: the cells are unchanged
        return
    _refresh(before)
    _refresh(after)


def refresh_cells_after_delete(sender, instance, **kwargs):
    _refresh(tuple(getattr(instance, name) for name in CELL_FIELDS))


def _refresh(state) -> None:
    if state is None:
        return
    territory_id, _kind, _live, latitude, longitude = state
    actor_map_cells.refresh_cells(territory_id, [actor_map_cells.cell_of(latitude, longitude)])


def connect() -> None:
    # Map cells first: they are rewritten in the saving transaction, before its commit
    # bumps the cache version below.
    cells = f"{DISPATCH}.cells"
    pre_save.connect(remember_cell, sender=Actor, dispatch_uid=f"{cells}.pre_save")
    post_save.connect(refresh_cells_after_save, sender=Actor, dispatch_uid=f"{cells}.post_save")
    post_delete.connect(
        refresh_cells_after_delete, sender=Actor, dispatch_uid=f"{cells}.post_delete"
    )

    # Publishing, unpublishing, and any save or deletion of an actor (a draft save rewrites
    # the row too: an extra invalidation is cheaper than a missed one).
    signals = {"published": published, "unpublished": unpublished}
    signals |= {"post_save": post_save, "post_delete": post_delete}
    for name, signal in signals.items():
        signal.connect(invalidate, sender=Actor, dispatch_uid=f"{DISPATCH}.actor.{name}")
    for through in (Actor.themes.through, Actor.offers.through, Actor.seeks.through):
        uid = f"{DISPATCH}.{through._meta.label}"
        m2m_changed.connect(invalidate, sender=through, dispatch_uid=uid)
    # Labels, territory slugs, site URLs and communes (the default extent) are in responses.
    for model in (ActorKind, Offer, NeedKind, Theme, Territory, Site, Commune):
        for name in ("post_save", "post_delete"):
            uid = f"{DISPATCH}.{model._meta.label}.{name}"
            signals[name].connect(invalidate, sender=model, dispatch_uid=uid)
