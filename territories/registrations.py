"""What the territories register once every model is loaded (``TerritoriesConfig.ready``)."""

from django.db.models.signals import post_migrate

from network.models import register_home_section

from . import admin_scope, caching, services, wagtail_scopes


def _sync_permissions(**kwargs: object) -> None:
    services.sync_team_permissions()


post_migrate.connect(_sync_permissions, dispatch_uid="territories-sync-permissions")
caching.connect()
register_home_section(services.network_home_territories)
wagtail_scopes.declare()
admin_scope.apply_patches()
