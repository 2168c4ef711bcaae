from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import Territory
from .scoping import TerritoryPermissionPolicy, TerritoryScopedSnippetViewSet
from .services import territory_provision

register_permission_policy(Territory, TerritoryPermissionPolicy(Territory, territory_field=""))


class TerritoryViewSet(TerritoryScopedSnippetViewSet):
    model = Territory
    territory_field = ""
    icon = "site"
    menu_label = _("Territoires")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "hostname", "carrying_structure", "maturity"]
    list_filter = ["maturity", "is_listed"]
    search_fields = ["name", "carrying_structure"]


register_snippet(TerritoryViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def provision_territory(request, instance):
    """A territory created or renamed in the admin gets its site, pages, groups at once."""
    if isinstance(instance, Territory):
        territory_provision(instance, port=settings.SITE_PORT)
