"""The anonymous page cache (network/caching): hits cost no SQL query, a published change is
visible at once, invalidation is per site, editors, previews, forms and cookies are never
cached, and a cache outage degrades to uncached pages instead of errors."""

import pytest

from django.core.cache import cache
from django.test import override_settings

from wagtail.models import Site

from network.caching.page_cache import HEADER
from network.models import SiteIdentity, Theme
from tests.actors.test_map_page import make_actor
from tests.module_data import shared_territories
from tests.network.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def page_cache(settings):
    """The cache on, and empty: entries of earlier tests outlive their rollback."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def alpha_page(territory_a):
    return ContentPageFactory(
        parent=territory_a.site.root_page, title="La démarche", slug="la-demarche"
    )


def get(client, host, path="/", **extra):
    return client.get(path, headers={"host": host}, **extra)


def test_second_anonymous_request_is_a_hit_without_sql(
    client, page_cache, territory_a, django_assert_num_queries
):
    first = get(client, "alpha.localhost")
    assert first.status_code == 200
    assert first[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = get(client, "alpha.localhost")
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_head_is_served_from_the_entry_without_a_body(client, page_cache, territory_a):
    get(client, "alpha.localhost")
    response = client.head("/", headers={"host": "alpha.localhost"})
    assert response[HEADER] == "hit"
    assert response.content == b""


def test_published_change_is_visible_at_once(client, page_cache, alpha_page):
    assert "La démarche" in get(client, "alpha.localhost", "/la-demarche/").text
    assert get(client, "alpha.localhost", "/la-demarche/")[HEADER] == "hit"

    alpha_page.title = "Notre démarche partagée"
    alpha_page.save_revision().publish()

    response = get(client, "alpha.localhost", "/la-demarche/")
    assert response[HEADER] == "miss"
    assert "Notre démarche partagée" in response.text


def test_unpublished_page_disappears_at_once(client, page_cache, alpha_page):
    assert get(client, "alpha.localhost", "/la-demarche/").status_code == 200
    alpha_page.unpublish()
    assert get(client, "alpha.localhost", "/la-demarche/").status_code == 404


def test_draft_save_keeps_the_entry(client, page_cache, alpha_page):
    get(client, "alpha.localhost", "/la-demarche/")
    alpha_page.title = "Brouillon"
    alpha_page.save_revision()
    response = get(client, "alpha.localhost", "/la-demarche/")
    assert response[HEADER] == "hit"
    assert "Brouillon" not in response.text


def test_a_territory_change_leaves_other_territories_cached(
    client, page_cache, alpha_page, territory_b
):
    get(client, "alpha.localhost", "/la-demarche/")
    get(client, "beta.localhost")
    alpha_page.title = "Autre titre"
    alpha_page.save_revision().publish()
    assert get(client, "beta.localhost")[HEADER] == "hit"
    assert get(client, "alpha.localhost", "/la-demarche/")[HEADER] == "miss"


def test_an_actor_change_refreshes_its_territory_and_the_network(
    client, page_cache, territory_a, territory_b
):
    for host in ("alpha.localhost", "beta.localhost", "localhost"):
        get(client, host, "/carte/")
    make_actor(territory_a, "Les Jardins du Plateau")
    response = get(client, "alpha.localhost", "/carte/")
    assert response[HEADER] == "miss"
    assert "Les Jardins du Plateau" in response.text
    assert get(client, "localhost", "/carte/")[HEADER] == "miss"
    assert get(client, "beta.localhost", "/carte/")[HEADER] == "hit"


def test_a_site_setting_refreshes_that_site_only(client, page_cache, territory_a, territory_b):
    get(client, "alpha.localhost")
    get(client, "beta.localhost")
    identity = SiteIdentity.for_site(territory_a.site)
    identity.short_name = "Alpha en commun"
    identity.save()
    response = get(client, "alpha.localhost")
    assert response[HEADER] == "miss"
    assert "Alpha en commun" in response.text
    assert get(client, "beta.localhost")[HEADER] == "hit"


def test_network_wide_content_refreshes_every_site(client, page_cache, territory_a):
    get(client, "alpha.localhost")
    get(client, "localhost")
    Theme.objects.create(name="Mobilité", slug="mobilite")
    assert get(client, "alpha.localhost")[HEADER] == "miss"
    assert get(client, "localhost")[HEADER] == "miss"


def test_unknown_host_follows_the_default_site(client, page_cache, network_home, settings):
    settings.ALLOWED_HOSTS = ["*"]
    get(client, "autre.localhost")
    assert get(client, "autre.localhost")[HEADER] == "hit"
    network_home.title = "Le réseau, autrement"
    network_home.save_revision().publish()
    assert get(client, "autre.localhost")[HEADER] == "miss"


def test_site_host_name_change_is_seen(client, page_cache, territory_a, settings):
    settings.ALLOWED_HOSTS = ["*"]
    get(client, "nouveau.localhost")  # unknown: the network site
    site = territory_a.site
    site.hostname = "nouveau.localhost"
    site.save()
    Site.clear_site_root_paths_cache()
    response = get(client, "nouveau.localhost")
    assert response[HEADER] == "miss"
    assert "Alpha" in response.text


def test_logged_in_editor_never_gets_nor_fills_the_cache(client, page_cache, alpha_page, editor_a):
    get(client, "alpha.localhost", "/la-demarche/")
    client.force_login(editor_a)
    response = get(client, "alpha.localhost", "/la-demarche/")
    assert response.status_code == 200
    assert HEADER not in response
    client.logout()
    client.cookies.clear()
    cache.clear()
    client.force_login(editor_a)
    get(client, "alpha.localhost", "/la-demarche/")
    client.logout()
    client.cookies.clear()
    assert get(client, "alpha.localhost", "/la-demarche/")[HEADER] == "miss"


def test_previews_are_never_cached(client, page_cache, alpha_page, editor_a):
    client.force_login(editor_a)
    url = f"/admin/pages/{alpha_page.pk}/view_draft/"
    alpha_page.title = "Premier brouillon"
    alpha_page.save_revision()
    first = get(client, "alpha.localhost", url)
    assert first.status_code == 200, first
    assert "Premier brouillon" in first.text
    alpha_page.title = "Second brouillon"
    alpha_page.save_revision()
    second = get(client, "alpha.localhost", url)
    assert "Second brouillon" in second.text
    assert HEADER not in second


def test_post_and_admin_are_passed_through(client, page_cache, territory_a):
    response = client.post("/", headers={"host": "alpha.localhost"})
    assert HEADER not in response
    assert HEADER not in get(client, "alpha.localhost", "/admin/login/")


def test_pages_with_a_csrf_token_are_not_stored(client, page_cache, territory_a, settings):
    settings.PAGE_CACHE_EXCLUDE = ["/admin/"]  # let the sign-up form reach the middleware
    first = get(client, "alpha.localhost", "/rejoindre/")
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.text
    assert first[HEADER] == "pass"
    assert get(client, "alpha.localhost", "/rejoindre/")[HEADER] == "pass"


def test_a_messages_cookie_bypasses_the_cache(client, page_cache, territory_a):
    get(client, "alpha.localhost")
    client.cookies["messages"] = "x"
    assert HEADER not in get(client, "alpha.localhost")


def test_responses_setting_cookies_are_not_stored(client, page_cache, network_home, settings):
    # The admin login sets a CSRF cookie: let it through the exclusions to prove the rule.
    settings.PAGE_CACHE_EXCLUDE = []
    response = get(client, "localhost", "/admin/login/")
    assert response.cookies
    assert response[HEADER] == "pass"


def test_cache_outage_degrades_to_uncached_pages(client, settings, territory_a):
    settings.PAGE_CACHE_SECONDS = 600
    unreachable = {
        "default": {
            "BACKEND": "network.caching.backend.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # closed port: refused at once
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with override_settings(CACHES=unreachable):
        response = get(client, "alpha.localhost")
        assert response.status_code == 200
        assert HEADER not in response  # looked up nowhere, stored nowhere
        make_actor(territory_a, "Acteur pendant la panne")  # bumps fail quietly
        assert "Acteur pendant la panne" in get(client, "alpha.localhost", "/carte/").text


def test_frontend_cache_purge_is_wired_from_the_environment():
    """FRONTEND_CACHE_PURGE_URL installs Wagtail's frontend cache, whose HTTP backend sends
    PURGE requests to the proxy (a local stub here) when pages are published."""
    import subprocess
    import sys
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    received = []

    class Proxy(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    code = (
        "import django; django.setup();"
        "from django.conf import settings;"
        "assert 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS;"
        "from wagtail.contrib.frontend_cache.utils import purge_url_from_cache;"
        "purge_url_from_cache('http://alpha.localhost/la-demarche/')"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{server.server_port}/",
    }
    try:
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr[-2000:]
    assert received == [("alpha.localhost", "/la-demarche/")]


def test_a_project_refreshes_the_cards_of_the_actors_it_names_on_every_site(
    client, page_cache, territory_a, territory_b
):
    from tests.projects.test_partnerships import make_project

    actor = make_actor(territory_a, "Les Jardins du Plateau")
    card = f"/acteurs/{actor.slug}/"
    assert get(client, "alpha.localhost", card)[HEADER] == "miss"
    assert get(client, "alpha.localhost", card)[HEADER] == "hit"
    make_project(territory_b, "Un projet de Beta", partners=[actor])  # another territory's
    response = get(client, "alpha.localhost", card)
    assert response[HEADER] == "miss"
    assert "Un projet de Beta" in response.text
