from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projets et besoins")

    def ready(self):
        # Registrations need the models, which are loaded only now.
        from . import registrations  # noqa: F401
