"""Benchmark of the actor map API on PostgreSQL (figures go to docs/benchmarks.md).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench \
        .venv/bin/python bench/actor_map.py --sizes 1000 10000 50000 500000

Creates and migrates the database if needed, creates the ten demo territories with their
communes (``territories.services.territory_create``), then for each size (actors in the whole
network) tops the data up with ``manage.py generate_actors`` and measures each scenario with
Django's test ``Client`` in this process (so "server time" is the whole Django request:
middleware, site resolution, validation, SQL, JSON; no network, no web server).

Sizes are network totals: the benchmarked territory (Vitawin) holds min(size, 50,000) actors
and the other nine share the rest, so the 500,000 level is "50k in the territory, 500k in the
network". Uncached figures invalidate the cache before each request (outside the timing);
cached figures repeat the same request. With REDIS_URL set, the cache is Redis.
"""

import argparse
import json
import os
import platform
import time
from contextlib import contextmanager
from pathlib import Path

from common import ROOT, Timer, django_environment, ensure_database, load_average, setup_django

django_environment("postgres://postgres@127.0.0.1:5432/catalyseurs_bench")
# Measure the API, not the anonymous page cache in front of it (network.caching).
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

MAIN = "vitawin"
MAIN_CAP = 50_000
FRANCE = "-5.5,41.3,9.8,51.2"


def ensure_territories():
    from demo import data
    from territories.models import Commune, Territory
    from territories.services import territory_create

    for spec in data.TERRITORIES:
        territory = Territory.objects.filter(slug=spec["slug"]).first()
        if territory is None:
            territory = territory_create(
                name=spec["name"], slug=spec["slug"], hostname=f"{spec['slug']}.localhost"
            )
        if not territory.communes.exists():
            Commune.objects.bulk_create(
                Commune(
                    territory=territory,
                    sort_order=index,
                    insee_code=commune["insee"],
                    name=commune["name"],
                    postcodes=", ".join(commune["postcodes"]),
                    latitude=commune["lat"],
                    longitude=commune["lng"],
                    population=commune.get("population"),
                )
                for index, commune in enumerate(spec["communes"])
            )
            territory.refresh_position()
    return [spec["slug"] for spec in data.TERRITORIES]


def targets(size: int, slugs: list[str]) -> dict[str, int]:
    main = min(size, MAIN_CAP)
    others = [slug for slug in slugs if slug != MAIN]
    rest, extra = divmod(size - main, len(others))
    return {MAIN: main} | {slug: rest + (i < extra) for i, slug in enumerate(others)}


def reset_actors():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE territories_actor_themes, territories_actor_offers, territories_actor "
            "RESTART IDENTITY CASCADE"
        )


def fill(size: int, slugs: list[str]) -> float:
    """Top the data up to `size` actors; returns the generation time in seconds."""
    from django.core.management import call_command

    from actors.models import Actor

    wanted = targets(size, slugs)
    counts = {slug: Actor.objects.filter(territory__slug=slug).count() for slug in slugs}
    if any(counts[slug] > wanted[slug] for slug in slugs):
        reset_actors()
        counts = dict.fromkeys(slugs, 0)
    started = time.monotonic()
    for index, slug in enumerate(slugs):
        missing = wanted[slug] - counts[slug]
        if missing > 0:
            call_command(
                "generate_actors", slug, str(missing), seed=size + index, batch=5000, verbosity=0
            )
    elapsed = time.monotonic() - started
    vacuum()
    return elapsed


def vacuum():
    from django.db import connection

    # Autovacuum would get there on its own; the bench does not wait for it (index-only
    # scans need the visibility map).
    with connection.cursor() as cursor:
        for table in ("territories_actor", "territories_actor_themes", "territories_actor_offers"):
            cursor.execute(f"VACUUM ANALYZE {table}")


@contextmanager
def aggregation(mode: str):
    """``cells``: the API as shipped (pre-aggregated cells at low zooms); ``live``: every
    view aggregated from the actors, as before the cells existed."""
    from unittest import mock

    from actors import actor_map_cells

    if mode == "cells":
        yield
        return
    with mock.patch.object(actor_map_cells, "serves", return_value=False):
        yield


def rebuild_cells() -> float:
    """The cells of every territory, from scratch (what an import does for its territory)."""
    from actors.actor_map_cells import rebuild_cells as rebuild

    started = time.monotonic()
    rebuild()
    return time.monotonic() - started


