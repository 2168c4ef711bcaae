"""The actor map /carte/ and an actor's card in a real browser (headless Debian chromium).

One territory with 30 published actors around three communes, made here (the test does not
depend on the demo content). Zoomed out the map shows cluster bubbles; zoomed in, one marker
per actor; a kind filter changes the markers, the list beside the map and the URL without a
reload; the list leads to an actor's card; axe-core finds no serious or critical WCAG 2.1
A/AA violation on either page. Data is prepared in the test thread, the browser runs in its
own thread (see conftest).
"""

import pytest

from actors.models import Actor, ActorKind, Offer
from territories.models import Commune
from tests.actors.factories import ActorFactory
from tests.actors.test_geocode import BAN_EMPTY, BAN_FOUND, stub  # noqa: F401 (fixture)
from tests.browser.conftest import RecordedPage
from tests.browser.test_public_pages_browser import (
    assert_accessible,
    assert_self_contained,
    assert_skip_link_works,
)
from tests.territories.factories import CommuneFactory

pytestmark = pytest.mark.browser

HOST = "carto.localhost"
# Far enough apart that, zoomed in on one, the others are out of view.
COMMUNES = [
    ("94018", "Charenton-le-Pont", 48.82, 2.41),
    ("94080", "Vincennes", 48.87, 2.47),
    ("94068", "Saint-Maur-des-Fossés", 48.79, 2.50),
]
PER_COMMUNE = 10
# Offsets on a grid: 0.002° of longitude is ~46 px at zoom 15, more than markercluster's
# 40 px radius, so every actor gets its own marker once zoomed in.
OFFSETS = [(dy, dx) for dy in (-0.0015, 0.0015) for dx in (-0.004, -0.002, 0.0, 0.002, 0.004)]


def kind_of(index: int) -> str:
    return "entreprise" if index % 5 in (0, 1) else "association"


@pytest.fixture
def carto(transactional_db, django_db_serialized_rollback, fresh_site_root_paths, make_territory):
    """A territory with 30 published actors: 12 companies and 18 associations."""
    territory = make_territory("carto", name="Cartographie")
    Commune.objects.bulk_create(
        CommuneFactory.build(
            territory=territory,
            sort_order=i,
            insee_code=code,
            name=name,
            latitude=lat,
            longitude=lng,
        )
        for i, (code, name, lat, lng) in enumerate(COMMUNES)
    )
    kinds = {
        kind.slug: kind for kind in ActorKind.objects.filter(slug__in=["association", "entreprise"])
    }
    visits = Offer.objects.get(slug="visites")
    names = {"association": [], "entreprise": []}
    for c, (code, city, lat, lng) in enumerate(COMMUNES):
        for i, (dy, dx) in enumerate(OFFSETS):
            kind = kind_of(i)
            actor = ActorFactory(
                territory=territory,
                name=f"{kinds[kind].name} {city} {i + 1:02d}",
                kind=kinds[kind],
                city=city,
                commune_insee=code,
                lat=lat + dy,
                lng=lng + dx,
                private_notes="NOTE-INTERNE-CONFIDENTIELLE",
                offers=[visits],
                no_revision=True,
            )
            if c == 0:
                names[kind].append(actor.name)
    assert Actor.objects.filter(territory=territory, live=True).count() == 30
    return {"first_commune": COMMUNES[0], "names": names}


# --- Checks, run in the browser thread ----------------------------------------------------


def map_state(page) -> dict:
    return page.evaluate(
        """() => {
            const map = document.querySelector('.actor-map');
            const params = new URLSearchParams(location.search);
            return {
                zoom: Number(params.get('z')),
                kinds: params.getAll('kind'),
                clusters: map.querySelectorAll('.actor-cluster').length,
                markers: map.querySelectorAll('img.leaflet-marker-icon').length,
                heading: document.querySelector('#resultats-titre').textContent.replace(/\\s+/g, ' ').trim(),
                names: [...document.querySelectorAll('.actor-card__title a')].map(a => a.textContent),
                kinds_listed: [...document.querySelectorAll('.actor-card__meta')].map(p => p.textContent.split(' · ')[0]),
                announced: document.querySelector('[data-results-announce]').textContent,
            };
        }"""
    )


