"""Bump the page-cache generations when something a public page shows changes.

Scope of each change (see ``generations``):

- a page of a territory site: that site and the network site;
- a site setting (``SiteIdentity``): that site; the network site's: every site;
- the network site's pages, themes, images, documents, redirects: every site;
- a ``Site`` itself (host names, roots): every site, and each process's host list;
- what the features register from their ``AppConfig.ready``: models shown on every site
  (``watch_everywhere``: taxonomies, glossary, methods), models of one territory
  (``watch_per_site``: territories and their communes, actors, needs – that site and the
  network site, which lists territories and maps every actor), page types whose links show
  on other sites (``watch_pages_everywhere``: experiences, projects).

Draft saves of pages do not bump (the live page is unchanged); a draft save of an actor
does (it rewrites the row, and an extra bump is cheaper than a missed one).
"""

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.conf import settings
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page, Site
from wagtail.signals import post_page_move, published, unpublished

from ..models import SiteIdentity
from . import generations

if TYPE_CHECKING:
    from ..models import SiteIdentity

DISPATCH = "network.caching.invalidation"

# The base's own models shown on every site: any save or deletion bumps every site.
NETWORK_WIDE = (
    "network.Theme",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailredirects.Redirect",
)
# Page types whose links show on other sites (features add theirs: ``watch_pages_everywhere``).
NETWORK_WIDE_PAGES: set[str] = set()


def when_enabled[**P](handler: Callable[P, None]) -> Callable[P, None]:
    """No bump (and no query) when the page cache is off (tests, PAGE_CACHE_SECONDS=0)."""

    @functools.wraps(handler)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        if settings.PAGE_CACHE_SECONDS:
            return handler(*args, **kwargs)

    return wrapper


@when_enabled
def bump_all(**kwargs: Any) -> None:
    generations.bump(generations.GLOBAL)


def _default_hostname() -> str:
    site = Site.objects.filter(is_default_site=True).only("hostname").first()
    return site.hostname if site else ""


def bump_sites(*sites: Site | None) -> None:
    """Bump the given sites and the network site; a default site among them: all sites."""
    given = [site for site in sites if site is not None]
    if any(site.is_default_site for site in given):
        return generations.bump(generations.GLOBAL)
    hostnames = {site.hostname for site in given} | {_default_hostname()}
    generations.bump(*(generations.host_key(hostname) for hostname in hostnames if hostname))


@when_enabled
def on_page_change(instance: Model, **kwargs: Any) -> None:
    if not isinstance(instance, Page):
        return
    if (instance.specific_class or type(instance))._meta.label in NETWORK_WIDE_PAGES:
        return bump_all()
    sites = [
        site
        for site in Site.objects.select_related("root_page")
        if instance.path.startswith(site.root_page.path)
    ]
    if not sites:
        return bump_all()
    bump_sites(*sites)


@when_enabled
def on_page_delete(instance: Model, **kwargs: Any) -> None:
    if isinstance(instance, Page) and instance.live:
        on_page_change(instance)


@when_enabled
def on_site_identity_change(instance: "SiteIdentity", **kwargs: Any) -> None:
    bump_sites(instance.site)


@when_enabled
def on_site_change(**kwargs: Any) -> None:
    generations.bump(generations.GLOBAL, generations.SITES)


def connect() -> None:
    """The base's own signals; features add theirs with the ``watch_*`` functions."""
    # Pages (any type): what the public sees changes on publish, unpublish, move, delete.
    published.connect(on_page_change, dispatch_uid=f"{DISPATCH}.published")
    unpublished.connect(on_page_change, dispatch_uid=f"{DISPATCH}.unpublished")
    post_page_move.connect(on_page_change, dispatch_uid=f"{DISPATCH}.moved")
    post_delete.connect(on_page_delete, dispatch_uid=f"{DISPATCH}.page_delete")

    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            on_site_identity_change, sender=SiteIdentity, dispatch_uid=f"{DISPATCH}.identity.{name}"
        )
        signal.connect(on_site_change, sender=Site, dispatch_uid=f"{DISPATCH}.site.{name}")
    watch_everywhere(*(apps.get_model(label) for label in NETWORK_WIDE))


# --- What the features register (from their AppConfig.ready) ----------------------------


def watch_everywhere(*models: type[Model]) -> None:
    """A save or deletion of these models bumps every site (they show on all)."""
    for model in models:
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                bump_all, sender=model, dispatch_uid=f"{DISPATCH}.{model._meta.label}.{name}"
            )


def watch_per_site(
    model: type[Model],
    sites_of: Callable[[Any], Iterable[Site | None]],
    m2m: Iterable[str] = (),
) -> None:
    """A save or deletion of ``model`` (or a change of its many-to-many ``m2m`` fields)
    bumps the sites ``sites_of(instance)`` names, and the network site; when it names
    none (an m2m change seen from the other side, say), every site."""

    @when_enabled
    def on_change(instance: Model, **kwargs: Any) -> None:
        sites = sites_of(instance)
        bump_sites(*sites) if sites else bump_all()

    label = model._meta.label
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            on_change, sender=model, weak=False, dispatch_uid=f"{DISPATCH}.{label}.{name}"
        )
    for field in m2m:
        through = getattr(model, field).through
        m2m_changed.connect(
            on_change, sender=through, weak=False, dispatch_uid=f"{DISPATCH}.{through._meta.label}"
        )


def watch_pages_everywhere(*labels: str) -> None:
    """Publishing these page types bumps every site: their links show on other sites."""
    NETWORK_WIDE_PAGES.update(labels)
