"""Public pages of the network and territory sites, served by host name.

Every request names its host (``HTTP_HOST``): ``localhost`` is the network site,
``<slug>.localhost`` a territory site. The last tests pin the number of SQL queries of
both home pages and prove it does not grow with the number of territories or their data.
"""

import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from network.models import SiteIdentity
from territories.models import Commune, KeyFigure, TeamContact
from territories.services import default_legal_pages
from tests.network.factories import ContentPageFactory
from tests.territories.factories import CommuneFactory, KeyFigureFactory, TeamContactFactory

from ..library.helpers import make_library

NETWORK_HOST = "localhost"
NETWORK_COLOUR = "#1d4e89"
ALPHA_COLOUR = "#7a1f5c"
BETA_COLOUR = "#00695c"

# Measured with warm caches for an anonymous visitor. Network home (11): site, page, the
# page's view restrictions (2), listed territories, site identity, menu (restrictions and
# pages: 2), legal and privacy pages (2), current territory (none on the network site).
# Territory home (13): the same without the territory list, plus its territory, key
# figures, communes and contacts.
NETWORK_HOME_MAX_QUERIES = 11
TERRITORY_HOME_MAX_QUERIES = 13


def add_communes(territory, communes):
    """communes: (insee, name, lat, lng) tuples; the territory then sits at their centre."""
    start = territory.communes.count()
    Commune.objects.bulk_create(
        CommuneFactory.build(
            territory=territory,
            sort_order=start + index,
            insee_code=insee,
            name=name,
            latitude=lat,
            longitude=lng,
        )
        for index, (insee, name, lat, lng) in enumerate(communes)
    )
    territory.refresh_position()
    return territory


def fill(territory, count=3, seed=0):
    """A few communes (with coordinates), key figures and contacts."""
    add_communes(
        territory,
        [
            (f"{10000 + seed * 100 + i:05d}", f"Commune {seed}-{i}", 45.0 + seed, 2.0 + i / 10)
            for i in range(count)
        ],
    )
    start = territory.key_figures.count()
    KeyFigure.objects.bulk_create(
        KeyFigureFactory.build(
            territory=territory, sort_order=start + i, value=str(10 * i), label=f"Chiffre {i}"
        )
        for i in range(count)
    )
    start = territory.contacts.count()
    TeamContact.objects.bulk_create(
        TeamContactFactory.build(
            territory=territory,
            sort_order=start + i,
            name=f"Contact {seed}-{i}",
            role="Animation",
            email=f"contact{i}@{territory.slug}.example",
        )
        for i in range(count)
    )
    return territory


def network_site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def network_identity(network_home):
    """The network's identity, with its colour and legal pages, as the demo loader sets it."""
    legal, privacy, accessibility = default_legal_pages(network_home, "Réseau des catalyseurs")
    identity = SiteIdentity.for_site(network_site())
    identity.short_name = "Catalyseurs"
    identity.main_colour = NETWORK_COLOUR
    identity.legal_notice_page, identity.privacy_page = legal, privacy
    identity.accessibility_page = accessibility
    identity.save()
    return identity


@pytest.fixture
def alpha(territory_a):
    identity = SiteIdentity.for_site(territory_a.site)
    identity.main_colour = ALPHA_COLOUR
    identity.save()
    return add_communes(
        territory_a,
        [("94220", "Charenton-le-Pont", 48.82, 2.41), ("94300", "Vincennes", 48.85, 2.44)],
    )


@pytest.fixture
def beta(territory_b):
    identity = SiteIdentity.for_site(territory_b.site)
    identity.main_colour = BETA_COLOUR
    identity.save()
    return add_communes(territory_b, [("33063", "Bordeaux", 44.84, -0.58)])


def get(client, host, path="/"):
    return client.get(path, HTTP_HOST=host)


def html_of(response):
    return response.content.decode()


def footer_links(html):
    footer = re.search(r'<footer class="site-footer" role="contentinfo">(.*?)</footer>', html, re.S)
    assert footer, "no <footer role=contentinfo> in the page"
    return {
        label: href for href, label in re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer.group(1))
    }


# --- Network home -------------------------------------------------------------------------


