"""The network host's answer for the public pages that live on each territory's site.

``/partenariats/``, ``/communes/`` and ``/rejoindre/`` belong to a territory (its
partnerships, its communes, its sign-up moderated by its team). On the
network host (``localhost``) they do not answer a bare 404: one page says where they live
and links to that page on each listed territory's site (« Choisissez votre territoire »).
(``/projets/`` on the network lists every territory's projects: ``projects.network_listing``.)
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from network import routing

from .models import Territory
from .services import current_territory

TEMPLATE = "territories/choose_territory.html"

# Path on a territory's site → (title, what the visitor finds there).
TERRITORY_PAGES = {
    "partenariats/": (
        _("Qui travaille avec qui"),
        _("Les partenariats entre acteurs se consultent sur le site de chaque territoire."),
    ),
    "communes/": (
        _("Les territoires commune par commune"),
        _("Le bilan de chaque commune se trouve sur le site du territoire dont elle fait partie."),
    ),
    "rejoindre/": (
        _("Rejoindre la dynamique"),
        _(
            "Chaque territoire accueille ses acteurs : l’inscription se fait sur le site du "
            "territoire où vous agissez, et son équipe la valide."
        ),
    ),
}


def choose_territory(request: HttpRequest, path: str) -> HttpResponse:
    """The network's page for ``path`` (a key of ``TERRITORY_PAGES``): the listed territories,
    each with a link to that page on its own site (one query, and Wagtail's cached sites)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    title, explanation = TERRITORY_PAGES[path]
    territories = Territory.with_urls(
        list(Territory.objects.filter(is_listed=True, site__isnull=False).order_by("name"))
    )
    context = {
        "title": title,
        "explanation": explanation,
        "links": [(territory, territory.url + path) for territory in territories],
    }
    return render(request, TEMPLATE, context)


def territory_or_portal(
    path: str,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """A territory view that, on the network host, answers ``choose_territory`` instead."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if current_territory(request) is None:
                return choose_territory(request, path)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's pages (``network.routing.serve``); on the network host, a path of
    ``TERRITORY_PAGES`` that no page of its own answers (``rejoindre/``) is
    ``choose_territory``."""
    try:
        return routing.serve(request, path)
    except Http404:
        if path in TERRITORY_PAGES and current_territory(request) is None:
            return choose_territory(request, path)
        raise
