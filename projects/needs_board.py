"""The needs board (``/besoins/``): open needs, filterable, on a map and in a list.

On a territory host: that territory's visible needs (``Need.objects.public_on_site``); on
the network host: every listed territory's (``Need.objects.public``).

A need is placed at its actor's position when it has one, else at the centres of its own
communes, else at those of its project. Queries, constant in the number of needs: the
form's choices (need kinds, themes, communes, territories), the count and one page of needs with
their project, actor and territory (joined), their themes and communes (prefetched),
and three for the map points (actor positions, need communes, project communes).
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch

from wagtail.models import Site

from network import params
from network.models import Theme
from territories.models import Commune

from .filters import NeedFilterForm
from .models import Need

PER_PAGE = 25
MAX_POINTS = 1000  # a map beyond that is unreadable; the list has them all


def board_needs(territory):
    return Need.objects.on_board(territory)


def need_url(pk: int, base: str = "/") -> str:
    """The need's page: relative on its own site, absolute (its territory's) elsewhere."""
    return f"{base.rstrip('/')}/besoins/{pk}/"


def map_points(needs, current_territory) -> dict:
    """Points for ``points_map.js``: one per need and place (at most ``MAX_POINTS`` needs).

    Plain rows, not model instances, and each label built once per kind and territory:
    with instances and their kinds per need, the thousand points cost ~150 ms of
    CPU at the bench size, more than the rest of the board."""
    rows = list(
        needs.order_by("-created_at", "-pk").values_list(
            "pk",
            "title",
            "kind__name",
            "territory_id",
            "territory__name",
            "territory__site__hostname",
            "territory__site__port",
        )[:MAX_POINTS]
    )
    ids = [row[0] for row in rows]
    placed: dict[int, list[tuple[float, float]]] = {}
    sources = (
        ("actor__latitude", "actor__longitude"),
        ("communes__latitude", "communes__longitude"),
        ("project__communes__latitude", "project__communes__longitude"),
    )
    for lat_field, lng_field in sources:
        wanted = [pk for pk in ids if pk not in placed]
        if not wanted:
            break
        found: dict[int, list] = {}
        for pk, lat, lng in Need.objects.filter(
            pk__in=wanted, **{f"{lat_field}__isnull": False, f"{lng_field}__isnull": False}
        ).values_list("pk", lat_field, lng_field):
            found.setdefault(pk, []).append((lat, lng))
        placed.update(found)
    bases: dict[int, str] = {}  # territory id → its site's root URL (network host only)
    points = []
    for pk, title, label, territory_id, territory_name, hostname, port in rows:
        if current_territory is None:
            if territory_id not in bases:
                bases[territory_id] = (
                    Site(hostname=hostname, port=port).root_url + "/" if hostname else ""
                )
            url, label = need_url(pk, bases[territory_id]), f"{label} · {territory_name}"
        else:
            url = need_url(pk)
        for lat, lng in placed.get(pk, []):
            points.append({"lat": lat, "lng": lng, "name": title, "url": url, "label": label})
    return {"points": points}


def board(query, territory) -> dict:
    form = NeedFilterForm(query, territory=territory)
    needs = board_needs(territory)
    needs = form.apply(needs) if form.is_valid() else needs.none()
    listing = (
        needs.select_related("kind", "project", "actor", "territory__site")
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.order_by("name")),
            Prefetch("communes", queryset=Commune.objects.order_by("name")),
        )
        .order_by("-created_at", "-pk")
    )
    page = Paginator(listing, PER_PAGE).get_page(params.page(query))
    for need in page:
        need.public_url = need_url(need.pk, need.territory.url if territory is None else "/")
    return {
        "form": form,
        "errors": form.errors_list(),
        "page": page,
        "points": map_points(needs, territory),
        "territory": territory,
    }
