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
