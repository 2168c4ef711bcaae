"""The admin dashboard's « Vos expériences » panel, for pioneers: where to write a new
write-up, and the state of theirs (draft, in review, changes asked, published).

The reviews the user must act on (Wagtail's « En attente de votre relecture ») come first,
above every figure and list (``reviews_first``)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, WorkflowState

from territories.models import TerritoryRole
from territories.scoping import territories_with_role

from .models import ExperiencePage
from .services import experience_index

STATES = {
    WorkflowState.STATUS_IN_PROGRESS: _("en relecture"),
    WorkflowState.STATUS_NEEDS_CHANGES: _("modifications demandées"),
}


def state_of(page) -> str | Promise:
    if page.workflow_status in STATES:
        return STATES[page.workflow_status]
    if page.live:
        return (
            _("publiée, modifications en brouillon")
            if page.has_unpublished_changes
            else _("publiée")
        )
    return _("brouillon")


def pioneer_entries(user) -> list[dict]:
    """Per territory the user writes for: the link to write a new experience in its index,
    and the user's own experiences there with their state (a query per territory, one for
    the experiences)."""
    indexes = [
        (territory, index)
        for territory in territories_with_role(user, TerritoryRole.Role.PIONEERS)
        .select_related("site__root_page")
        .order_by("name")
        if (index := experience_index(territory)) is not None
    ]
    if not indexes:
        return []
    workflow = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status__in=list(STATES),
    ).values("status")[:1]
    mine = list(
        ExperiencePage.objects.filter(owner=user)
        .annotate(workflow_status=Subquery(workflow))
        .only("pk", "title", "path", "live", "has_unpublished_changes")
        .order_by("-latest_revision_created_at", "title")
    )
    return [
        {
            "territory": territory,
            "add_url": reverse(
                "wagtailadmin_pages:add", args=("experiences", "experiencepage", index.pk)
            ),
            "explore_url": reverse("wagtailadmin_explore", args=(index.pk,)),
            "experiences": [
                {
                    "title": page.title,
                    "state": state_of(page),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                }
                for page in mine
                if page.path.startswith(index.path)
            ],
        }
        for territory, index in indexes
    ]


class PioneerPanel(Component):
    name = "pioneer_experiences"
    template_name = "experiences/admin/pioneer_panel.html"
    order = 30

    def __init__(self, entries):
        self.entries = entries

    def get_context_data(self, parent_context):
        return {"entries": self.entries}


REVIEWS_ORDER = 10  # before the pioneer's panel (30) and the territories' figures (40)


def reviews_first(panels) -> None:
    for panel in panels:
        if isinstance(panel, WorkflowObjectsToModeratePanel):
            panel.order = REVIEWS_ORDER


def add_pioneer_panel(request, panels):
    entries = pioneer_entries(request.user)
    if entries:
        panels.append(PioneerPanel(entries))
