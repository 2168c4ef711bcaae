"""Mise en relation: the suggested pairs of a territory, « Mettre en relation » in the admin,
the follow-up a month later and the outcome its link records once."""

import re
import time
from datetime import timedelta

import pytest

from django.core import signing
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from network.models import Notification
from projects.introductions import (
    FOLLOW_UP_SALT,
    NeedSide,
    follow_ups_send,
    introduce,
    make_follow_up_token,
    need_side_of_need,
    suggested_pairs,
)
from projects.models import Introduction, IntroductionOutcome, NeedStatus
from tests.projects.conftest import ALPHA, BETA, make_actor
from tests.projects.factories import NeedFactory
from tests.territories.factories import CommuneFactory, UserFactory

LAT, LNG = 48.8219, 2.4139  # Charenton-le-Pont


@pytest.fixture
def world(territory_a, territory_b):
    """Alpha: a lycée seeking internship places, an association's need for interns, and
    companies that host interns (near, far, a draft, one without public address); Beta: a
    company and a need of its own."""
    CommuneFactory(
        territory=territory_a, insee_code="94018", name="Charenton", latitude=LAT, longitude=LNG
    )
    a = territory_a
    near = actor(
        a,
        "Imprimerie Proche",
        lat=LAT + 0.001,
        lng=LNG,
        kind="entreprise",
        offers=["accueil-stagiaires"],
    )
    far = actor(
        a,
        "Atelier Lointain",
        lat=LAT + 0.1,
        lng=LNG,
        kind="entreprise",
        offers=["accueil-stagiaires"],
    )
    draft = actor(
        a,
        "Brouillon SARL",
        live=False,
        lat=LAT,
        lng=LNG,
        kind="entreprise",
        offers=["accueil-stagiaires"],
    )
    mute = actor(
        a,
        "Sans Courriel",
        lat=LAT,
        lng=LNG,
        kind="entreprise",
        email="",
        offers=["accueil-stagiaires"],
    )
    lender = actor(
        a, "Salle des Fêtes", lat=LAT, lng=LNG, offers=["pret-de-locaux"]
    )  # answers « locaux », not interns
    lycee = actor(
        a, "Lycée Jean Jaurès", lat=LAT, lng=LNG + 0.002, kind="lycee", seeks=["lieux-de-stage"]
    )
    asso = actor(a, "Les Jardins", lat=LAT, lng=LNG - 0.002)
    need = NeedFactory(territory=a, actor=asso, title="Deux stagiaires au jardin")
    unapproved = NeedFactory(territory=a, actor=asso, title="Pas validé", is_approved=False)
    b = territory_b
    beta_company = actor(
        b, "Entreprise Beta", lat=LAT, lng=LNG, kind="entreprise", offers=["accueil-stagiaires"]
    )
    beta_need = NeedFactory(territory=b, actor=actor(b, "Asso Beta"), title="Besoin beta")
    return locals()


def actor(territory, name, **fields):
    """A published actor with a public address (``email=""``: without)."""
    fields.setdefault("email", f"contact@{slugify(name)}.example")
    return make_actor(territory, name, **fields)


def _kinds(*slugs):
    from actors.models import NeedKind

    return list(NeedKind.objects.filter(slug__in=slugs))


def _names(page):
    return {item.side.title: [c.name for c in item.candidates] for item in page.sides}


# --- Suggested pairs --------------------------------------------------------------------


@pytest.mark.django_db
def test_pairs_rank_the_nearest_first_and_leave_out_drafts_mute_and_other_territories(world):
    page = suggested_pairs(world["a"])
    pairs = _names(page)
    assert pairs == {
        "Deux stagiaires au jardin": ["Imprimerie Proche", "Atelier Lointain"],
        "Lycée Jean Jaurès cherche : lieux de stage": ["Imprimerie Proche", "Atelier Lointain"],
    }
    assert not page.has_next and not page.has_previous
    near = page.sides[0].candidates[0]
    assert near.distance_label.startswith("à 0,")


@pytest.mark.django_db
def test_pairs_already_introduced_are_not_suggested_again(world):
    Introduction.objects.create(
        territory=world["a"],
        need=world["need"],
        need_kind=world["need"].kind,
        answerer=world["near"],
        subject="s",
        message="m",
        need_email="a@example.org",
        answerer_email="b@example.org",
    )
    pairs = _names(suggested_pairs(world["a"]))
    assert pairs["Deux stagiaires au jardin"] == ["Atelier Lointain"]
    # The same company for the lycée is another pair: still suggested.
    assert pairs["Lycée Jean Jaurès cherche : lieux de stage"][0] == "Imprimerie Proche"
    # The team sees that the need had an introduction already.
    assert [s.side.introduced for s in suggested_pairs(world["a"]).sides] == [True, False]


