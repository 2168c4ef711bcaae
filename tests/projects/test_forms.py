"""« Je m’y greffe », « Je peux aider » and an actor's need proposal: validation, defences,
saved first, then e-mailed through the outbox (in-process here, a real worker below)."""

import io
import time

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from actors import signup as signup_service
from actors.models import ActorSignup
from network import public_forms
from network.models import Notification
from projects.models import Contribution, Need, NeedStatus
from projects.need_links import make_need_token
from tests.actors.factories import ActorSignupFactory
from tests.conftest import fresh_ip
from tests.module_data import shared_territories
from tests.projects.conftest import ALPHA, BETA, add_need, add_project, make_actor

pytestmark = pytest.mark.django_db


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


def deliver() -> None:
    call_command("send_notifications", stdout=io.StringIO())


def form_data(**overrides):
    data = {
        "name": "Camille Martin",
        "email": "camille@exemple.fr",
        "organisation": "Les Jardins",
        "message": "Je peux accueillir deux élèves en décembre.",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def project(alpha):
    return add_project(alpha, "Stages de 3e", lead_email="porteur@exemple.fr")


VISITOR = "camille@exemple.fr"


def told(outbox) -> list[list[str]]:
    """Who was told of the answer: every e-mail but the visitor's receipt."""
    return [message.to for message in outbox if message.to != [VISITOR]]


def test_join_a_project_saves_then_mails_the_lead(client, project, alpha):
    response = client.post(project.url, form_data(), HTTP_HOST=ALPHA)
    assert response.status_code == 302
    assert response["Location"] == f"/besoins/merci/?pour=projet&id={project.pk}"
    contribution = Contribution.objects.get()
    assert (contribution.project, contribution.territory, contribution.status) == (
        project.specific,
        alpha,
        "new",
    )
    # The lead's e-mail and the visitor's receipt.
    assert Notification.objects.filter(status=Notification.Status.PENDING).count() == 2
    deliver()
    message, receipt = sorted(mail.outbox, key=lambda m: m.to != ["porteur@exemple.fr"])
    assert message.to == ["porteur@exemple.fr"]
    assert message.reply_to == ["camille@exemple.fr"]
    assert "Stages de 3e" in message.subject
    assert "Je peux accueillir deux élèves" in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body
    # The receipt says what was answered and where, and nothing of what was typed.
    assert receipt.to == [VISITOR] and "bien transmise" in receipt.subject
    assert "« Stages de 3e »" in receipt.body and project.full_url in receipt.body
    assert "Je peux accueillir" not in receipt.body and "Camille" not in receipt.body
    thanks = client.get(response["Location"], HTTP_HOST=ALPHA).content.decode()
    assert "Merci, votre proposition est envoyée" in thanks
    assert '<a href="/projets/stages-de-3e/">Retour au projet « Stages de 3e »</a>' in thanks


def test_one_receipt_a_day_per_address(client, project, alpha):
    for _ in range(3):
        client.post(project.url, form_data(), HTTP_HOST=ALPHA, REMOTE_ADDR=fresh_ip())
    deliver()
    assert Contribution.objects.count() == 3
    assert [m.to for m in mail.outbox].count([VISITOR]) == 1
    assert told(mail.outbox) == [["porteur@exemple.fr"]] * 3


def test_without_lead_email_the_moderators_are_told(client, alpha, moderator_a):
    project = add_project(alpha, "Sans courriel")
    client.post(project.url, form_data(), HTTP_HOST=ALPHA)
    deliver()
    assert told(mail.outbox) == [[moderator_a.email]]


def test_help_on_a_need_mails_its_project_lead(client, project, alpha):
    need = add_need(alpha, "Entreprises d’accueil", project=project)
    response = client.post(f"/besoins/{need.pk}/", form_data(), HTTP_HOST=ALPHA)
    assert response["Location"] == f"/besoins/merci/?pour=besoin&id={need.pk}"
    contribution = Contribution.objects.get()
    assert contribution.need == need and contribution.project_id == project.pk
    deliver()
    (message,) = [m for m in mail.outbox if m.to != [VISITOR]]
    assert message.to == ["porteur@exemple.fr"]
    assert "Entreprises d’accueil" in message.subject


def test_help_on_an_actor_need_mails_the_actor_contact(client, alpha):
    actor = make_actor(alpha, private_contact_email="contact@jardins.example")
    need = add_need(alpha, "Un local", actor=actor)
    client.post(f"/besoins/{need.pk}/", form_data(), HTTP_HOST=ALPHA)
    deliver()
    assert told(mail.outbox) == [["contact@jardins.example"]]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": "  "}, "Indiquez votre nom."),
        ({"email": "pas-un-courriel"}, "Indiquez un courriel valide"),
        ({"message": ""}, "Écrivez en quelques mots ce que vous proposez."),
        ({"message": "x" * 2001}, "Votre message : 2000 caractères au plus"),
        ({"consent": ""}, "Cochez la case de consentement"),
    ],
)
def test_errors_are_named_in_french_and_nothing_is_saved(client, project, overrides, message):
    response = client.post(project.url, form_data(**overrides), HTTP_HOST=ALPHA)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert 'class="error-summary"' in html
    assert not Contribution.objects.exists() and not Notification.objects.exists()


