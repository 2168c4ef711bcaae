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
        sites' page-cache generations (projects are pages: already handled)."""
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from network.caching import invalidation

        from .models import Need

        for name, signal in (("save", post_save), ("delete", post_delete)):
            signal.connect(
                invalidation.on_actor_change, sender=Need, dispatch_uid=f"projects.cache.{name}"
            )
        for through in (Need.themes.through, Need.communes.through):
            m2m_changed.connect(
                invalidation.on_actor_change,
                sender=through,
                dispatch_uid=f"projects.cache.{through._meta.label}",
            )
