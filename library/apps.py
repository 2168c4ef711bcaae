from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Bibliothèque")

    def ready(self):
        from network.caching.invalidation import watch_everywhere
        from network.menu import MenuSection, register_menu_section

        from .models import LIBRARY_SLUG, GlossaryTerm, LibraryIndexPage

        watch_everywhere(GlossaryTerm)  # glossary links show on every site
        # Served on every host by library.views, last in the menu, once published.
        register_menu_section(
            MenuSection(
                url=f"/{LIBRARY_SLUG}/",
                label=_("Bibliothèque"),
                page_type=LibraryIndexPage,
                slug=LIBRARY_SLUG,
            )
        )
