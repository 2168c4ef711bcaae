from .base import *  # noqa: F403
from .base import BASE_DIR

# Fast hashing and an in-memory outbox: tests read mail.outbox.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
MAP_TILES_URL = ""
GEO_WIDGET_LEAFLET_TILE_LAYER = ""