@pytest.mark.django_db
def test_a_draft_seeker_and_a_filled_need_have_no_pairs(world):
    world["lycee"].live = False
    world["lycee"].save()
    world["need"].status = NeedStatus.FILLED
    world["need"].save()
    assert suggested_pairs(world["a"]).sides == []


@pytest.mark.django_db
def test_pairs_are_paginated_over_needs_then_seekers(world):
    for n in range(3):
        NeedFactory(territory=world["a"], actor=world["asso"], title=f"Stagiaire {n}")
    first = suggested_pairs(world["a"], page=1, page_size=3)
    second = suggested_pairs(world["a"], page=2, page_size=3)
    assert first.has_next and not first.has_previous
    # The newest needs first.
    assert [s.side.title for s in first.sides] == ["Stagiaire 2", "Stagiaire 1", "Stagiaire 0"]
    assert [s.side.title for s in second.sides] == [
        "Deux stagiaires au jardin",
        "Lycée Jean Jaurès cherche : lieux de stage",
    ]
    assert not second.has_next and second.has_previous
    # A page of needs that ends where they end: whether seekers follow is known.
    assert suggested_pairs(world["a"], page=1, page_size=4).has_next
    assert suggested_pairs(world["a"], page=99, page_size=3).sides == []


@pytest.mark.django_db
def test_the_suggested_pairs_cost_a_bounded_number_of_queries_whatever_the_page(
    world, django_assert_num_queries
):
    for n in range(12):
        need = NeedFactory(territory=world["a"], actor=world["asso"], title=f"Stagiaire {n}")
        need.communes.set(world["a"].communes.all())
    # The page's needs, its seekers (their rows, actors and kinds); the candidates in a
    # 1 km box, then 5 km, then the whole territory (only two answer interns: every side
    # goes on to the last round).
    with django_assert_num_queries(7):
        page = suggested_pairs(world["a"], page=2, page_size=10)
    assert len(page.sides) == 4 and all(s.candidates for s in page.sides)
    with django_assert_num_queries(4):  # a page of needs only: no seekers
        suggested_pairs(world["a"], page=1, page_size=10)
    with django_assert_num_queries(3):  # past every side: the needs, their count, seekers
        assert suggested_pairs(world["a"], page=3, page_size=10).sides == []
    # One side settled in the first box: two answering companies within 1 km of it.
    make_actor(
        world["a"],
        "Imprimerie Voisine",
        lat=LAT,
        lng=LNG - 0.003,
        offers=["accueil-stagiaires"],
        email="voisine@example.org",
    )
    with django_assert_num_queries(2):  # the needs, one box
        found = suggested_pairs(world["a"], page=1, page_size=1, per_side=2)
    assert [c.name for c in found.sides[0].candidates] == [
        "Imprimerie Voisine",
        "Imprimerie Proche",
    ]


# --- Introducing ------------------------------------------------------------------------


def _introduction(world, **fields):
    side = need_side_of_need(world["a"], world["need"].pk)
    return introduce(
        territory=world["a"],
        side=side,
        answerer=world["near"],
        subject=fields.get("subject", "Mise en relation"),
        message=fields.get("message", "Bonjour à vous deux."),
        sent_by=None,
    )


@pytest.mark.django_db
def test_introduce_owes_one_email_to_each_party_at_their_public_address(world):
    introduction = _introduction(world, message="Texte modifié par l’équipe.")
    notes = list(Notification.objects.order_by("pk"))
    assert [n.recipients for n in notes] == [world["asso"].email, world["near"].email]
    assert all(n.body.strip() == "Texte modifié par l’équipe." for n in notes)
    assert notes[0].reply_to == world["near"].email  # replying writes to the other party
    assert introduction.need_email == world["asso"].email
    assert introduction.need_kind == world["need"].kind and introduction.outcome == ""


@pytest.mark.django_db
def test_a_projects_need_is_written_to_its_lead_whose_address_the_text_never_shows(world):
    from tests.projects.conftest import add_project

    project = add_project(world["a"], lead_name="Camille", lead_email="camille@prive.example")
    need = NeedFactory(territory=world["a"], project=project, title="Stagiaires du projet")
    side = need_side_of_need(world["a"], need.pk)
    from projects.introductions import answerer_for, default_message

    text = default_message(side, answerer_for(side, world["a"], world["near"].pk), world["a"])
    assert "Camille" in text and "camille@prive.example" not in text
    assert world["near"].email in text
    assert side.email() == "camille@prive.example"


