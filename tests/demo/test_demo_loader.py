"""The demo loader: the pioneer territories, their actors and write-ups, loaded idempotently.

The demo is loaded once for the module (tens of seconds), inside a transaction rolled back at
the end; each test runs in a savepoint of its own (``django_db``), so what one changes the
next does not see.
"""

import copy
import math
from datetime import timedelta
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Page, Revision, Site

from actors.models import Actor
from demo import actor_loader
from demo import experiences as data
from demo.actor_loader import load_actors
from demo.actors import ACTORS
from demo.experience_loader import load_experiences
from experiences.models import ExperienceActor, ExperiencePage
from territories.models import Commune, Territory
from tests.module_data import rolled_back

pytestmark = pytest.mark.django_db

PASSWORD = "demo-test"
PRIVATE_FIELDS = (
    "private_contact_name",
    "private_contact_email",
    "private_contact_phone",
    "private_notes",
)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo network, loaded by the command; the command's output."""
    with rolled_back(django_db_blocker):
        output = StringIO()
        call_command("load_demo", "--password", PASSWORD, stdout=output)
        yield output.getvalue()


def haversine_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lng2 - lng1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _state():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "sites": Site.objects.count(),
        "groups": Group.objects.count(),
        "users": get_user_model().objects.count(),
        "communes": Commune.objects.count(),
    }


def _actor_state() -> dict:
    actor_type = ContentType.objects.get_for_model(Actor)
    return {
        "actors": Actor.objects.count(),
        "actor_revisions": Revision.objects.filter(content_type=actor_type).count(),
        "revisions": Revision.objects.count(),
        "updated": sorted(Actor.objects.values_list("pk", "updated_at")),
    }


def _experience_state():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "territories": Territory.objects.count(),
        "actors": Actor.objects.count(),
        "links": ExperienceActor.objects.count(),
        "groups": Group.objects.count(),
    }


def test_load_demo_builds_the_network_and_is_idempotent(demo):
    first = _state()
    output = demo
    call_command("load_demo", "--password", PASSWORD, stdout=StringIO())
    assert _state() == first

    pioneers = {
        "vitawin",
        "envies-d-alliances",
        "vivre-les-mureaux",
        "centsept",
        "villes-au-carre",
        "le-catalyseur",
        "face-paris",
        "labo-des-partenariats",
        "alliance-sens-economie",
        "caisse-epargne-midi-pyrenees",
    }
    # The ten pioneers, plus the territories the demo experiences come from.
    assert pioneers <= set(Territory.objects.values_list("slug", flat=True))
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
    vitawin = Territory.objects.get(slug="vitawin")
    assert vitawin.site.hostname == "vitawin.localhost"
    assert vitawin.communes.count() == 13
    assert vitawin.communes.filter(insee_code="94018", name="Charenton-le-Pont").exists()
    assert "vitawin.localhost" in output and PASSWORD in output
    editor = get_user_model().objects.get(username="editeur-vitawin")
    assert editor.check_password(PASSWORD)
    assert not editor.is_superuser
    # Every territory has its editor, and the output is what a person reads: one line of
    # progress, the URLs, the accounts.
    for territory in Territory.objects.all():
        editor = get_user_model().objects.get(username=f"editeur-{territory.slug}")
        assert editor.groups.filter(territory_role__territory=territory).exists(), territory
        assert f"editeur-{territory.slug}" in output
    assert len(output.splitlines()) <= 50, output
    # The network's agenda, where one registers for events, is in its main menu.
    menu = Client().get("/", headers={"host": "localhost"}).content.decode()
    assert '<a href="/agenda/"' in menu
    # Wagtail's welcome page is gone: every top-level page is a site's home.
    homes = set(Page.get_first_root_node().get_children().values_list("pk", flat=True))
    assert homes == set(Site.objects.values_list("root_page_id", flat=True))


def test_demo_actors_are_published_placed_and_idempotent(demo, monkeypatch):
    territories = {t.slug: t for t in Territory.objects.all()}
    expected = sum(len(ACTORS[slug]) for slug in territories if slug in ACTORS)

    assert load_actors(territories) == expected
    first = _actor_state()
    assert load_actors(territories) == expected
    assert _actor_state() == first

    demo = Actor.objects.filter(source="demo")
    assert demo.count() == expected
    published = demo.filter(live=True, live_revision__isnull=False, has_unpublished_changes=False)
    assert published.count() == expected

    vitawin = territories["vitawin"]
    vitawin_actors = published.filter(territory=vitawin)
    assert vitawin_actors.count() >= 40
    assert set(vitawin_actors.values_list("commune_insee", flat=True)) == set(
        vitawin.communes.values_list("insee_code", flat=True)
    )
    assert vitawin.communes.count() == 13

    for territory in (territories[slug] for slug in ACTORS):
        assert published.filter(territory=territory).count() >= 4, territory.slug
        communes = list(territory.communes.all())
        for actor in published.filter(territory=territory):
            assert actor.latitude is not None and actor.longitude is not None, actor.name
            nearest = min(
                haversine_km(actor.latitude, actor.longitude, c.latitude, c.longitude)
                for c in communes
            )
            assert nearest <= 3, f"{actor.name} is {nearest:.1f} km from {territory.slug}"
            assert actor.commune_insee in {c.insee_code for c in communes}, actor.name
            assert actor.kind_id and actor.themes.exists(), actor.name
            assert actor.slug and actor.external_id, actor.name
            for field in PRIVATE_FIELDS:
                value = getattr(actor, field)
                assert not value or value not in actor.description, (actor.name, field)
            assert actor.private_contact_name and actor.private_notes, actor.name

    # A change in the data republishes that actor only: one new revision, no new actor.
    changed = copy.deepcopy(ACTORS)
    changed["vitawin"][0]["description"] += " Elle coordonne aussi un forum annuel."
    changed["vitawin"][0]["offers"] = ["visites"]
    monkeypatch.setattr(actor_loader, "ACTORS", changed)
    load_actors(territories)
    after = _actor_state()
    assert after["actors"] == first["actors"]
    assert after["actor_revisions"] == first["actor_revisions"] + 1
    actor = Actor.objects.get(territory=vitawin, name=changed["vitawin"][0]["name"])
    assert actor.description.endswith("forum annuel.")
    assert list(actor.offers.values_list("slug", flat=True)) == ["visites"]
    assert actor.live_revision == actor.latest_revision


