"""In development (``DEBUG`` on, ``config.settings.dev``) errors still get the site's own French
pages, and what other middleware answers (a refused parameter's 400) stays theirs."""

import pytest

from django.conf import settings

from tests.module_data import shared_territories

network_home, territory_a, territory_b = shared_territories()

DEV_MIDDLEWARE = ["network.error_pages.OwnErrorPagesMiddleware", *settings.MIDDLEWARE]


@pytest.fixture
def development(settings):
    settings.DEBUG = True
    settings.MIDDLEWARE = DEV_MIDDLEWARE


def test_a_missing_page_gets_the_sites_own_404(client, development, territory_a):
    response = client.get("/page-absente/", HTTP_HOST="alpha.localhost")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page introuvable</h1>" in html and "Alpha" in html
    assert "technical" not in html.lower() and "Django" not in html


def test_a_refused_parameter_keeps_its_400(client, development, territory_a):
    response = client.get("/carte/?zoom=%C2%B2", HTTP_HOST="alpha.localhost")
    assert response.status_code == 400
    assert "zoom" in response.content.decode()
