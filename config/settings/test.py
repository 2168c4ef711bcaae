from .base import *  # noqa: F403
from .base import BASE_DIR

# Fast hashing and an in-memory outbox: tests read mail.outbox.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
MAP_TILES_URL = ""
GEO_WIDGET_LEAFLET_TILE_LAYER = ""

# Parallel test workers share one Redis: keep their keys and queues apart.
import os  # noqa: E402

from .base import CACHES, DATABASES, REDIS_URL  # noqa: E402

_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = f"test-{_WORKER}"
CELERY_TASK_DEFAULT_QUEUE = f"test-{_WORKER}"

# Test data is thrown away: PostgreSQL need not wait for the disk at each commit (the suite
# commits and flushes often, in transactional and browser tests).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()

# The anonymous page cache outlives a test's rollback: off unless a test turns it on.
PAGE_CACHE_SECONDS = 0

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Tests never reach the national address API: a closed local port fails at once, and the
# geocoding tests point this at their own stub server.
GEOCODER_URL = "http://127.0.0.1:9/search/"
GEOCODER_TIMEOUT = 1
