"""Two imports into one territory at the same time (two Celery workers, say): the second
waits for the first to commit, then updates its actors instead of inserting them again.

PostgreSQL only: SQLite lets one writer at a time in the whole database anyway."""

import threading
import time

import pytest

from django.db import connection, connections

from actors.actor_import import actors_import
from actors.models import Actor

from .test_actor_import import HEADER, write

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks and concurrent writers"
    ),
]


def rows(count):
    return "\n".join(
        [HEADER]
        + [
            f"c{n};Acteur commun {n};association;;;94220;Charenton-le-Pont;94018;48.82;2.41;;;;;"
            for n in range(count)
        ]
    )


def backends_waiting_on_a_lock():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def test_a_second_import_waits_for_the_first_and_updates_its_actors(tmp_path, territory):
    path = write(tmp_path, "a.csv", rows(50))
    first_writing, second_waits = threading.Event(), threading.Event()
    reports, failures = {}, {}

    def hold_until_the_second_waits(done, total):
        # Called inside the first import's transaction, after its rows are written.
        if total and not first_writing.is_set():
            first_writing.set()
            assert second_waits.wait(30), "the second import never waited"

    def run(name, **kwargs):
        try:
            reports[name] = actors_import(territory, path, source="tableur", **kwargs)
        except Exception as error:  # noqa: BLE001 (reported by the test below)
            failures[name] = error
        finally:
            connections.close_all()

    first = threading.Thread(
        target=run, args=("first",), kwargs={"progress": hold_until_the_second_waits}
    )
    first.start()
    assert first_writing.wait(30), "the first import never reached its writing pass"
    second = threading.Thread(target=run, args=("second",))
    second.start()
    deadline = time.monotonic() + 30
    while second.is_alive() and not backends_waiting_on_a_lock():
        assert time.monotonic() < deadline, "the second import neither waited nor ended"
        time.sleep(0.05)
    second_waits.set()
    first.join(60)
    second.join(60)

    assert failures == {}
    assert (reports["first"].created, reports["first"].updated) == (50, 0)
    assert (reports["second"].created, reports["second"].unchanged) == (0, 50)
    actors = Actor.objects.filter(territory=territory)
    assert actors.count() == 50
    assert len(set(actors.values_list("slug", flat=True))) == 50
