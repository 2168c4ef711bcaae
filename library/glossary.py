"""Glossary links in plain text: escape first, then link each term's first occurrence."""

import re

from django.core.cache import cache
from django.utils.html import escape

from .models import GlossaryTerm

CACHE_KEY = "library:glossary-terms:v1"


def glossary_terms() -> list[tuple[str, str]]:
    terms = cache.get(CACHE_KEY)
    if terms is None:
        terms = list(GlossaryTerm.objects.values_list("term", "slug"))
        cache.set(CACHE_KEY, terms, 300)
    return terms


def forget_terms(**kwargs) -> None:
    cache.delete(CACHE_KEY)


def link_terms(text: str, terms=None) -> str:
    """Escaped ``text`` where the first occurrence of each term links to its definition.

    Works on plain text only (the escaped output has no tags to break); longer terms win
    over shorter ones they contain, matches are whole words, case-insensitive.
    """
    terms = glossary_terms() if terms is None else terms
    escaped = escape(text)
    if not terms:
        return escaped
    by_term = {escape(term).casefold(): slug for term, slug in terms}
    ordered = sorted(by_term, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w&])(" + "|".join(re.escape(t) for t in ordered) + r")(?![\w])", re.IGNORECASE
    )
    seen: set[str] = set()

    def replace(match):
        key = match.group(1).casefold()
        if key in seen:
            return match.group(0)
        seen.add(key)
        slug = by_term[key]
        return f'<a class="glossary-link" href="/bibliotheque/#terme-{slug}">{match.group(1)}</a>'

    return pattern.sub(replace, escaped)
