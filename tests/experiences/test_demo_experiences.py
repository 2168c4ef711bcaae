"""The demo holds the eight experiences of the domain notes, on the right territories,
linked to directory actors, and loading it again adds nothing."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Page, Revision

from actors.models import Actor
from demo import experiences as data
from demo.experience_loader import load_experiences
from demo.loader import load_demo
from experiences.models import ExperienceActor, ExperiencePage
from territories.models import Territory


def _state():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "territories": Territory.objects.count(),
        "actors": Actor.objects.count(),
        "links": ExperienceActor.objects.count(),
        "groups": Group.objects.count(),
    }


@pytest.mark.django_db
def test_demo_experiences(client):
    result = load_demo("demo-test")
    assert result["experiences"] == len(data.EXPERIENCES) >= 8
    first = _state()
    again = load_experiences("demo-test")
    assert again["created"] == 0
    assert {t.slug for t in again["territories"]} == {spec["slug"] for spec in data.TERRITORIES}
    assert _state() == first

    experiences = {
        page.slug: page for page in ExperiencePage.objects.live().select_related("territory")
    }
    assert len(experiences) >= 8
    for spec in data.EXPERIENCES:
        page = experiences[spec["slug"]]
        assert page.territory.slug == spec["territory"], spec["slug"]
        assert page.get_parent().slug == "experiences"
        assert page.involved_actors.count() == len(spec["actors"]) >= 1, spec["slug"]
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
