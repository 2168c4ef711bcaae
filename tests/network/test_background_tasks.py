"""Wagtail's background tasks run in-process without Redis and on a Celery worker with it."""

import time

import pytest

from django.conf import settings

from wagtail.models import ReferenceIndex

from network.models import SiteIdentity


def _references_of(identity):
    return ReferenceIndex.get_references_for_object(identity).count()


def _wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


@pytest.mark.django_db
def test_reference_index_updates_in_process_without_redis(territory_a):
    if settings.REDIS_URL:
        pytest.skip("mode Redis : couvert par le test avec un worker Celery")
    identity = SiteIdentity.for_site(territory_a.site)
    ReferenceIndex.objects.all().delete()
    identity.save()
    assert _references_of(identity) == 3  # legal notice, privacy and accessibility pages


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reference_index_updates_on_a_celery_worker(celery_worker, territory_a):
    identity = SiteIdentity.for_site(territory_a.site)
    ReferenceIndex.objects.all().delete()
    identity.save()
    assert _wait_for(lambda: _references_of(identity) == 3), "the worker never ran the task"
