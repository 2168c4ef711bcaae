"""Bump the page-cache generations when something a public page shows changes.

Scope of each change (see ``generations``):

- a page of a territory site, an actor, a territory (and its communes, figures, contacts):
  that site and the network site (which lists territories and maps every actor);
- a site setting (``SiteIdentity``): that site; the network site's: every site;
- the network site's pages, experiences and projects, the library, events, themes,
  taxonomies, glossary, methods, images, documents, redirects: every site (each site shows
  them);
- a ``Site`` itself (host names, roots): every site, and each process's host list.

Draft saves of pages do not bump (the live page is unchanged); a draft save of an actor
does (it rewrites the row, and an extra bump is cheaper than a missed one).
"""

import functools

from django.apps import apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page, Site
from wagtail.signals import post_page_move, published, unpublished

from . import generations

DISPATCH = "network.caching.invalidation"

# Models shown on every site: any save or deletion bumps the global generation.
NETWORK_WIDE = (
    "network.Theme",
    "library.GlossaryTerm",
    "experiences.Method",
    "actors.ActorKind",
    "actors.Offer",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailredirects.Redirect",
)
TERRITORY_CHILDREN = ("territories.Commune", "territories.KeyFigure", "territories.TeamContact")
# Pages whose links show on other sites: experiences (the network index) and, with
# experiences, projects, on the cards of the actors they name, who may be of any territory.
NETWORK_WIDE_PAGES = ("experiences.ExperiencePage", "projects.ProjectPage")


def when_enabled(handler):
    """No bump (and no query) when the page cache is off (tests, PAGE_CACHE_SECONDS=0)."""

    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        if settings.PAGE_CACHE_SECONDS:
            return handler(*args, **kwargs)

    return wrapper


@when_enabled
def bump_all(**kwargs):
    generations.bump(generations.GLOBAL)


def _default_hostname() -> str:
    site = Site.objects.filter(is_default_site=True).only("hostname").first()
    return site.hostname if site else ""


def bump_sites(*sites):
    """Bump the given sites and the network site; a default site among them: all sites."""
    sites = [site for site in sites if site is not None]
    if any(site.is_default_site for site in sites):
        return generations.bump(generations.GLOBAL)
    hostnames = {site.hostname for site in sites} | {_default_hostname()}
    generations.bump(*(generations.host_key(hostname) for hostname in hostnames if hostname))


def bump_territory(territory_id):
    from territories.models import Territory

    territory = Territory.objects.filter(pk=territory_id).select_related("site").first()
    bump_sites(territory.site if territory else None)


@when_enabled
def on_page_change(instance, **kwargs):
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
def on_page_delete(instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        on_page_change(instance)


@when_enabled
def on_actor_change(instance, **kwargs):
    # m2m changes made from the other side (a theme's actors) carry a theme: bump all.
    territory_id = getattr(instance, "territory_id", None)
    bump_territory(territory_id) if territory_id else bump_all()


@when_enabled
def on_territory_change(instance, **kwargs):
    bump_sites(instance.site) if instance.site_id else bump_all()


@when_enabled
def on_territory_child_change(instance, **kwargs):
    bump_territory(instance.territory_id)


@when_enabled
def on_site_identity_change(instance, **kwargs):
    bump_sites(instance.site)


@when_enabled
def on_site_change(**kwargs):
    generations.bump(generations.GLOBAL, generations.SITES)


def connect():
    from actors.models import Actor
    from territories.models import Territory

    from ..models import SiteIdentity

    # Pages (any type): what the public sees changes on publish, unpublish, move, delete.
    published.connect(on_page_change, dispatch_uid=f"{DISPATCH}.published")
    unpublished.connect(on_page_change, dispatch_uid=f"{DISPATCH}.unpublished")
    post_page_move.connect(on_page_change, dispatch_uid=f"{DISPATCH}.moved")
    post_delete.connect(on_page_delete, dispatch_uid=f"{DISPATCH}.page_delete")

    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(on_actor_change, sender=Actor, dispatch_uid=f"{DISPATCH}.actor.{name}")
        signal.connect(
            on_territory_change, sender=Territory, dispatch_uid=f"{DISPATCH}.territory.{name}"
        )
        signal.connect(
            on_site_identity_change, sender=SiteIdentity, dispatch_uid=f"{DISPATCH}.identity.{name}"
        )
        signal.connect(on_site_change, sender=Site, dispatch_uid=f"{DISPATCH}.site.{name}")
        for label in TERRITORY_CHILDREN:
            signal.connect(
                on_territory_child_change,
                sender=apps.get_model(label),
                dispatch_uid=f"{DISPATCH}.{label}.{name}",
            )
        for label in NETWORK_WIDE:
            signal.connect(
                bump_all, sender=apps.get_model(label), dispatch_uid=f"{DISPATCH}.{label}.{name}"
            )
    for through in (Actor.themes.through, Actor.offers.through):
        m2m_changed.connect(
            on_actor_change, sender=through, dispatch_uid=f"{DISPATCH}.{through._meta.label}"
        )
