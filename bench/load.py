"""Load test on loopback: wrk, 64 connections, 60 s each, on a territory home, its map page
and its map API, served by gunicorn (2 workers, production settings) on PostgreSQL and Redis.

    .venv/bin/python bench/load.py                  # after bench/public_pages.py prepared the DB
    .venv/bin/python bench/load.py --seconds 10     # a shorter run

Anonymous visitors, as the public is: pages come from the page cache after the first request,
the map API from its own cache. Fails (exit status 1) on any error: a socket error, a timeout
or a response other than 2xx/3xx. Results go to ``bench/results/load.json``.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from public_pages import HOST, ROOT, collectstatic, gunicorn, machine, warm, wrk  # noqa: E402

TARGETS = {
    "territory home": "/",
    "map page /carte/": "/carte/",
    "map API /api/actors.geojson": "/api/actors.geojson",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "load.json"))
    parser.add_argument("--only", choices=list(TARGETS), help="one URL only")
    args = parser.parse_args()

    collectstatic()
    results = {"machine_before": machine(), "runs": {}}
    with gunicorn() as base:
        for label, path in TARGETS.items():
            if args.only and label != args.only:
                continue
            warm(base, path)
            print(f"wrk {args.seconds}s, {args.connections} connexions : {label}", flush=True)
            results["runs"][label] = wrk(base + path, HOST, args.seconds, args.connections)
    results["machine_after"] = machine()
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2, ensure_ascii=False))

    print("\n| URL | requests | req/s | p50 (ms) | p90 (ms) | p99 (ms) | errors |")
    print("|---|---|---|---|---|---|---|")
    errors = 0
    for label, run in results["runs"].items():
        failed = run["socket_errors"] + run["non_2xx_3xx"]
        errors += failed
        print(
            f"| {label} | {run['requests']} | {run['rps']:.0f} | {run['p50_ms']} | "
            f"{run['p90_ms']} | {run['p99_ms']} | {failed} |"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
