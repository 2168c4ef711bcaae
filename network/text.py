"""Text helpers shared by search and imports."""

import unicodedata


def fold(text: str) -> str:
    """Lowercase without accents: « Élève » and « eleve » compare equal."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
