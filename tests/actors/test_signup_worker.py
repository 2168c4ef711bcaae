"""Sign-up through a real Celery worker on Redis (a transactional test: apart from
tests/actors/test_signup.py, whose tests share the module's territories)."""

import pytest

from django.core import mail

from actors import signup as service
from actors.models import ActorSignup
from network.models import Notification
from tests.actors import test_signup
from tests.actors.test_signup import ALPHA, URL, _wait_for, form_data

# The fixtures, shared with the sign-up tests.
alpha = test_signup.alpha
themes = test_signup.themes


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sign_up_end_to_end_through_a_celery_worker(celery_worker, client, alpha, moderator_a):
    response = client.post(URL, form_data(), HTTP_HOST=ALPHA)
    assert response.status_code == 302
    signup = ActorSignup.objects.get()
    assert signup.status == "pending" and not signup.actor.live

    # The worker thread shares this process: the locmem outbox shows what it sent.
    assert _wait_for(lambda: len(mail.outbox) >= 2), (
        f"the worker sent {len(mail.outbox)} e-mail(s); "
        f"{list(Notification.objects.values_list('status', 'attempts', 'last_error'))}"
    )
    assert {tuple(m.to) for m in mail.outbox} == {
        ("camille@jardins.example",),
        (moderator_a.email,),
    }
    assert _wait_for(
        lambda: not Notification.objects.exclude(status=Notification.Status.SENT).exists()
    )
    # Approving goes through the worker too.
    service.signup_approve(signup, moderator_a)
    assert _wait_for(lambda: len(mail.outbox) >= 3)
    assert "/rejoindre/modifier/" in mail.outbox[-1].body