def wait_for_heading(page, text: str) -> None:
    page.wait_for_function(
        "(text) => document.querySelector('#resultats-titre')"
        " && document.querySelector('#resultats-titre').textContent.replace(/\\s+/g, ' ').trim() === text"
        " && !document.querySelector('#resultats[aria-busy]')",
        arg=text,
    )


def check_map(recorded, first_commune, names):
    code, city, lat, lng = first_commune
    # Zoomed out on the territory: cluster bubbles, and the list of every actor in view.
    page = recorded.open(HOST, f"/carte/?lat={lat + 0.025}&lng={lng + 0.045}&z=11")
    page.wait_for_selector(".actor-map.actor-map--ready")
    page.wait_for_selector(".actor-map .actor-cluster")
    wait_for_heading(page, "30 acteurs dans la zone affichée")
    state = map_state(page)
    assert state["clusters"] >= 1, state
    assert len(state["names"]) == 20  # first page of the list
    # Without tiles (tests), a plain background and no request to a tile server.
    assert page.locator(".actor-map--no-tiles").count() == 1
    assert_skip_link_works(page)

    # A click on a bubble zooms in.
    page.locator(".actor-map .actor-cluster").first.click()
    page.wait_for_function("() => Number(new URLSearchParams(location.search).get('z')) > 11")

    # Zoomed in on one commune: one marker per actor, and the list follows the viewport.
    page = recorded.open(HOST, f"/carte/?lat={lat}&lng={lng}&z=15")
    page.wait_for_selector(".actor-map.actor-map--ready")
    wait_for_heading(page, "10 acteurs dans la zone affichée")
    page.wait_for_function(
        "() => document.querySelectorAll('.actor-map img.leaflet-marker-icon').length === 10"
    )
    state = map_state(page)
    assert state["clusters"] == 0, state
    assert sorted(state["names"]) == sorted(names["association"] + names["entreprise"])

    # A marker's popup links to the actor's card, on this site.
    page.locator(".actor-map img.leaflet-marker-icon").first.click()
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert link.get_attribute("href").startswith("/acteurs/")
    # It names the kind and the commune, and what the actor offers.
    meta = page.locator(".actor-map__popup-meta").inner_text()
    assert " · " in meta, meta
    assert page.locator(".actor-map__popup-offers li").count() >= 1

    # A kind filter (checkbox): the markers, the list and the URL change, without a reload.
    page.evaluate("() => { window.__sameDocument = true; }")
    page.locator("#filtre-kind > summary").click()
    page.locator('label[for="champ-kind-entreprise"]').click()
    expected = len(names["entreprise"])
    wait_for_heading(page, f"{expected} acteurs dans la zone affichée")
    page.wait_for_function(
        "(n) => document.querySelectorAll('.actor-map img.leaflet-marker-icon').length === n",
        arg=expected,
    )
    state = map_state(page)
    assert page.evaluate("() => window.__sameDocument === true"), "the page reloaded"
    assert state["kinds"] == ["entreprise"]
    assert state["zoom"] == 15
    assert sorted(state["names"]) == sorted(names["entreprise"])
    assert set(state["kinds_listed"]) == {"Entreprise"}
    # The live region says how many actors the list now holds.
    page.wait_for_function(
        "(text) => document.querySelector('[data-results-announce]').textContent === text",
        arg=f"{expected} acteurs dans la zone affichée",
    )
    assert page.locator("#filtre-kind .filter-group__count").inner_text() == "(1 choisi)"

    page.keyboard.press("Escape")
    assert_accessible(page, "carte des acteurs")

    # Reloading the shared URL restores the filters and the viewport.
    shared = page.url
    page.goto(shared, wait_until="load")
    page.wait_for_selector(".actor-map.actor-map--ready")
    wait_for_heading(page, f"{expected} acteurs dans la zone affichée")
    assert page.locator("#champ-kind-entreprise").is_checked()
    assert map_state(page)["zoom"] == 15

    # The list leads to an actor's card.
    first = page.locator(".actor-card__title a").first
    name = first.inner_text()
    first.click()
    page.wait_for_url("**/acteurs/**")
    assert page.locator("h1").inner_text() == name
    assert "NOTE-INTERNE-CONFIDENTIELLE" not in page.content()
    page.wait_for_selector(".points-map.points-map--ready")
    assert page.locator(".points-map .leaflet-marker-icon").count() == 1
    assert_accessible(page, "fiche d’un acteur")
    # « Retour à la carte » comes back to the same filters and view.
    page.get_by_role("link", name="Retour à la carte des acteurs").click()
    page.wait_for_selector(".actor-map.actor-map--ready")
    wait_for_heading(page, f"{expected} acteurs dans la zone affichée")
    assert page.locator("#champ-kind-entreprise").is_checked()
    assert map_state(page)["zoom"] == 15
    assert_self_contained(recorded)
    return name


