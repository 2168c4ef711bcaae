"""The map page /carte/: filters and pagination without JavaScript, the list fragment the map
refreshes, the embed mode, the network host, errors (400, never 500), what never shows
(drafts, unpublished actors, other territories, private fields) and the query budget.

Every request names its host: ``alpha.localhost`` is a territory site, ``localhost`` the
network site. The territories and their actors are built once for the module (``world``,
rolled back at its end, like ``TestCase.setUpTestData``); each test runs in a savepoint.
"""

import re
from contextlib import contextmanager
from types import SimpleNamespace

import pytest

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from actors.map_views import PAGE_SIZE
from actors.models import Actor, ActorKind, Offer
from network.models import Theme
from territories.models import Commune
from tests.actors.factories import ActorFactory
from tests.territories.factories import CommuneFactory, TerritoryFactory, network

pytestmark = pytest.mark.django_db

ALPHA = "alpha.localhost"
BETA = "beta.localhost"
DELTA = "delta.localhost"
EMPTY = "epsilon.localhost"
NETWORK = "localhost"
# Measured with warm caches for an anonymous visitor: site, territory, every filter choice
# (one UNION query), the page of actors with their total (one query), the page's offers
# and what they seek,
# then the layout: site identity, menu (view restrictions, pages), legal and privacy pages.
MAP_PAGE_MAX_QUERIES = 11

PRIVATE = {
    "private_contact_name": "Personne-Privee-Zorglub",
    "private_contact_email": "referente-secrete@prive.example",
    "private_contact_phone": "09 87 65 43 21",
    "private_notes": "NOTE-INTERNE-CONFIDENTIELLE",
}
PRIVATE_MARKERS = list(PRIVATE.values())


def make_actor(
    territory, name, *, kind="association", offers=(), themes=(), publish=True, **fields
):
    """An actor with public and private fields, published by default; with
    ``publish=False`` a draft never published."""
    lat, lng = fields.pop("lat", 48.82), fields.pop("lng", 2.41)
    return ActorFactory(
        territory=territory,
        name=name,
        kind=kind,
        offers=offers,
        themes=themes,
        lat=lat,
        lng=lng,
        draft=not publish,
        **{**PRIVATE, **fields},
    )


def bulk_actors(territory, count, *, start=0, kind="association", offers=("visites",)):
    """Many published actors, quickly (no revisions: the live row is what pages read)."""
    kind = ActorKind.objects.get(slug=kind)
    actors = Actor.objects.bulk_create(
        ActorFactory.build(
            territory=territory,
            name=f"Acteur {start + i:03d}",
            slug=f"acteur-{territory.slug}-{start + i:03d}",
            kind=kind,
            city="Charenton-le-Pont",
            commune_insee="94018",
            latitude=48.82 + i / 1000,
            longitude=2.41 + i / 1000,
            **PRIVATE,
        )
        for i in range(count)
    )
    through = Actor.offers.through
    through.objects.bulk_create(
        through(actor_id=actor.pk, offer_id=offer.pk)
        for actor in actors
        for offer in Offer.objects.filter(slug__in=offers)
    )
    return actors


def add_communes(territory, communes):
    Commune.objects.bulk_create(
        CommuneFactory.build(
            territory=territory,
            sort_order=i,
            insee_code=code,
            name=name,
            latitude=lat,
            longitude=lng,
        )
        for i, (code, name, lat, lng) in enumerate(communes)
    )


def results_names(content: str) -> list[str]:
    return re.findall(r'class="actor-card__title"><a href="[^"]*"[^>]*>([^<]+)</a>', content)


def get(client, path, host=ALPHA, **params):
    return client.get(path, params, HTTP_HOST=host)


@contextmanager
def module_data(django_db_blocker):
    """Data shared by a module's tests, like ``TestCase.setUpTestData``: built in a
    transaction rolled back after the module; each test's own transaction is a savepoint."""
    Site.clear_site_root_paths_cache()
    with django_db_blocker.unblock():
        with transaction.atomic():
            try:
                network()
                yield
            finally:
                transaction.set_rollback(True)
        Site.clear_site_root_paths_cache()


