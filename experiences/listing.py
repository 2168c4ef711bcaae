"""The experience indexes: filters, facet counts, French full-text query, sort, pagination.

Everything is read from the GET query string, so the form works without JavaScript and
every filtered view has its own URL. Within a facet the chosen values add up (OR); across
facets they narrow (AND). Each facet's counts apply every *other* filter and the query,
so a count says how many results checking that box would add or keep.

Queries, constant in the number of experiences: one for the ids and names of the chosen
values (when some are chosen), one for every facet's counts (``facet_counts``: the matching
experiences read once, with a column per filter, then an aggregate per facet, joined by
``UNION ALL``; the maturity counts also give the total, so there is no separate COUNT), one page of
results (with their territory), one for the page's themes, and Wagtail's view restrictions
(read once per request, ``network.restrictions``). Filters and sorting read the
experience's own row (``territory``, ``maturity``, ``on_network``/``is_live``,
``published_at``, ``search_text``), never Wagtail's page table.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Paginator
from django.db.models import CharField, Prefetch, Q, Value
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from actors.models import ActorKind
from network import params
from network.models import Theme
from network.restrictions import public
from territories.models import Territory

from . import search
from .facet_counts import facet_counts, never
from .models import (
    ExperienceActorKind,
    ExperiencePage,
    Method,
    NetworkExperienceIndexPage,
    listed_experiences,
)

PER_PAGE = 20
MAX_VALUES = 30  # per facet: more is not a person using the form
SORTS = {
    "recent": (_("Les plus récentes"), ("-published_at", "-pk")),
    "ancien": (_("Les plus anciennes"), ("published_at", "pk")),
}
DEFAULT_SORT = "recent"
# What a result card shows (experiences/includes/experience_card.html) and its URL needs:
# the rich text and stream fields of the 20 results are not read.
CARD_FIELDS = (
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "content_type_id",
    "locale_id",
    "live",
    "first_published_at",
    "summary",
    "maturity",
    "territory__name",
)

# GET parameter -> label; the order of the facets in the form.
FACETS = {
    "territoire": _("Territoire"),
    "theme": _("Thème"),
    "maturite": _("Maturité"),
    "methode": _("Méthode"),
    "acteur": _("Type d’acteur impliqué"),
}


@dataclass
class Filters:
    values: dict[str, list[str]] = field(default_factory=dict)
    # Ids of the chosen taxonomy values (see ``resolve``): filters on ids read the link
    # tables' statistics, so PostgreSQL estimates them well and plans the search first.
    ids: dict[str, list[int]] = field(default_factory=dict)
    q: str = ""
    sort: str = DEFAULT_SORT
    page: int = 1

    @classmethod
    def from_query(cls, data, facets) -> "Filters":
        """Read by ``network.params``: a refused parameter raises ``ParameterError`` (400)."""
        values = {
            name: params.values(data, name, max_count=MAX_VALUES, max_length=params.MAX_SLUG_LENGTH)
            for name in facets
        }
        return cls(
            values=values,
            q=params.text(data, "q", max_length=search.MAX_QUERY_LENGTH),
            sort=params.choice(data, "tri", SORTS, default=DEFAULT_SORT),
            page=params.page(data),
        )

    @property
    def active(self) -> bool:
        return bool(self.q or any(self.values.values()))


def _flag(name: str, chosen: list[str], ids: list[int]):
    """A boolean expression: does the experience match this facet's chosen values?"""
    if name == "maturite":
        return Q(maturity__in=chosen)
    if not ids:
        return never()  # only unknown values chosen
    if name == "territoire":
        return Q(territory_id__in=ids)
    # ``pk IN (links)``: PostgreSQL hashes the links once (an ``EXISTS`` per row was costed
    # so high that it compiled the statement with JIT, 25 ms).
    if name == "theme":
        links = ExperiencePage.themes.through.objects.filter(theme_id__in=ids)
        return Q(pk__in=links.values("experiencepage_id"))
    if name == "methode":
        links = ExperiencePage.methods.through.objects.filter(method_id__in=ids)
        return Q(pk__in=links.values("experiencepage_id"))
    if name == "acteur":
        return Q(pk__in=ExperienceActorKind.objects.filter(kind_id__in=ids).values("page_id"))
    raise ValueError(name)


def flags(filters: Filters) -> dict:
    """facet -> its filter as a boolean expression, for the facets with chosen values."""
    return {
        name: _flag(name, chosen, filters.ids.get(name, []))
        for name, chosen in filters.values.items()
        if chosen
    }


