"""Admin actions never fail because the Celery broker is down: what they owe the workers is
recorded in their transaction (``network.outbox``) and handed over once the broker is back,
where a real Celery worker does it.

The broker is a throwaway ``redis-server`` (``tests/dead_broker.py``), stopped during the
actions. Wagtail's own background work (search and reference index) goes through Celery here
whatever ``REDIS_URL`` says (the ``CeleryTaskBackend``), as in production.
"""

import io
import time
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker

from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail.search.models import IndexEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from actors.import_runs import actor_import_run, pending_imports_requeue
from actors.models import Actor, ActorImport, ActorKind
from actors.tasks import geocode_pending_actors
from config.celery import app
from network.models import ContentPage, OwedTask
from territories.models import Commune
from tests.actors.test_actor_geocoding import Stub
from tests.dead_broker import broker_reachable, reset_connections

CSV = (
    "external_id;name;kind;latitude;longitude\n"
    "x1;Lycée du Port;lycee;48.8215;2.4120\n"
    "x2;Garage Martin;entreprise;48.8230;2.4150\n"
)
ACTION_SECONDS = 20  # an admin action with the broker down answers well within this


def wait_for(condition, timeout=90.0, message=""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    assert condition(), f"timed out after {timeout}s: {message}"


def indexed(instance) -> bool:
    content_type = ContentType.objects.get_for_model(type(instance))
    return IndexEntry.objects.filter(content_type=content_type, object_id=str(instance.pk)).exists()


@pytest.fixture
def geocoder(settings):
    server = Stub()
    settings.GEOCODER_URL = server.url
    settings.GEOCODER_TIMEOUT = 2
    yield server
    server.close()


@pytest.fixture
def admin(client, django_user_model):
    user = django_user_model.objects.create_superuser("racine", "racine@test.example", "x")
    client.force_login(user)
    return client


def timed(action):
    started = time.monotonic()
    response = action()
    assert time.monotonic() - started < ACTION_SECONDS, "the action waited for the dead broker"
    return response


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publish_and_import_with_the_broker_down_then_the_work_is_done(
    throwaway_broker, admin, territory_a, geocoder, settings
):
    settings.TASKS = {"default": {"BACKEND": "network.task_backends.CeleryTaskBackend"}}
    Commune.objects.create(
        territory=territory_a, insee_code="94018", name="Charenton-le-Pont",
        latitude=48.8219, longitude=2.4139,
    )  # fmt: skip
    OwedTask.objects.all().delete()  # what the fixtures' saves owed
    throwaway_broker.stop()
    reset_connections()
    assert not broker_reachable()

    # An actor with an address and no position, published from the admin.
    response = timed(
        lambda: admin.post(
            reverse("wagtailsnippets_actors_actor:add"),
            {
                "territory": territory_a.pk,
                "name": "Recyclerie du Port",
                "slug": "recyclerie-du-port",
                "kind": ActorKind.objects.get(slug="association").pk,
                "address": "1 rue de Paris",
                "postcode": "94220",
                "city": "Charenton-le-Pont",
                "action-publish": "action-publish",
            },
        )
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    actor = Actor.objects.get(slug="recyclerie-du-port")
    assert actor.live and actor.latitude is None
    assert actor.geocoding_status == Actor.Geocoding.PENDING

    # A page published from the admin.
    home = Page.objects.get(pk=territory_a.site.root_page_id)
    response = timed(
        lambda: admin.post(
            reverse("wagtailadmin_pages:add", args=["network", "contentpage", home.pk]),
            nested_form_data(
                {
                    "title": "Nos ateliers de réparation",
                    "slug": "ateliers",
                    "intro": "",
                    "body": streamfield([]),
                    "action-publish": "action-publish",
                }
            ),
        )
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ContentPage.objects.get(slug="ateliers")
    assert page.live

    # An import uploaded from the admin.
    response = timed(
        lambda: admin.post(
            reverse("actors_admin:import_form"),
            {
                "territory": territory_a.pk,
                "file": SimpleUploadedFile("acteurs.csv", CSV.encode(), content_type="text/csv"),
                "source": "tableur",
            },
        )
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    run = ActorImport.objects.get()
    assert response["Location"] == reverse("actors_admin:import_status", args=[run.pk])
    assert run.status == ActorImport.Status.PENDING

    # Nothing ran, everything is owed.
    owed = set(OwedTask.objects.values_list("task", flat=True))
    assert {"network.tasks.run_django_task", "actors.tasks.run_actor_import"} <= owed
    assert not indexed(actor) and not indexed(page)

    # The broker is back: the outbox hands over what is owed (Celery beat's job), the
    # periodic geocoding retry queues the pending actor, and a worker does the work.
    throwaway_broker.start()
    reset_connections()
    assert broker_reachable()
    out = io.StringIO()
    call_command("deliver_owed", stdout=out)
    assert "0 tâche(s)" not in out.getvalue(), out.getvalue()
    assert not OwedTask.objects.exists()
    geocode_pending_actors.delay()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        wait_for(
            lambda: ActorImport.objects.get(pk=run.pk).finished, message="the import never ran"
        )
        wait_for(lambda: indexed(actor) and indexed(page), message="nothing was indexed")
        wait_for(
            lambda: Actor.objects.get(pk=actor.pk).latitude is not None,
            message="the actor was never geocoded",
        )
        imported = Actor.objects.filter(territory=territory_a, source="tableur")
        wait_for(lambda: all(indexed(a) for a in imported), message="imported actors indexed")
    run.refresh_from_db()
    assert run.status == ActorImport.Status.DONE, run.summary
    assert imported.count() == 2
    assert geocoder.queries == ["1 rue de Paris 94220 Charenton-le-Pont"]


@pytest.mark.django_db
def test_a_run_left_pending_is_queued_again_and_runs_once(
    territory_a, eager_tasks, django_capture_on_commit_callbacks
):
    """A run whose message was lost (Redis emptied, or queued before the outbox) is queued
    again by the periodic job; the stale message, if it still comes, does not run it."""
    Commune.objects.create(
        territory=territory_a, insee_code="94018", name="Charenton-le-Pont",
        latitude=48.8219, longitude=2.4139,
    )  # fmt: skip
    run = ActorImport(territory=territory_a, source="tableur")
    run.file.save("perdu.csv", io.BytesIO(CSV.encode()), save=False)
    run.save()
    lost = timezone.now() - timedelta(hours=1)
    ActorImport.objects.filter(pk=run.pk).update(created_at=lost, queued_at=lost)
    fresh = ActorImport.objects.create(territory=territory_a, file=run.file.name, source="x")
    ActorImport.objects.filter(pk=fresh.pk).update(queued_at=timezone.now())

    with django_capture_on_commit_callbacks(execute=True):
        # The fresh run waits for its own message.
        assert pending_imports_requeue() == 1
    run.refresh_from_db()
    assert run.status == ActorImport.Status.DONE, run.summary
    assert run.queued_at > lost
    assert Actor.objects.filter(source="tableur").count() == 2
    fresh.refresh_from_db()
    assert fresh.status == ActorImport.Status.PENDING

    # A lost message turning up after all names an older queueing, and does nothing.
    stale = (timezone.now() - timedelta(minutes=50)).isoformat()
    assert actor_import_run(fresh.pk, stale) == "superseded"
    assert ActorImport.objects.get(pk=fresh.pk).status == ActorImport.Status.PENDING
