"""Template library ``library`` (glossary links, library URLs): defined in network.library."""

from network.library.templatetags.library import register  # noqa: F401
