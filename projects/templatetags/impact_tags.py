"""``{% territory_impact territory as impact %}``: a territory's last 12 months
(``projects.impact``), for the territory's home page (a page of the territories app, which
cannot import this one) and ``templates/includes/impact_chart.html``."""

from django import template

from projects.impact import Impact
from projects.impact import territory_impact as impact_of
from territories.models import Territory

register = template.Library()


@register.simple_tag
def territory_impact(territory: Territory) -> Impact:
    return impact_of(territory)
