"""The one layer that keeps a territory's team inside its territory in the admin.

Every admin request of a user who does not see every territory goes through
``AdminScopeMiddleware``: each object id it carries – path argument, query string or POST
field (``id``, ``childOf``, ``parent_page_id``...) – is placed on a model and checked
against that model's declared scope (``territories.scoping``); an id outside it, or an id
the layer cannot place, answers 404 whatever the view. Admin sections that only the
network team uses answer 403.

Two patches of Wagtail, applied once at start-up (``apply_patches``), cover what ids in
a request cannot show:

- every ``WagtailAdminModelForm`` (pages, snippets, settings, and the inline forms of
  their panels) narrows each foreign-key and many-to-many field to what the user may
  choose, so a forged POST is a form error;
- bulk actions read their objects through the user's scope (``?id=all`` included), so
  their confirmation pages never list another territory's titles.
"""

import logging
from collections.abc import Callable, Iterator
from html import unescape
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q, QuerySet
from django.forms import BaseForm, ModelChoiceField
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_list_or_404, render
from django.urls import ResolverMatch, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.views.bulk_action.base_bulk_action import BulkAction

from .scoping import (
    AnyUser,
    choosable,
    contains,
    is_model,
    scope_for,
    sees_all_territories,
    visible,
)

logger = logging.getLogger(__name__)

# Admin sections that hold nothing of a territory's own: the network team's only.
NETWORK_ONLY_NAMESPACES = (
    "wagtailadmin_collections",
    "wagtailadmin_workflows",
    "wagtailsites",
    "wagtailusers_users",
    "wagtailusers_groups",
    "wagtailredirects",
    "wagtaillocales",
)
# Reports that read every territory (Wagtail filters their rows, or their filters' choices,
# by model permission): a territory's team follows its reviews from its dashboard.
NETWORK_ONLY_VIEWS = {
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
}

# The model an id argument names, by its name (path, query string or POST field).
ID_ARGUMENTS = {
    "page_id": "wagtailcore.Page",
    "parent_page_id": "wagtailcore.Page",
    "page_to_move_id": "wagtailcore.Page",
    "destination_id": "wagtailcore.Page",
    "page_pk": "wagtailcore.Page",
    "image_id": "wagtailimages.Image",
    "document_id": "wagtaildocs.Document",
    "doc_id": "wagtaildocs.Document",
    "collection_id": "wagtailcore.Collection",
    "uploaded_file_id": "wagtailcore.UploadedFile",
    "revision_id": "wagtailcore.Revision",
    "workflow_state_id": "wagtailcore.WorkflowState",
    "task_state_id": "wagtailcore.TaskState",
    "task_id": "wagtailcore.Task",
    "workflow_pk": "wagtailcore.Workflow",
    "redirect_id": "wagtailredirects.Redirect",
    "user_id": settings.AUTH_USER_MODEL,
    "session_id": "wagtailadmin.EditingSession",
}
# Query-string and POST fields that carry ids (Wagtail's bulk actions, API filters,
# move and copy forms, revision checks of the editors, upload collection).
QUERY_ID_ARGUMENTS = {
    "childOf": "wagtailcore.Page",
    "child_of": "wagtailcore.Page",
    "descendant_of": "wagtailcore.Page",
    "ancestor_of": "wagtailcore.Page",
    "parent_page_id": "wagtailcore.Page",
    "new_parent_page": "wagtailcore.Page",
    "revision_id": "wagtailcore.Revision",
    "overwrite_revision_id": "wagtailcore.Revision",
    "loaded_revision_id": "wagtailcore.Revision",
    "collection": "wagtailcore.Collection",
    "collection_id": "wagtailcore.Collection",
}
# ``pk`` of views that do not say their model themselves.
PK_BY_NAMESPACE = {
    "wagtailadmin_pages": "wagtailcore.Page",
    "wagtailadmin_api:pages": "wagtailcore.Page",
    "wagtailadmin_api:images": "wagtailimages.Image",
    "wagtailadmin_api:documents": "wagtaildocs.Document",
    "wagtailimages_chooser": "wagtailimages.Image",
    "wagtaildocs_chooser": "wagtaildocs.Document",
    "wagtailsettings": "wagtailcore.Site",
}
# Path arguments that are not ids.
NOT_IDS = {
    "app_label",
    "model_name",
    "app_name",
    "content_type_app_name",
    "content_type_model_name",
    "action",
    "action_name",
    "filter_spec",
    "revision_id_a",  # "earliest", "latest" or a revision of the object named by pk
    "revision_id_b",
}
# Views that only pick an object to link: checked against what the user may choose.
CHOOSER_URL_NAMES = {"chosen", "chosen_multiple", "select_format"}