def check_without_javascript(recorded):
    page = recorded.open(HOST, "/carte/?kind=entreprise")
    # The map stays hidden; the server-rendered list and its filters are the whole page.
    assert page.locator(".actor-map").is_hidden()
    assert page.locator("#resultats-titre").inner_text().strip() == "12 acteurs"
    assert page.locator(".actor-card").count() == 12
    page.locator('label[for="champ-kind-association"]').click()
    page.locator(".map-filters__form button[type=submit]").click()
    page.wait_for_url("**kind=association**")
    assert page.locator("#resultats-titre").inner_text().strip() == "30 acteurs"
    assert page.locator(".actor-card").count() == 20
    page.locator('.pagination a[rel="next"]').click()
    page.wait_for_url("**page=2**")
    assert page.locator(".actor-card").count() == 10
    # (No axe run here: it injects a script, which this context refuses to run.)


def check_embed(recorded):
    page = recorded.open(HOST, "/carte/?embed=1&kind=entreprise")
    page.wait_for_selector(".actor-map.actor-map--ready")
    assert page.locator(".site-header").count() == 0
    assert page.locator(".site-footer").count() == 0
    link = page.locator("[data-full-page-link]")
    assert link.inner_text() == "Voir sur le site"
    # The link follows the map's state, for the full page.
    page.wait_for_function("() => new URLSearchParams(location.search).get('z') !== null")
    href = link.get_attribute("href")
    assert href.startswith("/carte/?") and "kind=entreprise" in href and "embed" not in href
    assert_accessible(page, "carte intégrée")


def check_commune_moves_the_map(recorded):
    """Zoomed in on Charenton, the visitor picks Vincennes in the commune box: the map goes
    to Vincennes, and the list and markers are Vincennes' own actors."""
    charenton, vincennes = COMMUNES[0], COMMUNES[1]
    page = recorded.open(HOST, f"/carte/?lat={charenton[2]}&lng={charenton[3]}&z=15")
    page.wait_for_selector(".actor-map.actor-map--ready")
    wait_for_heading(page, "10 acteurs dans la zone affichée")
    commune = page.locator('[data-commune-combobox] input[role="combobox"]')
    commune.focus()
    page.keyboard.type("vinc")
    page.wait_for_selector('[role="listbox"] [role="option"]')
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('commune') === '94080'"
        " && Number(new URLSearchParams(location.search).get('z')) === 13"
    )
    wait_for_heading(page, "10 acteurs dans la zone affichée")
    state = map_state(page)
    assert state["names"] and all("Vincennes" in name for name in state["names"]), state
    lat, lng = (
        float(page.evaluate(f"() => new URLSearchParams(location.search).get('{key}')"))
        for key in ("lat", "lng")
    )
    assert abs(lat - vincennes[2]) < 0.01 and abs(lng - vincennes[3]) < 0.01, (lat, lng)
    assert not recorded.errors, recorded.errors


