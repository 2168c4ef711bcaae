"""Impact figures (``projects.impact``): new actors and needs filled, month by month over the
last 12 months, for a territory or one of its communes, checked against counts made by hand;
their query count; the chart (inline SVG, no script, accessible, AA contrast, a table of the
same figures) on the team's dashboard, the territory's home page and the commune report."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from django.template.loader import render_to_string

from actors.models import Actor, NeedKind
from projects import impact
from projects.models import Introduction, Need
from tests.actors.factories import ActorFactory
from tests.conftest import PASSWORD
from tests.module_data import shared_territories
from tests.projects.conftest import ALPHA
from tests.projects.factories import NeedFactory, ProjectPageFactory
from tests.territories.factories import CHARENTON, CommuneFactory

network_home, territory_a, territory_b = shared_territories()

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 6, 15)  # the window: July 2025 to June 2026


def at(year, month, day, hour=12):
    return datetime(year, month, day, hour, tzinfo=PARIS)


def published(territory, when, name, **fields):
    actor = ActorFactory(territory=territory, name=name, **fields)
    Actor.objects.filter(pk=actor.pk).update(first_published_at=when)
    return actor


def filled(territory, when, title, **fields):
    need = NeedFactory(territory=territory, title=title, status="filled", **fields)
    Need.objects.filter(pk=need.pk).update(filled_at=when)
    return need


@pytest.fixture
def world(territory_a, territory_b):
    charenton = CommuneFactory(territory=territory_a, **CHARENTON)
    here = {"commune_insee": "94018"}
    # New actors, by hand: June 2026: 2 (1 in Charenton), March 2026: 1, January 2026: 1
    # (never published through a revision: its creation counts), July 2025: 1 (the first
    # hour of the month in Paris, still June in UTC, Charenton).
    published(territory_a, at(2026, 6, 2), "Juin 1", **here)
    published(territory_a, at(2026, 6, 30, 23), "Juin 2")
    published(territory_a, at(2026, 3, 10), "Mars")
    imported = ActorFactory(territory=territory_a, name="Importé", no_revision=True)
    Actor.objects.filter(pk=imported.pk).update(created_at=at(2026, 1, 15))
    published(territory_a, at(2025, 7, 1, 0), "Juillet", **here)
    # Not counted: before the window, a draft, another territory's (counted for it).
    published(territory_a, at(2025, 6, 30, 12), "Trop ancien")
    ActorFactory(territory=territory_a, name="Brouillon", draft=True)
    published(territory_b, at(2026, 6, 3), "Beta juin")

    # Needs filled, by hand: June 2026: 1, February 2026: 2 (1 in Charenton).
    filled(territory_a, at(2026, 6, 1), "Juin")
    filled(territory_a, at(2026, 2, 14), "Février 1", communes=[charenton])
    filled(territory_a, at(2026, 2, 20), "Février 2")
    # Not counted: before the window, still open, waiting for approval, of a draft project.
    filled(territory_a, at(2025, 5, 2), "Trop ancien")
    NeedFactory(territory=territory_a, title="Ouvert")
    filled(territory_a, at(2026, 6, 2), "À valider", is_approved=False)
    draft = ProjectPageFactory(territory=territory_a, title="Brouillon", draft=True)
    filled(territory_a, at(2026, 6, 2), "Du brouillon", project=draft)
    filled(territory_b, at(2026, 6, 4), "Beta")

    # Introductions, by hand: May 2026: 2 (one worked, which filled a need naming Charenton:
    # counted filled in the month of its outcome, 28 May, not of its marking, 2 June; one
    # still « en cours », of a seeking actor elsewhere), March 2026: 1 (no answer yet).
    answerer = ActorFactory(territory=territory_a, name="Répondant")
    Actor.objects.filter(pk=answerer.pk).update(first_published_at=at(2024, 1, 1))
    seeker = ActorFactory(territory=territory_a, name="Chercheur")
    Actor.objects.filter(pk=seeker.pk).update(first_published_at=at(2024, 1, 1))
    through = NeedFactory(territory=territory_a, title="Par mise en relation", communes=[charenton])
    worked = introduce(territory_a, at(2026, 5, 10), answerer, need=through)
    Introduction.objects.filter(pk=worked.pk).update(outcome="worked", outcome_at=at(2026, 5, 28))
    Need.objects.filter(pk=through.pk).update(
        status="filled", filled_through=worked, filled_at=at(2026, 6, 2)
    )
    ongoing = introduce(territory_a, at(2026, 5, 12), answerer, seeker=seeker)
    Introduction.objects.filter(pk=ongoing.pk).update(outcome="ongoing", outcome_at=at(2026, 6, 1))
    introduce(territory_a, at(2026, 3, 3), answerer, need=NeedFactory(territory=territory_a))
    # Not counted: before the window; another territory's (counted for it).
    introduce(territory_a, at(2025, 6, 20), answerer, seeker=seeker)
    introduce(
        territory_b,
        at(2026, 6, 8),
        ActorFactory(territory=territory_b, name="Beta répondant"),
        need=NeedFactory(territory=territory_b),
    )
    return charenton


def introduce(territory, when, answerer, *, need=None, seeker=None):
    kind = need.kind if need is not None else NeedKind.objects.get(slug="stagiaires")
    return Introduction.objects.create(
        territory=territory,
        need=need,
        seeker=seeker,
        need_kind=kind,
        answerer=answerer,
        subject="Mise en relation",
        message="Bonjour",
        need_email="demandeur@exemple.fr",
        answerer_email="repondant@exemple.fr",
        created_at=when,
    )


def by_month(found):
    """The months with figures, and their non-zero figures."""
    return {
        month.start: {key: n for key, n in month.values.items() if n}
        for month in found.months
        if any(month.values.values())
    }


@pytest.mark.django_db
def test_territory_figures_match_the_counts_made_by_hand(world, territory_a, territory_b):
    found = impact.territory_impact(territory_a, today=TODAY)
    assert [m.start for m in found.months] == [date(2025, 7, 1)] + [
        date(2025 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(8, 19)
    ]
    assert by_month(found) == {
        date(2026, 6, 1): {"new_actors": 2, "needs_filled": 1},
        date(2026, 5, 1): {
            "needs_filled": 1,
            "filled_through": 1,
            "introductions": 2,
            "worked": 1,
            "ongoing": 1,
        },
        date(2026, 3, 1): {"new_actors": 1, "introductions": 1},
        date(2026, 2, 1): {"needs_filled": 2},
        date(2026, 1, 1): {"new_actors": 1},
        date(2025, 7, 1): {"new_actors": 1},
    }
    assert found.totals == {
        "new_actors": 5,
        "needs_filled": 4,
        "filled_through": 1,
        "introductions": 3,
        "worked": 1,
        "ongoing": 1,
        "none": 0,
    }
    assert by_month(impact.territory_impact(territory_b, today=TODAY)) == {
        # Its answerer was published today, after the window: not counted.
        date(2026, 6, 1): {"new_actors": 1, "needs_filled": 1, "introductions": 1}
    }


@pytest.mark.django_db
def test_commune_figures_count_its_actors_and_the_needs_naming_it(world, territory_a):
    found = impact.territory_impact(territory_a, commune=world, today=TODAY)
    assert by_month(found) == {
        date(2026, 6, 1): {"new_actors": 1},
        date(2026, 5, 1): {
            "needs_filled": 1,
            "filled_through": 1,
            "introductions": 1,
            "worked": 1,
        },
        date(2026, 2, 1): {"needs_filled": 1},
        date(2025, 7, 1): {"new_actors": 1},
    }


@pytest.mark.django_db
def test_one_query_per_series_whatever_the_number_of_territories(
    world, territory_a, territory_b, django_assert_num_queries
):
    with django_assert_num_queries(len(impact.SERIES)):
        one = impact.territory_impacts([territory_a], today=TODAY)
    with django_assert_num_queries(len(impact.SERIES)):
        both = impact.territory_impacts([territory_a, territory_b], today=TODAY)
    assert by_month(both[territory_a.pk]) == by_month(one[territory_a.pk])
    for n in range(4):
        published(territory_b, at(2026, 5, 2), f"Encore {n}")
    with django_assert_num_queries(len(impact.SERIES)):
        both = impact.territory_impacts([territory_a, territory_b], today=TODAY)
    assert both[territory_b.pk].totals["new_actors"] == 5


@pytest.mark.django_db
def test_marking_a_need_filled_dates_it_and_reopening_clears_it(territory_a):
    need = NeedFactory(territory=territory_a)
    assert need.filled_at is None
    need.status = "filled"
    need.save(update_fields=["status"])
    need.refresh_from_db()
    assert need.filled_at is not None
    first = need.filled_at
    need.title = "Toujours pourvu"
    need.save()
    need.refresh_from_db()
    assert need.filled_at == first
    need.status = "open"
    need.save()
    need.refresh_from_db()
    assert need.filled_at is None


# --- The chart ------------------------------------------------------------------------------


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_on_white(colour: str) -> float:
    return 1.05 / (luminance(colour) + 0.05)


def test_series_colours_pass_aa_contrast_on_white_even_as_text():
    for series in impact.SERIES:
        assert contrast_on_white(series.colour) >= 4.5, series


@pytest.mark.django_db
def test_the_chart_is_an_accessible_svg_with_the_same_figures_in_a_table(world, territory_a):
    found = impact.territory_impact(territory_a, today=TODAY)
    html = render_to_string("includes/impact_chart.html", {"impact": found, "chart_id": "essai"})
    assert "<script" not in html and "style=" not in html
    svg = re.search(r'<svg class="impact-chart__svg"[^>]*>', html).group(0)
    assert 'role="img"' in svg and 'width="100%"' in svg and 'viewBox="0 0 400 160"' in svg
    assert 'aria-labelledby="essai-titre essai-resume"' in svg
    assert '<title id="essai-titre">' in html and '<desc id="essai-resume">' in html
    # No SVG text (axe cannot judge its contrast inside an image): the axis' values and the
    # months are HTML beside it, hidden from assistive technologies (the table has them).
    drawing = html.split('<svg class="impact-chart__svg"', 1)[1].split("</svg>", 1)[0]
    assert "<text" not in drawing
    months = re.search(r'<ol class="impact-chart__months" aria-hidden="true">(.*?)</ol>', html)
    assert months.group(1).count("<li>") == 12
    assert months.group(1).startswith("<li>juil<br>2025</li>")
    ticks = re.findall(r'impact-chart__tick--\d">(\d+)<', html)
    assert ticks == ["0", "1", "2"]
    # The table scrolls on its own on a phone: reachable with the keyboard, and named.
    assert re.search(
        r'<div class="impact-chart__table" role="region" tabindex="0" '
        r'aria-labelledby="essai-tableau">',
        html,
    )
    assert (
        "Nouveaux acteurs : 5 ; Besoins pourvus : 4 (dont grâce à une mise en relation : 1) ; "
        "Mises en relation : 3 (dont «\u00a0ça a marché\u00a0» : 1, dont «\u00a0en cours\u00a0» : 1, "
        "dont «\u00a0sans suite\u00a0» : 0)."
    ) in html
    # The drawing: one bar per non-zero figure, its height in proportion.
    heights = [
        float(h)
        for h in re.findall(r'<rect x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)"', html)
    ]
    # Non-zero (actors, needs, introductions): June (2, 1, 0), May (0, 1, 2), March (1, 0, 1),
    # February (0, 2, 0), January (1, 0, 0), July (1, 0, 0).
    assert len(heights) == 9
    assert max(heights) == pytest.approx(impact.PLOT_BOTTOM - impact.PLOT_TOP)
    # Every number drawn is a plain number (no French decimal comma in SVG attributes).
    assert not re.search(r'(x|y|width|height)="[^"]*,', svg + html.split("</svg>")[0])
    # The table: 12 months, the series as columns, the totals.
    table = re.search(r"<table>.*</table>", html, re.S).group(0)
    assert "<caption" in table
    rows = [
        (label, re.findall(r"<td>(\d+)</td>", cells))
        for label, cells in re.findall(r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', table)
    ]
    assert len(rows) == 13
    headers = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', table)
    assert headers == [
        "Mois",
        "Nouveaux acteurs",
        "Besoins pourvus",
        "dont grâce à une mise en relation",
        "Mises en relation",
        "dont «\u00a0ça a marché\u00a0»",
        "dont «\u00a0en cours\u00a0»",
        "dont «\u00a0sans suite\u00a0»",
    ]
    assert rows[0] == ("juillet 2025", ["1", "0", "0", "0", "0", "0", "0"])
    assert ("mai 2026", ["0", "1", "1", "2", "1", "1", "0"]) in rows
    assert ("juin 2026", ["2", "1", "0", "0", "0", "0", "0"]) in rows
    assert rows[-1] == ("Total", ["5", "4", "1", "3", "1", "1", "0"])


@pytest.fixture
def this_month(territory_a):
    """Today's figures: 2 new actors (1 in Charenton), 1 need filled naming Charenton."""
    charenton = CommuneFactory(territory=territory_a, **CHARENTON)
    ActorFactory(territory=territory_a, name="Ici", commune_insee="94018")
    ActorFactory(territory=territory_a, name="Ailleurs")
    need = NeedFactory(territory=territory_a, title="Pourvu", communes=[charenton])
    need.status = "filled"
    need.save()
    return charenton