# --- A month later ----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_follow_up_goes_a_month_later_once_with_a_link_for_each_party(world):
    old = _introduction(world)
    Introduction.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    recent = introduce(
        territory=world["a"],
        side=NeedSide(kind=world["lycee"].seeks.get(), seeker=world["lycee"]),
        answerer=world["far"],
        subject="s",
        message="m",
        sent_by=None,
    )
    Notification.objects.all().delete()

    assert follow_ups_send() == 1
    notes = list(Notification.objects.order_by("pk"))
    assert sorted(n.recipients for n in notes) == sorted([world["asso"].email, world["near"].email])
    links = [re.search(r"http://\S+/mise-en-relation/\S+/", n.body).group(0) for n in notes]
    assert len(set(links)) == 2  # one per party
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.follow_up_sent_at is not None and recent.follow_up_sent_at is None
    assert follow_ups_send() == 0  # never twice
    # Given a date a month on, the recent one is due too.
    assert follow_ups_send(now=timezone.now() + timedelta(days=31)) == 1


def _link(introduction, party):
    return reverse(
        "introduction_follow_up", kwargs={"token": make_follow_up_token(introduction, party)}
    )


@pytest.mark.django_db
def test_the_link_records_the_outcome_once_and_fills_the_need(client, world):
    introduction = _introduction(world)
    need_link, answerer_link = _link(introduction, "need"), _link(introduction, "answerer")

    page = client.get(need_link, HTTP_HOST=ALPHA)
    assert page.status_code == 200
    content = page.content.decode()
    assert "Imprimerie Proche" in content and "Ça a marché" in content and "Sans suite" in content

    bad = client.post(need_link, {"outcome": "peut-être"}, HTTP_HOST=ALPHA)
    assert bad.status_code == 400 and "Choisissez une des trois réponses" in bad.content.decode()

    done = client.post(need_link, {"outcome": "worked"}, HTTP_HOST=ALPHA)
    assert done.status_code == 200 and "Merci pour votre réponse" in done.content.decode()
    introduction.refresh_from_db()
    assert introduction.outcome == IntroductionOutcome.WORKED
    assert introduction.outcome_by == "need" and introduction.outcome_at is not None
    world["need"].refresh_from_db()
    assert world["need"].status == NeedStatus.FILLED
    assert world["need"].filled_through == introduction

    again = client.post(answerer_link, {"outcome": "none"}, HTTP_HOST=ALPHA)
    assert again.status_code == 200
    assert "Une réponse est déjà enregistrée" in again.content.decode()
    assert "Ça a marché" in again.content.decode()
    introduction.refresh_from_db()
    assert introduction.outcome == IntroductionOutcome.WORKED and introduction.outcome_by == "need"


@pytest.mark.django_db
def test_a_tampered_expired_or_foreign_link_is_a_french_page_never_a_500(client, world):
    introduction = _introduction(world)
    token = make_follow_up_token(introduction, "need")
    url = reverse("introduction_follow_up", kwargs={"token": token[:-3] + "abc"})
    tampered = client.get(url, HTTP_HOST=ALPHA)
    assert tampered.status_code == 400 and "Ce lien n’est pas valable" in tampered.content.decode()

    class Signed61DaysAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 61 * 24 * 3600)

    old = Signed61DaysAgo(salt=FOLLOW_UP_SALT).sign_object({"i": introduction.pk, "p": 0})
    expired = client.get(reverse("introduction_follow_up", kwargs={"token": old}), HTTP_HOST=ALPHA)
    assert expired.status_code == 410 and "plus valable" in expired.content.decode()

    other_site = client.get(_link(introduction, "need"), HTTP_HOST=BETA)
    assert other_site.status_code == 404

    introduction_id = introduction.pk
    link = _link(introduction, "answerer")
    Introduction.objects.filter(pk=introduction_id).delete()
    assert client.post(link, {"outcome": "worked"}, HTTP_HOST=ALPHA).status_code == 410


# --- The admin --------------------------------------------------------------------------


@pytest.fixture
def editor(world):
    return UserFactory(username="editeur-alpha", team=world["a"])


def _need_url(need, actor):
    return reverse("projects_introductions:need", args=[need.pk, actor.pk])


