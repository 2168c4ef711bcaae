"""``fold``: case and accents ignored, as the original per-character version did."""

import unicodedata

import pytest

from network.text import fold, of_place


def reference(text):
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_fold_strips_accents_and_case():
    assert fold("Élève À l’ÉCOLE Ærø") == "eleve a l’ecole ærø"
    assert fold("") == fold(None) == ""
    assert fold("Plain ASCII") == "plain ascii"


def test_fold_matches_the_per_character_definition():
    samples = [
        "Collège Émile Zola",
        "Straße ﬁn İstanbul",  # casefold and compatibility decompositions
        "Ｆｕｌｌｗｉｄｔｈ ①",
        "naïve café crème brûlée",
        "Ελληνικά Ά Ό",
        "Tiếng Việt",
        "a\u0301\u0327",  # combining marks already there
        "".join(chr(code) for code in range(0x00A0, 0x0500)),
    ]
    for text in samples:
        assert fold(text) == reference(text), text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vincennes", "de Vincennes"),
        ("Les Mureaux", "des Mureaux"),
        ("Le Pecq", "du Pecq"),
        ("La Courneuve", "de La Courneuve"),
        ("L’Haÿ-les-Roses", "de L’Haÿ-les-Roses"),
        ("Ivry-sur-Seine", "d’Ivry-sur-Seine"),
        ("Élancourt", "d’Élancourt"),
        ("Hautmont", "de Hautmont"),
        ("Lesquin", "de Lesquin"),
    ],
)
def test_of_place_elides_and_contracts_as_french_does(name, expected):
    assert of_place(name) == expected
