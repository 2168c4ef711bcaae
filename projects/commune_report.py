"""What a territory's team hands to a mayor: the actors, projects, needs and experiences of one
commune, and the figures of all its communes.

Public fields of live objects only. Every list is capped (its total comes with its first row,
a window count), so a commune of thousands of actors costs the same number of queries as a
small one; the full lists live on the map (``/carte/?commune=``) and the needs board.
"""

from dataclasses import dataclass

from django.db.models import Count, F, Func, IntegerField, OuterRef, Q, Subquery, Window
from django.db.models.functions import Coalesce

from experiences.models import ExperienceActor, ExperiencePage
from territories.models import Actor, Commune

from .models import Need, ProjectPage, ProjectPartner

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


def commune_projects(territory, commune):
    return ProjectPage.objects.live().filter(territory=territory, communes=commune)


def commune_needs(territory, commune):
    return Need.objects.public_on_site(territory).filter(communes=commune)


def commune_experiences(territory, commune):
    """Live experiences of the territory whose communes (a list of INSEE codes) name it."""
    code = commune.insee_code
    return ExperiencePage.objects.filter(territory=territory, is_live=True).filter(
        Q(commune_codes=code)
        | Q(commune_codes__startswith=code + ",")
        | Q(commune_codes__endswith="," + code)
        | Q(commune_codes__contains="," + code + ",")
    )


def _capped(queryset, limit):
    """The first ``limit`` rows and the total, in one query."""
    rows = list(queryset.annotate(total_count=Window(Count("pk")))[:limit])
    return rows, (rows[0].total_count if rows else 0)


@dataclass
class Section:
    items: list
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def partner_count(territory, commune) -> int:
    """Distinct live actors of the territory taking part in the commune's live projects or
    experiences (wherever the actors themselves are based)."""
    projects = commune_projects(territory, commune).values("pk")
    experiences = commune_experiences(territory, commune).values("pk")
    # The union of the commune's links (a few hundred rows), deduplicated by the database:
    # no scan of the territory's actors.
    project_links = ProjectPartner.objects.filter(
        page_id__in=projects, actor__territory=territory, actor__live=True
    ).values_list("actor_id")
    experience_links = ExperienceActor.objects.filter(
        page_id__in=experiences, actor__territory=territory, actor__live=True
    ).values_list("actor_id")
    return project_links.order_by().union(experience_links.order_by()).order_by().count()


def commune_report(territory, commune) -> dict:
    """The report's content; 7 queries whatever the number of actors."""
    actors = commune_actors(territory, commune)
    by_kind = list(
        actors.order_by()
        .values("kind__name", "kind__slug")
        .annotate(count=Count("pk"))
        .order_by("-count", "kind__name")
    )
    actor_total = sum(row["count"] for row in by_kind)
    # No window count here: the total is the kinds' sum, and a plain top-N sort is cheaper.
    actor_rows = list(
        actors.select_related("kind")
        .only("pk", "name", "slug", "city", "address", "latitude", "longitude", "kind__name")
        .order_by("name", "pk")[:ACTOR_LIMIT]
    )
    project_rows, project_total = _capped(
        commune_projects(territory, commune)
        .only("pk", "title", "slug", "url_path", "summary", "status", "start_date", "end_date")
        .order_by("title", "pk"),
        PROJECT_LIMIT,
    )
    need_rows, need_total = _capped(
        commune_needs(territory, commune)
        .select_related("project", "actor")
        .only(
            "pk",
            "title",
            "kind",
            "quantity",
            "deadline",
            "description",
            "project__title",
            "project__url_path",
            "actor__name",
            "actor__slug",
        )
        .order_by("deadline", "-created_at", "pk"),
        NEED_LIMIT,
    )
    experience_rows, experience_total = _capped(
        commune_experiences(territory, commune)
        .only("pk", "title", "slug", "url_path", "summary", "maturity", "published_at")
        .order_by("-published_at", "pk"),
        EXPERIENCE_LIMIT,
    )
    partners = partner_count(territory, commune)
    points = [
        {
            "lat": actor.latitude,
            "lng": actor.longitude,
            "name": actor.name,
            "url": actor.get_url_path(),
            "label": f"{actor.kind.name} · {actor.address or actor.city}",
        }
        for actor in actor_rows
        if actor.latitude is not None and actor.longitude is not None
    ]
    return {
        "commune": commune,
        "actors_by_kind": by_kind,
        "actors": Section(actor_rows, actor_total),
        "projects": Section(project_rows, project_total),
        "needs": Section(need_rows, need_total),
        "experiences": Section(experience_rows, experience_total),
        "partner_count": partners,
        "figures": {
            "actors": actor_total,
            "projects": project_total,
            "needs": need_total,
            "experiences": experience_total,
            "partners": partners,
        },
        "map_points": {"points": points} if points else None,
    }


def _count(queryset):
    """``SELECT COUNT(*)`` of ``queryset`` as a correlated subquery (no GROUP BY)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def communes_with_figures(territory) -> list[Commune]:
    """The territory's communes with their live actors, live projects and open needs
    counted: one query (one correlated count per column)."""
    actors = Actor.objects.filter(
        territory=territory, live=True, commune_insee=OuterRef("insee_code")
    )
    projects = ProjectPage.objects.live().filter(territory=territory, communes=OuterRef("pk"))
    needs = Need.objects.public_on_site(territory).filter(communes=OuterRef("pk"))
    return list(
        Commune.objects.filter(territory=territory)
        .annotate(
            actor_count=_count(actors),
            project_count=_count(projects),
            need_count=_count(needs),
        )
        .order_by("name")
    )