def test_honeypot_pretends_to_succeed_and_writes_nothing(client, project, alpha):
    need = add_need(alpha, "Bénévoles")
    for url in (project.url, f"/besoins/{need.pk}/"):
        response = client.post(url, form_data(homepage="http://spam.example"), HTTP_HOST=ALPHA)
        assert response.status_code == 302
    assert not Contribution.objects.exists() and not Notification.objects.exists()


def test_rate_limit_answers_429_in_french(client, project, monkeypatch):
    monkeypatch.setattr(public_forms, "RATE_LIMIT_SUBMISSIONS", 2)
    for _n in range(2):
        assert client.post(project.url, form_data(), HTTP_HOST=ALPHA).status_code == 302
    blocked = client.post(project.url, form_data(), HTTP_HOST=ALPHA)
    assert blocked.status_code == 429
    assert "Trop de demandes envoyées" in blocked.content.decode()
    assert Contribution.objects.count() == 2


def test_no_help_on_a_filled_or_foreign_need(client, alpha, territory_b):
    filled = add_need(alpha, "Pourvu", status=NeedStatus.FILLED)
    foreign = add_need(territory_b, "Ailleurs")
    assert (
        client.post(f"/besoins/{filled.pk}/", form_data(), HTTP_HOST=ALPHA).status_code == 410
    )  # filled: no more answers
    assert client.post(f"/besoins/{foreign.pk}/", form_data(), HTTP_HOST=ALPHA).status_code == 404
    assert client.post(f"/besoins/{foreign.pk}/", form_data(), HTTP_HOST=BETA).status_code == 302
    assert Contribution.objects.get().territory == territory_b


def test_a_project_answers_on_its_own_host_only(client, project):
    assert client.post(project.url, form_data(), HTTP_HOST=BETA).status_code == 404
    assert not Contribution.objects.exists()


# --- An actor's need, from its signed link -------------------------------------------------


@pytest.fixture
def approved(alpha):
    actor = make_actor(alpha, "Ressourcerie", commune_insee="94018")
    return ActorSignupFactory(
        territory=alpha,
        actor=actor,
        contact_name="Dominique",
        contact_email="dominique@ressourcerie.example",
        status=ActorSignup.Status.APPROVED,
        consent_at=timezone.now(),
    )


def need_data(**overrides):
    data = {
        "kind": "benevoles",
        "title": "Bénévoles pour le tri",
        "description": "Le samedi matin.",
        "quantity": "3",
        "deadline": "",
        "homepage": "",
    }
    data.update(overrides)
    return data


def test_actor_proposes_a_need_that_waits_for_moderation(client, approved, alpha, moderator_a):
    url = f"/besoins/proposer/{make_need_token(approved)}/"
    page = client.get(url, HTTP_HOST=ALPHA)
    assert page.status_code == 200 and "Ressourcerie" in page.content.decode()
    assert "dominique" not in page.content.decode().lower()  # nothing private shown
    response = client.post(url, need_data(), HTTP_HOST=ALPHA)
    assert response.status_code == 302
    need = Need.objects.get()
    assert (need.actor, need.territory, need.is_approved, need.quantity) == (
        approved.actor,
        alpha,
        False,
        3,
    )
    assert need.submitted_by_email == "dominique@ressourcerie.example"
    assert list(need.communes.values_list("insee_code", flat=True)) == ["94018"]
    assert not Need.objects.public().exists()  # not public before approval
    assert client.get(f"/besoins/{need.pk}/", HTTP_HOST=ALPHA).status_code == 404
    deliver()
    (message,) = mail.outbox
    assert message.to == [moderator_a.email]
    assert f"/admin/snippets/projects/need/edit/{need.pk}/" in message.body
    need.is_approved = True
    need.save()
    assert "Bénévoles pour le tri" in client.get("/besoins/", HTTP_HOST=ALPHA).content.decode()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"kind": "argent"}, "Type de besoin : choisissez une valeur de la liste."),
        ({"title": " "}, "Donnez un titre à votre besoin."),
        ({"quantity": "beaucoup"}, "Quantité : indiquez un nombre entier."),
        ({"quantity": "0"}, "Quantité : au moins 1."),
        ({"deadline": "31/02/2026"}, "Échéance : indiquez une date au format JJ/MM/AAAA."),
        ({"deadline": "01/01/2000"}, "Échéance : elle ne peut pas être déjà passée."),
    ],
)
def test_need_proposal_errors_in_french(client, approved, overrides, message):
    url = f"/besoins/proposer/{make_need_token(approved)}/"
    response = client.post(url, need_data(**overrides), HTTP_HOST=ALPHA)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Need.objects.exists()


