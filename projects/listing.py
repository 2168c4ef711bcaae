"""The project index: live projects of the territory, filtered by status, theme, commune.

Queries, constant in the number of projects: the filter form's choices (themes,
communes), one page of projects, their themes and their communes (prefetched).
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch

from network import params
from network.models import Theme
from network.restrictions import public
from territories.models import Commune

from .filters import ProjectFilterForm

PER_PAGE = 20


def project_listing(index, query) -> dict:
    territory = index.listing_territory()
    form = ProjectFilterForm(query, territory=territory)
    projects = public(index.live_projects())
    projects = form.apply(projects) if form.is_valid() else projects.none()
    projects = projects.order_by("-first_published_at", "-pk").prefetch_related(
        Prefetch("themes", queryset=Theme.objects.order_by("name")),
        Prefetch("communes", queryset=Commune.objects.order_by("name")),
    )
    paginator = Paginator(projects, PER_PAGE)
    page = paginator.get_page(params.page(query))
    return {"form": form, "errors": form.errors_list(), "page": page, "territory": territory}
