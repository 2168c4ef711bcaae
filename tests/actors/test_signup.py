"""Self-registration ("Rejoindre la dynamique"): the public form, its defences, moderation in
the admin (scoped to the moderator's territories), the signed update link, duplicates, and a
sign-up delivered end to end by a real Celery worker.

E-mails go through the outbox: outside the worker test, ``send_notifications`` delivers what
the sign-up owes, the same way in eager mode (SQLite) and with Redis.
"""

import io
import re
import time
from datetime import timedelta

import pytest
from PIL import Image as PILImage

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from wagtail.images import get_image_model

from actors import signup as service
from actors.duplicates import (
    NEARBY_SIMILAR_NAME,
    SAME_NAME_SAME_COMMUNE,
    find_likely_duplicates,
    names_similar,
    normalise_name,
)
from actors.models import Actor, ActorKind, ActorSignup, NeedKind, Offer
from network import public_forms
from network.geo import format_point
from network.models import Notification, SiteIdentity, Theme
from territories.models import TerritoryRole
from tests.actors.factories import ActorFactory
from tests.conftest import fresh_ip, team
from tests.module_data import shared_territories
from tests.network.factories import ThemeFactory
from tests.territories.factories import CHARENTON, CommuneFactory

ALPHA = "alpha.localhost"
BETA = "beta.localhost"
NETWORK = "localhost"
URL = "/rejoindre/"


# The network, Alpha and Beta: built once for the module (tests/module_data.py).
network_home, territory_a, territory_b = shared_territories()


@pytest.fixture
def client(client):
    client.defaults["REMOTE_ADDR"] = fresh_ip()
    return client


@pytest.fixture
def themes(db):
    ThemeFactory(slug="emploi", name="Emploi")
    ThemeFactory(slug="education", name="Éducation")


@pytest.fixture
def alpha(territory_a, themes):
    CommuneFactory(territory=territory_a, postcodes="94220", **CHARENTON)
    CommuneFactory(territory=territory_a, insee_code="94080", name="Vincennes", postcodes="94300")
    return territory_a


def png_bytes(width=40, height=20, fmt="PNG") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


