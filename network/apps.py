from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Réseau")

    def ready(self) -> None:
        from wagtail.models import ReferenceIndex

        from .caching import invalidation
        from .models import SiteIdentity

        invalidation.connect()

        # Site settings point to the legal and privacy pages: record it, so Wagtail warns
        # an editor who is about to delete a page that the footer links to.
        ReferenceIndex.register_model(SiteIdentity)
