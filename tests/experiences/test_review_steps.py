"""The reviewers of a write-up: told the next step after approving, reviews first on the
dashboard."""

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from tests.experiences.test_pioneers_and_workflow import _act, form, latest

from .conftest import make_experience


def told(response) -> list[str]:
    return [str(m.message) for m in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_approval_from_the_dashboard_names_the_network_review_then_publication(
    client, territory_a, pioneer_a, moderator_a, network_editor
):
    page = make_experience(territory_a, "Le café des possibles", publish=False, owner=pioneer_a)
    page.get_workflow().start(page, pioneer_a)

    client.force_login(moderator_a)
    response = _act(client, page, "approve", "Bien.")
    [message] = told(response)
    assert "Le café des possibles" in message
    assert "Relecture par l’équipe du réseau" in message
    assert "mise à jour" not in message

    client.force_login(network_editor)
    response = _act(client, page, "approve")
    assert told(response)[-1] == "« Le café des possibles » est approuvée et publiée."
    assert latest(page).live


@pytest.mark.django_db
def test_approval_from_the_edit_view_replaces_wagtails_update_message(
    client, territory_a, pioneer_a, moderator_a
):
    page = make_experience(territory_a, "Jardins ouverts", publish=False, owner=pioneer_a)
    page.get_workflow().start(page, pioneer_a)
    client.force_login(moderator_a)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form(
        "Jardins ouverts",
        slug=page.slug,
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    response = client.post(edit, data)
    assert response.status_code == 302
    messages = told(response)
    assert len(messages) == 1, messages
    assert "Relecture par l’équipe du réseau" in messages[0]
    assert latest(page).current_workflow_task.name == "Relecture par l’équipe du réseau"


@pytest.mark.django_db
def test_the_network_team_sees_its_reviews_before_the_territories_figures(
    client, territory_a, pioneer_a, moderator_a, network_editor
):
    page = make_experience(territory_a, "À relire en premier", publish=False, owner=pioneer_a)
    page.get_workflow().start(page, pioneer_a)
    client.force_login(moderator_a)
    _act(client, page, "approve")

    client.force_login(network_editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    reviews = html.index('id="awaiting-review-section"')
    assert (
        reviews
        < html.index("À relire en premier", reviews)
        < html.index('id="territory-figures-section"')
    )
