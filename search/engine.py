"""Full-text search of the site search page (``/recherche/``): one ranked, limited query per
result type, each on that type's own table (the library, the experiences, the projects and
their needs, the actors, events and pages), never on Wagtail's shared search index.

- PostgreSQL: ``to_tsvector(config, document) @@ websearch_to_tsquery(config, q)``, ranked by
  ``ts_rank`` plus a bonus when the title matches. Actors and experiences keep a folded
  ``search_text`` (lowercase, no accents) and its stored, GIN-indexed vector
  ``search_vector`` (``to_tsvector('french', search_text)``, migration ``experiences.0006``),
  searched with the folded query;
  the small types (library, events, pages) are matched on their columns at query time with
  the ``french_unaccent`` configuration (migration ``network.0004``). Both stem in French
  (« coopérations » finds « coopération ») and ignore accents.
- SQLite (development, tests): every significant word, lightly stemmed, must appear in the
  folded ``search_text`` or, for the small types, in one of the text columns; ordered by title.

The search page reads the rows of every type in one statement (``union_statement``): each
type's ranked, limited query reduced to the few columns the result list shows
(``result_rows``), joined with ``UNION ALL``. No model instances, one round trip, on both
databases.
"""

from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast

from experiences.search import STOP_WORDS, terms
from network.text import fold

FOLDED = "french"  # configuration used on the folded search_text columns (GIN-indexed)
RAW = "french_unaccent"  # configuration used on raw columns (network.0004)
# Ranking computes a tsvector per row: on the large tables, only this many matches (the
# newest) are ranked, so a broad query (« jeunes » matches thousands of actors) stays cheap.
CANDIDATES = 100


class StoredVector(Func):
    """The row's stored ``search_vector`` (PostgreSQL: ``to_tsvector('french', search_text)``,
    a generated column of actors and experiences, migration ``experiences.0006``). The model
    does not declare it: compiled as ``search_text``'s column reference, renamed."""

    output_field = TextField()

    def __init__(self):
        super().__init__(F("search_text"))

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        column = connection.ops.quote_name("search_text")
        assert sql.endswith(column), sql
        return sql[: -len(column)] + connection.ops.quote_name("search_vector"), params


class _TsFunc(Func):
    """Base of the full-text expressions below: a document (text, or a ``StoredVector``), a
    configuration, a query."""

    template = ""

    def __init__(self, document, query: str, config: str, **extra):
        super().__init__(document, **extra)
        self.query = query
        self.config = config

    def as_sql(self, compiler, connection, **extra_context):
        document = self.source_expressions[0]
        sql, params = compiler.compile(document)
        if not isinstance(document, StoredVector):
            sql = f"to_tsvector('{self.config}'::regconfig, {sql})"
        return self.template % {"config": self.config, "vector": sql}, (*params, self.query)


class TsMatch(_TsFunc):
    template = "%(vector)s @@ websearch_to_tsquery('%(config)s'::regconfig, %%s)"
    output_field = BooleanField()


class TsRank(_TsFunc):
    template = "ts_rank(%(vector)s, websearch_to_tsquery('%(config)s'::regconfig, %%s))"
    output_field = FloatField()


class Relevance(Func):
    """``ts_rank`` of the document plus twice the title's (``RAW`` configuration, raw query),
    as one expression: the search builds it for every type on every request."""

    output_field = FloatField()

    def __init__(self, document, title, query: str, config: str, raw_query: str):
        super().__init__(document, title)
        self.query, self.config, self.raw_query = query, config, raw_query

    def as_sql(self, compiler, connection, **extra_context):
        document, title = self.source_expressions
        vector, params = compiler.compile(document)
        if not isinstance(document, StoredVector):
            vector = f"to_tsvector('{self.config}'::regconfig, {vector})"
        title_sql, title_params = compiler.compile(title)
        sql = (
            f"(ts_rank({vector}, websearch_to_tsquery('{self.config}'::regconfig, %s))"
            f" + 2 * ts_rank(to_tsvector('{RAW}'::regconfig, {title_sql}),"
            f" websearch_to_tsquery('{RAW}'::regconfig, %s)))"
        )
        return sql, (*params, self.query, *title_params, self.raw_query)


