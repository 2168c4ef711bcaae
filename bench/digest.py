"""Benchmark of the weekly digest of new needs (``projects.digest``) on PostgreSQL; figures
go to docs/benchmarks.md.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_digest_bench \\
    REDIS_URL=redis://127.0.0.1:6379/9 \\
        nice -n 10 .venv/bin/python bench/digest.py

Creates and migrates the database if needed, one territory (``territory_create``) with
``--actors`` published actors (bulk insert; one or two offers each), ``--subscribers`` of
them with a confirmed subscription whose last digest is more than a week old, and
``--needs`` open needs created over the last six days (a third of them an actor's).

Then, timed (wall clock, and CPU: this process plus its PostgreSQL backend):

1. the territory's digest computed and owed: ``territory_digest`` reads the due
   subscriptions, the kinds their offers answer and the new needs, matches them, renders
   the e-mails and, per batch of ``DIGEST_BATCH``, bulk-creates the outbox rows, moves the
   subscriptions on and owes one sending task (handed to Redis when ``REDIS_URL`` is set,
   on a queue of the benchmark's own that no worker reads; purged at the end);
2. the e-mails sent through the outbox, batch by batch, as the workers would
   (``send_digest_batch``, Django's in-memory mail backend instead of SMTP).

Each run starts again from the same state (subscriptions due, no outbox rows).
"""

import argparse
import json
import os
import sys
import time
from datetime import timedelta

from common import backend_cpu_ns, django_environment, ensure_database, load_average, setup_django

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/h_digest_bench"
SLUG = "banc-digest"
os.environ.setdefault("CELERY_QUEUE", "bench-digest")  # no worker reads it


def territory():
    from territories.models import Territory
    from territories.services import network_setup, territory_create

    if not Territory.objects.exists() and not _network_exists():
        network_setup(hostname="localhost", port=80, name="Réseau (banc)")
    found = Territory.objects.filter(slug=SLUG).first()
    return found or territory_create(name="Banc digest", slug=SLUG, hostname=f"{SLUG}.localhost")


def _network_exists() -> bool:
    from wagtail.models import Site

    return Site.objects.filter(is_default_site=True).exists()