def make_territories(*slugs, **fields):
    return [TerritoryFactory(slug=slug, name=slug.capitalize(), **fields) for slug in slugs]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """alpha: three actors and two communes; beta: one actor; delta: a published actor with
    a pending draft, a draft never published, an unpublished actor; gamma: unlisted;
    epsilon: empty (tests fill it)."""
    with module_data(django_db_blocker):
        alpha, beta, delta, epsilon = make_territories("alpha", "beta", "delta", "epsilon")
        (gamma,) = make_territories("gamma", is_listed=False)
        add_communes(
            alpha,
            [("94018", "Charenton-le-Pont", 48.82, 2.41), ("94080", "Vincennes", 48.847, 2.439)],
        )
        make_actor(
            alpha,
            "Association des Jardins",
            kind="association",
            offers=["visites", "benevolat"],
            themes=["tiers-lieux-et-dialogue"],
            city="Charenton-le-Pont",
            commune_insee="94018",
            description="Jardins partagés au bord de la Marne.",
        )
        make_actor(
            alpha,
            "Entreprise Horizon",
            kind="entreprise",
            offers=["accueil-stagiaires"],
            themes=["rse-et-partenariats"],
            city="Vincennes",
            commune_insee="94080",
            lat=48.847,
            lng=2.439,
        )
        make_actor(
            alpha,
            "Lycée Condorcet",
            kind="lycee",
            offers=["accueil-stagiaires", "visites"],
            city="Vincennes",
            commune_insee="94080",
            lat=48.85,
            lng=2.44,
        )
        make_actor(beta, "Acteur de Beta", kind="association", city="Lyon", lat=45.0, lng=4.0)
        make_actor(delta, "Brouillon Jamais Publié", publish=False)
        make_actor(delta, "Acteur Dépublié").unpublish()
        changed = make_actor(delta, "Nom Publié")
        changed.name = "Nom En Brouillon"
        changed.save_revision()
        make_actor(gamma, "Acteur Pas Encore Annoncé")
        yield SimpleNamespace(alpha=alpha, beta=beta, delta=delta, epsilon=epsilon, gamma=gamma)


# --- Server-rendered filters and list ---------------------------------------------------------


def test_map_page_lists_the_territorys_published_actors(client, world):
    response = get(client, "/carte/")
    assert response.status_code == 200
    content = response.content.decode()
    assert results_names(content) == [
        "Association des Jardins",
        "Entreprise Horizon",
        "Lycée Condorcet",
    ]
    assert "3 acteurs" in content
    assert "Acteur de Beta" not in content
    # Each actor links to its card, with its kind, city and offers.
    assert 'href="/acteurs/association-des-jardins/"' in content
    assert "Entreprise · Vincennes" in content
    assert '<span class="tag">Accueil de stagiaires</span>' in content


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "entreprise"}, ["Entreprise Horizon"]),
        ({"kind": ["entreprise", "lycee"]}, ["Entreprise Horizon", "Lycée Condorcet"]),
        ({"kind": "entreprise,lycee"}, ["Entreprise Horizon", "Lycée Condorcet"]),
        ({"theme": "rse-et-partenariats"}, ["Entreprise Horizon"]),
        ({"offer": "visites"}, ["Association des Jardins", "Lycée Condorcet"]),
        ({"offer": "visites", "kind": "lycee"}, ["Lycée Condorcet"]),
        ({"commune": "94080"}, ["Entreprise Horizon", "Lycée Condorcet"]),
        ({"q": "jardins"}, ["Association des Jardins"]),
        ({"q": "LYCEE"}, ["Lycée Condorcet"]),
        ({"q": "marne"}, ["Association des Jardins"]),
        ({"q": "introuvable"}, []),
    ],
)
def test_filters_work_without_javascript(client, world, params, expected):
    response = get(client, "/carte/", **params)
    assert response.status_code == 200
    assert results_names(response.content.decode()) == expected


