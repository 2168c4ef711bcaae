import json

import pytest

from django.db import connection

from projects.models import NeedStatus
from tests.module_data import shared_territories
from tests.network.factories import ContentPageFactory, PageViewRestrictionFactory
from tests.projects.factories import NeedFactory, ProjectPageFactory

from ..experiences.conftest import make_actor, make_experience
from ..library.helpers import make_lesson, make_library, make_method, make_term, reindex

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="French stemming and unaccent: PostgreSQL only"
)


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def corpus(network_home, territory_a, territory_b):
    library = make_library(network_home)
    make_method(
        library,
        title="Diagnostic partagé",
        slug="diagnostic-partage",
        objective="Construire la coopération entre élèves, entreprises et associations.",
    )
    make_lesson(library, "Ancrage territorial", "ancrage", "Pas d’innovation sans ancrage local.")
    make_term("tiers-lieu", "tiers-lieu", "Lieu partagé de coopération.")
    alpha = make_actor(territory_a, "Jardin coopératif Alpha")
    beta = make_actor(territory_b, "Jardin coopératif Beta")
    draft = make_actor(territory_a, "Jardin caché", live=False)
    experience_a = make_experience(territory_a, "Jardin partagé du quartier", summary="Un jardin.")
    experience_b = make_experience(territory_b, "Jardin de Beta", summary="Un jardin.")
    page_b = ContentPageFactory(
        parent=territory_b.site.root_page,
        title="Jardin de la page Beta",
        slug="jardin-beta",
        no_revision=True,
    )
    draft_page = ContentPageFactory(
        parent=territory_a.site.root_page,
        title="Jardin brouillon",
        slug="jardin-brouillon",
        live=False,
        no_revision=True,
    )
    project_a = ProjectPageFactory(territory=territory_a, title="Forum de l’alternance Est Marne")
    ProjectPageFactory(territory=territory_a, title="Forum brouillon", draft=True)
    need_a = NeedFactory(territory=territory_a, title="Une salle pour le forum de l’alternance")
    NeedFactory(territory=territory_b, title="Une salle pour le forum de Beta")
    NeedFactory(territory=territory_a, title="Un forum à approuver", is_approved=False)
    NeedFactory(territory=territory_a, title="Un forum déjà pourvu", status=NeedStatus.FILLED)
    NeedFactory(
        territory=territory_a,
        title="Un forum d’un projet brouillon",
        project=ProjectPageFactory(territory=territory_a, draft=True),
    )
    reindex(alpha, beta, draft, experience_a, experience_b, page_b, draft_page)
    return locals()


@pytest.mark.django_db
def test_territory_search_is_scoped_and_never_finds_drafts(client, corpus):
    html = client.get("/recherche/", {"q": "jardin"}, HTTP_HOST="alpha.localhost").content.decode()
    assert "Jardin coopératif Alpha" in html
    assert "Jardin partagé du quartier" in html
    assert "Jardin coopératif Beta" not in html
    assert "Jardin de Beta" not in html
    assert "Jardin de la page Beta" not in html
    assert "Jardin caché" not in html
    assert "Jardin brouillon" not in html


@pytest.mark.django_db
def test_network_search_covers_everything_live(client, corpus):
    html = client.get("/recherche/", {"q": "jardin"}, HTTP_HOST="localhost").content.decode()
    for title in (
        "Jardin coopératif Alpha",
        "Jardin coopératif Beta",
        "Jardin de Beta",
        "Jardin de la page Beta",
    ):
        assert title in html
    assert "Jardin caché" not in html and "Jardin brouillon" not in html
    # actors link to their territory's host
    assert 'href="http://beta.localhost/acteurs/' in html
    # grouped with counts
    assert 'id="group-actor"' in html and "(2)" in html


@pytest.mark.django_db
def test_library_is_found_on_territory_sites(client, corpus):
    html = client.get(
        "/recherche/", {"q": "diagnostic"}, HTTP_HOST="beta.localhost"
    ).content.decode()
    assert 'href="/bibliotheque/diagnostic-partage/"' in html


