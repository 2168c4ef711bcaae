"""An experience page: its sections, schema.org Article data, print button, actors of
several territories, related experiences, and a query count independent of the network."""

import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from experiences.blocks import FiguresBlock, StepsBlock
from tests.module_data import shared_territories
from tests.network.factories import PageViewRestrictionFactory
from tests.territories.factories import CommuneFactory

from .conftest import day, make_actor, make_experience

ALPHA = "alpha.localhost"
PAGE_MAX_QUERIES = 14  # was 24: routing in one query, restrictions read once (network/)


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def full_experience(territory_a, territory_b):

    CommuneFactory(territory=territory_a, insee_code="94018", name="Charenton-le-Pont")
    local = make_actor(territory_a, "Collège du Pont", kind="college")
    remote = make_actor(territory_b, "Entreprise voisine", kind="entreprise")
    hidden = make_actor(territory_a, "Acteur non publié", kind="fondation", live=False)
    return make_experience(
        territory_a,
        "Des stages pour tous les élèves",
        summary="Chaque élève de troisième trouve un stage près de chez lui.",
        context="<p>Un territoire de <b>treize</b> communes.</p>",
        challenge="<p>Trouver des stages.</p>",
        lessons="<p>Commencer petit.</p>",
        transferability="<p>Une ville pilote suffit.</p>",
        maturity="consolidation",
        themes=["partenariats-associations-entreprises"],
        methods=["groupes-de-travail-multi-acteurs"],
        commune_codes="94018",
        actors=[(local, "accueil des élèves"), (remote, "mécène"), (hidden, "caché")],
        steps=StepsBlock().to_python(
            [
                {
                    "type": "step",
                    "value": {
                        "date": "2018-11-01",
                        "title": "Lancement",
                        "text": "Premier collectif.",
                    },
                },
                {
                    "type": "step",
                    "value": {"date": "2020-11-01", "title": "Carte en ligne", "text": ""},
                },
            ]
        ),
        figures=FiguresBlock().to_python(
            [
                {
                    "type": "figure",
                    "value": {"value": "120", "unit": "stages", "label": "trouvés en un an"},
                }
            ]
        ),
        published_at=day(10),
    )


@pytest.mark.django_db
def test_experience_page_renders_every_part(client, territory_a, territory_b):
    page = full_experience(territory_a, territory_b)
    response = client.get(page.url, HTTP_HOST=ALPHA)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<h1 id="experience-titre">Des stages pour tous les élèves</h1>' in content
    for heading in (
        "Contexte et territoire",
        "Enjeux et besoins",
        "Qui a agi",
        "Méthodes",
        "Les étapes",
        "Résultats et impact",
        "Enseignements",
        "Pour la reproduire ailleurs",
    ):
        assert f">{heading}</h2>" in content, heading
    # Headings go down one level at a time.
    levels = [int(level) for level in re.findall(r"<h([1-6])", content.split("<main")[1])]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert "Charenton-le-Pont" in content
    assert '<time datetime="2018-11-01">novembre 2018</time>' in content
    assert "<dt>trouvés en un an</dt>" in content
    # Actors: the local one, the other territory's (named with its territory), not drafts.
    assert "Collège du Pont" in content
    assert 'Entreprise voisine</a> <span class="people__meta">Entreprise, Beta</span>' in content
    assert "Acteur non publié" not in content
    assert "http://beta.localhost/acteurs/" in content or "beta.localhost" in content

    # Print: a button revealed and wired by a static script; no inline script anywhere.
    assert "data-print hidden" in content and "Télécharger en PDF" in content
    assert "/static/experiences/js/print.js" in content
    for script in re.findall(r"<script[^>]*>", content):
        assert "src=" in script or 'type="application/ld+json"' in script, script

    # schema.org Article, safely serialised.
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Article"
    assert data["headline"] == page.title
    assert data["author"]["name"] == "Alpha"
    assert data["datePublished"].startswith("2024-01-11")
    assert data["url"] == page.get_full_url() and data["url"].startswith("http://alpha.localhost/")
    assert data["about"] == [{"@type": "Thing", "name": "Partenariats associations–entreprises"}]


