"""Technical endpoints of the platform."""

import time
from typing import Any

from kombu import Connection

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control, never_cache

from wagtail.models import Site

from .models import SiteIdentity


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _check_cache() -> str:
    key = "healthz:probe"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("cache read-back failed")
    return "ok"


def _check_broker() -> str:
    if not settings.REDIS_URL:
        return "in-process"
    with Connection(settings.CELERY_BROKER_URL, connect_timeout=2) as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """JSON state of the database, cache and broker: 200 when all answer, 503 otherwise."""
    checks: dict[str, dict[str, Any]] = {}
    healthy = True
    for name, check in (
        ("database", _check_database),
        ("cache", _check_cache),
        ("broker", _check_broker),
    ):
        started = time.monotonic()
        try:
            status = check()
        except Exception as exc:  # any failure is reported, never raised
            healthy = False
            checks[name] = {"status": "error", "error": exc.__class__.__name__}
        else:
            checks[name] = {"status": status}
        checks[name]["ms"] = round((time.monotonic() - started) * 1000, 1)
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503
    )


@cache_control(public=True, max_age=300)
def site_theme(request: HttpRequest) -> HttpResponse:
    """The site's colours as CSS custom properties: a stylesheet, so no inline style is needed."""
    site = Site.find_for_request(request)
    colour = SiteIdentity.for_site(site).main_colour if site else "#1d4e89"
    css = f":root {{ --brand: {colour}; --brand-text: #ffffff; }}\n"
    return HttpResponse(css, content_type="text/css; charset=utf-8")
