"""The partnership view: who works with whom through live projects and experiences.

Territory page (``/partenariats/``, filters), its JSON for the drawing, the actor's and the
project's includes; drafts, other territories and private fields never show; query counts
stay the same as actors and links multiply.
"""

import json
from urllib.parse import quote

import pytest

from actors.models import Actor
from experiences.models import ExperiencePage
from territories.models import Territory
from tests.actors.factories import ActorFactory
from tests.experiences.factories import ExperiencePageFactory
from tests.module_data import shared_territories
from tests.network.factories import PageViewRestrictionFactory, ThemeFactory
from tests.projects.factories import ProjectPageFactory
from tests.territories.factories import CommuneFactory

ALPHA = "alpha.localhost"
PRIVATE_MARKERS = ["NOTE-PRIVEE-ACTEUR", "referente-privee@exemple.fr", "porteur-prive@exemple.fr"]


def make_actor(territory, name, *, live=True, commune="", kind="association", themes=()):
    """A published actor with private fields; ``live=False``: a row never published."""
    return ActorFactory(
        territory=territory,
        name=name,
        kind=kind,
        commune_insee=commune,
        themes=themes,
        private_notes="NOTE-PRIVEE-ACTEUR",
        private_contact_email="referente-privee@exemple.fr",
        **({} if live else {"live": False, "no_revision": True}),
    )


def make_project(territory, title, *, partners=(), communes=(), themes=(), publish=True, **kw):
    """A project under the territory's index; ``partners``: actors (role « partenaire »)."""
    return ProjectPageFactory(
        territory=territory,
        title=title,
        summary=kw.pop("summary", f"Résumé de {title}"),
        lead_name=kw.pop("lead_name", "Porteur public"),
        lead_email="porteur-prive@exemple.fr",
        partners=partners,
        communes=list(communes),
        themes=themes,
        draft=not publish,
        **kw,
    )


def make_experience(territory, title, *, actors=(), publish=True, commune_codes=""):
    return ExperiencePageFactory(
        territory=territory,
        title=title,
        summary=f"Résumé de {title}",
        commune_codes=commune_codes,
        actors=actors,
        draft=not publish,
    )


def add_commune(territory, insee, name, **fields):
    return CommuneFactory(territory=territory, insee_code=insee, name=name, **fields)


# The network, Alpha and Beta, and the world below: built once for the module; each test
# runs in a savepoint of its own.
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture(scope="module")
def built_world(module_territories, django_db_blocker):
    with django_db_blocker.unblock():
        alpha = Territory.objects.get(pk=module_territories.alpha)
        beta = Territory.objects.get(pk=module_territories.beta)
        return build_world(alpha, beta)


@pytest.fixture
def world(built_world, db):
    return built_world


def build_world(territory_a, territory_b):
    """Alpha: Ana, Bruno, Chloé linked through a live project and a live experience; Dora
    only in a draft project; a draft actor in the live project; Beta's actor in Beta's
    project with Ana (another territory's action)."""
    ThemeFactory(slug="emploi", name="Emploi")
    charenton = add_commune(territory_a, "94018", "Charenton-le-Pont", population=30000)
    vincennes = add_commune(territory_a, "94080", "Vincennes")
    add_commune(territory_b, "13001", "Aix-en-Provence")
    ana = make_actor(territory_a, "Ana Asso", commune="94018", themes=["emploi"])
    bruno = make_actor(territory_a, "Bruno Entreprise", commune="94018", kind="entreprise")
    chloe = make_actor(territory_a, "Chloé Collège", commune="94080", themes=["emploi"])
    dora = make_actor(territory_a, "Dora Draftée")
    hidden = make_actor(territory_a, "Acteur Brouillon Caché", live=False)
    renamed = make_actor(territory_a, "Nom Publié")
    renamed.name = "Nom En Brouillon"
    renamed.save_revision()  # a pending draft: the public name stays « Nom Publié »
    beta_actor = make_actor(territory_b, "Acteur de Beta")
    project = make_project(
        territory_a,
        "Stages au collège",
        partners=[ana, bruno, hidden, renamed],
        communes=[charenton],
        themes=["emploi"],
    )
    make_project(territory_a, "Projet en brouillon", partners=[dora, ana], publish=False)
    experience = make_experience(territory_a, "Forum des métiers", actors=[ana, bruno, chloe])
    make_project(territory_b, "Projet de Beta", partners=[beta_actor, ana])
    return {
        "charenton": charenton,
        "vincennes": vincennes,
        "ana": ana,
        "bruno": bruno,
        "chloe": chloe,
        "dora": dora,
        "renamed": renamed,
        "project": project,
        "experience": experience,
    }


def names(graph):
    return {node.name for node in graph.nodes}


