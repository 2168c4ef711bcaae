from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Site

from library.models import LIBRARY_SLUG, LibraryIndexPage
from network.restrictions import public
from network.routing import ancestors_below_home

register = template.Library()


def menu_pages(request) -> list[Page]:
    """Live pages marked 'show in menus' directly under the site's home, and the shared
    library's home wherever it is (one query, kept on the request)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    cache = getattr(request, "_menu_pages", None)
    if cache is None:
        menu = Page.objects.child_of(site.root_page).in_menu() | Page.objects.exact_type(
            LibraryIndexPage
        ).filter(slug=LIBRARY_SLUG)
        cache = list(
            public(menu.live()).only("id", "title", "url_path", "path", "depth", "content_type")
        )
        request._menu_pages = cache
    return cache


# Served on every host (network and territories) by views rather than by the site's pages.
MAP_URL, LIBRARY_URL = "/carte/", f"/{LIBRARY_SLUG}/"


@register.simple_tag(takes_context=True)
def menu_sections(context):
    """The main menu: the actor map, the home's menu pages, then the shared library when it
    is published; each a dict (url or page, label, current)."""
    request = context.get("request")
    path = request.path if request else ""
    in_map, in_library = path.startswith(MAP_URL), path.startswith(LIBRARY_URL)
    page_path = getattr(context.get("page"), "path", "")
    library_type = ContentType.objects.get_for_model(LibraryIndexPage).pk
    items = [{"url": MAP_URL, "label": _("Carte des acteurs"), "current": in_map}]
    has_library = False
    for item in menu_pages(request):
        if item.content_type_id == library_type:
            has_library = True  # listed last, whatever its own menu setting
            continue
        current = page_path.startswith(item.path) and not (in_map or in_library)
        items.append({"page": item, "label": item.title, "current": current})
    if has_library:
        items.append({"url": LIBRARY_URL, "label": _("Bibliothèque"), "current": in_library})
    return items


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context, page):
    """The page's ancestors below its site's home, without a query when the page was routed
    through them (``network.routing``)."""
    return ancestors_below_home(context.get("request"), page)
