"""The editors' journeys of issue 19, walked end to end in a real browser.

1. A write-up's review: a pioneer writes a new experience (the visible required fields only),
   saves and submits it; the territory's team approves it from its dashboard and is told the
   next step; the network team finds it first on its dashboard and publishes it; the pioneer
   gets the e-mail and the page is live.
2. A territory team's day: it moderates a sign-up, places the actor on the map widget, imports
   a file with one bad row then its valid rows, answers a contribution, marks a need filled and
   exports its actors.

Every step checks that the page raised no script error nor console error, and that no English
word of the admin's vocabulary shows in ``main`` (``ENGLISH``).
"""

import re
from pathlib import Path

import pytest

from django.core import mail

from actors import signup as signup_service
from actors.models import Actor, ActorImport, ActorKind, ActorSignup
from experiences.models import ExperiencePage
from network.models import Notification
from projects.models import ContributionEvent, Need, NeedStatus
from territories.models import Territory, TerritoryRole
from tests.conftest import PASSWORD, team
from tests.projects.factories import ContributionFactory, NeedFactory

pytestmark = pytest.mark.browser

ALPHA = "alpha.localhost"
NETWORK = "localhost"
ENGLISH = re.compile(  # whole words only: « Page », « Actions », « Close » are French too
    r"\b(None|True|False|Edit|Delete|Save|Submit|Cancel|Loading|Search|Add|Approve|Publish"
    r"|Unpublish|Draft|Live|More|Status|Invalid location|Error|Previous|Next"
    r"|Dashboard|Settings|Choose|Upload|Download|Yes|No|Revisions|History|Comments"
    r"|Workflow|Tasks|Review|Updated|Created|Owner|Sorry|Required|This field)\b"
)
# French gone wrong: hedged agreements, Wagtail's « crées » and « dansAlpha » (site summary).
FAULTS = re.compile(r"\(e\)|\bcrées\b|\bdans(?=\w)|\b\d+ (Pages?|Images?|Documents?)\b")
TITLE = "Le café des possibles"


# --- Helpers -----------------------------------------------------------------------------------


def record_console(recorded):
    """Console errors join the page's script errors in ``recorded.errors``."""

    def on_console(message):
        if message.type == "error":
            recorded.errors.append(f"console: {message.text}")

    recorded.page.on("console", on_console)


def step_ok(recorded, step: str, where: str = "main") -> None:
    """No script / console error so far, no English word of the admin in ``main`` (or
    ``where``: a modal dialog)."""
    page = recorded.page
    page.wait_for_load_state("load")
    assert not recorded.errors, f"{step}: {recorded.errors}"
    text = page.locator(where).first.inner_text()
    found = ENGLISH.findall(text)
    assert not found, f"{step}: English in main: {found}\n{text[:3000]}"
    faults = FAULTS.findall(text)
    assert not faults, f"{step}: French faults in main: {faults}\n{text[:3000]}"


