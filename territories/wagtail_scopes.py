"""Scopes of Wagtail's own models and of the territory core (see ``territories.scoping``).

Feature apps declare their models' scopes next to their admin, in ``wagtail_hooks.py``.
"""

from collections import defaultdict
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Q, QuerySet
from django.db.models.functions import Substr
from django.db.models.lookups import In

from taggit.models import Tag
from wagtail.admin.models import EditingSession
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Locale,
    Page,
    PagePermissionTester,
    Revision,
    Site,
    Task,
    TaskState,
    UploadedFile,
    Workflow,
    WorkflowState,
)
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from .models import Territory
from .scoping import AnyUser, VisibleFn, declare_scope, declare_shared, user_territory_ids

# Wagtail ships no types: its models and policies answer Any (hence "no-any-return").
MEDIA_ACTIONS = ["choose", "change", "delete"]
EDIT_ACTIONS = {"change", "publish", "lock", "unlock", "bulk_delete"}


def at_or_below(pages: list[Any]) -> Q:
    """Pages at or below any of ``pages``, as one condition: per depth, the path's prefix
    of that depth IN the pages' paths. Wagtail ORs one queryset per permission, which
    costs quadratic time in Python (the network team holds five permissions per
    territory: 1,505 at 300 territories, seconds per admin page)."""
    by_depth: dict[int, set[str]] = defaultdict(set)
    for page in pages:
        by_depth[page.depth].add(page.path)
    conditions = [
        Q(depth__gte=depth) & Q(In(Substr("path", 1, len(next(iter(paths)))), sorted(paths)))
        for depth, paths in sorted(by_depth.items())
    ]
    return Q(*conditions, _connector=Q.OR) if conditions else Q(pk__in=[])


def ancestors_of(pages: list[Any]) -> Q:
    """Strict ancestors of any of ``pages`` (every shorter prefix of their paths)."""
    steplen = Page.steplen
    paths = {
        page.path[:length] for page in pages for length in range(steplen, len(page.path), steplen)
    }
    return Q(path__in=sorted(paths))


class TerritoryPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, with one rule more: where a user may only *add*
    pages (a pioneer under the experience index), they explore their own pages and the
    published ones, not the other pioneers' drafts. The querysets are Wagtail's, built
    as one condition per depth instead of one OR per permission (``at_or_below``)."""

    def instances_user_has_any_permission_for(self, user: AnyUser, actions: Any) -> QuerySet[Any]:
        base: QuerySet[Any] | None = self._base_queryset_for_user(user)
        if base is not None:
            return base
        add = self._get_permission_codename("add")
        wanted = self._get_permission_codenames(actions)
        own_only, full = [], []
        for perm in self.get_cached_permissions_for_user(user):
            codename = perm.permission.codename
            if codename == add and "add" not in actions and "change" in actions:
                own_only.append(perm.page)  # Wagtail: an adder changes its own pages
            elif codename in wanted:
                full.append(perm.page)
        condition = at_or_below(full)
        if own_only:
            condition |= at_or_below(own_only) & Q(owner=user)
        return self.model._default_manager.filter(condition)  # type: ignore[no-any-return]

    def _explorable(self, user: AnyUser) -> QuerySet[Any]:
        """Wagtail's ``explorable_instances``: the pages one may act on, their ancestors,
        below the first common ancestor of the permissions' pages."""
        base: QuerySet[Any] | None = self._base_queryset_for_user(user)
        if base is not None:
            return base
        acting = self.instances_user_has_any_permission_for(
            user, {"add", "change", "publish", "lock", "unlock", "bulk_delete"}
        )
        pages = [perm.page for perm in self.get_cached_permissions_for_user(user)]
        explorable = self.model._default_manager.filter(
            Q(pk__in=acting.values("pk")) | ancestors_of(pages)
        )
        if not pages:
            return explorable  # type: ignore[no-any-return]
        common = self.model.base_page_model.objects.first_common_ancestor_of(pages)
        return explorable.filter(path__startswith=common.path)  # type: ignore[no-any-return]

    def explorable_instances(self, user: AnyUser) -> QuerySet[Any]:
        explorable: QuerySet[Any] = self._explorable(user)
        if self._base_queryset_for_user(user) is not None:
            return explorable
        add_only = [
            perm.page
            for perm in self.get_cached_permissions_for_user(user)
            if perm.permission.codename == "add_page"
        ]
        if not add_only:
            return explorable
        below = Q(pk__in=[])
        for page in add_only:
            below |= Q(path__startswith=page.path, depth__gt=page.depth)
        editable = self.instances_user_has_any_permission_for(user, EDIT_ACTIONS)
        return explorable.exclude(below & Q(live=False) & ~Q(pk__in=editable.values("pk")))