@pytest.mark.django_db
def test_filters_by_type_territory_and_theme(client, corpus):
    from network.models import Theme

    html = client.get(
        "/recherche/", {"q": "jardin", "type": "actor"}, HTTP_HOST="localhost"
    ).content.decode()
    assert "Jardin coopératif Alpha" in html and "Jardin partagé du quartier" not in html
    html = client.get(
        "/recherche/", {"q": "jardin", "territoire": "beta"}, HTTP_HOST="localhost"
    ).content.decode()
    assert "Jardin coopératif Beta" in html and "Jardin coopératif Alpha" not in html
    theme = Theme.objects.first()
    corpus["alpha"].themes.add(theme)
    corpus["alpha"].save()
    html = client.get(
        "/recherche/", {"q": "jardin", "theme": theme.slug}, HTTP_HOST="localhost"
    ).content.decode()
    assert "Jardin coopératif Alpha" in html and "Jardin coopératif Beta" not in html


@pytest.mark.django_db
def test_highlighted_excerpts_are_escaped(client, network_home):
    library = make_library(network_home)
    make_method(
        library,
        title="Atelier",
        slug="atelier",
        objective="La coopération <b>vraie</b> entre voisins.",
    )
    html = client.get("/recherche/", {"q": "coopération"}).content.decode()
    assert "<mark>coopération</mark>" in html
    assert "&lt;b&gt;vraie&lt;/b&gt;" in html


def test_highlight_is_accent_insensitive():
    from search.views import highlight

    assert (
        highlight("Des coopérations réussies", "cooperation")
        == "Des <mark>coopérations</mark> réussies"
    )
    assert highlight("Un élève", "eleve") == "Un <mark>élève</mark>"
    assert "<mark>" not in highlight("<script>", "script<") or "&lt;" in highlight(
        "<script>", "script"
    )


# Anonymous visitor, warm caches. Site and current territory (2), the view restrictions read
# once for every page type (1), one statement for every result type (1: the ranked, limited
# queries of methods, lessons, glossary, experiences, actors, events and pages joined with
# UNION ALL), the form's themes (1), site settings with their legal pages (1), the menu (2).
# The network adds the form's territory list (1); a territory site reads its root page
# instead (1), for its pages and events.
NETWORK_SEARCH_QUERIES = 9
TERRITORY_SEARCH_QUERIES = 9


def _count(client, params, host):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get("/recherche/", params, HTTP_HOST=host)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_search_page_query_count_does_not_grow_with_results(client, corpus):
    from network.models import Theme

    theme = Theme.objects.first()
    cases = [
        ({"q": "jardin"}, "localhost"),
        ({"q": "jardin"}, "alpha.localhost"),
        ({"q": "jardin", "theme": theme.slug}, "localhost"),
        ({"q": "jardin", "type": "actor"}, "localhost"),
        ({"q": "jardin", "territoire": "beta"}, "localhost"),
    ]
    for params, host in cases:
        client.get("/recherche/", params, HTTP_HOST=host)  # warm caches (site, settings)
    small = [_count(client, params, host) for params, host in cases]
    for n in range(12):
        actor = make_actor(corpus["territory_a"], f"Jardin numéro {n}")
        actor.themes.add(theme)
        make_actor(corpus["territory_b"], f"Jardin bis {n}")
        make_experience(corpus["territory_a"], f"Jardin {n}", summary="Un jardin.")
        ContentPageFactory(
            parent=corpus["territory_a"].site.root_page,
            title=f"Jardin page {n}",
            slug=f"jardin-{n}",
            no_revision=True,
        )
    for params, host in cases:
        client.get("/recherche/", params, HTTP_HOST=host)  # caches again (site root paths)
    large = [_count(client, params, host) for params, host in cases]
    assert large == small
    assert small[:2] == [NETWORK_SEARCH_QUERIES, TERRITORY_SEARCH_QUERIES]


@pytest.mark.django_db
def test_one_letter_gets_a_hint_without_searching(client, corpus):
    from django.test.utils import CaptureQueriesContext

    client.get("/recherche/", HTTP_HOST="localhost")  # warm caches (site, settings)
    with_form_only = _count(client, {}, "localhost")
    for q in ("x", "é", " j ", "a !"):
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/recherche/", {"q": q}, HTTP_HOST="localhost")
        assert response.status_code == 200, q
        html = response.content.decode()
        assert "Tapez au moins deux lettres ou chiffres" in html and 'role="status"' in html
        assert 'class="search-results"' not in html and "Jardin" not in html
        assert len(captured) == with_form_only  # no search statement at all
        assert f'value="{q.strip()}"' in html  # the box keeps what was typed
    response = client.get("/recherche/suggestions", {"q": "é"}, HTTP_HOST="localhost")
    assert response.status_code == 400


