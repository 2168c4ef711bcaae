"""Who writes and who publishes experiences.

A pioneer of Alpha drafts and submits in Alpha's experience section only, never publishes,
never reaches Beta's drafts nor Alpha's other pages. Publication takes two approvals: the
territory's team, then the network team; a request for changes sends the write-up back.
"""

import pytest

from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import GroupPagePermission, Page, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from experiences.models import ExperienceIndexPage, ExperiencePage
from experiences.services import experience_index
from network.models import ContentPage
from territories.models import TerritoryRole
from territories.services import territory_provision
from tests.conftest import team
from tests.module_data import shared_territories

from .conftest import make_experience, pioneers

REFUSED = {403, 404}


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def form(title, **extra):
    data = {
        "title": title,
        "slug": slugify(title),
        "summary": "Une phrase pour résumer.",
        "maturity": "emergence",
        "commune_codes": [],
        "themes": [],
        "methods": [],
        "steps": streamfield([]),
        "figures": streamfield([]),
        "images": streamfield([]),
        "documents": streamfield([]),
        "involved_actors": inline_formset([]),
        "partners": inline_formset([]),
        "contacts": inline_formset([]),
        "comments": inline_formset([]),
        **{
            name: rich_text("<p>Texte.</p>" if name == "context" else "")
            for name in ExperiencePage.RICH_TEXT_PARTS
        },
    }
    data.update(extra)
    return nested_form_data(data)


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["experiences", "experiencepage", parent.pk])


def latest(page):
    return ExperiencePage.objects.get(pk=page.pk)


# --- Provisioning --------------------------------------------------------------------------


@pytest.mark.django_db
def test_provisioning_gives_each_territory_its_section_rights_and_workflow(
    territory_a, network_editor
):
    index = experience_index(territory_a)
    assert index.slug == "experiences" and index.live and index.show_in_menus
    group = pioneers(territory_a)
    perms = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )
    assert perms == {(index.pk, "add_page")}
    assert group.permissions.filter(codename="access_admin").exists()
    workflow = WorkflowPage.objects.get(page=index).workflow
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 2
    assert set(tasks[0].groups.all()) == {
        team(territory_a, TerritoryRole.Role.MODERATORS),
        team(territory_a),
    }
    assert list(tasks[1].groups.values_list("name", flat=True)) == ["Équipe du réseau"]

    counts = lambda: (  # noqa: E731
        Page.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
        workflow.workflow_tasks.count(),
    )
    before = counts()
    territory_provision(territory_a)
    assert counts() == before


# --- The pioneer's permission matrix -------------------------------------------------------