def form_data(**overrides) -> dict:
    data = {
        "name": "Les Jardins du Plateau",
        "kind": ActorKind.objects.get(slug="association").pk,
        "description": "Jardins partagés ouverts aux habitants et aux écoles.",
        "website": "https://jardins.example/",
        "themes": [Theme.objects.get(slug="emploi").pk],
        "offers": [Offer.objects.order_by("pk").first().pk],
        "address": "12 rue de Paris",
        "postcode": "94220",
        "commune": "94018",
        "email": "bonjour@jardins.example",
        "phone": "01 23 45 67 89",
        "contact_name": "Camille Martin",
        "contact_email": "camille@jardins.example",
        "contact_phone": "06 12 34 56 78",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def deliver() -> None:
    """Send what the outbox owes (what Celery would send, or the periodic task)."""
    call_command("send_notifications", stdout=io.StringIO())


def sign_up(client, **overrides):
    response = client.post(URL, form_data(**overrides), HTTP_HOST=ALPHA)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ActorSignup.objects.order_by("-pk").first()


def make_actor(territory, name, *, commune_insee="", lat=None, lng=None, live=True):
    """A published actor, or with ``live=False`` a draft never published."""
    return ActorFactory(
        territory=territory,
        name=name,
        commune_insee=commune_insee,
        lat=lat,
        lng=lng,
        draft=not live,
    )


# --- The public form ---------------------------------------------------------------------


@pytest.mark.django_db
def test_form_page_is_labelled_grouped_and_links_the_privacy_notice(client, alpha):
    response = client.get(URL, HTTP_HOST=ALPHA)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rejoindre la dynamique de Alpha" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'enctype="multipart/form-data"' in html
    assert html.count("<legend>") >= 5
    for name in ("name", "kind", "description", "logo", "address", "commune", "contact_email"):
        assert f'for="id_{name}"' in html, name
    # The consent box is required and points to the site's privacy notice.
    privacy = SiteIdentity.for_site(alpha.site).privacy_page
    assert re.search(r'<input type="checkbox" name="consent"[^>]*required', html)
    relative = privacy.get_url(current_site=alpha.site)
    assert f'id="id_consent_helptext"><a href="{relative}">' in html
    assert 'aria-describedby="id_consent_helptext"' in html
    # The honeypot: hidden by a class, out of the tab order, never autofilled.
    honeypot = re.search(r'<div class="signup-hp">.*?</div>', html, re.S).group(0)
    assert 'tabindex="-1"' in honeypot and 'autocomplete="off"' in honeypot
    assert "style=" not in html.split("<main", 1)[1]
    # The commune is a text field the combobox completes from the territory's communes.
    assert re.search(r'data-commune-combobox data-source="/api/communes"', html)
    assert re.search(r'<input type="text" name="commune"[^>]*autocomplete="off"', html)
    # Every input has a maximum length.
    for name in ("name", "address", "contact_name", "contact_email", "phone", "website"):
        assert re.search(rf'name="{name}"[^>]*maxlength="\d+"', html), name


@pytest.mark.django_db
def test_territory_home_page_calls_to_join(client, alpha):
    html = client.get("/", HTTP_HOST=ALPHA).content.decode()
    assert '<a class="signup-cta" href="/rejoindre/">Rejoindre la dynamique</a>' in html


@pytest.mark.django_db
def test_no_sign_up_on_the_network_host(client, alpha):
    # « Choisissez votre territoire »: each territory moderates its own sign-ups.
    page = client.get(URL, HTTP_HOST=NETWORK)
    assert page.status_code == 200
    assert f'href="{alpha.url}rejoindre/"' in page.content.decode()
    assert client.post(URL, form_data(), HTTP_HOST=NETWORK).status_code == 405
    assert not Actor.objects.exists()


@pytest.mark.django_db
def test_sign_up_creates_a_draft_awaiting_moderation_and_owes_two_emails(
    client, alpha, moderator_a, editor_a
):
    signup = sign_up(client)
    assert signup is not None
    actor = signup.actor
    assert (signup.territory, signup.kind, signup.status) == (alpha, "new", "pending")
    assert (signup.contact_name, signup.contact_email) == (
        "Camille Martin",
        "camille@jardins.example",
    )
    assert signup.consent_at is not None
    assert len(signup.ip_hash) == 64 and client.defaults["REMOTE_ADDR"] not in signup.ip_hash
    # The actor is a draft with its revision; the person's contact is private.
    assert actor.live is False and actor.has_unpublished_changes
    assert actor.latest_revision_id == signup.revision_id
    assert (actor.name, actor.city, actor.commune_insee) == (
        "Les Jardins du Plateau",
        "Charenton-le-Pont",
        "94018",
    )
    assert actor.private_contact_email == "camille@jardins.example"
    assert actor.private_contact_name == "Camille Martin"
    assert list(actor.themes.values_list("slug", flat=True)) == ["emploi"]
    assert actor.offers.count() == 1
    assert not Actor.objects.filter(live=True).exists()
    # Nothing public: the card is not on the site yet.
    assert client.get(f"/acteurs/{actor.slug}/", HTTP_HOST=ALPHA).status_code == 404

    owed = Notification.objects.filter(status=Notification.Status.PENDING)
    assert owed.count() == 2
    deliver()
    assert not Notification.objects.filter(status=Notification.Status.PENDING).exists()
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    confirmation = by_recipient[("camille@jardins.example",)]
    assert "bien reçue" in confirmation.subject
    assert "Les Jardins du Plateau" in confirmation.body
    assert "&" not in confirmation.body.replace("&amp;", "")  # plain text, not HTML-escaped
    # Moderators are told (not the editors, since the territory has moderators).
    to_moderate = by_recipient[(moderator_a.email,)]
    assert "à relire" in to_moderate.subject
    assert f"/admin/inscriptions/{signup.pk}/" in to_moderate.body
    assert to_moderate.reply_to == ["camille@jardins.example"]


@pytest.mark.django_db
def test_sign_up_says_what_the_actor_seeks_and_the_update_form_keeps_it(client, alpha):
    wanted = NeedKind.objects.filter(slug__in=["lieux-de-stage", "benevoles"])
    signup = sign_up(client, seeks=[kind.pk for kind in wanted])
    card = signup.revision.as_object()
    assert sorted(kind.slug for kind in card.seeks.all()) == ["benevoles", "lieux-de-stage"]
    initial = service.initial_from_actor(signup.actor, signup)
    assert sorted(initial["seeks"]) == sorted(kind.pk for kind in wanted)


@pytest.mark.django_db
def test_thanks_page_follows_the_sign_up(client, alpha):
    response = client.post(URL, form_data(), HTTP_HOST=ALPHA, follow=True)
    assert response.redirect_chain == [("/rejoindre/merci/", 302)]
    assert "Merci, votre demande est envoyée" in response.content.decode()


@pytest.mark.django_db
def test_moderators_fall_back_to_editors(alpha, editor_a, make_user):
    assert service.moderator_emails(alpha) == [editor_a.email]
    silent = make_user("moderateur-sans-courriel", team(alpha, TerritoryRole.Role.MODERATORS))
    silent.email = ""
    silent.save()
    assert service.moderator_emails(alpha) == [editor_a.email]
    moderator = make_user("moderatrice", team(alpha, TerritoryRole.Role.MODERATORS))
    assert service.moderator_emails(alpha) == [moderator.email]


@pytest.mark.django_db
def test_errors_are_summarised_in_french_with_links_to_the_fields(client, alpha):
    response = client.post(URL, {"homepage": ""}, HTTP_HOST=ALPHA)
    assert response.status_code == 200
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    assert 'role="alert"' in summary
    assert "Le formulaire contient 7 erreurs" in summary
    expected = {
        "#id_name": "Nom de la structure : Indiquez le nom de votre structure.",
        "#id_kind": "Type de structure : Choisissez le type de votre structure.",
        "#id_description": "Présentation : Présentez votre structure en quelques lignes.",
        "#id_commune": "Commune : Choisissez la commune de votre structure.",
        "#id_contact_name": "Votre nom : Indiquez votre nom.",
        "#id_contact_email": "Votre adresse électronique : Indiquez votre adresse électronique.",
    }
    links = dict(re.findall(r'<a href="(#[^"]+)">([^<]+)</a>', summary))
    consent = {key: value for key, value in links.items() if key == "#id_consent"}
    assert consent and "Cochez la case" in consent["#id_consent"]
    links.pop("#id_consent")
    assert {key: value.replace("&#x27;", "'") for key, value in links.items()} == expected
    # Each field in error says so to assistive technologies.
    assert re.search(r'name="name"[^>]*aria-invalid="true"', html)
    assert re.search(r'aria-describedby="id_name_error"', html)
    assert html.startswith("<!DOCTYPE html>") and "<title>Erreur – " in html
    assert not Actor.objects.exists() and not Notification.objects.exists()


@pytest.mark.django_db
def test_consent_is_required(client, alpha):
    response = client.post(URL, form_data(consent=None), HTTP_HOST=ALPHA)
    assert response.status_code == 200
    assert "Cochez la case pour accepter le traitement de vos données" in response.content.decode()
    assert not ActorSignup.objects.exists()


@pytest.mark.django_db
def test_honeypot_submissions_pretend_to_succeed_and_write_nothing(client, alpha):
    response = client.post(
        URL, form_data(homepage="http://spam.example"), HTTP_HOST=ALPHA, follow=True
    )
    assert response.redirect_chain == [("/rejoindre/merci/", 302)]
    assert not Actor.objects.exists()
    assert not ActorSignup.objects.exists()
    assert not Notification.objects.exists()
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_rate_limit_per_ip_answers_429_in_french(client, alpha, monkeypatch):
    monkeypatch.setattr(public_forms, "RATE_LIMIT_SUBMISSIONS", 2)
    for n in range(2):
        assert (
            client.post(URL, form_data(name=f"Structure {n}"), HTTP_HOST=ALPHA).status_code == 302
        )
    blocked = client.post(URL, form_data(name="Structure 3"), HTTP_HOST=ALPHA)
    assert blocked.status_code == 429
    assert blocked["Retry-After"] == str(service.RATE_LIMIT_WINDOW)
    assert "Trop de demandes envoyées" in blocked.content.decode()
    assert ActorSignup.objects.count() == 2
    # Another address is not affected; the form itself still displays.
    other = client.post(URL, form_data(name="Structure 4"), HTTP_HOST=ALPHA, REMOTE_ADDR=fresh_ip())
    assert other.status_code == 302
    assert client.get(URL, HTTP_HOST=ALPHA).status_code == 200


@pytest.mark.django_db
def test_rate_limit_fails_open_when_the_cache_is_down(client, alpha, monkeypatch):
    class Broken:
        def add(self, *args, **kwargs):
            raise ConnectionError("redis down")

        incr = add

    monkeypatch.setattr(public_forms, "cache", Broken())
    assert client.post(URL, form_data(), HTTP_HOST=ALPHA).status_code == 302


@pytest.mark.django_db
def test_field_lengths_are_bounded(client, alpha):
    response = client.post(
        URL,
        form_data(name="x" * 201, description="y" * 2001, contact_phone="1" * 31),
        HTTP_HOST=ALPHA,
    )
    html = response.content.decode()
    assert "Nom de la structure : Assurez-vous que cette valeur comporte au plus 200" in html
    assert "Présentation : Assurez-vous que cette valeur comporte au plus 2000" in html
    assert "Votre téléphone : " in html
    assert not ActorSignup.objects.exists()


@pytest.mark.django_db
def test_logo_is_stored_in_the_territory_collection(client, alpha):
    logo = SimpleUploadedFile("mon logo.png", png_bytes(), content_type="image/png")
    signup = sign_up(client, logo=logo)
    image = signup.actor.logo
    assert image is not None
    assert image.collection_id == alpha.collection_id
    assert (image.width, image.height) == (40, 20)
    assert image.file.name.endswith(".png") and "logo-les-jardins-du-plateau" in image.file.name
    assert signup.revision.as_object().logo_id == image.pk


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: SimpleUploadedFile("logo.png", b"not an image", "image/png"), "image PNG, JPEG"),
        (
            lambda: SimpleUploadedFile("logo.png", b"\0" * (2 * 1024 * 1024 + 1), "image/png"),
            "Le logo pèse 2,0",
        ),
        (lambda: SimpleUploadedFile("logo.png", png_bytes(4001, 10), "image/png"), "4001 × 10"),
        (lambda: SimpleUploadedFile("logo.svg", b"<svg></svg>", "image/svg+xml"), "Logo : "),
        (lambda: SimpleUploadedFile("logo.bmp", png_bytes(fmt="BMP"), "image/bmp"), "Logo : "),
    ],
    ids=["not-an-image", "too-heavy", "too-large", "svg", "bmp"],
)
@pytest.mark.django_db
def test_logo_must_be_a_bounded_image(client, alpha, upload, message):
    response = client.post(URL, form_data(logo=upload()), HTTP_HOST=ALPHA)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html, re.findall(r'class="errorlist"[^>]*>(.*?)</ul>', html)
    assert not ActorSignup.objects.exists()
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_territory_without_communes_asks_for_a_city(client, territory_a, themes):
    html = client.get(URL, HTTP_HOST=ALPHA).content.decode()
    assert 'name="commune"' not in html and 'name="city"' in html
    response = client.post(URL, form_data(commune=None, city="Montreuil"), HTTP_HOST=ALPHA)
    assert response.status_code == 302
    actor = ActorSignup.objects.get().actor
    assert (actor.city, actor.commune_insee) == ("Montreuil", "")


