"""The weekly digest (``projects.digest``): only confirmed subscribers of published actors,
only the new open needs of their own territory that their offers answer, public fields
only, at most weekly, a one-click unsubscribe link in each, owed through the outbox in
batches, and a query count that does not grow with the subscribers."""

import re
from datetime import timedelta

import pytest

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from actors.models import DigestSubscription
from config.celery import app
from network.models import Notification
from projects import digest
from projects.models import Need
from projects.tasks import send_weekly_digests
from tests.actors.factories import ActorFactory
from tests.module_data import shared_territories
from tests.projects.conftest import ALPHA
from tests.projects.factories import NeedFactory, ProjectPageFactory

network_home, territory_a, territory_b = shared_territories()

# « accueil de stagiaires » answers « stagiaires » and « lieux de stage » (actors/0005).
HOSTS_INTERNS = ["accueil-stagiaires"]


def subscriber(territory, name, offers=HOSTS_INTERNS, *, status="confirmed", days=3, **fields):
    """An actor (published unless ``draft=True``) subscribed ``days`` ago."""
    actor = ActorFactory(territory=territory, name=name, offers=offers, **fields)
    since = timezone.now() - timedelta(days=days)
    DigestSubscription.objects.create(
        actor=actor,
        email=f"{actor.slug}@exemple.fr",
        status=status,
        requested_at=since,
        confirmed_at=since if status == "confirmed" else None,
        since=since if status == "confirmed" else None,
    )
    return actor


