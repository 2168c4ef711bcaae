"""The import page in a real browser, without a broker (``make run``): the upload answers at
once, the page draws the run's progress as it polls its JSON, then shows the final state."""

import re

import pytest

from actors.models import Actor
from territories.models import TerritoryRole
from tests.conftest import PASSWORD, team

pytestmark = pytest.mark.browser

ALPHA = "alpha.localhost"
ROWS = 3000


def rows_file():
    lines = ["external_id;name;kind;latitude;longitude"]
    lines += [f"r{n};Acteur {n};entreprise;48.82;2.41" for n in range(ROWS)]
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def editor(
    request,
    transactional_db,
    django_db_serialized_rollback,
    fresh_site_root_paths,
    settings,
    eager_tasks,
):
    settings.ACTOR_IMPORT_IN_THREAD = True  # as without REDIS_URL
    territory = request.getfixturevalue("territory_a")
    make_user = request.getfixturevalue("make_user")
    return make_user("editrice-import", team(territory, TerritoryRole.Role.EDITORS))


def check_import(recorded):
    page = recorded.open(ALPHA, "/admin/login/")
    page.fill("input[name=username]", "editrice-import")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    recorded.open(ALPHA, "/admin/acteurs/import/")
    page.set_input_files(
        "input[name=file]",
        files=[{"name": "acteurs.csv", "mimeType": "text/csv", "buffer": rows_file()}],
    )
    page.get_by_role("button", name="Lancer l’import").click()
    page.wait_for_url(re.compile(r"/admin/acteurs/import/\d+/$"))
    seen = []
    for _ in range(600):  # 60 s at most
        if page.locator(".import-summary").count():
            break
        rows = page.locator("#import-rows")
        if rows.count():
            seen.append(rows.inner_text())
        page.wait_for_timeout(100)
    assert "Terminé" in page.locator("#import-status").inner_text()
    assert page.locator(".import-summary .help-info").count() == 1
    assert page.locator("progress").count() == 0
    assert not recorded.errors, recorded.errors
    return seen


def test_the_import_page_draws_the_progress_then_the_result(browse, editor):
    seen = browse(check_import)
    # Drawn while it ran: rows checked, then written, in words.
    assert any(re.search(r"\d+ lignes (lues|écrites sur \d+)", text) for text in seen), seen
    assert Actor.objects.filter(territory__slug="alpha").count() == ROWS