def totals_of(html: str) -> list[str]:
    figure = re.search(r'<figure class="impact-chart".*?</figure>', html, re.S).group(0)
    return re.findall(r"<td>(\d+)</td>", re.search(r"<tfoot>.*?</tfoot>", figure, re.S).group(0))


@pytest.mark.django_db
def test_the_commune_report_shows_the_communes_own_figures(client, this_month):
    html = client.get("/communes/94018/", HTTP_HOST=ALPHA).content.decode()
    assert "Sur les 12 derniers mois" in html and 'id="impact-commune-titre"' in html
    assert totals_of(html)[:2] == ["1", "1"]


@pytest.mark.django_db
def test_the_home_page_and_the_dashboard_show_the_territorys_figures(
    client, this_month, territory_a, editor_a
):
    home = client.get("/", HTTP_HOST=ALPHA).content.decode()
    assert 'id="impact-territoire-titre"' in home and "projects/css/impact.css" in home
    assert totals_of(home)[:2] == ["2", "1"]
    # In the wide column (twelve months need the width), not the « Repères » side panel; the
    # month-by-month table behind a disclosure there, shown on paper and in the report.
    main = home[
        home.index('<div class="home-main">') : home.index('<aside class="territory-facts"')
    ]
    assert 'id="impact-territoire-titre"' in main
    assert re.search(r'<details class="impact-chart__details">.*?<table>', main, re.S)
    assert "impact-chart__details" not in client.get("/communes/94018/", HTTP_HOST=ALPHA).text
    client.login(username=editor_a.username, password=PASSWORD)
    admin = client.get("/admin/").content.decode()
    assert f'id="impact-{territory_a.pk}-titre"' in admin
    assert "Impact sur les 12 derniers mois" in admin
    assert '<details class="impact-chart__details">' in admin  # the panels after it in reach
    assert totals_of(admin)[:2] == ["2", "1"]
