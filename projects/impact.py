"""Impact figures: month by month over the last 12 months, for a territory (or one of its
communes), the new actors published, the needs filled and the introductions made with their
outcomes, and a small bar chart of them drawn on the server
(``templates/includes/impact_chart.html``: inline SVG, no script, the same figures in a
table, with the details the bars leave out).

- New actors: published actors (live) by the month they were first published (their
  creation when they were never published through a revision: an older import).
- Needs filled: needs with a page (approved; their project or actor published) by the month
  they were filled: the outcome of the introduction that filled them (``filled_through``),
  else when they were marked filled (``Need.filled_at``; needs filled before it existed have
  no month). Those filled through an introduction are counted apart too.
- Introductions: by the month they were made, and their outcomes so far (« ça a marché »,
  « en cours », « sans suite »; the others wait for an answer).

A commune's figures count its actors (``commune_insee``), the needs naming it and the
introductions of those needs or of its seeking actors.

Queries: one per series, whatever the number of territories (``territory_impacts`` serves
the dashboard's rows in the same queries as one territory) or of actors: the counting is
grouped by territory and month in the database.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from actors.models import Actor
from territories.models import Commune, Territory

from .models import Introduction, IntroductionOutcome, Need, NeedStatus

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
    Series("new_actors", _("Nouveaux acteurs"), "#0b5cad"),  # 6.7:1 on white
    Series("needs_filled", _("Besoins pourvus"), "#a14a00"),  # 6.0:1
    Series("introductions", _("Mises en relation"), "#6a3d9a"),  # 7.6:1
)


@dataclass(frozen=True)
class Detail:
    """A column of the table that the chart does not draw: a part of a series."""

    key: str
    label: str | Promise
    part_of: str


DETAILS = (
    Detail("filled_through", _("dont grâce à une mise en relation"), "needs_filled"),
    Detail(IntroductionOutcome.WORKED, _("dont «\u00a0ça a marché\u00a0»"), "introductions"),
    Detail(IntroductionOutcome.ONGOING, _("dont «\u00a0en cours\u00a0»"), "introductions"),
    Detail(IntroductionOutcome.NO_FOLLOW_UP, _("dont «\u00a0sans suite\u00a0»"), "introductions"),
)


def _columns() -> tuple[Series | Detail, ...]:
    """The table's columns: each series followed by its details."""
    columns: list[Series | Detail] = []
    for series in SERIES:
        columns.append(series)
        columns.extend(d for d in DETAILS if d.part_of == series.key)
    return tuple(columns)


COLUMNS = _columns()


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
    columns: tuple[Series | Detail, ...] = COLUMNS
    chart: Chart | None = field(default=None)

    @property
    def totals(self) -> dict[str, int]:
        """Each column's total over the months (series and details)."""
        return {c.key: sum(month.values[c.key] for month in self.months) for c in self.columns}

    @property
    def rows(self) -> list[dict[str, Any]]:
        """The table's rows: each month's label and its values in the columns' order."""
        return [
            {"label": month.label, "cells": [month.values[c.key] for c in self.columns]}
            for month in self.months
        ]

    @property
    def total_cells(self) -> list[int]:
        totals = self.totals
        return [totals[c.key] for c in self.columns]

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
        parts = []
        for series in self.series:
            details = [d for d in self.columns if isinstance(d, Detail) and d.part_of == series.key]
            text = f"{series.label} : {totals[series.key]}"
            if details and totals[series.key]:
                text += " (" + ", ".join(f"{d.label} : {totals[d.key]}" for d in details) + ")"
            parts.append(text)
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


def _month(value: date | datetime) -> date:
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value.replace(day=1)


def _grouped(queryset: QuerySet[Any], when: str, *by: str, **counts: Any) -> QuerySet[Any]:
    """``queryset`` counted by territory, month of ``when`` (and ``by``): ``counts`` are the
    aggregates (``Count(...)``)."""
    grouped = (
        queryset.annotate(month=TruncMonth(when))
        .order_by()
        .values("territory_id", "month", *by)
        .annotate(**counts)
    )
    return cast(QuerySet[Any], grouped)


def _new_actors(ids: list[int], since: datetime, commune: Commune | None) -> QuerySet[Any]:
    actors = (
        Actor.objects.filter(territory_id__in=ids, live=True)
        .annotate(published=Coalesce("first_published_at", "created_at"))
        .filter(published__gte=since)
    )
    if commune is not None:
        actors = actors.filter(commune_insee=commune.insee_code)
    counted = _grouped(cast(QuerySet[Any], actors), "published", n=Count("pk", distinct=True))
    return counted.values_list("territory_id", "month", "n")


def _needs_filled(ids: list[int], since: datetime, commune: Commune | None) -> QuerySet[Any]:
    needs = (
        Need.objects.approved_and_live()  # type: ignore[no-untyped-call]
        .filter(territory_id__in=ids, status=NeedStatus.FILLED)
        .annotate(filled_on=Coalesce("filled_through__outcome_at", "filled_at"))
        .filter(filled_on__gte=since)
    )
    if commune is not None:
        needs = needs.filter(communes=commune)
    counted = _grouped(
        cast(QuerySet[Any], needs),
        "filled_on",
        n=Count("pk", distinct=True),
        through=Count("pk", filter=Q(filled_through__isnull=False), distinct=True),
    )
    return counted.values_list("territory_id", "month", "n", "through")


def _introductions(ids: list[int], since: datetime, commune: Commune | None) -> QuerySet[Any]:
    made = Introduction.objects.filter(territory_id__in=ids, created_at__gte=since)
    if commune is not None:
        made = made.filter(
            Q(need__communes=commune)
            | Q(seeker__commune_insee=commune.insee_code, seeker__territory=commune.territory_id)
        )
    counted = _grouped(made, "created_at", "outcome", n=Count("pk", distinct=True))
    return counted.values_list("territory_id", "month", "outcome", "n")


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
        pk: {start: {c.key: 0 for c in COLUMNS} for start in starts} for pk in ids
    }

    def add(territory_id: int, month: date | datetime, key: str, n: int) -> None:
        values = counts[territory_id].get(_month(month))
        if values is not None and key in values:
            values[key] += n

    if ids:
        for territory_id, month, n in _new_actors(ids, since, commune):
            add(territory_id, month, "new_actors", n)
        for territory_id, month, n, through in _needs_filled(ids, since, commune):
            add(territory_id, month, "needs_filled", n)
            add(territory_id, month, "filled_through", through)
        for territory_id, month, outcome, n in _introductions(ids, since, commune):
            add(territory_id, month, "introductions", n)
            if outcome:
                add(territory_id, month, outcome, n)
    impacts = {}
    for pk in ids:
        impact = Impact([Month(start, counts[pk][start]) for start in starts])
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
WIDTH, HEIGHT = 400, 160
# The texts (axis values, months) are HTML beside the drawing, not SVG text (whose contrast
# axe cannot judge inside an image): projects/static/projects/css/impact.css places them
# from these proportions (the plot spans the whole width; its top line at 8/160 = 5 % of
# the height, its zero line at 152/160 = 95 %).
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 0, 0, 8, 152


def _nice_ceiling(value: int) -> int:
    """The axis' top: 2, 4 or 10 times a power of ten, at least ``value``: even, so the
    middle line's value is a whole number, and its place is the drawing's middle."""
    step = 1
    while True:
        for factor in (2, 4, 10):
            if step * factor >= value:
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
