"""One search page per site (``/recherche/?q=``) and its autocomplete (``/recherche/suggestions``).

Scope: on a territory host, that territory's pages, events, published actors, experiences,
projects and the needs on its board, plus the shared library; on the network host, everything (or one territory's, ``territoire``).
Each type is one ranked, limited query on its own table (``search.engine``), with the
scope and the theme filter in the same query; live rows only, never a draft.
"""

import re
from collections.abc import Callable

from django.db import connection
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.http import HttpRequest, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageViewRestriction, Site

from actors.models import Actor
from events.models import EventPage
from experiences.models import listed_experiences
from library.models import LIBRARY_SLUG, GlossaryTerm, LessonPage, MethodPage
from network import params
from network.models import ContentPage, Theme
from network.restrictions import restricted_trees
from network.text import fold
from projects.models import Need, ProjectPage
from search.engine import TYPES as SEARCH_TYPES
from search.engine import (
    completing,
    fetch_rows,
    matching,
    result_rows,
    union_statement,
)
from territories.models import Territory
from territories.services import current_territory

MIN_QUERY = 2  # one letter matches nearly everything and means nothing: a hint instead
MAX_QUERY = 100
PER_TYPE = 10  # results shown per type when grouped
PAGE_SIZE = 30  # results shown when filtered on one type
SUGGESTIONS = 8

TYPES = [
    ("method", _("Fiches méthodes")),
    ("lesson", _("Enseignements")),
    ("glossary", _("Glossaire")),
    ("experience", _("Expériences")),
    ("project", _("Projets")),
    ("need", _("Besoins")),
    ("actor", _("Acteurs")),
    ("event", _("Événements")),
    ("page", _("Pages")),
]
TYPE_LABELS = dict(TYPES)


def clean_query(raw: str) -> str:
    return " ".join((raw or "").split())


def too_short_query(q: str) -> bool:
    """Fewer than ``MIN_QUERY`` letters or digits: « x », « é », « a ! »."""
    return sum(c.isalnum() for c in q) < MIN_QUERY


def _querysets(territory, site, *, territory_filter=None, restricted=None):
    """Unevaluated querysets per type, scoped to the host (and the optional territory).

    ``restricted``: the trees under a view restriction as a ``Q`` (read here if not given)."""
    scope = territory or territory_filter
    if restricted is None:  # once for the five page types (public() reads it each time)
        restricted = restricted_trees()

    def public(queryset):
        return queryset.exclude(restricted) if restricted else queryset

    pages = public(ContentPage.objects.live())
    events = public(EventPage.objects.live())
    experiences = listed_experiences(scope, restricted=restricted)
    projects = public(ProjectPage.objects.live())
    actors = Actor.objects.filter(live=True)
    # The needs of the board: open, approved, of a published project or actor.
    if territory is not None:
        needs = Need.objects.public_on_site(territory)
    else:
        needs = Need.objects.public()
        if territory_filter is not None:
            needs = needs.filter(territory_id=territory_filter.pk)
    needs = needs.annotate(link_id=Cast("pk", TextField()))
    if scope is not None:
        root = scope.site.root_page
        pages = pages.descendant_of(root)
        events = events.descendant_of(root)
        projects = projects.descendant_of(root)
        actors = actors.filter(territory_id=scope.pk)
    querysets = {
        "page": pages,
        "event": events,
        "experience": experiences,
        "project": projects,
        "need": needs,
        "actor": actors,
    }
    if territory_filter is None:
        querysets.update(
            method=public(MethodPage.objects.live()),
            lesson=public(LessonPage.objects.live()),
            glossary=GlossaryTerm.objects.all(),
        )
    return querysets


def _words(q: str) -> list[str]:
    return [w for w in re.findall(r"\w+", fold(q)) if len(w) > 1]


