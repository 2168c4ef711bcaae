"""« Je m’y greffe » through a real Celery worker on Redis (a transactional test: apart from
tests/projects/test_forms.py, whose tests share the module's territories)."""

import pytest

from django.core import mail

from network.models import Notification
from projects.models import Contribution
from tests.projects.conftest import ALPHA, add_project
from tests.projects.test_forms import VISITOR, _wait_for, form_data


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_join_end_to_end_through_a_celery_worker(celery_worker, client, alpha):
    project = add_project(alpha, "Stages de 3e", lead_email="porteur@exemple.fr")
    response = client.post(project.url, form_data(), HTTP_HOST=ALPHA)
    assert response.status_code == 302
    assert Contribution.objects.count() == 1
    assert _wait_for(lambda: len(mail.outbox) >= 1), list(
        Notification.objects.values_list("status", "attempts", "last_error")
    )
    assert _wait_for(lambda: len(mail.outbox) >= 2)  # the lead's e-mail and the receipt
    assert sorted(m.to[0] for m in mail.outbox) == [VISITOR, "porteur@exemple.fr"]
    assert _wait_for(
        lambda: not Notification.objects.exclude(status=Notification.Status.SENT).exists()
    )