def fill(place, actors: int, subscribers: int, needs: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from actors.models import Actor, ActorKind, DigestSubscription, NeedKind, Offer
    from projects.models import Need

    now = timezone.now()
    started = time.perf_counter()
    have = Actor.objects.filter(territory=place).count()
    kinds = list(ActorKind.objects.all())
    offers = list(Offer.objects.order_by("pk").values_list("pk", flat=True))
    batch = 2000
    for start in range(have, actors, batch):
        with transaction.atomic():
            made = Actor.objects.bulk_create(
                Actor(
                    territory=place,
                    kind=kinds[i % len(kinds)],
                    name=f"Acteur {i}",
                    slug=f"acteur-{i}",
                    live=True,
                    first_published_at=now - timedelta(days=i % 365),
                    search_text=f"acteur {i}",
                )
                for i in range(start, min(actors, start + batch))
            )
            links = []
            for actor in made:
                first = actor.pk % len(offers)
                links.append(Actor.offers.through(actor_id=actor.pk, offer_id=offers[first]))
                if actor.pk % 2:
                    second = offers[(first + 3) % len(offers)]
                    links.append(Actor.offers.through(actor_id=actor.pk, offer_id=second))
            Actor.offers.through.objects.bulk_create(links)
    subscribed = DigestSubscription.objects.filter(actor__territory=place).count()
    if subscribed < subscribers:
        step = max(1, actors // subscribers)
        candidates = (
            Actor.objects.filter(territory=place, digest_subscription__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        chosen = [pk for n, pk in enumerate(candidates) if n % step == 0]
        DigestSubscription.objects.bulk_create(
            (
                DigestSubscription(
                    actor_id=pk,
                    email=f"acteur-{pk}@banc.example",
                    status=DigestSubscription.Status.CONFIRMED,
                    requested_at=now - timedelta(days=30),
                    confirmed_at=now - timedelta(days=30),
                    since=now - timedelta(days=8),
                )
                for pk in chosen[: subscribers - subscribed]
            ),
            batch_size=2000,
        )
    open_needs = Need.objects.filter(territory=place, status="open").count()
    if open_needs < needs:
        need_kinds = list(NeedKind.objects.order_by("pk"))
        owners = list(
            Actor.objects.filter(territory=place).order_by("pk").values_list("pk", flat=True)[:3000]
        )
        made = Need.objects.bulk_create(
            Need(
                territory=place,
                title=f"Besoin {i}",
                kind=need_kinds[i % len(need_kinds)],
                actor_id=owners[i % len(owners)] if i % 3 == 0 else None,
                description="Un besoin du banc d’essai.",
            )
            for i in range(open_needs, needs)
        )
        for n, need in enumerate(made):  # spread over the last six days
            need.created_at = now - timedelta(minutes=(n * 6 * 24 * 60) // len(made))
        Need.objects.bulk_update(made, ["created_at"], batch_size=1000)
    print(f"data ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def reset(place) -> None:
    """Every subscription due again, no e-mail owed."""
    from django.utils import timezone

    from actors.models import DigestSubscription
    from network.models import Notification, OwedTask

    DigestSubscription.objects.filter(actor__territory=place).update(
        last_sent_at=None, since=timezone.now() - timedelta(days=8)
    )
    Notification.objects.all().delete()
    OwedTask.objects.all().delete()


def timed(work):
    backend = backend_cpu_ns()
    python = time.process_time_ns()
    started = time.perf_counter()
    result = work()
    wall = time.perf_counter() - started
    cpu = (time.process_time_ns() - python + backend_cpu_ns() - backend) / 1e9
    return result, round(wall, 2), round(cpu, 2)


def impact_figures(place, repeat: int = 20) -> None:
    """The impact chart's figures of the territory (dashboard, home page): 12 months of new
    actors and needs filled over its 50,000 actors."""
    from common import Timer

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from projects.impact import territory_impact

    timer = Timer()
    with CaptureQueriesContext(connection) as queries:
        territory_impact(place)  # warm-up, and its queries
    for _ in range(repeat):
        found = timer(lambda: territory_impact(place))
    figures = timer.figures()
    print(
        json.dumps(
            {
                "actors": place.actors.count(),
                "totals": found.totals,
                "queries": len(queries),
                **figures,
                "load_average": load_average(),
            },
            indent=2,
        )
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=50_000)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--needs", type=int, default=3_000)
    parser.add_argument("--no-send", action="store_true", help="compute and owe only")
    parser.add_argument(
        "--impact", action="store_true", help="time the territory's impact chart instead"
    )
    args = parser.parse_args()

    django_environment(DEFAULT_URL)
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    from actors.models import DigestSubscription
    from config.celery import app
    from network.models import Notification
    from projects import digest
    from projects.tasks import send_digest_batch

    place = territory()
    fill(place, args.actors, args.subscribers, args.needs)
    if args.impact:
        return impact_figures(place)
    reset(place)
    connection.cursor().execute("ANALYZE")

    with CaptureQueriesContext(connection) as queries:
        owed, wall, cpu = timed(lambda: digest.territory_digest(place))
    computed = {
        "emails_owed": owed,
        "batches": -(-owed // digest.DIGEST_BATCH),
        "wall_s": wall,
        "cpu_s": cpu,
        "queries": len(queries),
        "handed_to": "redis" if os.environ.get("REDIS_URL") else "in-process (eager)",
    }
    sample = Notification.objects.order_by("pk").first()
    sizes = [len(body) for body in Notification.objects.values_list("body", flat=True)]
    sent = None
    if not args.no_send and os.environ.get("REDIS_URL"):
        ids = list(
            Notification.objects.filter(status="pending")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        batches = [
            ids[i : i + digest.DIGEST_BATCH] for i in range(0, len(ids), digest.DIGEST_BATCH)
        ]
        locmem = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
        with override_settings(MAILERS=locmem):
            count, wall, cpu = timed(lambda: sum(send_digest_batch.run(batch) for batch in batches))
        sent = {"emails_sent": count, "batches": len(batches), "wall_s": wall, "cpu_s": cpu}
        app.control.purge()  # the benchmark's queue: the batches' messages nobody reads
    print(
        json.dumps(
            {
                "actors": args.actors,
                "subscribers": DigestSubscription.objects.filter(
                    actor__territory=place, status="confirmed"
                ).count(),
                "open_needs": args.needs,
                "computed_and_owed": computed,
                "sent_through_the_outbox": sent,
                "body_chars_p50": sorted(sizes)[len(sizes) // 2] if sizes else 0,
                "sample_subject": sample.subject if sample else "",
                "load_average": load_average(),
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