@pytest.mark.django_db
def test_the_dashboard_lists_pairs_and_the_team_sends_an_edited_introduction(client, world, editor):
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mises en relation à faire" in dashboard
    url = _need_url(world["need"], world["near"])
    assert url in dashboard

    pairs = client.get(reverse("projects_introductions:pairs"))
    assert pairs.status_code == 200 and url in pairs.content.decode()

    form = client.get(url)
    assert form.status_code == 200
    text = form.content.decode()
    assert "<textarea" in text and "L’équipe de" in text and "Imprimerie Proche" in text
    assert not re.search(r">\s*(None|True|False)\s*<", text)

    empty = client.post(url, {"subject": "Objet", "message": ""})
    assert empty.status_code == 400
    assert "Texte du courriel : il ne peut pas être vide." in empty.content.decode()
    assert not Introduction.objects.exists()

    sent = client.post(url, {"subject": "Objet", "message": "Notre texte à nous."})
    assert sent.status_code == 302
    introduction = Introduction.objects.get()
    assert introduction.sent_by == editor and introduction.message == "Notre texte à nous."
    assert Notification.objects.filter(body__contains="Notre texte à nous.").count() == 2
    # Introduced: neither suggested again nor sent twice.
    assert url not in client.get(reverse("projects_introductions:pairs")).content.decode()
    assert client.post(url, {"subject": "Objet", "message": "Encore"}).status_code == 302
    assert Introduction.objects.count() == 1

    listing = client.get(reverse("wagtailsnippets_projects_introduction:list"))
    assert listing.status_code == 200
    content = listing.content.decode()
    assert "en attente de réponse" in content and "pas encore" in content
    # No « None » or « True » shown (Wagtail's own markup has a "None" CSS class).
    assert not re.search(r">\s*(None|True|False)\s*<", content)
    inspect = client.get(
        reverse("wagtailsnippets_projects_introduction:inspect", args=[introduction.pk])
    ).content.decode()
    assert "Notre texte à nous." in inspect and "en attente de réponse" in inspect
    assert not re.search(r">\s*(None|True|False)\s*<", inspect)


@pytest.mark.django_db
def test_a_seeking_actor_is_introduced_with_its_need_kind(client, world, editor):
    client.force_login(editor)
    kind = world["lycee"].seeks.get()
    url = reverse("projects_introductions:seeker", args=[world["lycee"].pk, world["far"].pk])
    assert client.get(f"{url}?type={kind.pk}").status_code == 200
    response = client.post(f"{url}?type={kind.pk}", {"subject": "Objet", "message": "Texte"})
    assert response.status_code == 302
    introduction = Introduction.objects.get()
    assert introduction.seeker == world["lycee"] and introduction.need_kind == kind
    assert introduction.need is None


@pytest.mark.django_db
def test_forged_ids_answer_404(client, world, editor):
    client.force_login(editor)
    seeker = reverse("projects_introductions:seeker", args=[world["lycee"].pk, world["near"].pk])
    sought = world["lycee"].seeks.get().pk
    other_kind = _kinds("benevoles")[0].pk
    forged = [
        _need_url(world["beta_need"], world["near"]),  # another territory's need
        _need_url(world["need"], world["beta_company"]),  # another territory's actor
        _need_url(world["need"], world["draft"]),  # a draft
        _need_url(world["need"], world["lender"]),  # its offers do not answer
        _need_url(world["need"], world["mute"]),  # no public address
        _need_url(world["unapproved"], world["near"]),  # a need not approved
        _need_url(world["need"], world["asso"]),  # the need's own actor
        seeker,  # no ?type=
        f"{seeker}?type={other_kind}",  # a kind it does not seek
        f"{seeker}?type=999999",
        reverse("projects_introductions:need", args=[999999, world["near"].pk]),
    ]
    for url in forged:
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"subject": "s", "message": "m"}).status_code == 404, url
    other = reverse("projects_introductions:pairs") + f"?territory={world['b'].pk}"
    assert client.get(other).status_code == 404
    assert client.get(f"{seeker}?type={sought}").status_code == 200
    assert not Introduction.objects.exists()


@pytest.mark.django_db
def test_pioneers_cannot_introduce(client, world):
    from territories.models import TerritoryRole

    pioneer = UserFactory(
        username="pionnier", team=world["a"], team__role=TerritoryRole.Role.PIONEERS
    )
    client.force_login(pioneer)
    url = _need_url(world["need"], world["near"])
    assert client.get(url).status_code in (302, 403)
    assert client.get(reverse("projects_introductions:pairs")).status_code in (302, 403)
    assert (
        "Mises en relation à faire" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


@pytest.mark.django_db
def test_a_nearer_actor_just_outside_the_first_box_is_not_missed(world):
    """The 1 km box holds a corner actor 1.34 km away; an actor 1.1 km north is outside the
    box but nearer: the box's best is kept only when it lies within 1 km."""
    from math import cos, radians

    lat = LAT + 0.3  # 33 km north of the other companies
    farm = actor(world["a"], "Ferme", lat=lat, lng=LNG)
    need = NeedFactory(territory=world["a"], actor=farm, title="Un stage à la ferme")
    dlat = 0.95 / 111.195
    dlng = dlat / cos(radians(lat))
    actor(world["a"], "Coin", lat=lat + dlat, lng=LNG + dlng, offers=["accueil-stagiaires"])
    actor(world["a"], "Nord", lat=lat + 1.1 / 111.195, lng=LNG, offers=["accueil-stagiaires"])
    page = suggested_pairs(world["a"], page_size=1, per_side=1)
    assert page.sides[0].side.need == need
    assert [c.name for c in page.sides[0].candidates] == ["Nord"]