@pytest.mark.django_db
def test_pioneer_drafts_and_submits_in_own_territory(client, territory_a, pioneer_a):
    client.force_login(pioneer_a)
    index = experience_index(territory_a)
    response = client.get(add_url(index))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="action-submit"' in content
    assert 'name="action-publish"' not in content

    response = client.post(add_url(index), form("Jardins du quartier", **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ExperiencePage.objects.get(slug="jardins-du-quartier")
    assert page.owner == pioneer_a and not page.live
    assert page.territory == territory_a
    assert page.workflow_in_progress
    assert page.current_workflow_task.name.startswith("Relecture par")

    # A draft of their own can be edited again and saved.
    other = make_experience(territory_a, "Brouillon", publish=False, owner=pioneer_a)
    edit = reverse("wagtailadmin_pages:edit", args=[other.pk])
    assert client.get(edit).status_code == 200
    response = client.post(edit, form("Brouillon corrigé", slug="brouillon"))
    assert response.status_code == 302
    assert latest(other).get_latest_revision_as_object().title == "Brouillon corrigé"


@pytest.mark.django_db
def test_pioneer_cannot_publish(client, territory_a, pioneer_a):
    client.force_login(pioneer_a)
    index = experience_index(territory_a)
    response = client.post(add_url(index), form("Publication directe", **{"action-publish": "1"}))
    assert response.status_code == 302
    page = ExperiencePage.objects.get(slug="publication-directe")
    assert not page.live and page.first_published_at is None

    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="action-publish"' not in client.get(edit).content.decode()
    client.post(edit, form("Publication directe", **{"action-publish": "1"}))
    assert not latest(page).live
    assert not page.permissions_for_user(pioneer_a).can_publish()

    # The admin API's publish action and the bulk action are refused too.
    api = client.post(reverse("wagtailadmin_api:pages:action", args=[page.pk, "publish"]))
    assert api.status_code in REFUSED
    assert not latest(page).live


@pytest.mark.django_db
def test_territory_team_cannot_skip_the_network_review(client, territory_a, editor_a):
    page = make_experience(territory_a, "Raccourci", publish=False)
    client.force_login(editor_a)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="action-publish"' not in client.get(edit).content.decode()
    client.post(edit, form("Raccourci", **{"action-publish": "1"}))
    assert not latest(page).live
    # Their own site's other pages are published as usual.
    legal = ContentPage.objects.child_of(territory_a.site.root_page).get(slug="mentions-legales")
    assert legal.permissions_for_user(editor_a).can_publish()


@pytest.mark.django_db
def test_pioneer_cannot_edit_the_index_other_pioneers_or_other_pages(
    client, territory_a, pioneer_a, make_user
):
    other_pioneer = make_user("autre-pionnier", pioneers(territory_a))
    theirs = make_experience(territory_a, "La fiche d’un autre", publish=False, owner=other_pioneer)
    index = experience_index(territory_a)
    home = territory_a.site.root_page
    legal = ContentPage.objects.child_of(home).get(slug="mentions-legales")
    client.force_login(pioneer_a)
    for page in (index, home, legal, theirs):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert client.get(url).status_code in REFUSED, page.title
        assert client.post(url, {"title": "Piraté"}).status_code in REFUSED, page.title
    assert (
        client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk])).status_code in REFUSED
    )
    content_add = reverse("wagtailadmin_pages:add", args=["network", "contentpage", home.pk])
    assert client.post(content_add, {"title": "Intrus", "slug": "intrus"}).status_code in REFUSED
    assert not Page.objects.filter(slug="intrus").exists()
    assert Page.objects.get(pk=index.pk).title == "Expériences"
    assert client.get(reverse("wagtailadmin_pages:delete", args=[legal.pk])).status_code in REFUSED
    # No snippet or settings rights either.
    for url in (
        reverse("wagtailsnippets_actors_actor:list"),
        reverse("wagtailsnippets_territories_territory:list"),
        reverse("wagtailsettings:edit", args=["network", "siteidentity", territory_a.site_id]),
    ):
        assert client.get(url).status_code in REFUSED, url


def _page_urls(page, index, revision, workflow_state):
    task_state = workflow_state.current_task_state
    return [
        ("wagtailadmin_pages:edit", [page.pk]),
        ("wagtailadmin_pages:view_draft", [page.pk]),
        ("wagtailadmin_pages:preview_on_edit", [page.pk]),
        ("wagtailadmin_pages:usage", [page.pk]),
        ("wagtailadmin_pages:delete", [page.pk]),
        ("wagtailadmin_pages:unpublish", [page.pk]),
        ("wagtailadmin_pages:copy", [page.pk]),
        ("wagtailadmin_pages:set_privacy", [page.pk]),
        ("wagtailadmin_pages:lock", [page.pk]),
        ("wagtailadmin_pages:unlock", [page.pk]),
        ("wagtailadmin_pages:move", [page.pk]),
        ("wagtailadmin_pages:revisions_index", [page.pk]),
        ("wagtailadmin_pages:revisions_view", [page.pk, revision.pk]),
        ("wagtailadmin_pages:revisions_revert", [page.pk, revision.pk]),
        ("wagtailadmin_pages:history", [page.pk]),
        ("wagtailadmin_pages:workflow_history", [page.pk]),
        ("wagtailadmin_pages:workflow_history_detail", [page.pk, workflow_state.pk]),
        ("wagtailadmin_pages:workflow_action", [page.pk, "approve", task_state.pk]),
        ("wagtailadmin_pages:collect_workflow_action_data", [page.pk, "approve", task_state.pk]),
        ("wagtailadmin_pages:confirm_workflow_cancellation", [page.pk]),
        ("wagtailadmin_pages:workflow_preview", [page.pk, task_state.task_id]),
        ("wagtailadmin_pages:add_subpage", [index.pk]),
        ("wagtailadmin_pages:add", ["experiences", "experiencepage", index.pk]),
        ("wagtailadmin_explore", [index.pk]),
        ("wagtailadmin_api:pages:detail", [page.pk]),
    ]


