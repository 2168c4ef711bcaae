"""Provisioning of the projects section; idempotent.

``projects_provision(territory)`` runs at the end of every ``territory_provision`` (the
``territory_provisioned`` signal): the territory's ``ProjectIndexPage`` (slug ``projets``,
published, in the menu). Territory editors already hold page permissions on their home
page, so they edit projects there. ``sync_permissions()`` (after each migrate, and on
provisioning) gives the territory teams and the network team the snippet permissions on
needs and contributions; ``TerritoryPermissionPolicy`` then limits them to their territory.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _

from territories.models import Territory, TerritoryRole
from territories.services import NETWORK_GROUP_NAME

from .models import ProjectIndexPage

INDEX_SLUG = "projets"

TEAM_PERMISSIONS: dict[str, list[str]] = {
    TerritoryRole.Role.EDITORS: [
        "add_need",
        "change_need",
        "delete_need",
        "change_contribution",
        "delete_contribution",
        "view_introduction",
        "introduce",
    ],
    TerritoryRole.Role.MODERATORS: [
        "change_need",
        "change_contribution",
        "view_introduction",
        "introduce",
    ],
}
NETWORK_PERMISSIONS = [
    "add_need",
    "change_need",
    "delete_need",
    "change_contribution",
    "delete_contribution",
    "view_introduction",
    "introduce",
]


def project_index(territory: Territory) -> ProjectIndexPage | None:
    if territory.site is None:
        return None
    return ProjectIndexPage.objects.child_of(territory.site.root_page).order_by("path").first()


def ensure_index(territory: Territory) -> ProjectIndexPage:
    index = project_index(territory)
    if index is None:
        assert territory.site is not None  # else there is no home to put it under
        home = territory.site.root_page
        slug = INDEX_SLUG
        if home.get_children().filter(slug=slug).exists():
            slug = f"{INDEX_SLUG}-{territory.slug}"
        index = ProjectIndexPage(
            title=_("Projets"),
            slug=slug,
            show_in_menus=True,
            intro=_(
                "Les projets que les acteurs du territoire %(territory)s construisent ensemble, "
                "et ce dont ils ont besoin : rejoignez-les."
            )
            % {"territory": territory.name},
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _permissions(codenames):
    return list(
        Permission.objects.filter(content_type__app_label="projects", codename__in=codenames)
    )


def sync_permissions() -> None:
    """Snippet permissions of every territory team and the network team (idempotent)."""
    for role, codenames in TEAM_PERMISSIONS.items():
        permissions = _permissions(codenames)
        if not permissions:
            return  # not migrated yet
        for team in TerritoryRole.objects.filter(role=role).select_related("group"):
            team.group.permissions.add(*permissions)
    network = Group.objects.filter(name=NETWORK_GROUP_NAME).first()
    if network is not None:
        network.permissions.add(*_permissions(NETWORK_PERMISSIONS))


@transaction.atomic
def projects_provision(territory: Territory) -> ProjectIndexPage | None:
    """Give a territory its projects section and its teams their rights; safe to rerun."""
    if not territory.site_id:
        return None
    index = ensure_index(territory)
    for team in TerritoryRole.objects.filter(territory=territory).select_related("group"):
        team.group.permissions.add(*_permissions(TEAM_PERMISSIONS.get(team.role, [])))
    # The network team too: created by ``network_setup`` after ``migrate`` on a new
    # install, it would otherwise lack them (its dashboard links answered 403) until the
    # next migrate.
    network = Group.objects.filter(name=NETWORK_GROUP_NAME).first()
    if network is not None:
        network.permissions.add(*_permissions(NETWORK_PERMISSIONS))
    return index


def on_territory_provisioned(sender, territory, **kwargs):
    projects_provision(territory)


def on_post_migrate(sender, **kwargs):
    sync_permissions()
