"""Territory isolation in the admin: what each model's objects a user may see and link.

Wagtail is not multi-tenant. Every model that admin views, forms or choosers can name
declares its scope here, once (``declare_territorial``, ``declare_scope`` or
``declare_shared``); ``territories.admin_scope`` enforces it on every admin request (path,
query string and POST ids, bulk actions, form fields). A model with no declaration is
denied to everyone but the network team.

- *visible*: the objects a user may open and act on in the admin (their territories').
- *choosable*: the objects a form field or chooser may link to (by default the visible
  ones; actors and pages add what is already public on the network).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import django_filters

from django.db import models
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Territory, TerritoryRole

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # in typing from Python 3.13

    from django.contrib.auth.models import AnonymousUser, User

NETWORK_WIDE_PERMISSION = "territories.manage_network"

type AnyUser = User | AnonymousUser


def sees_all_territories(user: AnyUser) -> bool:
    """Superusers and the network team act on every territory."""
    return bool(user.is_active and (user.is_superuser or user.has_perm(NETWORK_WIDE_PERMISSION)))


def user_territory_ids(user: AnyUser) -> frozenset[int]:
    """Ids of the territories whose groups the user belongs to (cached on the user)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_territory_ids", None)
    if cached is None:
        cached = frozenset(
            TerritoryRole.objects.filter(group__user=user).values_list("territory_id", flat=True)
        )
        user._territory_ids = cached  # type: ignore[attr-defined]  # cached on the user
    return cached


def territories_with_role(user: "User", *roles: str) -> "QuerySet[Territory]":
    """The territories in whose groups of these roles (``TerritoryRole.Role``) the user is."""
    held = TerritoryRole.objects.filter(group__user=user, role__in=roles)
    return Territory.objects.filter(pk__in=held.values("territory_id"))


def user_territories(request: HttpRequest | None) -> "QuerySet[Territory]":
    """The territories a listing's filter offers: the user's own (all for the network team),
    so a territory's editor never sees the others named, nor lists their objects."""
    if request is None:
        return Territory.objects.none()
    territories = Territory.objects.only("pk", "name").order_by("name")
    if sees_all_territories(request.user):
        return territories
    return territories.filter(pk__in=user_territory_ids(request.user))


class TerritoryFilter(django_filters.ModelChoiceFilter):
    """``?territory=<id>``, as the dashboard's per-territory links write it. An id outside
    the user's territories is not a valid choice: the listing stays the user's scope."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            field_name="territory", label=_("Territoire"), queryset=user_territories, **kwargs
        )


def territory_id_of(instance: models.Model, territory_field: str) -> Any:
    if not territory_field:
        return instance.pk
    value: Any = instance
    for part in territory_field.split("__"):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value.pk if hasattr(value, "pk") else value


class TerritoryPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, restricted to the objects of the user's territories.

    ``territory_field`` is the lookup path from the model to its Territory
    (``"territory"`` for an actor); an empty string means the model is Territory itself.
    """

    model: type[models.Model]  # set by Wagtail's (untyped) __init__

    def __init__(self, model: type[models.Model], territory_field: str = "territory") -> None:
        super().__init__(model)
        self.territory_field = territory_field

    @property
    def _id_lookup(self) -> str:
        return f"{self.territory_field}_id" if self.territory_field else "pk"

    def scope[M: models.Model](self, user: AnyUser, queryset: QuerySet[M]) -> QuerySet[M]:
        if sees_all_territories(user):
            return queryset
        ids = user_territory_ids(user)
        if not ids:
            return queryset.none()
        lookup = f"{self.territory_field}__in" if self.territory_field else "pk__in"
        return queryset.filter(**{lookup: ids})

    def in_scope(self, user: AnyUser, instance: models.Model) -> bool:
        if sees_all_territories(user):
            return True
        return territory_id_of(instance, self.territory_field) in user_territory_ids(user)

    def user_has_permission_for_instance(
        self, user: AnyUser, action: str, instance: models.Model
    ) -> bool:
        return self.user_has_permission(user, action) and self.in_scope(user, instance)

    def user_has_any_permission_for_instance(
        self, user: AnyUser, actions: list[str], instance: models.Model
    ) -> bool:
        return self.user_has_any_permission(user, actions) and self.in_scope(user, instance)

    def instances_user_has_permission_for(self, user: AnyUser, action: str) -> QuerySet[Any]:
        return self.instances_user_has_any_permission_for(user, [action])

    def instances_user_has_any_permission_for(
        self, user: AnyUser, actions: list[str]
    ) -> QuerySet[Any]:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope(user, self.model._default_manager.all())

    def users_with_any_permission_for_instance(
        self, actions: list[str], instance: models.Model
    ) -> "QuerySet[User]":
        territory_id = territory_id_of(instance, self.territory_field)
        users: QuerySet[User] = self.users_with_any_permission(actions)
        return users.filter(
            Q(is_superuser=True)
            | Q(groups__territory_role__territory_id=territory_id)
            | Q(groups__permissions__codename="manage_network")
            | Q(user_permissions__codename="manage_network")
        ).distinct()


def _scoped_view(view_class: Any) -> Any:
    """Subclass a chooser view (Wagtail's: untyped) so it only offers objects the user may
    choose."""

    class Scoped(view_class):
        def _choosable(self) -> QuerySet[Any]:
            return choosable(self.request.user, self.model_class)

        def get_object_list(self, *args: Any, **kwargs: Any) -> QuerySet[Any]:
            return _narrow(super().get_object_list(*args, **kwargs), self._choosable())

        def get_object(self, pk: Any) -> Any:
            return self._choosable().get(pk=pk)

        def get_objects(self, pks: list[Any]) -> QuerySet[Any]:
            return _narrow(super().get_objects(pks), self._choosable())

    Scoped.__name__ = f"TerritoryScoped{view_class.__name__}"
    return Scoped