def test_the_form_is_a_get_form_with_labelled_controls(client, world):
    content = get(client, "/carte/", kind="entreprise", q="hor", commune="94080").content.decode()
    assert re.search(r'<form class="map-filters__form" method="get" action="/carte/"', content)
    # Labelled search field and commune select, keeping what was asked.
    assert '<label for="champ-q">' in content and 'id="champ-q" name="q" value="hor"' in content
    assert '<label for="champ-commune">' in content
    # The commune is a text field showing the chosen commune (a combobox with JavaScript).
    assert 'name="commune" value="Vincennes (' in content and 'data-code="94080"' in content
    # Checkbox groups are fieldsets with a legend; the chosen kind is checked.
    assert content.count("<fieldset") == 4 and content.count("<legend") == 4
    assert 'id="champ-kind-entreprise" name="kind" value="entreprise" checked' in content
    assert '<label for="champ-kind-entreprise">Entreprise</label>' in content
    # The network's territory select only exists on the network host.
    assert 'name="territory"' not in content


def test_pagination_without_javascript(client, world):
    bulk_actors(world.epsilon, PAGE_SIZE + 5)
    first = get(client, "/carte/", host=EMPTY, offer="visites")
    content = first.content.decode()
    assert len(results_names(content)) == PAGE_SIZE
    assert f"{PAGE_SIZE + 5} acteurs" in content
    assert 'aria-label="Pages de résultats"' in content
    # Links keep the filters and name the page.
    assert 'href="/carte/?offer=visites&amp;page=2"' in content
    assert 'aria-current="page"' in content

    second = get(client, "/carte/", host=EMPTY, offer="visites", page="2").content.decode()
    assert results_names(second) == [f"Acteur {i:03d}" for i in range(PAGE_SIZE, PAGE_SIZE + 5)]
    assert 'href="/carte/?offer=visites&amp;page=1"' in second
    assert '<ol class="actor-list" start="21">' in second

    # Past the last page: the last page, not an error.
    past = get(client, "/carte/", host=EMPTY, offer="visites", page="9")
    assert past.status_code == 200
    assert results_names(past.content.decode())[0] == f"Acteur {PAGE_SIZE:03d}"


def test_an_empty_result_says_so(client, world):
    content = get(client, "/carte/", host=EMPTY).content.decode()
    assert "0 acteur" in content
    assert "Aucun acteur ne correspond à ces filtres." in content


# --- Errors: 400 with a French message next to the filter, never 500 -------------------------


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"kind": "inconnu"}, "kind", "type d’acteur inconnu : inconnu"),
        ({"theme": "nope"}, "theme", "thème inconnu : nope"),
        ({"offer": "visites,zut"}, "offer", "offre inconnu : zut"),
        ({"commune": "123"}, "commune", "Aucune commune du territoire ne correspond à « 123 »"),
        ({"q": "x" * 101}, "q", "Le paramètre « q » compte 101 caractères : 100 au plus."),
        ({"page": "deux"}, "page", "Le paramètre « page » doit être un nombre entier entre 1"),
        ({"page": "①"}, "page", "Le paramètre « page » doit être un nombre entier entre 1"),
        ({"bbox": "1,2,3"}, "bbox", "Le paramètre « bbox » attend quatre nombres"),
        ({"zoom": "99"}, "zoom", "Le paramètre « zoom » doit être un nombre entier entre 0 et 20."),
        ({"zoom": "²"}, "zoom", "Le paramètre « zoom » doit être un nombre entier entre 0 et 20."),
        (
            {"pres": "48.8"},
            "pres",
            "Le paramètre « pres » attend deux nombres « latitude,longitude »",
        ),
        (
            {"pres": "91,2"},
            "pres",
            "Le paramètre « pres » attend deux nombres « latitude,longitude »",
        ),
    ],
)
def test_bad_parameters_answer_400_with_a_french_message(client, world, params, field, message):
    response = get(client, "/carte/", **params)
    assert response.status_code == 400
    content = response.content.decode()
    assert message in content
    assert 'role="alert"' in content and "Un filtre n’est pas valide" in content
    if field in ("kind", "theme", "offer", "q", "commune"):
        # The message sits next to its control, which the summary links to.
        assert f'id="erreur-{field}"' in content
        assert f'href="#filtre-{field}"' in content
    assert results_names(content) == []


