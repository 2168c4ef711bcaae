"""The territory team answers a « Je m’y greffe » / « Je peux aider » from the admin: the
answer is e-mailed to the contributor (through the outbox), kept, and shown with every
change of state in the contribution's history – within the team's own territory only."""

import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from network.models import Notification, SiteIdentity
from projects.models import Contribution, ContributionEvent
from tests.module_data import shared_territories
from tests.projects.conftest import add_need, add_project
from tests.projects.factories import ContributionFactory

pytestmark = pytest.mark.django_db

# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()

ANSWER = "Merci Camille !\nVenez nous voir mardi à 14 h au tiers-lieu, on vous présentera l’équipe."


def deliver() -> None:
    call_command("send_notifications", stdout=io.StringIO())


def edit_url(contribution):
    return reverse("wagtailsnippets_projects_contribution:edit", args=[contribution.pk])


def contribution_to(territory, **fields):
    project = add_project(territory, f"Jardin {territory.slug}", lead_email="p@exemple.fr")
    need = add_need(territory, f"Besoin {territory.slug}", project=project)
    fields.setdefault("name", "Camille Martin")
    fields.setdefault("email", "camille@exemple.fr")
    fields.setdefault("message", "Je peux aider le mercredi.")
    return ContributionFactory(territory=territory, project=project, need=need, **fields)


def set_contact(territory, address):
    identity = SiteIdentity.for_site(territory.site)
    identity.contact_email = address
    identity.save()


def test_the_team_answers_and_the_contributor_gets_the_answer(client, territory_a, moderator_a):
    set_contact(territory_a, "contact@alpha.exemple.fr")
    contribution = contribution_to(territory_a)
    client.force_login(moderator_a)

    page = client.get(edit_url(contribution)).content.decode()
    assert "Votre réponse" in page and "Historique" in page
    assert "Envoyée par courriel à camille@exemple.fr" in page
    assert "Pas encore de réponse." in page

    response = client.post(edit_url(contribution), {"answer": ANSWER, "status": "new"})
    assert response.status_code == 302, response.content.decode()[:3000]
    contribution.refresh_from_db()
    assert contribution.status == "answered"  # answering moves a new contribution on
    event = ContributionEvent.objects.get(contribution=contribution)
    assert (event.author, event.answer, event.status) == (moderator_a, ANSWER, "answered")
    assert event.notification.recipient_list == ["camille@exemple.fr"]

    deliver()
    (message,) = mail.outbox
    assert message.to == ["camille@exemple.fr"]
    assert message.reply_to == ["contact@alpha.exemple.fr"]
    assert "Besoin alpha" in message.subject and message.subject.startswith("[")
    assert ANSWER in message.body and "Bonjour Camille Martin," in message.body
    assert "répondez simplement à ce courriel" in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body

    followed = client.get(response["Location"])
    messages = [str(m) for m in followed.context["messages"]]
    assert messages[0].startswith("Réponse envoyée à Camille Martin (camille@exemple.fr).")
    page = client.get(edit_url(contribution)).content.decode()
    assert f"réponse de {moderator_a.get_full_name() or moderator_a.username}" in page
    assert "Venez nous voir mardi à 14 h au tiers-lieu" in page
    assert "proposition passée à « Répondue »" in page and "courriel envoyé" in page
    assert "Pas encore de réponse." not in page


def test_changes_of_state_are_in_the_history_and_nothing_is_mailed(
    client, territory_a, moderator_a
):
    contribution = contribution_to(territory_a)
    client.force_login(moderator_a)
    response = client.post(edit_url(contribution), {"answer": "  ", "status": "closed"})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == "closed"
    event = ContributionEvent.objects.get()
    assert (event.answer, event.status, event.notification) == ("", "closed", None)
    assert not Notification.objects.exists()
    # Saving again without change records nothing.
    client.post(edit_url(contribution), {"answer": "", "status": "closed"})
    assert ContributionEvent.objects.count() == 1
    page = client.get(edit_url(contribution)).content.decode()
    name = moderator_a.get_full_name() or moderator_a.username
    assert f"{name} a passé la proposition à « Close »" in page


def test_an_answer_may_close_the_contribution_at_once(client, territory_a, moderator_a):
    contribution = contribution_to(territory_a)
    client.force_login(moderator_a)
    client.post(edit_url(contribution), {"answer": "C’est noté, merci.", "status": "closed"})
    contribution.refresh_from_db()
    assert contribution.status == "closed"
    assert Notification.objects.get().recipient_list == ["camille@exemple.fr"]
    # A second answer, later: kept too, state unchanged.
    client.post(edit_url(contribution), {"answer": "Et à bientôt !", "status": "closed"})
    answers = list(ContributionEvent.objects.values_list("answer", "status"))
    assert answers == [("C’est noté, merci.", "closed"), ("Et à bientôt !", "")]
    assert Notification.objects.count() == 2


def test_without_a_contact_address_replies_go_to_the_author(client, territory_a, moderator_a):
    set_contact(territory_a, "")
    contribution = contribution_to(territory_a)
    client.force_login(moderator_a)
    client.post(edit_url(contribution), {"answer": "Bonjour !", "status": "new"})
    assert Notification.objects.get().reply_to == moderator_a.email


def test_the_listing_shows_new_contributions_first(client, territory_a, moderator_a):
    for name, status in (("Close", "closed"), ("Nouvelle", "new"), ("Répondue", "answered")):
        contribution_to(territory_a, name=f"Personne {name}", status=status)
    client.force_login(moderator_a)
    html = client.get(reverse("wagtailsnippets_projects_contribution:list")).content.decode()
    positions = [html.index(f"Personne {name}") for name in ("Nouvelle", "Répondue", "Close")]
    assert positions == sorted(positions)


def test_another_territorys_contribution_cannot_be_answered(
    client, territory_a, territory_b, moderator_a
):
    theirs = contribution_to(territory_b, message="Secret de Beta")
    client.force_login(moderator_a)
    assert client.get(edit_url(theirs)).status_code == 404
    response = client.post(edit_url(theirs), {"answer": "Piraté", "status": "closed"})
    assert response.status_code == 404
    assert not ContributionEvent.objects.exists() and not Notification.objects.exists()
    theirs.refresh_from_db()
    assert theirs.status == "new"
    # Nor listed, nor its history readable through the listing.
    html = client.get(reverse("wagtailsnippets_projects_contribution:list")).content.decode()
    assert "Secret de Beta" not in html and "Besoin beta" not in html
    assert Contribution.objects.filter(territory=territory_b).count() == 1
