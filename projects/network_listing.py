"""``/projets/`` on the network host: the projects of every listed territory, newest first,
filtered by status, theme and territory, 20 a page, each linked on its territory's site.

Queries, constant in the number of territories and projects: the listed territories (the
filter's choices, and each card's territory), the count, one page of projects, their
themes. A project belongs to the territory whose home is its ancestor at depth 2 (homes are
children of the tree's root): matched on the first segment of its ``path``.
"""

from typing import Any, cast

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy

from network import params
from network.models import Theme
from network.restrictions import public
from territories.models import Territory

from .filters import ANY, ProjectFilterForm, _choice
from .models import ProjectPage

PER_PAGE = 20
HOME_PATH_LENGTH = 2 * ProjectPage.steplen  # a territory's home: depth 2


class NetworkProjectFilterForm(ProjectFilterForm):
    """Status, theme and territory (no commune: they belong to each territory)."""

    PARAMETERS = ("statut", "theme", "territoire")

    territoire = _choice(gettext_lazy("Territoire"))

    def __init__(self, data: Any, *, territories: list[Territory]) -> None:
        super().__init__(data)  # type: ignore[no-untyped-call]
        del self.fields["commune"]
        field = cast(forms.ChoiceField, self.fields["territoire"])
        field.choices = [ANY, *((t.slug, t.name) for t in territories)]


def listed_territories() -> list[Territory]:
    """The listed territories with a site, with their home's path (one query)."""
    return list(
        Territory.objects.filter(is_listed=True, site__isnull=False)
        .select_related("site__root_page")
        .only("name", "slug", "site__root_page__path", "site__root_page__url_path")
        .order_by("name")
    )


def _home_path(territory: Territory) -> str:
    assert territory.site is not None  # listed_territories(): with a site
    return str(territory.site.root_page.path)


def network_project_listing(query: Any) -> dict[str, Any]:
    territories = listed_territories()
    form = NetworkProjectFilterForm(query, territories=territories)
    by_home = {_home_path(territory): territory for territory in territories}
    projects = public(ProjectPage.objects.live()).annotate(
        home_path=Substr("path", 1, HOME_PATH_LENGTH)
    )
    if form.is_valid():
        projects = form.apply(projects)  # type: ignore[no-untyped-call]
        chosen = form.cleaned_data.get("territoire")
        homes = [_home_path(t) for t in territories if not chosen or t.slug == chosen]
        projects = projects.filter(home_path__in=homes)
    else:
        projects = projects.none()
    projects = projects.order_by("-first_published_at", "-pk").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("name"))
    )
    page = Paginator(projects, PER_PAGE).get_page(params.page(query))
    for project in page.object_list:
        project.listing_territory = by_home.get(project.home_path)
    return {"form": form, "errors": form.errors_list(), "page": page}
