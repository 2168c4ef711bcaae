"""The Redis cache's ``clear`` empties its own keys only: the broker's queued tasks and the
keys of another prefix (another site sharing the Redis, another test worker) stay."""

import os

import pytest

from django.conf import settings

from network.caching.backend import CLEAR_BATCH, ResilientRedisCache

pytestmark = pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL (CI sets it)")


def cache_with_prefix(prefix: str) -> ResilientRedisCache:
    return ResilientRedisCache(settings.REDIS_URL, {"KEY_PREFIX": prefix})


def test_clear_keeps_the_queue_and_other_prefixes():
    mine = cache_with_prefix(f"clear-test-{os.getpid()}*[x]")  # glob characters are literal
    sibling = cache_with_prefix(f"clear-test-{os.getpid()}")
    other = cache_with_prefix(f"clear-test-{os.getpid()}-other")
    raw = mine._cache.get_client(write=True)
    queue = f"clear-test-queue-{os.getpid()}"
    try:
        mine.set_many({f"k{n}": n for n in range(CLEAR_BATCH + 5)})  # more than one batch
        sibling.set("kept", "sibling")
        other.set("kept", "other")
        raw.lpush(queue, "a queued task")

        mine.clear()

        assert mine.get_many([f"k{n}" for n in range(CLEAR_BATCH + 5)]) == {}
        assert sibling.get("kept") == "sibling"
        assert other.get("kept") == "other"
        assert raw.lrange(queue, 0, -1) == [b"a queued task"]
    finally:
        raw.delete(queue)
        sibling.clear()
        other.clear()
    assert sibling.get("kept") is None and other.get("kept") is None
