"""Impact figures: month by month over the last 12 months, for a territory (or one of its
communes), the new actors published and the needs filled, and a small bar chart of them
drawn on the server (``templates/includes/impact_chart.html``: inline SVG, no script, the
same figures in a table).

- New actors: published actors (live) by the month they were first published (their
  creation when they were never published through a revision: an older import).
- Needs filled: needs with a page (approved; their project or actor published) by the month
  they were marked filled (``Need.filled_at``; needs filled before it existed have no month).

A commune's figures count its actors (``commune_insee``) and the needs naming it.

Queries: one per series, whatever the number of territories (``territory_impacts`` serves
the dashboard's rows in the same queries as one territory) or of actors: the counting is
grouped by territory and month in the database.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from django.db.models import Count, QuerySet
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from actors.models import Actor
from territories.models import Commune, Territory

from .models import Need, NeedStatus

MONTHS = 12
# The chart's axis: four letters at most, so twelve fit at a phone's width (Django's « M »
# gives « Jui » for both June and July).
MONTH_ABBREVIATIONS = (
    _("janv"),
    _("févr"),
    _("mars"),
    _("avr"),
    _("mai"),
    _("juin"),
    _("juil"),
    _("août"),
    _("sept"),
    _("oct"),
    _("nov"),
    _("déc"),
)


@dataclass(frozen=True)
class Series:
    key: str
    label: str | Promise
    # Dark enough on white for text (≥ 4.5:1) and for bars (≥ 3:1), told apart by more
    # than hue: each series has its own place in every group, and the legend names it.
    colour: str


SERIES = (
    Series("new_actors", _("Nouveaux acteurs"), "#0b5cad"),  # 6.5:1 on white
    Series("needs_filled", _("Besoins pourvus"), "#a14a00"),  # 6.0:1
)


@dataclass
class Month:
    start: date
    values: dict[str, int]

    @property
    def label(self) -> str:
        return date_format(self.start, "F Y")

    @property
    def short_label(self) -> str:
        return str(MONTH_ABBREVIATIONS[self.start.month - 1])


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    value: int


@dataclass
class Chart:
    """What the SVG draws, computed here so the template only places it."""

    width: int
    height: int
    plot_top: int
    plot_bottom: int
    plot_left: int
    bars: list[Bar]
    ticks: list[tuple[float, int]]  # (y, value)
    labels: list[tuple[float, str, str]]  # (x, month, year under January / the first)


@dataclass
class Impact:
    months: list[Month]
    series: tuple[Series, ...] = SERIES
    chart: Chart | None = field(default=None)

    @property
    def totals(self) -> dict[str, int]:
        return {s.key: sum(month.values[s.key] for month in self.months) for s in self.series}

    @property
    def rows(self) -> list[dict[str, Any]]:
        """The table's rows: each month's label and its values in the series' order."""
        return [
            {"label": month.label, "cells": [month.values[s.key] for s in self.series]}
            for month in self.months
        ]

    @property
    def total_cells(self) -> list[int]:
        totals = self.totals
        return [totals[s.key] for s in self.series]

    @property
    def period(self) -> str:
        """« décembre 2025 à novembre 2026 »"""
        return _("%(first)s à %(last)s") % {
            "first": self.months[0].label,
            "last": self.months[-1].label,
        }

    @property
    def summary(self) -> str:
        """The chart's description: the totals over the period, in words."""
        totals = self.totals
        parts = [f"{s.label} : {totals[s.key]}" for s in self.series]
        return _("De %(period)s. %(totals)s.") % {
            "period": self.period,
            "totals": " ; ".join(parts),
        }

    @property
    def is_empty(self) -> bool:
        return not any(self.totals.values())


def month_starts(today: date, count: int = MONTHS) -> list[date]:
    """The first days of the last ``count`` months, this one last."""
    year, month = today.year, today.month
    starts = []
    for _i in range(count):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def _since(first_month: date) -> datetime:
    return timezone.make_aware(datetime(first_month.year, first_month.month, 1))


def _by_month(queryset: QuerySet[Any], when: str) -> Iterable[tuple[int, date, int]]:
    """(territory id, month, count) rows of ``queryset`` grouped by the month of ``when``."""
    rows = (
        queryset.annotate(month=TruncMonth(when))
        .order_by()
        .values("territory_id", "month")
        .annotate(n=Count("pk", distinct=True))
        .values_list("territory_id", "month", "n")
    )
    for territory_id, month, n in rows:
        if isinstance(month, datetime):
            month = timezone.localtime(month).date() if timezone.is_aware(month) else month.date()
        yield territory_id, month.replace(day=1), n


