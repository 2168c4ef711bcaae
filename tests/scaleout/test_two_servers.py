"""Two app servers and two workers on one database and one Redis: what one server changes,
the other serves at once; a sign-up crosses servers; a task runs on exactly one worker."""

import pytest

from actors.models import Actor, ActorImport, ActorSignup
from network.models import Notification

from .conftest import wait_until
from .helpers import (
    actor_import,
    content_page,
    enqueue_import,
    login,
    post,
    server_password,
    sign_up,
    superuser,
    with_commune,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ALPHA = "alpha.localhost"


def test_publish_through_one_server_is_visible_through_the_other(
    cluster, shared_cache, territory_a
):
    page = content_page(territory_a, title="Ancien titre")
    page.title = "Titre publié par le serveur A"
    page.save_revision()  # a draft, published below through server A's admin
    admin = superuser()

    first = cluster.get("b", "/la-demarche/", ALPHA)
    assert "Ancien titre" in first.text
    cached = cluster.get("b", "/la-demarche/", ALPHA)
    assert cached.headers["X-Page-Cache"] == "hit"

    session = login(cluster, "a", admin.username)
    published = post(cluster, "a", session, f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}")
    assert published.status_code == 302, published.text[:2000]

    after = cluster.get("b", "/la-demarche/", ALPHA)
    assert after.status_code == 200
    assert "Titre publié par le serveur A" in after.text
    assert after.headers["X-Page-Cache"] == "miss"


def test_sign_up_through_one_server_is_moderated_through_the_other(
    cluster, shared_cache, territory_a, moderator_a
):
    with_commune(territory_a)
    map_before = cluster.get("a", "/carte/", ALPHA)
    assert "Les Jardins du Plateau" not in map_before.text

    response = sign_up(cluster, "a", ALPHA)
    assert response.status_code == 302, response.text[:3000]
    signup = ActorSignup.objects.get(territory=territory_a)

    session = login(cluster, "b", server_password(moderator_a).username)
    approved = post(cluster, "b", session, f"/admin/inscriptions/{signup.pk}/accepter/")
    assert approved.status_code == 302, approved.text[:2000]
    actor = Actor.objects.get(pk=ActorSignup.objects.get(pk=signup.pk).actor_id)
    assert actor.live

    card = cluster.get("a", f"/acteurs/{actor.slug}/", ALPHA)
    assert card.status_code == 200
    assert "Les Jardins du Plateau" in cluster.get("a", "/carte/", ALPHA).text
    # The confirmation and the decision e-mails are sent by the workers.
    wait_until(
        lambda: (
            not Notification.objects.exclude(status=Notification.Status.SENT).exists()
            and Notification.objects.count() >= 2
        ),
        timeout=60,
        message="notifications sent by the workers",
    )


def test_an_import_task_is_picked_up_by_exactly_one_worker(cluster, shared_cache, territory_a):
    with_commune(territory_a)
    record = actor_import(territory_a, rows=50)
    task_id = enqueue_import(cluster, record.pk)

    wait_until(
        lambda: ActorImport.objects.get(pk=record.pk).finished,
        timeout=90,
        message="import finished",
    )
    assert ActorImport.objects.get(pk=record.pk).status == ActorImport.Status.DONE
    assert Actor.objects.filter(territory=territory_a).count() == 50
    received = [
        name
        for name in ("w1", "w2")
        if f"run_actor_import[{task_id}] received" in cluster.worker_log(name)
    ]
    assert len(received) == 1, received
