"""French full-text search over experiences, composable with the index's filters and facets.

Each experience keeps ``search_text``: its title, summary, every text part, partners, actors,
territory and communes, lowercased and without accents (``network.text.fold``), rebuilt when
the page row is saved (creation and each publication: the row holds the live version).

- PostgreSQL: ``to_tsvector('french', search_text) @@ websearch_to_tsquery('french', q)``,
  French stemming and stop words (« jardins partagés » finds « jardin partagé »), quotes for
  phrases, ``-mot`` to exclude; a GIN expression index (migration 0002) serves it.
- SQLite (development, tests): every significant word of the query, lightly stemmed, must
  appear in ``search_text``. An approximation of the above, good enough off production.

It is a plain filter on the experiences' own table, so the facet counts and the result page
combine it with the other filters in the same queries (Wagtail's search backend returns
results, not a queryset that aggregates).
"""

import re

from django.db import connection
from django.db.models import BooleanField, F, Func

from network.text import fold

MAX_QUERY_LENGTH = 200
# Frequent French words that carry no meaning on their own (PostgreSQL's french config has
# its own, longer list).
STOP_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "dans",
        "de",
        "des",
        "du",
        "en",
        "et",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "l",
        "d",
        "un",
        "une",
        "par",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ou",
        "mais",
        "ne",
        "pas",
        "plus",
        "est",
        "sont",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
    ]
)


class FrenchMatch(Func):
    """``to_tsvector('french', <text>) @@ websearch_to_tsquery('french', <query>)``."""

    output_field = BooleanField()

    def __init__(self, expression, query: str):
        super().__init__(expression)
        self.query = query

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return (
            "to_tsvector('french'::regconfig, "
            + sql
            + ") @@ websearch_to_tsquery('french'::regconfig, %s)",
            (*params, self.query),
        )


def clean_query(q: str) -> str:
    return " ".join((q or "").split())[:MAX_QUERY_LENGTH]


def _light_stem(word: str) -> str:
    """Plural and feminine endings off, so « jardins » finds « jardin » and « jardinage »."""
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 5 and word.endswith("e"):
        word = word[:-1]
    return word


def terms(q: str) -> list[str]:
    words = re.findall(r"[\w]+", fold(q))
    return [_light_stem(w) for w in words if len(w) > 1 and w not in STOP_WORDS]


def search(queryset, q: str):
    """Narrow an ExperiencePage queryset to the experiences matching ``q``."""
    q = clean_query(q)
    if not q:
        return queryset
    if connection.vendor == "postgresql":
        return queryset.filter(FrenchMatch(F("search_text"), fold(q)))
    words = terms(q)
    if not words:
        return queryset
    for word in words:
        queryset = queryset.filter(search_text__contains=word)
    return queryset
