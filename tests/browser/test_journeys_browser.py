"""The public's journeys, walked end to end as a visitor walks them, at 1280 px and at 390 px
(issue 18's « Done when »), on the demo network loaded once for the module.

1. Vitawin's home (and its « Devenir Vitawiner » page) → « Rejoindre la dynamique » in one
   click → the sign-up sent → thanks.
2. The map: lycées in a commune → a lycée's card → « Retour à la carte » with the filters kept.
3. The header search finds a project by words of its title → « Je m'y greffe » sent → thanks,
   with a way back to the project.
4. The needs board → a need → « Je peux aider » sent → the acknowledgement e-mail.
5. A commune report, printed: a PDF of one or two A4 pages with the territory's letterhead.
6. The network host: the territories (map and list), the agenda and a registration sent,
   the network-wide projects leading to the territories' sites.

Every step checks the page the visitor sees: no sideways scroll, no console or script error,
axe-core (no serious/critical WCAG 2.1 A/AA violation, no undecided colour contrast), no
stray English or Python word in the main text; and writes a full-page screenshot to
``$BROWSER_SCREENSHOTS`` (default ``/tmp/catalyseurs-screenshots/``, outside the repository).

The journeys write (sign-ups, answers, registrations) to the module's demo, which
``demo_network`` empties after the module; each uses addresses of its own.
"""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.core import mail
from django.utils import timezone
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from actors.models import Actor, ActorSignup
from events.models import EventPage, EventRegistration
from network.models import Notification, SiteIdentity
from network.public_forms import rate_limit_reset
from projects.contributions import RECEIPT_SUBJECT_END
from projects.models import Contribution
from territories.models import Territory
from tests.browser.conftest import RecordedPage
from tests.browser.test_public_pages_browser import assert_accessible

pytestmark = pytest.mark.browser

VITAWIN = "vitawin.localhost"
NETWORK = "localhost"
COMMUNE = ("94018", "Charenton-le-Pont")  # a Vitawin commune with a lycée
PROJECT = "Forum de l’alternance Est Marne"
VIEWPORTS = {"bureau": (1280, 900), "telephone": (390, 844)}
SCREENSHOTS = Path(os.environ.get("BROWSER_SCREENSHOTS") or "/tmp/catalyseurs-screenshots")
# Words a French visitor should never read: a template's Python value or English left over.
FORBIDDEN = re.compile(
    r"\b(None|True|False|null|undefined|NaN|Edit|Delete|Submit|Search|Loading|Read more)\b"
)

viewports = pytest.mark.parametrize("viewport", list(VIEWPORTS), ids=list(VIEWPORTS))


@pytest.fixture
def demo(demo_network, fresh_site_root_paths):
    """The demo network (loaded once for the module), the public forms' limit reset."""
    rate_limit_reset("127.0.0.1")  # the live server sees the browser as 127.0.0.1
    yield demo_network
    rate_limit_reset("127.0.0.1")


@pytest.fixture
def walk(browser, live_server, demo):
    """``walk(journey, viewport, *args)``: run ``journey(Visitor, *args)`` in the browser
    thread, in one fresh context at that viewport for the whole journey."""

    def run(journey, viewport, *args):
        width, height = VIEWPORTS[viewport]
        context = browser.browser.new_context(
            locale="fr-FR", viewport={"width": width, "height": height}
        )
        try:
            page = context.new_page()
            page.set_default_timeout(10_000)
            visitor = Visitor(RecordedPage(page, live_server.url), f"{journey.__name__}-{width}")
            return journey(visitor, *args)
        finally:
            context.close()

    return lambda journey, viewport, *args: browser.call(run, journey, viewport, *args)


class Visitor:
    """The recorded page, its console errors, and the checks every step makes."""

    def __init__(self, recorded: RecordedPage, name: str):
        self.recorded = recorded
        self.page = recorded.page
        self.name = name
        self.steps = 0
        self.console_errors: list[str] = []
        self.page.on(
            "console",
            lambda message: (
                self.console_errors.append(f"{message.text} ({self.page.url})")
                if message.type == "error"
                else None
            ),
        )

    def open(self, host: str, path: str = "/"):
        return self.recorded.open(host, path)

    def url(self, host: str, path: str = "/") -> str:
        return self.recorded.url(host, path)

    def step(self, label: str, *, axe: bool = True) -> None:
        page = self.page
        self.steps += 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        slug = slugify(label)
        page.screenshot(
            path=SCREENSHOTS / f"{self.name}-{self.steps:02d}-{slug}.png", full_page=True
        )
        where = f"{self.name} – {label} ({page.url})"
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], f"{where}: scrolls sideways {widths}"
        text = page.inner_text("main")
        assert not FORBIDDEN.findall(text), f"{where}: {FORBIDDEN.findall(text)}"
        assert not self.console_errors, f"{where}: {self.console_errors}"
        assert not self.recorded.errors, f"{where}: {self.recorded.errors}"
        assert not self.recorded.foreign_requests(), self.recorded.foreign_requests()
        if axe:
            assert_accessible(page, where)

    def follow(self, target) -> None:
        """Click a link or a submit button and wait for the next page (not the old one's
        "load", already passed)."""
        with self.page.expect_navigation(wait_until="load"):
            target.click()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- 1. From the territory's home to the sign-up, sent -------------------------------------


