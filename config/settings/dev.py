from .base import *  # noqa: F403
from .env import env_bool, env_int

DEBUG = env_bool("DEBUG", True)
SITE_PORT = env_int("SITE_PORT", 8000)

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
