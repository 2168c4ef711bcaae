"""The territory team invites pioneers from the admin; the e-mail goes through Celery
(in-process without Redis, on a real worker with it) and lets them set a password."""

import re
import time

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from experiences.services import invite_pioneer
from territories.models import TerritoryRole

from .conftest import pioneers

INDEX = "/admin/pionniers/"


def _invite(client, territory, email="camille@exemple.example", **extra):
    data = {
        "territory": territory.pk,
        "first_name": "Camille",
        "last_name": "Durand",
        "email": email,
        **extra,
    }
    return client.post(INDEX, data)


def _link(message) -> str:
    return re.search(r"https?://\S+/admin/password_reset/confirm/\S+/", message.body).group(0)


@pytest.mark.django_db(transaction=False)
def test_editor_invites_a_pioneer_who_sets_a_password(
    client, territory_a, editor_a, django_capture_on_commit_callbacks
):
    if settings.REDIS_URL:
        pytest.skip("mode Redis : couvert par le test avec un worker Celery")
    client.force_login(editor_a)
    page = client.get(INDEX)
    assert page.status_code == 200 and "Inviter un pionnier" in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = _invite(client, territory_a)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="camille@exemple.example")
    assert not user.has_usable_password()
    assert list(user.groups.all()) == [pioneers(territory_a)]

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["camille@exemple.example"]
    assert "Alpha" in message.subject
    assert user.username in message.body

    # The link leads to Wagtail's "set a new password" form.
    client.logout()
    response = client.get(_link(message), follow=True)
    assert response.status_code == 200
    set_url = response.redirect_chain[-1][0]
    response = client.post(
        set_url,
        {
            "new_password1": "Un-mot-de-passe-solide-42",
            "new_password2": "Un-mot-de-passe-solide-42",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Un-mot-de-passe-solide-42")
    assert client.login(username=user.username, password="Un-mot-de-passe-solide-42")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    # The list shows the account; a second invitation to the same address is refused.
    client.force_login(editor_a)
    listing = client.get(INDEX).content.decode()
    assert "Camille Durand" in listing and "Compte activé" in listing
    response = _invite(client, territory_a)
    assert (
        response.status_code == 200
        and "Un compte utilise déjà cette adresse" in response.content.decode()
    )


@pytest.mark.django_db
def test_editors_invite_into_their_own_territory_only(
    client, territory_a, territory_b, editor_a, moderator_a, pioneer_a, make_user
):
    client.force_login(editor_a)
    response = _invite(client, territory_b, email="intrus@exemple.example")
    assert response.status_code == 200  # the form refuses the other territory
    assert not get_user_model().objects.filter(email="intrus@exemple.example").exists()
    assert "Beta" not in client.get(INDEX).content.decode()

    # Beta's pioneer cannot be re-invited from Alpha.
    other = make_user("pionnier-beta", pioneers(territory_b))
    resend = reverse("experiences_pioneers:resend", args=[other.pk])
    assert client.post(resend).status_code == 404

    # Moderators and pioneers do not invite.
    for user in (moderator_a, pioneer_a):
        client.force_login(user)
        assert client.get(INDEX).status_code == 403
        assert _invite(client, territory_a, email="x@exemple.example").status_code == 403
    assert not get_user_model().objects.filter(email="x@exemple.example").exists()


@pytest.mark.django_db
def test_network_team_invites_anywhere_and_resends(
    client, territory_a, territory_b, network_editor, django_capture_on_commit_callbacks
):
    if settings.REDIS_URL:
        pytest.skip("mode Redis : couvert par le test avec un worker Celery")
    client.force_login(network_editor)
    with django_capture_on_commit_callbacks(execute=True):
        assert _invite(client, territory_b, email="dominique@exemple.example").status_code == 302
    user = get_user_model().objects.get(email="dominique@exemple.example")
    assert TerritoryRole.objects.get(group__user=user).territory == territory_b
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("experiences_pioneers:resend", args=[user.pk]))
    assert len(mail.outbox) == 2
    assert _link(mail.outbox[0]) != "" and _link(mail.outbox[1]) != ""


def _wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_invitation_is_sent_by_a_celery_worker(celery_worker, territory_a, editor_a):
    celery_worker.app.control.purge()  # leftovers of an earlier run in this worker's queue
    invite_pioneer(
        territory=territory_a,
        first_name="Sacha",
        last_name="Martin",
        email="sacha@exemple.example",
        by=editor_a,
    )
    sent = _wait_for(lambda: len(mail.outbox) == 1, timeout=60)
    assert sent, "the worker never sent the invitation"
    message = mail.outbox[0]
    assert message.to == ["sacha@exemple.example"]
    assert "/admin/password_reset/confirm/" in message.body