def page_actions_by_path(user: AnyUser) -> dict[str, frozenset[str]]:
    """{page path: the actions (« add », « change »…) the user's groups hold on it}, built
    once per user object (Wagtail caches the permissions on it the same way)."""
    cached: dict[str, frozenset[str]] | None = getattr(user, "_page_actions_by_path", None)
    if cached is None:
        policy = policy_registry.get_by_type(Page)
        actions: dict[str, set[str]] = defaultdict(set)
        for perm in policy.get_cached_permissions_for_user(user):
            actions[perm.page.path].add(perm.permission.codename.rsplit("_", maxsplit=1)[0])
        cached = {path: frozenset(names) for path, names in actions.items()}
        user._page_actions_by_path = cached  # type: ignore[union-attr]  # per user object
    return cached


WAGTAIL_TESTER_INIT = PagePermissionTester.__init__  # kept to check ours against it


def _tester_init(self: PagePermissionTester, user: AnyUser, page: Any) -> None:
    """``PagePermissionTester.__init__`` reading the actions of the page's ancestors from
    ``page_actions_by_path`` (a few look-ups) instead of testing every permission of the
    user against the page: the network team holds five per territory, and the explorer
    builds a tester per row (1,505 × 500 comparisons a request at 300 territories, 2.5 s).
    Same result (``tests/territories/test_page_permissions.py``)."""
    self.user = user
    self.permission_policy = policy_registry.get(page)
    self.page = page
    self.page_is_root = page.depth == 1
    if user.is_active and not user.is_superuser:
        by_path = page_actions_by_path(user)
        path, steplen = page.path, Page.steplen
        found: set[str] = set()
        for length in range(steplen, len(path) + 1, steplen):
            found |= by_path.get(path[:length], frozenset())
        self.permissions = found


def explorable_pages(user: AnyUser) -> QuerySet[Any]:
    return policy_registry.get_by_type(Page).explorable_instances(user)  # type: ignore[no-any-return]


def linkable_pages(user: AnyUser) -> QuerySet[Any]:
    """A page field or the page chooser links one's own pages, or any live page."""
    return Page.objects.filter(Q(pk__in=explorable_pages(user).values("pk")) | Q(live=True))  # type: ignore[no-any-return]


def _media(model: type[Model]) -> VisibleFn:
    def scope(user: AnyUser) -> QuerySet[Any]:
        policy = policy_registry.get_by_type(model)
        return policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)  # type: ignore[no-any-return]

    return scope


def _collections(user: AnyUser) -> QuerySet[Any]:
    """The collections the user's groups hold a permission on, and those below them."""
    held = Collection.objects.filter(group_permissions__group__user=user).distinct()
    below = Q(pk__in=[])
    for collection in held:
        below |= Q(path__startswith=collection.path)
    return Collection.objects.filter(below)  # type: ignore[no-any-return]


def _sites(user: AnyUser) -> QuerySet[Any]:
    return Site.objects.filter(  # type: ignore[no-any-return]
        pk__in=Territory.objects.filter(pk__in=user_territory_ids(user)).values("site_id")
    )


def _foreign_review_tasks(user: AnyUser) -> QuerySet[Any]:
    """Review tasks assigned to another territory's groups."""
    return GroupApprovalTask.objects.filter(groups__territory_role__isnull=False).exclude(  # type: ignore[no-any-return]
        groups__territory_role__territory_id__in=user_territory_ids(user)
    )


def _content_object(obj: Any) -> Model | None:
    try:
        return obj.content_object  # type: ignore[no-any-return]
    except Exception:  # the object was deleted: nothing to reach through it
        return None


def declare() -> None:
    register_permission_policy(Page, TerritoryPagePermissionPolicy(Page))
    PagePermissionTester.__init__ = _tester_init
    declare_scope(Page, visible=explorable_pages, choosable=linkable_pages)
    declare_scope(get_image_model(), visible=_media(get_image_model()))
    declare_scope(get_document_model(), visible=_media(get_document_model()))
    declare_scope(Collection, visible=_collections)
    declare_scope(Site, visible=_sites)
    declare_scope(Revision, owner=_content_object)
    declare_scope(WorkflowState, owner=_content_object)
    declare_scope(TaskState, owner=lambda state: state.workflow_state)
    declare_scope(
        Task,
        visible=lambda user: Task.objects.exclude(pk__in=_foreign_review_tasks(user).values("pk")),
    )
    declare_scope(
        Workflow,
        visible=lambda user: Workflow.objects.exclude(
            workflow_tasks__task__in=_foreign_review_tasks(user).values("pk")
        ),
    )
    declare_scope(
        UploadedFile, visible=lambda user: UploadedFile.objects.filter(uploaded_by_user=user)
    )
    declare_scope(EditingSession, visible=lambda user: EditingSession.objects.filter(user=user))
    declare_scope(
        get_user_model(),
        visible=lambda user: get_user_model().objects.filter(
            groups__territory_role__territory_id__in=user_territory_ids(user)
        ),
    )
    declare_shared(ContentType, Locale, Tag)
