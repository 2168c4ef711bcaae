"""What an experience page shows besides its own fields: actors, communes, related
experiences and its schema.org ``Article`` description."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags

from actors.models import Actor
from library.views import library_href
from network.restrictions import is_public_path, public
from territories.services import current_territory, territory_of_page

from .models import ExperienceActor, ExperienceActorKind, ExperiencePage

RELATED_COUNT = 3


def territory_for(page, request):
    """The page's territory: the host's own when it is the page's (no query again)."""
    if not page.territory_id:
        return territory_of_page(page, request)
    current = current_territory(request) if request is not None else None
    if current is not None and current.pk == page.territory_id:
        return current
    return page.territory


def methods_with_library_links(page) -> list:
    """The page's methods, each with ``library_url`` set to its sheet in the shared library
    when one is linked, published and public (the sheets come in the same query)."""
    methods = list(page.methods.all().select_related("library_page"))
    for method in methods:
        try:
            sheet = method.library_page
        except ObjectDoesNotExist:
            sheet = None
        public_sheet = sheet is not None and sheet.live and is_public_path(sheet.path)
        method.library_url = library_href(sheet) if public_sheet else ""
    return methods


def involved_actors(page, *, preview=False) -> list[tuple]:
    """(actor, role) pairs of the page's published directory actors, in their order: one
    query for a saved page; two for a preview, whose links are still in memory."""
    if not preview and page.pk:
        links = (
            ExperienceActor.objects.filter(page_id=page.pk, actor__live=True)
            .select_related("actor__kind", "actor__territory__site")
            .order_by("sort_order", "pk")
        )
        return [(link.actor, link.role) for link in links]
    links = list(page.involved_actors.all())
    if not links:
        return []
    actors = Actor.objects.filter(pk__in=[link.actor_id for link in links], live=True)
    by_id = {actor.pk: actor for actor in actors.select_related("kind", "territory__site")}
    return [(by_id[link.actor_id], link.role) for link in links if link.actor_id in by_id]


def communes(page, territory) -> list:
    codes = page.commune_code_list
    if not codes or territory is None:
        return []
    return list(territory.communes.filter(insee_code__in=codes).order_by("name"))


def _shared(through, target: str, ids, column: str = "experiencepage") -> Coalesce:
    """How many of ``ids`` the outer experience shares through ``through``."""
    rows = (
        through.objects.filter(**{column: OuterRef("pk"), f"{target}__in": ids})
        .order_by()
        .values(column)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def related_experiences(page, themes, methods, actors, limit=RELATED_COUNT) -> list:
    """Published experiences sharing the most themes, methods and kinds of actors (ties:
    the newest first). One query, plus Wagtail's view restrictions."""
    theme_ids = [theme.pk for theme in themes]
    method_ids = [method.pk for method in methods]
    kind_ids = sorted({actor.kind_id for actor, _role in actors})
    if not (theme_ids or method_ids or kind_ids):
        return []
    score = (
        _shared(ExperiencePage.themes.through, "theme", theme_ids)
        + _shared(ExperiencePage.methods.through, "method", method_ids)
        + _shared(ExperienceActorKind, "kind", kind_ids, column="page")
    )
    candidates = public(ExperiencePage.objects.filter(is_live=True)).exclude(pk=page.pk)
    visible = Q(on_network=True)
    if page.territory_id:
        visible |= Q(territory_id=page.territory_id)
    return list(
        candidates.filter(visible)
        .annotate(score=score)
        .filter(score__gt=0)
        .select_related("territory")
        .order_by("-score", "-published_at", "-pk")[:limit]
    )


def structured_data(page, request, territory, themes, image_url=None) -> dict:
    """schema.org Article, serialised into the page as JSON-LD."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title[:110],
        "inLanguage": "fr",
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "articleSection": "Expériences",
        "publisher": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
    }
    description = page.search_description or page.summary or strip_tags(page.context)[:300]
    if description:
        data["description"] = description
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if territory is not None:
        author = {"@type": "Organization", "name": territory.name}
        if territory.site_id:
            author["url"] = territory.url
        data["author"] = author
        data["locationCreated"] = {"@type": "Place", "name": territory.name}
    if themes:
        data["about"] = [{"@type": "Thing", "name": theme.name} for theme in themes]
        data["keywords"] = ", ".join(theme.name for theme in themes)
    if image_url:
        data["image"] = image_url
    return data
