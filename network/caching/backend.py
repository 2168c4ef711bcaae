"""Django's Redis cache backend, made to degrade instead of failing when Redis is away.

A cache is an accelerator: when Redis is stopped or unreachable, reads answer "miss",
writes and deletions are skipped, and the error is logged (once per outage and process,
then every ``LOG_EVERY`` seconds), so public pages, sign-ups and the admin keep working
on the database alone. ``incr`` is the exception: it raises ``ValueError`` like a missing
key, which callers already treat as "start a new generation".

``clear`` deletes this cache's keys only (its ``KEY_PREFIX``): Django's would empty the whole
Redis database, Celery's queued tasks with it (the broker shares that Redis).
"""

import logging
import re
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

if TYPE_CHECKING:
    from redis import ConnectionPool, Redis

logger = logging.getLogger(__name__)

LOG_EVERY = 60.0
CLEAR_BATCH = 1000


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django builds a ``redis.Redis`` object (and its table of ~170 response callbacks) on
    every operation; one per connection pool does (they are thread-safe), and saves about a
    millisecond of CPU per cached page."""

    if TYPE_CHECKING:  # Django's private members, absent from its stubs

        def _get_connection_pool(self, write: bool) -> ConnectionPool: ...

        _client: type[Redis]

    def get_client(
        self, key: str | bytes | memoryview | None = None, *, write: bool = False
    ) -> "Redis":
        pool = self._get_connection_pool(write)
        clients: dict[int, Redis] = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    _last_logged = 0.0

    def __init__(self, server: str | list[str], params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _failed[T](self, operation: str, default: T) -> T:
        now = time.monotonic()
        if now - ResilientRedisCache._last_logged > LOG_EVERY:
            ResilientRedisCache._last_logged = now
            logger.warning(
                "Cache Redis indisponible (%s) : on continue sans lui", operation, exc_info=True
            )
        return default

    def add(
        self,
        key: Any,
        value: Any,
        timeout: float | None = DEFAULT_TIMEOUT,
        version: int | None = None,
    ) -> bool:
        try:
            return super().add(key, value, timeout, version)
        except Exception:
            return self._failed("add", False)

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        try:
            return super().get(key, default, version)
        except Exception:
            return self._failed("get", default)

    def set(
        self,
        key: Any,
        value: Any,
        timeout: float | None = DEFAULT_TIMEOUT,
        version: int | None = None,
    ) -> None:
        try:
            return super().set(key, value, timeout, version)
        except Exception:
            return self._failed("set", None)

    def touch(
        self, key: Any, timeout: float | None = DEFAULT_TIMEOUT, version: int | None = None
    ) -> bool:
        try:
            return super().touch(key, timeout, version)
        except Exception:
            return self._failed("touch", False)

    def delete(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().delete(key, version)
        except Exception:
            return self._failed("delete", False)

    def get_many(self, keys: Iterable[Any], version: int | None = None) -> dict[Any, Any]:
        try:
            return super().get_many(keys, version)
        except Exception:
            return self._failed("get_many", {})

    def has_key(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().has_key(key, version)
        except Exception:
            return self._failed("has_key", False)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        try:
            return super().incr(key, delta, version)
        except ValueError:
            raise
        except Exception:
            self._failed("incr", None)
            raise ValueError(f"Clé {key!r} injoignable (cache indisponible)") from None

    def set_many(
        self,
        data: dict[Any, Any],
        timeout: float | None = DEFAULT_TIMEOUT,
        version: int | None = None,
    ) -> list[Any]:
        try:
            return super().set_many(data, timeout, version)
        except Exception:
            self._failed("set_many", None)
            return list(data)

    def delete_many(self, keys: Iterable[Any], version: int | None = None) -> None:
        try:
            return super().delete_many(keys, version)
        except Exception:
            return self._failed("delete_many", None)

    def clear(self) -> None:
        # Every key Django makes is "<prefix>:<version>:<key>"; glob characters escaped.
        pattern = re.sub(r"([*?\[\]\\])", r"\\\1", self.key_prefix) + ":*"
        try:
            client = self._cache.get_client(write=True)
            batch = []
            for key in client.scan_iter(match=pattern, count=CLEAR_BATCH):
                batch.append(key)
                if len(batch) == CLEAR_BATCH:
                    client.delete(*batch)
                    batch = []
            if batch:
                client.delete(*batch)
        except Exception:
            return self._failed("clear", None)