def log_in(recorded, host: str, username: str):
    record_console(recorded)
    page = recorded.open(host, "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    step_ok(recorded, f"tableau de bord de {username}")
    return page


def messages_text(page) -> str:
    return page.locator(".messages").first.inner_text()


# --- 1. The review of a write-up ----------------------------------------------------------------


@pytest.fixture
def review(request, transactional_db, django_db_serialized_rollback, fresh_site_root_paths):
    territory = request.getfixturevalue("territory_a")
    Territory.objects.filter(pk=territory.pk).update(latitude=48.82, longitude=2.41)
    make_user = request.getfixturevalue("make_user")
    network_editor = request.getfixturevalue("network_editor")
    index = territory.site.root_page.get_children().get(slug="experiences")
    # The reviewers: the groups the workflow's tasks name, the territory's editors first.
    first, last = (task.specific for task in index.get_workflow().tasks)
    assert team(territory) in first.groups.all()
    assert set(last.groups.all()) <= set(network_editor.groups.all())
    return {
        "pioneer": make_user("pionniere", team(territory, TerritoryRole.Role.PIONEERS)),
        "editor": make_user("editrice", team(territory)),
        "network": network_editor,
        "index": index,
    }


def write_and_submit(recorded, index_id):
    page = log_in(recorded, ALPHA, "pionniere")
    recorded.open(ALPHA, f"/admin/pages/add/experiences/experiencepage/{index_id}/")
    step_ok(recorded, "nouvelle expérience")
    # The visible required fields: those marked required in the open tab.
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_title").blur()
    required = page.locator("[required]:visible")
    for n in range(required.count()):
        field = required.nth(n)
        if field.get_attribute("id") in ("id_title", "id_slug") or field.input_value():
            continue
        tag = field.evaluate("element => element.tagName")
        if tag == "SELECT":
            field.select_option(index=1)
        else:
            field.fill("Une phrase pour résumer.")
    page.get_by_role("button", name=re.compile("Enregistrer le brouillon")).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert page.locator(".help-critical, .w-field__errors .error-message").count() == 0
    step_ok(recorded, "brouillon enregistré")

    # « Soumettre à … » sits in the save button's menu.
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name=re.compile("^Soumettre à")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/|/admin/pages/\d+/$"))
    assert TITLE in messages_text(page), messages_text(page)
    step_ok(recorded, "soumise à la relecture")


def approve_from_dashboard(recorded, host, username):
    """On the dashboard, the review comes first; approve it through Wagtail's modal."""
    page = log_in(recorded, host, username)
    panel = page.locator("#awaiting-review-section")
    assert TITLE in panel.inner_text()
    # The reviews are the first panel of the dashboard, in the first screen.
    panels = page.locator("main [id$=-section]").evaluate_all("found => found.map(e => e.id)")
    assert panels[0] == "awaiting-review-section", panels
    assert panel.bounding_box()["y"] < 900
    panel.get_by_role("button", name="Actions").first.click()
    panel.get_by_role("button", name=re.compile("^Approuver avec")).first.click()
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    step_ok(recorded, "fenêtre d’approbation", ".modal-dialog")
    modal.locator("textarea").first.fill("Bien écrit, merci.")
    modal.get_by_role("button", name=re.compile("Approuver")).click()
    page.wait_for_url("**/admin/")
    page.locator(".messages").first.wait_for()
    text = messages_text(page)
    step_ok(recorded, f"approbation par {username}")
    return text


def live_page(recorded, path):
    recorded.open(ALPHA, path)
    assert TITLE in recorded.page.locator("h1").inner_text()
    assert not recorded.errors, recorded.errors


def test_a_write_up_goes_from_the_pioneer_to_publication(browse, review):
    mail.outbox.clear()
    browse(write_and_submit, review["index"].pk)
    page = ExperiencePage.objects.get(title=TITLE)
    assert not page.live and page.workflow_in_progress
    assert page.slug == "le-cafe-des-possibles" and page.owner == review["pioneer"]

    told = browse(approve_from_dashboard, ALPHA, "editrice")
    assert TITLE in told and "Relecture par l’équipe du réseau" in told, told
    assert "mise à jour" not in told

    told = browse(approve_from_dashboard, NETWORK, review["network"].username)
    assert f"« {TITLE} » est approuvée et publiée." in told, told

    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    to_pioneer = [m for m in mail.outbox if review["pioneer"].email in m.to]
    assert any(TITLE in m.subject and "approuvée" in m.subject for m in to_pioneer), [
        (m.to, m.subject) for m in mail.outbox
    ]
    _site, root_url, path = page.get_url_parts()
    assert root_url.startswith("http://alpha.localhost")
    browse(live_page, path)


# --- 2. A territory team's day ------------------------------------------------------------------

CSV = (
    "external_id;name;kind;latitude;longitude\n"
    "j1;Lycée du Port;lycee;48.8215;2.4120\n"
    "j2;Garage Martin;entreprise;48.8230;2.4150\n"
    "j3;Fusée Club;fusée;48.8240;2.4160\n"
)


@pytest.fixture
def day(request, transactional_db, django_db_serialized_rollback, fresh_site_root_paths, settings):
    settings.ACTOR_IMPORT_IN_THREAD = True  # as without REDIS_URL
    request.getfixturevalue("eager_tasks")
    territory = request.getfixturevalue("territory_a")
    Territory.objects.filter(pk=territory.pk).update(latitude=48.82, longitude=2.41)
    make_user = request.getfixturevalue("make_user")
    editor = make_user("editrice-du-jour", team(territory))
    signup = signup_service.signup_create(
        territory,
        {
            "name": "Atelier Vélo Solidaire",
            "kind": ActorKind.objects.get(slug="association"),
            "description": "Réparation de vélos.",
            "contact_name": "Camille Martin",
            "contact_email": "camille@velo.example",
        },
    )
    need = NeedFactory(territory=territory, title="Deux stagiaires en atelier")
    contribution = ContributionFactory(
        territory=territory, need=need, name="Dominique Bernard", email="dominique@aide.example"
    )
    return {
        "editor": editor,
        "signup": signup,
        "need": need,
        "contribution": contribution,
    }


def moderate_and_place(recorded, signup_id):
    page = log_in(recorded, ALPHA, "editrice-du-jour")
    recorded.open(ALPHA, "/admin/inscriptions/")
    step_ok(recorded, "liste des inscriptions")
    page.get_by_role("link", name=re.compile("Atelier Vélo Solidaire")).first.click()
    page.wait_for_url(f"**/admin/inscriptions/{signup_id}/")
    step_ok(recorded, "demande d’inscription")
    page.get_by_role("button", name="Accepter et publier").click()
    page.wait_for_url("**/admin/inscriptions/")
    text = messages_text(page)
    assert "« Atelier Vélo Solidaire » est publié" in text, text
    step_ok(recorded, "inscription acceptée")

    # Without an address, no position: the warning leads to the map widget.
    page.get_by_role("link", name="Placer sur la carte").click()
    page.wait_for_url(re.compile(r"/admin/snippets/actors/actor/edit/\d+/"))
    step_ok(recorded, "fiche de l’acteur")
    page.get_by_role("tab", name="Adresse et carte").click()
    latlng = page.locator("[id$=location_latlng]")
    assert latlng.input_value().startswith("48.82,2.41")  # the territory, not France
    latlng.fill("")
    latlng.press_sequentially("48,x")
    assert "Coordonnées illisibles" in page.locator(".help-warning").inner_text()
    step_ok(recorded, "coordonnée fausse")
    latlng.fill("")
    latlng.press_sequentially("48.8301,2.4202")
    latlng.blur()
    page.wait_for_timeout(300)
    step_ok(recorded, "coordonnée juste")
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name=re.compile("^Publier")).click()
    page.wait_for_url(re.compile(r"/admin/snippets/actors/actor/"))
    step_ok(recorded, "acteur placé et publié")


