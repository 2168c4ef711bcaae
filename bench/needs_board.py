"""Benchmark of the needs board (``/besoins/``) on PostgreSQL; figures go to docs/benchmarks.md.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench_h3 \\
        .venv/bin/python bench/needs_board.py --size 20000

Creates and migrates the database if needed, two territories (``territory_create``) with a
few communes and published actors placed on the map, then tops up to ``--size`` open needs
(bulk insert; a third attached to an actor, the rest to communes, with one theme each).
Each scenario is requested ``--repeat`` times through Django's test ``Client`` (the whole
request: middleware, site resolution, filter form, count, page, prefetches, map points,
template) after a warm-up; p50 / p95 in milliseconds, and the number of SQL queries.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from common import ensure_database  # noqa: E402 (bench/ is on sys.path when run)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/catalyseurs_bench_h3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # measure the board, not the page cache


def setup():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from network.models import Theme
    from territories.models import Territory
    from territories.services import network_setup

    if not Territory.objects.exists():
        network_setup(hostname="localhost", port=80, name="Réseau (banc)")
    for slug in ("banc-est", "banc-ouest"):
        _territory(slug)
    Theme.objects.get_or_create(slug="emploi", defaults={"name": "Emploi"})
    Theme.objects.get_or_create(slug="solidarite", defaults={"name": "Solidarité"})


def _territory(slug):
    from actors.models import Actor, ActorKind
    from network.geo import format_point
    from territories.models import Commune, Territory
    from territories.services import territory_create

    territory = Territory.objects.filter(slug=slug).first()
    if territory is None:
        territory = territory_create(name=slug, slug=slug, hostname=f"{slug}.localhost")
        for i in range(10):
            Commune.objects.create(
                territory=territory,
                insee_code=f"9{i:04d}",
                name=f"Commune {i}",
                latitude=48.5 + i / 50,
                longitude=2.2 + i / 50,
            )
        kind = ActorKind.objects.first()
        for i in range(200):
            Actor.objects.create(
                territory=territory,
                kind=kind,
                name=f"Acteur {slug} {i}",
                live=True,
                location=format_point(48.6 + i / 1000, 2.3 + i / 1000),
            )
    return territory


def fill(size: int) -> None:
    from actors.models import NeedKind
    from network.models import Theme
    from projects.models import Need
    from territories.models import Territory

    missing = size - Need.objects.count()
    if missing <= 0:
        return
    territories = list(Territory.objects.filter(slug__startswith="banc-"))
    themes = list(Theme.objects.all())
    kinds = list(NeedKind.objects.all())
    started = time.perf_counter()
    for territory in territories:
        actors = list(territory.actors.values_list("pk", flat=True))
        communes = list(territory.communes.values_list("pk", flat=True))
        share = missing // len(territories)
        needs = Need.objects.bulk_create(
            Need(
                territory=territory,
                title=f"Besoin {territory.slug} {i}",
                kind=kinds[i % len(kinds)],
                actor_id=actors[i % len(actors)] if i % 3 == 0 else None,
            )
            for i in range(share)
        )
        Need.themes.through.objects.bulk_create(
            Need.themes.through(need_id=n.pk, theme_id=themes[i % len(themes)].pk)
            for i, n in enumerate(needs)
        )
        Need.communes.through.objects.bulk_create(
            Need.communes.through(need_id=n.pk, commune_id=communes[i % len(communes)])
            for i, n in enumerate(needs)
            if i % 3
        )
    print(f"filled {missing} needs in {time.perf_counter() - started:.1f} s")


def measure(client, host, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url, HTTP_HOST=host)
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url, HTTP_HOST=host)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    return {
        "host": host,
        "url": url,
        "queries": len(queries),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))], 1),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    ensure_database(os.environ["DATABASE_URL"])
    setup()
    fill(args.size)
    from django.conf import settings
    from django.test import Client

    from projects.models import Need

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    scenarios = [
        ("banc-est.localhost", "/besoins/"),
        ("banc-est.localhost", "/besoins/?type=benevoles&theme=emploi"),
        ("banc-est.localhost", "/besoins/?commune=90003&page=3"),
        ("localhost", "/besoins/"),
        ("localhost", "/besoins/?territoire=banc-ouest&type=locaux"),
    ]
    results = [measure(client, host, url, args.repeat) for host, url in scenarios]
    print(
        json.dumps(
            {
                "needs": Need.objects.count(),
                "repeat": args.repeat,
                "load_average": [round(v, 2) for v in os.getloadavg()],
                "results": results,
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
