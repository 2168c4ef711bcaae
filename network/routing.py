"""Wagtail's page routing with one query for the whole path.

Wagtail walks the URL one segment at a time: the site's root page made specific, then for
each segment its child (one query) made specific (another), so an experience costs five
queries before its own. Here the pages along the path are read at once (by slug and
``url_path`` under the site's root) and only the last one is made specific. A page type with
its own routing (``RoutablePageMixin`` indexes and their sub-routes such as ``flux-rss/``)
is given the rest of the path, as Wagtail would.

The pages read on the way are kept on the request (``route_chain``), so the breadcrumbs do
not read the ancestors again.
"""

from typing import TYPE_CHECKING

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

if TYPE_CHECKING:
    from wagtail.url_routing import RouteResult


def _routes(page: Page, rest: list[str]) -> bool:
    """Whether ``page`` routes ``rest`` itself rather than handing it to its children: a
    routable page whose sub-routes match it (live only, as ``RoutablePageMixin.route``), or a
    page type with a routing of its own that this module does not know."""
    model = page.specific_class
    if model is None or model.route is Page.route:
        return False
    if issubclass(model, RoutablePageMixin) and model.route is RoutablePageMixin.route:
        if not page.live:
            return False
        try:
            model.get_resolver().resolve("/" + "".join(f"{part}/" for part in rest))
        except Http404:
            return False
    return True


def route(request: HttpRequest, path: str) -> "RouteResult | None":
    """Wagtail's ``RouteResult`` for ``path`` on the request's site, or None (404)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    components = [component for component in path.split("/") if component]
    # Kept on the request for the breadcrumbs (an attribute of ours: not in Django's stubs).
    request.route_chain = [root]  # type: ignore[attr-defined]
    if not components or _routes(root, components):
        return root.specific.route(request, components)
    prefixes = [
        root.url_path + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            path__startswith=root.path, slug__in=set(components), url_path__in=prefixes
        )
    }
    chain = [root]
    for n, prefix in enumerate(prefixes, start=1):
        page = found.get(prefix)
        if page is None or page.depth != chain[-1].depth + 1:
            break
        page._cached_parent_obj = chain[-1]
        chain.append(page)
        if n < len(components) and _routes(page, components[n:]):
            break  # it routes what follows itself (a sub-route such as flux-rss/)
    request.route_chain = chain  # type: ignore[attr-defined]
    return chain[-1].specific.route(request, components[len(chain) - 1 :])


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's ``serve`` (hooks, view restrictions, ``Page.serve``) on this routing; with
    Wagtail's localisation on, its own routing (the root page's translation comes first)."""
    if settings.WAGTAIL_I18N_ENABLED:
        return wagtail_serve(request, path)  # type: ignore[no-any-return]  # Wagtail is untyped
    # Wagtail's own cache of the route on the request (``Page.route_for_request``).
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = route(request, path)  # type: ignore[attr-defined]
        except Http404:
            request._wagtail_route_for_request = None  # type: ignore[attr-defined]
    return wagtail_serve(request, path)  # type: ignore[no-any-return]


def ancestors_below_home(request: HttpRequest | None, page: Page) -> list[Page]:
    """The page's ancestors under its site's home page (the breadcrumbs), from the route when
    it passed through them, else in one query."""
    chain = getattr(request, "route_chain", None) if request is not None else None
    if chain and page.path and any(p.pk == page.pk for p in chain):
        return [p for p in chain if p.depth >= 3 and p.depth < page.depth]
    if not page.path:
        return []
    return list(page.get_ancestors().filter(depth__gte=3))