def sign_up(visitor: Visitor, structure: str, email: str):
    # The page inviting actors to join leads to the sign-up too.
    page = visitor.open(VITAWIN, "/devenir-vitawiner/")
    join = page.locator("main").get_by_role("link", name="Rejoindre la dynamique", exact=True)
    assert join.get_attribute("href") == "/rejoindre/"
    visitor.step("devenir Vitawiner")
    page = visitor.open(VITAWIN)
    visitor.step("accueil")
    visitor.follow(
        page.locator("main").get_by_role("link", name="Rejoindre la dynamique", exact=True)
    )
    assert urlsplit(page.url).path == "/rejoindre/"
    assert page.locator("h1").inner_text() == "Rejoindre la dynamique de Vitawin"
    visitor.step("formulaire d’inscription")

    page.fill("#id_name", structure)
    page.select_option("#id_kind", index=1)
    page.fill("#id_description", "Réparation de vélos et ateliers d’autoréparation.")
    commune = page.locator("#id_commune")
    commune.fill("chare")
    page.locator('#id_commune-suggestions [role="option"]').first.click()
    assert page.locator('input[type="hidden"][name="commune"]').input_value() == COMMUNE[0]
    page.fill("#id_contact_name", "Alex Petit")
    page.fill("#id_contact_email", email)
    page.check("#id_consent")
    assert page.locator("#id_homepage").input_value() == ""  # the honeypot stays empty
    visitor.step("formulaire rempli")
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.wait_for_url(re.compile(r"/rejoindre/merci/"))
    assert page.locator("h1").inner_text() == "Merci, votre demande est envoyée"
    visitor.step("remerciement")


@viewports
def test_sign_up_from_the_home(walk, viewport):
    structure = f"Atelier Vélo Solidaire ({viewport})"
    walk(sign_up, viewport, structure, f"alex.{viewport}@velo.example")
    signup = ActorSignup.objects.get(actor__name=structure)
    assert signup.territory.slug == "vitawin"
    assert signup.actor.commune_insee == COMMUNE[0]
    assert signup.status == ActorSignup.Status.PENDING and not signup.actor.live


# --- 2. A lycée near a commune, its card, back to the map ----------------------------------


def results_names(page) -> list[str]:
    return page.locator(".actor-card__title a").all_inner_texts()


def wait_for_results(page, names: list[str]) -> None:
    page.wait_for_function(
        "(names) => !document.querySelector('#resultats[aria-busy]')"
        " && JSON.stringify([...document.querySelectorAll('.actor-card__title a')]"
        ".map(a => a.textContent.trim())) === JSON.stringify(names)",
        arg=names,
    )