def highlight(text: str, q: str, width: int = 220) -> str:
    """An escaped excerpt of ``text`` around the first match, matches wrapped in <mark>.

    Matching is accent- and case-insensitive and on word beginnings (a light stem: the first
    five letters), so « coopérations » marks « coopération ».
    """
    text = " ".join((text or "").split())
    words = _words(q)
    if not text:
        return ""
    folded = fold(text)
    if len(folded) != len(text):  # folding changed lengths (ligatures): no marks
        return escape(text[:width])
    stems = [w[:5] if len(w) > 5 else w for w in words]
    spans = []
    if stems:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*")
        spans = [m.span() for m in pattern.finditer(folded)]
    start = 0
    if spans and spans[0][0] > width // 3:
        start = spans[0][0] - width // 3
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + width)
    out: list[str] = []
    cursor = start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(escape(text[cursor:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    out.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)


def _page_url(url_path: str, request) -> str:
    """A page's URL from its ``url_path`` alone (relative on its own site, absolute elsewhere),
    as ``Page.get_url`` gives it: no page row is loaded."""
    return Page(url_path=url_path).get_url(request) or ""


def _url(row, request, on_network) -> str:
    kind, link = row["r_type"], row["r_link"]
    if kind in ("method", "lesson"):
        position = link.find(f"/{LIBRARY_SLUG}/")
        return link[position:] if position >= 0 else _page_url(link, request)
    if kind == "glossary":
        return f"/{LIBRARY_SLUG}/#terme-{link}"
    if kind in ("actor", "need"):
        if kind == "actor":
            path = reverse("actor_detail", kwargs={"slug": link})
        else:
            path = reverse("need_detail", kwargs={"pk": int(link)})
        if on_network:  # their pages are on their territory's site
            return _site_root_urls(request).get(row["r_site"], "") + path
        return path
    return _page_url(link, request)


def _site_root_urls(request) -> dict:
    """Root URL of each site (cached by Wagtail per request, and in the cache between them)."""
    return {root.site_id: root.root_url for root in Page._get_site_root_paths(request)}


# PostgreSQL: the search statement of each scope and set of filters, compiled once with
# placeholders for the query (building and compiling seven ORM querysets cost more CPU than
# PostgreSQL spends running them). Its key holds everything the SQL and its parameters are
# built from, other than the query: the scope's id and root path, the restricted trees, the
# type and theme filters. The query only ever reaches the SQL as these two parameters.
_RAW_Q = "\ue000Q\ue000"  # as typed: ``matching`` folds it to _FOLDED_Q
_FOLDED_Q = fold(_RAW_Q)
_STATEMENTS: dict = {}
MAX_STATEMENTS = 512


def _result_keys(kind, theme, library) -> list[str]:
    """The result types searched: all, or the one asked; those with themes if a theme is."""
    return [
        key
        for key, _label in TYPES
        if (library or key not in ("method", "lesson", "glossary"))
        and (not kind or key == kind)
        and (not theme or SEARCH_TYPES[key].themes)
    ]


def _statement(q, territory, site, territory_filter, kind, theme, keys):
    """SQL, parameters and type order of the search (``search.engine``)."""
    paths = tuple(sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))
    restricted = Q()
    for path in paths:
        restricted |= Q(path__startswith=path)
    scope = territory or territory_filter

    def build(query):
        querysets = _querysets(
            territory, site, territory_filter=territory_filter, restricted=restricted
        )
        limit = PAGE_SIZE if kind else PER_TYPE
        parts = []
        for key in keys:
            queryset = querysets[key]
            if theme:
                queryset = queryset.filter(themes__slug=theme)
            # One row more than shown tells whether there are more (no COUNT over every
            # match, the costliest part on large tables).
            spec = SEARCH_TYPES[key]
            parts.append(result_rows(matching(queryset, spec, query), spec)[: limit + 1])
        return union_statement(parts)

    if connection.vendor != "postgresql":  # SQLite: the SQL depends on the query's words
        return build(q)
    root_path = scope.site.root_page.path if scope is not None else ""
    cache_key = (scope.pk if scope else None, root_path, paths, kind, theme, tuple(keys))
    statement = _STATEMENTS.get(cache_key)
    if statement is None:
        if len(_STATEMENTS) >= MAX_STATEMENTS:
            _STATEMENTS.clear()
        statement = _STATEMENTS[cache_key] = build(_RAW_Q)
    sql, params, order = statement
    folded = fold(q)
    values = {_RAW_Q: q, _FOLDED_Q: folded}
    return sql, [values.get(p, p) if isinstance(p, str) else p for p in params], order


def run_search(request, q, *, kind="", theme="", territory_slug=""):
    site = Site.find_for_request(request)
    territory = current_territory(request)
    on_network = territory is None
    territory_filter = None
    if on_network and territory_slug:
        territory_filter = (
            Territory.objects.filter(slug=territory_slug).select_related("site").first()
        )
        if territory_filter is None:
            return []
    keys = _result_keys(kind, theme, library=territory_filter is None)
    labels = {key: TYPE_LABELS[key] for key in keys}
    limit = PAGE_SIZE if kind else PER_TYPE
    statement = _statement(q, territory, site, territory_filter, kind, theme, keys)
    rows = {key: [] for key in labels}
    for row in fetch_rows(*statement):  # one statement for every type
        rows[row["r_type"]].append(row)
    groups = []
    for key, label in labels.items():
        shown = rows[key][:limit]
        groups.append(
            {
                "type": key,
                "label": label,
                "count": len(shown),
                "more": len(rows[key]) > limit,
                "items": [
                    {
                        "title": row["r_title"],
                        "url": _url(row, request, on_network),
                        "excerpt": highlight(row["r_text"] or row["r_text2"], q),
                        "territory": row["r_territory"],
                    }
                    for row in shown
                ],
            }
        )
    return groups


def _errors(kind, theme, territory_slug, themes, territories) -> list[str | Promise]:
    """French messages naming the parameter; the lists come from the form's own queries."""
    errors: list[str | Promise] = []
    if kind and kind not in TYPE_LABELS:
        errors.append(_("Type : choisissez un type de la liste."))
    if theme and theme not in {t.slug for t in themes}:
        errors.append(_("Thème : choisissez un thème de la liste."))
    if territory_slug and territory_slug not in {t.slug for t in territories}:
        errors.append(_("Territoire : choisissez un territoire de la liste."))
    return errors


def search(request: HttpRequest) -> TemplateResponse:
    refused: list[str | Promise] = []

    def read(reader: Callable[..., str], name: str, **limits: int) -> str:
        """The parameter through ``network.params``; a refusal is listed, not raised."""
        try:
            return reader(request.GET, name, **limits)
        except params.ParameterError as error:
            refused.append(error.message)
            return ""

    raw_q = read(params.text, "q", max_length=MAX_QUERY)
    kind = read(params.single, "type", max_length=40)
    theme = read(params.single, "theme", max_length=params.MAX_SLUG_LENGTH)
    on_network = current_territory(request) is None
    territory_slug = (
        read(params.single, "territoire", max_length=params.MAX_SLUG_LENGTH) if on_network else ""
    )
    themes = list(Theme.objects.all())
    territories = (
        list(Territory.objects.order_by("name").only("name", "slug")) if on_network else []
    )
    errors = refused + _errors(kind, theme, territory_slug, themes, territories)
    q = "" if errors else clean_query(raw_q)
    # A single letter (or only punctuation) is not searched: it would match nearly every row
    # and rank them all. The page answers at once with a hint.
    too_short = bool(q) and too_short_query(q)
    groups = (
        run_search(request, q, kind=kind, theme=theme, territory_slug=territory_slug)
        if q and not too_short
        else []
    )
    context = {
        "query": q,
        "too_short": too_short,
        "errors": errors,
        "groups": groups,
        "total": sum(g["count"] for g in groups),
        "total_more": any(g["more"] for g in groups),
        "types": TYPES,
        "current_type": "" if errors else kind,
        "themes": themes,
        "current_theme": "" if errors else theme,
        "territories": territories,
        "current_territory_slug": "" if errors else territory_slug,
    }
    return TemplateResponse(request, "search/search.html", context, status=400 if errors else 200)


@params.json_errors
def suggestions(request):
    """JSON titles and URLs for the search box: at most eight, for 2 to 100 characters."""
    q = params.text(request.GET, "q", max_length=MAX_QUERY)
    if too_short_query(q):
        return JsonResponse({"error": "q : 2 à 100 caractères"}, status=400)
    territory = current_territory(request)
    on_network = territory is None
    querysets = _querysets(territory, Site.find_for_request(request))
    results = []
    for key in ("method", "lesson", "experience", "project", "event", "page", "need", "actor"):
        if len(results) >= SUGGESTIONS:
            break
        spec = SEARCH_TYPES[key]
        rows = result_rows(completing(querysets[key], spec, q), spec)
        for row in rows[: SUGGESTIONS - len(results)]:
            results.append(
                {
                    "title": row["r_title"],
                    "url": _url(row, request, on_network),
                    "type": key,
                    "type_label": str(TYPE_LABELS[key]),
                }
            )
    return JsonResponse({"query": q, "results": results})
