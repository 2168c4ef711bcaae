"""The experience indexes: facets with counts, combined filters, French query, sort,
pagination, a query count that does not grow with the experiences, and the feeds."""

import re
import xml.etree.ElementTree as ET

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from experiences.listing import PER_PAGE
from experiences.services import network_experiences_provision
from tests.module_data import shared_territories

from .conftest import day, make_actor, make_experience

NETWORK = "localhost"
ALPHA = "alpha.localhost"
# Anonymous visitor, warm caches. Serving: the site with its root page, the path (one
# query, network/routing.py), the index's own row, the view restrictions (once per request,
# network/restrictions.py): 4; base.html: site settings with their legal pages, menu,
# current territory (3; the breadcrumbs come from the route); the listing: every facet's
# counts in one statement (the maturity counts giving the total), a page of results, their
# themes (3), plus the ids and names of the chosen filter values (1, when some are chosen).
# A territory index reads its territory once (the host's).
NETWORK_INDEX_MAX_QUERIES = 10
FILTERED_INDEX_MAX_QUERIES = 11
TERRITORY_INDEX_MAX_QUERIES = 10
FEED_MAX_QUERIES = 6


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def catalogue(territory_a, territory_b):
    """Four published experiences and a draft, across two territories."""
    network_experiences_provision()
    company = make_actor(territory_b, "Usine du Val", kind="entreprise")
    school = make_actor(territory_a, "Lycée des Rives", kind="lycee")
    draft_actor = make_actor(territory_a, "Acteur brouillon", kind="fondation", live=False)
    return {
        "jardins": make_experience(
            territory_a,
            "Jardins partagés du quartier",
            summary="Des habitants cultivent ensemble.",
            themes=["modeles-de-co-construction", "fragilites-et-alliances"],
            methods=["ateliers-de-co-construction"],
            maturity="emergence",
            actors=[(company, "mécène"), (school, "accueil"), (draft_actor, "caché")],
            published_at=day(1),
        ),
        "stages": make_experience(
            territory_a,
            "Stages en entreprise",
            summary="Des lycéens découvrent les métiers.",
            themes=["partenariats-associations-entreprises"],
            methods=["groupes-de-travail-multi-acteurs"],
            maturity="consolidation",
            actors=[(school, "porteur")],
            published_at=day(2),
        ),
        "laine": make_experience(
            territory_b,
            "Relance de la filière laine",
            summary="Une ressource oubliée redevient un projet.",
            themes=["fragilites-et-alliances"],
            methods=["recherche-action"],
            maturity="emergence",
            actors=[(company, "partenaire")],
            published_at=day(3),
        ),
        "paniers": make_experience(
            territory_b,
            "Paniers solidaires",
            summary="Une entreprise achète les légumes d’un chantier d’insertion.",
            themes=["partenariats-associations-entreprises", "rse-et-partenariats"],
            maturity="consolidation",
            published_at=day(4),
        ),
        "brouillon": make_experience(
            territory_a,
            "Jardin secret en brouillon",
            themes=["modeles-de-co-construction"],
            publish=False,
        ),
    }


def titles(response) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", match)
        for match in re.findall(
            r'class="experience-card__title"><a [^>]*>(.*?)</a>', response.content.decode()
        )
    ]


def counts(response, facet) -> dict[str, int]:
    facets = {f.name: f for f in response.context["listing"]["facets"]}
    return {option.value: option.count for option in facets[facet].options}


