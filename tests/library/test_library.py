import pytest

from library.glossary import link_terms
from library.models import MethodPage
from tests.module_data import shared_territories

from ..conftest import PASSWORD
from .helpers import make_lesson, make_library, make_method, make_term

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def library(network_home):
    return make_library(network_home)


@pytest.mark.django_db
def test_method_sheet_steps_add_up(library):
    method = make_method(library)
    assert method.steps_minutes == 18
    assert [step.value["duration"] for step in method.steps] == [3, 12, 3]


@pytest.mark.django_db
def test_same_library_content_on_two_territory_hosts(client, library, territory_a, territory_b):
    make_method(library)
    make_lesson(
        library,
        "Catalyser n’est pas opérer",
        "catalyser",
        "Le catalyseur ne pilote pas les projets.",
    )
    network = client.get("/bibliotheque/brainstorming-3-12-3/", HTTP_HOST="localhost")
    alpha = client.get("/bibliotheque/brainstorming-3-12-3/", HTTP_HOST="alpha.localhost")
    beta = client.get("/bibliotheque/brainstorming-3-12-3/", HTTP_HOST="beta.localhost")
    for response in (network, alpha, beta):
        assert response.status_code == 200
        html = response.content.decode()
        assert "Brainstorming 3-12-3" in html
        assert "Faire émerger beaucoup" in html
        # canonical: the network's URL, on every host
        assert (
            '<link rel="canonical" href="http://localhost/bibliotheque/brainstorming-3-12-3/">'
            in html
        )
    # each host keeps its own branding
    assert ">Alpha<" in alpha.content.decode()
    assert ">Beta<" in beta.content.decode()
    index = client.get("/bibliotheque/", HTTP_HOST="alpha.localhost").content.decode()
    assert 'href="/bibliotheque/catalyser/"' in index
    assert 'href="/bibliotheque/brainstorming-3-12-3/"' in index
    # one page only: no copy was made
    assert MethodPage.objects.count() == 1


@pytest.mark.django_db
def test_library_drafts_and_unknown_paths_are_404(client, library, territory_a):
    make_method(library, title="Brouillon", slug="brouillon", live=False)
    assert client.get("/bibliotheque/brouillon/", HTTP_HOST="alpha.localhost").status_code == 404
    assert client.get("/bibliotheque/rien/", HTTP_HOST="alpha.localhost").status_code == 404
    assert client.get("/bibliotheque/brouillon/", HTTP_HOST="localhost").status_code == 404


@pytest.mark.django_db
def test_territory_editor_cannot_edit_the_library(client, library, editor_a, network_editor):
    method = make_method(library)
    client.login(username=editor_a.username, password=PASSWORD)
    for url in (
        f"/admin/pages/{method.pk}/edit/",
        f"/admin/pages/add/library/methodpage/{library.pk}/",
        f"/admin/pages/{method.pk}/delete/",
    ):
        response = client.get(url, HTTP_HOST="alpha.localhost")
        assert response.status_code in (403, 404), url
    response = client.post(
        f"/admin/pages/{method.pk}/edit/", {"title": "Piraté"}, HTTP_HOST="alpha.localhost"
    )
    assert response.status_code in (403, 404)
    method.refresh_from_db()
    assert method.title == "Brainstorming 3-12-3"
    client.logout()
    client.login(username=network_editor.username, password=PASSWORD)
    assert client.get(f"/admin/pages/{method.pk}/edit/").status_code == 200


@pytest.mark.django_db
def test_glossary_links_first_occurrence_and_escapes(library):
    make_term("tiers-lieu", "tiers-lieu")
    make_term("PTCE", "ptce")
    html = link_terms("Un tiers-lieu <b>et</b> un PTCE ; le tiers-lieu encore, et ptce.")
    assert html.count('href="/bibliotheque/#terme-tiers-lieu"') == 1
    assert html.count('href="/bibliotheque/#terme-ptce"') == 1
    assert "&lt;b&gt;et&lt;/b&gt;" in html
    assert "<b>" not in html


