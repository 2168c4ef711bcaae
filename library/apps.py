from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Bibliothèque")

    def ready(self):
        # Registrations need the models, which are loaded only now.
        from . import registrations  # noqa: F401