def import_with_a_bad_row(recorded):
    page = log_in(recorded, ALPHA, "editrice-du-jour")
    recorded.open(ALPHA, "/admin/acteurs/import/")
    step_ok(recorded, "formulaire d’import")
    page.set_input_files(
        "input[name=file]",
        files=[{"name": "acteurs.csv", "mimeType": "text/csv", "buffer": CSV.encode()}],
    )
    page.get_by_role("button", name="Lancer l’import").click()
    page.wait_for_url(re.compile(r"/admin/acteurs/import/\d+/$"))
    page.locator(".import-summary").wait_for(timeout=30_000)
    assert page.locator(".import-summary .help-critical").count() == 1
    assert "type d’acteur" in page.locator(".import-summary").inner_text()
    step_ok(recorded, "import refusé")

    page.get_by_role("button", name="Importer les lignes valides").click()
    page.wait_for_url(re.compile(r"/admin/acteurs/import/\d+/$"))
    page.locator(".import-summary").wait_for(timeout=30_000)
    assert "Terminé" in page.locator("#import-status").inner_text()
    assert page.locator(".import-summary .help-info").count() == 1
    assert page.get_by_role("button", name="Importer les lignes valides").count() == 0
    step_ok(recorded, "lignes valides importées")


def answer_and_fill(recorded, contribution_id, need_id):
    page = log_in(recorded, ALPHA, "editrice-du-jour")
    recorded.open(ALPHA, "/admin/snippets/projects/contribution/")
    step_ok(recorded, "propositions d’aide")
    assert "Nouvelle" in page.locator("main").inner_text()
    recorded.open(ALPHA, f"/admin/snippets/projects/contribution/edit/{contribution_id}/")
    step_ok(recorded, "proposition d’aide")
    page.get_by_label("Votre réponse").fill("Merci ! Passez nous voir mercredi à l’atelier.")
    page.get_by_role("button", name=re.compile("^Enregistrer")).first.click()
    page.wait_for_url(re.compile(r"/admin/snippets/projects/contribution/"))
    text = messages_text(page)
    assert "Réponse envoyée à Dominique Bernard (dominique@aide.example)" in text, text
    step_ok(recorded, "réponse envoyée")
    assert "Répondue" in page.locator("main").inner_text()  # the listing's state column
    recorded.open(ALPHA, f"/admin/snippets/projects/contribution/edit/{contribution_id}/")
    assert "Passez nous voir mercredi" in page.locator("#panel-historique-section").inner_text()
    step_ok(recorded, "historique de la proposition")

    recorded.open(ALPHA, f"/admin/snippets/projects/need/edit/{need_id}/")
    step_ok(recorded, "besoin")
    page.locator("#id_status").select_option(label="Pourvu")
    page.get_by_role("button", name=re.compile("^Enregistrer")).first.click()
    page.wait_for_url(re.compile(r"/admin/snippets/projects/need/"))
    step_ok(recorded, "besoin pourvu")


