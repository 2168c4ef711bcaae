"""``sitemap.xml`` and ``robots.txt`` of each site.

Wagtail's sitemap lists the live pages of the requesting site only; the library's pages thus
appear on the network's sitemap alone (territory copies under ``/bibliotheque/`` carry a
canonical link to them and are left out).
"""

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control

from wagtail.contrib.sitemaps import Sitemap

from . import params


@cache_control(max_age=3600, public=True)
def sitemap(request: HttpRequest) -> HttpResponse:
    # Django's view reads ``?p=`` leniently: checked here first (ASCII digits, bounded).
    params.integer(request.GET, "p", minimum=1, maximum=params.MAX_PAGE)
    return django_sitemap(request, sitemaps={"pages": Sitemap(request)})


@cache_control(max_age=3600, public=True)
def robots(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /recherche/",
        "",
        f"Sitemap: {request.scheme}://{request.get_host()}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
