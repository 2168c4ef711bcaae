from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoriesConfig(AppConfig):
    name = "territories"
    verbose_name = _("Territoires")

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(_sync_permissions, dispatch_uid="territories-sync-permissions")
        from network.models import register_home_section

        from . import admin_scope, caching, services, wagtail_scopes

        caching.connect()
        register_home_section(services.network_home_territories)
        wagtail_scopes.declare()
        admin_scope.apply_patches()


def _sync_permissions(**kwargs):
    from .services import sync_team_permissions

    sync_team_permissions()
