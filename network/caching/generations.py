"""Generation counters that key the page cache: bumping one orphans every page under it.

Three kinds of counters live in the shared cache, so every app server sees a bump at once:

- ``global``: every page of every site (network-wide content: library, themes, events,
  experiences, taxonomies, media, the network site's own pages);
- ``host:<hostname>``: the pages of one site (its pages, actors, settings);
- ``sites``: the list of sites itself (each process keeps a copy of the host names, to map
  an unknown host name to the default site as Wagtail does).

Features key their own caches the same way with a counter of their own (the actor map's
responses: ``actors.actor_map.MAP_GENERATION``), read with ``value`` and bumped with ``bump``.

A counter starts at the clock in milliseconds, not 1: if Redis loses it, the new generation
is above every earlier one and stale entries cannot come back. A bump that fails (Redis
away) is remembered by the process and retried on its next request, and page entries expire
after ``PAGE_CACHE_SECONDS`` anyway.
"""

import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

GLOBAL = "pagecache:gen:global"
SITES = "pagecache:gen:sites"
HOST = "pagecache:gen:host:{}"

_pending: set[str] = set()
_lock = threading.Lock()


def host_key(hostname: str) -> str:
    return HOST.format(hostname.lower())


def _fresh() -> int:
    return int(time.time() * 1000)


def _incr(key: str) -> bool:
    try:
        cache.incr(key)
        return True
    except ValueError:  # missing key (or cache away): start a fresh generation
        return bool(cache.add(key, _fresh(), timeout=None)) or _exists(key)


def _exists(key: str) -> bool:
    return cache.get(key) is not None


def _bump_now(keys: Iterable[str]) -> None:
    for key in keys:
        if not _incr(key):
            with _lock:
                _pending.add(key)
            logger.warning("Génération de cache %s non incrémentée : nouvel essai plus tard", key)


def bump(*keys: str) -> None:
    """Bump now, and again after the transaction commits: a request that read the old rows
    while the transaction was open cannot leave a stale entry under the new generation."""
    unique = tuple(dict.fromkeys(keys))
    _bump_now(unique)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _bump_now(unique))


def retry_pending() -> None:
    """Bumps that failed while the cache was away, retried once it answers again."""
    if not _pending:
        return
    with _lock:
        keys = list(_pending)
        _pending.clear()
    _bump_now(keys)


def value(key: str) -> int:
    """One counter's value, created when missing; 0 when the cache does not answer (callers
    then key by 0: entries are not shared with any live generation)."""
    values = current([key])
    return int(values[key]) if values else 0


def current(keys: list[str], extra: Iterable[str] = ()) -> dict[str, Any] | None:
    """The counters' values (created when missing) and the ``extra`` keys' values, read in
    one round trip; None when the cache does not answer."""
    values = cache.get_many([*keys, *extra])
    missing = [key for key in keys if key not in values]
    if missing:
        for key in missing:
            cache.add(key, _fresh(), timeout=None)
        values |= cache.get_many(missing)
        if any(key not in values for key in keys):
            return None
    return values
