"""What the library registers once every model is loaded (``LibraryConfig.ready``)."""

from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from network.caching.invalidation import watch_everywhere
from network.menu import MenuSection, register_menu_section

from .glossary import forget_terms
from .models import LIBRARY_SLUG, GlossaryTerm, LibraryIndexPage

watch_everywhere(GlossaryTerm)  # glossary links show on every site
# The glossary links are cached (``glossary.glossary_terms``): a change forgets them.
post_save.connect(forget_terms, sender=GlossaryTerm, dispatch_uid="glossary-save")
post_delete.connect(forget_terms, sender=GlossaryTerm, dispatch_uid="glossary-delete")
# Served on every host by library.views, last in the menu, once published.
register_menu_section(
    MenuSection(
        url=f"/{LIBRARY_SLUG}/",
        label=_("Bibliothèque"),
        page_type=LibraryIndexPage,
        slug=LIBRARY_SLUG,
    )
)
