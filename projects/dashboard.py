"""The admin dashboard's « Chiffres du territoire » panel (``construct_homepage_panels``).

One row per territory the user works for (for the network team, the twelve territories
with the most waiting, and how many others there are): published
actors by kind, sign-ups of the last 30 days, what waits for moderation (sign-ups, draft
actors), open needs and answers to handle, each linking to the admin listing filtered on it.
Two queries whatever the number of territories or actors, plus the impact chart's
(``projects.impact``: one query per series for all the territories).
"""

from collections import defaultdict
from datetime import timedelta
from urllib.parse import urlencode

from django.db.models import Count, F, Func, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.ui.components import Component

from actors.models import Actor, ActorSignup
from territories.models import Territory, TerritoryRole
from territories.scoping import sees_all_territories, territories_with_role

from .choices import ContributionStatus
from .impact import territory_impacts
from .models import Contribution, Need, NeedStatus

NEW_SIGNUP_DAYS = 30
# The network team's panel: the territories with the most waiting, not hundreds of rows.
NETWORK_ROWS = 12


def _count(queryset):
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def dashboard_territories(user):
    """The territories whose figures the user may see: those whose team (editors or
    moderators) the user is in. Pioneers write experiences only: no figures."""
    if sees_all_territories(user):
        return Territory.objects.all()
    return territories_with_role(user, TerritoryRole.Role.EDITORS, TerritoryRole.Role.MODERATORS)


def waiting(territory) -> int:
    """What waits for the territory's team: sign-ups, draft actors, needs, answers."""
    return (
        territory.pending_signups
        + territory.draft_actors
        + territory.needs_to_approve
        + territory.new_contributions
    )


def territory_figures(user) -> tuple[list[dict], int]:
    """Per territory: its figures and the admin links behind them (two queries); and how
    many territories are left out (the network team sees the ``NETWORK_ROWS`` with the most
    waiting)."""
    since = timezone.now() - timedelta(days=NEW_SIGNUP_DAYS)
    here = OuterRef("pk")
    territories = list(
        dashboard_territories(user)
        .annotate(
            new_signups=_count(ActorSignup.objects.filter(territory=here, created_at__gte=since)),
            pending_signups=_count(
                ActorSignup.objects.filter(territory=here, status=ActorSignup.Status.PENDING)
            ),
            draft_actors=_count(Actor.objects.filter(territory=here, live=False)),
            open_needs=_count(Need.objects.filter(territory=here, status=NeedStatus.OPEN)),
            needs_to_approve=_count(
                Need.objects.filter(territory=here, status=NeedStatus.OPEN, is_approved=False)
            ),
            new_contributions=_count(
                Contribution.objects.filter(territory=here, status=ContributionStatus.NEW)
            ),
        )
        .only("pk", "name")
        .order_by("name")
    )
    hidden = 0
    if sees_all_territories(user) and len(territories) > NETWORK_ROWS:
        # Hundreds of territories: those with the most waiting first, a dozen of them.
        territories.sort(key=lambda t: -waiting(t))
        hidden = len(territories) - NETWORK_ROWS
        territories = sorted(territories[:NETWORK_ROWS], key=lambda t: t.name)
    kinds = defaultdict(list)
    for row in (
        Actor.objects.filter(territory__in=[t.pk for t in territories], live=True)
        .order_by()
        .values("territory_id", "kind_id", "kind__name")
        .annotate(count=Count("pk"))
        .order_by("territory_id", "-count", "kind__name")
    ):
        kinds[row["territory_id"]].append(row)

    actors_url = reverse("wagtailsnippets_actors_actor:list")
    needs_url = reverse("wagtailsnippets_projects_need:list")
    contributions_url = reverse("wagtailsnippets_projects_contribution:list")
    signups_url = reverse("actors_signups:list")

    def link(base, territory, **params):
        return f"{base}?{urlencode({**params, 'territory': territory.pk})}"

    # The last 12 months' impact of every territory: one query per series, not per territory.
    impacts = territory_impacts(territories)
    rows = []
    for territory in territories:
        rows.append(
            {
                "territory": territory,
                "actors_by_kind": [
                    {
                        "name": row["kind__name"],
                        "count": row["count"],
                        "url": link(actors_url, territory, kind=row["kind_id"], live="true"),
                    }
                    for row in kinds[territory.pk]
                ],
                "actor_total": sum(row["count"] for row in kinds[territory.pk]),
                "actors_url": link(actors_url, territory, live="true"),
                "new_signups": territory.new_signups,
                "pending_signups": territory.pending_signups,
                "signups_url": link(signups_url, territory, etat=ActorSignup.Status.PENDING),
                "draft_actors": territory.draft_actors,
                "draft_actors_url": link(actors_url, territory, live="false"),
                "open_needs": territory.open_needs,
                "needs_to_approve": territory.needs_to_approve,
                "open_needs_url": link(needs_url, territory, status=NeedStatus.OPEN),
                "needs_to_approve_url": link(
                    needs_url, territory, status=NeedStatus.OPEN, is_approved="false"
                ),
                "new_contributions": territory.new_contributions,
                "contributions_url": link(
                    contributions_url, territory, status=ContributionStatus.NEW
                ),
                "impact": impacts[territory.pk],
                "impact_id": f"impact-{territory.pk}",
            }
        )
    return rows, hidden


class TerritoryFiguresPanel(Component):
    class Media:
        css = {"all": ["projects/css/impact.css"]}

    name = "territory_figures"
    template_name = "projects/reports/dashboard_panel.html"
    order = 40

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        rows, hidden = territory_figures(user)
        return {
            "rows": rows,
            "hidden": hidden,
            "territories_url": reverse("wagtailsnippets_territories_territory:list"),
            "network": sees_all_territories(user),
            "days": NEW_SIGNUP_DAYS,
        }


def add_territory_figures_panel(request, panels):
    """The hook: the panel for a territory's team, or for the network's."""
    user = request.user
    if sees_all_territories(user) or dashboard_territories(user).exists():
        panels.append(TerritoryFiguresPanel())
