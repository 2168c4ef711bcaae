"""The needs board and a project page cost the same number of queries whatever the data size."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.geo import format_point
from tests.projects.conftest import ALPHA, NETWORK, add_need, add_project, commune, make_actor

pytestmark = pytest.mark.django_db

# Pinned ceilings: site, territory, filter choices, count, page, prefetches, map points,
# identity/navigation of the base template.
BOARD_MAX_QUERIES = 20
PROJECT_MAX_QUERIES = 25


def _grow(alpha, themes, n, offset=0):
    project = add_project(alpha, f"Projet {offset}", communes=[commune(alpha, "94018")])
    for i in range(n):
        actor = make_actor(alpha, f"Acteur {offset}-{i}", location=format_point(48.8, 2.4))
        project.partners.create(actor=actor, role="partenaire")
        add_need(
            alpha,
            f"Besoin {offset}-{i}",
            kind="benevoles",
            project=project if i % 2 else None,
            actor=None if i % 2 else actor,
            themes=list(themes),
            communes=[commune(alpha, "94080")],
        )
    return project


def _count(client, url, host) -> int:
    client.get(url, HTTP_HOST=host)  # warm the per-process caches (site root paths...)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries)


# Pinned exactly (docs/benchmarks.md, « Needs board »): site, territory, need kind, theme and commune
# choices (the network adds the territories'), count, page, themes and communes of the page,
# the map's needs, their actors' positions, their communes' centres, then the layout's three.
@pytest.mark.parametrize(
    ("host", "query", "queries"),
    [(ALPHA, "", 14), (ALPHA, "?theme=emploi", 14), (NETWORK, "", 15)],
)
def test_needs_board_queries_do_not_grow_with_needs(client, alpha, themes, host, query, queries):
    _grow(alpha, themes, 3)
    small = _count(client, f"/besoins/{query}", host)
    _grow(alpha, themes, 30, offset=1)
    large = _count(client, f"/besoins/{query}", host)
    assert (small, large) == (queries, queries)
    assert large <= BOARD_MAX_QUERIES


def test_needs_board_hides_needs_of_draft_projects_and_actors(client, alpha, themes):
    """The EXISTS probes keep the board's rule: a need of a draft project or actor never
    shows; one of a live project, a live actor or neither does."""
    from projects.models import Need

    live_project = add_project(alpha, "Projet Public")
    draft_project = add_project(alpha, "Projet Brouillon", live=False)
    live_actor = make_actor(alpha, "Acteur Public")
    draft_actor = make_actor(alpha, "Acteur Brouillon", live=False)
    add_need(alpha, "Besoin Projet Public", project=live_project)
    add_need(alpha, "Besoin Projet Brouillon", project=draft_project)
    add_need(alpha, "Besoin Acteur Public", actor=live_actor)
    add_need(alpha, "Besoin Acteur Brouillon", actor=draft_actor)
    add_need(alpha, "Besoin Seul")
    visible = set(Need.objects.public_on_site(alpha).values_list("title", flat=True))
    assert visible == {"Besoin Projet Public", "Besoin Acteur Public", "Besoin Seul"}
    content = client.get("/besoins/", HTTP_HOST=ALPHA).content.decode()
    assert "Besoin Seul" in content and "Besoin Projet Brouillon" not in content
    assert "Besoin Acteur Brouillon" not in content


def test_project_page_queries_do_not_grow_with_partners_and_needs(client, alpha, themes):
    small_project = _grow(alpha, themes, 2)
    large_project = _grow(alpha, themes, 25, offset=1)
    small = _count(client, small_project.url, ALPHA)
    large = _count(client, large_project.url, ALPHA)
    assert small == large
    assert large <= PROJECT_MAX_QUERIES