def test_need_proposal_links_are_checked(client, approved):
    token = make_need_token(approved)
    assert client.get(f"/besoins/proposer/{token}x/", HTTP_HOST=ALPHA).status_code == 400
    # Each link opens its own form only: the update link is not a need link, nor the reverse.
    update_token = signup_service.make_update_token(approved)
    refused = client.get(f"/besoins/proposer/{update_token}/", HTTP_HOST=ALPHA)
    assert refused.status_code == 400 and "Ce lien n’est pas valable" in refused.content.decode()
    assert "dominique@ressourcerie.example" not in refused.content.decode()
    assert (
        client.post(f"/besoins/proposer/{update_token}/", need_data(), HTTP_HOST=ALPHA).status_code
        == 400
    )
    assert not Need.objects.exists()
    assert client.get(f"/rejoindre/modifier/{token}/", HTTP_HOST=ALPHA).status_code == 400
    assert client.get(f"/besoins/proposer/{token}/", HTTP_HOST=BETA).status_code == 404
    approved.status = ActorSignup.Status.REJECTED
    approved.save()
    assert client.get(f"/besoins/proposer/{token}/", HTTP_HOST=ALPHA).status_code == 410


# --- End to end through a real Celery worker ----------------------------------------------


def _wait_for(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return predicate()


# --- « Publier un besoin » from the actor's public card ----------------------------------


def test_actor_card_links_to_the_need_proposal(client, approved):
    actor = approved.actor
    card = client.get(f"/acteurs/{actor.slug}/", HTTP_HOST=ALPHA).content.decode()
    assert f'href="/besoins/proposer/?acteur={actor.slug}"' in card
    assert "Vous représentez cet acteur ?" in card
    page = client.get(f"/besoins/proposer/?acteur={actor.slug}", HTTP_HOST=ALPHA)
    assert page.status_code == 200
    content = page.content.decode()
    assert "Publier un besoin de « Ressourcerie »" in content
    assert 'type="email"' in content and 'autocomplete="email"' in content
    assert "dominique@ressourcerie.example" not in content  # the contact stays private


def test_the_contact_receives_its_personal_link_and_proposes(client, approved, alpha):
    actor = approved.actor
    url = f"/besoins/proposer/?acteur={actor.slug}"
    response = client.post(
        url, {"email": " Dominique@Ressourcerie.example ", "homepage": ""}, HTTP_HOST=ALPHA
    )
    assert response.status_code == 302
    assert response["Location"] == f"/besoins/proposer/lien-envoye/?acteur={actor.slug}"
    sent = client.get(response["Location"], HTTP_HOST=ALPHA).content.decode()
    assert "Si ce courriel est celui du contact de la fiche" in sent
    deliver()
    (message,) = mail.outbox
    assert message.to == ["dominique@ressourcerie.example"]
    assert "Ressourcerie" in message.subject
    link = next(line for line in message.body.splitlines() if "/besoins/proposer/" in line)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    form = client.get(path, HTTP_HOST=ALPHA)
    assert form.status_code == 200 and "Envoyer mon besoin" in form.content.decode()
    assert client.post(path, need_data(), HTTP_HOST=ALPHA).status_code == 302
    need = Need.objects.get()
    assert (need.actor, need.is_approved) == (actor, False)


def test_another_address_gets_the_same_answer_and_no_mail(client, approved):
    url = f"/besoins/proposer/?acteur={approved.actor.slug}"
    response = client.post(url, {"email": "intrus@exemple.fr", "homepage": ""}, HTTP_HOST=ALPHA)
    assert response.status_code == 302 and "lien-envoye" in response["Location"]
    deliver()
    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_need_link_form_errors_and_defences(client, approved, monkeypatch):
    url = f"/besoins/proposer/?acteur={approved.actor.slug}"
    response = client.post(url, {"email": "pas-un-courriel", "homepage": ""}, HTTP_HOST=ALPHA)
    assert response.status_code == 400
    content = response.content.decode()
    assert "Ce courriel n’est pas valide" in content and 'href="#id_email"' in content
    robot = {"email": approved.contact_email, "homepage": "http://spam.example"}
    assert client.post(url, robot, HTTP_HOST=ALPHA).status_code == 302
    deliver()
    assert mail.outbox == []  # the honeypot: nothing sent


@pytest.mark.parametrize(
    ("host", "slug"),
    [(ALPHA, "inconnu"), (BETA, None), ("localhost", None), (ALPHA, "brouillon")],
)
def test_need_link_only_for_live_actors_of_the_site(client, approved, alpha, host, slug):
    make_actor(alpha, "Brouillon", slug="brouillon", live=False)
    slug = slug or approved.actor.slug
    assert client.get(f"/besoins/proposer/?acteur={slug}", HTTP_HOST=host).status_code == 404
