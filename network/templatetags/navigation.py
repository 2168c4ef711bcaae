from typing import Any

from django import template
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest

from wagtail.models import Page, Site

from network.menu import SECTIONS, MenuSection
from network.restrictions import public
from network.routing import ancestors_below_home

register = template.Library()


def menu_pages(request: HttpRequest | None) -> list[Page]:
    """Live pages marked 'show in menus' directly under the site's home, and the homes of
    the registered sections wherever they are (one query, kept on the request)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    cache = getattr(request, "_menu_pages", None)
    if cache is None:
        menu = Page.objects.child_of(site.root_page).in_menu()
        for section in SECTIONS:
            if section.page_type is not None:
                menu |= Page.objects.exact_type(section.page_type).filter(slug=section.slug)
        cache = list(
            public(menu.live()).only("id", "title", "url_path", "path", "depth", "content_type")
        )
        request._menu_pages = cache  # type: ignore[union-attr]  # our per-request cache
    return cache


@register.simple_tag(takes_context=True)
def menu_sections(context: template.Context) -> list[dict[str, Any]]:
    """The main menu: the first sections (the actor map), the home's menu pages, then the
    last sections (the shared library, when published); each a dict (url or page, label,
    current)."""
    request = context.get("request")
    path = request.path if request else ""
    in_section = any(path.startswith(section.url) for section in SECTIONS)
    page_path = getattr(context.get("page"), "path", "")
    homes = {
        ContentType.objects.get_for_model(section.page_type).pk: section
        for section in SECTIONS
        if section.page_type is not None
    }
    published: set[MenuSection] = set()
    pages: list[dict[str, Any]] = []
    for item in menu_pages(request):
        if item.content_type_id in homes:
            published.add(homes[item.content_type_id])  # placed by its section
            continue
        current = page_path.startswith(item.path) and not in_section
        pages.append({"page": item, "label": item.title, "current": current})

    on_network = not context.get("current_territory")

    def entries(first: bool) -> list[dict[str, Any]]:
        return [
            {"url": s.url, "label": s.label, "current": path.startswith(s.url)}
            for s in SECTIONS
            if s.first == first
            and (s.page_type is None or s in published)
            and (on_network or not s.network_only)
        ]

    return [*entries(True), *pages, *entries(False)]


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context: template.Context, page: Page) -> list[Page]:
    """The page's ancestors below its site's home, without a query when the page was routed
    through them (``network.routing``)."""
    return ancestors_below_home(context.get("request"), page)
