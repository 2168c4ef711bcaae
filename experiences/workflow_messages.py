"""After a review step, tell the reviewer what happens next.

Wagtail says « La page « … » a été mise à jour » after an approval made from the edit view,
and nothing after one made from the dashboard. For the two-step review of write-ups
(the territory's team, then the network team) the reviewer is told where the write-up now
is: waiting for the next step (named), published, or sent back to its author.

A middleware, because both of Wagtail's workflow views (the dashboard's modal and the edit
view's action menu) end in it; it reads the task state before the view and after it.
"""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.messages.storage.base import BaseStorage
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from wagtail.models import Page, TaskState

WORKFLOW_VIEWS = {"wagtailadmin_pages:workflow_action", "wagtailadmin_pages:edit"}


class WorkflowStepMessageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        before = getattr(request, "_workflow_step_before", None)
        if before is not None:
            tell_next_step(request, *before)
        return response

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> None:
        match = request.resolver_match
        if request.method != "POST" or match is None or match.view_name not in WORKFLOW_VIEWS:
            return
        if match.view_name.endswith(":edit") and not request.POST.get("action-workflow-action"):
            return
        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        state = page.current_workflow_task_state if page is not None else None
        if page is not None and state is not None:
            request._workflow_step_before = (page.pk, state.pk)  # type: ignore[attr-defined]


def tell_next_step(request: HttpRequest, page_id: int, task_state_id: int) -> None:
    state = TaskState.objects.filter(pk=task_state_id).first()
    page = Page.objects.filter(pk=page_id).first()
    if state is None or page is None or state.status == TaskState.STATUS_IN_PROGRESS:
        return  # the action was refused or the form had errors: Wagtail said so
    title = page.get_admin_display_title()
    _drop_wagtail_update_message(request, title)
    if state.status == TaskState.STATUS_REJECTED:
        text = _("Les modifications demandées sur « %(title)s » sont envoyées à son auteur.")
    elif page.live and not page.workflow_in_progress:
        text = _("« %(title)s » est approuvée et publiée.")
    elif page.workflow_in_progress and page.current_workflow_task is not None:
        text = _(
            "Vous avez approuvé « %(title)s ». Elle attend maintenant l’étape suivante : "
            "« %(task)s », qui décidera de sa publication."
        )
    else:
        text = _("Vous avez approuvé « %(title)s ».")
    task = page.current_workflow_task
    messages.success(request, text % {"title": title, "task": task.name if task else ""})


def _drop_wagtail_update_message(request: HttpRequest, title: str) -> None:
    """Wagtail's « La page … a été mise à jour » would contradict the next step."""
    storage = messages.get_messages(request)
    if not isinstance(storage, BaseStorage):
        return
    updated = _("Page '%(page_title)s' has been updated.") % {"page_title": title}
    queued = storage._queued_messages  # type: ignore[attr-defined]  # this request's, unsent
    storage._queued_messages = [  # type: ignore[attr-defined]
        message for message in queued if str(message.message).strip() != updated
    ]
