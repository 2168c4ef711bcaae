"""Provisioning of the experience sections, their review workflow, and pioneer accounts.

``experiences_provision(territory)`` runs at the end of every ``territory_provision`` (the
``territory_provisioned`` signal); it is idempotent:

- the territory's ``ExperienceIndexPage`` (slug ``experiences``, published, in the menu);
- its pioneers group (a ``TerritoryRole``, created by the territory's provisioning) gets
  ``add_page`` on that index only: a pioneer creates write-ups there and edits the ones
  they own (Wagtail's owner rule); no ``change_page``, so neither the index page nor
  anybody else's write-up; no ``publish_page``;
- the network team gets edit and publish rights on the index, to review and publish;
- a two-step workflow on the index: the territory's team (moderators and editors), then
  the network team. Only the last approval publishes (``experiences.permissions`` keeps
  territory teams from publishing an experience directly).

``network_experiences_provision()`` adds the network-wide index under the network home.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import F
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from network.models import NetworkHomePage
from network.outbox import owe
from territories.models import Territory, TerritoryRole
from territories.scoping import sees_all_territories
from territories.services import NETWORK_GROUP_NAME, territory_provision

from .models import (
    ExperienceActor,
    ExperienceIndexPage,
    ExperiencePage,
    NetworkExperienceIndexPage,
    sync_actor_kinds,
)
from .tasks import send_pioneer_invitation

INDEX_SLUG = "experiences"
PIONEER_PAGE_PERMISSIONS = ["add_page"]
NETWORK_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
NETWORK_TASK_NAME = "Relecture par l’équipe du réseau"


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _grant_page(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_page_permission(codename)
        )


def territory_group(territory: Territory, role: str) -> Group | None:
    found = (
        TerritoryRole.objects.filter(territory=territory, role=role).select_related("group").first()
    )
    return found.group if found else None


def network_group() -> Group:
    group, _created = Group.objects.get_or_create(name=NETWORK_GROUP_NAME)
    return group


def experience_index(territory: Territory) -> ExperienceIndexPage | None:
    if territory.site is None:
        return None
    return ExperienceIndexPage.objects.child_of(territory.site.root_page).order_by("path").first()


def ensure_index(territory: Territory) -> ExperienceIndexPage:
    index = experience_index(territory)
    if index is None:
        assert territory.site is not None  # else there is no home to put it under
        home = territory.site.root_page
        slug = INDEX_SLUG
        if home.get_children().filter(slug=slug).exists():
            slug = f"{INDEX_SLUG}-{territory.slug}"
        index = ExperienceIndexPage(
            title=_("Expériences"),
            slug=slug,
            show_in_menus=True,
            intro=_(
                "Ce que les acteurs du territoire %(territory)s ont construit ensemble, racontés par "
                "celles et ceux qui l’ont vécu : démarche, étapes, résultats et enseignements."
            )
            % {"territory": territory.name},
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def network_review_task() -> GroupApprovalTask:
    task = GroupApprovalTask.objects.filter(name=NETWORK_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=NETWORK_TASK_NAME)
    task.groups.add(network_group())
    return task


def ensure_workflow(territory: Territory, index: ExperienceIndexPage):
    """The index's workflow: territory team, then network team. Returns the Workflow."""
    name = _("Relecture des expériences – %(territory)s") % {"territory": territory.name}
    territory_task_name = _("Relecture par %(territory)s") % {"territory": territory.name}
    assigned = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    workflow = assigned.workflow if assigned else None
    if workflow is None:
        workflow = Workflow.objects.create(name=name)
        WorkflowPage.objects.create(page=index, workflow=workflow)
    elif workflow.name != name:
        workflow.name = name
        workflow.save(update_fields=["name"])

    links = list(WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order"))
    first = links[0].task.specific if links else None
    if not isinstance(first, GroupApprovalTask):
        first = GroupApprovalTask.objects.create(name=territory_task_name)
        WorkflowTask.objects.create(workflow=workflow, task=first, sort_order=0)
    elif first.name != territory_task_name:
        first.name = territory_task_name
        first.save(update_fields=["name"])
    reviewers = [
        territory_group(territory, role)
        for role in (TerritoryRole.Role.MODERATORS, TerritoryRole.Role.EDITORS)
    ]
    first.groups.add(*(group for group in reviewers if group))

    network_task = network_review_task()
    if not WorkflowTask.objects.filter(workflow=workflow, task=network_task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=network_task, sort_order=1)
    return workflow


@transaction.atomic
def experiences_provision(territory: Territory) -> ExperienceIndexPage | None:
    """Give a territory its experience section, rights and workflow; safe to run again."""
    if not territory.site_id:
        return None
    index = ensure_index(territory)
    pioneers = territory_group(territory, TerritoryRole.Role.PIONEERS)
    if pioneers is not None:
        _grant_page(pioneers, index, PIONEER_PAGE_PERMISSIONS)
    _grant_page(network_group(), index, NETWORK_PAGE_PERMISSIONS)
    ensure_workflow(territory, index)
    return index


@transaction.atomic
def network_experiences_provision() -> NetworkExperienceIndexPage | None:
    """The network-wide index of experiences, under the network home; idempotent."""
    existing = NetworkExperienceIndexPage.objects.first()
    if existing is not None:
        return existing
    home = NetworkHomePage.objects.first()
    if home is None:
        return None
    slug = INDEX_SLUG
    if home.get_children().filter(slug=slug).exists():
        slug = "experiences-du-reseau"
    index = NetworkExperienceIndexPage(
        title=_("Expériences"),
        slug=slug,
        show_in_menus=True,
        intro=_(
            "Les pionniers des territoires racontent leurs pratiques de coopération : "
            "cherchez par territoire, thème, maturité, méthode ou type d’acteur."
        ),
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def on_territory_provisioned(sender, territory, **kwargs):
    experiences_provision(territory)


def on_territory_saved(sender, instance, **kwargs):
    """Listing or unlisting a territory shows or hides its experiences on the network."""
    experiences = ExperiencePage.objects.filter(territory=instance)
    experiences.update(on_network=F("is_live") if instance.is_listed else False)


def on_actor_changed(sender, instance, **kwargs):
    """An actor's kind or publication changed: the kinds of its experiences follow."""
    pages = ExperienceActor.objects.filter(actor_id=instance.pk).values_list("page_id", flat=True)
    sync_actor_kinds(set(pages))


def on_actor_link_deleted(sender, instance, **kwargs):
    sync_actor_kinds([instance.page_id])


def on_page_state_changed(sender, instance, **kwargs):
    """Publication and unpublication save the specific page (``ExperiencePage.save`` syncs
    its copies); this catches any path that would not, such as a bulk update."""
    page = ExperiencePage.objects.filter(pk=instance.pk).select_related("territory").first()
    if page is None:
        return
    page.sync_state(page.territory)
    ExperiencePage.objects.filter(pk=page.pk).update(
        is_live=page.is_live, on_network=page.on_network, published_at=page.published_at
    )


# --- Pioneer accounts ----------------------------------------------------------------------


def inviting_territories(user):
    """Territories into which ``user`` may invite pioneers: their editors' teams, or all of
    them for the network team."""
    territories = Territory.objects.filter(site__isnull=False)
    if sees_all_territories(user):
        return territories
    return territories.filter(
        roles__role=TerritoryRole.Role.EDITORS, roles__group__user=user
    ).distinct()


def pioneers_of(territories):
    User = get_user_model()
    return (
        User.objects.filter(
            groups__territory_role__role=TerritoryRole.Role.PIONEERS,
            groups__territory_role__territory__in=territories,
        )
        .distinct()
        .order_by("last_name", "first_name", "email")
    )


def _username_for(email: str) -> str:
    User = get_user_model()
    base = slugify(email.split("@")[0])[:120] or "pionnier"
    username, n = base, 2
    while User.objects.filter(username=username).exists():
        username, n = f"{base}-{n}", n + 1
    return username


@transaction.atomic
def invite_pioneer(*, territory: Territory, first_name: str, last_name: str, email: str, by=None):
    """Create a pioneer account (no password yet) and send the invitation after commit."""
    User = get_user_model()
    user = User(
        username=_username_for(email),
        email=email,
        first_name=first_name,
        last_name=last_name,
        is_active=True,
    )
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    group = territory_group(territory, TerritoryRole.Role.PIONEERS)
    if group is None:
        territory_provision(territory)
        group = territory_group(territory, TerritoryRole.Role.PIONEERS)
        assert group is not None  # territory_provision made it
    user.groups.add(group)
    queue_invitation(user, territory, by)
    return user


def queue_invitation(user, territory, by=None) -> None:
    """Owed to the workers in the caller's transaction (``network.outbox``): inviting a
    pioneer does not fail when the broker is down, the e-mail leaves once it is back."""
    by_id = by.pk if by is not None else None
    owe(send_pioneer_invitation, user.pk, territory.pk, by_id)