@pytest.mark.django_db
def test_json_ld_cannot_close_its_script(client, territory_a):
    page = make_experience(territory_a, "Titre </script><script>alert(1)</script>")
    content = client.get(page.url, HTTP_HOST=ALPHA).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    assert "<" not in block
    assert json.loads(block)["headline"].startswith("Titre </script>")


@pytest.mark.django_db
def test_related_experiences_share_themes_methods_or_actor_kinds(client, territory_a, territory_b):
    page = full_experience(territory_a, territory_b)
    company = make_actor(territory_b, "Autre entreprise", kind="entreprise")
    make_experience(
        territory_b,
        "Même thème et même méthode",
        themes=["partenariats-associations-entreprises"],
        methods=["groupes-de-travail-multi-acteurs"],
        published_at=day(1),
    )
    make_experience(territory_b, "Même type d’acteur", actors=[(company, "")], published_at=day(2))
    make_experience(
        territory_b, "Sans rapport", themes=["rse-et-partenariats"], published_at=day(3)
    )
    make_experience(
        territory_b,
        "Brouillon proche",
        themes=["partenariats-associations-entreprises"],
        publish=False,
    )
    response = client.get(page.url, HTTP_HOST=ALPHA)
    related = [p.title for p in response.context["related"]]
    assert related == ["Même thème et même méthode", "Même type d’acteur"]
    assert "Expériences proches" in response.content.decode()


@pytest.mark.django_db
def test_experience_page_query_count_is_constant(client, territory_a, territory_b):
    page = full_experience(territory_a, territory_b)

    def measure():
        client.get(page.url, HTTP_HOST=ALPHA)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url, HTTP_HOST=ALPHA).status_code == 200
        return len(queries)

    before = measure()
    for n in range(8):
        make_experience(
            territory_b,
            f"Voisine {n}",
            themes=["partenariats-associations-entreprises"],
            published_at=day(n),
        )
    assert measure() == before <= PAGE_MAX_QUERIES


@pytest.mark.django_db
def test_methods_link_to_their_public_library_sheets(client, territory_a, network_home):
    from wagtail.models import PageViewRestriction

    from experiences.models import Method
    from tests.library.helpers import make_library, make_method

    index = make_library(network_home)
    slugs = (
        "brainstorming-3-12-3",
        "concertation-citoyenne",
        "recherche-action",
        "appel-a-projets",
    )
    linked, draft, private, _none = (Method.objects.get(slug=slug) for slug in slugs)
    make_method(index, "Brainstorming 3-12-3", "brainstorming", experience_method=linked)
    make_method(index, "Concertation", "concertation", live=False, experience_method=draft)
    secret = make_method(index, "Recherche-action", "recherche-action", experience_method=private)
    PageViewRestrictionFactory(page=secret, restriction_type=PageViewRestriction.LOGIN)
    page = make_experience(territory_a, "Des idées en une heure", methods=slugs)

    html = client.get(page.url, HTTP_HOST=ALPHA).content.decode()
    methods = re.search(r'<section aria-labelledby="methodes">(.*?)</section>', html, re.S).group(1)
    # The sheet's address on this territory's host: the library is served on every host.
    assert '<a href="/bibliotheque/brainstorming/">Brainstorming 3-12-3</a>' in methods
    assert client.get("/bibliotheque/brainstorming/", HTTP_HOST=ALPHA).status_code == 200
    # Unpublished or restricted sheets, and methods without one: their name, no link.
    assert methods.count("<a ") == 1
    for name in ("Concertation citoyenne", "Recherche-action", "Appel à projets"):
        assert f"<li>{name}</li>" in methods, name
    assert (
        "/bibliotheque/concertation/" not in html and "/bibliotheque/recherche-action/" not in html
    )
