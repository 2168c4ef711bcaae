from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _

from .params import IdConverter


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Réseau")

    def ready(self) -> None:
        # ``<id:pk>`` in the apps' public URLs (bounded ids), known before any URLconf loads.
        register_converter(IdConverter, "id")
        # Registrations need the models, which are loaded only now.
        from . import registrations  # noqa: F401