def check_locate_and_address(recorded, address_service, granted):
    page = recorded.open(HOST, "/carte/?lat=48.85&lng=2.45&z=11")
    page.wait_for_selector(".actor-map.actor-map--ready")
    status = page.locator("[data-map-status]")
    page.locator("[data-locate]").click()
    if granted:
        page.wait_for_function("() => new URLSearchParams(location.search).get('z') === '14'")
        assert status.inner_text() == "Carte centrée sur votre position."
        lat = float(page.evaluate("() => new URLSearchParams(location.search).get('lat')"))
        assert abs(lat - 48.8219) < 0.001
    else:
        page.wait_for_function(
            "() => document.querySelector('[data-map-status]').textContent !== ''"
            " && !document.querySelector('[data-map-status]').textContent.startsWith('Recherche')"
        )
        assert "géolocalisation" in status.inner_text()
        assert "map-tools__status--error" in status.get_attribute("class")

    # "Près d'une adresse": our server asks the address service (a local stub here).
    address_service.reply(BAN_FOUND)
    page.fill("#champ-adresse", "12 rue de Paris Charenton")
    page.locator(".map-tools__address button[type=submit]").click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('z') === '16'")
    assert status.inner_text() == "Carte centrée sur : 12 Rue de Paris 94220 Charenton-le-Pont"
    # The list is then sorted by distance from the address, each actor « à … km ».
    page.wait_for_selector(".actor-card__distance")
    distances = [
        float(text.removeprefix("à ").removesuffix(" km").replace(",", "."))
        for text in page.locator(".actor-card__distance").all_inner_texts()
    ]
    assert distances and distances == sorted(distances), distances
    address_service.reply(BAN_EMPTY)
    page.fill("#champ-adresse", "nulle part")
    page.locator(".map-tools__address button[type=submit]").click()
    page.wait_for_function(
        "() => document.querySelector('[data-map-status]').textContent === 'Adresse introuvable'"
    )
    assert_self_contained(recorded)


# --- Tests --------------------------------------------------------------------------------


def test_map_clusters_markers_filters_and_actor_card(browse, carto):
    name = browse(check_map, carto["first_commune"], carto["names"])
    assert name in carto["names"]["entreprise"]


def test_map_page_without_javascript(browser, live_server, carto):
    """The same filters, the list and its pages work with JavaScript off."""

    def run():
        context = browser.browser.new_context(
            locale="fr-FR", viewport={"width": 1280, "height": 900}, java_script_enabled=False
        )
        try:
            page = context.new_page()
            page.set_default_timeout(10_000)
            check_without_javascript(RecordedPage(page, live_server.url))
        finally:
            context.close()

    browser.call(run)


def test_choosing_a_commune_moves_the_map_to_it(browse, carto):
    browse(check_commune_moves_the_map)


def test_embedded_map(browse, carto):
    browse(check_embed)


@pytest.mark.parametrize(
    "granted", [True, False], ids=["geolocation-granted", "geolocation-denied"]
)
def test_around_me_and_near_an_address(browser, live_server, carto, stub, granted):  # noqa: F811
    def run():
        options = {"locale": "fr-FR", "viewport": {"width": 1280, "height": 900}}
        if granted:
            options.update(
                geolocation={"latitude": 48.8219, "longitude": 2.4139}, permissions=["geolocation"]
            )
        context = browser.browser.new_context(**options)
        try:
            page = context.new_page()
            page.set_default_timeout(10_000)
            check_locate_and_address(RecordedPage(page, live_server.url), stub, granted)
        finally:
            context.close()

    browser.call(run)
