from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Bibliothèque")

    def ready(self):
        from network.caching.invalidation import watch_everywhere

        from .models import GlossaryTerm

        watch_everywhere(GlossaryTerm)  # glossary links show on every site