def export_actors(recorded):
    page = log_in(recorded, ALPHA, "editrice-du-jour")
    recorded.open(ALPHA, "/admin/snippets/actors/actor/")
    step_ok(recorded, "liste des acteurs")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Exporter les acteurs (CSV)").click()
    download = download_info.value
    content = Path(download.path()).read_text(encoding="utf-8-sig")
    assert not recorded.errors, recorded.errors
    return download.suggested_filename, content


def test_a_territory_team_s_day(browse, day):
    signup = day["signup"]
    browse(moderate_and_place, signup.pk)
    signup.refresh_from_db()
    assert signup.status == ActorSignup.Status.APPROVED
    actor = Actor.objects.get(pk=signup.actor_id)
    assert actor.live and (actor.latitude, actor.longitude) == (48.8301, 2.4202)

    browse(import_with_a_bad_row)
    runs = list(ActorImport.objects.order_by("pk"))
    assert [run.status for run in runs] == [ActorImport.Status.REFUSED, ActorImport.Status.DONE]
    imported = set(Actor.objects.exclude(external_id="").values_list("external_id", flat=True))
    assert imported == {"j1", "j2"}

    contribution, need = day["contribution"], day["need"]
    browse(answer_and_fill, contribution.pk, need.pk)
    contribution.refresh_from_db()
    assert contribution.get_status_display() == "Répondue"
    event = ContributionEvent.objects.get(contribution=contribution)
    assert event.answer.startswith("Merci !") and event.notification is not None
    assert Notification.objects.filter(
        pk=event.notification_id, recipients__contains="dominique@aide.example"
    ).exists()
    assert Need.objects.get(pk=need.pk).status == NeedStatus.FILLED

    filename, content = browse(export_actors)
    assert filename.endswith(".csv"), filename
    lines = content.splitlines()
    assert "Thèmes" in lines[0] and not ENGLISH.search(lines[0]), lines[0]
    assert len(lines) == 1 + 3, lines  # the heading, the moderated actor, two imported rows
    assert "Atelier Vélo Solidaire" in content and "Lycée du Port" in content
