"""Benchmark of the actor import on PostgreSQL (figures go to docs/benchmarks.md).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench \
        .venv/bin/python bench/actor_import.py --rows 10000 50000

For each size: writes a CSV of that many realistic rows (every column filled, positions
around Vitawin's 13 communes, kinds, themes and offers by label or slug), empties the
dedicated territory ``bench-import`` (created with Vitawin's communes), then times
``actors.actor_import.actors_import`` as the command and the Celery task run it:

- **first import**: every row validated, then 50,000 actors created in one transaction,
  their themes and offers linked, the map cells of the territory rebuilt, then (on commit)
  the search index updated in bulk;
- **re-import** of the same file: every row compared with its actor, nothing to write.

Memory: the peak resident size of this process (``ru_maxrss``) after each step; it should not
grow with the file (rows are read and written in batches).
"""

import argparse
import csv
import json
import math
import os
import platform
import random
import resource
import tempfile
import time
from pathlib import Path
from unittest import mock

from common import (
    ROOT,
    backend_cpu_ns,
    django_environment,
    ensure_database,
    load_average,
    setup_django,
)

django_environment("postgres://postgres@127.0.0.1:5432/catalyseurs_bench")
# No page cache: nothing is served here, and it would only add invalidation work.
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

SLUG = "bench-import"
SOURCE = "bench"
WORDS = (
    "Atelier", "Jardins", "Collectif", "Maison", "Réseau", "Fabrique", "Compagnie", "Espace",
    "Cercle", "Ateliers", "Entraide", "Coopérative", "Ressourcerie", "Club", "Forum",
)  # fmt: skip
PLACES = ("du Port", "des Lilas", "de la Marne", "du Bois", "des Écoles", "Saint-Maur")


def ensure_territory():
    from demo import data
    from territories.models import Commune, Territory
    from territories.services import territory_create

    territory = Territory.objects.filter(slug=SLUG).first()
    if territory is None:
        territory = territory_create(
            name="Banc d’essai import", slug=SLUG, hostname=f"{SLUG}.localhost"
        )
    if not territory.communes.exists():
        spec = next(spec for spec in data.TERRITORIES if spec["slug"] == "vitawin")
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
    return territory


def write_csv(path: Path, rows: int, territory, seed: int = 1) -> None:
    from actors.models import ActorKind, Offer
    from network.models import Theme

    rng = random.Random(seed)
    communes = list(territory.communes.all())
    kinds = list(ActorKind.objects.values_list("name", flat=True))
    themes = list(Theme.objects.values_list("slug", flat=True))
    offers = list(Offer.objects.values_list("name", flat=True))
    from actors.actor_import import COLUMNS as header

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for index in range(rows):
            commune = rng.choice(communes)
            lat = commune.latitude + rng.gauss(0, 1.2 / 111)
            lng = commune.longitude + rng.gauss(
                0, 1.2 / (111 * math.cos(math.radians(commune.latitude)))
            )
            name = f"{rng.choice(WORDS)} {rng.choice(PLACES)} {index}"
            slug = f"acteur-{index}"
            writer.writerow(
                [
                    f"b{index}",
                    name,
                    rng.choice(kinds),
                    "Accueille des stagiaires et des visites de classes.",
                    f"{rng.randrange(1, 180)} rue de Paris",
                    commune.postcode_list[0] if commune.postcode_list else "",
                    commune.name,
                    commune.insee_code,
                    f"{lat:.6f}".replace(".", ","),  # French Excel's decimal comma
                    f"{lng:.6f}",
                    f"contact@{slug}.example",
                    "01 23 45 67 89",
                    f"{slug}.example",
                    "|".join(rng.sample(themes, k=min(2, len(themes)))),
                    "|".join(rng.sample(offers, k=min(2, len(offers)))),
                ]
            )


def peak_rss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class SlowStatements:
    """``connection.execute_wrapper``: the slowest statements of a step (what to look at)."""

    def __init__(self):
        self.timings = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.timings.append((time.perf_counter() - started, " ".join(sql.split())[:100]))

    def top(self, count=6):
        return [[round(s, 2), sql] for s, sql in sorted(self.timings, reverse=True)[:count]]


def run(territory, path: Path, index: bool = True, profile: Path | None = None) -> dict:
    import cProfile

    from django.db import connection

    from actors import tasks
    from actors.actor_import import actors_import, actors_index

    queued = []
    # The search index is filled by Celery tasks queued on commit: collected here, then
    # timed on their own below (a worker runs them after the import has finished).
    with mock.patch.object(tasks.index_actors, "delay", side_effect=queued.append):
        backend = backend_cpu_ns()
        slow = SlowStatements()
        profiler = cProfile.Profile() if profile else None
        started, cpu = time.perf_counter(), time.process_time()
        with connection.execute_wrapper(slow):
            if profiler:
                profiler.enable()
            report = actors_import(territory, path, source=SOURCE)
            if profiler:
                profiler.disable()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        if profiler:
            profiler.dump_stats(profile)
        backend = (backend_cpu_ns() - backend) / 1e9
    if report.failed or report.errors:
        raise SystemExit(report.summary()[:2000])
    started = time.perf_counter()
    indexed = sum(actors_index(ids) for ids in queued) if index else 0
    indexing = time.perf_counter() - started
    connection.close()  # the next step measures a fresh backend, not this one's caches
    return {
        "seconds": round(elapsed, 1),
        "rows_per_s": round(report.rows / elapsed),
        "python_cpu_s": round(cpu, 1),
        "postgresql_cpu_s": round(backend, 1),
        "rows_per_cpu_s": round(report.rows / (cpu + backend)),
        "background_indexing_s": round(indexing, 1),
        "indexed": indexed,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "duplicates_flagged": len(report.duplicates),
        "peak_rss_mib": peak_rss_mib(),
        "load_average": load_average(),
        "statements": len(slow.timings),
        "slowest_statements_s": slow.top(),
    }


def empty(territory) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for table in ("territories_actor_themes", "territories_actor_offers"):
            cursor.execute(
                f"DELETE FROM {table} WHERE actor_id IN "
                "(SELECT id FROM territories_actor WHERE territory_id = %s)",
                [territory.pk],
            )
        cursor.execute("DELETE FROM territories_actor WHERE territory_id = %s", [territory.pk])
        cursor.execute("VACUUM ANALYZE territories_actor")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument(
        "--no-indexing", action="store_true", help="do not run the search-indexing tasks"
    )
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="write cProfile statistics of each import there (first-N.prof, reimport-N.prof)",
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "actor_import.json"))
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    territory = ensure_territory()
    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "runs": [],
    }

    def prof(step, rows):
        if not args.profile:
            return None
        Path(args.profile).mkdir(parents=True, exist_ok=True)
        return Path(args.profile) / f"{step}-{rows}.prof"

    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"acteurs-{rows}.csv"
            write_csv(path, rows, territory)
            empty(territory)
            figures = {
                "rows": rows,
                "file_mib": round(path.stat().st_size / 2**20, 1),
                "first_import": run(territory, path, not args.no_indexing, prof("first", rows)),
                "reimport": run(territory, path, not args.no_indexing, prof("reimport", rows)),
            }
            print(json.dumps(figures, ensure_ascii=False))
            results["runs"].append(figures)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"results: {output}")


if __name__ == "__main__":
    main()
