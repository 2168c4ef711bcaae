"""Page routing in one query for the path (network/routing.py) serves what Wagtail would."""

import pytest

from experiences.services import experience_index
from tests.experiences.conftest import make_experience

pytestmark = pytest.mark.django_db

ALPHA = "alpha.localhost"


@pytest.fixture
def experience(territory_a):
    return make_experience(territory_a, "Jardins partagés")


def test_pages_sub_routes_and_missing_pages(client, experience, territory_a):
    index = experience_index(territory_a)
    draft = make_experience(territory_a, "Brouillon", publish=False)
    assert client.get(experience.url, HTTP_HOST=ALPHA).status_code == 200
    assert client.get(index.url, HTTP_HOST=ALPHA).status_code == 200
    assert client.get(index.url + "flux-rss/", HTTP_HOST=ALPHA).status_code == 200
    assert client.get("/", HTTP_HOST=ALPHA).status_code == 200
    assert client.get(f"/experiences/{draft.slug}/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get("/experiences/inconnue/", HTTP_HOST=ALPHA).status_code == 404
    assert client.get(experience.url + "plus-loin/", HTTP_HOST=ALPHA).status_code == 404
    # Another territory's page is not reachable through this host's tree.
    assert client.get(experience.url, HTTP_HOST="beta.localhost").status_code == 404


def test_breadcrumbs_come_from_the_route(client, experience):
    response = client.get(experience.url, HTTP_HOST=ALPHA)
    breadcrumbs = response.content.decode().split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert '<a href="/experiences/">' in breadcrumbs
    assert "Jardins partagés" in breadcrumbs
