"""An introduction end to end through a real Celery worker on Redis (a transactional test,
apart from tests/projects/test_introductions.py): « Mettre en relation » in the admin, both
e-mails sent, the follow-up task a month later, and its link recording the outcome once."""

import re
from datetime import timedelta

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from network.models import Notification
from projects.models import Introduction, IntroductionOutcome, NeedStatus
from projects.tasks import send_introduction_follow_ups
from tests.actors.test_signup import _wait_for
from tests.projects import test_introductions
from tests.projects.conftest import ALPHA

# The fixtures, shared with the introductions' tests.
world = test_introductions.world
editor = test_introductions.editor

LINK = re.compile(r"http://alpha\.localhost\S*(/mise-en-relation/\S+/)")


def _sent_to(address):
    return [m for m in mail.outbox if m.to == [address]]


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_introduction_end_to_end_through_a_celery_worker(celery_worker, client, world, editor):
    asso, near = world["asso"].email, world["near"].email
    client.force_login(editor)
    url = reverse("projects_introductions:need", args=[world["need"].pk, world["near"].pk])
    response = client.post(url, {"subject": "Faites connaissance", "message": "Bonjour à vous."})
    assert response.status_code == 302

    # The worker thread shares this process: the locmem outbox shows what it sent.
    assert _wait_for(lambda: len(mail.outbox) >= 2), (
        f"the worker sent {len(mail.outbox)} e-mail(s); "
        f"{list(Notification.objects.values_list('status', 'attempts', 'last_error'))}"
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted([asso, near])
    assert all(m.subject == "Faites connaissance" for m in mail.outbox)
    assert _sent_to(asso)[0].reply_to == [near]

    # A month later, the periodic task (run by the worker) sends each party its link.
    introduction = Introduction.objects.get()
    Introduction.objects.filter(pk=introduction.pk).update(
        created_at=timezone.now() - timedelta(days=31)
    )
    send_introduction_follow_ups.delay()
    assert _wait_for(lambda: len(mail.outbox) >= 4), f"{len(mail.outbox)} e-mail(s) sent"
    need_link = LINK.search(_sent_to(asso)[-1].body).group(1)
    answerer_link = LINK.search(_sent_to(near)[-1].body).group(1)
    assert need_link != answerer_link

    answered = client.post(answerer_link, {"outcome": "ongoing"}, HTTP_HOST=ALPHA)
    assert answered.status_code == 200 and "Merci pour votre réponse" in answered.content.decode()
    second = client.post(need_link, {"outcome": "worked"}, HTTP_HOST=ALPHA)
    assert "Une réponse est déjà enregistrée" in second.content.decode()
    introduction.refresh_from_db()
    assert introduction.outcome == IntroductionOutcome.ONGOING
    assert introduction.outcome_by == "answerer"
    world["need"].refresh_from_db()
    assert world["need"].status == NeedStatus.OPEN and world["need"].filled_through is None
