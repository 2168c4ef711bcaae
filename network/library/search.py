"""Full-text search of the site search page (``/recherche/``): one ranked, limited query per
result type, each on that type's own table (the library, the experiences, the actors, events
and pages), never on Wagtail's shared search index.

- PostgreSQL: ``to_tsvector(config, document) @@ websearch_to_tsquery(config, q)``, ranked by
  ``ts_rank`` plus a bonus when the title matches. Actors and experiences keep a folded
  ``search_text`` (lowercase, no accents) with a GIN index on ``to_tsvector('french', ...)``
  (migrations ``experiences.0002`` and ``experiences.0005``), searched with the folded query;
  the small types (library, events, pages) are matched on their columns at query time with
  the ``french_unaccent`` configuration (migration ``network.0004``). Both stem in French
  (« coopérations » finds « coopération ») and ignore accents.
- SQLite (development, tests): every significant word, lightly stemmed, must appear in the
  folded ``search_text`` or, for the small types, in one of the text columns; ordered by title.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, Func, Q, TextField, Value, When
from django.db.models.functions import Cast

from experiences.search import STOP_WORDS, terms
from network.text import fold

FOLDED = "french"  # configuration used on the folded search_text columns (GIN-indexed)
RAW = "french_unaccent"  # configuration used on raw columns (network.0004)
# Ranking computes a tsvector per row: on the large tables, only this many matches (the
# newest) are ranked, so a broad query (« jeunes » matches thousands of actors) stays cheap.
CANDIDATES = 100


class _TsFunc(Func):
    """Base of the two full-text expressions below: a document, a configuration, a query."""

    template = ""

    def __init__(self, document, query: str, config: str, **extra):
        super().__init__(document, **extra)
        self.query = query
        self.config = config

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return self.template % {"config": self.config, "document": sql}, (*params, self.query)


class TsMatch(_TsFunc):
    template = (
        "to_tsvector('%(config)s'::regconfig, %(document)s)"
        " @@ websearch_to_tsquery('%(config)s'::regconfig, %%s)"
    )
    output_field = BooleanField()


class TsRank(_TsFunc):
    template = (
        "ts_rank(to_tsvector('%(config)s'::regconfig, %(document)s),"
        " websearch_to_tsquery('%(config)s'::regconfig, %%s))"
    )
    output_field = FloatField()


class TsPrefix(_TsFunc):
    """``to_tsvector(...) @@ to_tsquery(...)`` for a prefix query built by ``prefix_query``."""

    template = (
        "to_tsvector('%(config)s'::regconfig, %(document)s)"
        " @@ to_tsquery('%(config)s'::regconfig, %%s)"
    )
    output_field = BooleanField()


class Words(Func):
    """The text columns of a row, joined with spaces (NULLs skipped): a query-time document."""

    template = "concat_ws(' ', %(expressions)s)"
    output_field = TextField()


@dataclass(frozen=True)
class SearchType:
    key: str
    title: str  # column weighed more (name or title)
    stored: bool  # True: a folded, indexed search_text column; False: ``columns``
    columns: tuple = ()
    json_columns: tuple = ()  # StreamFields: searched as their JSON text
    themes: bool = True
    recent: str = ""  # large, indexed types: newest-first order of the ranked candidates

    def document(self):
        if self.stored:
            return F("search_text")
        parts = [F(name) for name in (self.title, *self.columns)]
        parts += [Cast(F(name), TextField()) for name in self.json_columns]
        return Words(*parts)


TYPES = {
    "method": SearchType(
        "method",
        "title",
        stored=False,
        columns=("objective", "when_to_use", "roles", "materials", "tips", "pitfalls", "variants"),
        json_columns=("steps",),
    ),
    "lesson": SearchType(
        "lesson", "title", stored=False, columns=("statement", "explanation", "practice")
    ),
    "glossary": SearchType("glossary", "term", stored=False, columns=("definition",), themes=False),
    "experience": SearchType("experience", "title", stored=True, recent="-published_at"),
    "actor": SearchType("actor", "name", stored=True, recent="-last_published_at"),
    "event": SearchType(
        "event",
        "title",
        stored=False,
        columns=("summary", "place_name", "address"),
        json_columns=("programme",),
    ),
    "page": SearchType(
        "page",
        "title",
        stored=False,
        columns=("intro", "search_description"),
        json_columns=("body",),
        themes=False,
    ),
}


def _sqlite_words(q: str, folded: bool) -> list[str]:
    if folded:
        return terms(q)
    # Raw columns on SQLite: LIKE folds ASCII case only, so keep the accents of the query.
    words = [w for w in q.lower().replace("’", " ").replace("'", " ").split() if len(w) > 1]
    return [w.strip('.,;:!?«»"()') for w in words if fold(w) not in STOP_WORDS]


def matching(queryset, spec: SearchType, q: str):
    """``queryset`` narrowed to the rows matching ``q`` and ordered by relevance."""
    if connection.vendor == "postgresql":
        config, query = (FOLDED, fold(q)) if spec.stored else (RAW, q)
        title_rank = TsRank(F(spec.title), q, RAW)
        found = queryset.alias(found=TsMatch(spec.document(), query, config)).filter(found=True)
        if spec.recent:
            # The match and the newest-first cut run on the GIN index and a plain sort;
            # only the candidates are ranked.
            candidates = found.order_by(spec.recent).values("pk")[:CANDIDATES]
            found = queryset.model._base_manager.filter(pk__in=candidates)
        return found.annotate(
            rank=TsRank(spec.document(), query, config) + 2 * title_rank
        ).order_by("-rank", "pk")
    words = _sqlite_words(q, spec.stored)
    if not words:
        return queryset.none()
    for word in words:
        if spec.stored:
            queryset = queryset.filter(search_text__contains=word)
        else:
            names = (spec.title, *spec.columns, *spec.json_columns)
            condition = Q()
            for name in names:
                condition |= Q(**{f"{name}__icontains": word})
            queryset = queryset.filter(condition)
    title_hit = Q()
    for word in words:
        title_hit &= Q(**{f"{spec.title}__icontains": word})
    return queryset.annotate(
        rank=Case(When(title_hit, then=Value(1.0)), default=Value(0.0), output_field=FloatField())
    ).order_by("-rank", spec.title, "pk")


def prefix_query(q: str) -> str:
    """« jardin parta » → ``jardin & parta:*`` (folded words only: no tsquery syntax)."""
    words = [w for w in fold(q).replace("-", " ").split() if w.isalnum()]
    if not words:
        return ""
    return " & ".join(words[:-1] + [words[-1] + ":*"])


def completing(queryset, spec: SearchType, q: str):
    """Rows whose title starts like the words typed (autocomplete), best titles first."""
    if connection.vendor == "postgresql":
        query = prefix_query(q)
        if not query:
            return queryset.none()
        config = FOLDED if spec.stored else RAW
        document = spec.document()
        return (
            queryset.alias(found=TsPrefix(document, query, config))
            .filter(found=True)
            .order_by(spec.title, "pk")
        )
    condition = Q()
    for word in q.split():
        condition &= Q(**{f"{spec.title}__icontains": word})
    return queryset.filter(condition).order_by(spec.title, "pk")