@pytest.mark.django_db
def test_network_home_lists_territories_with_links_to_their_sites(
    client, network_identity, alpha, beta
):
    response = get(client, NETWORK_HOST)
    assert response.status_code == 200
    html = html_of(response)
    assert '<a href="http://alpha.localhost/">Alpha</a>' in html
    assert '<a href="http://beta.localhost/">Beta</a>' in html
    assert "2 territoires dans le réseau" in html
    # Communes are counted per territory.
    assert "2 communes" in html and "1 commune" in html


@pytest.mark.django_db
def test_network_home_map_data_has_one_point_per_located_territory(
    client, network_identity, alpha, beta, make_territory
):
    make_territory("gamma", name="Gamma")  # listed, but no commune: no position
    html = html_of(get(client, NETWORK_HOST))
    island = re.search(
        r'<script id="territory-points" type="application/json">(.*?)</script>', html, re.S
    )
    assert island, "the territory-points data island is missing"
    points = json.loads(island.group(1))["points"]
    assert sorted(p["name"] for p in points) == ["Alpha", "Beta"]
    by_name = {p["name"]: p for p in points}
    assert by_name["Alpha"]["lat"] == pytest.approx((48.82 + 48.85) / 2)
    assert by_name["Alpha"]["lng"] == pytest.approx((2.41 + 2.44) / 2)
    assert by_name["Alpha"]["url"] == "http://alpha.localhost/"
    assert by_name["Beta"]["lat"] == pytest.approx(44.84)
    # Gamma is listed all the same.
    assert '<a href="http://gamma.localhost/">Gamma</a>' in html


@pytest.mark.django_db
def test_network_home_shows_the_newest_experiences_of_listed_territories(
    client, network_identity, alpha, beta, make_territory
):
    from experiences.services import network_experiences_provision
    from tests.experiences.conftest import day, make_experience

    network_experiences_provision()
    hidden = make_territory("cache", name="En préparation", is_listed=False)
    for n, (territory, title) in enumerate(
        [
            (alpha, "La plus ancienne"),
            (beta, "La troisième"),
            (alpha, "La deuxième"),
            (hidden, "D’un territoire non listé"),
            (beta, "La plus récente"),
        ]
    ):
        make_experience(territory, title, summary=f"Résumé : {title}.", published_at=day(n))
    make_experience(alpha, "Un brouillon", publish=False)
    html = html_of(get(client, NETWORK_HOST))
    section = html.split('<section class="latest-experiences"')[1].split("</section>")[0]
    titles = re.findall(r'<h3 class="experience-card__title"><a href="[^"]+">([^<]+)</a>', section)
    assert titles == ["La plus récente", "La deuxième", "La troisième"]
    assert "Beta · " in section and "Résumé : La plus récente." in section
    assert '<a href="/experiences/">Toutes les expériences du réseau</a>' in section
    assert get(client, NETWORK_HOST, "/experiences/").status_code == 200


@pytest.mark.django_db
def test_network_home_page_structure(client, network_identity, alpha):
    html = html_of(get(client, NETWORK_HOST))
    assert '<html lang="fr">' in html
    skip = re.search(r'<a class="skip-link" href="([^"]+)">([^<]+)</a>', html)
    assert skip and skip.group(1) == "#contenu"
    # The skip link is the first link of the page.
    assert html.index('class="skip-link"') < html.index("<header")
    assert '<main id="contenu"' in html
    assert re.search(r'<header [^>]*role="banner"', html)
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_network_home_shows_the_territories_before_the_networks_story(
    client, network_identity, alpha
):
    """Right under the intro: the territories' map and list, then the body's paragraphs."""
    html = html_of(get(client, NETWORK_HOST))
    assert html.index('<section class="hero">') < html.index('<section class="territories"')
    assert html.index('<section class="territories"') < html.index('<div class="stream">')


@pytest.mark.django_db
def test_network_footer_links_to_legal_pages_that_answer(client, network_identity):
    links = footer_links(html_of(get(client, NETWORK_HOST)))
    assert set(links) >= {"Mentions légales", "Données personnelles"}
    for label in ("Mentions légales", "Données personnelles"):
        response = get(client, NETWORK_HOST, links[label])
        assert response.status_code == 200, links[label]
        assert f"<h1>{label}</h1>" in html_of(response)


