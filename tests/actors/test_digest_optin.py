"""The weekly digest's opt-in (``actors.digest_optin``): off by default, ticked at sign-up or
through the update link, confirmed by a signed link (double opt-in), withdrawn in one click;
its public pages in French, a tampered link a 400 page, never a 500."""

import re
from datetime import timedelta

import pytest

from django.core import mail
from django.test import Client
from django.urls import reverse

from actors import digest_optin
from actors import signup as service
from actors.models import Actor, DigestSubscription
from network.models import Notification
from network.public_forms import sign_link
from tests.actors.test_signup import ALPHA, BETA, URL, deliver, form_data, sign_up
from tests.conftest import fresh_ip
from tests.module_data import shared_territories
from tests.network.factories import ThemeFactory
from tests.territories.factories import CHARENTON, CommuneFactory

network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def client(client):
    client.defaults["REMOTE_ADDR"] = fresh_ip()
    return client


@pytest.fixture
def alpha(territory_a):
    ThemeFactory(slug="emploi", name="Emploi")
    CommuneFactory(territory=territory_a, postcodes="94220", **CHARENTON)
    return territory_a


def confirm_link(body: str) -> str:
    return re.search(r"https?://\S+/besoins-de-la-semaine/confirmer/\S+/", body).group(0)


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def outbox_to(address: str):
    deliver()
    return [message for message in mail.outbox if message.to == [address]]


@pytest.mark.django_db
def test_the_box_is_unticked_by_default_and_nothing_is_subscribed(client, alpha):
    html = client.get(URL, HTTP_HOST=ALPHA).content.decode()
    box = re.search(r'<input type="checkbox" name="digest"[^>]*>', html).group(0)
    assert "checked" not in box and "required" not in box
    assert 'for="id_digest"' in html
    assert "nouveaux besoins du territoire" in html

    signup = sign_up(client)
    assert not DigestSubscription.objects.exists()
    subjects = [message.subject for message in outbox_to(signup.contact_email)]
    assert len(subjects) == 1 and "bien reçue" in subjects[0]  # no confirmation asked


@pytest.mark.django_db
def test_ticking_at_sign_up_asks_for_a_confirmation_then_confirms(client, alpha):
    signup = sign_up(client, digest="on")
    subscription = DigestSubscription.objects.get()
    assert subscription.actor == signup.actor
    assert subscription.email == "camille@jardins.example"
    assert subscription.status == "pending" and subscription.since is None

    confirmation = [m for m in outbox_to("camille@jardins.example") if "Confirmez" in m.subject]
    assert len(confirmation) == 1
    link = confirm_link(confirmation[0].body)
    assert link.startswith(alpha.url.rstrip("/"))

    page = client.get(path_of(link), HTTP_HOST=ALPHA)
    assert page.status_code == 200
    assert "Votre abonnement est confirmé" in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == "confirmed"
    assert subscription.confirmed_at is not None and subscription.since is not None
    # Opened again: still fine, nothing changes.
    since = subscription.since
    assert client.get(path_of(link), HTTP_HOST=ALPHA).status_code == 200
    subscription.refresh_from_db()
    assert (subscription.status, subscription.since) == ("confirmed", since)


@pytest.mark.django_db
def test_confirmation_links_refuse_tampering_age_replacement_and_other_hosts(
    client, alpha, territory_b, monkeypatch
):
    sign_up(client, digest="on")
    subscription = DigestSubscription.objects.get()
    link = path_of(confirm_link(outbox_to("camille@jardins.example")[-1].body))

    tampered = client.get(link[:-3] + "xy/", HTTP_HOST=ALPHA)
    assert tampered.status_code == 400
    assert "Ce lien n’est pas valable" in tampered.content.decode()
    garbage = client.get("/besoins-de-la-semaine/confirmer/%25%00abc/", HTTP_HOST=ALPHA)
    assert garbage.status_code == 400
    # Signed for the unsubscribe link: not a confirmation.
    wrong_salt = sign_link(digest_optin.UNSUBSCRIBE_SALT, {"d": subscription.pk, "v": 0})
    assert (
        client.get(
            reverse("digest_confirm", kwargs={"token": wrong_salt}), HTTP_HOST=ALPHA
        ).status_code
        == 400
    )
    assert client.get(link, HTTP_HOST=BETA).status_code == 404
    assert client.get(link, HTTP_HOST="localhost").status_code == 404

    monkeypatch.setattr(digest_optin, "CONFIRM_MAX_AGE", timedelta(seconds=-1))
    expired = client.get(link, HTTP_HOST=ALPHA)
    assert expired.status_code == 410
    assert "Ce lien n’est plus valable" in expired.content.decode()
    monkeypatch.undo()

    # A newer request replaces the link.
    with_new_address = DigestSubscription.objects.get()
    digest_optin.digest_request(with_new_address.actor, "autre@jardins.example", "Camille")
    assert client.get(link, HTTP_HOST=ALPHA).status_code == 410
    subscription.refresh_from_db()
    assert subscription.status == "pending"


