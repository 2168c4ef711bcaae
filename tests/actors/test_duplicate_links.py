"""Links to the merge page from the admin's actor listing and the sign-up moderation page."""

# ruff: noqa: F811 - the fixtures imported from test_signup are used as arguments

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.module_data import shared_territories

from .test_signup import alpha, client, make_actor, sign_up, themes  # noqa: F401 - fixtures

LISTING = "wagtailsnippets_actors_actor:list"


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def merge_url(first, second) -> str:
    return reverse("actors_admin:merge_actors") + f"?id={first.pk}&amp;id={second.pk}"


@pytest.mark.django_db
def test_the_actor_listing_links_suspected_duplicates_to_the_merge_page(
    client, alpha, territory_b, editor_a
):
    original = make_actor(alpha, "L’Atelier (SCOP)", commune_insee="94018")
    copy = make_actor(alpha, "Atelier", commune_insee="94018", live=False)
    near = make_actor(alpha, "Jardins partagés", lat=48.8219, lng=2.4139)
    near_copy = make_actor(alpha, "Jardin partagé", lat=48.82191, lng=2.41391)
    alone = make_actor(alpha, "Boulangerie Dupré", commune_insee="94018")
    elsewhere = make_actor(territory_b, "Atelier", commune_insee="94018")

    client.force_login(editor_a)
    html = client.get(reverse(LISTING)).content.decode()
    assert merge_url(original, copy) in html and merge_url(copy, original) in html
    assert merge_url(near, near_copy) in html
    assert f"id={alone.pk}&amp;" not in html
    assert f"id={elsewhere.pk}" not in html  # never another territory's actor
    assert "Doublon possible" in html
    response = client.get(merge_url(original, copy).replace("&amp;", "&"))
    assert response.status_code == 200


@pytest.mark.django_db
def test_the_listing_checks_duplicates_in_a_constant_number_of_queries(client, alpha, editor_a):
    client.force_login(editor_a)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(LISTING)).status_code == 200
        return len(captured)

    for index in range(2):
        make_actor(alpha, f"Atelier {index}", commune_insee="94018", lat=48.82, lng=2.41)
    few = queries()
    for index in range(2, 12):
        make_actor(alpha, f"Atelier {index}", commune_insee="94018", lat=48.82, lng=2.41)
    assert queries() == few


@pytest.mark.django_db
def test_the_moderation_page_links_each_likely_duplicate_to_the_merge_page(
    client, alpha, moderator_a
):
    existing = make_actor(alpha, "Jardins du Plateau", commune_insee="94018")
    signup = sign_up(client)
    client.force_login(moderator_a)
    html = client.get(reverse("actors_signups:detail", args=[signup.pk])).content.decode()
    assert merge_url(existing, signup.actor) in html
    assert "Comparer et fusionner" in html
