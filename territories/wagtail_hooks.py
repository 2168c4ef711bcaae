from django.conf import settings
from django.db.models import Exists, OuterRef
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import GroupApprovalTask, Page
from wagtail.snippets.models import register_snippet

from network.models import Theme

from . import commune_admin
from .admin_api import ScopedDocumentsAdminAPIViewSet, ScopedImagesAdminAPIViewSet
from .admin_scope import admin_objects
from .commune_bulk import communes_changed
from .models import Commune, Territory
from .scoping import (
    TerritoryScopedSnippetViewSet,
    choosable,
    declare_shared,
    declare_territorial,
    sees_all_territories,
)
from .services import territory_provision

# Scopes (territories/scoping.py): one declaration per model.
declare_territorial(Territory, territory_field="")
declare_territorial(Commune)
declare_shared(Theme)


class TerritoryViewSet(TerritoryScopedSnippetViewSet):
    model = Territory
    territory_field = ""
    icon = "site"
    menu_label = _("Territoires")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "hostname", "carrying_structure", "maturity"]
    list_filter = ["maturity", "is_listed"]


register_snippet(TerritoryViewSet)
# A territory's communes: their own listing, never inline forms (territories/commune_admin.py).
register_snippet(commune_admin.CommuneViewSet)


@hooks.register("register_admin_urls")
def register_commune_urls():
    urls = [
        path("ajout/", commune_admin.bulk_choose, name="bulk_choose"),
        path(
            "ajout/<int:territory_id>/",
            admin_objects(territory_id=Territory)(commune_admin.bulk_add),
            name="bulk_add",
        ),
    ]
    return [
        path("communes/", include((urls, "territories_communes"), namespace="territories_communes"))
    ]


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def provision_territory(request, instance):
    """A territory created or renamed in the admin gets its site, pages, groups at once."""
    if isinstance(instance, Territory):
        territory_provision(instance, port=settings.SITE_PORT)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def reposition_after_commune_change(request, instance):
    """A commune added or moved in the admin moves its territory's default position."""
    if isinstance(instance, Commune):
        communes_changed(instance.territory)


@hooks.register("after_delete_snippet")
def reposition_after_commune_delete(request, instances):
    territory_ids = {i.territory_id for i in instances if isinstance(i, Commune)}
    for territory in Territory.objects.filter(pk__in=territory_ids):
        communes_changed(territory)


@hooks.register("construct_admin_api", order=100)
def scope_admin_media_api(router):
    """Runs after Wagtail's own registration and replaces its media endpoints."""
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


@hooks.register("construct_page_chooser_queryset")
def hide_other_territories_drafts(pages, request):
    """The page chooser offers the user's own pages, and others' published pages only."""
    return pages.filter(pk__in=choosable(request.user, Page).values("pk"))


@hooks.register("construct_reports_menu")
def hide_network_reports(request, menu_items):
    """These reports read every territory's objects: network team only."""
    if not sees_all_territories(request.user):
        hidden = {"page-types-usage", "site-history", "workflows", "workflow-tasks"}
        menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("construct_homepage_panels")
def answer_review_tasks_at_once(request, panels):
    """The dashboard's « awaiting your review » panel asks, task by task, whether the user is
    in a group approval task's groups: one query per task, and every territory has its own
    review task. Answered here for every task in one query, in the cache Wagtail reads
    (``GroupApprovalTask._user_in_groups``), so the dashboard costs the same with 10 or 300
    territories."""
    user = request.user
    if not user.is_authenticated:
        return
    members = GroupApprovalTask.groups.through.objects.filter(
        groupapprovaltask_id=OuterRef("pk"), group__user=user
    )
    checks = getattr(user, "_group_approval_task_checks", {})
    checks.update(
        GroupApprovalTask.objects.annotate(mine=Exists(members)).values_list("pk", "mine")
    )
    user._group_approval_task_checks = checks