@pytest.mark.parametrize(
    "query",
    [
        "kind=",
        "kind=,,,",
        "page=0",
        "page=-1",
        "page=99999999999999999999",
        "zoom=-3",
        "bbox=a,b,c,d",
        "bbox=10,10,0,0",
        "bbox=nan,nan,nan,nan",
        "commune=%00",
        "q=a%00b",
        "kind=a%00&kind=association",
        "theme=%00",
        "territory=%00",
        "format=fragment&q=%00",
        "q=%F0%9F%98%80",
        "q=%C3%A9%C3%A8",
        "territory=zzz",
        "kind=%3Cscript%3E",
        "format=fragment&kind=nope",
        "format=fragment&bbox=1",
        "embed=1&theme=x",
        "embed=2&format=xml",
    ],
)
def test_garbage_never_answers_500(client, world, query):
    response = client.get(f"/carte/?{query}", HTTP_HOST=ALPHA)
    assert response.status_code in (200, 400)
    assert "<script>" not in response.content.decode().replace('<script src="', "")


def test_errors_are_escaped(client, world):
    content = get(client, "/carte/", kind="<b>x</b>").content.decode()
    assert "<b>x</b>" not in content
    assert "&lt;b&gt;x&lt;/b&gt;" in content


# --- What never shows -----------------------------------------------------------------------


HIDDEN_NAMES = [
    "Brouillon Jamais Publié",
    "Acteur Dépublié",
    "Nom En Brouillon",
    "Acteur de Beta",
    "Acteur Pas Encore Annoncé",
]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=e",
        "?format=fragment",
        "?format=fragment&bbox=-180,-90,180,90",
        "?embed=1",
        "?page=2",
    ],
)
def test_drafts_other_territories_and_private_fields_never_show(client, world, query):
    response = client.get(f"/carte/{query}", HTTP_HOST=DELTA)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nom Publié" in content  # the live version of the actor with a pending draft
    for name in HIDDEN_NAMES:
        assert name not in content, name
    for marker in PRIVATE_MARKERS:
        assert marker not in content, marker


def test_drafts_and_private_fields_never_show_on_the_network_map(client, world):
    content = get(client, "/carte/", host=NETWORK).content.decode()
    assert "Acteur de Beta" in content and "Nom Publié" in content
    for name in ["Brouillon Jamais Publié", "Acteur Dépublié", "Nom En Brouillon"]:
        assert name not in content
    for marker in PRIVATE_MARKERS:
        assert marker not in content


# --- The list fragment the map refreshes ----------------------------------------------------


def test_fragment_is_the_list_alone_narrowed_to_the_bbox(client, world):
    response = get(client, "/carte/", format="fragment", bbox="2.43,48.84,2.45,48.86")
    assert response.status_code == 200
    content = response.content.decode()
    assert "<html" not in content and "site-header" not in content and "<form" not in content
    assert content.strip().startswith('<section class="actor-results" id="resultats"')
    assert results_names(content) == ["Entreprise Horizon", "Lycée Condorcet"]
    assert "2 acteurs dans la zone affichée" in content
    assert 'data-count="2"' in content


