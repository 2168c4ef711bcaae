"""Invalidate the cached map responses when anything they show changes.

The cached responses are keyed by a version number (``actor_map.cache_version``); bumping it
orphans them all at once (they expire after ``CACHE_TIMEOUT``). Bumped now, and again after
the transaction commits: a request that read the old rows while the transaction was open
cannot leave a stale entry under the new version.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Site
from wagtail.signals import published, unpublished

from network.models import Theme

from . import actor_map
from .models import Actor, ActorKind, Commune, Offer, Territory

DISPATCH = "territories.actor_map.invalidate"


def invalidate(**kwargs):
    actor_map.bump_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(actor_map.bump_version)


def connect():
    # Publishing, unpublishing, and any save or deletion of an actor (a draft save rewrites
    # the row too: an extra invalidation is cheaper than a missed one).
    signals = {"published": published, "unpublished": unpublished}
    signals |= {"post_save": post_save, "post_delete": post_delete}
    for name, signal in signals.items():
        signal.connect(invalidate, sender=Actor, dispatch_uid=f"{DISPATCH}.actor.{name}")
    for through in (Actor.themes.through, Actor.offers.through):
        uid = f"{DISPATCH}.{through._meta.label}"
        m2m_changed.connect(invalidate, sender=through, dispatch_uid=uid)
    # Labels, territory slugs, site URLs and communes (the default extent) are in responses.
    for model in (ActorKind, Offer, Theme, Territory, Site, Commune):
        for name in ("post_save", "post_delete"):
            uid = f"{DISPATCH}.{model._meta.label}.{name}"
            signals[name].connect(invalidate, sender=model, dispatch_uid=uid)