def map_settled(page) -> None:
    """The map asks the server again 250 ms after it moves (and once drawn), dimming the list
    meanwhile: wait until nothing is on its way, so axe judges the list at full contrast."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.querySelector('[aria-busy=\"true\"]')")


def find_a_lycee(visitor: Visitor, lycees: list[str]):
    page = visitor.open(VITAWIN, "/carte/")
    page.wait_for_selector(".actor-map.actor-map--ready")
    map_settled(page)
    visitor.step("carte des acteurs")
    commune = page.locator("#champ-commune")
    commune.fill("chare")
    page.locator('#champ-commune-suggestions [role="option"]').first.click()
    page.wait_for_function(
        "(code) => new URLSearchParams(location.search).get('commune') === code", arg=COMMUNE[0]
    )
    page.locator("#filtre-kind > summary").click()
    page.locator('label[for="champ-kind-lycee"]').click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('kind') === 'lycee'")
    wait_for_results(page, lycees)
    page.keyboard.press("Escape")
    page.locator("#filtre-kind > summary").click()  # folded again, as a visitor would
    map_settled(page)
    visitor.step("lycées de la commune")

    page.get_by_role("link", name=lycees[0], exact=True).click()
    page.wait_for_url("**/acteurs/**")
    assert page.locator("h1").inner_text() == lycees[0]
    page.wait_for_selector(".points-map.points-map--ready")
    visitor.step("fiche du lycée")

    page.get_by_role("link", name="Retour à la carte des acteurs").click()
    page.wait_for_selector(".actor-map.actor-map--ready")
    wait_for_results(page, lycees)
    assert page.locator("#champ-kind-lycee").is_checked()
    commune = page.locator("#champ-commune")
    assert commune.input_value().startswith(COMMUNE[1])
    # The chosen commune is read whole, not cut by a narrow field.
    assert commune.evaluate("(input) => input.scrollWidth <= input.clientWidth")
    map_settled(page)
    params = page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
    assert (params["commune"], params["kind"]) == (COMMUNE[0], "lycee"), params
    visitor.step("retour à la carte filtrée")


@viewports
def test_a_lycee_near_a_commune_and_back_to_the_map(walk, viewport):
    lycees = sorted(
        Actor.objects.filter(
            territory__slug="vitawin", live=True, kind__slug="lycee", commune_insee=COMMUNE[0]
        ).values_list("name", flat=True)
    )
    assert lycees, "the demo has a lycée in Charenton-le-Pont"
    walk(find_a_lycee, viewport, lycees)


# --- 3. A project found by words of its title, joined --------------------------------------


def join_a_project(visitor: Visitor, email: str):
    page = visitor.open(VITAWIN)
    search = page.locator("#site-search-q")
    search.fill("forum alternance")
    search.press("Enter")
    page.wait_for_url("**/recherche/?q=forum+alternance*")
    visitor.step("résultats de recherche")
    visitor.follow(page.locator("main").get_by_role("link", name=PROJECT, exact=True))
    assert page.locator("h1").inner_text() == PROJECT
    project_path = urlsplit(page.url).path
    visitor.step("page du projet")

    page.fill("#id_name", "Camille Martin")
    page.fill("#id_email", email)
    page.fill("#id_message", "Notre entreprise peut tenir un stand et recevoir deux apprentis.")
    page.check("#id_consent")
    visitor.follow(page.get_by_role("button", name="Envoyer ma proposition"))
    assert page.locator("h1").inner_text() == "Merci, votre proposition est envoyée"
    visitor.step("remerciement")
    visitor.follow(page.get_by_role("link", name=f"Retour au projet « {PROJECT} »"))
    assert urlsplit(page.url).path == project_path
    assert page.locator("h1").inner_text() == PROJECT
    visitor.step("retour au projet", axe=False)  # the same page, checked above


@viewports
def test_a_project_found_by_its_title_and_joined(walk, viewport):
    email = f"camille.{viewport}@entreprise.example"
    walk(join_a_project, viewport, email)
    contribution = Contribution.objects.get(email=email)
    assert contribution.project.title == PROJECT and contribution.need is None


# --- 4. Help offered on a need, and the acknowledgement e-mail -----------------------------


def help_on_a_need(visitor: Visitor, email: str) -> str:
    page = visitor.open(VITAWIN, "/besoins/")
    page.wait_for_selector(".points-map.points-map--ready")
    visitor.step("tableau des besoins")
    link = page.locator(".need-card a").first
    title = link.inner_text()
    visitor.follow(link)
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("heading", name="Je peux aider").is_visible()
    visitor.step("page du besoin")

    page.fill("#id_name", "Dominique Roy")
    page.fill("#id_email", email)
    page.fill("#id_message", "Je peux venir avec deux collègues un mercredi de janvier.")
    page.check("#id_consent")
    visitor.follow(page.get_by_role("button", name="Envoyer ma proposition"))
    assert page.locator("h1").inner_text() == "Merci, votre proposition est envoyée"
    assert "accusé de réception" in page.inner_text("main")
    visitor.step("remerciement")
    return title


@viewports
def test_help_offered_on_a_need_is_acknowledged(walk, viewport):
    email = f"dominique.{viewport}@benevoles.example"
    title = walk(help_on_a_need, viewport, email)
    contribution = Contribution.objects.get(email=email)
    assert contribution.need.title == title
    # The receipt is owed in the outbox in the same transaction as the answer…
    receipt = Notification.objects.get(recipients=email, subject__endswith=RECEIPT_SUBJECT_END)
    if settings.CELERY_TASK_ALWAYS_EAGER:
        # …and, without a broker, sent in-process before the thank-you page answered.
        # (With REDIS_URL, CI runs no worker for the browser tests: the row is the proof.)
        assert receipt.status == Notification.Status.SENT
        sent = [message for message in mail.outbox if message.to == [email]]
        assert [message.subject for message in sent] == [receipt.subject]
        assert title in sent[0].body or "/besoins/" in sent[0].body


# --- 5. A commune report, printed ----------------------------------------------------------


def print_a_report(visitor: Visitor, contact: str, media_root: str) -> int:
    # The reverse proxy serves /media/ in production; here the files are read from disk.
    visitor.page.route(
        "**/media/**",
        lambda route: route.fulfill(path=Path(media_root) / urlsplit(route.request.url).path[7:]),
    )
    page = visitor.open(VITAWIN, f"/communes/{COMMUNE[0]}/")
    assert page.locator("h1").inner_text().startswith(COMMUNE[1])
    button = page.get_by_role("button", name="Imprimer / enregistrer en PDF")
    assert button.is_visible()
    page.locator(".points-map.points-map--ready").wait_for()
    visitor.step("bilan de commune")

    page.emulate_media(media="print")
    assert not button.is_visible() and not page.locator(".site-header").is_visible()
    letterhead = page.locator(".report-letterhead")
    assert letterhead.is_visible()
    text = letterhead.inner_text()
    assert "Vitawin" in text and contact in text and "vitawin.localhost" in text, text
    logo = letterhead.locator("img.report-letterhead__logo")
    assert logo.is_visible()
    assert logo.evaluate("(img) => img.complete && img.naturalWidth > 0"), "the logo did not load"
    visitor.step("bilan à l’impression", axe=False)  # axe judged the page on screen
    pdf = page.pdf(format="A4", print_background=True)
    page.emulate_media(media="screen")
    (SCREENSHOTS / f"{visitor.name}-bilan.pdf").write_bytes(pdf)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.fixture
def vitawin_logo(demo):
    """Vitawin's identity with a logo (the demo has none), for this test only: the other
    journeys' pages would ask for a file the live server does not serve."""
    territory = Territory.objects.get(slug="vitawin")
    identity = SiteIdentity.for_site(territory.site)
    identity.logo = get_image_model().objects.create(
        title="Logo de Vitawin",
        file=get_test_image_file("logo-vitawin.png", colour="#00755f", size=(160, 64)),
        collection=territory.collection,
    )
    identity.save()
    yield identity
    logo = identity.logo
    identity.logo = None
    identity.save()
    logo.delete()