def test_near_a_place_the_list_is_sorted_by_distance_with_it(client, world):
    """``pres=lat,lng`` (the place the visitor searched): nearest first, « à 1,2 km »."""
    content = get(
        client, "/carte/", format="fragment", bbox="2.43,48.84,2.45,48.86"
    ).content.decode()
    by_name = results_names(content)
    assert by_name == sorted(by_name)
    near = get(
        client, "/carte/", format="fragment", bbox="2.43,48.84,2.45,48.86", pres="48.8560,2.4490"
    ).content.decode()
    assert set(results_names(near)) == set(by_name)
    distances = [
        float(value.replace(",", "."))
        for value in re.findall(r'class="actor-card__distance">à ([0-9,]+) km<', near)
    ]
    assert len(distances) == len(by_name) and distances == sorted(distances)
    assert "Du plus proche au plus éloigné du lieu choisi." in near


def test_fragment_keeps_the_filters_and_pages(client, world):
    bulk_actors(world.epsilon, PAGE_SIZE + 2)
    content = get(
        client,
        "/carte/",
        host=EMPTY,
        format="fragment",
        bbox="-180,-90,180,90",
        offer="visites",
        page="2",
    ).content.decode()
    assert len(results_names(content)) == 2
    # Page links lead to the full page with the same filters (the map's state dropped).
    assert 'href="/carte/?offer=visites&amp;page=1"' in content
    assert "bbox" not in re.search(r'<nav class="pagination".*?</nav>', content, re.S).group(0)


def test_fragment_with_a_bad_parameter_answers_400_in_french(client, world):
    response = get(client, "/carte/", format="fragment", kind="zut")
    assert response.status_code == 400
    content = response.content.decode()
    assert "type d’acteur inconnu : zut" in content
    assert 'data-error="Type d’acteur : type d’acteur inconnu : zut' in content


# --- Map container ----------------------------------------------------------------------------


def test_map_container_carries_what_the_script_needs(client, world, settings):
    content = get(client, "/carte/").content.decode()
    container = re.search(r"<div class=\"actor-map\"[^>]*>", content, re.S).group(0)
    assert 'data-api-url="/api/actors.geojson"' in container
    assert 'data-list-url="/carte/"' in container
    assert 'data-geocode-url="/api/geocode"' in container
    assert 'data-tiles-url=""' in container  # no tiles in tests
    # Opens around the territory's communes.
    assert 'data-bounds="48.82,2.41,48.847,2.439"' in container
    # Labelled, described as having a list alternative, hidden until the script draws it.
    assert 'role="region"' in container and 'aria-label="Carte des acteurs"' in container
    assert 'aria-describedby="carte-description"' in container and " hidden" in container
    assert "la liste des résultats" in content.lower()
    # No inline script: only static files and JSON data islands.
    scripts = re.findall(r"<script([^>]*)>", content)
    assert scripts and all("src=" in attrs or "application/json" in attrs for attrs in scripts)
    assert "actors/js/actor_map.js" in content
    assert 'aria-live="polite"' in content
    assert "style=" not in content


# --- Embed mode -----------------------------------------------------------------------------


def test_embed_mode_is_chrome_less_and_frameable(client, world):
    full = get(client, "/carte/", kind="entreprise")
    assert full["X-Frame-Options"] == "DENY"
    assert 'class="site-header"' in full.content.decode()

    response = get(client, "/carte/", embed="1", kind="entreprise")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    content = response.content.decode()
    assert "site-header" not in content and "site-footer" not in content
    assert 'class="site-nav"' not in content and "skip-link" not in content
    assert results_names(content) == ["Entreprise Horizon"]
    # "Voir sur le site" opens the full page with the same filters, out of the frame.
    link = re.search(
        r'<a href="([^"]+)" target="_top" data-full-page-link>Voir sur le site</a>', content
    )
    assert link and link.group(1) == "/carte/?kind=entreprise"
    # The form stays in embed mode; the list's links leave the frame.
    assert '<input type="hidden" name="embed" value="1">' in content
    # (with the filters for the card's « Retour à la carte », on the full page)
    assert (
        'href="/acteurs/entreprise-horizon/?retour=kind%3Dentreprise" '
        'data-actor-link="/acteurs/entreprise-horizon/" target="_top"'
    ) in content