def _new_actors(
    territory_ids: list[int], since: datetime, commune: Commune | None
) -> QuerySet[Any]:
    actors = (
        Actor.objects.filter(territory_id__in=territory_ids, live=True)
        .annotate(published=Coalesce("first_published_at", "created_at"))
        .filter(published__gte=since)
    )
    if commune is not None:
        actors = actors.filter(commune_insee=commune.insee_code)
    return cast(QuerySet[Any], actors)


def _needs_filled(
    territory_ids: list[int], since: datetime, commune: Commune | None
) -> QuerySet[Any]:
    needs = Need.objects.approved_and_live().filter(  # type: ignore[no-untyped-call]
        territory_id__in=territory_ids, status=NeedStatus.FILLED, filled_at__gte=since
    )
    if commune is not None:
        needs = needs.filter(communes=commune)
    return cast(QuerySet[Any], needs)


def territory_impacts(
    territories: Iterable[Territory | int],
    *,
    commune: Commune | None = None,
    today: date | None = None,
) -> dict[int, Impact]:
    """Each territory's impact (by id), in one query per series."""
    ids = [t if isinstance(t, int) else t.pk for t in territories]
    starts = month_starts(today or timezone.localdate())
    since = _since(starts[0])
    counts: dict[int, dict[date, dict[str, int]]] = {
        pk: {start: {s.key: 0 for s in SERIES} for start in starts} for pk in ids
    }
    if ids:
        sources = {
            "new_actors": _by_month(_new_actors(ids, since, commune), "published"),
            "needs_filled": _by_month(_needs_filled(ids, since, commune), "filled_at"),
        }
        for key, rows in sources.items():
            for territory_id, month, n in rows:
                if month in counts[territory_id]:
                    counts[territory_id][month][key] += n
    impacts = {}
    for pk in ids:
        months = [Month(start, counts[pk][start]) for start in starts]
        impact = Impact(months)
        impact.chart = draw(impact)
        impacts[pk] = impact
    return impacts


def territory_impact(
    territory: Territory, *, commune: Commune | None = None, today: date | None = None
) -> Impact:
    return territory_impacts([territory.pk], commune=commune, today=today)[territory.pk]


# --- The chart ------------------------------------------------------------------------------

# About the width of a phone (390 px), so its 12-unit texts read at about 12 px there; wider
# screens scale it up to the CSS's maximum width.
WIDTH, HEIGHT = 400, 200
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 30, 4, 10, 166


def _nice_ceiling(value: int) -> int:
    """The axis' top: 1, 2, 5 times a power of ten, at least ``value`` (and at least 2,
    so the middle tick is a whole number)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= max(value, 2):
                return step * factor
        step *= 10


def draw(impact: Impact) -> Chart:
    top = _nice_ceiling(
        max((m.values[s.key] for m in impact.months for s in impact.series), default=0)
    )
    plot_height = PLOT_BOTTOM - PLOT_TOP
    group = (WIDTH - PLOT_LEFT - PLOT_RIGHT) / len(impact.months)
    bar_width = group * 0.8 / len(impact.series)
    bars = []
    labels = []
    for i, month in enumerate(impact.months):
        left = PLOT_LEFT + i * group + group * 0.1
        for j, series in enumerate(impact.series):
            value = month.values[series.key]
            height = plot_height * value / top
            bars.append(
                Bar(
                    x=round(left + j * bar_width, 1),
                    y=round(PLOT_BOTTOM - height, 1),
                    width=round(bar_width - 1, 1),
                    height=round(height, 1),
                    colour=series.colour,
                    value=value,
                )
            )
        year = str(month.start.year) if i == 0 or month.start.month == 1 else ""
        labels.append((round(PLOT_LEFT + (i + 0.5) * group, 1), month.short_label, year))
    ticks = [(round(PLOT_BOTTOM - plot_height * v / top, 1), v) for v in (0, top // 2, top)]
    return Chart(WIDTH, HEIGHT, PLOT_TOP, PLOT_BOTTOM, PLOT_LEFT, bars, ticks, labels)
