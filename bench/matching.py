"""Benchmark of the matching (issue 20) on PostgreSQL; figures go to docs/benchmarks.md.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_intro_bench \\
        nice -n 10 .venv/bin/python bench/matching.py --actors 50000 --needs 3000

Creates and migrates the database if needed, one territory (``territory_create``) with 20
communes, tops it up to ``--actors`` published actors (``manage.py generate_actors``: 0 to
3 offers each, 60 % with a public address), makes one in ten seek one or two need kinds,
then ``--needs`` open needs (each an actor's, two thirds attached to a commune too, every
need kind but « autre »), and a few hundred introductions already made.

Measured, after a warm-up, ``--repeat`` times each:

- « Qui peut répondre ? » for one need (``actors.matching.suggestions``, as the need's page
  calls it), over needs of every kind: p50 / p95 and the number of queries;
- the team's suggested pairs, the service alone (``projects.introductions.suggested_pairs``)
  and the admin page (``/admin/mises-en-relation/``, the whole request through Django's test
  client as the territory's editor: session, middleware, scope checks, template), on the
  first page, a middle page of needs, and a page of seeking actors.
"""

import argparse
import json
import random
import time
from datetime import datetime

from common import (  # noqa: E402 (bench/ is on sys.path when run)
    Timer,
    django_environment,
    ensure_database,
    load_average,
    setup_django,
)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/h_intro_bench"
SLUG = "banc-relation"


