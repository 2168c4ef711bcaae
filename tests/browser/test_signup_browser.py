"""The sign-up form in a real browser: accessibility (axe-core, WCAG 2.1 A/AA) on the empty
form and on the form with errors, the consent box reached and ticked with the keyboard, the
honeypot out of sight and out of the tab order, and a sign-up submitted to the end.
"""

import re

import pytest

from actors import signup as service
from actors.models import ActorSignup
from network.models import Notification
from tests.territories.factories import CommuneFactory

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
HOST = "alpha.localhost"
MAX_TABS = 120


@pytest.fixture
def alpha(transactional_db, django_db_serialized_rollback, fresh_site_root_paths, territory_a):
    CommuneFactory(
        territory=territory_a, insee_code="94018", name="Charenton-le-Pont", postcodes="94220"
    )
    service.rate_limit_reset("127.0.0.1")  # the live server sees the browser as 127.0.0.1
    yield territory_a
    service.rate_limit_reset("127.0.0.1")


def assert_accessible(page, label: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"{label}\n{results.generate_report()}"


def tab_to(page, element_id: str) -> list[str]:
    """Press Tab until the element has the focus; returns the ids focused on the way."""
    seen = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.id || document.activeElement.tagName")
        seen.append(focused)
        if focused == element_id:
            return seen
    raise AssertionError(f"{element_id} never got the focus; focused: {seen}")


def check_sign_up(recorded):
    page = recorded.open(HOST, "/rejoindre/")
    assert page.locator("h1").inner_text() == "Rejoindre la dynamique de Alpha"
    assert_accessible(page, "formulaire d’inscription")

    # The honeypot is neither visible nor in the tab order.
    assert not page.locator("#id_homepage").is_visible()
    # Submitting the empty form: an error summary whose links lead to the fields.
    page.locator(".signup-form__submit").click()
    page.wait_for_selector(".error-summary")
    assert page.title().startswith("Erreur")
    summary = page.locator(".error-summary")
    assert "Nom de la structure : Indiquez le nom de votre structure." in summary.inner_text()
    assert_accessible(page, "formulaire avec erreurs")
    summary.locator('a[href="#id_name"]').click()
    assert page.evaluate("() => location.hash") == "#id_name"

    # Fill in, then reach the consent box with the keyboard alone and tick it.
    page.fill("#id_name", "Atelier Vélo Solidaire")
    page.select_option("#id_kind", index=1)
    page.fill("#id_description", "Réparation de vélos et ateliers d’autoréparation.")
    # The commune: an ARIA combobox, used with the keyboard alone.
    commune = page.locator("#id_commune")
    assert commune.get_attribute("role") == "combobox"
    assert commune.get_attribute("aria-expanded") == "false"
    commune.focus()
    page.keyboard.type("chare")
    page.wait_for_selector('#id_commune-suggestions [role="option"]')
    assert commune.get_attribute("aria-expanded") == "true"
    assert_accessible(page, "suggestions de communes ouvertes")
    page.keyboard.press("ArrowDown")
    active = page.locator(f"#{commune.get_attribute('aria-activedescendant')}")
    assert active.get_attribute("aria-selected") == "true"
    assert active.inner_text() == "Charenton-le-Pont (94220)"
    page.keyboard.press("Enter")  # chooses, does not submit
    assert commune.get_attribute("aria-expanded") == "false"
    assert commune.input_value() == "Charenton-le-Pont (94220)"
    assert page.locator('input[type="hidden"][name="commune"]').input_value() == "94018"
    # Escape closes the suggestions, then a second Escape clears the field.
    page.keyboard.type(" ")
    page.keyboard.press("Escape")
    assert commune.get_attribute("aria-expanded") == "false"
    commune.fill("")
    page.keyboard.type("Charenton-le-Pont (94220)")  # typed back: resolved by the server
    page.fill("#id_contact_name", "Alex Petit")
    page.fill("#id_contact_email", "alex@velo.example")
    page.locator("#id_contact_phone").focus()
    path = tab_to(page, "id_consent")
    assert "id_homepage" not in path
    page.keyboard.press("Space")
    assert page.locator("#id_consent").is_checked()
    # The privacy notice link comes next, then the submit button (still no honeypot).
    path = tab_to(page, "BUTTON")
    assert "id_homepage" not in path
    assert page.evaluate("() => document.activeElement.className") == "signup-form__submit"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/rejoindre/merci/"))  # the #fragment may stay
    assert page.locator("h1").inner_text() == "Merci, votre demande est envoyée"
    assert_accessible(page, "page de remerciement")
    assert not recorded.foreign_requests(), recorded.foreign_requests()
    assert not recorded.errors, recorded.errors


def test_sign_up_in_a_browser(browse, alpha, moderator_a):
    browse(check_sign_up)
    signup = ActorSignup.objects.get()
    assert signup.actor.name == "Atelier Vélo Solidaire"
    assert (signup.actor.commune_insee, signup.actor.city) == ("94018", "Charenton-le-Pont")
    assert signup.status == ActorSignup.Status.PENDING and not signup.actor.live
    assert Notification.objects.count() == 2
