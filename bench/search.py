"""Benchmark of the public search (``/recherche/?q=``) on PostgreSQL; figures go to
docs/benchmarks.md.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench_search \
        .venv/bin/python bench/search.py --actors 50000 --experiences 10000

Creates and migrates the database if needed, the ten demo territories, the demo library and
agenda (``network.demo.library_loader``), tops the actors up with ``manage.py generate_actors``
(in Vitawin) and the experiences with generated write-ups (published pages, spread over the
territories; ``--experience-budget`` seconds at most, the count reached is printed), puts
everything in Wagtail's search index (database backend, ``french_unaccent`` configuration),
then times two-word queries through Django's test ``Client`` in this process (the whole
request: middleware, site resolution, one search per type, rendering) on the network host
(everything) and on Vitawin's host (its actors and experiences plus the library).
"""

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/catalyseurs_bench_search")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.base")

from bench.actor_map import ensure_database, ensure_territories, percentile  # noqa: E402

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
]
WORDS = [
    "jardin",
    "partagé",
    "coopération",
    "entreprise",
    "association",
    "insertion",
    "jeunes",
    "quartier",
    "mobilité",
    "alimentation",
    "circuit",
    "court",
    "tiers-lieu",
    "numérique",
    "emploi",
    "formation",
    "alternance",
    "stage",
    "solidarité",
    "culture",
    "sport",
    "santé",
    "logement",
    "énergie",
    "transition",
    "écologie",
    "commerce",
    "artisanat",
    "école",
    "collège",
    "lycée",
    "élèves",
    "parents",
    "habitants",
    "seniors",
    "bénévoles",
    "réseau",
    "diagnostic",
]


def ensure_network():
    from network.services import network_setup

    network_setup(hostname="localhost", port=80, name="Réseau des catalyseurs")


def ensure_library():
    from network.demo.library_loader import load_library_and_events

    load_library_and_events()


def fill_actors(count: int) -> float:
    from django.core.management import call_command

    from territories.models import Actor

    missing = count - Actor.objects.count()
    started = time.monotonic()
    if missing > 0:
        call_command("generate_actors", MAIN, str(missing), seed=7, batch=5000, verbosity=0)
    return time.monotonic() - started


def fill_experiences(count: int, budget: float) -> tuple[int, float]:
    from experiences.models import ExperiencePage
    from experiences.services import experience_index
    from territories.models import Territory

    rng = random.Random(11)
    territories = list(Territory.objects.order_by("slug"))
    indexes = {t.pk: experience_index(t) for t in territories}
    existing = ExperiencePage.objects.count()
    # update_index runs afterwards: skip the per-save index and reference-index updates.
    from modelsearch.signal_handlers import post_save_signal_handler

    from django.db.models.signals import post_save

    from wagtail.signal_handlers import update_reference_index_on_save

    for model in (ExperiencePage, *ExperiencePage._meta.get_parent_list()):
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.disconnect(update_reference_index_on_save, sender=model)
    started = time.monotonic()
    created = 0
    while existing + created < count and time.monotonic() - started < budget:
        territory = territories[(existing + created) % len(territories)]
        words = rng.sample(WORDS, 8)
        page = ExperiencePage(
            title=f"{words[0].capitalize()} et {words[1]} : expérience {existing + created + 1}",
            summary=" ".join(rng.sample(WORDS, 14)).capitalize() + ".",
            context="<p>" + " ".join(rng.sample(WORDS, 30)) + "</p>",
            live=True,
        )
        indexes[territory.pk].add_child(instance=page)
        created += 1
    return existing + created, time.monotonic() - started


def reindex() -> float:
    from django.core.management import call_command

    started = time.monotonic()
    call_command("update_index", verbosity=0)
    return time.monotonic() - started


def measure(host: str, repeat: int) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for q in QUERIES[:3]:  # warm-up
        client.get("/recherche/", {"q": q}, HTTP_HOST=host)
    timings = []
    queries = 0
    for i in range(repeat):
        q = QUERIES[i % len(QUERIES)]
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get("/recherche/", {"q": q}, HTTP_HOST=host)
            timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{host} {q} → {response.status_code}")
        queries = max(queries, len(captured))
    return {
        "p50": statistics.median(timings),
        "p95": percentile(timings, 0.95),
        "max": max(timings),
        "queries": queries,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=50_000)
    parser.add_argument("--experiences", type=int, default=10_000)
    parser.add_argument("--experience-budget", type=float, default=900.0)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--skip-fill", action="store_true")
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from django.db import connection

    from experiences.models import ExperiencePage
    from territories.models import Actor

    if not args.skip_fill:
        ensure_network()
        ensure_territories()
        ensure_library()
        actor_time = fill_actors(args.actors)
        experiences, experience_time = fill_experiences(args.experiences, args.experience_budget)
        index_time = reindex()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE wagtailsearch_indexentry")
        print(
            f"actors generated in {actor_time:.0f} s, experiences in {experience_time:.0f} s, index in {index_time:.0f} s"
        )
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
        entries = cursor.fetchone()[0]
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    print(
        f"PostgreSQL {version}, Python {platform.python_version()}, "
        f"{Actor.objects.filter(live=True).count()} live actors, "
        f"{ExperiencePage.objects.live().count()} live experiences, {entries} index entries"
    )
    for host in ("localhost", f"{MAIN}.localhost"):
        figures = measure(host, args.repeat)
        print(
            f"{host:22} p50 {figures['p50']:.1f} ms  p95 {figures['p95']:.1f} ms  "
            f"max {figures['max']:.1f} ms  SQL queries {figures['queries']}"
        )


if __name__ == "__main__":
    main()
