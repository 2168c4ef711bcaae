"""Per-commune reports (``/communes/<insee>/``) and the list of communes (``/communes/``):
contents, drafts and private fields never show, communes outside the territory answer 404,
query counts stay the same as actors multiply."""

import re

import pytest

from projects.models import Need
from territories.models import Territory
from tests.module_data import shared_territories
from tests.projects import test_partnerships
from tests.projects.factories import NeedFactory
from tests.projects.test_partnerships import (
    ALPHA,
    PRIVATE_MARKERS,
    grow,
    make_actor,
    make_experience,
    make_project,
)

# The fixtures, shared: the world and the territories built once for the module.
network_home, territory_a, territory_b = shared_territories()
built_world = test_partnerships.built_world


def make_need(territory, title, commune, **fields):
    return NeedFactory(territory=territory, title=title, communes=[commune], **fields)


@pytest.fixture(scope="module")
def built_report_world(built_world, module_territories, django_db_blocker):
    with django_db_blocker.unblock():
        territory_a = Territory.objects.get(pk=module_territories.alpha)
        territory_b = Territory.objects.get(pk=module_territories.beta)
        return build_report_world(built_world, territory_a, territory_b)


@pytest.fixture
def report_world(built_report_world, db):
    return built_report_world


def build_report_world(world, territory_a, territory_b):
    charenton = world["charenton"]
    make_need(territory_a, "Besoin Ouvert Public", charenton, project=world["project"], quantity=3)
    make_need(territory_a, "Besoin de Ana", charenton, actor=world["ana"])
    make_need(territory_a, "Besoin Pourvu", charenton, status="filled")
    make_need(
        territory_a,
        "Besoin Non Validé",
        charenton,
        is_approved=False,
        submitted_by_email="proposant-prive@exemple.fr",
    )
    draft = make_project(
        territory_a, "Projet Brouillon Charenton", communes=[charenton], publish=False
    )
    make_need(territory_a, "Besoin du Brouillon", charenton, project=draft)
    make_need(territory_a, "Besoin à Vincennes", world["vincennes"])
    hidden = make_actor(territory_a, "Acteur Caché Charenton", live=False, commune="94018")
    make_need(territory_a, "Besoin Acteur Caché", charenton, actor=hidden)
    make_experience(
        territory_a, "Expérience Charenton Vincennes", commune_codes="94018,94080", actors=[]
    )
    make_experience(territory_a, "Expérience Brouillon", commune_codes="94018", publish=False)
    make_experience(territory_a, "Expérience à Vincennes", commune_codes="94080")
    make_actor(territory_b, "Acteur Beta Même Code", commune="94018")
    return world


HIDDEN = [
    "Besoin Pourvu",
    "Besoin Non Validé",
    "Besoin du Brouillon",
    "Besoin à Vincennes",
    "Besoin Acteur Caché",
    "Projet Brouillon Charenton",
    "Expérience Brouillon",
    "Expérience à Vincennes",
    "Acteur Caché Charenton",
    "Acteur Beta Même Code",
    "Chloé Collège",  # based in Vincennes
    "Dora Draftée",
    "proposant-prive@exemple.fr",
    "Nom En Brouillon",
]


