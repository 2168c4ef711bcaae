from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The site search (``/recherche/``) over every kind of content of every app."""

    name = "search"
    verbose_name = _("Recherche")
