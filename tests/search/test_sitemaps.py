import pytest

from ..events.helpers import make_event
from ..library.helpers import make_library, make_method


@pytest.mark.django_db
def test_each_site_has_its_sitemap(client, network_home, territory_a):
    library = make_library(network_home)
    make_method(library)
    make_event(territory_a.site.root_page, title="Atelier Alpha", slug="atelier-alpha")
    network = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert network.status_code == 200
    xml = network.content.decode()
    assert "<loc>http://localhost/bibliotheque/brainstorming-3-12-3/</loc>" in xml
    assert "alpha.localhost" not in xml
    alpha = client.get("/sitemap.xml", HTTP_HOST="alpha.localhost").content.decode()
    assert "<loc>http://alpha.localhost/atelier-alpha/</loc>" in alpha
    # the library's copies on a territory host are canonicalised, not listed
    assert "bibliotheque" not in alpha
    assert "localhost/atelier-alpha" not in xml


@pytest.mark.django_db
def test_robots_txt(client, territory_a):
    response = client.get("/robots.txt", HTTP_HOST="alpha.localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://alpha.localhost/sitemap.xml" in text
