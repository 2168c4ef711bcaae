"""Setting up the network site itself (the platform's home)."""

from django.db import transaction

from wagtail.models import Page, Site

from territories.services import default_legal_pages, network_team_provision

from .models import NetworkHomePage, SiteIdentity


@transaction.atomic
def network_setup(
    *, hostname: str, port: int, name: str, colour: str = "#1d4e89"
) -> NetworkHomePage:
    """Create (or complete) the network's home, default site, legal pages and team.

    Idempotent. Wagtail's starter "Welcome" page, no longer any site's root, is removed.
    """
    root = Page.get_first_root_node()
    home = NetworkHomePage.objects.first()
    if home is None:
        home = NetworkHomePage(title=name, slug="reseau")
        root.add_child(instance=home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = hostname, port, home, name
    site.save()

    for page in root.get_children().exclude(pk=home.pk).filter(content_type__model="page"):
        if not Site.objects.filter(root_page=page).exists():
            page.delete()

    legal, privacy = default_legal_pages(home, name)
    identity = SiteIdentity.for_site(site)
    identity.short_name = identity.short_name or name[:30]
    if (
        not identity.pk
        or identity.main_colour == SiteIdentity._meta.get_field("main_colour").default
    ):
        identity.main_colour = colour
    identity.legal_notice_page = identity.legal_notice_page or legal
    identity.privacy_page = identity.privacy_page or privacy
    identity.save()
    network_team_provision(home, site)
    return home