@pytest.mark.django_db
def test_two_characters_are_searched(client, corpus):
    make_actor(corpus["territory_a"], "Atelier 3D du quartier")
    html = client.get("/recherche/", {"q": "3D"}, HTTP_HOST="alpha.localhost").content.decode()
    assert "Tapez au moins" not in html
    assert "Atelier 3D du quartier" in html


def _described_actor(territory, name, description):
    actor = make_actor(territory, name)
    actor.description = description
    actor.save_revision().publish()
    return actor


@pytest.mark.django_db
def test_title_matches_come_first_in_each_group(client, corpus):
    # « Maison » comes first by title and by id: only the ranking puts « Verger » first.
    _described_actor(corpus["territory_a"], "Maison Alpha", "Près du verger communal.")
    _described_actor(corpus["territory_a"], "Verger Alpha", "Un verger.")
    html = client.get("/recherche/", {"q": "verger"}, HTTP_HOST="alpha.localhost").content.decode()
    group = html.split('id="group-actor"')[1]
    assert group.index("Verger Alpha") < group.index("Maison Alpha")
    assert "<mark>verger</mark>" in group


@pytest.mark.django_db
def test_a_published_change_is_searched_at_once(client, corpus):
    actor = corpus["alpha"]
    actor.name = "Verger solidaire"
    actor.save_revision().publish()
    experience = corpus["experience_a"]
    experience.summary = "Un potager collectif."
    experience.save_revision().publish()
    html = client.get("/recherche/", {"q": "verger"}, HTTP_HOST="alpha.localhost").content.decode()
    assert "Verger solidaire" in html
    html = client.get("/recherche/", {"q": "potager"}, HTTP_HOST="alpha.localhost").content.decode()
    assert "Jardin partagé du quartier" in html


@pytest.mark.django_db
def test_each_query_and_scope_gets_its_own_results(client, corpus):
    """PostgreSQL reuses the compiled statement of a scope and filters: only the query's
    parameters change. Same host and filters, other query; same query, other scope."""

    def titles(q, host, **params):
        html = client.get("/recherche/", {"q": q, **params}, HTTP_HOST=host).content.decode()
        return html.split('class="search-results"')[1]

    assert "Jardin coopératif Alpha" in titles("jardin", "alpha.localhost")
    second = titles("diagnostic", "alpha.localhost")
    assert "Diagnostic partagé" in second and "Jardin coopératif Alpha" not in second
    assert "Jardin coopératif Beta" in titles("jardin", "beta.localhost")
    assert "Jardin coopératif Alpha" not in titles("jardin", "beta.localhost")
    alpha = titles("jardin", "localhost", territoire="alpha")
    assert "Jardin coopératif Alpha" in alpha and "Jardin coopératif Beta" not in alpha
    beta = titles("jardin", "localhost", territoire="beta")
    assert "Jardin coopératif Beta" in beta and "Jardin coopératif Alpha" not in beta
    assert "Jardin de la page Beta" in titles("jardin", "localhost")
    PageViewRestrictionFactory(
        page=corpus["page_b"], restriction_type="password", password="secret"
    )
    assert "Jardin de la page Beta" not in titles("jardin", "localhost")


@pytest.mark.django_db
def test_pages_under_a_view_restriction_are_never_found(client, corpus):

    PageViewRestrictionFactory(
        page=corpus["page_b"], restriction_type="password", password="secret"
    )
    html = client.get("/recherche/", {"q": "jardin"}, HTTP_HOST="localhost").content.decode()
    assert "Jardin de la page Beta" not in html
    assert "Jardin coopératif Beta" in html  # the rest of the results is still there


@pytest.mark.django_db
def test_draft_changes_of_live_content_are_never_found(client, corpus):
    experience = corpus["experience_a"]
    experience.title = "Potager clandestin"
    experience.save_revision()  # a draft: the live version keeps its title
    actor = corpus["alpha"]
    actor.name = "Verger clandestin"
    actor.save_revision()
    for host in ("localhost", "alpha.localhost"):
        html = client.get("/recherche/", {"q": "clandestin"}, HTTP_HOST=host).content.decode()
        results = html.split('class="search-results"')[1]
        assert "clandestin" not in results and "0 résultat" in results
    html = client.get("/recherche/", {"q": "jardin"}, HTTP_HOST="alpha.localhost").content.decode()
    assert "Jardin partagé du quartier" in html and "Jardin coopératif Alpha" in html


