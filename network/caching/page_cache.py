"""Whole public pages cached in the shared cache (Redis) for anonymous visitors.

Why our own middleware rather than wagtail-cache or Django's per-site cache: both key
entries on the URL only and invalidate by clearing everything (wagtail-cache) or not at all
(Django's ``UpdateCacheMiddleware``); the platform needs per-site invalidation that every
app server sees at once, so entries are keyed by generation counters held in the same
Redis (``generations``), bumped by ``invalidation`` when something a site shows changes.
The middleware is ~100 lines and needs no new dependency.

A request is looked up only when it is a GET or HEAD without a session, a messages cookie
or credentials, outside the admin, the documents and the forms (``PAGE_CACHE_EXCLUDE``).
A response is stored only when it is a complete 200 that sets no cookie, used no CSRF token,
did not touch the session, and does not say ``private``/``no-cache``/``no-store``. Editors
are logged in (session cookie), and previews live under ``/admin/``: neither is ever cached.
A hit costs one cache round trip (generations and entry together) and no SQL query.
"""

import hashlib
from collections.abc import Callable
from typing import Any, TypedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from wagtail.models import Site

from . import generations

HEADER = "X-Page-Cache"
MAX_QUERY_STRING = 512
MAX_SIZE = 2 * 1024 * 1024
UNCACHEABLE = ("private", "no-cache", "no-store", "max-age=0")

# (generations it was stored under, status, headers, content)
type Entry = tuple[tuple[Any, Any], int, list[tuple[str, str]], bytes]


class _Sites(TypedDict):
    version: Any  # the ``sites`` generation they were read under
    hosts: frozenset[str]
    default: str


_sites: _Sites = {"version": None, "hosts": frozenset(), "default": ""}


def _site_hosts(version: Any) -> tuple[frozenset[str], str]:
    """Host names of the sites, refreshed when the ``sites`` generation moves."""
    if _sites["version"] != version:
        rows = list(Site.objects.values_list("hostname", "is_default_site"))
        _sites["hosts"] = frozenset(hostname.lower() for hostname, _ in rows)
        _sites["default"] = next((h.lower() for h, default in rows if default), "")
        _sites["version"] = version
    return _sites["hosts"], _sites["default"]


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
        return False
    if request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDE)):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING


def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in UNCACHEABLE):
        return False
    if response.get("Vary", "").strip() == "*":
        return False
    return len(response.content) <= MAX_SIZE


def _entry_key(request: HttpRequest) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "pagecache:page:" + hashlib.sha256(url.encode()).hexdigest()


def _lookup(request: HttpRequest) -> tuple[str, tuple[Any, Any], Entry | None] | None:
    """(entry key, current generations, entry or None) in one cache round trip; None when
    the cache does not answer. An entry is valid only under the generations it was stored
    with, so a bump on any server orphans it at once."""
    hostname = request.get_host().rsplit(":", 1)[0].lower()  # validates ALLOWED_HOSTS
    generations.retry_pending()
    key = _entry_key(request)
    for _ in range(2):
        version, hosts, default = _sites["version"], _sites["hosts"], _sites["default"]
        # Wagtail serves the default site on unknown host names.
        host_key = generations.host_key(hostname if hostname in hosts else default)
        keys = [generations.GLOBAL, generations.SITES, host_key]
        values = generations.current(keys, extra=[key])
        if values is None:
            return None
        if values[generations.SITES] == version:
            break
        _site_hosts(values[generations.SITES])  # the sites changed: map the host again
    assert values is not None
    gens = (values[generations.GLOBAL], values[host_key])
    entry: Entry | None = values.get(key)
    if entry is not None and entry[0] != gens:
        entry = None
    return key, gens, entry


def _response_from(entry: Entry, request: HttpRequest) -> HttpResponse:
    _, status, headers, content = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers[HEADER] = "hit"
    return response


class PageCacheMiddleware:
    """Placed right after whitenoise: a hit skips sessions, CSRF, auth and Wagtail."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        found = _lookup(request) if _cacheable_request(request) else None
        if found is not None and found[2] is not None:
            return _response_from(found[2], request)
        response = self.get_response(request)
        if found is None:
            return response
        key, gens, _ = found
        if request.method == "GET" and _cacheable_response(request, response):
            headers = [(k, v) for k, v in response.items() if k.lower() != "set-cookie"]
            entry: Entry = (gens, response.status_code, headers, response.content)
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            response.headers[HEADER] = "miss"
        else:
            response.headers[HEADER] = "pass"
        return response