def territory():
    from territories.models import Commune, Territory
    from territories.services import network_setup, territory_create

    if not Territory.objects.exists():
        network_setup(hostname="localhost", port=80, name="Réseau (banc)")
    found = Territory.objects.filter(slug=SLUG).first()
    if found is not None:
        return found
    found = territory_create(name="Banc relation", slug=SLUG, hostname=f"{SLUG}.localhost")
    found.latitude, found.longitude = 48.8, 2.45
    found.save()
    for i in range(20):
        Commune.objects.create(
            territory=found,
            insee_code=f"9{i:04d}",
            name=f"Commune {i}",
            latitude=48.7 + (i % 5) / 25,
            longitude=2.3 + (i // 5) / 20,
            population=10_000 + 5_000 * (i % 4),
        )
    return found


def fill(scope, actors: int, needs: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    from actors.models import Actor, NeedKind
    from projects.models import Introduction, Need

    have = Actor.objects.filter(territory=scope).count()
    if have < actors:
        call_command("generate_actors", SLUG, str(actors - have), seed=actors, verbosity=0)
    rng = random.Random(20)
    kinds = list(NeedKind.objects.exclude(slug="autre").values_list("pk", flat=True))
    through = Actor.seeks.through
    if not through.objects.filter(actor__territory=scope).exists():
        ids = list(Actor.objects.filter(territory=scope).values_list("pk", flat=True))
        rows = []
        for actor_id in rng.sample(ids, len(ids) // 10):
            for kind_id in rng.sample(kinds, rng.choice((1, 1, 2))):
                rows.append(through(actor_id=actor_id, needkind_id=kind_id))
        through.objects.bulk_create(rows, batch_size=5000)
    missing = needs - Need.objects.filter(territory=scope).count()
    if missing > 0:
        actor_ids = list(
            Actor.objects.filter(territory=scope).exclude(email="").values_list("pk", flat=True)
        )
        communes = list(scope.communes.values_list("pk", flat=True))
        created = Need.objects.bulk_create(
            Need(
                territory=scope,
                title=f"Besoin {i}",
                kind_id=kinds[i % len(kinds)],
                # Every need has an address to write to: its actor's (a project's need
                # would have its lead's).
                actor_id=actor_ids[i * 7 % len(actor_ids)],
            )
            for i in range(missing)
        )
        Need.communes.through.objects.bulk_create(
            Need.communes.through(need_id=n.pk, commune_id=communes[i % len(communes)])
            for i, n in enumerate(created)
            if i % 3
        )
    if not Introduction.objects.filter(territory=scope).exists():
        # A few hundred pairs already introduced: the suggestions leave them out.
        from projects.introductions import suggested_pairs

        for number in range(1, 31):
            page = suggested_pairs(scope, page=number)
            Introduction.objects.bulk_create(
                Introduction(
                    territory=scope,
                    need=item.side.need,
                    seeker=item.side.seeker,
                    need_kind=item.side.kind,
                    answerer_id=item.candidates[0].actor_id,
                    subject="Mise en relation",
                    message="Texte",
                    need_email="a@example.org",
                    answerer_email="b@example.org",
                )
                for item in page.sides
                if item.candidates
            )
    with connection.cursor() as cursor:
        for table in ("territories_actor", "projects_need", "projects_introduction"):
            cursor.execute(f'ANALYZE "{table}"')
        cursor.execute(f'ANALYZE "{through._meta.db_table}"')
        cursor.execute(f'ANALYZE "{Actor.offers.through._meta.db_table}"')


def timed(function, repeat: int):
    """Wall-clock p50 / p95, and the CPU time (this process plus its PostgreSQL backend:
    what it would take on an idle machine, the shared machine's waits for a core aside)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    function()  # warm-up
    timer, counts = Timer(), set()
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            timer(function)
        # The timer's own reads of the backend's CPU time are not the page's.
        counts.add(sum("pg_backend_pid" not in q["sql"] for q in queries.captured_queries))
    return {"queries": sorted(counts), **timer.figures(), "max_ms": round(max(timer.wall), 1)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=50_000)
    parser.add_argument("--needs", type=int, default=3_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    django_environment(DEFAULT_URL)
    import os

    os.environ["PAGE_CACHE_SECONDS"] = "0"
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from actors.matching import suggestions
    from actors.models import Actor
    from projects.introductions import contactable_needs, contactable_seeks, suggested_pairs
    from projects.models import Introduction, Need
    from projects.views import need_place
    from territories.models import TerritoryRole

    scope = territory()
    started = time.perf_counter()
    fill(scope, args.actors, args.needs)
    print(f"data ready in {time.perf_counter() - started:.1f} s")

    # « Qui peut répondre ? » of one need: needs of every kind, each with its place.
    sample = list(
        Need.objects.filter(territory=scope).select_related("actor", "project").order_by("?")[:40]
    )
    places = [(n, need_place(n, n.communes.all(), scope)) for n in sample]
    cycle = iter(range(10**9))

    def one_need():
        need, near = places[next(cycle) % len(places)]
        suggestions(
            [need.kind_id], territory_id=scope.pk, near=near, exclude_actor_id=need.actor_id
        )

    needs_total = contactable_needs(scope).count()
    middle, seekers = max(1, needs_total // 20), needs_total // 10 + 5

    settings.ALLOWED_HOSTS = ["*"]
    editor, _new = get_user_model().objects.get_or_create(username="banc-editeur")
    editor.groups.add(TerritoryRole.objects.get(territory=scope, role="editors").group)
    client = Client()
    client.force_login(editor)
    url = reverse("projects_introductions:pairs")

    def page(number):
        def request():
            response = client.get(f"{url}?territory={scope.pk}&page={number}")
            assert response.status_code == 200, response.status_code

        return request

    results = {
        "one_need_suggestions": timed(one_need, args.repeat * 4),
        "pairs_service_page_1": timed(lambda: suggested_pairs(scope, 1), args.repeat),
        f"pairs_service_page_{middle}": timed(lambda: suggested_pairs(scope, middle), args.repeat),
        f"pairs_service_page_{seekers}": timed(
            lambda: suggested_pairs(scope, seekers), args.repeat
        ),
        "pairs_admin_page_1": timed(page(1), args.repeat),
        f"pairs_admin_page_{middle}": timed(page(middle), args.repeat),
        f"pairs_admin_page_{seekers}": timed(page(seekers), args.repeat),
    }
    print(
        json.dumps(
            {
                "when": datetime.now().isoformat(timespec="minutes"),
                "actors": Actor.objects.filter(territory=scope).count(),
                "actors_with_address": Actor.objects.filter(territory=scope)
                .exclude(email="")
                .count(),
                "seeking_rows": contactable_seeks(scope).count(),
                "open_needs": needs_total,
                "introductions": Introduction.objects.filter(territory=scope).count(),
                "repeat": args.repeat,
                "load_average": load_average(),
                "results": results,
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
