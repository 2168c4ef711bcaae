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


def network_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def library_index() -> LibraryIndexPage | None:
    site = network_site()
    if site is None:
        return None
    return public(LibraryIndexPage.objects.live().child_of(site.root_page)).first()


def library_page(request, path: str = ""):
    site = Site.find_for_request(request)
    network = network_site()
    if site is None or network is None:
        raise Http404
    if site.pk == network.pk:
        return serve(request, f"{LIBRARY_SLUG}/{path}")
    index = library_index()
    if index is None:
        raise Http404
    url_path = index.url_path + path.strip("/") + ("/" if path.strip("/") else "")
    pages = Page.objects.live().descendant_of(index, inclusive=True).filter(url_path=url_path)
    page = public(pages).first()
    if page is None:
        raise Http404
    page = page.specific
    context = page.get_context(request)
    context["canonical_url"] = page.get_full_url()
    context["on_territory_copy"] = True
    return TemplateResponse(request, page.get_template(request), context)


def library_href(page) -> str:
    """Host-relative URL of a library page: valid on the network and every territory."""
    marker = f"/{LIBRARY_SLUG}/"
    url_path = page.url_path or ""
    position = url_path.find(marker)
    if position < 0:
        return page.url or "#"
    return url_path[position:]