@pytest.mark.django_db
def test_network_index_lists_every_listed_territory(client, catalogue, territory_b):
    response = client.get("/experiences/", HTTP_HOST=NETWORK)
    assert response.status_code == 200
    assert titles(response) == [
        "Paniers solidaires",
        "Relance de la filière laine",
        "Stages en entreprise",
        "Jardins partagés du quartier",
    ]
    assert counts(response, "territoire") == {"alpha": 2, "beta": 2}
    assert counts(response, "maturite") == {
        "emergence": 2,
        "experimentation": 0,
        "consolidation": 2,
        "essaimage": 0,
    }
    assert counts(response, "theme") == {
        "fragilites-et-alliances": 2,
        "modeles-de-co-construction": 1,  # the draft does not count
        "partenariats-associations-entreprises": 2,
        "rse-et-partenariats": 1,
    }
    assert counts(response, "methode") == {
        "ateliers-de-co-construction": 1,
        "groupes-de-travail-multi-acteurs": 1,
        "recherche-action": 1,
    }
    # Kinds of the published actors involved; a draft actor counts for nothing.
    assert counts(response, "acteur") == {"entreprise": 2, "lycee": 2}

    territory_b.is_listed = False
    territory_b.save()
    response = client.get("/experiences/", HTTP_HOST=NETWORK)
    assert titles(response) == ["Stages en entreprise", "Jardins partagés du quartier"]


@pytest.mark.django_db
def test_combined_filters_and_their_counts(client, catalogue):
    response = client.get(
        "/experiences/?theme=fragilites-et-alliances&maturite=emergence&acteur=entreprise",
        HTTP_HOST=NETWORK,
    )
    assert titles(response) == ["Relance de la filière laine", "Jardins partagés du quartier"]
    assert response.context["listing"]["total"] == 2
    # Each facet counts with the other filters applied, not its own.
    assert counts(response, "territoire") == {"alpha": 1, "beta": 1}
    assert counts(response, "theme") == {
        "fragilites-et-alliances": 2,
        "modeles-de-co-construction": 1,
    }
    assert counts(response, "maturite")["emergence"] == 2
    assert counts(response, "maturite")["consolidation"] == 0
    assert counts(response, "acteur") == {"entreprise": 2, "lycee": 1}

    # Values of one facet add up; facets narrow each other.
    response = client.get(
        "/experiences/?territoire=alpha&territoire=beta&methode=recherche-action"
        "&methode=groupes-de-travail-multi-acteurs",
        HTTP_HOST=NETWORK,
    )
    assert titles(response) == ["Relance de la filière laine", "Stages en entreprise"]
    response = client.get(
        "/experiences/?territoire=beta&methode=groupes-de-travail-multi-acteurs", HTTP_HOST=NETWORK
    )
    assert titles(response) == []
    assert "Aucune expérience ne correspond" in response.content.decode()
    # A chosen value with no result stays on screen, checked, so it can be unchecked.
    facet = {f.name: f for f in response.context["listing"]["facets"]}["territoire"]
    assert [(o.value, o.count, o.selected) for o in facet.options] == [
        ("alpha", 1, False),
        ("beta", 0, True),
    ]

    # Unknown values are harmless; a bad page number or sort is refused, in French.
    response = client.get("/experiences/?theme=inconnu", HTTP_HOST=NETWORK)
    assert response.status_code == 200 and titles(response) == []
    for query, message in [
        ("page=abc", "Le paramètre « page » doit être un nombre entier entre 1"),
        ("page=%C2%B2", "Le paramètre « page » doit être un nombre entier entre 1"),
        ("tri=n%27importe", "Le paramètre « tri » doit valoir « recent » ou « ancien »."),
        ("q=jardin%00", "Le paramètre « q » contient un caractère de contrôle (U+0000)"),
        ("q=" + "x" * 201, "Le paramètre « q » compte 201 caractères : 200 au plus."),
    ]:
        response = client.get(f"/experiences/?{query}", HTTP_HOST=NETWORK)
        assert response.status_code == 400, query
        assert message in response.content.decode(), query


def _expected_counts(experiences, chosen: dict[str, set]) -> dict[str, dict[str, int]]:
    """Facet counts computed in Python: each facet with every other facet's filter."""
    expected = {}
    for facet in chosen:
        tally = {}
        for values in experiences:
            if all(
                not wanted or values[other] & wanted
                for other, wanted in chosen.items()
                if other != facet
            ):
                for value in values[facet]:
                    tally[value] = tally.get(value, 0) + 1
        expected[facet] = tally
    return expected


