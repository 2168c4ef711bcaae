from .base import *  # noqa: F403
from .base import REDIS_URL
from .env import env_bool, env_int

DEBUG = env_bool("DEBUG", True)
SITE_PORT = env_int("SITE_PORT", 8000)

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The site's own French 404 and 500 pages, not Django's technical ones (network/error_pages.py).
# First in the list, so its process_exception is called last.
MIDDLEWARE = ["network.error_pages.OwnErrorPagesMiddleware", *MIDDLEWARE]  # noqa: F405

# Without Redis, an admin import runs in a thread of the dev server: the upload answers at
# once and the import page shows the rows going by (actors/import_runs.py).
ACTOR_IMPORT_IN_THREAD = not REDIS_URL
