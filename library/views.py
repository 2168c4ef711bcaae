"""``/bibliotheque/...`` on every host: the network's library pages, in the host's branding.

On the network site the pages are Wagtail's own; on a territory site the same page (no copy)
is rendered with that site's identity and a canonical link to the network URL.
"""

from django.http import Http404
from django.template.response import TemplateResponse

from wagtail.models import Page, Site

from network.restrictions import public
from network.routing import serve

from .models import LIBRARY_SLUG, LibraryIndexPage


def network_site(request=None) -> Site | None:
    """The network's site (the default one): the request's own when it is on the network
    host, else read once per request."""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and site.is_default_site:
        return site
    if request is not None and hasattr(request, "_network_site"):
        return request._network_site
    network = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if request is not None:
        request._network_site = network
    return network


def library_page(request, path: str = ""):
    site = Site.find_for_request(request)
    network = network_site(request)
    if site is None or network is None:
        raise Http404
    if site.pk == network.pk:
        return serve(request, f"{LIBRARY_SLUG}/{path}")
    page = _territory_copy(network, path)
    if page is None:
        raise Http404
    context = page.get_context(request)
    context["canonical_url"] = page.get_full_url()
    context["on_territory_copy"] = True
    return TemplateResponse(request, page.get_template(request), context)


def _territory_copy(network, path: str):
    """The live, public library page at ``path`` under the network's library index, made
    specific: the index and the page in one query, then the page's own row."""
    root = network.root_page
    index_url = f"{root.url_path}{LIBRARY_SLUG}/"
    path = path.strip("/")
    url_path = f"{index_url}{path}/" if path else index_url
    found = public(
        Page.objects.live().filter(path__startswith=root.path, url_path__in={index_url, url_path})
    )
    by_url = {page.url_path: page for page in found}
    index, page = by_url.get(index_url), by_url.get(url_path)
    if index is None or page is None or index.depth != root.depth + 1:
        return None
    if not issubclass(index.specific_class or Page, LibraryIndexPage):
        return None
    return page.specific


def library_href(page) -> str:
    """Host-relative URL of a library page: valid on the network and every territory."""
    marker = f"/{LIBRARY_SLUG}/"
    url_path = page.url_path or ""
    position = url_path.find(marker)
    if position < 0:
        return page.url or "#"
    return url_path[position:]
