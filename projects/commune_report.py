"""What a territory's team hands to a mayor: the actors, projects, needs and experiences of one
commune, and the figures of all its communes.

Public fields of live objects only. Every list is capped (the totals are counted apart, in one
query), so a commune of thousands of actors costs the same number of queries as a small one;
the full lists live on the map (``/carte/?commune=``) and the needs board. The report is plain
data, cached per commune until the site's content changes (``cached_commune_report``).
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Func, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.urls import reverse

from actors.models import Actor
from experiences.models import ExperienceActor, ExperiencePage
from network.caching import generations
from territories.models import Commune

from .impact import territory_impact
from .models import Need, ProjectPage, ProjectPartner, ProjectStatus

ACTOR_LIMIT = 100
PROJECT_LIMIT = 50
NEED_LIMIT = 50
EXPERIENCE_LIMIT = 30


def territory_commune(territory, insee: str) -> Commune | None:
    if len(insee) != 5 or not insee.isalnum():
        return None
    return Commune.objects.filter(territory=territory, insee_code=insee).first()


def commune_actors(territory, commune):
    return Actor.objects.filter(territory=territory, live=True, commune_insee=commune.insee_code)


def _in_commune(commune, prefix="communes"):
    """The M2M filter on the commune: by its row, or by its code (``commune.pk`` unknown,
    for the totals counted in the commune's own query)."""
    if commune.pk is not None:
        return {prefix: commune}
    return {f"{prefix}__insee_code": commune.insee_code, f"{prefix}__territory": commune.territory}


def commune_projects(territory, commune):
    return ProjectPage.objects.live().filter(territory=territory, **_in_commune(commune))


def commune_needs(territory, commune):
    return Need.objects.public_on_site(territory).filter(**_in_commune(commune))


def commune_experiences(territory, commune):
    """Live experiences of the territory whose communes (a list of INSEE codes) name it."""
    code = commune.insee_code
    return ExperiencePage.objects.filter(territory=territory, is_live=True).filter(
        Q(commune_codes=code)
        | Q(commune_codes__startswith=code + ",")
        | Q(commune_codes__endswith="," + code)
        | Q(commune_codes__contains="," + code + ",")
    )


@dataclass
class Section:
    items: list
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def partner_links(territory, commune):
    """The actor ids taking part in the commune's live projects or experiences (live actors
    of the territory, wherever they are based), as a UNION (deduplicated by the database):
    the union of the commune's links (a few hundred rows), no scan of the territory's actors."""
    projects = commune_projects(territory, commune).values("pk")
    experiences = commune_experiences(territory, commune).values("pk")
    project_links = ProjectPartner.objects.filter(
        page_id__in=projects, actor__territory=territory, actor__live=True
    ).values_list("actor_id")
    experience_links = ExperienceActor.objects.filter(
        page_id__in=experiences, actor__territory=territory, actor__live=True
    ).values_list("actor_id")
    return project_links.order_by().union(experience_links.order_by()).order_by()


def partner_count(territory, commune) -> int:
    """Distinct live actors of the territory taking part in the commune's live projects or
    experiences."""
    return partner_links(territory, commune).count()


TOTALS = ("projects", "needs", "experiences", "partners")


def _count_sql(queryset) -> RawSQL:
    """``SELECT COUNT(*)`` of ``queryset`` as a scalar subquery."""
    sql, params = queryset.query.sql_with_params()
    return RawSQL(f"SELECT COUNT(*) FROM ({sql}) counted", params, output_field=IntegerField())


def commune_with_totals(territory, insee: str) -> Commune | None:
    """The territory's commune ``insee`` with the report's four totals (``total_projects``,
    ``total_needs``, ``total_experiences``, ``total_partners``): one query, the totals as
    scalar subqueries (no window counts, so the lists are plain top-N reads)."""
    if len(insee) != 5 or not insee.isalnum():
        return None
    probe = Commune(territory=territory, insee_code=insee)  # no pk: filters by code
    counted = {
        "projects": commune_projects(territory, probe).order_by().values("pk"),
        "needs": commune_needs(territory, probe).order_by().values("pk"),
        "experiences": commune_experiences(territory, probe).order_by().values("pk"),
        "partners": partner_links(territory, probe),
    }
    return (
        Commune.objects.filter(territory=territory, insee_code=insee)
        .annotate(**{f"total_{name}": _count_sql(counted[name]) for name in TOTALS})
        .first()
    )


def commune_report(territory, commune, url_for_page=None) -> dict:
    """The report's content, plain data (dicts, no model instances: cacheable, and cheap to
    build and render). ``commune`` read by ``commune_with_totals`` (else one more query),
    then 5 queries whatever the number of actors, fewer when a section is empty, plus the
    impact chart's (one per series). ``url_for_page(page_id, url_path)`` links projects and experiences."""
    url_for_page = url_for_page or (lambda _pk, url_path: "")
    actors = commune_actors(territory, commune)
    # Counts by kind from the partial index ``actor_commune_kind`` (COUNT(*): index-only).
    by_kind = list(
        actors.order_by()
        .values("kind_id")
        .annotate(count=Count("*"))
        .values("kind__name", "kind__slug", "count")
        .order_by("-count", "kind__name")
    )
    actor_total = sum(row["count"] for row in by_kind)
    actor_rows = []
    if actor_total:
        # The first actors by name, read in order from ``actor_commune_name``.
        actor_rows = [
            {
                "name": name,
                "url": reverse("actor_detail", kwargs={"slug": slug}),
                "kind": kind,
                "address": address,
                "city": city,
                "latitude": latitude,
                "longitude": longitude,
            }
            for name, slug, kind, address, city, latitude, longitude in actors.order_by(
                "name", "pk"
            ).values_list("name", "slug", "kind__name", "address", "city", "latitude", "longitude")[
                :ACTOR_LIMIT
            ]
        ]
    totals: dict[str, Any] = {name: getattr(commune, f"total_{name}", None) for name in TOTALS}
    if None in totals.values():  # a commune read without its totals
        commune = commune_with_totals(territory, commune.insee_code)
        totals = {name: getattr(commune, f"total_{name}") for name in TOTALS}
    project_rows, need_rows, experience_rows = [], [], []
    if totals["projects"]:
        statuses = dict(ProjectStatus.choices)
        project_rows = [
            {
                "title": title,
                "url": url_for_page(pk, url_path),
                "status": str(statuses.get(status, status)),
                "summary": summary,
            }
            for pk, title, url_path, status, summary in commune_projects(territory, commune)
            .order_by("title", "pk")
            .values_list("pk", "title", "url_path", "status", "summary")[:PROJECT_LIMIT]
        ]
    if totals["needs"]:
        need_rows = [
            {
                "title": title,
                "kind": kind,
                "quantity": quantity,
                "deadline": deadline,
                "project_title": project_title or "",
                "project_url": url_for_page(project_id, project_path) if project_id else "",
                "actor_name": actor_name or "",
                "actor_url": reverse("actor_detail", kwargs={"slug": actor_slug})
                if actor_slug and not project_id
                else "",
            }
            for (
                title,
                kind,
                quantity,
                deadline,
                project_id,
                project_title,
                project_path,
                actor_name,
                actor_slug,
            ) in commune_needs(territory, commune)
            .order_by("deadline", "-created_at", "pk")
            .values_list(
                "title",
                "kind__name",
                "quantity",
                "deadline",
                "project_id",
                "project__title",
                "project__url_path",
                "actor__name",
                "actor__slug",
            )[:NEED_LIMIT]
        ]
    if totals["experiences"]:
        experience_rows = [
            {"title": title, "url": url_for_page(pk, url_path), "summary": summary}
            for pk, title, url_path, summary in commune_experiences(territory, commune)
            .order_by("-published_at", "pk")
            .values_list("pk", "title", "url_path", "summary")[:EXPERIENCE_LIMIT]
        ]
    points = [
        {
            "lat": actor["latitude"],
            "lng": actor["longitude"],
            "name": actor["name"],
            "url": actor["url"],
            "label": f"{actor['kind']} · {actor['address'] or actor['city']}",
        }
        for actor in actor_rows
        if actor["latitude"] is not None and actor["longitude"] is not None
    ]
    return {
        "commune": {
            "name": commune.name,
            "insee_code": commune.insee_code,
            "population": commune.population,
        },
        "actors_by_kind": by_kind,
        "actors": Section(actor_rows, actor_total),
        "projects": Section(project_rows, totals["projects"]),
        "needs": Section(need_rows, totals["needs"]),
        "experiences": Section(experience_rows, totals["experiences"]),
        "partner_count": totals["partners"],
        "figures": {"actors": actor_total, **totals},
        "map_points": {"points": points} if points else None,
        # The commune's last 12 months (``projects.impact``): one query per series.
        "impact": territory_impact(territory, commune=commune),
    }


# --- Cache per commune ------------------------------------------------------------------------


def _cache_key(territory, insee: str) -> str:
    return f"communereport:{territory.pk}:{insee}"


def cached_commune_report(territory, insee: str, hostname: str, url_for_page=None):
    """The report of the territory's commune ``insee`` (None when it has none), from the
    shared cache when its entry is still valid.

    An entry is valid under the page-cache generations it was built with: the global one
    (experiences, kinds, themes) and the site's own (its actors, pages, needs, communes),
    which ``network.caching.invalidation`` bumps on every change the report shows. Those
    bumps only run when the page cache is on (``PAGE_CACHE_SECONDS``): off, no report is
    cached either. A hit costs one cache round trip (generations and entry together) and no
    query; it also serves the signed-in team, whom the page cache skips."""
    seconds = settings.PAGE_CACHE_SECONDS
    key = _cache_key(territory, insee)
    gens = values = None
    if seconds:
        host = generations.host_key(hostname)
        values = generations.current([generations.GLOBAL, host], extra=[key])
        if values is not None:
            gens = (values[generations.GLOBAL], values[host])
            entry = values.get(key)
            if entry is not None and entry[0] == gens:
                return entry[1]
    commune = commune_with_totals(territory, insee)
    if commune is None:
        return None
    report = commune_report(territory, commune, url_for_page)
    if gens is not None:
        cache.set(key, (gens, report), seconds)
    return report


def _count(queryset):
    """``SELECT COUNT(*)`` of ``queryset`` as a correlated subquery (no GROUP BY)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def communes_with_figures(territory, communes=None) -> QuerySet[Commune]:
    """The territory's communes (or those of ``communes``) with their live actors, live
    projects and open needs counted: one query (one correlated count per column), to be
    paginated (a territory may have 35,000 communes)."""
    actors = Actor.objects.filter(
        territory=territory, live=True, commune_insee=OuterRef("insee_code")
    )
    projects = ProjectPage.objects.live().filter(territory=territory, communes=OuterRef("pk"))
    needs = Need.objects.public_on_site(territory).filter(communes=OuterRef("pk"))
    if communes is None:
        communes = Commune.objects.filter(territory=territory)
    return communes.annotate(
        actor_count=_count(actors),
        project_count=_count(projects),
        need_count=_count(needs),
    ).order_by("name", "insee_code")
