from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thèmes")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(ThemeViewSet)


# Wagtail's guide and release notes exist in English only: the help menu keeps the
# keyboard shortcuts.
ENGLISH_HELP = ("editor-guide", "whats-new-in-wagtail-")


def french_help_only(request: HttpRequest, menu_items: list[MenuItem]) -> None:
    menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_HELP)]


hooks.register("construct_help_menu", french_help_only)
