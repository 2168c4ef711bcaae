"""Creating and provisioning territories: site, home page, collection, groups, permissions."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count
from django.dispatch import Signal
from django.utils.translation import gettext as _

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
)

from network.models import ContentPage, NetworkHomePage, SiteIdentity

from .models import Territory, TerritoryHomePage, TerritoryRole

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "delete_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "delete_document", "choose_document"],
}
# Pioneers upload and choose media for their write-ups (Wagtail lets them edit their own).
PIONEER_MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "choose_image"],
    "wagtaildocs": ["add_document", "choose_document"],
}
# Model permissions of territorial snippets; TerritoryPermissionPolicy narrows them to
# the group's own territory. Features add theirs with ``grant_team_permissions``.
COMMUNE_PERMISSIONS = [
    "territories.add_commune",
    "territories.change_commune",
    "territories.delete_commune",
]
TERRITORY_SNIPPET_PERMISSIONS = {
    "editors": ["territories.change_territory", *COMMUNE_PERMISSIONS],
    "moderators": ["territories.change_territory", *COMMUNE_PERMISSIONS],
    # Pioneers write experiences only: page permissions on their territory's experience
    # index are granted by experiences.services when the territory is provisioned.
    "pioneers": [],
}
# The network team manages the shared taxonomies and every territorial object.
NETWORK_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "territories.manage_network",
    "territories.add_territory",
    "territories.change_territory",
    "territories.delete_territory",
    *COMMUNE_PERMISSIONS,
    "network.add_theme",
    "network.change_theme",
    "network.delete_theme",
    "network.change_siteidentity",
    "experiences.add_method",
    "experiences.change_method",
    "experiences.delete_method",
]
NETWORK_GROUP_NAME = "Équipe du réseau"


def grant_team_permissions(*, editors=(), moderators=(), network=()) -> None:
    """A feature app's model permissions for the territory teams and the network team
    (called from its ``AppConfig.ready``; applied by provisioning and after migrations)."""
    for role, permissions in (("editors", editors), ("moderators", moderators)):
        TERRITORY_SNIPPET_PERMISSIONS[role].extend(
            p for p in permissions if p not in TERRITORY_SNIPPET_PERMISSIONS[role]
        )
    NETWORK_PERMISSIONS.extend(p for p in network if p not in NETWORK_PERMISSIONS)


# Sent at the end of territory_provision (inside its transaction) with ``territory``: the
# features that hang off a territory (experiences...) provision themselves, idempotently.
territory_provisioned = Signal()


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _media_permissions(codenames_by_app=MEDIA_PERMISSIONS) -> list[Permission]:
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codenames in codenames_by_app.items()
        for codename in codenames
    ]


def default_legal_pages(parent: Page, site_name: str) -> tuple[Page, Page, Page]:
    """Mentions légales, données personnelles and accessibilité (the RGAA statement) pages,
    each created once under a home page (a missing one is added on the next run)."""
    pages = []
    for slug, title, intro in (
        (
            "mentions-legales",
            _("Mentions légales"),
            _("Éditeur, hébergeur et conditions d’utilisation du site %(site)s.")
            % {"site": site_name},
        ),
        (
            "donnees-personnelles",
            _("Données personnelles"),
            _(
                "Comment %(site)s traite les données que vous lui confiez, et comment exercer vos droits."
            )
            % {"site": site_name},
        ),
        (
            "accessibilite",
            _("Accessibilité"),
            _(
                "%(site)s est partiellement conforme au référentiel général d’amélioration de "
                "l’accessibilité (RGAA 4.1). Si vous ne parvenez pas à accéder à un contenu ou à "
                "un service, écrivez à son équipe (lien « Nous écrire » en bas de page ou "
                "coordonnées des mentions légales) : nous vous l’adresserons sous une autre "
                "forme. Sans réponse satisfaisante, vous pouvez saisir le Défenseur des droits."
            )
            % {"site": site_name},
        ),
    ):
        page = parent.get_children().filter(slug=slug).specific().first()
        if page is None:
            page = ContentPage(title=title, slug=slug, intro=intro, show_in_menus=False)
            parent.add_child(instance=page)
            page.save_revision().publish()
        pages.append(page)
    return pages[0], pages[1], pages[2]


def _ensure_group(territory: Territory, role: str, label: str) -> Group:
    existing = (
        TerritoryRole.objects.filter(territory=territory, role=role).select_related("group").first()
    )
    if existing:
        group = existing.group
        if group.name != label:
            group.name = label
            group.save(update_fields=["name"])
        return group
    group, _created = Group.objects.get_or_create(name=label)
    TerritoryRole.objects.create(group=group, territory=territory, role=role)
    return group


def _grant(group: Group, home: Page, collection: Collection, site: Site, role: str) -> None:
    group.permissions.add(_permission("wagtailadmin.access_admin"))
    if role == TerritoryRole.Role.PIONEERS:
        for permission in _media_permissions(PIONEER_MEDIA_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
        return
    page_codenames = EDITOR_PAGE_PERMISSIONS if role == "editors" else MODERATOR_PAGE_PERMISSIONS
    for codename in page_codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=_page_permission(codename)
        )
    for permission in _media_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
    if role == "editors":
        GroupSitePermission.objects.get_or_create(
            group=group,
            site=site,
            permission=Permission.objects.get(
                content_type=ContentType.objects.get_for_model(SiteIdentity),
                codename="change_siteidentity",
            ),
        )
    for dotted in TERRITORY_SNIPPET_PERMISSIONS[role]:
        group.permissions.add(_permission(dotted))


@transaction.atomic
def territory_provision(
    territory: Territory, *, port: int = 80, colour: str | None = None
) -> Territory:
    """Give a territory everything it needs; safe to run again (it only adds what is missing)."""
    if territory.collection is None:  # no query when it has none
        territory.collection = Collection.get_first_root_node().add_child(name=territory.name)
    elif territory.collection.name != territory.name:
        territory.collection.name = territory.name
        territory.collection.save()

    site = territory.site
    if site is None:
        home = TerritoryHomePage(title=territory.name, slug=territory.slug)
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.create(
            hostname=territory.hostname, port=port, root_page=home, site_name=territory.name
        )
        territory.site = site
    elif (site.hostname, site.port, site.site_name) != (territory.hostname, port, territory.name):
        site.hostname, site.port, site.site_name = territory.hostname, port, territory.name
        site.save()
    home = site.root_page
    territory.save()

    legal, privacy, accessibility = default_legal_pages(home, territory.name)
    identity = SiteIdentity.for_site(site)
    if not identity.short_name:
        identity.short_name = territory.name[:30]
    if colour:
        identity.main_colour = colour
    identity.legal_notice_page = identity.legal_notice_page or legal
    identity.privacy_page = identity.privacy_page or privacy
    identity.accessibility_page = identity.accessibility_page or accessibility
    identity.save()

    for role, label in (
        (TerritoryRole.Role.EDITORS, _("%(name)s – éditeurs") % {"name": territory.name}),
        (TerritoryRole.Role.MODERATORS, _("%(name)s – modérateurs") % {"name": territory.name}),
        (TerritoryRole.Role.PIONEERS, _("%(name)s – pionniers") % {"name": territory.name}),
    ):
        group = _ensure_group(territory, role, label)
        _grant(group, home, territory.collection, site, role)
    territory.refresh_position()
    territory_provisioned.send(sender=Territory, territory=territory)
    return territory


def territory_create(*, name: str, slug: str, hostname: str, port: int = 80, **fields) -> Territory:
    """Create a territory with its site, home page, collection and teams."""
    territory = Territory(name=name, slug=slug, hostname=hostname, **fields)
    territory.full_clean(exclude=["site", "collection"])
    with transaction.atomic():
        territory.save()
        territory_provision(territory, port=port)
    return territory


@transaction.atomic
def network_team_provision(network_home: Page, site: Site) -> Group:
    """The network team edits the network site, every territory record and shared content."""
    group, _created = Group.objects.get_or_create(name=NETWORK_GROUP_NAME)
    group.permissions.add(*(_permission(dotted) for dotted in NETWORK_PERMISSIONS))
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=network_home, permission=_page_permission(codename)
        )
    root_collection = Collection.get_first_root_node()
    for permission in _media_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )
    return group


def territories_for_network_home():
    """Listed territories with what the network home shows (one query)."""
    return Territory.with_urls(
        list(
            Territory.objects.filter(is_listed=True, site__isnull=False)
            .select_related("site")
            .annotate(commune_count=Count("communes", distinct=True))
            .order_by("name")
        )
    )


def current_territory(request) -> Territory | None:
    """The territory whose site serves this request (None on the network site), cached."""
    return Territory.for_request(request)


def territory_of_page(page, request=None):
    """The territory whose site contains ``page`` (None on the network site); one query, or
    none when ``request`` is on that site (the host's territory, read once per request)."""
    if not page.path:
        return None
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and page.path.startswith(site.root_page.path):
        return current_territory(request)
    return (
        Territory.objects.filter(site__root_page__in=Page.objects.ancestor_of(page, inclusive=True))
        .select_related("site")
        .first()
    )


def network_home_territories(home, request) -> dict:
    """The network home's section: every listed territory, and their points on its map.

    The list is grouped by region and gives each territory a link and its number of
    communes only (its presentation is on its own site): a network of hundreds of
    territories keeps a light home."""
    territories = territories_for_network_home()
    return {
        "territories": territories,
        "territory_regions": territories_by_region(territories),
        "territory_points": territory_points(territories),
    }


def territories_by_region(territories) -> list[dict]:
    """``[{"name": region, "territories": [...]}]``, regions in alphabetical order, the
    territories of no region last (« Autres territoires »)."""
    regions: dict[str, list[Territory]] = {}
    for territory in territories:
        regions.setdefault(territory.region.strip(), []).append(territory)
    return [
        {"name": name or _("Autres territoires"), "territories": members}
        for name, members in sorted(regions.items(), key=lambda item: (not item[0], item[0]))
    ]


def territory_points(territories) -> dict:
    """Map data for the network home: one point per territory with a known position."""
    return {
        "points": [
            {
                "lat": territory.latitude,
                "lng": territory.longitude,
                "name": territory.name,
                "url": territory.url,
                "label": territory.carrying_structure,
            }
            for territory in territories
            if territory.latitude is not None and territory.longitude is not None
        ]
    }


def sync_team_permissions() -> None:
    """Give every territory team and the network team the model permissions the code
    lists now (run after each migrate, so a new territorial model reaches existing teams)."""
    # Runs after each app's migrations: permissions of apps not migrated yet are skipped
    # now and granted when their own post_migrate comes.
    wanted = {
        *NETWORK_PERMISSIONS,
        *(p for ps in TERRITORY_SNIPPET_PERMISSIONS.values() for p in ps),
    }
    existing = {
        f"{app}.{codename}": pk
        for app, codename, pk in Permission.objects.values_list(
            "content_type__app_label", "codename", "pk"
        )
        if f"{app}.{codename}" in wanted
    }

    def ids(dotted_names):
        return [existing[name] for name in dotted_names if name in existing]

    for role in TerritoryRole.objects.select_related("group"):
        role.group.permissions.add(*ids(TERRITORY_SNIPPET_PERMISSIONS[role.role]))
    network = Group.objects.filter(name=NETWORK_GROUP_NAME).first()
    if network:
        network.permissions.add(*ids(NETWORK_PERMISSIONS))


@transaction.atomic
def network_setup(
    *, hostname: str, port: int, name: str, colour: str = "#1d4e89"
) -> NetworkHomePage:
    """Create (or complete) the network's home, default site, legal pages and team (the
    platform's own site, rooted at a ``network.NetworkHomePage``).

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

    legal, privacy, accessibility = default_legal_pages(home, name)
    identity = SiteIdentity.for_site(site)
    identity.short_name = identity.short_name or name[:30]
    if (
        not identity.pk
        or identity.main_colour == SiteIdentity._meta.get_field("main_colour").default
    ):
        identity.main_colour = colour
    identity.legal_notice_page = identity.legal_notice_page or legal
    identity.privacy_page = identity.privacy_page or privacy
    identity.accessibility_page = identity.accessibility_page or accessibility
    identity.save()
    network_team_provision(home, site)
    return home