@pytest.mark.django_db
def test_facet_counts_match_a_count_by_hand_for_every_combination(client, catalogue):
    """Every pair of facets with one or two values each (and a value no experience has)."""
    from experiences.models import ExperiencePage

    experiences = [
        {
            "territoire": {page.territory.slug},
            "maturite": {page.maturity} if page.maturity else set(),
            "theme": {theme.slug for theme in page.themes.all()},
            "methode": {method.slug for method in page.methods.all()},
            "acteur": {link.kind.slug for link in page.actor_kind_links.all()},
        }
        for page in ExperiencePage.objects.filter(live=True)
    ]
    assert len(experiences) == 4
    choices = {
        "territoire": [{"alpha"}, {"alpha", "beta"}],
        "maturite": [{"emergence"}, {"essaimage"}],
        "theme": [
            {"fragilites-et-alliances"},
            {"rse-et-partenariats", "modeles-de-co-construction"},
        ],
        "methode": [{"recherche-action", "ateliers-de-co-construction"}],
        "acteur": [{"lycee"}, {"entreprise", "fondation"}],
    }
    names = list(choices)
    checked = 0
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            for a in choices[first]:
                for b in choices[second]:
                    chosen = {name: set() for name in names} | {first: a, second: b}
                    query = "&".join(
                        f"{name}={value}"
                        for name, values in chosen.items()
                        for value in sorted(values)
                    )
                    response = client.get(f"/experiences/?{query}", HTTP_HOST=NETWORK)
                    expected = _expected_counts(experiences, chosen)
                    for name in names:
                        got = {v: n for v, n in counts(response, name).items() if n}
                        assert got == expected[name], (query, name)
                    matching = sum(
                        all(not wanted or values[name] & wanted for name, wanted in chosen.items())
                        for values in experiences
                    )
                    assert response.context["listing"]["total"] == matching, query
                    assert len(titles(response)) == matching, query
                    checked += 1
    assert checked == 32


@pytest.mark.django_db
def test_french_query(client, catalogue):
    for q, expected in (
        ("jardin", ["Jardins partagés du quartier"]),
        ("JARDINS PARTAGES", ["Jardins partagés du quartier"]),
        ("lycéens métiers", ["Stages en entreprise"]),
        ("laine", ["Relance de la filière laine"]),
        # Involved actors' names are searched too.
        ("usine du val", ["Relance de la filière laine", "Jardins partagés du quartier"]),
        ("introuvable", []),
    ):
        response = client.get("/experiences/", {"q": q}, HTTP_HOST=NETWORK)
        assert titles(response) == expected, q
    # The query combines with the facets, and the counts follow it.
    response = client.get("/experiences/?q=jardin&territoire=beta", HTTP_HOST=NETWORK)
    assert titles(response) == []
    assert counts(response, "territoire") == {"alpha": 1, "beta": 0}


@pytest.mark.django_db
def test_sort_and_pagination(client, territory_a, network_home):
    network_experiences_provision()
    for n in range(PER_PAGE + 3):
        make_experience(territory_a, f"Expérience {n:02d}", published_at=day(n))
    response = client.get("/experiences/", HTTP_HOST=NETWORK)
    assert response.context["listing"]["total"] == PER_PAGE + 3
    assert titles(response)[:2] == ["Expérience 22", "Expérience 21"]
    assert len(titles(response)) == PER_PAGE
    assert 'href="?page=2"' in response.content.decode()

    response = client.get("/experiences/?tri=ancien&page=2", HTTP_HOST=NETWORK)
    assert titles(response) == ["Expérience 20", "Expérience 21", "Expérience 22"]
    content = response.content.decode()
    assert 'href="?tri=ancien&amp;page=1"' in content  # the filters stay in the links
    assert '<span aria-current="page">2</span>' in content


