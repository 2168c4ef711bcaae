from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projets et besoins")

    def ready(self):
        from django.db.models.signals import post_migrate

        from territories.services import territory_provisioned

        from . import services

        territory_provisioned.connect(
            services.on_territory_provisioned, dispatch_uid="projects.territory_provisioned"
        )
        post_migrate.connect(
            services.on_post_migrate, sender=self, dispatch_uid="projects.permissions"
        )
        self.connect_page_cache()

    @staticmethod
    def connect_page_cache():
        """A need shows on its territory's board and on the network's: a change bumps both
        sites' page-cache generations. A project's links show on the cards of the actors it
        names, who may be of any territory: publishing one bumps every site."""
        from network.caching.invalidation import watch_pages_everywhere, watch_per_site
        from territories.caching import sites_of_territorial

        from .models import Need

        watch_per_site(Need, sites_of_territorial, m2m=("themes", "communes"))
        watch_pages_everywhere("projects.ProjectPage")