@pytest.mark.django_db
def test_glossary_links_on_a_method_page(client, library):
    make_term("tiers-lieu", "tiers-lieu", "Un lieu partagé.")
    make_method(library, objective="Réunir les acteurs dans un tiers-lieu <script>.")
    html = client.get("/bibliotheque/brainstorming-3-12-3/").content.decode()
    assert '<a class="glossary-link" href="/bibliotheque/#terme-tiers-lieu">tiers-lieu</a>' in html
    assert "&lt;script&gt;" in html
    index = client.get("/bibliotheque/").content.decode()
    assert 'id="terme-tiers-lieu"' in index


@pytest.mark.django_db
def test_experiences_that_used_a_method(client, library, territory_a):
    from experiences.models import Method
    from tests.experiences.conftest import make_experience

    linked = Method.objects.get(slug="brainstorming-3-12-3")
    method = make_method(library, experience_method=linked)
    used = make_experience(territory_a, "Forum des idées", methods=["brainstorming-3-12-3"])
    make_experience(
        territory_a, "Brouillon d’atelier", methods=["brainstorming-3-12-3"], publish=False
    )
    make_experience(territory_a, "Autre chose", methods=["recherche-action"])
    assert list(method.used_by_experiences()) == [used]
    assert linked.library_page == method
    html = client.get(
        "/bibliotheque/brainstorming-3-12-3/", HTTP_HOST="alpha.localhost"
    ).content.decode()
    assert "Forum des idées" in html
    assert "Brouillon d’atelier" not in html and "Autre chose" not in html
    assert list(make_method(library, title="Autre", slug="autre").used_by_experiences()) == []


@pytest.mark.django_db
def test_only_the_network_team_edits_the_glossary(client, editor_a, network_editor):
    term = make_term("PTCE", "ptce")
    client.login(username=editor_a.username, password=PASSWORD)
    for url in (
        "/admin/snippets/library/glossaryterm/",
        "/admin/snippets/library/glossaryterm/add/",
        f"/admin/snippets/library/glossaryterm/edit/{term.pk}/",
    ):
        assert client.get(url, HTTP_HOST="alpha.localhost").status_code in (302, 403, 404), url
    client.logout()
    client.login(username=network_editor.username, password=PASSWORD)
    assert client.get("/admin/snippets/library/glossaryterm/add/").status_code == 200
    response = client.post(
        f"/admin/snippets/library/glossaryterm/edit/{term.pk}/",
        {
            "term": "PTCE",
            "slug": "ptce",
            "definition": "Pôle territorial de coopération économique.",
        },
    )
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.definition.startswith("Pôle")


@pytest.mark.django_db
def test_territory_home_features_chosen_library_items(client, library, territory_a, territory_b):
    method = make_method(library)
    lesson = make_lesson(library, "Ancrage", "ancrage", "Pas d’innovation sans racines.")
    home = territory_a.site.root_page.specific
    home.featured_library = [("item", lesson), ("item", method)]
    home.save_revision().publish()
    html = client.get("/", HTTP_HOST="alpha.localhost").content.decode()
    assert 'href="/bibliotheque/brainstorming-3-12-3/"' in html
    assert 'href="/bibliotheque/ancrage/"' in html
    other = client.get("/", HTTP_HOST="beta.localhost").content.decode()
    assert "À la une de la bibliothèque" not in other


@pytest.mark.django_db
def test_lesson_title_is_its_own_and_its_number_a_kicker(client, library):
    make_lesson(library, "Ancrage", "ancrage", "Pas d’innovation sans racines.", number=3)
    html = client.get("/bibliotheque/ancrage/", HTTP_HOST="localhost").content.decode()
    assert "<h1>Ancrage</h1>" in html
    assert '<p class="library__kicker">Enseignement n° 3</p>' in html
