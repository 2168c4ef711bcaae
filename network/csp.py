"""Content-Security-Policy: strict on the public sites, relaxed for the Wagtail admin.

Django's own support (``SECURE_CSP``) sends one policy for every response. Two kinds of
responses need another one, chosen here so views do not have to know about it:

- the Wagtail admin (``/admin/``) renders inline ``<script>`` blocks (inline panels, date
  widgets) and ``style`` attributes, and frames its own page previews;
- a page exempted from ``X-Frame-Options`` (the map's ``?embed=1`` variant, meant for
  partners' ``<iframe>``) may be framed by the origins of ``MAP_EMBED_FRAME_ANCESTORS``:
  ``frame-ancestors`` follows ``X-Frame-Options``, it never opens a page that one closes.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoCSPMiddleware
from django.utils.csp import CSP

ADMIN_PREFIX = "/admin/"


def tiles_origin(tiles_url: str) -> list[str]:
    """The origin a map tile URL template loads from (``{s}`` subdomains as a wildcard)."""
    parts = urlsplit(tiles_url)
    if not parts.scheme or not parts.hostname:
        return []
    host = parts.netloc.replace("{s}", "*")
    return [f"{parts.scheme}://{host}"]


def media_origins(
    bucket: str,
    custom_domain: str | None = None,
    endpoint_url: str | None = None,
    region: str | None = None,
) -> list[str]:
    """Where an S3-compatible bucket's files are served from, for ``img-src``."""
    if custom_domain:
        return [f"https://{custom_domain}"]
    if endpoint_url:
        # Path-style (endpoint/bucket/key) or virtual-hosted (bucket.endpoint/key).
        parts = urlsplit(endpoint_url)
        return [f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://*.{parts.netloc}"]
    hosts = [f"{bucket}.s3.amazonaws.com"]
    if region:
        hosts.append(f"{bucket}.s3.{region}.amazonaws.com")
    return [f"https://{host}" for host in hosts]


def public_policy(tiles_url: str) -> dict[str, list[str]]:
    """No inline script or style, nothing but our own files and the map tiles."""
    return {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF],
        # Leaflet positions its elements through element.style (CSSOM), which a policy
        # without 'unsafe-inline' allows; only style attributes in markup are refused.
        "style-src": [CSP.SELF],
        "img-src": [CSP.SELF, "data:", *tiles_origin(tiles_url)],
        "font-src": [CSP.SELF],
        "connect-src": [CSP.SELF],
        "object-src": [CSP.NONE],
        "base-uri": [CSP.SELF],
        "form-action": [CSP.SELF],
        "frame-ancestors": [CSP.NONE],
    }


def admin_policy(tiles_url: str) -> dict[str, list[str]]:
    """Wagtail 8's admin still needs inline scripts and styles; the rest stays closed."""
    return {
        **public_policy(tiles_url),
        "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        "img-src": [CSP.SELF, "data:", "blob:", *tiles_origin(tiles_url)],
        # Page previews are shown in an <iframe> of the editor.
        "frame-src": [CSP.SELF],
        "frame-ancestors": [CSP.SELF],
    }


def _framable(response: HttpResponse) -> bool:
    """An HTML page exempted from X-Frame-Options: by the view's decorator, or rebuilt from
    the page cache with the headers it had (then the decorator's mark is gone)."""
    if getattr(response, "xframe_options_exempt", False):
        return True
    return "X-Frame-Options" not in response and response.get("Content-Type", "").startswith(
        "text/html"
    )


class ContentSecurityPolicyMiddleware(DjangoCSPMiddleware):
    """Django's middleware, choosing the admin or the embed policy when they apply."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        # ``_csp_config`` is what Django's ``csp_override`` decorators set (not in its stubs).
        if not hasattr(response, "_csp_config"):
            if request.path.startswith(ADMIN_PREFIX):
                response._csp_config = settings.SECURE_CSP_ADMIN  # type: ignore[attr-defined]
            elif _framable(response):
                response._csp_config = {  # type: ignore[attr-defined]
                    **settings.SECURE_CSP,
                    "frame-ancestors": settings.MAP_EMBED_FRAME_ANCESTORS,
                }
        return super().process_response(request, response)