@pytest.mark.django_db
def test_territory_footer_links_to_its_own_legal_pages(client, network_identity, alpha):
    links = footer_links(html_of(get(client, "alpha.localhost")))
    assert links["Mentions légales"] == "/mentions-legales/"
    assert links["Données personnelles"] == "/donnees-personnelles/"
    assert links["Le réseau des catalyseurs territoriaux"].startswith("http://localhost")
    response = get(client, "alpha.localhost", links["Mentions légales"])
    assert response.status_code == 200
    assert "du site Alpha" in html_of(response)


ACCESSIBILITY_LINK = "Accessibilité : partiellement conforme"


@pytest.mark.django_db
@pytest.mark.parametrize("host", [NETWORK_HOST, "alpha.localhost"])
def test_footer_links_to_the_sites_accessibility_statement(client, network_identity, alpha, host):
    links = footer_links(html_of(get(client, host)))
    assert links[ACCESSIBILITY_LINK] == "/accessibilite/"
    response = get(client, host, "/accessibilite/")
    assert response.status_code == 200
    html = html_of(response)
    assert "<h1>Accessibilité</h1>" in html
    assert "partiellement conforme" in html and "RGAA 4.1" in html and "Nous écrire" in html
    site_name = "Réseau des catalyseurs" if host == NETWORK_HOST else "Alpha"
    assert f"{site_name} est partiellement conforme" in html


@pytest.mark.django_db
def test_unlisted_territory_is_not_on_the_network_home(client, network_identity, make_territory):
    hidden = add_communes(
        make_territory("cache", name="Territoire en préparation", is_listed=False),
        [("75056", "Paris", 48.85, 2.35)],
    )
    shown = add_communes(
        make_territory("visible", name="Visible"), [("69123", "Lyon", 45.76, 4.83)]
    )
    html = html_of(get(client, NETWORK_HOST))
    assert shown.name in html
    assert hidden.name not in html
    assert "cache.localhost" not in html
    assert "1 territoire dans le réseau" in html
    # Its site exists all the same.
    assert get(client, "cache.localhost").status_code == 200


# --- Territory sites ----------------------------------------------------------------------


@pytest.mark.django_db
def test_territory_home_shows_its_own_territory_only(client, network_identity, alpha, beta):
    fill(alpha, count=2, seed=1)
    response = get(client, "alpha.localhost")
    assert response.status_code == 200
    html = html_of(response)
    assert "<h1>Alpha</h1>" in html
    assert "Charenton-le-Pont" in html and "Contact 1-0" in html and "Chiffre 1" in html
    assert "4 communes" in html
    assert "Beta" not in html and "Bordeaux" not in html
    html_b = html_of(get(client, "beta.localhost"))
    assert "<h1>Beta</h1>" in html_b
    assert "Alpha" not in html_b and "Charenton" not in html_b


@pytest.mark.django_db
def test_territory_home_leads_to_its_map_needs_partnerships_and_commune_reports(
    client, network_identity, alpha
):
    fill(alpha, count=2, seed=1)
    html = html_of(get(client, "alpha.localhost"))
    for path in ("/carte/", "/besoins/", "/partenariats/", "/communes/", "/communes/10100/"):
        assert f'href="{path}"' in html, path
    # Each of those links answers.
    for path in ("/carte/", "/besoins/", "/partenariats/", "/communes/", "/communes/10100/"):
        assert get(client, "alpha.localhost", path).status_code == 200, path


def main_menu(html):
    nav = re.search(
        r'<nav class="site-nav" aria-label="Navigation principale">(.*?)</nav>', html, re.S
    )
    assert nav, "no main navigation in the page"
    return [
        (href, label, current == ' aria-current="page"')
        for href, current, label in re.findall(
            r'<a href="([^"]+)"((?: aria-current="page")?)>([^<]+)</a>', nav.group(1)
        )
    ]