class TerritoryScopedChooserViewSet(SnippetChooserViewSet):
    # Wagtail's view classes (untyped), replaced by their scoped subclasses.
    choose_view_class: Any
    choose_results_view_class: Any
    chosen_view_class: Any
    chosen_multiple_view_class: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.choose_view_class = _scoped_view(self.choose_view_class)
        self.choose_results_view_class = _scoped_view(self.choose_results_view_class)
        self.chosen_view_class = _scoped_view(self.chosen_view_class)
        self.chosen_multiple_view_class = _scoped_view(self.chosen_multiple_view_class)
        super().__init__(*args, **kwargs)


class TerritoryScopedSnippetViewSet(SnippetViewSet):
    """A snippet admin whose listing and chooser show the user's scope only (the ids in
    its URLs are checked by ``territories.admin_scope`` like every admin URL's)."""

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        return _narrow(queryset, visible(request.user, self.model))

    @property
    def chooser_viewset(self) -> TerritoryScopedChooserViewSet:
        return TerritoryScopedChooserViewSet(
            self.get_chooser_admin_url_namespace(),
            model=self.model,
            url_prefix=self.get_chooser_admin_base_path(),
            icon=self.icon,
            per_page=self.chooser_per_page,
        )


# --- The scope registry: one declaration per model --------------------------------------

type VisibleFn = Callable[[AnyUser], QuerySet[Any]]


@dataclass(frozen=True)
class Scope:
    """How a model's objects are narrowed for a user who does not see every territory.

    ``visible(user)`` and ``choosable(user)`` return querysets. ``owner(obj)`` (for
    revisions, workflow states...) names the object whose scope decides instead.
    ``shared`` objects belong to no territory (taxonomies, the network's own content):
    Wagtail's model permissions alone decide who edits them.
    """

    visible: VisibleFn | None = None
    choosable: VisibleFn | None = None
    owner: Callable[[Any], models.Model | None] | None = None
    shared: bool = False


_scopes: dict[type[models.Model], Scope] = {}
_declarations_loaded = False


def _load_declarations() -> None:
    """Feature apps declare their scopes in ``wagtail_hooks.py``: load them all."""
    global _declarations_loaded
    hooks.search_for_hooks()
    _declarations_loaded = True


def declare_scope(model: type[models.Model], **scope: Any) -> None:
    _scopes[model] = Scope(**scope)


def declare_shared(*models_: type[models.Model]) -> None:
    for model in models_:
        _scopes[model] = Scope(shared=True)


def declare_territorial(
    model: type[models.Model],
    territory_field: str = "territory",
    choosable: VisibleFn | None = None,
    policy: bool = True,
) -> None:
    """A model whose objects belong to one territory through ``territory_field`` (a
    lookup path; "" for Territory itself): visible in its territory's admin only, and
    guarded by a ``TerritoryPermissionPolicy`` registered with Wagtail."""
    permission_policy = TerritoryPermissionPolicy(model, territory_field=territory_field)
    declare_scope(
        model,
        visible=lambda user: permission_policy.scope(user, model._default_manager.all()),
        choosable=choosable,
    )
    if policy:
        register_permission_policy(model, permission_policy)


def scope_for(model: type[models.Model]) -> Scope | None:
    """The declaration of the model or of its nearest declared parent (a page type
    falls back on Page's)."""
    if not _declarations_loaded:
        _load_declarations()
    for klass in model.__mro__:
        if klass in _scopes:
            return _scopes[klass]
    return None


def declared_models() -> list[type[models.Model]]:
    return list(_scopes)


def visible(user: AnyUser, model: type[models.Model]) -> QuerySet[Any]:
    """The objects of ``model`` that ``user`` may open and act on in the admin."""
    manager = model._default_manager
    if sees_all_territories(user):
        return manager.all()
    scope = scope_for(model)
    if scope is None or scope.owner is not None:
        return manager.none()
    if scope.shared:
        return manager.all()
    if scope.visible is None:  # declared without a rule: denied, like an undeclared model
        return manager.none()
    return _narrow(manager.all(), scope.visible(user))


def choosable(user: AnyUser, model: type[models.Model]) -> QuerySet[Any]:
    """The objects of ``model`` that a form field or chooser may link for ``user``."""
    scope = scope_for(model)
    if scope is None or scope.choosable is None or sees_all_territories(user):
        return visible(user, model)
    return _narrow(model._default_manager.all(), scope.choosable(user))


def contains(
    user: AnyUser, model: type[models.Model], pk: Any, *, for_choosing: bool = False
) -> bool:
    """Whether the object ``pk`` of ``model`` is within the user's scope."""
    if sees_all_territories(user):
        return True
    scope = scope_for(model)
    if scope is not None and scope.owner is not None:
        obj = model._default_manager.filter(pk=pk).first()
        owner = scope.owner(obj) if obj is not None else None
        return owner is not None and contains(user, type(owner), owner.pk)
    queryset = choosable(user, model) if for_choosing else visible(user, model)
    return queryset.filter(pk=pk).exists()


def _narrow(queryset: QuerySet[Any], allowed: QuerySet[Any]) -> QuerySet[Any]:
    """``queryset`` (of a subclass, say) limited to ``allowed`` (of the declared model)."""
    if allowed.model is queryset.model:
        return allowed
    return queryset.filter(pk__in=allowed.values("pk"))


def is_model(value: object) -> "TypeIs[type[models.Model]]":
    return isinstance(value, type) and issubclass(value, models.Model)
