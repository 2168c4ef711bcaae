"""Production: every secret comes from the environment and HTTPS is assumed.

Every variable read here is listed in the README's configuration table and in
docs/deployment.md. ``manage.py check --deploy --fail-level WARNING`` passes (CI runs it).
"""

from typing import Any

from django.core.exceptions import ImproperlyConfigured

from network.csp import media_origins
from network.logging_json import json_logging

from .base import *  # noqa: F403
from .base import MIDDLEWARE, SECRET_KEY, SECURE_CSP, SECURE_CSP_ADMIN, STATIC_ROOT
from .env import LOG_LEVELS, env_bool, env_choice, env_int, env_secret, env_str

DEBUG = False
# SECRET_KEY, or SECRET_KEY_FILE for systemd credentials / container secrets.
SECRET_KEY = env_secret("SECRET_KEY") or SECRET_KEY
if not SECRET_KEY or SECRET_KEY.startswith("insecure-"):
    raise ImproperlyConfigured("SECRET_KEY doit être défini en production.")

# HTTPS. Behind a reverse proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER to the
# header it sets (usually X-Forwarded-Proto) - and make sure the proxy overwrites it, or
# any client could claim HTTPS. Unset: Django trusts only its own connection.
_proxy_header = env_str("SECURE_PROXY_SSL_HEADER")
if _proxy_header:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https")
# The visitor's address, as the proxy passes it (e.g. X-Real-IP set by nginx to
# $remote_addr): the sign-up form's rate limit counts per address, not per proxy.
_client_ip_header = env_str("CLIENT_IP_HEADER")
if _client_ip_header:
    SIGNUP_CLIENT_IP_META_KEY = "HTTP_" + _client_ip_header.upper().replace("-", "_")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe the app servers over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
# Territories live on subdomains of the platform's domain: they are HTTPS too.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Request ids in the logs (and in an X-Request-ID response header), JSON lines on stdout.
MIDDLEWARE = ["network.logging_json.RequestIDMiddleware", *MIDDLEWARE]
LOGGING = json_logging(env_choice("LOG_LEVEL", "INFO", LOG_LEVELS))
# Celery workers and beat log through the same JSON configuration.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# Retention of what the daily clean-up task deletes (network/cleanup.py).
IMPORT_FILE_RETENTION_DAYS = env_int("IMPORT_FILE_RETENTION_DAYS", 30)
NOTIFICATION_RETENTION_DAYS = env_int("NOTIFICATION_RETENTION_DAYS", 90)

# Static files: hashed, compressed names served by whitenoise (collectstatic first).
STATIC_ROOT = env_str("STATIC_ROOT") or STATIC_ROOT
_STATICFILES = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# Media: the local disk (MEDIA_ROOT, to share between app servers: NFS or similar), or any
# S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    _MEDIA: dict[str, Any] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "access_key": env_secret("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env_secret("AWS_SECRET_ACCESS_KEY") or None,
            # Public media (images on public pages) get stable, cacheable URLs; cached
            # pages would otherwise hold signed URLs that expire.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "file_overwrite": False,
            "location": env_str("AWS_LOCATION", ""),
        },
    }
    # Documents go through Wagtail's view, which checks collection privacy first.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    # Images are shown from the bucket: the Content-Security-Policy must allow its origin.
    _media_origins = media_origins(
        AWS_STORAGE_BUCKET_NAME,
        _MEDIA["OPTIONS"]["custom_domain"],
        _MEDIA["OPTIONS"]["endpoint_url"],
        _MEDIA["OPTIONS"]["region_name"],
    )
    SECURE_CSP = {**SECURE_CSP, "img-src": [*SECURE_CSP["img-src"], *_media_origins]}
    SECURE_CSP_ADMIN = {
        **SECURE_CSP_ADMIN,
        "img-src": [*SECURE_CSP_ADMIN["img-src"], *_media_origins],
    }
else:
    _MEDIA = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {"default": _MEDIA, "staticfiles": _STATICFILES}
