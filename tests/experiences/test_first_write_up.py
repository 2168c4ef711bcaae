"""A pioneer's first write-up: the title alone is enough to save, submit and autosave.

The slug follows the title (Wagtail's ``TitleFieldPanel`` in the browser, the page form on
the server when no slug is posted), the tabs fit on one line, and autosave answers 200.
"""

import json
import re

import pytest

from django.urls import reverse

from experiences.models import ExperiencePage
from experiences.services import experience_index
from tests.experiences.test_pioneers_and_workflow import add_url, form

JSON = {"HTTP_ACCEPT": "application/json"}


def title_only(title, **extra):
    """What the browser posts when the pioneer typed the title and nothing else."""
    data = form(title, summary="", maturity="", **extra)
    data["slug"] = ""
    for name in ExperiencePage.RICH_TEXT_PARTS:
        data[name] = json.dumps({"blocks": [], "entityMap": {}})
    return data


@pytest.mark.django_db
def test_the_create_form_syncs_the_slug_with_the_title_and_fits_its_tabs(
    client, territory_a, pioneer_a
):
    client.force_login(pioneer_a)
    html = client.get(add_url(experience_index(territory_a))).content.decode()
    title = re.search(r"<input[^>]*id=\"id_title\"[^>]*>", html).group(0)
    assert 'data-controller="w-sync"' in title
    assert 'data-w-sync-target-value="#id_slug"' in title
    slug = re.search(r"<input[^>]*id=\"id_slug\"[^>]*>", html).group(0)
    assert 'data-controller="w-slug"' in slug
    assert " required" not in slug  # filled from the title when left empty
    assert html.count('role="tab"') <= 6


@pytest.mark.django_db
def test_pioneer_saves_and_submits_a_first_write_up_with_its_title_only(
    client, territory_a, pioneer_a
):
    client.force_login(pioneer_a)
    index = experience_index(territory_a)

    response = client.post(add_url(index), title_only("Le café des possibles"))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ExperiencePage.objects.get(title="Le café des possibles")
    assert page.slug == "le-cafe-des-possibles"
    assert page.owner == pioneer_a and not page.live

    # The same title again: the next free slug, no error on a hidden tab.
    response = client.post(
        add_url(index), title_only("Le café des possibles", **{"action-submit": "1"})
    )
    assert response.status_code == 302
    second = ExperiencePage.objects.exclude(pk=page.pk).get(title="Le café des possibles")
    assert second.slug == "le-cafe-des-possibles-2"
    assert second.workflow_in_progress


@pytest.mark.django_db
def test_autosave_creates_then_updates_the_draft(client, territory_a, pioneer_a):
    client.force_login(pioneer_a)
    index = experience_index(territory_a)

    response = client.post(add_url(index), title_only("Un jardin partagé"), **JSON)
    assert response.status_code == 200, response.content.decode()
    answer = response.json()
    assert answer["success"]
    page = ExperiencePage.objects.get(pk=answer["pk"])
    assert page.slug == "un-jardin-partage"

    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = title_only("Un jardin partagé et ouvert")
    data["overwrite_revision_id"] = str(answer["revision_id"])
    response = client.post(edit, data, **JSON)
    assert response.status_code == 200, response.content.decode()
    assert response.json()["success"]
    draft = ExperiencePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.title == "Un jardin partagé et ouvert"
    assert draft.slug == "un-jardin-partage-et-ouvert"  # a draft's follows, as in the browser