def measure(client, url, host, params, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from actors import actor_map

    def get():
        response = client.get(url, params, HTTP_HOST=host)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if response.status_code != 200:
            raise SystemExit(f"{url} {params} → {response.status_code}: {content[:300]!r}")
        return content

    for _ in range(3):  # warm-up: connections, caches of the OS and PostgreSQL
        actor_map.bump_version()
        get()
    uncached = Timer()
    for _ in range(repeat):
        actor_map.bump_version()
        content = uncached(get)
    cached = Timer()
    for _ in range(repeat):
        cached(get)
    actor_map.bump_version()
    with CaptureQueriesContext(connection) as queries:
        content = get()
    data = None
    if url.endswith(".geojson") and "export" not in url:
        data = json.loads(content)
    return {
        **uncached.figures(),
        **cached.figures("cached_"),
        "bytes": len(content),
        "queries": len(queries.captured_queries),
        "sql_ms": round(sum(float(q["time"]) for q in queries.captured_queries) * 1000, 1),
        "features": len(data["features"]) if data else None,
        "matching": data["meta"]["total"] if data else None,
    }


def scenarios():
    from territories.models import Commune

    communes = list(Commune.objects.filter(territory__slug=MAIN))
    west = min(c.longitude for c in communes) - 0.02
    east = max(c.longitude for c in communes) + 0.02
    south = min(c.latitude for c in communes) - 0.02
    north = max(c.latitude for c in communes) + 0.02
    busiest = max(communes, key=lambda c: c.population or 0)
    # ~500 m × ~500 m around the centre of the most populated commune.
    dlat, dlng = 0.00225, 0.0034
    street = (
        f"{busiest.longitude - dlng:.5f},{busiest.latitude - dlat:.5f},"
        f"{busiest.longitude + dlng:.5f},{busiest.latitude + dlat:.5f}"
    )
    territory_bbox = f"{west:.4f},{south:.4f},{east:.4f},{north:.4f}"
    host = f"{MAIN}.localhost"
    return [
        ("territory, whole (zoom 11)", "/api/actors.geojson", host,
         {"bbox": territory_bbox, "zoom": 11}),
        ("territory, street ~500 m (zoom 17)", "/api/actors.geojson", host,
         {"bbox": street, "zoom": 17}),
        ("territory, whole + kind + q", "/api/actors.geojson", host,
         {"bbox": territory_bbox, "zoom": 11, "kind": "association", "q": "jardins"}),
        ("network, France (zoom 6)", "/api/actors.geojson", "localhost",
         {"bbox": FRANCE, "zoom": 6}),
        ("network, France, one territory (zoom 6)", "/api/actors.geojson", "localhost",
         {"bbox": FRANCE, "zoom": 6, "territory": MAIN}),
    ]  # fmt: skip


def map_page(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # The map page is built separately: record whatever it answers, even an error.
    page = {}
    for name, host in (("territory", f"{MAIN}.localhost"), ("network", "localhost")):
        try:
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get("/carte/", HTTP_HOST=host)
                elapsed = (time.perf_counter() - started) * 1000
            page[name] = {
                "status": response.status_code,
                "queries": len(queries.captured_queries),
                "ms": round(elapsed, 1),
                "bytes": len(response.content),
            }
        except Exception as exc:  # noqa: BLE001 - reported, not fatal
            page[name] = {"status": "error", "error": f"{type(exc).__name__}: {exc}"[:200]}
    return page


def export_run(client, repeat=3):
    """Territory CSV export: best time of `repeat` runs, then the peak Python memory while
    streaming it (tracemalloc slows Python down, so it is measured in a separate run)."""
    import tracemalloc

    def stream():
        response = client.get("/api/actors/export.csv", HTTP_HOST=f"{MAIN}.localhost")
        return sum(len(chunk) for chunk in response.streaming_content)

    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        size = stream()
        timings.append((time.perf_counter() - started) * 1000)
    tracemalloc.start()
    stream()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"ms": round(min(timings)), "bytes": size, "peak_mib": round(peak / 2**20, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000, 500000])
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--reset", action="store_true", help="delete every actor first")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument(
        "--aggregation",
        choices=["cells", "live", "both"],
        default="both",
        help="low zooms from the pre-aggregated cells (as shipped), live, or both in turn",
    )
    parser.add_argument(
        "--only", default="", help="measure only the scenarios whose name contains this text"
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "actor_map.json"))
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from actors.models import Actor, ActorMapCell

    slugs = ensure_territories()
    if args.reset:
        reset_actors()
    client = Client()
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        pg_version = cursor.fetchone()[0].split(",")[0]
        pg_settings = {}
        for name in ("shared_buffers", "work_mem", "max_parallel_workers_per_gather", "jit"):
            cursor.execute(f"SHOW {name}")
            pg_settings[name] = cursor.fetchone()[0]
    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "postgresql": pg_version,
            "postgresql_settings": pg_settings,
            "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        },
        "repeat": args.repeat,
        "levels": [],
    }
    modes = {"cells": ["cells"], "live": ["live"], "both": ["cells", "live"]}[args.aggregation]
    for size in sorted(args.sizes):
        generation = fill(size, slugs)
        cells_rebuild = rebuild_cells()
        vacuum()
        level = {
            "size": size,
            "territory_actors": Actor.objects.filter(territory__slug=MAIN, live=True).count(),
            "network_actors": Actor.objects.filter(live=True).count(),
            "generation_s": round(generation, 1),
            "cells": ActorMapCell.objects.count(),
            "cells_rebuild_s": round(cells_rebuild, 2),
            "load_average": load_average(),
            "scenarios": {},
        }
        print(f"\n== {size} actors ({level['territory_actors']} in {MAIN}), "
              f"generated in {generation:.1f} s, {level['cells']} cells rebuilt in "
              f"{cells_rebuild:.2f} s, load {level['load_average']}")  # fmt: skip
        for mode in modes:
            print(f"-- {mode} aggregation")
            level["scenarios"][mode] = {}
            with aggregation(mode):
                for name, url, host, params in scenarios():
                    if args.only not in name:
                        continue
                    figures = measure(client, url, host, params, args.repeat)
                    figures["load_average"] = load_average()
                    level["scenarios"][mode][name] = figures
                    print(f"{name:45} {json.dumps(figures, ensure_ascii=False)}")
        level["map_page"] = map_page(client)
        print(f"{'/carte/ page':45} {level['map_page']}")
        if not args.no_export:
            level["export_csv"] = export_run(client)
            print(f"{'territory CSV export':45} {level['export_csv']}")
        results["levels"].append(level)

    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"\nresults: {output}")


if __name__ == "__main__":
    main()