def apply_filters(experiences, filters: Filters):
    experiences = search.search(experiences, filters.q)
    for flag in flags(filters).values():
        experiences = experiences.filter(flag)
    return experiences


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool

    @property
    def count_text(self) -> str:
        """« expérience » or « expériences », for screen readers after the count."""
        return count_text(self.count)


def count_text(count: int) -> str:
    """The plural form for ``count``, translated once per count and language (a facet
    column lists dozens of options, each its own ``blocktranslate`` otherwise)."""
    key = (get_language(), count)
    if key not in _count_texts:
        _count_texts[key] = ngettext("expérience", "expériences", count)
    return _count_texts[key]


_count_texts: dict[tuple[str, int], str] = {}


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]

    @property
    def selected_count(self) -> int:
        return sum(option.selected for option in self.options)


def _options(rows, chosen: list[str], *, keep_empty=False) -> list[Option]:
    """rows: (value, label, count); empty options are dropped unless chosen."""
    return [
        Option(value, str(label), count, value in chosen)
        for value, label, count in rows
        if count or keep_empty or value in chosen
    ]


TAXONOMIES: dict[str, type[Any]] = {
    "territoire": Territory,
    "theme": Theme,
    "methode": Method,
    "acteur": ActorKind,
}


def resolve(values: dict[str, list[str]]) -> dict[tuple[str, str], tuple[int, str]]:
    """(facet, slug) -> (id, name) of every chosen taxonomy value, in one query (none when
    nothing is chosen); unknown slugs are left out."""
    queries = [
        TAXONOMIES[facet]
        .objects.filter(slug__in=sorted(slugs))
        .values_list(Value(facet, output_field=CharField()), "slug", "pk", "name")
        .order_by()
        for facet, slugs in values.items()
        if facet in TAXONOMIES and slugs
    ]
    if not queries:
        return {}
    union = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
    return {(facet, slug): (pk, name) for facet, slug, pk, name in union}


def build_listing(experiences, data, *, territory_facet: bool = True) -> dict:
    """Everything the index template shows, for the query string ``data``."""
    names = [name for name in FACETS if territory_facet or name != "territoire"]
    filters = Filters.from_query(data, names)
    resolved = resolve(filters.values)
    filters.ids = {
        name: [resolved[name, slug][0] for slug in chosen if (name, slug) in resolved]
        for name, chosen in filters.values.items()
    }

    rows_by_facet = facet_counts(
        search.search(experiences, filters.q), flags(filters), names, searched=bool(filters.q)
    )
    # The maturity counts already hold the total: no separate COUNT query.
    maturities = filters.values["maturite"]
    total = sum(
        count
        for value, _label, count in rows_by_facet["maturite"]
        if not maturities or value in maturities
    )
    rows_by_facet["maturite"] = [row for row in rows_by_facet["maturite"] if row[0]]
    missing = {
        name: set(filters.values[name]) - {row[0] for row in rows_by_facet[name]}
        for name in names
        if name in TAXONOMIES
    }
    facets = []
    for name in names:
        rows = rows_by_facet[name]
        extra = [
            (slug, resolved[name, slug][1], 0)
            for slug in missing.get(name, ())
            if (name, slug) in resolved
        ]
        rows = sorted(rows + extra, key=lambda row: str(row[1]).casefold()) if extra else rows
        options = _options(rows, filters.values[name], keep_empty=name == "maturite")
        facets.append(Facet(name, str(FACETS[name]), options))

    results = (
        apply_filters(experiences, filters)
        .select_related("territory")
        .only(*CARD_FIELDS)
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.only("name")))
        .order_by(*SORTS[filters.sort][1])
    )
    paginator = Paginator(results, PER_PAGE)
    if total is not None:
        paginator.count = total  # a cached property: the paginator will not count again
    page = paginator.get_page(filters.page)
    chosen = [
        (facet.label, option.label)
        for facet in facets
        for option in facet.options
        if option.selected
    ]
    return {
        "filters": filters,
        "facets": facets,
        "page": page,
        "paginator": paginator,
        "total": paginator.count,
        "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
        "chosen": chosen,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
    }


# --- The network's home: its latest write-ups (registered in ExperiencesConfig.ready) ---

LATEST_EXPERIENCES = 3


def latest_experiences(home, request=None) -> dict:
    """The newest write-ups of the listed territories, and the network's index of them
    (two queries)."""
    latest = (
        listed_experiences()
        .select_related("territory")
        .only(*CARD_FIELDS)  # the cards' fields: not the write-ups' long texts
        .order_by("-published_at", "-pk")
    )
    indexes = NetworkExperienceIndexPage.objects.child_of(home).live()
    index = public(indexes).only("title", "url_path", "path", "depth").first()
    return {
        "latest_experiences": list(latest[:LATEST_EXPERIENCES]),
        "experience_index": index,
    }
