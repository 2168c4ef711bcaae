"""What a project page shows: public fields only (never ``lead_email`` nor contributions).

Queries, constant in the number of partners and needs: themes, communes, partners with
their actor (joined, live actors only), open needs, and the join form's privacy link.
"""

from django.utils.translation import gettext as _

from network.models import SiteIdentity

from .forms import ContributionForm


def privacy_url(request, territory) -> str:
    if territory is None or not territory.site_id:
        return ""
    page = SiteIdentity.for_site(territory.site).privacy_page
    if page is None or not page.live:
        return ""
    return page.get_url(request) or ""


def project_context(page, request, join_form=None) -> dict:
    territory = page.territory
    if join_form is None:
        join_form = ContributionForm(privacy_url=privacy_url(request, territory))
    return {
        "territory": territory,
        "themes": list(page.themes.order_by("name")),
        "communes": list(page.communes.order_by("name")),
        "partners": page.public_partners(),
        "open_needs": page.open_needs(territory) if territory else [],
        "join_form": join_form,
        "join_errors": join_form.error_summary() if join_form.is_bound else [],
        "join_title": _("Je m’y greffe"),
    }