@pytest.mark.django_db
def test_autocomplete(client, corpus):
    response = client.get("/recherche/suggestions", {"q": "jard"}, HTTP_HOST="alpha.localhost")
    assert response.status_code == 200
    data = json.loads(response.content)
    found = {item["title"] for item in data["results"]}
    assert "Jardin coopératif Alpha" in found
    assert "Jardin coopératif Beta" not in found and "Jardin caché" not in found
    assert len(data["results"]) <= 8
    assert all(item["url"] for item in data["results"])
    assert client.get("/recherche/suggestions", {"q": "j"}).status_code == 400
    assert client.get("/recherche/suggestions").status_code == 400
    assert client.get("/recherche/suggestions", {"q": "x" * 101}).status_code == 400


@pytest.mark.django_db
def test_bad_parameters_get_a_french_message_naming_them(client, corpus):
    cases = [
        ({"q": "jardin", "type": "inconnu"}, "Type :"),
        ({"q": "jardin", "theme": "pas-un-theme"}, "Thème :"),
        ({"q": "jardin", "territoire": "nulle-part"}, "Territoire :"),
        ({"q": "x" * 101}, "Le paramètre « q » compte 101 caractères : 100 au plus."),
        ({"q": "jar\x00din"}, "Le paramètre « q » contient un caractère de contrôle (U+0000)"),
        ({"q": "jardin", "type": ["page", "actor"]}, "Le paramètre « type » est donné 2 fois"),
    ]
    for params, message in cases:
        response = client.get("/recherche/", params, HTTP_HOST="localhost")
        assert response.status_code == 400, params
        html = response.content.decode()
        assert message in html and 'role="alert"' in html
        assert "Jardin coopératif" not in html
    # a territory site has no territory filter: the parameter is ignored there
    response = client.get(
        "/recherche/", {"q": "jardin", "territoire": "beta"}, HTTP_HOST="alpha.localhost"
    )
    assert response.status_code == 200 and "Jardin coopératif Alpha" in response.content.decode()
    assert client.get("/recherche/suggestions", {"q": "ja\x00"}).status_code == 400


@pytest.mark.django_db
def test_empty_query_shows_the_form(client, network_home):
    response = client.get("/recherche/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@postgres_only
@pytest.mark.django_db
def test_french_stemming_and_accents_on_postgresql(client, corpus):
    html = client.get("/recherche/", {"q": "coopérations"}).content.decode()
    assert "Diagnostic partagé" in html  # « coopération »
    html = client.get("/recherche/", {"q": "eleve"}).content.decode()
    assert "Diagnostic partagé" in html  # « élèves »
    html = client.get("/recherche/", {"q": "ÉLÈVES entreprise"}).content.decode()
    assert "Diagnostic partagé" in html


@pytest.mark.django_db
def test_projects_and_the_needs_of_the_board_are_found(client, corpus):
    """« forum alternance » finds the project and its territory's need; never a draft, an
    unapproved or filled need, nor another territory's on a territory's site."""
    html = client.get(
        "/recherche/", {"q": "forum alternance"}, HTTP_HOST="alpha.localhost"
    ).content.decode()
    assert 'id="group-project">Projets' in html and 'id="group-need">Besoins' in html
    assert f'href="{corpus["project_a"].url_path.removeprefix("/alpha")}"' in html
    assert f'href="/besoins/{corpus["need_a"].pk}/"' in html
    html = client.get("/recherche/", {"q": "forum"}, HTTP_HOST="alpha.localhost").content.decode()
    for hidden in ("brouillon", "à approuver", "déjà pourvu", "forum de Beta"):
        assert hidden not in html, hidden
    # On the network: every listed territory's needs, linked on their own site.
    html = client.get("/recherche/", {"q": "salle forum"}, HTTP_HOST="localhost").content.decode()
    assert f'href="http://alpha.localhost/besoins/{corpus["need_a"].pk}/"' in html
    assert "Une salle pour le forum de Beta" in html
    html = client.get(
        "/recherche/",
        {"q": "salle forum", "type": "need", "territoire": "beta"},
        HTTP_HOST="localhost",
    ).content.decode()
    assert "forum de Beta" in html and "forum de l’alternance" not in html
    found = client.get("/recherche/suggestions", {"q": "forum de"}, HTTP_HOST="alpha.localhost")
    assert [r["type"] for r in found.json()["results"]][:2] == ["project", "need"]
