"""Faults with real processes: Redis stopped for a while, a worker killed in the middle of an
import, PostgreSQL connections cut. Nothing is lost and the app recovers by itself.

PostgreSQL is shared with other test runs, so its restart is simulated for the app: every
backend of the test database is terminated (``pg_terminate_backend``), which is what the app
servers and workers see when the server restarts; Django reconnects on the next request
(``CONN_HEALTH_CHECKS``) and Celery on the next task.
"""

import os
import signal
import subprocess

import pytest

from django.db import connection

from actors.models import Actor, ActorImport, ActorSignup
from network.models import Notification

from .conftest import wait_until
from .helpers import actor_import, content_page, enqueue_import, sign_up, with_commune

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ALPHA = "alpha.localhost"


def test_redis_outage_serves_pages_keeps_sign_ups_and_delivers_later(
    cluster, shared_cache, private_redis, territory_a
):
    with_commune(territory_a)
    content_page(territory_a)
    assert cluster.get("a", "/la-demarche/", ALPHA).status_code == 200

    private_redis.stop()
    try:
        for server in ("a", "b"):
            for path in ("/", "/la-demarche/", "/carte/"):
                response = cluster.get(server, path, ALPHA)
                assert response.status_code == 200, (server, path, response.status_code)
                assert "X-Page-Cache" not in response.headers  # no cache: served from the DB
        signed = sign_up(cluster, "a", ALPHA)
        assert signed.status_code == 302, signed.text[:3000]
        assert ActorSignup.objects.filter(territory=territory_a).count() == 1
        owed = Notification.objects.filter(status=Notification.Status.PENDING)
        assert owed.count() >= 1  # kept in the outbox: the broker was away
    finally:
        private_redis.start()

    # Redis is back: the owed e-mails go out (what Celery beat or an operator runs)...
    cluster.manage("send_notifications")
    assert not Notification.objects.exclude(status=Notification.Status.SENT).exists()
    # ...and the cache works again, on both servers.
    for server in ("a", "b"):
        cluster.get(server, "/la-demarche/", ALPHA)
        assert cluster.get(server, "/la-demarche/", ALPHA).headers["X-Page-Cache"] == "hit"


def pool_children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(line) for line in out.split()]


def test_worker_killed_mid_import_leaves_nothing_partial_and_the_rerun_finishes(
    cluster, shared_cache, territory_a
):
    # Long enough to be caught running: the import writes ~2,000 rows/s, so a file of 2,000
    # rows could finish between two polls.
    rows = 20_000
    with_commune(territory_a)
    record = actor_import(territory_a, rows=rows, source="kill")
    task_id = enqueue_import(cluster, record.pk)

    def running_on():
        current = ActorImport.objects.get(pk=record.pk)
        assert not current.finished, f"the import ended ({current.status}) before the kill"
        if current.status != ActorImport.Status.RUNNING:
            return None
        for name in ("w1", "w2"):
            if f"run_actor_import[{task_id}] received" in cluster.worker_log(name):
                return name
        return None

    victim = wait_until(running_on, timeout=60, interval=0.05, message="import running")
    main_pid = cluster.workers[victim][0].pid
    for child in pool_children(main_pid):  # the pool process running the task
        os.kill(child, signal.SIGKILL)

    seen = set()

    def finished():
        seen.add(Actor.objects.filter(territory=territory_a).count())
        return ActorImport.objects.get(pk=record.pk).finished

    wait_until(finished, timeout=120, interval=0.1, message="import re-run finished")
    log = cluster.worker_log(victim)
    assert "SIGKILL" in log or "WorkerLostError" in log, log[-3000:]
    assert seen <= {0, rows}, f"partial import seen: {sorted(seen)}"
    done = ActorImport.objects.get(pk=record.pk)
    assert done.status == ActorImport.Status.DONE, done.summary
    actors = Actor.objects.filter(territory=territory_a)
    assert actors.count() == rows
    assert actors.values("external_id").distinct().count() == rows


def test_app_reconnects_after_database_connections_are_cut(cluster, shared_cache, territory_a):
    with_commune(territory_a)
    content_page(territory_a)
    for server in ("a", "b"):
        assert cluster.get(server, "/la-demarche/", ALPHA).status_code == 200

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        assert cursor.fetchone()[0] >= 2  # at least the two app servers' connections

    shared_cache_keys = cluster.redis.client().scan_iter("scaleout:*:pagecache:page:*")
    cluster.redis.client().delete(*shared_cache_keys)  # force real queries
    for server in ("a", "b"):
        for path in ("/", "/la-demarche/", "/carte/"):
            response = cluster.get(server, path, ALPHA)
            assert response.status_code == 200, (server, path, response.status_code)
    # The workers reconnect too: an import queued now runs.
    record = actor_import(territory_a, rows=10, source="apres-coupure")
    enqueue_import(cluster, record.pk)
    wait_until(lambda: ActorImport.objects.get(pk=record.pk).finished, timeout=60)
    assert ActorImport.objects.get(pk=record.pk).status == ActorImport.Status.DONE