@pytest.mark.django_db
def test_pioneer_cannot_see_or_touch_the_other_territory_drafts(
    client, territory_a, territory_b, pioneer_a, pioneer_b
):
    draft = make_experience(territory_b, "Secret de Beta", publish=False, owner=pioneer_b)
    revision = draft.save_revision(user=pioneer_b)
    workflow_state = draft.get_workflow().start(draft, pioneer_b)
    index_b = experience_index(territory_b)
    client.force_login(pioneer_a)
    for name, args in _page_urls(draft, index_b, revision, workflow_state):
        url = reverse(name, args=args)
        get = client.get(url).status_code
        post = client.post(url, {"title": "Piraté", "comment": "x"}).status_code
        assert get in REFUSED | {405} and post in REFUSED | {405}, f"{name}: {get}, {post}"
        assert {get, post} & REFUSED, name
    assert latest(draft).title == "Secret de Beta"
    assert WorkflowState.objects.get(pk=workflow_state.pk).status == "in_progress"
    assert not latest(draft).live

    # Nor in listings and searches.
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_pages:search") + "?q=Secret",
        "/admin/api/main/pages/?search=Secret",
        reverse("wagtailadmin_choose_page") + "?q=Secret",
    ):
        response = client.get(url, follow=True)
        assert "Secret de Beta" not in response.content.decode(), url


@pytest.mark.django_db
def test_experience_pages_go_under_a_territory_index_only(territory_a, network_home):
    index = experience_index(territory_a)
    assert ExperiencePage.can_create_at(index)
    assert not ExperiencePage.can_create_at(territory_a.site.root_page)
    assert not ExperiencePage.can_create_at(network_home)
    assert not ExperienceIndexPage.can_create_at(territory_a.site.root_page)  # one per site


# --- The two-step workflow -----------------------------------------------------------------


def _act(client, page, action, comment=""):
    page = latest(page)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


@pytest.mark.django_db
def test_two_approvals_publish(client, territory_a, pioneer_a, moderator_a, network_editor):
    page = make_experience(territory_a, "Deux relectures", publish=False, owner=pioneer_a)
    page.get_workflow().start(page, pioneer_a)

    # The pioneer cannot approve their own submission.
    client.force_login(pioneer_a)
    assert _act(client, page, "approve").status_code in REFUSED | {302}
    assert latest(page).current_workflow_task.name.startswith("Relecture par")

    client.force_login(moderator_a)
    assert _act(client, page, "approve", "Bien pour le territoire.").status_code in {200, 302}
    page = latest(page)
    assert not page.live
    assert page.current_workflow_task.name == "Relecture par l’équipe du réseau"

    # The territory's moderator cannot do the network's step.
    assert _act(client, page, "approve").status_code in REFUSED | {302}
    assert not latest(page).live

    client.force_login(network_editor)
    assert _act(client, page, "approve").status_code in {200, 302}
    page = latest(page)
    assert page.live and not page.workflow_in_progress
    assert client.get(page.url, HTTP_HOST="alpha.localhost").status_code == 200


@pytest.mark.django_db
def test_request_for_changes_sends_it_back(client, territory_a, pioneer_a, moderator_a):
    page = make_experience(territory_a, "À revoir", publish=False, owner=pioneer_a)
    page.get_workflow().start(page, pioneer_a)
    client.force_login(moderator_a)
    assert _act(client, page, "reject", "Précisez les résultats.").status_code in {200, 302}
    page = latest(page)
    assert not page.live
    state = page.workflow_states.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.all_tasks_with_status()  # the comment is kept with the task state
    assert "Précisez les résultats." in [ts.comment for ts in state.task_states.all()]

    # The pioneer edits and resubmits.
    client.force_login(pioneer_a)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        edit, form("À revoir", slug=page.slug, **{"action-restart-workflow": "1"})
    )
    assert response.status_code == 302
    assert latest(page).workflow_in_progress


