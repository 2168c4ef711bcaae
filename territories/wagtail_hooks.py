from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from network.models import Theme

from .admin_columns import DuplicateColumn
from .admin_export import EXPORT_FIELDS, EXPORT_HEADINGS, ActorIndexView
from .models import Actor, ActorImport, ActorKind, ActorSignup, Commune, Offer, Territory
from .scoping import (
    TerritoryFilter,
    TerritoryScopedSnippetViewSet,
    choosable,
    declare_shared,
    declare_territorial,
    sees_all_territories,
    user_territory_ids,
)
from .services import territory_provision


def _linkable_actors(user):
    """Any published actor of the network (public, on the maps) or one's own drafts."""
    return Actor.objects.filter(Q(live=True) | Q(territory_id__in=user_territory_ids(user)))


# Scopes (territories/scoping.py): one declaration per model.
declare_territorial(Territory, territory_field="")
declare_territorial(Actor, choosable=_linkable_actors)
declare_territorial(Commune, policy=False)
declare_territorial(ActorImport, policy=False)
declare_territorial(ActorSignup, policy=False)
declare_shared(ActorKind, Offer, Theme)


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


class ActorFilterSet(WagtailFilterSet):
    territory = TerritoryFilter()  # the user's territories only

    class Meta:
        model = Actor
        fields = ["kind", "live"]


class ActorViewSet(TerritoryScopedSnippetViewSet):
    model = Actor
    icon = "group"
    menu_label = _("Acteurs")
    menu_order = 140
    add_to_admin_menu = True
    list_display = ["name", "kind", "city", "territory", UpdatedAtColumn(), DuplicateColumn()]
    filterset_class = ActorFilterSet
    list_export = EXPORT_FIELDS
    export_headings = EXPORT_HEADINGS
    export_filename = "acteurs"
    index_view_class = ActorIndexView


class ActorKindViewSet(SnippetViewSet):
    model = ActorKind
    icon = "tag"
    menu_label = _("Types d’acteurs")


class OfferViewSet(SnippetViewSet):
    model = Offer
    icon = "tick-inverse"
    menu_label = _("Offres")


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ActorKindViewSet, OfferViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_order = 170


register_snippet(ActorViewSet)
register_snippet(TaxonomyGroup)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def provision_territory(request, instance):
    """A territory created or renamed in the admin gets its site, pages, groups at once."""
    if isinstance(instance, Territory):
        territory_provision(instance, port=settings.SITE_PORT)


@hooks.register("construct_admin_api", order=100)
def scope_admin_media_api(router):
    """Runs after Wagtail's own registration and replaces its media endpoints."""
    from .admin_api import ScopedDocumentsAdminAPIViewSet, ScopedImagesAdminAPIViewSet

    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


@hooks.register("construct_page_chooser_queryset")
def hide_other_territories_drafts(pages, request):
    """The page chooser offers the user's own pages, and others' published pages only."""
    from wagtail.models import Page

    return pages.filter(pk__in=choosable(request.user, Page).values("pk"))


@hooks.register("construct_reports_menu")
def hide_network_reports(request, menu_items):
    """These reports read every territory's objects: network team only."""
    if not sees_all_territories(request.user):
        hidden = {"page-types-usage", "site-history", "workflows", "workflow-tasks"}
        menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("register_admin_urls")
def register_import_urls():
    from django.urls import include, path

    from . import admin_views
    from .admin_scope import admin_objects

    run = admin_objects(pk=ActorImport)
    urls = [
        path("import/", admin_views.import_form, name="import_form"),
        path("import/<int:pk>/", run(admin_views.import_status), name="import_status"),
        path("import/<int:pk>/rapport.csv", run(admin_views.import_report), name="import_report"),
        path("fusionner/", admin_objects(id=Actor)(admin_views.merge_actors), name="merge_actors"),
    ]
    return [path("acteurs/", include((urls, "territories_admin"), namespace="territories_admin"))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    from django.urls import reverse

    from wagtail.admin.menu import MenuItem

    class ImportMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("territories.add_actor")

    return ImportMenuItem(
        _("Importer des acteurs"),
        reverse("territories_admin:import_form"),
        icon_name="upload",
        order=141,
    )


# --- Self-registration: moderation of sign-ups (territories/signup_views.py) ---------------


@hooks.register("register_admin_urls")
def register_signup_urls():
    from django.urls import include, path

    from . import signup_views
    from .admin_scope import admin_objects

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
            include((urls, "territories_signups"), namespace="territories_signups"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_signup_menu_item():
    from django.urls import reverse

    from wagtail.admin.menu import MenuItem

    from .signup import can_moderate

    class SignupMenuItem(MenuItem):
        def is_shown(self, request):
            return can_moderate(request.user)

    return SignupMenuItem(
        _("Inscriptions"),
        reverse("territories_signups:list"),
        icon_name="user",
        order=142,
    )


@hooks.register("construct_homepage_panels")
def add_signup_panel(request, panels):
    from .signup import can_moderate
    from .signup_views import PendingSignupsPanel

    if can_moderate(request.user):
        panels.append(PendingSignupsPanel())
