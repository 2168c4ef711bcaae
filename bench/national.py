"""A national territory: import speed and public pages as the communes grow (issue 21).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench_national \
        .venv/bin/python bench/national.py --communes 13 1750 35000 --actors 35000

For each size, the territory ``bench-national`` gets that many synthetic communes
(``demo/synthetic_communes.py``: plausible names, postcodes and centres over mainland
France) and ``--actors`` actors in a CSV (positions ~1 km around random communes' centres,
every column filled, as ``bench/actor_import.py`` writes them), then:

1. **import**: the first import (every row validated, the 15 km position check through the
   grid of ``actors/actor_import_rows.py``, actors created, map cells rebuilt) and a
   re-import of the same file (nothing changed: no cell rebuilt); rows per second of wall
   time and per CPU-second (this process plus its PostgreSQL backend);
2. **pages**: with Django's test ``Client`` and no page cache, each public page of the
   territory ``--repeat`` times: HTML size, SQL queries, wall p50 / p95 and CPU p95.

Results go to ``bench/results/national.json`` and are printed as one line per size.
"""

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path
from unittest import mock

from actor_import import empty, run, write_csv  # bench/ is on sys.path when run
from common import ROOT, Counter, Timer, ensure_database, load_average, setup_django

SLUG = "bench-national"
HOST = f"{SLUG}.localhost"
PAGES = (
    "/",
    "/carte/",
    "/besoins/",
    "/partenariats/",
    "/communes/",
    "/communes/?q=saint",
    "/rejoindre/",
    "/api/communes?q=saint",
    "/api/actors.geojson?zoom=6",
)


def ensure_territory():
    from territories.models import Territory
    from territories.services import territory_create

    territory = Territory.objects.filter(slug=SLUG).first()
    if territory is None:
        territory = territory_create(name="Banc d’essai national", slug=SLUG, hostname=HOST)
    return territory


def pages(repeat: int) -> dict:
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    found = {}
    for path in PAGES:
        client.get(path, headers={"host": HOST})  # the per-process caches, warm
        queries: list[str] = []
        with connection.execute_wrapper(Counter(queries)):
            response = client.get(path, headers={"host": HOST})
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code}")
        timer = Timer()
        for _ in range(repeat):
            timer(lambda path=path: client.get(path, headers={"host": HOST}))
        found[path] = {
            "kb": round(len(response.content) / 1000, 1),
            "queries": len(queries),
            **timer.figures(),
        }
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--communes", type=int, nargs="+", default=[13, 1750, 35000])
    parser.add_argument("--actors", type=int, default=35000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "national.json"))
    parser.add_argument(
        "--pages-only",
        action="store_true",
        help="measure the pages of the territory as it is (after a full run), no import",
    )
    args = parser.parse_args()
    os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from demo.synthetic_communes import create_synthetic_communes

    territory = ensure_territory()
    if args.pages_only:
        figures = {
            "communes": territory.communes.count(),
            "actors": territory.actors.count(),
            "pages": pages(args.repeat),
            "load_average": load_average(),
        }
        print(json.dumps(figures, ensure_ascii=False))
        return
    results = {
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "actors": args.actors,
        "runs": [],
    }
    with tempfile.TemporaryDirectory() as folder:
        for count in args.communes:
            empty(territory)
            started = time.perf_counter()
            create_synthetic_communes(territory, count)
            communes_s = time.perf_counter() - started
            path = Path(folder) / f"acteurs-{count}.csv"
            write_csv(path, args.actors, territory)
            # The search indexing is owed to the workers (run eagerly without Redis): left
            # out, as in bench/actor_import.py, which times it on its own.
            with mock.patch("actors.actor_import.owe"):
                first = run(territory, path, index=False)
                again = run(territory, path, index=False)
            figures = {
                "communes": count,
                "communes_created_s": round(communes_s, 1),
                "file_mib": round(path.stat().st_size / 2**20, 1),
                "first_import": {k: first[k] for k in ("seconds", "rows_per_s", "rows_per_cpu_s")},
                "reimport": {k: again[k] for k in ("seconds", "rows_per_s", "rows_per_cpu_s")},
                "pages": pages(args.repeat),
                "load_average": load_average(),
            }
            print(json.dumps(figures, ensure_ascii=False))
            results["runs"].append(figures)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"results: {output}")


if __name__ == "__main__":
    main()
