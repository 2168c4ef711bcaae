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


# Articles that French contracts after « de »: « de Les Mureaux » is « des Mureaux ».
_CONTRACTIONS = (
    ("Les ", "des "),
    ("Le ", "du "),
    ("La ", "de La "),
    ("L’", "de L’"),
    ("L'", "de L’"),
)
_VOWELS = set("AEIOUYÂÊÎÔÛÉÈËÏÜŸH" + "aeiouyâêîôûéèëïüÿh")
_ASPIRATED = ("Haut", "Hau", "Hon", "Hou", "Hér")  # « de Hautmont », not « d’Hautmont »


def of_place(name: str) -> str:
    """« de » before a place name, as French writes it: « de Vincennes », « d’Ivry-sur-Seine »,
    « des Mureaux », « du Pecq », « de La Courneuve »."""
    name = name.strip()
    for article, contracted in _CONTRACTIONS:
        if name.startswith(article):
            return contracted + name[len(article) :]
    if name[:1] in _VOWELS and not name.startswith(_ASPIRATED):
        return f"d’{name}"
    return f"de {name}"