def test_graph_edges_and_weights(rf, world, territory_a):
    from projects.partnerships import build_graph, territory_actors

    graph = build_graph(territory_a, territory_actors(territory_a))
    assert names(graph) == {"Ana Asso", "Bruno Entreprise", "Chloé Collège", "Nom Publié"}
    edges = {(s.name, t.name): (w, p, e) for s, t, w, p, e in graph.edges}
    # Ana and Bruno: the project and the experience.
    assert edges[("Ana Asso", "Bruno Entreprise")] == (2, 1, 1)
    assert edges[("Ana Asso", "Chloé Collège")] == (1, 0, 1)
    assert edges[("Bruno Entreprise", "Chloé Collège")] == (1, 0, 1)
    assert edges[("Ana Asso", "Nom Publié")] == (1, 1, 0)
    assert len(edges) == 5  # Nom Publié with Ana and Bruno too; none with Dora
    ana = next(node for node in graph.nodes if node.name == "Ana Asso")
    together = {partner.name: [a.title for a in actions] for partner, actions in ana.partners}
    assert together["Bruno Entreprise"] == ["Forum des métiers", "Stages au collège"]


def test_territory_page_lists_who_works_with_whom(client, world):
    response = client.get("/partenariats/", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ana Asso" in content and "Chloé Collège" in content
    assert "Stages au collège" in content and "Forum des métiers" in content
    assert 'data-graph-url="/partenariats/graphe.json?"' in content
    # The actions link to their live pages, the actors to their cards.
    assert f'href="/projets/{quote(world["project"].slug)}/"' in content
    assert f'href="/acteurs/{world["ana"].slug}/"' in content


@pytest.mark.parametrize("path", ["/partenariats/", "/partenariats/graphe.json"])
def test_drafts_other_territories_and_private_fields_never_show(client, world, path):
    content = client.get(path, HTTP_HOST=ALPHA).content.decode()
    assert "Ana Asso" in content
    for hidden in [
        "Dora Draftée",
        "Acteur Brouillon Caché",
        "Nom En Brouillon",
        "Projet en brouillon",
        "Acteur de Beta",
        "Projet de Beta",
    ]:
        assert hidden not in content, hidden
    for marker in PRIVATE_MARKERS:
        assert marker not in content, marker


def test_json_is_cytoscape_elements(client, world):
    response = client.get("/partenariats/graphe.json", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    data = response.json()
    labels = {node["data"]["label"] for node in data["nodes"]}
    assert labels == {"Ana Asso", "Bruno Entreprise", "Chloé Collège", "Nom Publié"}
    ana = f"a{world['ana'].pk}"
    bruno = f"a{world['bruno'].pk}"
    edge = next(
        e["data"]
        for e in data["edges"]
        if {e["data"]["source"], e["data"]["target"]} == {ana, bruno}
    )
    assert edge["weight"] == 2
    assert set(data["nodes"][0]["data"]) == {"id", "label", "kind", "url", "degree"}


def test_filters_by_theme_and_commune(client, world):
    data = client.get("/partenariats/graphe.json?theme=emploi", HTTP_HOST=ALPHA).json()
    assert {n["data"]["label"] for n in data["nodes"]} == {"Ana Asso", "Chloé Collège"}
    data = client.get("/partenariats/graphe.json?commune=94018", HTTP_HOST=ALPHA).json()
    assert {n["data"]["label"] for n in data["nodes"]} == {"Ana Asso", "Bruno Entreprise"}
    data = client.get(
        "/partenariats/graphe.json?commune=94018&theme=emploi", HTTP_HOST=ALPHA
    ).json()
    assert data == {"nodes": [], "edges": [], "total_edges": 0, "hidden_edges": 0}
    response = client.get("/partenariats/?commune=94080&theme=emploi", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    assert "Aucun partenariat publié" in response.content.decode()


@pytest.mark.parametrize(
    "query, field, message",
    [
        ("theme=inconnu", "theme", "Thème : « inconnu » ne fait pas partie des thèmes proposés."),
        (
            "commune=13001",
            "commune",
            "Commune : Aucune commune du territoire ne correspond à « 13001 »",
        ),
        ("commune=123456", "commune", "Commune : Aucune commune du territoire ne correspond"),
        ("theme=a&theme=b", "theme", "Thème : Le paramètre « theme » est donné 2 fois"),
    ],
)
def test_invalid_filters_are_refused_in_french(client, world, query, field, message):
    response = client.get(f"/partenariats/graphe.json?{query}", HTTP_HOST=ALPHA)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {field}
    assert errors[field].startswith(message)
    page = client.get(f"/partenariats/?{query}", HTTP_HOST=ALPHA)
    assert page.status_code == 400
    assert 'role="alert"' in page.content.decode()


def test_control_characters_are_refused_before_the_view(client, world):
    response = client.get("/partenariats/graphe.json?theme=%00", HTTP_HOST=ALPHA)
    assert response.status_code == 400
    assert response.json()["parameter"] == "theme"
    assert "caractère de contrôle (U+0000)" in response.json()["error"]
    page = client.get("/partenariats/?theme=%00", HTTP_HOST=ALPHA)
    assert page.status_code == 400
    assert "Le paramètre « theme » contient un caractère de contrôle" in page.content.decode()


def test_network_host_has_no_partnership_page(client, world):
    # The page says where partnerships live (tests/territories/test_portal.py); no graph.
    page = client.get("/partenariats/", HTTP_HOST="localhost")
    assert page.status_code == 200 and "Choisissez votre territoire" in page.content.decode()
    assert client.get("/partenariats/graphe.json", HTTP_HOST="localhost").status_code == 404


def test_actor_include_lists_its_partners(rf, world):
    from django.template.loader import render_to_string

    request = rf.get("/", HTTP_HOST=ALPHA)
    html = render_to_string(
        "projects/includes/partnerships_actor.html", {"actor": world["chloe"]}, request=request
    )
    assert "Avec qui il agit" in html
    assert "Ana Asso" in html and "Bruno Entreprise" in html and "Forum des métiers" in html
    data = json.loads(
        html.split('id="graphe-acteur-donnees" type="application/json">')[1].split("</script>")[0]
    )
    # Chloé's circle: Chloé and whom she shares an action with (and their links).
    assert {n["data"]["label"] for n in data["nodes"]} == {
        "Ana Asso",
        "Bruno Entreprise",
        "Chloé Collège",
    }
    for marker in PRIVATE_MARKERS + ["Dora Draftée", "Acteur de Beta"]:
        assert marker not in html
    # An actor without partners: nothing at all.
    assert (
        render_to_string(
            "projects/includes/partnerships_actor.html", {"actor": world["dora"]}, request=request
        ).strip()
        == ""
    )


def test_project_include_shows_its_partners(rf, world):
    from django.template.loader import render_to_string

    request = rf.get("/", HTTP_HOST=ALPHA)
    html = render_to_string(
        "projects/includes/partnerships_project.html", {"page": world["project"]}, request=request
    )
    assert "Ana Asso" in html and "Bruno Entreprise" in html and "Nom Publié" in html
    assert "Chloé Collège" not in html  # in the experience, not a partner of the project
    for marker in PRIVATE_MARKERS + ["Acteur Brouillon Caché", "Dora Draftée"]:
        assert marker not in html


def grow(territory, commune, count):
    """``count`` more live actors in the commune, two by two in live projects and all in one
    live experience."""
    actors = [
        make_actor(territory, f"Acteur Supplémentaire {i}", commune=commune.insee_code)
        for i in range(count)
    ]
    for i in range(0, count - 1, 2):
        make_project(
            territory, f"Projet Supplémentaire {i}", partners=actors[i : i + 2], communes=[commune]
        )
    make_experience(
        territory, "Expérience Supplémentaire", actors=actors, commune_codes=commune.insee_code
    )
    return actors


# Site and territory, themes, communes, edges (one aggregated query), links; the page adds
# the layout's own (site identity, menu, legal pages).
@pytest.mark.parametrize("path, queries", [("/partenariats/", 8), ("/partenariats/graphe.json", 5)])
def test_query_count_does_not_grow_with_actors(
    client, world, territory_a, path, queries, django_assert_num_queries
):
    client.get(path, HTTP_HOST=ALPHA)  # warm the caches (site root paths)
    with django_assert_num_queries(queries):
        assert client.get(path, HTTP_HOST=ALPHA).status_code == 200
    grow(territory_a, world["charenton"], 12)
    client.get(path, HTTP_HOST=ALPHA)
    with django_assert_num_queries(queries):
        response = client.get(path, HTTP_HOST=ALPHA)
    if path.endswith(".json"):
        labels = {node["data"]["label"] for node in response.json()["nodes"]}
        assert "Acteur Supplémentaire 11" in labels
    else:
        assert "Acteur Supplémentaire 11" in response.content.decode()


def test_actor_include_query_count_is_constant(rf, world, territory_a, django_assert_num_queries):
    from django.template.loader import render_to_string

    request = rf.get("/", HTTP_HOST=ALPHA)
    context = {"actor": world["ana"]}
    render_to_string("projects/includes/partnerships_actor.html", context, request=request)
    with django_assert_num_queries(2):
        render_to_string("projects/includes/partnerships_actor.html", context, request=request)
    grow(territory_a, world["charenton"], 6)
    make_project(
        territory_a,
        "Avec Ana",
        partners=[world["ana"], *Actor.objects.filter(name__startswith="Acteur Supp")],
    )
    with django_assert_num_queries(2):
        html = render_to_string(
            "projects/includes/partnerships_actor.html", context, request=request
        )
    assert "Acteur Supplémentaire 5" in html


def test_graph_is_capped_to_the_strongest_partnerships(client, world, monkeypatch):
    """Past ``MAX_EDGES`` partnerships, the strongest are drawn and listed, and a French
    note says how many are left out and points to the filters."""
    from projects import partnerships

    monkeypatch.setattr(partnerships, "MAX_EDGES", 1)
    data = client.get("/partenariats/graphe.json", HTTP_HOST=ALPHA).json()
    assert len(data["edges"]) == 1 and data["total_edges"] == 5 and data["hidden_edges"] == 4
    # The strongest: Ana and Bruno share a project and an experience.
    assert {n["data"]["label"] for n in data["nodes"]} == {"Ana Asso", "Bruno Entreprise"}
    assert data["edges"][0]["data"]["weight"] == 2

    content = client.get("/partenariats/", HTTP_HOST=ALPHA).content.decode()
    assert "4 autres partenariats non affichés" in content
    assert 'href="#filtre-theme"' in content and 'id="filtre-theme"' in content
    assert "Chloé Collège" not in content.split("Liste des partenariats")[1]
    # The filters reach the others: Chloé's partnerships through the Vincennes filter.
    data = client.get("/partenariats/graphe.json?theme=emploi", HTTP_HOST=ALPHA).json()
    assert {n["data"]["label"] for n in data["nodes"]} == {"Ana Asso", "Chloé Collège"}
    assert data["hidden_edges"] == 0

    monkeypatch.setattr(partnerships, "MAX_EDGES", 150)
    content = client.get("/partenariats/", HTTP_HOST=ALPHA).content.decode()
    assert "non affiché" not in content


def test_actor_circle_keeps_the_actors_own_partnerships_first(rf, world, monkeypatch):
    from django.template.loader import render_to_string

    from projects import partnerships

    monkeypatch.setattr(partnerships, "MAX_EDGES", 2)
    request = rf.get("/", HTTP_HOST=ALPHA)
    context = partnerships.actor_partnerships(world["chloe"], request)
    edges = {(s.name, t.name) for s, t, *_rest in context["graph"].edges}
    # Chloé's two partnerships, though Ana and Bruno's (weight 2) is stronger.
    assert edges == {("Ana Asso", "Chloé Collège"), ("Bruno Entreprise", "Chloé Collège")}
    html = render_to_string(
        "projects/includes/partnerships_actor.html", {"actor": world["chloe"]}, request=request
    )
    assert "autre partenariat non affiché" in html


def test_capped_graph_query_count_is_constant(
    client, world, territory_a, monkeypatch, django_assert_num_queries
):
    from projects import partnerships

    monkeypatch.setattr(partnerships, "MAX_EDGES", 3)
    grow(territory_a, world["charenton"], 12)
    client.get("/partenariats/graphe.json", HTTP_HOST=ALPHA)
    with django_assert_num_queries(5):
        data = client.get("/partenariats/graphe.json", HTTP_HOST=ALPHA).json()
    assert len(data["edges"]) == 3 and data["hidden_edges"] > 3


def test_actor_card_lists_its_live_public_experiences_and_projects(client, world):
    from wagtail.models import PageViewRestriction

    ana, dora = world["ana"], world["dora"]
    reserved = make_experience(world["ana"].territory, "Expérience réservée", actors=[ana])
    PageViewRestrictionFactory(page=reserved, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(f"/acteurs/{ana.slug}/", HTTP_HOST=ALPHA).content.decode()
    section = html.split('<section class="actor-actions"')[1].split("</section>")[0]
    experiences, projects = section.split("<h3>Projets</h3>")
    forum = ExperiencePage.objects.get(title="Forum des métiers")
    assert forum.slug == "forum-des-metiers"  # no accents in addresses
    assert '<a href="/experiences/forum-des-metiers/">Forum des métiers</a> – acteur' in experiences
    assert experiences.count("<li>") == 1  # not the restricted one
    # Its own territory's project on this host; Beta's project on Beta's site.
    assert '<a href="/projets/stages-au-college/">Stages au collège</a> – partenaire' in projects
    assert '<a href="http://beta.localhost/projets/projet-de-beta/">Projet de Beta</a>' in projects
    assert projects.count("<li>") == 2  # not the draft project
    for marker in [*PRIVATE_MARKERS, "Projet en brouillon", "Expérience réservée"]:
        assert marker not in section
    # Dora is only in a draft project: no section at all.
    html = client.get(f"/acteurs/{dora.slug}/", HTTP_HOST=ALPHA).content.decode()
    assert 'class="actor-actions"' not in html