def test_only_the_embed_page_is_frameable(client, world):
    for query in ("", "?embed=0", "?embed=1&format=fragment"):
        response = client.get(f"/carte/{query}", HTTP_HOST=ALPHA)
        assert response["X-Frame-Options"] == "DENY", query
    assert get(client, "/acteurs/entreprise-horizon/", embed="1")["X-Frame-Options"] == "DENY"


# --- Network host -----------------------------------------------------------------------------


def test_network_map_shows_every_listed_territory_with_a_territory_filter(client, world):
    response = get(client, "/carte/", host=NETWORK)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Les acteurs de tous les territoires" in content
    assert '<label for="champ-territory">Territoire</label>' in content
    assert '<option value="alpha">Alpha</option>' in content
    assert '<option value="beta">Beta</option>' in content
    assert 'value="gamma"' not in content and "Acteur Pas Encore Annoncé" not in content
    assert set(results_names(content)) == {
        "Association des Jardins",
        "Entreprise Horizon",
        "Lycée Condorcet",
        "Acteur de Beta",
        "Nom Publié",
    }
    # Links go to the actors' own territory sites; each card names its territory.
    assert 'href="http://beta.localhost/acteurs/acteur-de-beta/"' in content
    assert "Association · Lyon · Beta" in content

    filtered = get(client, "/carte/", host=NETWORK, territory="beta").content.decode()
    assert results_names(filtered) == ["Acteur de Beta"]
    assert '<option value="beta" selected>Beta</option>' in filtered

    bad = get(client, "/carte/", host=NETWORK, territory="nulle-part")
    assert bad.status_code == 400
    assert "territoire inconnu : nulle-part" in bad.content.decode()


# --- Query budget -----------------------------------------------------------------------------


def count_queries(client, path, host=ALPHA) -> int:
    client.get(path, HTTP_HOST=host)  # warm the caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries)


FILTERED = "/carte/?kind=association&offer=visites&theme=rse-et-partenariats&commune=94018&q=acteur"


def add_theme(actors, slug="rse-et-partenariats"):
    theme = Theme.objects.get(slug=slug)
    Actor.themes.through.objects.bulk_create(
        Actor.themes.through(actor_id=actor.pk, theme_id=theme.pk) for actor in actors
    )


@pytest.mark.parametrize(
    ("path", "first"), [("/carte/", 10), (FILTERED, 10), ("/carte/?page=2", 30)]
)
def test_map_page_query_count_is_pinned_and_does_not_grow(client, world, path, first):
    add_communes(world.epsilon, [("94018", "Charenton-le-Pont", 48.82, 2.41)])
    add_theme(bulk_actors(world.epsilon, first, offers=("visites", "benevolat")))
    before = count_queries(client, path, host=EMPTY)
    assert before <= MAP_PAGE_MAX_QUERIES

    more = bulk_actors(world.epsilon, 60 - first, start=first, offers=("visites", "benevolat"))
    add_theme(more)
    assert count_queries(client, path, host=EMPTY) == before


def test_map_page_renders_within_the_budget(client, world, django_assert_max_num_queries):
    bulk_actors(world.epsilon, 60)
    client.get("/carte/", HTTP_HOST=EMPTY)
    with django_assert_max_num_queries(MAP_PAGE_MAX_QUERIES):
        response = client.get("/carte/", HTTP_HOST=EMPTY)
    assert len(results_names(response.content.decode())) == PAGE_SIZE


def test_network_map_page_query_count(client, world):
    bulk_actors(world.alpha, 10)
    bulk_actors(world.epsilon, 10)
    with_20 = count_queries(client, "/carte/", host=NETWORK)
    assert with_20 <= MAP_PAGE_MAX_QUERIES
    bulk_actors(world.epsilon, 40, start=10)
    assert count_queries(client, "/carte/", host=NETWORK) == with_20
