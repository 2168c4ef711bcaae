"""Text helpers shared by search and imports."""

import unicodedata

# Characters already seen, sorted into combining marks and the others (ASCII has none): a
# text is then folded with set operations and a few replace(), not a Python loop over
# each of its characters. Both sets only grow up to the characters actually met.
_KEPT = set(map(chr, range(128)))
_MARKS: set[str] = set()


def fold(text: str) -> str:
    """Lowercase without accents: « Élève » and « eleve » compare equal."""
    if not text:
        return ""
    if text.isascii():  # nothing to decompose nor strip
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    other = set(decomposed).difference(_KEPT)
    for char in other.difference(_MARKS):
        (_MARKS if unicodedata.combining(char) else _KEPT).add(char)
    for mark in other.intersection(_MARKS):
        decomposed = decomposed.replace(mark, "")
    return decomposed.casefold()
