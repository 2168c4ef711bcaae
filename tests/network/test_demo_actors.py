"""Demo actors: published, well placed, private data kept private, and loaded idempotently."""

import copy
import math

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured

from wagtail.models import Revision

from actors.models import Actor
from demo import actor_loader
from demo.actor_loader import load_actors
from demo.actors import ACTORS
from demo.loader import load_demo
from territories.models import Territory

PRIVATE_FIELDS = (
    "private_contact_name",
    "private_contact_email",
    "private_contact_phone",
    "private_notes",
)


def haversine_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lng2 - lng1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _state() -> dict:
    actor_type = ContentType.objects.get_for_model(Actor)
    return {
        "actors": Actor.objects.count(),
        "actor_revisions": Revision.objects.filter(content_type=actor_type).count(),
        "revisions": Revision.objects.count(),
        "updated": sorted(Actor.objects.values_list("pk", "updated_at")),
    }


@pytest.mark.django_db
def test_demo_actors_are_published_placed_and_idempotent(monkeypatch):
    load_demo("pw")
    territories = {t.slug: t for t in Territory.objects.all()}
    expected = sum(len(ACTORS[slug]) for slug in territories if slug in ACTORS)

    assert load_actors(territories) == expected
    first = _state()
    assert load_actors(territories) == expected
    assert _state() == first

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
    after = _state()
    assert after["actors"] == first["actors"]
    assert after["actor_revisions"] == first["actor_revisions"] + 1
    actor = Actor.objects.get(territory=vitawin, name=changed["vitawin"][0]["name"])
    assert actor.description.endswith("forum annuel.")
    assert list(actor.offers.values_list("slug", flat=True)) == ["visites"]
    assert actor.live_revision == actor.latest_revision


@pytest.mark.django_db
def test_unknown_taxonomy_slug_fails_loudly(monkeypatch, territory_a):
    spec = copy.deepcopy(ACTORS["vitawin"][0])
    spec["kind"] = "kind-inconnu"
    monkeypatch.setattr(actor_loader, "ACTORS", {territory_a.slug: [spec]})
    with pytest.raises(ImproperlyConfigured, match="kind-inconnu"):
        load_actors({territory_a.slug: territory_a})
    assert not Actor.objects.exists()