@pytest.mark.django_db
def test_unsubscribe_in_one_click_by_get_or_by_post(client, alpha):
    sign_up(client, digest="on")
    subscription = DigestSubscription.objects.get()
    assert digest_optin.digest_confirm(subscription)
    path = digest_optin.unsubscribe_path(subscription.pk)

    page = client.get(path, HTTP_HOST=ALPHA)
    assert page.status_code == 200
    assert "Vous êtes désabonné" in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.status == "unsubscribed" and subscription.unsubscribed_at
    assert subscription.email == ""  # the address is forgotten

    # Mail clients' one-click unsubscribe posts, without a session or CSRF token.
    DigestSubscription.objects.filter(pk=subscription.pk).update(status="confirmed")
    strict = Client(enforce_csrf_checks=True, REMOTE_ADDR=fresh_ip())
    assert strict.post(path, {"List-Unsubscribe": "One-Click"}, HTTP_HOST=ALPHA).status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == "unsubscribed"
    # An old confirmation link does not subscribe again.
    confirm = reverse(
        "digest_confirm",
        kwargs={"token": sign_link(digest_optin.CONFIRM_SALT, {"d": subscription.pk, "v": 0})},
    )
    assert client.get(confirm, HTTP_HOST=ALPHA).status_code == 410
    subscription.refresh_from_db()
    assert subscription.status == "unsubscribed"


@pytest.mark.django_db
def test_unsubscribe_links_refuse_tampering_and_say_when_the_card_is_gone(client, alpha):
    sign_up(client, digest="on")
    subscription = DigestSubscription.objects.get()
    path = digest_optin.unsubscribe_path(subscription.pk)
    tampered = client.get(path.replace(":", ";", 1), HTTP_HOST=ALPHA)
    assert tampered.status_code == 400
    assert "Ce lien n’est pas valable" in tampered.content.decode()
    assert '<html lang="fr">' in tampered.content.decode()
    Actor.objects.filter(pk=subscription.actor_id).delete()
    gone = client.get(path, HTTP_HOST=ALPHA)
    assert gone.status_code == 410
    assert "n’existe plus" in gone.content.decode()


@pytest.mark.django_db
def test_the_update_link_shows_ticks_and_unticks_the_subscription(client, alpha, moderator_a):
    signup = sign_up(client)
    service.signup_approve(signup, moderator_a)
    signup.refresh_from_db()
    path = reverse("signup_update", kwargs={"token": service.make_update_token(signup)})
    html = client.get(path, HTTP_HOST=ALPHA).content.decode()
    assert "checked" not in re.search(r'<input type="checkbox" name="digest"[^>]*>', html).group(0)
    mail.outbox.clear()
    Notification.objects.all().delete()

    # Ticked: a confirmation e-mail, to the address given in the form.
    data = form_data(digest="on", contact_email="dominique@jardins.example")
    assert client.post(path, data, HTTP_HOST=ALPHA).status_code == 302
    subscription = DigestSubscription.objects.get()
    assert (subscription.status, subscription.email) == ("pending", "dominique@jardins.example")
    assert any("Confirmez" in m.subject for m in outbox_to("dominique@jardins.example"))
    digest_optin.digest_confirm(subscription)

    # The next link shows it ticked; kept ticked with the same address: nothing to confirm.
    latest = service.current_contact_signups(alpha, "dominique@jardins.example")
    service.signup_approve(
        service.signups_for(moderator_a).filter(status="pending").get(), moderator_a
    )
    origin = latest.first()
    path = reverse("signup_update", kwargs={"token": service.make_update_token(origin)})
    html = client.get(path, HTTP_HOST=ALPHA).content.decode()
    assert "checked" in re.search(r'<input type="checkbox" name="digest"[^>]*>', html).group(0)
    mail.outbox.clear()
    Notification.objects.all().delete()
    assert client.post(path, data, HTTP_HOST=ALPHA).status_code == 302
    assert not any("Confirmez" in m.subject for m in outbox_to("dominique@jardins.example"))
    assert DigestSubscription.objects.get().status == "confirmed"

    # Unticked: unsubscribed at once (the person's choice, not moderated).
    service.signup_approve(
        service.signups_for(moderator_a).filter(status="pending").get(), moderator_a
    )
    origin = service.current_contact_signups(alpha, "dominique@jardins.example").first()
    path = reverse("signup_update", kwargs={"token": service.make_update_token(origin)})
    data.pop("digest")
    assert client.post(path, data, HTTP_HOST=ALPHA).status_code == 302
    assert DigestSubscription.objects.get().status == "unsubscribed"
    assert DigestSubscription.objects.get().email == ""
