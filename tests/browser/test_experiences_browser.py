"""Experience pages and the network index in a real browser: axe-core (no serious or
critical WCAG 2.1 A/AA violation), the facet form without JavaScript, the print button.

Runs against the demo network (``load_demo``), whose write-ups fill every section.
"""

import pytest

from experiences.models import ExperiencePage

from .test_public_pages_browser import assert_accessible, assert_self_contained

pytestmark = pytest.mark.browser


@pytest.fixture
def demo(demo_network, fresh_site_root_paths):
    """The demo network, loaded once for the module (tests/browser/conftest.py)."""
    return demo_network


def check_experience_page(recorded, host, path, title):
    page = recorded.open(host, path)
    assert page.locator("h1").inner_text() == title
    # The script reveals the print button (hidden without JavaScript).
    button = page.get_by_role("button", name="Télécharger en PDF")
    assert button.is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not button.is_visible()
    page.emulate_media(media="screen")
    assert_accessible(page, "page d’expérience")
    assert_self_contained(recorded)


def check_network_index(recorded, total):
    page = recorded.open("localhost", "/experiences/")
    assert page.locator(".experience-card").count() == total
    assert_accessible(page, "index des expériences du réseau")
    # Filter through the form: check a territory, submit, the URL carries the filter.
    page.get_by_label("Vitawin").first.check()
    page.get_by_role("button", name="Afficher les expériences").click()
    page.wait_for_load_state("load")
    assert "territoire=vitawin" in page.url
    assert page.locator(".experience-card").count() == 2
    assert_accessible(page, "index filtré")
    assert_self_contained(recorded)


def check_index_without_javascript(browser, url):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    try:
        page = context.new_page()
        page.goto(url + "?maturite=emergence")
        names = page.locator(".experience-card__title").all_inner_texts()
        checked = page.locator('input[name="maturite"][value="emergence"]').is_checked()
        return names, checked
    finally:
        context.close()


def test_experience_page(browse, demo):
    experience = ExperiencePage.objects.live().get(slug="vitawin-ecoles-et-entreprises")
    path = experience.get_url_parts()[2]
    browse(check_experience_page, "vitawin.localhost", path, experience.title)


def test_network_index(browse, browser, live_server, demo):
    total = ExperiencePage.objects.live().filter(territory__is_listed=True).count()
    assert total >= 8
    browse(check_network_index, total)
    port = live_server.url.rsplit(":", 1)[1]
    names, checked = browser.call(
        check_index_without_javascript, browser.browser, f"http://localhost:{port}/experiences/"
    )
    expected = set(
        ExperiencePage.objects.live().filter(maturity="emergence").values_list("title", flat=True)
    )
    assert set(names) == expected and checked
