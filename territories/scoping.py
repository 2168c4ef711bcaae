"""Territory isolation in the admin.

Wagtail is not multi-tenant: a snippet's permissions are per model. Every model that
belongs to a territory registers a ``TerritoryPermissionPolicy`` (per-object rules) and
its admin uses ``TerritoryScopedSnippetViewSet``, which filters listings and choosers and
answers 404 on every URL that names an object of another territory (edit, delete,
history, usage, revisions, preview, workflow, lock, copy, chooser...), including URLs
that a future Wagtail release adds.
"""

from functools import wraps

import django_filters

from django.contrib.admin.utils import unquote
from django.db.models import Q, QuerySet
from django.http import Http404
from django.urls import URLPattern
from django.utils.translation import gettext_lazy as _

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

NETWORK_WIDE_PERMISSION = "territories.manage_network"


def sees_all_territories(user) -> bool:
    """Superusers and the network team act on every territory."""
    return bool(user.is_active and (user.is_superuser or user.has_perm(NETWORK_WIDE_PERMISSION)))


def user_territory_ids(user) -> frozenset[int]:
    """Ids of the territories whose groups the user belongs to (cached on the user)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_territory_ids", None)
    if cached is None:
        from .models import TerritoryRole

        cached = frozenset(
            TerritoryRole.objects.filter(group__user=user).values_list("territory_id", flat=True)
        )
        user._territory_ids = cached
    return cached


def territories_with_role(user, *roles):
    """The territories in whose groups of these roles (``TerritoryRole.Role``) the user is."""
    from .models import Territory, TerritoryRole

    held = TerritoryRole.objects.filter(group__user=user, role__in=roles)
    return Territory.objects.filter(pk__in=held.values("territory_id"))


def user_territories(request):
    """The territories a listing's filter offers: the user's own (all for the network team),
    so a territory's editor never sees the others named, nor lists their objects."""
    from .models import Territory

    if request is None:
        return Territory.objects.none()
    territories = Territory.objects.only("pk", "name").order_by("name")
    if sees_all_territories(request.user):
        return territories
    return territories.filter(pk__in=user_territory_ids(request.user))


class TerritoryFilter(django_filters.ModelChoiceFilter):
    """``?territory=<id>``, as the dashboard's per-territory links write it. An id outside
    the user's territories is not a valid choice: the listing stays the user's scope."""

    def __init__(self, **kwargs):
        super().__init__(
            field_name="territory", label=_("Territoire"), queryset=user_territories, **kwargs
        )


def territory_id_of(instance, territory_field: str):
    if not territory_field:
        return instance.pk
    value = instance
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

    def __init__(self, model, territory_field: str = "territory"):
        super().__init__(model)
        self.territory_field = territory_field

    @property
    def _id_lookup(self) -> str:
        return f"{self.territory_field}_id" if self.territory_field else "pk"

    def scope(self, user, queryset: QuerySet) -> QuerySet:
        if sees_all_territories(user):
            return queryset
        ids = user_territory_ids(user)
        if not ids:
            return queryset.none()
        lookup = f"{self.territory_field}__in" if self.territory_field else "pk__in"
        return queryset.filter(**{lookup: ids})

    def in_scope(self, user, instance) -> bool:
        if sees_all_territories(user):
            return True
        return territory_id_of(instance, self.territory_field) in user_territory_ids(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.in_scope(user, instance)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope(user, self.model._default_manager.all())

    def users_with_any_permission_for_instance(self, actions, instance):
        territory_id = territory_id_of(instance, self.territory_field)
        return (
            self.users_with_any_permission(actions)
            .filter(
                Q(is_superuser=True)
                | Q(groups__territory_role__territory_id=territory_id)
                | Q(groups__permissions__codename="manage_network")
                | Q(user_permissions__codename="manage_network")
            )
            .distinct()
        )


def _scoped_view(view_class, policy):
    """Subclass a chooser view so it only offers objects the user may see."""

    class Scoped(view_class):
        def get_object_list(self, *args, **kwargs):
            return policy.scope(self.request.user, super().get_object_list(*args, **kwargs))

        def get_object(self, pk):
            return policy.scope(self.request.user, self.model_class.objects.all()).get(pk=pk)

        def get_objects(self, pks):
            return policy.scope(self.request.user, super().get_objects(pks))

    Scoped.__name__ = f"TerritoryScoped{view_class.__name__}"
    return Scoped


class TerritoryScopedChooserViewSet(SnippetChooserViewSet):
    policy: TerritoryPermissionPolicy = None

    def __init__(self, *args, policy=None, **kwargs):
        self.policy = policy
        self.choose_view_class = _scoped_view(self.choose_view_class, policy)
        self.choose_results_view_class = _scoped_view(self.choose_results_view_class, policy)
        self.chosen_view_class = _scoped_view(self.chosen_view_class, policy)
        self.chosen_multiple_view_class = _scoped_view(self.chosen_multiple_view_class, policy)
        super().__init__(*args, **kwargs)


class TerritoryScopedSnippetViewSet(SnippetViewSet):
    """A snippet admin that only shows, and only opens, the user's territories' objects."""

    territory_field = "territory"

    @property
    def policy(self) -> TerritoryPermissionPolicy:
        return self.permission_policy

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        return self.policy.scope(request.user, queryset)

    @property
    def chooser_viewset(self):
        return TerritoryScopedChooserViewSet(
            self.get_chooser_admin_url_namespace(),
            model=self.model,
            url_prefix=self.get_chooser_admin_base_path(),
            icon=self.icon,
            per_page=self.chooser_per_page,
            policy=self.policy,
        )

    def get_urlpatterns(self):
        return [self._guard(pattern) for pattern in super().get_urlpatterns()]

    def _guard(self, pattern):
        if not isinstance(pattern, URLPattern):
            return pattern
        names = set(getattr(pattern.pattern, "converters", {})) | set(
            pattern.pattern.regex.groupindex
        )
        if "pk" not in names:
            return pattern
        view, model, policy = pattern.callback, self.model, self.policy

        @wraps(view)
        def guarded(request, *args, **kwargs):
            pk = unquote(str(kwargs["pk"]))
            if not policy.scope(request.user, model._default_manager.filter(pk=pk)).exists():
                raise Http404
            return view(request, *args, **kwargs)

        return URLPattern(pattern.pattern, guarded, pattern.default_args, pattern.name)
