"""The demo's actor loader refuses an unknown taxonomy slug (the demo itself: tests/demo/)."""

import copy

import pytest

from django.core.exceptions import ImproperlyConfigured

from actors.models import Actor
from demo import actor_loader
from demo.actor_loader import load_actors
from demo.actors import ACTORS


@pytest.mark.django_db
def test_unknown_taxonomy_slug_fails_loudly(monkeypatch, territory_a):
    spec = copy.deepcopy(ACTORS["vitawin"][0])
    spec["kind"] = "kind-inconnu"
    monkeypatch.setattr(actor_loader, "ACTORS", {territory_a.slug: [spec]})
    with pytest.raises(ImproperlyConfigured, match="kind-inconnu"):
        load_actors({territory_a.slug: territory_a})
    assert not Actor.objects.exists()
