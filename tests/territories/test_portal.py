"""The network host never answers a bare 404 for a territory's pages: /partenariats/,
/communes/ and /rejoindre/ say where they live and link to each listed territory's own page
(« Choisissez votre territoire »); /projets/ lists every listed territory's projects."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.services import INDEX_SLUG
from tests.projects.factories import ProjectPageFactory

NETWORK = "localhost"
PATHS = ["/partenariats/", "/communes/", "/rejoindre/"]

pytestmark = pytest.mark.django_db


@pytest.fixture
def territories(make_territory):
    return (
        make_territory("alpha", name="Alpha"),
        make_territory("beta", name="Beta"),
        make_territory("cache", name="Caché", is_listed=False),
    )


def territory_links(html):
    listing = re.search(r'<ul class="territory-choice"[^>]*>(.*?)</ul>', html, re.S)
    assert listing, "no list of territories"
    return dict(re.findall(r'<a href="([^"]+)">([^<]+)</a>', listing.group(1)))


@pytest.mark.parametrize("path", PATHS)
def test_network_host_lists_the_territories_with_a_link_to_that_page(client, territories, path):
    response = client.get(path, HTTP_HOST=NETWORK)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choisissez votre territoire" in html
    alpha, beta, _hidden = territories
    assert alpha.url.startswith("http://alpha.localhost")
    assert territory_links(html) == {alpha.url + path[1:]: "Alpha", beta.url + path[1:]: "Beta"}
    assert "Caché" not in html  # not listed on the network


@pytest.mark.parametrize("path", PATHS)
def test_each_link_answers_on_the_territory_host(client, territories, path):
    html = client.get(path, HTTP_HOST=NETWORK).content.decode()
    for url in territory_links(html):
        host, _, rest = url.removeprefix("http://").partition("/")
        response = client.get("/" + rest, HTTP_HOST=host.split(":")[0])
        assert response.status_code == 200, url


def test_the_page_costs_the_same_queries_for_any_number_of_territories(
    client, territories, make_territory
):
    client.get("/rejoindre/", HTTP_HOST=NETWORK)  # warm Wagtail's caches
    with CaptureQueriesContext(connection) as few:
        client.get("/rejoindre/", HTTP_HOST=NETWORK)
    for index in range(3):
        make_territory(f"autre{index}", name=f"Autre {index}")
    client.get("/rejoindre/", HTTP_HOST=NETWORK)
    with CaptureQueriesContext(connection) as many:
        client.get("/rejoindre/", HTTP_HOST=NETWORK)
    assert len(many) == len(few)
    listing = [q for q in many.captured_queries if 'FROM "territories_territory"' in q["sql"]]
    assert len(listing) <= 2


def test_territory_hosts_keep_their_own_pages(client, territories):
    assert client.get(f"/{INDEX_SLUG}/", HTTP_HOST="alpha.localhost").status_code == 200
    html = client.get("/rejoindre/", HTTP_HOST="alpha.localhost").content.decode()
    assert "Choisissez votre territoire" not in html


def test_a_post_to_the_network_sign_up_is_refused(client, territories):
    assert client.post("/rejoindre/", {}, HTTP_HOST=NETWORK).status_code == 405


def test_other_paths_still_answer_404_on_the_network(client, territories):
    assert client.get("/rejoindre/merci/", HTTP_HOST=NETWORK).status_code == 404
    assert client.get("/nulle-part/", HTTP_HOST=NETWORK).status_code == 404


def project_links(html):
    return re.findall(r'<h3><a href="([^"]+)">([^<]+)</a></h3>', html)


def test_network_projects_lists_every_listed_territorys_projects(client, territories):
    alpha, beta, hidden = territories
    ProjectPageFactory(territory=alpha, title="Jardin d’Alpha", themes=["tiers-lieux-et-dialogue"])
    ProjectPageFactory(territory=beta, title="Atelier de Beta")
    ProjectPageFactory(territory=hidden, title="Projet caché")
    ProjectPageFactory(territory=alpha, title="Brouillon d’Alpha", draft=True)
    response = client.get("/projets/", HTTP_HOST=NETWORK)
    assert response.status_code == 200
    links = {title: url for url, title in project_links(response.content.decode())}
    assert set(links) == {"Jardin d’Alpha", "Atelier de Beta"}
    assert links["Atelier de Beta"].startswith("http://beta.localhost/projets/")
    assert "· Beta" in response.content.decode()  # each card names its territory

    only_alpha = client.get("/projets/", {"territoire": "alpha"}, HTTP_HOST=NETWORK)
    assert [title for _url, title in project_links(only_alpha.content.decode())] == [
        "Jardin d’Alpha"
    ]
    themed = client.get("/projets/", {"theme": "tiers-lieux-et-dialogue"}, HTTP_HOST=NETWORK)
    assert [title for _url, title in project_links(themed.content.decode())] == ["Jardin d’Alpha"]
    refused = client.get("/projets/", {"territoire": "cache"}, HTTP_HOST=NETWORK)
    assert refused.status_code == 400
    assert "Territoire : cette valeur n’existe pas" in refused.content.decode()
    # A territory's own /projets/ is still its project index.
    own = client.get("/projets/", HTTP_HOST="alpha.localhost").content.decode()
    assert [title for _url, title in project_links(own)] == ["Jardin d’Alpha"]


def test_network_projects_costs_the_same_queries_for_more_territories(
    client, territories, make_territory
):
    alpha, beta, _hidden = territories
    ProjectPageFactory(territory=alpha)
    client.get("/projets/", HTTP_HOST=NETWORK)
    with CaptureQueriesContext(connection) as few:
        client.get("/projets/", HTTP_HOST=NETWORK)
    for index in range(3):
        ProjectPageFactory(territory=make_territory(f"autre{index}", name=f"Autre {index}"))
    client.get("/projets/", HTTP_HOST=NETWORK)
    with CaptureQueriesContext(connection) as many:
        client.get("/projets/", HTTP_HOST=NETWORK)
    assert len(many) == len(few)
    assert len(project_links(client.get("/projets/", HTTP_HOST=NETWORK).content.decode())) == 4
