"""Merging two cards of the same actor."""

import pytest

from django.urls import reverse

from actors.models import Actor, NeedKind, Offer
from network.models import Theme
from tests.actors.factories import ActorFactory


def _actor(territory, name, **fields):
    return ActorFactory(territory=territory, name=name, **fields)


@pytest.mark.django_db
def test_merge_fills_gaps_unites_taxonomies_and_deletes_the_other(client, territory_a, editor_a):
    keep = _actor(
        territory_a, "Les Jardins", email="", phone="01 99 00 00 01", private_notes="ancienne note"
    )
    other = _actor(
        territory_a,
        "Jardins (les)",
        email="jardins@ex.example",
        phone="01 99 00 00 02",
        private_notes="note 2",
    )
    keep.themes.add(Theme.objects.get(slug="rse-et-partenariats"))
    keep.save()
    other.offers.add(Offer.objects.get(slug="benevolat"))
    other.seeks.add(NeedKind.objects.get(slug="locaux"))
    other.save()
    client.force_login(editor_a)
    url = reverse("actors_admin:merge_actors") + f"?id={keep.pk}&id={other.pk}"
    assert "Jardins (les)" in client.get(url).content.decode()
    response = client.post(
        reverse("actors_admin:merge_actors"), {"id": [keep.pk, other.pk], "keep": keep.pk}
    )
    assert response.status_code == 302
    keep.refresh_from_db()
    assert not Actor.objects.filter(pk=other.pk).exists()
    assert keep.email == "jardins@ex.example" and keep.phone == "01 99 00 00 01"
    assert "note 2" in keep.private_notes and "ancienne note" in keep.private_notes
    assert list(keep.offers.values_list("slug", flat=True)) == ["benevolat"]
    assert list(keep.seeks.values_list("slug", flat=True)) == ["locaux"]
    assert list(keep.themes.values_list("slug", flat=True)) == ["rse-et-partenariats"]


@pytest.mark.django_db
def test_merge_refuses_other_territories_and_missing_choice(
    client, territory_a, territory_b, editor_a
):
    mine = _actor(territory_a, "A")
    theirs = _actor(territory_b, "B")
    client.force_login(editor_a)
    url = reverse("actors_admin:merge_actors")
    assert client.get(url + f"?id={mine.pk}&id={theirs.pk}").status_code == 404
    assert client.post(url, {"id": [mine.pk, theirs.pk], "keep": mine.pk}).status_code == 404
    assert Actor.objects.filter(pk=theirs.pk).exists()
    second = _actor(territory_a, "A bis")
    response = client.post(url, {"id": [mine.pk, second.pk]})
    assert (
        response.status_code == 400
        and "Choisissez la fiche à conserver" in response.content.decode()
    )
    assert Actor.objects.filter(pk=second.pk).exists()