# --- Duplicates --------------------------------------------------------------------------


def test_name_normalisation_and_similarity():
    assert normalise_name("L’Atelier (SCOP)") == normalise_name("atelier") == "atelier"
    assert normalise_name("Association") == "association"
    assert normalise_name("Les Jardins du Plateau") == "jardins plateau"
    assert names_similar("jardins plateau", "jardins plateau charenton")
    assert names_similar("boulangerie martin", "boulangeri martin")
    assert not names_similar("boulangerie martin", "ecole jules ferry")


@pytest.mark.django_db
def test_find_likely_duplicates(alpha, territory_b):
    same = make_actor(alpha, "Les Jardins du Plateau", commune_insee="94018")
    make_actor(alpha, "Les Jardins du Plateau", commune_insee="94080")  # other commune
    near = make_actor(alpha, "Jardins du Plateau Charenton", lat=48.82190, lng=2.41390)
    make_actor(alpha, "Jardins du Plateau", lat=48.8230, lng=2.4139)  # ~120 m away
    make_actor(alpha, "École Jules Ferry", lat=48.82191, lng=2.41391)  # near, other name
    draft = make_actor(alpha, "JARDINS DU PLATEAU", commune_insee="94018", live=False)
    make_actor(territory_b, "Les Jardins du Plateau", commune_insee="94018")  # other territory

    hints = find_likely_duplicates(alpha, "Jardins du plateau", "94018", 48.82200, 2.41395)
    by_id = {hint.actor.pk: hint for hint in hints}
    assert set(by_id) == {same.pk, near.pk, draft.pk}
    assert by_id[same.pk].reasons == [SAME_NAME_SAME_COMMUNE]
    assert by_id[near.pk].reasons == [NEARBY_SIMILAR_NAME]
    assert by_id[near.pk].distance_m < 30
    # Without a position, only the same-commune rule applies; an actor never matches itself.
    hints = find_likely_duplicates(
        alpha, "Jardins du plateau", "94018", None, None, exclude_ids=[same.pk]
    )
    assert [hint.actor.pk for hint in hints] == [draft.pk]