class TsPrefix(_TsFunc):
    """``<vector> @@ to_tsquery(...)`` for a prefix query built by ``prefix_query``."""

    template = "%(vector)s @@ to_tsquery('%(config)s'::regconfig, %%s)"
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
    # What the result list shows: the excerpt's column (and a fallback when it is empty),
    # the column the link is built from, whether the row names its territory.
    excerpt: tuple = ()
    link: str = "url_path"
    territory: bool = False

    def document(self):
        """What is matched on PostgreSQL: the stored vector, or the text columns joined."""
        if self.stored:
            return StoredVector()
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
        excerpt=("objective",),
    ),
    "lesson": SearchType(
        "lesson",
        "title",
        stored=False,
        columns=("statement", "explanation", "practice"),
        excerpt=("statement",),
    ),
    "glossary": SearchType(
        "glossary",
        "term",
        stored=False,
        columns=("definition",),
        themes=False,
        excerpt=("definition",),
        link="slug",
    ),
    "experience": SearchType(
        "experience",
        "title",
        stored=True,
        recent="-published_at",
        excerpt=("summary",),
        territory=True,
    ),
    "actor": SearchType(
        "actor",
        "name",
        stored=True,
        recent="-last_published_at",
        excerpt=("description", "city"),
        link="slug",
        territory=True,
    ),
    "project": SearchType(
        "project",
        "title",
        stored=False,
        columns=("summary", "challenge"),
        excerpt=("summary",),
    ),
    "need": SearchType(
        "need",
        "title",
        stored=False,
        columns=("description",),
        excerpt=("description",),
        link="link_id",  # its id as text (``search.views`` annotates it): the UNION's type
        territory=True,
    ),
    "event": SearchType(
        "event",
        "title",
        stored=False,
        columns=("summary", "place_name", "address"),
        json_columns=("programme",),
        excerpt=("summary",),
    ),
    "page": SearchType(
        "page",
        "title",
        stored=False,
        columns=("intro", "search_description"),
        json_columns=("body",),
        themes=False,
        excerpt=("intro", "search_description"),
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
        found = queryset.filter(TsMatch(spec.document(), query, config))
        if spec.recent:
            # The match and the newest-first cut run on the GIN index and a plain sort;
            # only the candidates are ranked.
            candidates = found.order_by(spec.recent).values("pk")[:CANDIDATES]
            found = queryset.model._base_manager.filter(pk__in=candidates)
        return found.annotate(
            rank=Relevance(spec.document(), F(spec.title), query, config, q)
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


# The columns of a result row, whatever its type: the type, the id, the title, the excerpt's
# text (and its fallback), the link's column (url_path or slug), the territory's name and site
# (actors and experiences), the rank.
ROW = (
    "r_type",
    "r_id",
    "r_title",
    "r_text",
    "r_text2",
    "r_link",
    "r_territory",
    "r_site",
    "r_rank",
)


_TEXT, _FLOAT, _INTEGER = TextField(), FloatField(), IntegerField()


def _column(name: str):
    return F(name) if name else Value("", output_field=_TEXT)


def result_rows(queryset, spec: SearchType):
    """``matching``'s queryset reduced to the ``ROW`` columns (still ordered, unsliced)."""
    text, text2 = (*spec.excerpt, "", "")[:2]
    return queryset.values(
        r_type=Value(spec.key, output_field=_TEXT),
        r_id=F("pk"),
        r_title=_column(spec.title),
        r_text=_column(text),
        r_text2=_column(text2),
        r_link=_column(spec.link),
        r_territory=_column("territory__name" if spec.territory else ""),
        r_site=F("territory__site_id") if spec.territory else Cast(Value(None), _INTEGER),
        # The autocomplete (``completing``) orders by title and has no rank.
        r_rank=F("rank") if "rank" in queryset.query.annotations else Value(0.0, _FLOAT),
    )


def union_statement(parts) -> tuple[str, list, dict]:
    """SQL and parameters of one ``UNION ALL`` statement over several sliced ``result_rows``
    querysets (each keeps its own ORDER BY and LIMIT inside its subquery), and the position of
    each type, to sort the rows by (see ``fetch_rows``)."""
    sqls: list[str] = []
    params: list = []
    order: dict = {}
    columns = ", ".join(ROW)
    for queryset in parts:
        try:
            sql, part_params = queryset.query.sql_with_params()
        except EmptyResultSet:  # ``none()``: nothing to ask
            continue
        order[queryset.query.annotations["r_type"].value] = len(order)
        sqls.append(f"SELECT {columns} FROM ({sql}) AS part{len(sqls)}")
        params.extend(part_params)
    return " UNION ALL ".join(sqls), params, order


def fetch_rows(sql: str, params, order: dict) -> list[dict]:
    """The rows of a ``union_statement``. The order of a union is unspecified: the rows come
    back sorted by type (in the parts' order), then by ``ranking_key``, ``matching``'s order."""
    if not sql:
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = [dict(zip(ROW, values, strict=True)) for values in cursor.fetchall()]
    rows.sort(key=lambda row: (order[row["r_type"]], *ranking_key(row)))
    return rows


def ranking_key(row: dict) -> tuple:
    """The order of ``matching`` for a ``ROW``: best rank first, then (SQLite) the title
    (SQLite compares text as bytes, like Python), then the id."""
    if connection.vendor == "postgresql":
        return (-row["r_rank"], row["r_id"])
    return (-row["r_rank"], row["r_title"], row["r_id"])


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
        return queryset.filter(TsPrefix(document, query, config)).order_by(spec.title, "pk")
    condition = Q()
    for word in q.split():
        condition &= Q(**{f"{spec.title}__icontains": word})
    return queryset.filter(condition).order_by(spec.title, "pk")