@pytest.mark.django_db
def test_pioneer_dashboard_leads_to_writing_and_tells_each_write_up_state(
    client, territory_a, territory_b, pioneer_a, pioneer_b, moderator_a, editor_a
):
    draft = make_experience(territory_a, "Mon brouillon", publish=False, owner=pioneer_a)
    submitted = make_experience(territory_a, "En relecture", publish=False, owner=pioneer_a)
    submitted.get_workflow().start(submitted, pioneer_a)
    returned = make_experience(territory_a, "À reprendre", publish=False, owner=pioneer_a)
    returned.get_workflow().start(returned, pioneer_a)
    client.force_login(moderator_a)
    _act(client, returned, "reject", "Ajoutez des chiffres.")
    published = make_experience(territory_a, "Déjà publiée", owner=pioneer_a)
    make_experience(territory_b, "Brouillon de Beta", publish=False, owner=pioneer_b)

    client.force_login(pioneer_a)
    html = client.get("/admin/").content.decode()
    assert "Chiffres du territoire" not in html  # the team's figures: not for pioneers
    panel = html.split('id="pioneer-experiences-content"')[1]
    assert f'href="{add_url(experience_index(territory_a))}"' in panel
    assert add_url(experience_index(territory_b)) not in panel and "Beta" not in panel
    for page, state in (
        (draft, "brouillon"),
        (submitted, "en relecture"),
        (returned, "modifications demandées"),
        (published, "publiée"),
    ):
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert f'<tr><td><a href="{edit}">{page.title}</a></td><td>{state}</td></tr>' in panel
    assert client.get(add_url(experience_index(territory_a))).status_code == 200

    # The territory's team keeps its figures and has no pioneer panel.
    client.force_login(editor_a)
    html = client.get("/admin/").content.decode()
    assert "Chiffres du territoire" in html and "pioneer-experiences" not in html


@pytest.mark.django_db
def test_provision_command_prepares_existing_territories(territory_a, capsys):
    from django.core.management import call_command

    experience_index(territory_a).delete()
    call_command("provision_experiences")
    assert experience_index(territory_a) is not None
    assert "Alpha" in capsys.readouterr().out
    before = Page.objects.count()
    call_command("provision_experiences")
    assert Page.objects.count() == before


@pytest.mark.django_db
def test_actor_chooser_offers_published_actors_of_every_territory(
    client, territory_a, territory_b, pioneer_a
):
    from .conftest import make_actor

    own_draft = make_actor(territory_a, "Brouillon d’Alpha", live=False)
    other_live = make_actor(territory_b, "Entreprise de Beta", kind="entreprise")
    other_draft = make_actor(territory_b, "Brouillon de Beta", live=False)
    client.force_login(pioneer_a)
    content = client.get(reverse("experience_actor_chooser:choose")).json()["html"]
    assert "Brouillon d’Alpha" in content and "Entreprise de Beta" in content
    assert "Brouillon de Beta" not in content
    results = client.get(reverse("experience_actor_chooser:choose_results") + "?q=Brouillon")
    assert "Brouillon de Beta" not in results.content.decode()
    chosen = "experience_actor_chooser:chosen"
    assert client.get(reverse(chosen, args=[other_live.pk])).status_code == 200
    assert client.get(reverse(chosen, args=[own_draft.pk])).status_code == 200
    assert client.get(reverse(chosen, args=[other_draft.pk])).status_code == 404
    multiple = client.get(
        reverse("experience_actor_chooser:chosen_multiple") + f"?id={other_draft.pk}"
    )
    assert "Brouillon de Beta" not in multiple.content.decode()
    assert (
        client.post(reverse("experience_actor_chooser:create"), {"name": "x"}).status_code
        in REFUSED
    )