@pytest.mark.django_db
def test_sign_up_flags_likely_duplicates_for_the_moderators(client, alpha, moderator_a):
    existing = make_actor(alpha, "Jardins du Plateau", commune_insee="94018")
    signup = sign_up(client)
    assert signup.duplicate_ids == [existing.pk]
    deliver()
    to_moderate = next(m for m in mail.outbox if m.to == [moderator_a.email])
    assert "1 acteur du territoire ressemble à celui-ci" in to_moderate.body

    client.force_login(moderator_a)
    html = client.get(reverse("actors_signups:detail", args=[signup.pk])).content.decode()
    assert "Doublons possibles" in html
    assert reverse("wagtailsnippets_actors_actor:edit", args=[existing.pk]) in html
    assert "même nom dans la même commune" in html


# --- Moderation ----------------------------------------------------------------------------


@pytest.fixture
def pending(client, alpha):
    signup = sign_up(client)
    mail.outbox.clear()
    Notification.objects.all().delete()
    return signup


@pytest.mark.django_db
def test_dashboard_panel_counts_the_pending_sign_ups_of_my_territories(
    client, pending, moderator_a, make_user, territory_b
):
    client.force_login(moderator_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Inscriptions d’acteurs" in html
    assert "<strong>1</strong> demande en attente de modération." in html
    assert reverse("actors_signups:list") in html

    other = make_user("moderateur-beta", team(territory_b, TerritoryRole.Role.MODERATORS))
    client.force_login(other)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Aucune demande en attente de modération." in html


@pytest.mark.django_db
def test_moderation_list_and_detail(client, pending, moderator_a):
    client.force_login(moderator_a)
    html = client.get(reverse("actors_signups:list")).content.decode()
    assert "Les Jardins du Plateau" in html
    assert reverse("actors_signups:detail", args=[pending.pk]) in html
    detail = client.get(reverse("actors_signups:detail", args=[pending.pk]))
    assert detail.status_code == 200
    html = detail.content.decode()
    for text in (
        "Camille Martin",
        "camille@jardins.example",
        "Jardins partagés",
        "Accepter et publier",
    ):
        assert text in html, text


@pytest.mark.django_db
def test_approve_publishes_the_card_and_mails_a_signed_update_link(client, pending, moderator_a):
    client.force_login(moderator_a)
    response = client.post(reverse("actors_signups:approve", args=[pending.pk]))
    assert response.status_code == 302
    pending.refresh_from_db()
    actor = Actor.objects.get(pk=pending.actor_id)
    assert pending.status == "approved" and pending.decided_by == moderator_a
    assert pending.decided_at is not None
    assert actor.live and not actor.has_unpublished_changes
    assert actor.private_contact_email == "camille@jardins.example"
    assert list(actor.themes.values_list("slug", flat=True)) == ["emploi"]
    assert client.get(f"/acteurs/{actor.slug}/", HTTP_HOST=ALPHA).status_code == 200

    deliver()
    (message,) = mail.outbox
    assert message.to == ["camille@jardins.example"]
    assert "figure désormais parmi les acteurs" in message.subject
    link = re.search(r"http://alpha\.localhost(/rejoindre/modifier/[^/\s]+/)", message.body)
    assert link, message.body
    assert "valable 30 jours" in message.body
    # Deciding twice is refused politely.
    again = client.post(reverse("actors_signups:approve", args=[pending.pk]), follow=True)
    assert "déjà été traitée" in again.content.decode()


@pytest.mark.django_db
def test_approving_an_actor_without_a_position_warns_the_team(client, pending, moderator_a):
    client.force_login(moderator_a)
    response = client.post(reverse("actors_signups:approve", args=[pending.pk]), follow=True)
    html = response.content.decode()
    # Placed again from its address (queued on publication), or to be placed by hand.
    assert "« Les Jardins du Plateau » n’a pas" in html and "position" in html
    assert reverse("wagtailsnippets_actors_actor:edit", args=[pending.actor_id]) in html


@pytest.mark.django_db
def test_reject_needs_a_reason_and_mails_it(client, pending, moderator_a):
    client.force_login(moderator_a)
    url = reverse("actors_signups:reject", args=[pending.pk])
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 400
    assert "Indiquez le motif du refus" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "pending"

    assert client.post(url, {"reason": "Structure hors du territoire."}).status_code == 302
    pending.refresh_from_db()
    assert (pending.status, pending.rejection_reason) == (
        "rejected",
        "Structure hors du territoire.",
    )
    assert not Actor.objects.get(pk=pending.actor_id).live
    deliver()
    (message,) = mail.outbox
    assert "n’a pas été retenue" in message.subject
    assert "Structure hors du territoire." in message.body


@pytest.mark.django_db
def test_moderation_is_scoped_to_my_territories(client, pending, make_user, territory_b):
    beta_moderator = make_user("moderateur-beta", team(territory_b, TerritoryRole.Role.MODERATORS))
    beta_editor = make_user("editeur-beta", team(territory_b))
    for user in (beta_moderator, beta_editor):
        client.force_login(user)
        assert (
            "Les Jardins du Plateau"
            not in client.get(reverse("actors_signups:list")).content.decode()
        )
        for name in ("detail", "approve", "reject"):
            url = reverse(f"actors_signups:{name}", args=[pending.pk])
            assert client.get(url).status_code in (404, 405)
            assert client.post(url, {"reason": "Piraté"}).status_code == 404, name
    pending.refresh_from_db()
    assert pending.status == "pending"
    assert not Actor.objects.get(pk=pending.actor_id).live
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_moderation_needs_the_publish_permission(client, pending, make_user, alpha):
    pioneer = make_user("pionnier-alpha", team(alpha, TerritoryRole.Role.PIONEERS))
    client.force_login(pioneer)
    for name in ("list",):
        assert client.get(reverse(f"actors_signups:{name}")).status_code == 403
    detail = reverse("actors_signups:detail", args=[pending.pk])
    assert client.get(detail).status_code == 403
    assert client.post(reverse("actors_signups:approve", args=[pending.pk])).status_code == 403
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Inscriptions d’acteurs" not in html


@pytest.mark.django_db
def test_network_team_moderates_every_territory(client, pending, network_editor):
    client.force_login(network_editor)
    detail = reverse("actors_signups:detail", args=[pending.pk])
    assert client.get(detail).status_code == 200


# --- Signed update link --------------------------------------------------------------------


@pytest.fixture
def approved(pending, moderator_a):
    service.signup_approve(pending, moderator_a)
    pending.refresh_from_db()
    mail.outbox.clear()
    Notification.objects.all().delete()
    return pending


def update_path(signup) -> str:
    return reverse("signup_update", kwargs={"token": service.make_update_token(signup)})


@pytest.mark.django_db
def test_update_link_saves_a_new_revision_back_to_moderation(client, approved, moderator_a):
    path = update_path(approved)
    page = client.get(path, HTTP_HOST=ALPHA)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'value="Les Jardins du Plateau"' in html
    assert 'value="camille@jardins.example"' in html
    assert "Mettre à jour la fiche" in html

    live_before = Actor.objects.get(pk=approved.actor_id)
    revisions_before = live_before.revisions.count()
    response = client.post(
        path,
        form_data(
            name="Les Jardins du Plateau (nouveau nom)", description="Nouvelle présentation."
        ),
        HTTP_HOST=ALPHA,
    )
    assert response.status_code == 302 and response["Location"] == "/rejoindre/modifier/merci/"

    actor = Actor.objects.get(pk=approved.actor_id)
    # The live card is unchanged until a moderator approves...
    assert actor.name == "Les Jardins du Plateau" and actor.live
    assert actor.has_unpublished_changes
    assert actor.revisions.count() == revisions_before + 1
    update = ActorSignup.objects.get(kind="update")
    assert (update.status, update.actor_id, update.revision_id) == (
        "pending",
        actor.pk,
        actor.latest_revision_id,
    )
    assert update.revision.as_object().name == "Les Jardins du Plateau (nouveau nom)"
    deliver()
    assert {tuple(m.to) for m in mail.outbox} == {
        ("camille@jardins.example",),
        (moderator_a.email,),
    }

    # ...the moderator sees what changed, then approves: the new version goes live.
    client.force_login(moderator_a)
    html = client.get(reverse("actors_signups:detail", args=[update.pk])).content.decode()
    assert "Modifications proposées" in html and "Publié actuellement" in html
    service.signup_approve(update, moderator_a)
    actor.refresh_from_db()
    assert actor.name == "Les Jardins du Plateau (nouveau nom)"
    assert actor.description == "Nouvelle présentation."
    assert not actor.has_unpublished_changes


@pytest.mark.django_db
def test_rejected_update_leaves_the_live_card_and_the_editor_as_they_were(
    client, approved, moderator_a
):
    client.post(update_path(approved), form_data(name="Nom refusé"), HTTP_HOST=ALPHA)
    update = ActorSignup.objects.get(kind="update")
    service.signup_reject(update, moderator_a, "Nom trompeur.")
    actor = Actor.objects.get(pk=approved.actor_id)
    assert actor.name == "Les Jardins du Plateau" and actor.live
    assert not actor.has_unpublished_changes
    assert actor.latest_revision_id == actor.live_revision_id
    assert actor.get_latest_revision_as_object().name == "Les Jardins du Plateau"


@pytest.mark.django_db
def test_position_found_while_pending_survives_the_approval(pending, moderator_a):
    # The geocoder places the draft's row after the request's revision was saved.
    Actor.objects.filter(pk=pending.actor_id).update(
        location=format_point(48.8219, 2.4139),
        latitude=48.8219,
        longitude=2.4139,
        geocoding_status="ok",
        geocoding_score=0.93,
    )
    service.signup_approve(pending, moderator_a)
    actor = Actor.objects.get(pk=pending.actor_id)
    assert actor.live
    assert (actor.latitude, actor.longitude, actor.geocoding_status) == (48.8219, 2.4139, "ok")


@pytest.mark.django_db
def test_an_update_with_a_new_address_is_placed_again(client, approved):
    Actor.objects.filter(pk=approved.actor_id).update(
        location=format_point(48.8219, 2.4139), latitude=48.8219, longitude=2.4139
    )
    client.post(update_path(approved), form_data(address="3 quai des Carrières"), HTTP_HOST=ALPHA)
    update = ActorSignup.objects.get(kind="update")
    proposed = update.revision.as_object()
    assert proposed.address == "3 quai des Carrières"
    assert (proposed.location, proposed.latitude) == ("", None)
    # The live card keeps its point until the update is approved.
    assert Actor.objects.get(pk=approved.actor_id).latitude == 48.8219


@pytest.mark.django_db
def test_tampered_link_answers_400_in_french(client, approved):
    path = update_path(approved)
    tampered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    for bad in (tampered, "/rejoindre/modifier/nimportequoi/", "/rejoindre/modifier/a:b:c/"):
        response = client.get(bad, HTTP_HOST=ALPHA)
        assert response.status_code == 400, bad
        assert "Ce lien n’est pas valable" in response.content.decode()
    assert client.post(tampered, form_data(), HTTP_HOST=ALPHA).status_code == 400
    assert not ActorSignup.objects.filter(kind="update").exists()


@pytest.mark.django_db
def test_expired_link_answers_410_in_french(client, approved, monkeypatch):
    path = update_path(approved)
    monkeypatch.setattr(service, "TOKEN_MAX_AGE", timedelta(seconds=-1))
    response = client.get(path, HTTP_HOST=ALPHA)
    assert response.status_code == 410
    assert "Ce lien n’est plus valable" in response.content.decode()


@pytest.mark.django_db
def test_link_of_a_refused_or_deleted_card_is_gone(client, pending, moderator_a):
    path = update_path(pending)  # never approved
    assert client.get(path, HTTP_HOST=ALPHA).status_code == 410
    service.signup_approve(pending, moderator_a)
    assert client.get(path, HTTP_HOST=ALPHA).status_code == 200
    Actor.objects.filter(pk=pending.actor_id).delete()
    assert client.get(path, HTTP_HOST=ALPHA).status_code == 410


@pytest.mark.django_db
def test_link_only_works_on_its_territory_host(client, approved, territory_b):
    assert client.get(update_path(approved), HTTP_HOST=BETA).status_code == 404


@pytest.mark.django_db
def test_an_update_link_serves_once_then_answers_410_with_how_to_get_a_new_one(client, approved):
    path = update_path(approved)
    first = client.post(path, form_data(description="Première mise à jour."), HTTP_HOST=ALPHA)
    assert first.status_code == 302
    for again in (
        client.get(path, HTTP_HOST=ALPHA),
        client.post(path, form_data(description="Deuxième."), HTTP_HOST=ALPHA),
    ):
        assert again.status_code == 410
        html = again.content.decode()
        assert "Ce lien a déjà servi" in html
        assert 'href="/rejoindre/nouveau-lien/"' in html
    assert ActorSignup.objects.filter(kind="update").count() == 1


@pytest.mark.django_db
def test_a_new_link_by_e_mail_with_the_same_answer_for_any_address(client, approved):
    used = update_path(approved)
    assert client.post(used, form_data(), HTTP_HOST=ALPHA).status_code == 302
    deliver()
    mail.outbox.clear()
    Notification.objects.all().delete()

    page = client.get("/rejoindre/nouveau-lien/", HTTP_HOST=ALPHA)
    assert page.status_code == 200 and 'autocomplete="email"' in page.content.decode()
    answers = {}
    for address in ("Camille@Jardins.example ", "inconnu@exemple.fr"):
        response = client.post(
            "/rejoindre/nouveau-lien/", {"email": address, "homepage": ""}, HTTP_HOST=ALPHA
        )
        assert response.status_code == 302
        sent = client.get(response["Location"], HTTP_HOST=ALPHA)
        answers[address] = (response["Location"], sent.status_code, sent.content)
    # The visitor cannot tell a contact's address from any other.
    assert answers["Camille@Jardins.example "] == answers["inconnu@exemple.fr"]
    assert "Si ce courriel est celui du contact" in answers["inconnu@exemple.fr"][2].decode()

    deliver()
    (message,) = mail.outbox  # only the card's contact receives something
    assert message.to == ["camille@jardins.example"]
    link = next(line for line in message.body.splitlines() if "/rejoindre/modifier/" in line)
    fresh = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert client.get(fresh, HTTP_HOST=ALPHA).status_code == 200
    assert client.get(used, HTTP_HOST=ALPHA).status_code == 410  # the used one stays used
    assert client.post(fresh, form_data(), HTTP_HOST=ALPHA).status_code == 302
    assert client.get(fresh, HTTP_HOST=ALPHA).status_code == 410

    invalid = client.post(
        "/rejoindre/nouveau-lien/", {"email": "pas-un-courriel", "homepage": ""}, HTTP_HOST=ALPHA
    )
    assert invalid.status_code == 400
    assert "Saisissez une adresse électronique valide" in invalid.content.decode()


@pytest.mark.django_db
def test_the_new_link_form_is_rate_limited(client, approved, monkeypatch):
    monkeypatch.setattr(public_forms, "RATE_LIMIT_SUBMISSIONS", 1)
    client.defaults["REMOTE_ADDR"] = fresh_ip()  # the sign-up of the fixture counted too
    data = {"email": "camille@jardins.example", "homepage": ""}
    assert client.post("/rejoindre/nouveau-lien/", data, HTTP_HOST=ALPHA).status_code == 302
    assert client.post("/rejoindre/nouveau-lien/", data, HTTP_HOST=ALPHA).status_code == 429
    assert Notification.objects.count() == 1


# --- Through a real Celery worker on Redis -------------------------------------------------


def _wait_for(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return predicate()


@pytest.mark.django_db
def test_the_commune_is_typed_by_name_or_postcode_without_javascript(client, alpha):
    by_name = sign_up(client, commune="vincennes")
    assert (by_name.actor.commune_insee, by_name.actor.city) == ("94080", "Vincennes")
    by_postcode = sign_up(client, commune="94220", name="Autre structure")
    assert by_postcode.actor.commune_insee == "94018"
    response = client.post(URL, form_data(commune="Paris"), HTTP_HOST=ALPHA)
    assert response.status_code == 200
    assert "Aucune commune du territoire ne correspond à « Paris »" in response.content.decode()