@pytest.mark.django_db
def test_main_menu_leads_to_the_map_the_menu_pages_and_the_library(
    client, network_identity, network_home, alpha, beta
):
    home = alpha.site.root_page
    ContentPageFactory(
        parent=home, title="Notre démarche", slug="demarche", show_in_menus=True, no_revision=True
    )
    ContentPageFactory(
        parent=home, title="Hors menu", slug="hors-menu", show_in_menus=False, no_revision=True
    )
    # No library published yet: no link that would answer 404.
    menu = main_menu(html_of(get(client, "alpha.localhost")))
    assert menu[0] == ("/carte/", "Carte des acteurs", False)
    assert ("/demarche/", "Notre démarche", False) in menu
    assert "/hors-menu/" not in {href for href, _label, _current in menu}
    assert "/bibliotheque/" not in {href for href, _label, _current in menu}
    library = make_library(network_home)
    library.show_in_menus = True  # listed once, last, whatever its own setting
    library.save()
    for host, has_page in (
        ("alpha.localhost", True),
        ("beta.localhost", False),
        (NETWORK_HOST, False),
    ):
        menu = main_menu(html_of(get(client, host)))
        hrefs = [href for href, _label, _current in menu]
        assert menu[0] == ("/carte/", "Carte des acteurs", False), host
        assert menu[-1] == ("/bibliotheque/", "Bibliothèque", False), host
        assert hrefs.count("/bibliotheque/") == 1, host
        assert ("/demarche/" in hrefs) is has_page, host  # Alpha's page in Alpha's menu only
        assert not any(current for _href, _label, current in menu), host
        for href in hrefs:
            assert get(client, host, href).status_code == 200, (host, href)
    # The section being read is marked as the current one, and only it.
    for path, current in (
        ("/carte/", "/carte/"),
        ("/demarche/", "/demarche/"),
        ("/bibliotheque/", "/bibliotheque/"),
        ("/hors-menu/", None),
    ):
        menu = main_menu(html_of(get(client, "alpha.localhost", path)))
        assert [href for href, _label, is_current in menu if is_current] == (
            [current] if current else []
        ), path


@pytest.mark.django_db
def test_theme_css_gives_each_site_its_colour(client, network_identity, alpha, beta):
    themes = {
        host: get(client, host, "/theme.css")
        for host in (NETWORK_HOST, "alpha.localhost", "beta.localhost")
    }
    for response in themes.values():
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/css")
    assert f"--brand: {ALPHA_COLOUR};" in html_of(themes["alpha.localhost"])
    assert f"--brand: {BETA_COLOUR};" in html_of(themes["beta.localhost"])
    assert f"--brand: {NETWORK_COLOUR};" in html_of(themes[NETWORK_HOST])
    # Pages link to it.
    assert 'href="/theme.css"' in html_of(get(client, "alpha.localhost"))


@pytest.mark.django_db
def test_unpublished_territory_home_answers_404(client, network_identity, alpha):
    assert get(client, "alpha.localhost").status_code == 200
    alpha.site.root_page.unpublish()
    response = get(client, "alpha.localhost")
    assert response.status_code == 404
    assert "Page introuvable" in html_of(response)


@pytest.mark.django_db
def test_unpublished_content_page_answers_404(client, network_identity, alpha):
    home = alpha.site.root_page
    page = ContentPageFactory(
        parent=home, title="Notre démarche", slug="demarche", intro="Comment nous travaillons."
    )
    assert get(client, "alpha.localhost", "/demarche/").status_code == 200
    page.unpublish()
    assert get(client, "alpha.localhost", "/demarche/").status_code == 404
    # A draft never published is not served either.
    ContentPageFactory(parent=home, title="Brouillon", slug="brouillon", draft=True)
    assert get(client, "alpha.localhost", "/brouillon/").status_code == 404