class Unplaced(Exception):
    """An id argument the layer cannot place on a model: denied by default."""


def admin_objects[V: Callable[..., Any]](**arguments: str) -> Callable[[V], V]:
    """Decorate one of our own admin views with the models its id arguments name:
    ``@admin_objects(pk="actors.ActorImport")``; ``id`` names the model of the ids
    of its query string and POST fields (``?id=1&id=2``)."""

    def decorate(view: V) -> V:
        view.admin_objects = arguments  # type: ignore[attr-defined]  # read by this layer
        return view

    return decorate


def is_network_only(match: ResolverMatch) -> bool:
    return match.view_name in NETWORK_ONLY_VIEWS or any(
        match.view_name.startswith(f"{namespace}:") for namespace in NETWORK_ONLY_NAMESPACES
    )


def _model(label_or_model: str | type[models.Model]) -> type[models.Model]:
    return label_or_model if is_model(label_or_model) else apps.get_model(label_or_model)


def _view_model(match: ResolverMatch) -> type[models.Model] | None:
    """The model a class-based view or viewset says it works on, if it says one."""
    func = match.func
    declared = getattr(func, "admin_objects", {}).get("pk")
    if declared:
        return _model(declared)
    for candidate in (
        getattr(func, "view_initkwargs", {}).get("model"),
        getattr(getattr(func, "view_class", None), "model", None),
        getattr(getattr(func, "cls", None), "model", None),
    ):
        if isinstance(candidate, str) and "." in candidate:
            candidate = apps.get_model(candidate)
        if is_model(candidate):
            return candidate
    if match.namespace in PK_BY_NAMESPACE:
        return _model(PK_BY_NAMESPACE[match.namespace])
    return None


def model_of_argument(match: ResolverMatch, name: str) -> type[models.Model] | None:
    """The model that the path argument ``name`` of this admin URL names, ``None`` for an
    argument that is not an id; raises ``Unplaced`` when it cannot tell."""
    if name in NOT_IDS:
        return None
    declared = getattr(match.func, "admin_objects", {})
    if name in declared:
        return _model(declared[name])
    if name == "object_id" and {"app_label", "model_name"} <= set(match.kwargs):
        return _model_from_kwargs(match.kwargs)
    if name in ID_ARGUMENTS:
        return _model(ID_ARGUMENTS[name])
    if name == "pk":
        model = _view_model(match)
        if model is not None:
            return model
    raise Unplaced(f"{match.view_name}: {name}")


def _model_from_kwargs(kwargs: dict[str, Any]) -> type[models.Model]:
    try:
        return apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except LookupError as error:
        raise Http404 from error


def named_objects(
    match: ResolverMatch, request: HttpRequest
) -> Iterator[tuple[type[models.Model], Any, bool]]:
    """Every (model, id, for choosing) that this admin request names."""
    for name, value in match.kwargs.items():
        model = model_of_argument(match, name)
        if model is not None:
            yield model, value, match.url_name in CHOOSER_URL_NAMES
    data = [request.GET] + ([request.POST] if request.method == "POST" else [])
    for query in data:
        for name, label in QUERY_ID_ARGUMENTS.items():
            for value in query.getlist(name):
                if value not in ("", "root"):
                    yield _model(label), value, False
        declared = getattr(match.func, "admin_objects", {}).get("id")
        ids = [value for value in query.getlist("id") if value != "all"]
        if ids and (query is request.GET or declared):
            if declared:
                model = _model(declared)
            elif match.view_name == "wagtail_bulk_action":
                model = _model_from_kwargs(match.kwargs)
            else:
                model = _view_model(match)
            if model is None:
                raise Unplaced(f"{match.view_name}: ?id")
            for value in ids:
                yield model, value, match.url_name in CHOOSER_URL_NAMES


def _valid_pk(model: type[models.Model], value: Any) -> bool:
    if isinstance(model._meta.pk, models.AutoField | models.BigAutoField | models.IntegerField):
        return str(value).isascii() and str(value).isdigit()
    return True


