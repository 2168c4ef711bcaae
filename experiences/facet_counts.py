"""The facet counts of the experience indexes, every facet in one SQL statement.

Each facet counts the experiences matching every *other* filter (``subsets``): the links of
those experiences grouped on the taxonomy's integer key, then joined to the taxonomy's few
rows for their slug and name (grouping 20,000 links on text cost twice as much on
PostgreSQL); the maturity is grouped on the experience's own column. The parts are joined
with ``UNION ALL``: one round trip instead of one per facet.
"""

from django.db import connection
from django.db.models import Count

from network.models import Theme
from territories.models import ActorKind, Maturity, Territory

from .models import ExperienceActorKind, ExperiencePage, Method


def _grouped(queryset, column: str, taxonomy, facet: str) -> tuple[str, list]:
    counts = queryset.order_by().values(column).annotate(n=Count("*")).values(column, "n")
    sql, params = counts.query.sql_with_params()
    table = connection.ops.quote_name(taxonomy._meta.db_table)
    key = connection.ops.quote_name(column)
    return (
        f"SELECT '{facet}' AS facet, t.slug AS value, t.name AS label, c.n AS n "
        f"FROM ({sql}) c JOIN {table} t ON t.id = c.{key}",
        list(params),
    )


def _part(facet: str, subset) -> tuple[str, list]:
    ids = subset.values("pk")
    if facet == "territoire":
        return _grouped(subset, "territory_id", Territory, facet)
    if facet == "theme":
        links = ExperiencePage.themes.through.objects.filter(experiencepage__in=ids)
        return _grouped(links, "theme_id", Theme, facet)
    if facet == "methode":
        links = ExperiencePage.methods.through.objects.filter(experiencepage__in=ids)
        return _grouped(links, "method_id", Method, facet)
    if facet == "acteur":
        links = ExperienceActorKind.objects.filter(page__in=ids)
        return _grouped(links, "kind_id", ActorKind, facet)
    if facet == "maturite":
        counts = (
            subset.order_by().values("maturity").annotate(n=Count("pk")).values("maturity", "n")
        )
        sql, params = counts.query.sql_with_params()
        return (
            f"SELECT '{facet}' AS facet, c.maturity AS value, '' AS label, c.n AS n FROM ({sql}) c",
            list(params),
        )
    raise ValueError(facet)


def facet_counts(subsets: dict) -> dict[str, list[tuple[str, str, int]]]:
    """facet -> (value, label, count) rows, values with at least one experience, by name.

    The maturity facet lists every maturity in its order (zero counts too), then a row
    ``("", "", n)``: the experiences without a maturity (no option, but part of the total)."""
    parts, params = [], []
    for n, (facet, subset) in enumerate(subsets.items()):
        sql, part_params = _part(facet, subset)
        parts.append(f"SELECT * FROM ({sql}) f{n}")
        params += part_params
    rows = {facet: [] for facet in subsets}
    if parts:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT facet, value, label, n FROM ({' UNION ALL '.join(parts)}) facets "
                "ORDER BY facet, label",
                params,
            )
            for facet, value, label, count in cursor.fetchall():
                rows[facet].append((value, label, count))
    if "maturite" in rows:
        counts = {value: count for value, _label, count in rows["maturite"]}
        rows["maturite"] = [
            (value, label, counts.get(value, 0)) for value, label in maturity_labels()
        ] + [("", "", counts.get("", 0) + counts.get(None, 0))]
    return rows


def maturity_labels() -> list[tuple[str, str]]:
    """(value, label) of the maturities, their labels translated once per language."""
    from django.utils.translation import get_language

    language = get_language()
    cached = _labels.get(language)
    if cached is None:
        cached = _labels[language] = [(value, str(label)) for value, label in Maturity.choices]
    return cached


_labels: dict[str, list[tuple[str, str]]] = {}
