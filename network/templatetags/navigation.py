from django import template

from wagtail.models import Page, Site

from network.restrictions import public
from network.routing import ancestors_below_home

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Live pages marked 'show in menus' directly under the current site's home (one query)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    cache = getattr(request, "_menu_pages", None)
    if cache is None:
        menu = Page.objects.child_of(site.root_page).live().in_menu()
        cache = list(public(menu).only("id", "title", "url_path", "path", "depth"))
        request._menu_pages = cache
    return cache


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context, page):
    """The page's ancestors below its site's home, without a query when the page was routed
    through them (``network.routing``)."""
    return ancestors_below_home(context.get("request"), page)
