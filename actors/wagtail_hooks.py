"""The actors' admin: the directory, its taxonomies, import, merge and sign-up moderation."""

from django.db.models import Q
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from territories.admin_scope import admin_objects
from territories.scoping import (
    TerritoryFilter,
    TerritoryScopedSnippetViewSet,
    declare_shared,
    declare_territorial,
    user_territory_ids,
)

from . import admin_views, signup_views
from .admin_columns import DuplicateColumn, PositionColumn
from .admin_export import EXPORT_FIELDS, EXPORT_HEADINGS, ActorIndexView
from .models import Actor, ActorImport, ActorKind, ActorSignup, NeedKind, Offer
from .signup import can_moderate
from .signup_views import PendingSignupsPanel


def _linkable_actors(user):
    """Any published actor of the network (public, on the maps) or one's own drafts."""
    return Actor.objects.filter(Q(live=True) | Q(territory_id__in=user_territory_ids(user)))


# Scopes (territories/scoping.py): one declaration per model.
declare_territorial(Actor, choosable=_linkable_actors)
declare_territorial(ActorImport, policy=False)
declare_territorial(ActorSignup, policy=False)
declare_shared(ActorKind, Offer, NeedKind)


class ActorFilterSet(WagtailFilterSet):
    territory = TerritoryFilter()  # the user's territories only

    class Meta:
        model = Actor
        fields = ["kind", "live"]


class ActorCreateView(CreateView):
    """No autosave on a new actor: it cannot be kept before its kind and territory are
    chosen (columns that cannot be empty), so Wagtail's autosave of the half-filled form
    would answer 400 again and again. Its edit page autosaves."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False


class ActorViewSet(TerritoryScopedSnippetViewSet):
    model = Actor
    icon = "group"
    menu_label = _("Acteurs")
    menu_order = 140
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        "city",
        "territory",
        PositionColumn(),
        UpdatedAtColumn(),
        DuplicateColumn(),
    ]
    filterset_class = ActorFilterSet
    list_export = EXPORT_FIELDS
    export_headings = EXPORT_HEADINGS
    export_filename = "acteurs"
    index_view_class = ActorIndexView
    add_view_class = ActorCreateView


class ActorKindViewSet(SnippetViewSet):
    model = ActorKind
    icon = "tag"
    menu_label = _("Types d’acteurs")


class OfferViewSet(SnippetViewSet):
    model = Offer
    icon = "tick-inverse"
    menu_label = _("Offres")


class NeedKindViewSet(SnippetViewSet):
    """Need kinds, and the offers that answer each (the matching of needs to actors)."""

    model = NeedKind
    icon = "search"
    menu_label = _("Types de besoins")
    list_display = ["name", "slug"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ActorKindViewSet, OfferViewSet, NeedKindViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_order = 170


register_snippet(ActorViewSet)
register_snippet(TaxonomyGroup)


@hooks.register("register_admin_urls")
def register_import_urls():
    run = admin_objects(pk=ActorImport)
    urls = [
        path("import/", admin_views.import_form, name="import_form"),
        path("import/<int:pk>/", run(admin_views.import_status), name="import_status"),
        path("import/<int:pk>/rapport.csv", run(admin_views.import_report), name="import_report"),
        path(
            "import/<int:pk>/lignes-valides/",
            run(admin_views.import_valid_rows),
            name="import_valid_rows",
        ),
        path("fusionner/", admin_objects(id=Actor)(admin_views.merge_actors), name="merge_actors"),
    ]
    return [path("acteurs/", include((urls, "actors_admin"), namespace="actors_admin"))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    class ImportMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("actors.add_actor")

    return ImportMenuItem(
        _("Importer des acteurs"),
        reverse("actors_admin:import_form"),
        icon_name="upload",
        order=141,
    )


# --- Self-registration: moderation of sign-ups (actors/signup_views.py) --- ---------------


@hooks.register("register_admin_urls")
def register_signup_urls():
    signup = admin_objects(pk=ActorSignup)
    urls = [
        path("", signup_views.moderation_list, name="list"),
        path("<int:pk>/", signup(signup_views.moderation_detail), name="detail"),
        path("<int:pk>/accepter/", signup(signup_views.moderation_approve), name="approve"),
        path("<int:pk>/refuser/", signup(signup_views.moderation_reject), name="reject"),
    ]
    return [
        path(
            "inscriptions/",
            include((urls, "actors_signups"), namespace="actors_signups"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_signup_menu_item():
    class SignupMenuItem(MenuItem):
        def is_shown(self, request):
            return can_moderate(request.user)

    return SignupMenuItem(
        _("Inscriptions"),
        reverse("actors_signups:list"),
        icon_name="user",
        order=142,
    )


@hooks.register("construct_homepage_panels")
def add_signup_panel(request, panels):
    if can_moderate(request.user):
        panels.append(PendingSignupsPanel())