@pytest.mark.django_db
def test_territory_index_lists_its_own_only(client, catalogue):
    response = client.get("/experiences/", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    assert titles(response) == ["Stages en entreprise", "Jardins partagés du quartier"]
    names = [facet.name for facet in response.context["listing"]["facets"]]
    assert "territoire" not in names
    assert counts(response, "acteur") == {"entreprise": 1, "lycee": 2}
    # Beta's experience is not served from Alpha's site.
    assert (
        client.get(catalogue["laine"].url_path.replace("/beta", "", 1), HTTP_HOST=ALPHA).status_code
        == 404
    )


@pytest.mark.django_db
def test_facets_work_without_javascript(client, catalogue):
    content = client.get("/experiences/", HTTP_HOST=NETWORK).content.decode()
    form = content[content.index('<form class="experience-filters"') :]
    form = form[: form.index("</form>")]
    assert 'method="get"' in form and 'type="submit"' in form
    assert 'name="theme" value="fragilites-et-alliances"' in form
    assert re.search(
        r"Fragilités territoriales et alliances innovantes <span class=\"facet__count\">\(2", form
    )
    assert "<script" not in content.split("</footer>")[0].split("<main")[1]


def _count_queries(client, url, host):
    client.get(url, HTTP_HOST=host)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries)


FILTERED = "/experiences/?q=experience&theme=fragilites-et-alliances&maturite=emergence&acteur=entreprise&tri=ancien"


def _grow(territory_a, territory_b, count, start):
    company = make_actor(territory_b, f"Entreprise {start}", kind="entreprise")
    for n in range(count):
        make_experience(
            territory_a if n % 2 else territory_b,
            f"Experience {start + n}",
            themes=["fragilites-et-alliances"],
            methods=["recherche-action"],
            maturity="emergence",
            actors=[(company, "partenaire")],
            published_at=day(start + n),
        )


@pytest.mark.django_db
def test_query_count_does_not_grow_with_experiences(
    client, territory_a, territory_b, django_assert_max_num_queries
):
    network_experiences_provision()
    _grow(territory_a, territory_b, 5, 0)
    small = {
        (url, host): _count_queries(client, url, host)
        for url, host in (
            ("/experiences/", NETWORK),
            (FILTERED, NETWORK),
            ("/experiences/", ALPHA),
            ("/experiences/flux-rss/", NETWORK),
        )
    }
    _grow(territory_a, territory_b, 35, 100)
    large = {key: _count_queries(client, *key) for key in small}
    assert large == small
    assert small[("/experiences/", NETWORK)] <= NETWORK_INDEX_MAX_QUERIES
    assert small[(FILTERED, NETWORK)] <= FILTERED_INDEX_MAX_QUERIES
    assert small[("/experiences/", ALPHA)] <= TERRITORY_INDEX_MAX_QUERIES
    assert small[("/experiences/flux-rss/", NETWORK)] <= FEED_MAX_QUERIES
    with django_assert_max_num_queries(FILTERED_INDEX_MAX_QUERIES):
        client.get(FILTERED, HTTP_HOST=NETWORK)


ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
def test_rss_and_atom_feeds(client, catalogue):
    response = client.get("/experiences/flux-rss/", HTTP_HOST=NETWORK)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Paniers solidaires",
        "Relance de la filière laine",
        "Stages en entreprise",
        "Jardins partagés du quartier",
    ]
    first = items[0]
    assert first.findtext("link") == "http://beta.localhost/experiences/paniers-solidaires/"
    assert (
        first.findtext("description")
        == "Une entreprise achète les légumes d’un chantier d’insertion."
    )
    assert {c.text for c in first.findall("category")} == {
        "Partenariats associations–entreprises",
        "RSE et partenariats",
    }
    assert first.findtext("pubDate")

    response = client.get("/experiences/flux-atom/", HTTP_HOST=ALPHA)
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Stages en entreprise",
        "Jardins partagés du quartier",
    ]
    assert entries[0].find(f"{ATOM}link").get("href").startswith("http://alpha.localhost/")
    assert "Alpha" in feed.findtext(f"{ATOM}title")

    # The indexes announce their feeds.
    content = client.get("/experiences/", HTTP_HOST=ALPHA).content.decode()
    assert 'type="application/atom+xml"' in content and "/experiences/flux-atom/" in content
