"""The admin's map widget and the actors without a position.

The widget opens on the territory when the actor has no position, speaks French, never
reads « None »; an actor published without a position is flagged in the listing and the
moderator is warned on approval (the approval itself: tests/actors/test_signup.py)."""

import html as html_lib
import json
import re

import pytest

from django.urls import reverse

from territories.models import Territory
from tests.actors.factories import ActorFactory

OPTIONS = re.compile(r'data-leaflet-field-options-value="([^"]*)"')


def widget_options(html: str) -> dict:
    return json.loads(html_lib.unescape(OPTIONS.search(html).group(1)))


@pytest.fixture
def centred(territory_a):
    Territory.objects.filter(pk=territory_a.pk).update(latitude=48.82, longitude=2.41)
    territory_a.refresh_from_db()
    return territory_a


@pytest.mark.django_db
def test_a_new_actors_map_opens_on_the_territory_in_french(client, centred, editor_a):
    client.force_login(editor_a)
    html = client.get(reverse("wagtailsnippets_actors_actor:add")).content.decode()
    options = widget_options(html)
    assert options["defaultLocation"] == {"lat": 48.82, "lng": 2.41}
    assert options["zoom"] == 11
    assert "Coordonnées illisibles" in options["translations"]["error_message_invalid_location"]
    assert all("Invalid" not in text for text in options["translations"].values())
    assert "network/js/leaflet-field-fr.js" in html


@pytest.mark.django_db
def test_a_placed_actor_opens_on_its_position_and_reads_no_none(client, centred, editor_a):
    placed = ActorFactory(territory=centred, name="Placé", lat=48.8, lng=2.4)
    client.force_login(editor_a)
    html = client.get(reverse("wagtailsnippets_actors_actor:edit", args=[placed.pk]))
    html = html.content.decode()
    assert widget_options(html)["defaultLocation"] == {"lat": "48.8", "lng": "2.4"}
    assert widget_options(html)["zoom"] == 15
    assert not re.search(r">\s*None\s*<", html)
    assert "—" in html  # the geocoding score, never asked for


@pytest.mark.django_db
def test_the_listing_flags_published_actors_off_the_map(client, centred, editor_a):
    ActorFactory(territory=centred, name="Sur la carte", lat=48.8, lng=2.4)
    ActorFactory(territory=centred, name="Nulle part")
    client.force_login(editor_a)
    html = client.get(reverse("wagtailsnippets_actors_actor:list")).content.decode()
    assert "Sur la carte" in html
    assert html.count("Sans position : absent de la carte") == 1