def test_commune_report_contents(client, report_world):
    response = client.get("/communes/94018/", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Charenton-le-Pont" in content
    # Actors by kind, and listed.
    assert "Ana Asso" in content and "Bruno Entreprise" in content
    kinds = {row["kind__name"]: row["count"] for row in response.context["actors_by_kind"]}
    assert kinds == {"Association": 1, "Entreprise": 1}
    assert "Stages au collège" in content  # the commune's live project
    assert "Besoin Ouvert Public" in content and "Besoin de Ana" in content
    assert "Expérience Charenton Vincennes" in content
    figures = response.context["figures"]
    # Partners: Ana, Bruno, Nom Publié (the project's live partners; the experience has none).
    assert figures == {"actors": 2, "projects": 1, "needs": 2, "experiences": 1, "partners": 3}
    # French numbers, plurals and elision: « 30 000 habitants », « 1 projet », « Bilan de… ».
    text = " ".join(re.sub(r"<[^>]+>", " ", content).split())
    assert "30 000 habitants" in text  # a (narrow) no-break space, made a space by split()
    assert "1 projet " in text and "2 besoins ouverts" in text and "1 expérience " in text
    # Name and kind apart (one ink on paper), the status in lower case: « Ana Asso · Association ».
    assert "Ana Asso · Association" in text
    assert re.search(r"Stages au collège \([a-zé ]+\)", text), text
    assert "<title>Bilan de Charenton-le-Pont" in content
    for text in HIDDEN + PRIVATE_MARKERS:
        assert text not in content, text
    # Printable: the button (revealed by print.js), the print stylesheet, the map's list.
    assert "Imprimer / enregistrer en PDF" in content and "data-print" in content
    assert "projects/graph_reports.css" in content and "experiences/js/print.js" in content


def test_commune_report_map_points_are_public(client, report_world):
    from actors.models import Actor

    Actor.objects.filter(pk=report_world["ana"].pk).update(latitude=48.82, longitude=2.41)
    response = client.get("/communes/94018/", HTTP_HOST=ALPHA)
    points = response.context["map_points"]["points"]
    assert points == [
        {
            "lat": 48.82,
            "lng": 2.41,
            "name": "Ana Asso",
            "url": f"/acteurs/{report_world['ana'].slug}/",
            "label": "Association · ",
        }
    ]
    assert 'data-points-source="commune-acteurs"' in response.content.decode()


@pytest.mark.parametrize("path", ["/communes/13001/", "/communes/99999/", "/communes/abc/"])
def test_commune_outside_the_territory_is_404(client, report_world, path):
    assert client.get(path, HTTP_HOST=ALPHA).status_code == 404


def test_no_reports_on_the_network_host(client, report_world):
    # The index says where reports live (tests/territories/test_portal.py); no report.
    page = client.get("/communes/", HTTP_HOST="localhost")
    assert page.status_code == 200 and "Choisissez votre territoire" in page.content.decode()
    assert client.get("/communes/94018/", HTTP_HOST="localhost").status_code == 404


def test_commune_index_figures(client, report_world):
    response = client.get("/communes/", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    rows = {
        c.insee_code: (c.actor_count, c.project_count, c.need_count)
        for c in response.context["communes"]
    }
    assert rows == {"94018": (2, 1, 2), "94080": (1, 0, 1)}
    content = response.content.decode()
    assert 'href="/communes/94018/"' in content and "Vincennes" in content
    assert "Aix-en-Provence" not in content


# Report: site and territory, the commune with its four totals, kinds, actors, projects,
# needs, experiences, the impact chart's three series, then the layout's own. Index: site and
# territory, the communes with their counts, then the layout's own.
@pytest.mark.parametrize("path, queries", [("/communes/94018/", 14), ("/communes/", 7)])
def test_query_count_does_not_grow_with_actors(
    client, report_world, territory_a, path, queries, django_assert_num_queries
):
    client.get(path, HTTP_HOST=ALPHA)  # warm the caches (site root paths)
    with django_assert_num_queries(queries):
        assert client.get(path, HTTP_HOST=ALPHA).status_code == 200
    grow(territory_a, report_world["charenton"], 10)
    with django_assert_num_queries(queries):
        response = client.get(path, HTTP_HOST=ALPHA)
    if path == "/communes/94018/":
        assert response.context["figures"]["actors"] == 12
        assert response.context["figures"]["experiences"] == 2
    else:
        assert "12" in response.content.decode()


def test_long_lists_are_capped_with_a_link_to_the_map(client, report_world):
    from projects import commune_report

    commune_report.ACTOR_LIMIT, previous = 1, commune_report.ACTOR_LIMIT
    try:
        response = client.get("/communes/94018/", HTTP_HOST=ALPHA)
    finally:
        commune_report.ACTOR_LIMIT = previous
    content = response.content.decode()
    assert "Ana Asso" in content and "Bruno Entreprise" not in content.split("Liste des acteurs")[1]
    assert "Et 1 autre acteur" in content and "/carte/?commune=94018" in content


def test_report_totals_and_lists_agree_on_every_database(client, report_world):
    """The totals counted in the commune's own query (by code) equal the lists' contents."""
    from projects import commune_report

    commune = commune_report.commune_with_totals(report_world["charenton"].territory, "94018")
    assert (commune.total_projects, commune.total_needs, commune.total_experiences) == (1, 2, 1)
    assert commune.total_partners == 3
    assert commune_report.commune_with_totals(report_world["charenton"].territory, "13001") is None
    response = client.get("/communes/94018/", HTTP_HOST=ALPHA)
    context = response.context
    assert [p["title"] for p in context["projects"].items] == ["Stages au collège"]
    assert sorted(n["title"] for n in context["needs"].items) == [
        "Besoin Ouvert Public",
        "Besoin de Ana",
    ]
    content = response.content.decode()
    ana = report_world["ana"]
    assert f'href="/acteurs/{ana.slug}/">Ana Asso</a>' in content  # the actor's need
    assert "(Stagiaires, 3)" in content  # kind label and quantity


@pytest.fixture
def report_cache(settings, report_world):
    """The report's cache on (it follows the page cache's switch and generations); the
    signed-in team member's requests skip the page cache, not the report's."""
    from django.core.cache import cache

    from projects.commune_report import _cache_key

    settings.PAGE_CACHE_SECONDS = 600
    key = _cache_key(report_world["charenton"].territory, "94018")
    cache.delete(key)
    yield key
    cache.delete(key)


def _report_queries(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/communes/94018/", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    return response, " ".join(q["sql"] for q in queries.captured_queries)


def test_report_is_cached_until_the_commune_changes(
    client, report_world, report_cache, editor_a, territory_a, django_assert_max_num_queries
):
    from tests.conftest import PASSWORD

    client.login(username=editor_a.username, password=PASSWORD)
    first, sql = _report_queries(client, django_assert_max_num_queries)
    assert "territories_actor" in sql and first.context["figures"]["actors"] == 2
    again, sql = _report_queries(client, django_assert_max_num_queries)
    # A hit: none of the report's queries (actors, projects, needs, experiences).
    for table in ("territories_actor", "projects_need", "projects_projectpage", "experiences_"):
        assert table not in sql, table
    assert again.context["figures"] == first.context["figures"]
    assert again.content.decode().count("Ana Asso") == first.content.decode().count("Ana Asso")

    # A new actor, a need filled, a project unpublished: each shows on the next request.
    make_actor(territory_a, "Nouvelle Asso Charenton", commune="94018")
    after, _sql = _report_queries(client, django_assert_max_num_queries)
    assert after.context["figures"]["actors"] == 3
    assert "Nouvelle Asso Charenton" in after.content.decode()
    Need.objects.filter(title="Besoin de Ana").get().delete()
    after, _sql = _report_queries(client, django_assert_max_num_queries)
    assert "Besoin de Ana" not in after.content.decode()
    report_world["project"].unpublish()
    after, _sql = _report_queries(client, django_assert_max_num_queries)
    assert "Stages au collège" not in after.content.decode()
    assert after.context["figures"]["projects"] == 0


def test_report_cache_is_per_territory_and_off_with_the_page_cache(
    client, settings, report_world, report_cache, territory_a
):
    from django.core.cache import cache

    client.get("/communes/94018/", HTTP_HOST=ALPHA)
    assert cache.get(report_cache) is not None
    # The other territory's commune of the same code is its own entry (Beta has none: 404).
    assert client.get("/communes/94018/", HTTP_HOST="beta.localhost").status_code == 404
    settings.PAGE_CACHE_SECONDS = 0
    cache.delete(report_cache)
    client.get("/communes/94018/", HTTP_HOST=ALPHA)
    assert cache.get(report_cache) is None
