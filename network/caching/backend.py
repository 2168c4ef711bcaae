"""Django's Redis cache backend, made to degrade instead of failing when Redis is away.

A cache is an accelerator: when Redis is stopped or unreachable, reads answer "miss",
writes and deletions are skipped, and the error is logged (once per outage and process,
then every ``LOG_EVERY`` seconds), so public pages, sign-ups and the admin keep working
on the database alone. ``incr`` is the exception: it raises ``ValueError`` like a missing
key, which callers already treat as "start a new generation".
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

LOG_EVERY = 60.0


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django builds a ``redis.Redis`` object (and its table of ~170 response callbacks) on
    every operation; one per connection pool does (they are thread-safe), and saves about a
    millisecond of CPU per cached page."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    _last_logged = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _failed(self, operation: str, default=None):
        now = time.monotonic()
        if now - ResilientRedisCache._last_logged > LOG_EVERY:
            ResilientRedisCache._last_logged = now
            logger.warning(
                "Cache Redis indisponible (%s) : on continue sans lui", operation, exc_info=True
            )
        return default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except Exception:
            return self._failed("add", False)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except Exception:
            return self._failed("get", default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set(key, value, timeout, version)
        except Exception:
            return self._failed("set")

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except Exception:
            return self._failed("touch", False)

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except Exception:
            return self._failed("delete", False)

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except Exception:
            return self._failed("get_many", {})

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except Exception:
            return self._failed("has_key", False)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except ValueError:
            raise
        except Exception:
            self._failed("incr")
            raise ValueError(f"Clé {key!r} injoignable (cache indisponible)") from None

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except Exception:
            self._failed("set_many")
            return list(data)

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except Exception:
            return self._failed("delete_many")

    def clear(self):
        try:
            return super().clear()
        except Exception:
            return self._failed("clear", False)
