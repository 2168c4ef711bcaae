"""View restrictions read once per public request (network/restrictions.py) still apply to
the restricted page, its descendants and every listing."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from experiences.services import experience_index, network_experiences_provision
from tests.experiences.conftest import make_experience
from tests.module_data import shared_territories
from tests.network.factories import PageViewRestrictionFactory

pytestmark = pytest.mark.django_db

ALPHA = "alpha.localhost"
BETA = "beta.localhost"


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def restricted(territory_a, territory_b):
    """Alpha's experiences sit behind a login restriction, Beta's do not."""
    network_experiences_provision()
    hidden = make_experience(territory_a, "Expérience réservée")
    shown = make_experience(territory_b, "Expérience ouverte")
    PageViewRestrictionFactory(
        page=experience_index(territory_a), restriction_type=PageViewRestriction.LOGIN
    )
    return hidden, shown


def test_restricted_page_and_its_descendants_ask_for_a_login(client, restricted):
    hidden, shown = restricted
    for path in ("/experiences/", hidden.url):
        response = client.get(path, HTTP_HOST=ALPHA)
        assert response.status_code == 302 and "/login/" in response["Location"], path
    assert client.get(shown.url, HTTP_HOST=BETA).status_code == 200


def test_listings_leave_restricted_pages_out(client, restricted):
    content = client.get("/experiences/", HTTP_HOST="localhost").content.decode()
    assert "Expérience ouverte" in content
    assert "Expérience réservée" not in content


def test_a_public_page_reads_the_restrictions_once(client, restricted):
    _hidden, shown = restricted
    client.get(shown.url, HTTP_HOST=BETA)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(shown.url, HTTP_HOST=BETA).status_code == 200
    reads = [q["sql"] for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]
    assert len(reads) == 1, reads
