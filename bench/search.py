"""Benchmark of the public search (``/recherche/?q=``) on PostgreSQL; figures go to
docs/benchmarks.md.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench_h2 \
        LOG_LEVEL=WARNING .venv/bin/python bench/search.py --actors 50000 --experiences 10000

Creates and migrates the database if needed, the network and the ten demo territories, the
demo library and agenda (``demo.library_loader``), tops the actors up with
``manage.py generate_actors`` (in Vitawin) and the experiences with the bulk generator of
``bench/experiences_index.py`` (published, spread over the territories), runs
``VACUUM ANALYZE``, then times two-word queries through Django's test ``Client`` in this
process (the whole request: middleware, site resolution, one statement joining a ranked
query per result type, rendering) on the network host (everything) and on Vitawin's host
(its pages, actors and experiences plus the library), then one-letter queries (answered
with a hint, unsearched). The site search reads each type's own table, so Wagtail's search
index is not filled. Results: ``bench/results/search.json``.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/catalyseurs_bench_search")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # measure the search, not the page cache

from bench.actor_map import ensure_territories  # noqa: E402
from bench.experiences_index import (  # noqa: E402
    ensure_actors,
    ensure_database,
    ensure_network,
    fill,
    percentile,
)

MAIN = "vitawin"
QUERIES = [
    "jardin partagé",
    "coopérations entreprises",
    "insertion jeunes",
    "association sportive",
    "tiers-lieu numérique",
    "diagnostic partagé",
    "économie solidaire",
    "alternance entreprise",
    "brainstorming idées",
    "mobilité solidaire",
    "élèves stage",
    "circuit court",
    "jeunes territoire",  # matches one generated actor in six: the widest ranking
    "projets quartier",
]
SHORT = ["x", "j", "é", "a"]


def ensure_library():
    from demo.library_loader import load_library_and_events

    load_library_and_events()


def fill_actors(count: int) -> float:
    from django.core.management import call_command

    from actors.models import Actor

    missing = count - Actor.objects.count()
    started = time.monotonic()
    if missing > 0:
        call_command("generate_actors", MAIN, str(missing), seed=7, batch=5000, verbosity=0)
    return time.monotonic() - started


def vacuum():
    from django.db import connection

    with connection.cursor() as cursor:
        for table in (
            "wagtailcore_page",
            "territories_actor",
            "territories_actor_themes",
            "experiences_experiencepage",
            "experiences_experiencepage_themes",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")
        # The small tables (library, events, pages) never reach autovacuum's threshold:
        # unanalysed, PostgreSQL guesses them large and hashes the whole page table.
        cursor.execute("ANALYZE")


def cpu_ns(backend: int) -> int:
    """CPU time so far of this process (Django) plus its PostgreSQL backend: on a shared
    machine, what a request would cost on an idle one (wall-clock includes waiting for a core)."""
    try:
        pg = int(Path(f"/proc/{backend}/schedstat").read_text().split()[0])
    except OSError:
        pg = 0
    return time.process_time_ns() + pg


def measure(host: str, repeat: int, backend: int, queries=QUERIES) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for q in queries[:3]:  # warm-up
        client.get("/recherche/", {"q": q}, HTTP_HOST=host)
    timings, cpu, sql = [], [], []
    statements = 0
    for i in range(repeat):
        q = queries[i % len(queries)]
        with CaptureQueriesContext(connection) as captured:
            cpu_started = cpu_ns(backend)
            started = time.perf_counter()
            response = client.get("/recherche/", {"q": q}, HTTP_HOST=host)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((cpu_ns(backend) - cpu_started) / 1e6)
        if response.status_code != 200:
            raise SystemExit(f"{host} {q} → {response.status_code}")
        statements = max(statements, len(captured))
        sql.append(sum(float(c["time"]) for c in captured.captured_queries) * 1000)
    return {
        "p50": round(statistics.median(timings), 1),
        "p95": round(percentile(timings, 0.95), 1),
        "max": round(max(timings), 1),
        "cpu_p50": round(statistics.median(cpu), 1),
        "cpu_p95": round(percentile(cpu, 0.95), 1),
        "sql_p50": round(statistics.median(sql), 1),
        "queries": statements,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=50_000)
    parser.add_argument("--experiences", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--skip-fill", action="store_true")
    parser.add_argument(
        "--priority",
        type=int,
        default=None,
        help="nice value for this process and its PostgreSQL backend (e.g. -15, needs root): "
        "on a machine shared with other work, measures closer to an idle one",
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "search.json"))
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from django.db import connection

    from actors.models import Actor
    from experiences.models import ExperiencePage

    if not args.skip_fill:
        territories = ensure_network()
        ensure_territories()  # their communes: the actors are placed around them
        ensure_library()
        actor_time = fill_actors(args.actors)
        experience_time = fill(args.experiences, territories, ensure_actors(territories))
        vacuum()
        print(f"actors generated in {actor_time:.0f} s, experiences in {experience_time:.0f} s")
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    if args.priority is not None:
        for pid in (os.getpid(), backend):
            os.setpriority(os.PRIO_PROCESS, pid, args.priority)
    data = {
        "actors": Actor.objects.filter(live=True).count(),
        "experiences": ExperiencePage.objects.live().count(),
        "postgresql": version,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "repeat": args.repeat,
        "priority": args.priority,
        "load_average_before": [round(v, 2) for v in os.getloadavg()],
        "hosts": {},
    }
    print(
        f"PostgreSQL {version}, Python {data['python']}, {data['actors']} live actors, "
        f"{data['experiences']} live experiences, load {data['load_average_before']}"
    )
    for host in ("localhost", f"{MAIN}.localhost"):
        figures = measure(host, args.repeat, backend)
        data["hosts"][host] = figures
        print(
            f"{host:22} p50 {figures['p50']:.1f} ms  p95 {figures['p95']:.1f} ms  "
            f"max {figures['max']:.1f} ms  CPU p50 {figures['cpu_p50']:.1f} ms  "
            f"p95 {figures['cpu_p95']:.1f} ms  SQL p50 {figures['sql_p50']:.1f} ms  "
            f"SQL queries {figures['queries']}"
        )
    # One letter: answered with a hint, without searching (it used to take 1.5–7 s).
    for host in ("localhost", f"{MAIN}.localhost"):
        figures = measure(host, 20, backend, queries=SHORT)
        data["hosts"][f"{host} one letter"] = figures
        print(
            f"{host:22} one letter: p50 {figures['p50']:.1f} ms  p95 {figures['p95']:.1f} ms  "
            f"CPU p50 {figures['cpu_p50']:.1f} ms  SQL queries {figures['queries']}"
        )
    data["load_average_after"] = [round(v, 2) for v in os.getloadavg()]
    print(f"load average after: {data['load_average_after']}")
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
