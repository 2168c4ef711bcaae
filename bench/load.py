"""Load test on loopback: wrk, 64 connections, 60 s each, on a territory home, its map page
and its map API, served by gunicorn with the production settings exactly as shipped
(``config/gunicorn.conf.py``, ``config.settings.production``: 2 workers, preloaded app,
worker recycling) on PostgreSQL and Redis.

    .venv/bin/python bench/load.py                  # prepares the database if needed
    .venv/bin/python bench/load.py --seconds 10     # a shorter run

Anonymous visitors, as the public is: pages come from the page cache after the first request,
the map API from its own cache. Fails (exit status 1) on any error: a socket error, a request
unanswered after 2 s (wrk's timeout), or a response other than 2xx/3xx. Also reports how many
workers gunicorn started (2 at start; more: recycled ones). Results go to
``bench/results/load.json``.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from public_pages import (  # noqa: E402
    HOST,
    ROOT,
    collectstatic,
    gunicorn,
    machine,
    prepare,
    warm,
    worker_boots,
    wrk,
)

TARGETS = {
    "territory home": "/",
    "map page /carte/": "/carte/",
    "map API /api/actors.geojson": "/api/actors.geojson",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--timeout", default="2s", help="wrk's timeout per request")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "load.json"))
    parser.add_argument("--only", choices=list(TARGETS), help="one URL only")
    parser.add_argument(
        "--max-requests",
        type=int,
        help="GUNICORN_MAX_REQUESTS for this run (the shipped file reads it): recycle often",
    )
    args = parser.parse_args()
    if args.max_requests is not None:
        os.environ["GUNICORN_MAX_REQUESTS"] = str(args.max_requests)

    prepare()
    collectstatic()
    results = {
        "machine_before": machine(),
        "max_requests": os.environ.get("GUNICORN_MAX_REQUESTS", "shipped default"),
        "runs": {},
    }
    with gunicorn() as base:
        for label, path in TARGETS.items():
            if args.only and label != args.only:
                continue
            warm(base, path)
            print(f"wrk {args.seconds}s, {args.connections} connexions : {label}", flush=True)
            results["runs"][label] = wrk(
                base + path, HOST, args.seconds, args.connections, timeout=args.timeout
            )
    results["worker_boots"] = worker_boots()
    results["machine_after"] = machine()
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2, ensure_ascii=False))

    print(
        "\n| URL | requests | req/s | p50 (ms) | p90 (ms) | p99 (ms) | socket errors | timeouts | non-2xx/3xx |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    errors = 0
    for label, run in results["runs"].items():
        errors += run["socket_errors"] + run["non_2xx_3xx"]
        print(
            f"| {label} | {run['requests']} | {run['rps']:.0f} | {run['p50_ms']} | "
            f"{run['p90_ms']} | {run['p99_ms']} | {run['socket_errors']} | {run['timeouts']} | "
            f"{run['non_2xx_3xx']} |"
        )
    print(f"\nworkers started by gunicorn: {results['worker_boots']} (2 at start)")
    print(
        f"load average before {results['machine_before']['load_average']}, "
        f"after {results['machine_after']['load_average']}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