def test_demo_experiences(demo, client):
    assert ExperiencePage.objects.count() == len(data.EXPERIENCES) >= 8
    first = _experience_state()
    again = load_experiences(PASSWORD)
    assert again["created"] == 0
    assert {t.slug for t in again["territories"]} == {spec["slug"] for spec in data.TERRITORIES}
    assert _experience_state() == first

    experiences = {
        page.slug: page for page in ExperiencePage.objects.live().select_related("territory")
    }
    assert len(experiences) >= 8
    for spec in data.EXPERIENCES:
        page = experiences[spec["slug"]]
        assert page.territory.slug == spec["territory"], spec["slug"]
        assert page.get_parent().slug == "experiences"
        assert page.involved_actors.count() == len(spec["actors"]) >= 1, spec["slug"]
    # Every territory of the demo has at least one write-up, the ten pioneers included.
    assert {page.territory.slug for page in experiences.values()} == set(
        Territory.objects.values_list("slug", flat=True)
    )
    assert experiences["vitawin-ecoles-et-entreprises"].territory.slug == "vitawin"
    assert experiences["pole-laine-du-pays-de-saugues"].territory.name == "Pays de Saugues"
    # An actor of another territory: Crois-Sens (Lille) in the Saint-Dié study.
    link = ExperienceActor.objects.get(
        page=experiences["etude-ptce-saint-die-des-vosges"], actor__name="Crois-Sens"
    )
    assert link.actor.territory.slug == "metropole-europeenne-de-lille"

    response = client.get("/experiences/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response.context["listing"]["total"] == len(data.EXPERIENCES)
    page = experiences["concertation-citoyenne-mel"]
    response = client.get(page.url, HTTP_HOST="metropole-europeenne-de-lille.localhost")
    assert response.status_code == 200
    assert "100" in response.content.decode()


def test_demo_lycees_near_champigny_seek_internship_hosts(demo, client):
    """« lycée » + « cherche : lieux de stage » near Champigny finds the demo lycée, and its
    card lists the companies whose offers answer, nearest first."""
    host = "vitawin.localhost"
    response = client.get(
        "/carte/",
        {"kind": "lycee", "cherche": "lieux-de-stage", "commune": "94017"},
        HTTP_HOST=host,
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Lycée professionnel des Coteaux" in content

    lycee = Actor.objects.get(name="Lycée professionnel des Coteaux")
    card = client.get(lycee.get_url_path(), HTTP_HOST=host).content.decode()
    assert "Ce qu’il cherche" in card and "Lieux de stage" in card
    section = card.split("Qui peut répondre ?")[1].split("</section>")[0]
    hosts = Actor.objects.filter(
        territory=lycee.territory, live=True, offers__slug="accueil-stagiaires"
    ).values_list("name", flat=True)
    listed = [name for name in hosts if escape(name) in section]
    assert len(listed) >= 3
    assert " km" in section


def test_demo_introductions_spread_over_the_year_with_outcomes(demo):
    """A few introductions per territory over the last twelve months, with outcomes, so the
    impact charts are not empty; loading again adds none."""
    from datetime import timedelta

    from django.utils import timezone

    from demo.introductions import load_introductions
    from projects.models import Introduction, Need

    vitawin = Territory.objects.get(slug="vitawin")
    made = Introduction.objects.filter(territory=vitawin)
    assert 5 <= made.count() <= 9
    now = timezone.now()
    dates = sorted(made.values_list("created_at", flat=True))
    assert dates[0] >= now - timedelta(days=365) and dates[-1] <= now
    assert dates[-1] - dates[0] > timedelta(days=300)  # spread, not on one day
    outcomes = set(made.values_list("outcome", flat=True))
    assert {"worked", "ongoing", "none"} <= outcomes
    # Followed up a month after; the youngest ones not yet, and without an outcome.
    for introduction in made:
        if introduction.follow_up_sent_at is None:
            assert introduction.created_at > now - timedelta(days=30)
            assert introduction.outcome == ""
        assert introduction.answerer.live and introduction.answerer.territory == vitawin
        assert "None" not in introduction.message
    assert (
        Need.objects.filter(filled_through__isnull=False).exists()
        or not made.filter(need__isnull=False, outcome="worked").exists()
    )
    assert Introduction.objects.order_by().values("territory").distinct().count() >= 3
    assert load_introductions() == 0


def test_demo_actors_arrived_over_the_last_year_for_the_impact_charts(demo):
    # The impact charts count actors by month of first publication (projects/impact.py).
    now = timezone.now()
    dates = list(
        Actor.objects.filter(source="demo", territory__slug="vitawin").values_list(
            "first_published_at", flat=True
        )
    )
    assert dates and all(now - timedelta(days=366) < when <= now for when in dates)
    assert len({(when.year, when.month) for when in dates}) >= 6
