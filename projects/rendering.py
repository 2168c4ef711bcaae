"""What a project page shows: public fields only (never ``lead_email`` nor contributions).

Queries, constant in the number of partners and needs: themes, communes, partners with
their actor (joined, live actors only), open needs, and the join form's privacy link.
"""

from django.utils.translation import gettext as _

from .forms import ContributionForm
from .needs_board import project_open_needs


def privacy_url(request, territory) -> str:
    from network.models import SiteIdentity

    if territory is None or not territory.site_id:
        return ""
    page = SiteIdentity.for_site(territory.site).privacy_page
    if page is None or not page.live:
        return ""
    return page.get_url(request) or ""


def partners(page):
    from .models import ProjectPartner

    return list(
        ProjectPartner.objects.filter(page=page, actor__live=True)
        .select_related("actor__kind", "actor__territory__site")
        .order_by("sort_order", "pk")
    )


def project_context(page, request, join_form=None) -> dict:
    territory = page.territory
    if join_form is None:
        join_form = ContributionForm(privacy_url=privacy_url(request, territory))
    return {
        "territory": territory,
        "themes": list(page.themes.order_by("name")),
        "communes": list(page.communes.order_by("name")),
        "partners": partners(page),
        "open_needs": project_open_needs(page, territory) if territory else [],
        "join_form": join_form,
        "join_errors": join_form.error_summary() if join_form.is_bound else [],
        "join_title": _("Je m’y greffe"),
    }
