"""Settings shared by every environment. Environment variables are read through ``env``."""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab

from network.csp import admin_policy, public_policy

from .env import LOG_LEVELS, env_bool, env_choice, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "insecure-demo-key-change-me-0123456789-abcdefghijklmnop")
DEBUG = env_bool("DEBUG", False)
# The platform's own domain: territories live on <slug>.<BASE_DOMAIN>.
BASE_DOMAIN = env_str("BASE_DOMAIN", "localhost")
# Port written in the Site records (links on the demo carry :8000).
SITE_PORT = env_int("SITE_PORT", 80)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", f"{BASE_DOMAIN},.{BASE_DOMAIN},127.0.0.1")

INSTALLED_APPS = [
    "network",
    "territories",
    "actors",
    "experiences",
    "projects",
    "library",
    "events",
    "search",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailgeowidget",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "network.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "network.caching.page_cache.PageCacheMiddleware",
    "network.restrictions.RequestRestrictionsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "territories.admin_scope.AdminScopeMiddleware",
    # Tells a reviewer where a write-up is after their approval (the next step, or live).
    "experiences.workflow_messages.WorkflowStepMessageMiddleware",
    # Last: its process_exception answers a refused parameter before the others see it.
    "network.params.ParameterMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "territories.context_processors.platform",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
    # JIT compilation pays off on long analytical queries; on a web request's statement of
    # a few milliseconds it adds 20-30 ms of compiling whenever the planner's estimate
    # crosses jit_above_cost (seen on the experience facets). DATABASE_JIT=1 turns it back on.
    if not env_bool("DATABASE_JIT", False):
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis is optional: without it the cache is local memory and Celery runs tasks in-process.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis backend that degrades to "miss" when Redis is away.
            "BACKEND": "network.caching.backend.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "catalyseurs"),
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous page cache (network/caching): seconds an entry lives (0 turns it off), and the
# paths never cached (admin, documents, forms, health check).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_EXCLUDE = ["/admin/", "/documents/", "/healthz", "/rejoindre/", "/static/", "/media/"]
# A CDN or reverse proxy in front: Wagtail purges a page's URL when it is published.
# FRONTEND_CACHE_PURGE_URL: an HTTP PURGE endpoint (Varnish, nginx...);
# CLOUDFLARE_ZONEID + CLOUDFLARE_BEARER_TOKEN: Cloudflare. Off when unset.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if env_str("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONEID"),
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
# Without a broker, run an admin import in a thread of the web process, so the upload
# answers at once and its page shows the progress (actors/import_runs.py): `make run` does
# (config/settings/dev.py); elsewhere a run without a broker stays in the upload's request.
ACTOR_IMPORT_IN_THREAD = False
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "catalyseurs")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TIMEZONE = "Europe/Paris"
CELERY_BEAT_SCHEDULE = {
    # The outbox: owed e-mails and tasks the broker could not take (network/outbox.py).
    "deliver-owed": {"task": "network.tasks.deliver_owed", "schedule": 60.0},
    "geocode-pending-actors": {
        "task": "actors.tasks.geocode_pending_actors",
        "schedule": 600.0,
    },
    "requeue-pending-imports": {"task": "actors.tasks.requeue_pending_imports", "schedule": 600.0},
    # A month after an introduction, its parties are asked what came of it.
    "introduction-follow-ups": {
        "task": "projects.tasks.send_introduction_follow_ups",
        "schedule": 3600.0,
    },
    # The weekly digest of new needs to the actors who opted in (projects/digest.py).
    "weekly-needs-digest": {
        "task": "projects.tasks.send_weekly_digests",
        "schedule": crontab(day_of_week="monday", hour=7, minute=0),
    },
}

# Wagtail's own background work (search and reference index updates) goes through
# django-tasks; with Redis it is handed to Celery, without it runs in-process.
TASKS = {
    "default": {
        "BACKEND": (
            "network.task_backends.CeleryTaskBackend"
            if REDIS_URL
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT: Path | str = BASE_DIR / "var" / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Outgoing mail (Django's MAILERS). Without EMAIL_HOST, messages are printed to the console.
_email_host = env_str("EMAIL_HOST")
if _email_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _email_host,
                "port": env_int("EMAIL_PORT", 587),
                "username": env_str("EMAIL_HOST_USER") or None,
                "password": env_str("EMAIL_HOST_PASSWORD") or None,
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Réseau des catalyseurs <ne-pas-repondre@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "Réseau des catalyseurs territoriaux"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", f"http://{BASE_DOMAIN}:8000")
WAGTAIL_I18N_ENABLED = False
# Slugs without accents (« forum-des-metiers »): French addresses that stay readable when
# copied, printed or typed, instead of « forum-des-m%C3%A9tiers ».
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_USAGE_COUNT_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # French stemming, accent-insensitive: a copy of PostgreSQL's ``french`` configuration
    # with ``unaccent`` before the French stemmer (created by migration network.0004).
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "french_unaccent"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Map tiles: a URL template. Empty means no background tiles (fully offline).
MAP_TILES_URL = env_str("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env_str(
    "MAP_TILES_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">contributeurs OpenStreetMap</a>',
)
# Content-Security-Policy (Django's own), on in every environment so tests catch violations:
# strict for the public sites, relaxed for the admin (network/csp.py, docs/deployment.md).
SECURE_CSP = public_policy(MAP_TILES_URL)
SECURE_CSP_ADMIN = admin_policy(MAP_TILES_URL)
# Who may frame the map's ?embed=1 variant: "*" (any partner site) or a list of origins.
MAP_EMBED_FRAME_ANCESTORS = env_list("MAP_EMBED_FRAME_ANCESTORS", "*")
# No Gravatar in the admin: no third-party image host, no editor's e-mail hash sent out.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
GEOCODER_URL = env_str("GEOCODER_URL", "https://api-adresse.data.gouv.fr/search/")
GEO_WIDGET_DEFAULT_LOCATION = {"lat": 46.6, "lng": 2.4}
GEO_WIDGET_ZOOM = 6
GEO_WIDGET_LEAFLET_TILE_LAYER = MAP_TILES_URL
GEO_WIDGET_LEAFLET_TILE_LAYER_OPTIONS = {"attribution": MAP_TILES_ATTRIBUTION}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_choice("LOG_LEVEL", "INFO", LOG_LEVELS)},
}
