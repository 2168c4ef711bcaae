from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from territories.scoping import declare_shared

from . import dashboard, views
from .chooser import actor_chooser_viewset
from .models import Method
from .services import inviting_territories

declare_shared(Method)


@hooks.register("register_admin_viewset")
def register_actor_chooser():
    return actor_chooser_viewset


class MethodViewSet(SnippetViewSet):
    model = Method
    icon = "list-ul"
    menu_label = _("Méthodes")
    add_to_admin_menu = False


register_snippet(MethodViewSet)


pioneer_urls = [
    path("", views.PioneersView.as_view(), name="index"),
    path("<int:user_id>/renvoyer/", views.ResendInvitationView.as_view(), name="resend"),
]


@hooks.register("register_admin_urls")
def register_pioneer_urls():
    return [path("pionniers/", include((pioneer_urls, "experiences_pioneers")))]


class PioneersMenuItem(MenuItem):
    def is_shown(self, request):
        return inviting_territories(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_pioneers_menu_item():
    return PioneersMenuItem(
        _("Pionniers"), reverse("experiences_pioneers:index"), icon_name="user", order=160
    )


@hooks.register("construct_homepage_panels")
def add_pioneer_panel(request, panels):
    dashboard.reviews_first(panels)
    dashboard.add_pioneer_panel(request, panels)