@viewports
def test_a_commune_report_printed(walk, viewport, vitawin_logo):
    contact = vitawin_logo.contact_email
    assert contact
    pages = walk(print_a_report, viewport, contact, str(settings.MEDIA_ROOT))
    assert 1 <= pages <= 2, f"{pages} A4 pages"


# --- 6. The network host: territories, agenda, projects of every territory -----------------


def walk_the_network(visitor: Visitor, territories: set[str], event: str, email: str):
    page = visitor.open(NETWORK)
    page.wait_for_selector(".points-map.points-map--ready")
    listed = set(page.locator(".territory-list a").all_inner_texts())
    assert territories <= listed, territories - listed
    assert page.locator(".points-map .leaflet-marker-icon").count() >= 1
    # The territories come right under the intro, before the network's story.
    territories_top = page.locator("#territoires-titre").bounding_box()["y"]
    assert territories_top < page.locator("main .stream").bounding_box()["y"]
    visitor.step("accueil du réseau")

    visitor.follow(page.locator(".site-nav").get_by_role("link", name="Agenda", exact=True))
    assert page.locator("h1").inner_text() == "Agenda"
    visitor.step("agenda")
    visitor.follow(page.locator("main").get_by_role("link", name=event, exact=True))
    assert page.locator("h1").inner_text() == event
    visitor.step("événement")
    page.fill("#id_name", "Sacha Bernard")
    page.fill("#id_email", email)
    visitor.follow(page.get_by_role("button", name="S’inscrire"))
    assert "Votre inscription est confirmée" in page.locator("main").inner_text()
    visitor.step("inscription confirmée")

    visitor.follow(page.locator(".site-nav").get_by_role("link", name="Projets", exact=True))
    assert urlsplit(page.url).path == "/projets/"
    visitor.step("projets du réseau")
    cards = page.locator("main a[href*='/projets/']")
    hrefs = [cards.nth(i).get_attribute("href") for i in range(cards.count())]
    hosts = {urlsplit(href).hostname for href in hrefs if urlsplit(href).hostname}
    assert len(hosts) >= 2 and all(h.endswith(".localhost") for h in hosts), hosts
    # A card leads to the project on its territory's own site.
    first = next(href for href in hrefs if urlsplit(href).hostname)
    title = page.locator(f"main a[href='{first}']").first.inner_text()
    page.goto(visitor.url(urlsplit(first).hostname, path_of(first)), wait_until="load")
    assert page.locator("h1").inner_text() == title
    visitor.step("projet sur le site du territoire")


@viewports
def test_the_network_host(walk, viewport):
    territories = set(
        Territory.objects.filter(is_listed=True, site__isnull=False).values_list("name", flat=True)
    )
    event = (
        EventPage.objects.live()
        .filter(registration=EventPage.Registration.FORM, start__gt=timezone.now())
        .order_by("start")
        .first()
    )
    assert event is not None, "the demo agenda has an event open to registration"
    email = f"sacha.{viewport}@exemple.fr"
    walk(walk_the_network, viewport, territories, event.title, email)
    assert EventRegistration.objects.filter(event=event, email=email).exists()