def need(territory, title, kind="stagiaires", days_ago=1, **fields):
    made = NeedFactory(territory=territory, title=title, kind=kind, **fields)
    Need.objects.filter(pk=made.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return made


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.fixture
def owed_now(django_capture_on_commit_callbacks, eager_tasks):
    """``owed_now(territory)``: its digest, whose batches are handed over as their
    transactions "commit" and sent in-process (tests/projects/test_digest_worker.py sends
    them on a real worker)."""

    def run(territory, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return digest.territory_digest(territory, **kwargs)

    return run


@pytest.mark.django_db
def test_a_digest_lists_only_new_answered_public_needs_of_its_own_territory(
    territory_a, territory_b, owed_now
):
    actor = subscriber(territory_a, "Entreprise Horizon")
    project = ProjectPageFactory(territory=territory_a, title="Stages au collège")
    project.lead_email = "porteur-prive@exemple.fr"
    project.save()
    draft_project = ProjectPageFactory(
        territory=territory_a, title="Projet en brouillon", draft=True
    )
    need(territory_a, "Deux stagiaires en mars", project=project, deadline=timezone.localdate())
    need(
        territory_a,
        "Un lieu de stage pour Léa",
        kind="lieux-de-stage",
        quantity=1,
        submitted_by_email="proposant-prive@exemple.fr",
        submitted_by_name="Dominique Privé",
    )
    need(territory_a, "Des locaux pour l'atelier", kind="locaux")  # not answered
    need(territory_b, "Stagiaires ailleurs")  # another territory
    need(territory_a, "Stagiaires du brouillon", project=draft_project)  # unpublished project
    need(territory_a, "Stagiaires à valider", is_approved=False)
    need(territory_a, "Stagiaires déjà trouvés", status="filled")
    need(territory_a, "Stagiaires d'avant l'abonnement", days_ago=5)  # not new
    drafted_actor = ActorFactory(territory=territory_a, name="Brouillon", draft=True)
    need(territory_a, "Stagiaires d'un acteur en brouillon", actor=drafted_actor)
    need(territory_a, "Nos propres stagiaires", actor=actor)  # its own need

    assert owed_now(territory_a) == 1
    [message] = sent_to(f"{actor.slug}@exemple.fr")
    body = message.body
    assert "2 nouveaux besoins" in message.subject
    assert "Deux stagiaires en mars (Stagiaires)" in body
    assert "Pour : Stages au collège" in body
    assert "Un lieu de stage pour Léa (Lieux de stage)" in body and "Quantité : 1" in body
    assert "&#x27;" not in body and "&amp;" not in body  # plain text
    for absent in (
        "locaux",
        "ailleurs",
        "brouillon",
        "à valider",
        "déjà trouvés",
        "avant l",
        "propres",
        "prive@",
        "Privé",
    ):
        assert absent not in body, absent
    for made in Need.objects.filter(title__in=["Deux stagiaires en mars"]):
        assert f"{territory_a.url}besoins/{made.pk}/" in body
    assert re.search(r"/besoins-de-la-semaine/desabonner/\S+/", body)


@pytest.mark.django_db
def test_no_digest_before_confirmation_nor_to_drafts_nor_after_unsubscribing(
    territory_a, owed_now, client
):
    pending = subscriber(territory_a, "En attente", status="pending")
    draft = subscriber(territory_a, "Brouillon", draft=True)
    gone = subscriber(territory_a, "Désabonné", status="unsubscribed")
    nothing_to_offer = subscriber(territory_a, "Sans offre", offers=["pret-de-locaux"])
    need(territory_a, "Deux stagiaires")
    assert owed_now(territory_a) == 0
    assert not Notification.objects.exists()
    for actor in (pending, draft, gone, nothing_to_offer):
        assert not sent_to(f"{actor.slug}@exemple.fr")


@pytest.mark.django_db
def test_at_most_weekly_and_only_what_is_new_since_the_last_one(territory_a, owed_now):
    actor = subscriber(territory_a, "Entreprise Horizon")
    address = f"{actor.slug}@exemple.fr"
    need(territory_a, "Première semaine")
    assert owed_now(territory_a) == 1
    # Run again the same week (a second beat, by hand): nothing.
    need(territory_a, "Deuxième semaine", days_ago=0)
    assert owed_now(territory_a) == 0
    assert owed_now(territory_a, now=timezone.now() + timedelta(days=5)) == 0
    assert len(sent_to(address)) == 1

    # A week later: the need published since, not the one sent already.
    assert owed_now(territory_a, now=timezone.now() + timedelta(days=7)) == 1
    first, second = sent_to(address)
    assert "Première semaine" in first.body and "Deuxième semaine" not in first.body
    assert "Deuxième semaine" in second.body and "Première semaine" not in second.body
    assert "1 nouveau besoin auquel" in second.subject


@pytest.mark.django_db
def test_the_unsubscribe_link_of_a_digest_works_in_one_click(territory_a, owed_now, client):
    actor = subscriber(territory_a, "Entreprise Horizon")
    need(territory_a, "Deux stagiaires")
    owed_now(territory_a)
    [message] = sent_to(f"{actor.slug}@exemple.fr")
    link = re.search(
        r"https?://alpha\.localhost(/besoins-de-la-semaine/desabonner/\S+/)", message.body
    )
    assert client.get(link.group(1), HTTP_HOST=ALPHA).status_code == 200
    assert DigestSubscription.objects.get(actor=actor).status == "unsubscribed"
    need(territory_a, "Trois stagiaires", days_ago=0)
    assert owed_now(territory_a, now=timezone.now() + timedelta(days=7)) == 0


@pytest.mark.django_db
def test_long_digests_list_the_newest_and_count_the_rest(territory_a, owed_now, monkeypatch):
    monkeypatch.setattr(digest, "DIGEST_MAX_NEEDS", 3)
    actor = subscriber(territory_a, "Entreprise Horizon")
    for n in range(5):
        need(territory_a, f"Besoin numéro {n}", days_ago=1 + n / 10)
    owed_now(territory_a)
    [message] = sent_to(f"{actor.slug}@exemple.fr")
    assert "5 nouveaux besoins" in message.subject
    listed = re.findall(r"Besoin numéro (\d)", message.body)
    assert listed == ["0", "1", "2"]  # the newest first
    assert f"Et 2 autres besoins : {territory_a.url}besoins/" in message.body


@pytest.mark.django_db
def test_e_mails_are_owed_in_batches_through_the_outbox(territory_a, owed_now, monkeypatch):
    monkeypatch.setattr(digest, "DIGEST_BATCH", 2)
    actors = [subscriber(territory_a, f"Entreprise {n}") for n in range(5)]
    need(territory_a, "Deux stagiaires")
    handed = []
    monkeypatch.setattr(digest, "owe", lambda task, ids: handed.append((task, ids)))
    assert owed_now(territory_a) == 5
    assert [len(ids) for _, ids in handed] == [2, 2, 1]
    assert {task for task, _ in handed} == {"projects.tasks.send_digest_batch"}
    owed = Notification.objects.filter(status=Notification.Status.PENDING)
    assert sorted(owed.values_list("pk", flat=True)) == sorted(
        pk for _, ids in handed for pk in ids
    )
    assert set(owed.values_list("recipients", flat=True)) == {
        f"{actor.slug}@exemple.fr" for actor in actors
    }
    # Each batch moved its subscriptions on: a second run owes nothing more.
    assert not DigestSubscription.objects.filter(last_sent_at__isnull=True).exists()
    assert owed_now(territory_a) == 0


@pytest.mark.django_db
def test_the_weekly_task_sends_through_the_outbox(
    territory_a, territory_b, eager_tasks, django_capture_on_commit_callbacks
):
    alpha_actor = subscriber(territory_a, "Entreprise Alpha")
    beta_actor = subscriber(territory_b, "Entreprise Beta")
    need(territory_a, "Stagiaires à Alpha")
    need(territory_b, "Stagiaires à Beta")
    with django_capture_on_commit_callbacks(execute=True):
        assert send_weekly_digests.apply().get() == 2
    assert not Notification.objects.exclude(status=Notification.Status.SENT).exists()
    [alpha_mail] = sent_to(f"{alpha_actor.slug}@exemple.fr")
    [beta_mail] = sent_to(f"{beta_actor.slug}@exemple.fr")
    assert "Stagiaires à Alpha" in alpha_mail.body and "Beta" not in alpha_mail.body
    assert "Stagiaires à Beta" in beta_mail.body and "Alpha" not in beta_mail.body
    schedule = app.conf.beat_schedule["weekly-needs-digest"]
    assert schedule["task"] == "projects.tasks.send_weekly_digests"
    assert schedule["task"] in app.tasks


@pytest.mark.django_db
def test_the_computation_costs_the_same_queries_for_3_or_12_subscribers(territory_a, monkeypatch):
    monkeypatch.setattr(digest, "owe", lambda task, ids: None)
    for n in range(3):
        need(territory_a, f"Stagiaires {n}", kind=["stagiaires", "lieux-de-stage", "benevoles"][n])

    def queries(count, start):
        for n in range(count):
            offers = [["accueil-stagiaires"], ["benevolat"], ["accueil-stagiaires", "benevolat"]]
            subscriber(territory_a, f"Acteur {start + n}", offers=offers[n % 3])
        with CaptureQueriesContext(connection) as captured:
            owed = digest.territory_digest(territory_a)
        return owed, len(captured)

    queries(1, 0)  # the site's identity and root paths are cached from now on
    small = queries(3, 10)
    large = queries(12, 100)
    assert small[0] == 3 and large[0] == 12  # those sent already are not due
    assert small[1] == large[1], (small, large)
    assert large[1] <= 12
