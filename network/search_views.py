"""One search page per site (``/recherche/?q=``) and its autocomplete (``/recherche/suggestions``).

Scope: on a territory host, that territory's pages, events, published actors and experiences,
plus the shared library; on the network host, everything. Each type is searched through
Wagtail's search backend (PostgreSQL: the ``french`` configuration with ``unaccent``, see
migration ``network.0004``; SQLite: its full-text fallback) with the backend's own filters
(live, territory, tree); the theme filter is applied to the best results of each type.
"""

import re

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site
from wagtail.search.backends import get_search_backend

from network.text import fold
from territories.services import current_territory

MAX_QUERY = 100
PER_TYPE = 10  # results shown per type when grouped
PAGE_SIZE = 30  # results shown when filtered on one type
WINDOW = 300  # results looked at per type (theme filter, counts beyond are shown as "300+")
SUGGESTIONS = 8

TYPES = [
    ("method", _("Fiches méthodes")),
    ("lesson", _("Enseignements")),
    ("glossary", _("Glossaire")),
    ("experience", _("Expériences")),
    ("actor", _("Acteurs")),
    ("event", _("Événements")),
    ("page", _("Pages")),
]
TYPE_LABELS = dict(TYPES)


def clean_query(raw: str) -> str:
    return " ".join((raw or "").split())


def _querysets(territory, site, *, territory_filter=None):
    """Unevaluated querysets per type, scoped to the host (and the optional territory)."""
    from experiences.models import ExperiencePage
    from network.events.models import EventPage
    from network.library.models import GlossaryTerm, LessonPage, MethodPage
    from network.models import ContentPage
    from territories.models import Actor

    scope = territory or territory_filter
    pages = ContentPage.objects.live().public()
    events = EventPage.objects.live().public()
    experiences = ExperiencePage.objects.live().public()
    actors = Actor.objects.filter(live=True)
    if scope is not None:
        root = scope.site.root_page
        pages = pages.descendant_of(root)
        events = events.descendant_of(root)
        experiences = experiences.filter(territory_id=scope.pk)
        actors = actors.filter(territory_id=scope.pk)
    querysets = {
        "page": pages,
        "event": events,
        "experience": experiences,
        "actor": actors,
    }
    if territory_filter is None:
        querysets.update(
            method=MethodPage.objects.live().public(),
            lesson=LessonPage.objects.live().public(),
            glossary=GlossaryTerm.objects.all(),
        )
    return querysets


def _with_theme(kind, model, results, theme):
    if not theme or kind in ("glossary", "page"):
        return results if not theme else []
    pks = [obj.pk for obj in results]
    keep = set(model.objects.filter(pk__in=pks, themes__slug=theme).values_list("pk", flat=True))
    return [obj for obj in results if obj.pk in keep]


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
    out, cursor = [], start
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


def _url(kind, obj, request, on_network) -> str:
    from network.library.views import library_href

    if kind in ("method", "lesson"):
        return library_href(obj)
    if kind == "glossary":
        return f"/bibliotheque/#{obj.anchor}"
    if kind == "actor":
        if on_network:
            return obj.territory.url.rstrip("/") + obj.get_url_path()
        return obj.get_url_path()
    return obj.get_url(request) or ""


def _text(kind, obj) -> str:
    if kind == "actor":
        return obj.description or obj.city
    if kind == "experience":
        return obj.summary
    if kind == "page":
        return obj.intro or obj.search_description
    return getattr(obj, "search_excerpt", "")


def _title(kind, obj) -> str:
    return obj.name if kind == "actor" else str(obj) if kind == "glossary" else obj.title


def run_search(request, q, *, kind="", theme="", territory_slug=""):
    from territories.models import Territory

    backend = get_search_backend()
    site = Site.find_for_request(request)
    territory = current_territory(request)
    on_network = territory is None
    territory_filter = None
    if on_network and territory_slug:
        territory_filter = (
            Territory.objects.filter(slug=territory_slug).select_related("site").first()
        )
    querysets = _querysets(territory, site, territory_filter=territory_filter)
    groups = []
    for key, label in TYPES:
        if key not in querysets or (kind and key != kind):
            continue
        queryset = querysets[key]
        if key == "actor" and on_network:
            queryset = queryset.select_related("territory__site")
        limit = PAGE_SIZE if kind else PER_TYPE
        if theme:
            results = _with_theme(
                key, queryset.model, list(backend.search(q, queryset)[:WINDOW]), theme
            )
            count = len(results)
            results = results[:limit]
            more = count >= WINDOW
        else:
            # One query per type: fetch one more than shown to know there are more
            # (no ranked COUNT over every match, the costliest part on large indexes).
            results = list(backend.search(q, queryset)[: limit + 1])
            more = len(results) > limit
            results = results[:limit]
            count = len(results)
        groups.append(
            {
                "type": key,
                "label": label,
                "count": count,
                "more": more,
                "items": [
                    {
                        "title": _title(key, obj),
                        "url": _url(key, obj, request, on_network),
                        "excerpt": highlight(_text(key, obj), q),
                        "territory": getattr(getattr(obj, "territory", None), "name", ""),
                    }
                    for obj in results
                ],
            }
        )
    return groups


def search(request):
    from network.models import Theme
    from territories.models import Territory

    q = clean_query(request.GET.get("q", ""))[:MAX_QUERY]
    kind = request.GET.get("type", "")
    kind = kind if kind in TYPE_LABELS else ""
    theme = request.GET.get("theme", "")[:120]
    territory_slug = request.GET.get("territoire", "")[:120]
    groups = (
        run_search(request, q, kind=kind, theme=theme, territory_slug=territory_slug) if q else []
    )
    on_network = current_territory(request) is None
    context = {
        "query": q,
        "groups": groups,
        "total": sum(g["count"] for g in groups),
        "total_more": any(g["more"] for g in groups),
        "types": TYPES,
        "current_type": kind,
        "themes": list(Theme.objects.all()),
        "current_theme": theme,
        "territories": list(Territory.objects.order_by("name").only("name", "slug"))
        if on_network
        else [],
        "current_territory_slug": territory_slug,
    }
    return TemplateResponse(request, "search/search.html", context)


def suggestions(request):
    """JSON titles and URLs for the search box: at most eight, for 2 to 100 characters."""
    q = clean_query(request.GET.get("q", ""))
    if not 2 <= len(q) <= MAX_QUERY:
        return JsonResponse({"error": "q: 2 à 100 caractères"}, status=400)
    backend = get_search_backend()
    territory = current_territory(request)
    on_network = territory is None
    querysets = _querysets(territory, Site.find_for_request(request))
    results = []
    for key in ("method", "lesson", "experience", "event", "page", "actor"):
        if len(results) >= SUGGESTIONS:
            break
        queryset = querysets[key]
        if key == "actor" and on_network:
            queryset = queryset.select_related("territory__site")
        for obj in backend.autocomplete(q, queryset)[: SUGGESTIONS - len(results)]:
            results.append(
                {
                    "title": _title(key, obj),
                    "url": _url(key, obj, request, on_network),
                    "type": key,
                    "type_label": str(TYPE_LABELS[key]),
                }
            )
    return JsonResponse({"query": q, "results": results})
