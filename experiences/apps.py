from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExperiencesConfig(AppConfig):
    name = "experiences"
    verbose_name = _("Expériences")

    def ready(self):
        from territories.services import territory_provisioned

        from .services import on_territory_provisioned

        territory_provisioned.connect(
            on_territory_provisioned, dispatch_uid="experiences.territory_provisioned"
        )