@pytest.mark.django_db
def test_another_territorys_page_is_not_served_on_this_site(client, network_identity, alpha, beta):
    ContentPageFactory(parent=beta.site.root_page, title="Page de Beta", slug="page-beta")
    assert get(client, "beta.localhost", "/page-beta/").status_code == 200
    assert get(client, "alpha.localhost", "/page-beta/").status_code == 404
    assert get(client, NETWORK_HOST, "/page-beta/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("host", [NETWORK_HOST, "alpha.localhost"])
def test_unknown_url_answers_french_404_page(client, network_identity, alpha, host):
    response = get(client, host, "/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = html_of(response)
    assert '<html lang="fr">' in html
    assert "<h1>Page introuvable</h1>" in html
    assert "Revenir à l’accueil" in html
    assert '<main id="contenu"' in html


# --- Query counts -------------------------------------------------------------------------


def count_queries(client, host, path="/"):
    """Queries of one request, after one has warmed Wagtail's caches (its site root paths
    live in the cache: another test worker's ``cache.clear()`` once emptied them between the
    two, when ``clear`` still flushed the whole Redis database)."""
    assert get(client, host, path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = get(client, host, path)
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries.captured_queries]


@pytest.mark.django_db
def test_network_home_query_count_is_pinned(
    client, network_identity, alpha, beta, django_assert_max_num_queries
):
    fill(alpha, seed=1)
    fill(beta, seed=2)
    get(client, NETWORK_HOST)
    with django_assert_max_num_queries(NETWORK_HOME_MAX_QUERIES):
        response = get(client, NETWORK_HOST)
    assert response.status_code == 200


@pytest.mark.django_db
def test_territory_home_query_count_is_pinned(
    client, network_identity, alpha, beta, django_assert_max_num_queries
):
    fill(alpha, seed=1)
    get(client, "alpha.localhost")
    with django_assert_max_num_queries(TERRITORY_HOME_MAX_QUERIES):
        response = get(client, "alpha.localhost")
    assert response.status_code == 200
    assert "Contact 1-2" in html_of(response)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_data(client, network_identity, alpha, beta, make_territory):
    fill(alpha, count=2, seed=1)
    fill(beta, count=2, seed=2)
    small_network, small_network_sql = count_queries(client, NETWORK_HOST)
    small_home, small_home_sql = count_queries(client, "alpha.localhost")

    for seed, slug in enumerate(("gamma", "delta", "epsilon", "zeta"), start=3):
        fill(make_territory(slug), count=4, seed=seed)
    fill(alpha, count=5, seed=9)  # Alpha's own lists grow too
    big_network, big_network_sql = count_queries(client, NETWORK_HOST)
    big_home, big_home_sql = count_queries(client, "alpha.localhost")

    html = html_of(get(client, NETWORK_HOST))
    assert "6 territoires dans le réseau" in html  # the data really grew
    assert "9 communes" in html_of(get(client, "alpha.localhost"))
    print(f"network home: {small_network} -> {big_network} queries")
    print(f"territory home: {small_home} -> {big_home} queries")
    assert big_network == small_network, "\n".join(big_network_sql)
    assert big_home == small_home, "\n".join(big_home_sql)
    assert small_network <= NETWORK_HOME_MAX_QUERIES, "\n".join(small_network_sql)
    assert small_home <= TERRITORY_HOME_MAX_QUERIES, "\n".join(small_home_sql)


def test_titles_name_the_site_once(client, network_identity, alpha):
    """« Alpha » on the home titled like the site, « Mentions légales – Alpha » elsewhere."""
    home = client.get("/", HTTP_HOST="alpha.localhost").content.decode()
    assert "<title>Alpha</title>" in home
    legal = client.get("/mentions-legales/", HTTP_HOST="alpha.localhost").content.decode()
    assert "<title>Mentions légales – Alpha</title>" in legal


@pytest.mark.django_db
def test_join_block_leads_actors_to_the_sign_up(client, network_identity, alpha):
    """A content page's « Rejoindre » button: the territory's sign-up form on its site, the
    list of territories on the network's (an actor joins one territory)."""
    home = alpha.site.root_page
    ContentPageFactory(
        parent=home, slug="devenir-acteur", title="Devenir acteur", body=[("join", {"label": ""})]
    )
    html = get(client, "alpha.localhost", "/devenir-acteur/").content.decode()
    assert '<a class="signup-cta" href="/rejoindre/">Rejoindre la dynamique</a>' in html
    network_root = Site.objects.get(is_default_site=True).root_page
    ContentPageFactory(
        parent=network_root, slug="adherer", title="Adhérer", body=[("join", {"label": "Go"})]
    )
    html = get(client, "localhost", "/adherer/").content.decode()
    assert '<a class="signup-cta" href="/rejoindre/">Go</a>' in html
