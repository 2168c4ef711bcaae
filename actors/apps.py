from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActorsConfig(AppConfig):
    """The directory of a territory's actors: map, cards, open API, import, sign-up."""

    name = "actors"
    verbose_name = _("Acteurs")

    def ready(self):
        # Registrations need the models, which are loaded only now.
        from . import registrations  # noqa: F401
