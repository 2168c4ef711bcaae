from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExperiencesConfig(AppConfig):
    name = "experiences"
    verbose_name = _("Expériences")

    def ready(self):
        # Registrations need the models, which are loaded only now.
        from . import registrations  # noqa: F401
