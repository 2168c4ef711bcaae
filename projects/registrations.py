"""What the projects register once every model is loaded (``ProjectsConfig.ready``)."""

from django.apps import apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from network.caching.invalidation import watch_pages_everywhere, watch_per_site
from network.menu import MenuSection, register_menu_section
from territories.caching import sites_of_territorial
from territories.services import territory_provisioned

from . import services
from .models import Need

territory_provisioned.connect(
    services.on_territory_provisioned, dispatch_uid="projects.territory_provisioned"
)
post_migrate.connect(
    services.on_post_migrate,
    sender=apps.get_app_config("projects"),
    dispatch_uid="projects.permissions",
)

# A need shows on its territory's board and on the network's: a change bumps both sites'
# page-cache generations. A project's links show on the cards of the actors it names, who
# may be of any territory: publishing one bumps every site.
watch_per_site(Need, sites_of_territorial, m2m=("themes", "communes"))
watch_pages_everywhere("projects.ProjectPage")

# The network's site lists every territory's projects (``network_listing``); a territory's
# site has its own « Projets » page in its menu.
register_menu_section(MenuSection(url="/projets/", label=_("Projets"), network_only=True))
