"""The actor's card /acteurs/<slug>/: what it shows, its JSON-LD, what it never shows
(drafts, unpublished actors, other territories, private fields), and the admin preview.

Two territories and a complete actor are built once for the module (rolled back at its
end); tests that need more actors add them in their own savepoint.
"""

import json
import re

import pytest

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from tests.actors.test_map_page import (
    ALPHA,
    BETA,
    NETWORK,
    PRIVATE_MARKERS,
    make_actor,
    make_territories,
    module_data,
)

pytestmark = pytest.mark.django_db


def json_ld(content: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        alpha, beta = make_territories("alpha", "beta")
        actor = make_actor(
            alpha,
            "Les Jardins du Plateau",
            kind="association",
            offers=["visites", "benevolat"],
            themes=["tiers-lieux-et-dialogue"],
            description="Jardins partagés.\nOuverts à tous le samedi.",
            address="12 rue de Paris",
            postcode="94220",
            city="Charenton-le-Pont",
            commune_insee="94018",
            email="bonjour@jardins.example",
            phone="01 23 45 67 89",
            website="https://jardins.example/",
            lat=48.8219,
            lng=2.4139,
        )
        yield alpha, beta, actor


@pytest.fixture
def territory_a(world):
    return world[0]


@pytest.fixture
def territory_b(world):
    return world[1]


@pytest.fixture
def actor(world):
    return world[2]


def test_actor_card_shows_its_public_fields(client, actor):
    response = client.get("/acteurs/les-jardins-du-plateau/", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<h1 id="acteur-nom">Les Jardins du Plateau</h1>' in content
    assert "Association · Charenton-le-Pont" in content
    assert "<p>Jardins partagés.<br>Ouverts à tous le samedi.</p>" in content
    assert '<li class="tag">Visites</li>' in content and '<li class="tag">Bénévolat</li>' in content
    assert '<li class="tag">Tiers-lieux et dialogue territorial</li>' in content
    assert "12 rue de Paris" in content and "94220 Charenton-le-Pont" in content
    assert 'href="mailto:bonjour@jardins.example"' in content
    assert 'href="tel:0123456789"' in content
    assert '<a href="https://jardins.example/" rel="noopener">' in content
    # Breadcrumb back to the map, canonical link on the territory's own site.
    assert '<a href="/carte/">Carte des acteurs</a>' in content
    assert (
        '<link rel="canonical" href="http://alpha.localhost/acteurs/les-jardins-du-plateau/">'
        in content
    )
    # A small map from a data island, drawn by the shared points_map.js (no inline script).
    island = json.loads(
        re.search(
            r'<script id="acteur-position" type="application/json">(.*?)</script>', content, re.S
        ).group(1)
    )
    assert island == {
        "points": [
            {
                "lat": 48.8219,
                "lng": 2.4139,
                "name": "Les Jardins du Plateau",
                "url": "",
                "label": "12 rue de Paris",
            }
        ]
    }
    assert "network/js/points_map.js" in content
    scripts = re.findall(r"<script([^>]*)>", content)
    assert all(
        "src=" in attrs or "application/json" in attrs or "application/ld+json" in attrs
        for attrs in scripts
    )


def test_json_ld_is_an_organization_with_public_data_only(client, actor):
    content = client.get("/acteurs/les-jardins-du-plateau/", HTTP_HOST=ALPHA).content.decode()
    data = json_ld(content)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"] == "Les Jardins du Plateau"
    assert data["description"] == "Jardins partagés.\nOuverts à tous le samedi."
    assert data["url"] == "http://alpha.localhost/acteurs/les-jardins-du-plateau/"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "12 rue de Paris",
        "postalCode": "94220",
        "addressLocality": "Charenton-le-Pont",
        "addressCountry": "FR",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 48.8219, "longitude": 2.4139}
    assert data["email"] == "bonjour@jardins.example"
    assert data["telephone"] == "01 23 45 67 89"
    assert data["sameAs"] == ["https://jardins.example/"]
    serialised = json.dumps(data, ensure_ascii=False)
    for marker in PRIVATE_MARKERS:
        assert marker not in serialised


def test_json_ld_leaves_out_what_is_not_public(client, territory_a):
    make_actor(territory_a, "Collectif Discret", lat=None, lng=None)
    data = json_ld(client.get("/acteurs/collectif-discret/", HTTP_HOST=ALPHA).content.decode())
    assert set(data) == {"@context", "@type", "name", "url"}


def test_json_ld_and_description_cannot_break_out(client, territory_a):
    make_actor(
        territory_a,
        "Acteur </script><script>alert(1)</script>",
        slug="acteur-piege",
        description='<img src=x onerror="alert(2)"> & </script>',
    )
    response = client.get("/acteurs/acteur-piege/", HTTP_HOST=ALPHA)
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "<img src=x" not in content
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &lt;/script&gt;" in content
    data = json_ld(content)
    assert data["name"] == "Acteur </script><script>alert(1)</script>"
    assert data["description"] == '<img src=x onerror="alert(2)"> & </script>'


def test_private_fields_never_show(client, actor):
    content = client.get("/acteurs/les-jardins-du-plateau/", HTTP_HOST=ALPHA).content.decode()
    for marker in PRIVATE_MARKERS:
        assert marker not in content


def test_drafts_and_unpublished_actors_answer_404(client, territory_a):
    make_actor(territory_a, "Brouillon", publish=False)
    gone = make_actor(territory_a, "Dépublié")
    gone.unpublish()
    assert client.get("/acteurs/brouillon/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get("/acteurs/depublie/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get("/acteurs/inexistant/", HTTP_HOST=ALPHA).status_code == 404


def test_pending_changes_stay_out_of_the_public_card(client, territory_a):
    actor = make_actor(territory_a, "Nom Publié", description="Texte publié.")
    actor.name = "Nom En Brouillon"
    actor.description = "Texte en brouillon."
    actor.save_revision()
    content = client.get("/acteurs/nom-publie/", HTTP_HOST=ALPHA).content.decode()
    assert "Nom Publié" in content and "Texte publié." in content
    assert "Nom En Brouillon" not in content and "Texte en brouillon." not in content


def test_another_territorys_actor_answers_404(client, actor, territory_b):
    make_actor(territory_b, "Acteur Beta")
    assert client.get("/acteurs/acteur-beta/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get("/acteurs/les-jardins-du-plateau/", HTTP_HOST=BETA).status_code == 404
    assert client.get("/acteurs/acteur-beta/", HTTP_HOST=BETA).status_code == 200


def test_the_network_host_has_no_actor_pages(client, actor):
    assert client.get("/acteurs/les-jardins-du-plateau/", HTTP_HOST=NETWORK).status_code == 404


def test_preview_renders_the_public_card_with_its_map_and_json_ld(territory_a):
    """The admin preview: Actor.get_preview_context is the public card's context."""
    draft = make_actor(
        territory_a,
        "Aperçu En Cours",
        publish=False,
        offers=["visites"],
        description="Présentation provisoire.",
        lat=48.8,
        lng=2.4,
    )
    request = RequestFactory().get("/", HTTP_HOST=ALPHA)
    request.user = AnonymousUser()
    assert draft.get_preview_template(request, "") == "actors/actor_detail.html"
    response = draft.serve_preview(request, "")
    response.render()
    content = response.content.decode()
    assert "Aperçu En Cours" in content and "Présentation provisoire." in content
    assert '<li class="tag">Visites</li>' in content
    assert 'id="acteur-position"' in content  # the small map's point
    assert '"@type": "Organization"' in content or '"@type":"Organization"' in content
    for marker in PRIVATE_MARKERS:
        assert marker not in content


def back_link(content: str) -> str:
    found = re.search(r'<a href="([^"]*)">Retour à la carte des acteurs</a>', content)
    assert found, "no « Retour à la carte » link"
    return found.group(1).replace("&amp;", "&")


def test_the_list_and_the_card_keep_the_filters_for_the_way_back(client, actor):
    """From /carte/ filtered, the card's « Retour à la carte » leads to the same list (and
    the view the map script saved); anything else in ``retour`` is dropped."""
    listing = client.get("/carte/", {"offer": "visites", "q": "jardins"}, HTTP_HOST=ALPHA)
    link = re.search(r'href="(/acteurs/les-jardins-du-plateau/[^"]*)"', listing.content.decode())
    assert link, "the card is not in the filtered list"
    card = client.get(link.group(1).replace("&amp;", "&"), HTTP_HOST=ALPHA)
    assert back_link(card.content.decode()) == "/carte/?q=jardins&offer=visites"

    retour = "offer=visites&page=2&lat=48.82&lng=2.41&z=15&format=fragment&evil=1&embed=1"
    card = client.get("/acteurs/les-jardins-du-plateau/", {"retour": retour}, HTTP_HOST=ALPHA)
    assert (
        back_link(card.content.decode()) == "/carte/?offer=visites&page=2&lat=48.82&lng=2.41&z=15"
    )
    plain = client.get("/acteurs/les-jardins-du-plateau/", HTTP_HOST=ALPHA)
    assert back_link(plain.content.decode()) == "/carte/"
    forged = client.get("/acteurs/les-jardins-du-plateau/", {"retour": "q=\x00"}, HTTP_HOST=ALPHA)
    assert forged.status_code == 400