def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class AdminScopeMiddleware:
    """Admin requests: ids outside the user's scope answer 404, network sections 403,
    and Wagtail's "permission denied, back to the dashboard" becomes a plain 403."""

    DENIED = "Sorry, you do not have permission to access this area."

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    @cached_property
    def prefix(self) -> str:
        return _admin_prefix()

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: list[Any],
        view_kwargs: dict[str, Any],
    ) -> None:
        match = request.resolver_match
        user = request.user
        if (
            match is None
            or not request.path.startswith(self.prefix)
            or not user.is_authenticated
            or sees_all_territories(user)
        ):
            return None
        if is_network_only(match):
            raise PermissionDenied
        try:
            for model, value, for_choosing in named_objects(match, request):
                if not _valid_pk(model, value) or not contains(
                    user, model, value, for_choosing=for_choosing
                ):
                    raise Http404
        except Unplaced:
            logger.warning("admin id not placed on a model: %s", match.view_name)
            raise Http404 from None
        return None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 302 or not request.path.startswith(self.prefix):
            return response
        if response.get("Location") != self.prefix:
            return response
        storage: Any = getattr(request, "_messages", None)  # Django's message storage
        queued = getattr(storage, "_queued_messages", [])
        denied_text = gettext(self.DENIED)
        denied = [
            m for m in queued if unescape(str(m.message)).strip() in (denied_text, self.DENIED)
        ]
        if not denied:
            return response
        storage._queued_messages = [m for m in queued if m not in denied]
        return render(request, "admin_denied.html", status=403)


# --- Forms -----------------------------------------------------------------------------


def _current_pks(form: BaseForm, name: str) -> list[Any]:
    value = form.initial.get(name)
    if isinstance(value, QuerySet):
        return list(value.values_list("pk", flat=True))
    values = value if isinstance(value, list | tuple | set) else [value]
    pks = []
    for item in values:
        item = getattr(item, "pk", item)
        if item not in (None, ""):
            pks.append(item)
    return pks


def scope_form_fields(form: BaseForm, user: AnyUser | None) -> None:
    """Narrow every model choice field of ``form`` (and of its inline forms) to what
    ``user`` may choose, keeping the values already saved."""
    if user is None or sees_all_territories(user):
        return
    for name, field in form.fields.items():
        if not isinstance(field, ModelChoiceField) or field.queryset is None:
            continue
        model = field.queryset.model
        scope = scope_for(model)
        if scope is not None and scope.shared:
            continue
        allowed = Q(pk__in=choosable(user, model).values("pk"))
        current = _current_pks(form, name)
        field.queryset = field.queryset.filter(allowed | Q(pk__in=current) if current else allowed)
        _limit_chooser_widget(field)
    for formset in getattr(form, "formsets", {}).values():
        formset.form_kwargs = {**formset.form_kwargs, "for_user": user}


def _limit_chooser_widget(field: ModelChoiceField[Any]) -> None:
    """A chooser widget re-displays a posted id by reading the object from the model's
    manager: a forged id would show its title. It reads through the field's queryset."""
    widget = field.widget
    original = getattr(widget, "get_instance", None)
    queryset = field.queryset
    if original is None or queryset is None:
        return

    def get_instance(value: Any) -> Any:
        instance = original(value)
        if instance is None or queryset.filter(pk=instance.pk).exists():
            return instance
        return None

    widget.get_instance = get_instance


# --- Patches of Wagtail, applied once from TerritoriesConfig.ready() -----------------


def _scoped_bulk_queryset(
    self: Any, model: type[models.Model], object_ids: list[Any]
) -> list[models.Model]:
    """``BulkAction.get_queryset`` through the user's scope (it was a classmethod that
    read every object, and listed those refused by title)."""
    return get_list_or_404(visible(self.request.user, model), pk__in=object_ids)


def apply_patches() -> None:
    if getattr(WagtailAdminModelForm, "_territory_scoped", False):
        return
    original_init = WagtailAdminModelForm.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        scope_form_fields(self, self.for_user)

    WagtailAdminModelForm.__init__ = __init__
    WagtailAdminModelForm._territory_scoped = True
    BulkAction.get_queryset = _scoped_bulk_queryset
    # The listings' filters too: the page explorer's « Site » filter listed every
    # territory's site to any editor (their names, one checkbox each, 300 at 300
    # territories), its « Owner » and « Edited by » every territory's people.
    original_form = WagtailFilterSet.form

    def form(self: Any) -> BaseForm:
        built: BaseForm = original_form.fget(self)
        if not getattr(built, "_territory_scoped", False):
            request = getattr(self, "request", None)
            scope_form_fields(built, getattr(request, "user", None))
            built._territory_scoped = True  # type: ignore[attr-defined]
        return built

    WagtailFilterSet.form = property(form)
