"""Public pages: uncached time and SQL queries per page, and cached throughput vs a static file.

    .venv/bin/python bench/public_pages.py            # needs PostgreSQL and Redis (defaults below)

1. Prepares the database (``catalyseurs_bench_h6`` by default) once: migrate, ``load_demo``,
   then ``generate_actors vitawin`` up to 50,000 actors in Vitawin.
2. In this process, with Django's test ``Client`` (the whole Django request: middleware, site
   resolution, SQL, templates; no web server) and the page cache off: the median and p95 of
   ``--repeat`` requests and the number of SQL queries of each public page.
3. Starts gunicorn (2 sync workers, production settings) on a free loopback port and runs
   ``wrk`` (installed with apt-get when missing) for ``--seconds`` on a static file served by
   whitenoise, then on the territory home page served from the page cache: requests per
   second of each, and their ratio (target >= 50 %).

Results go to ``bench/results/public_pages.json`` and are printed as Markdown for
docs/benchmarks.md. ``bench/load.py`` is the 60 s load test; both share the helpers here.
"""

import argparse
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from common import ensure_database  # noqa: E402 (bench/ is on sys.path when run)

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/catalyseurs_bench_h6")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/6")
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "600")
MAIN = "vitawin"
ACTORS = 50_000
HOST = f"{MAIN}.localhost"
# Production settings for the served benchmarks, made runnable on loopback over HTTP.
SERVER_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "SECURE_SSL_REDIRECT": "0",
    "STATIC_ROOT": "/tmp/catalyseurs-bench-static",
    # Any case is accepted; "info" logs each worker gunicorn starts (``worker_boots``).
    "LOG_LEVEL": "info",
    "CACHE_KEY_PREFIX": "bench",
}


def django_setup(settings="config.settings.base"):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings)
    import django

    django.setup()


def manage(*args, env=None):
    subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, check=True, env={**os.environ, **(env or {})}
    )


def prepare() -> None:
    """Demo content plus 50,000 actors in Vitawin; idempotent and quick once done."""
    ensure_database(os.environ["DATABASE_URL"])
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.base", "PAGE_CACHE_SECONDS": "0"}
    manage("migrate", "--noinput", "-v0", env=env)
    django_setup()
    from actors.models import Actor
    from territories.models import Territory

    if not Territory.objects.filter(slug=MAIN).exists():
        manage("load_demo", env=env)
    missing = ACTORS - Actor.objects.filter(territory__slug=MAIN).count()
    if missing > 0:
        manage("generate_actors", MAIN, str(missing), "--seed", "1", env=env)


def public_urls() -> dict[str, tuple[str, str]]:
    from django.test import Client

    from actors.models import Actor
    from experiences.models import ExperiencePage
    from territories.models import Territory

    vitawin = Territory.objects.select_related("site__root_page").get(slug=MAIN)
    root = vitawin.site.root_page
    actor = Actor.objects.filter(territory=vitawin, live=True).order_by("pk").first()
    experience = ExperiencePage.objects.live().descendant_of(root).order_by("pk").first()
    library = Client().get("/bibliotheque/", headers={"host": HOST}).text
    item = re.search(r'href="(/bibliotheque/[^"#?]+/)"', library).group(1)
    return {
        "territory home": (HOST, "/"),
        "map page /carte/": (HOST, "/carte/"),
        "actor card": (HOST, f"/acteurs/{actor.slug}/"),
        "/experiences/": (HOST, "/experiences/"),
        "experience page": (HOST, "/" + experience.url_path.removeprefix(root.url_path)),
        "/bibliotheque/": (HOST, "/bibliotheque/"),
        "library item": (HOST, item),
        "/recherche/?q=x": (HOST, "/recherche/?q=x"),
        "map API (territory)": (HOST, "/api/actors.geojson"),
        "network home": ("localhost", "/"),
    }


def measure_uncached(repeat: int) -> dict:
    """Median/p95 (ms) and SQL queries of each page, page cache off, other caches warm."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    results = {}
    for label, (host, path) in public_urls().items():
        for _ in range(3):
            assert client.get(path, headers={"host": host}).status_code == 200, (label, path)
        with CaptureQueriesContext(connection) as captured:
            client.get(path, headers={"host": host})
        queries = len(captured)  # read now: the next request clears the log
        times, cpu = [], []
        budget = time.monotonic() + 20  # slow pages: at least 5 requests, then 20 s at most
        for n in range(repeat):
            if n >= 5 and time.monotonic() > budget:
                break
            start, start_cpu = time.perf_counter(), time.process_time()
            client.get(path, headers={"host": host})
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        times.sort()
        results[label] = {
            "url": f"http://{host}{path}",
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
            # This process's CPU only (Python, templates; not PostgreSQL's): what the page
            # costs whatever the machine's load, while the wall clock waits for busy CPUs.
            "cpu_median_ms": round(statistics.median(cpu), 1),
            "queries": queries,
            "requests": len(times),
        }
        print(f"  {label:24} {results[label]}", flush=True)
    return results


# -- served benchmarks (gunicorn + wrk) --------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_wrk() -> str:
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
        if not shutil.which("wrk"):
            subprocess.run(["apt-get", "update", "-qq"], check=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk")


def collectstatic() -> None:
    manage("collectstatic", "--noinput", "-v0", env=SERVER_ENV)


GUNICORN_LOG = Path("/tmp/catalyseurs-bench-gunicorn.log")


@contextmanager
def gunicorn():
    """gunicorn with the production settings exactly as shipped (``config/gunicorn.conf.py``,
    ``config.settings.production``): only its address comes from the environment
    (``GUNICORN_BIND``), as in a deployment. Yields its base URL; its log (access log
    included, as in production) goes to ``GUNICORN_LOG``."""
    port = free_port()
    env = {**os.environ, **SERVER_ENV, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    log = GUNICORN_LOG.open("wb")
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {process.returncode}: {GUNICORN_LOG}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("gunicorn did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(30)
        log.close()


def worker_boots() -> int:
    """Workers gunicorn started during the run (2 at start; more: recycled or crashed)."""
    return GUNICORN_LOG.read_text(errors="replace").count("Booting worker")


def wrk(
    url: str, host: str, seconds: int, connections: int, threads: int = 2, timeout: str = "2s"
) -> dict:
    """Run wrk; requests/s, latency percentiles (ms) and every kind of error. A request
    unanswered after ``timeout`` (wrk's default, 2 s) counts as a timeout."""
    out = subprocess.run(
        [ensure_wrk(), f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
         "--timeout", timeout, "-H", f"Host: {host}", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def ms(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\b", out, re.M)
        if not match:
            return None
        value, unit = float(match.group(1)), match.group(2)
        return round(value * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "url": url,
        "host": host,
        "seconds": seconds,
        "connections": connections,
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": ms("50"),
        "p90_ms": ms("90"),
        "p99_ms": ms("99"),
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
        "socket_errors_detail": socket_errors.group(0) if socket_errors else "",
        "timeouts": int(socket_errors.group(4)) if socket_errors else 0,
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
    }


def warm(base: str, path: str, host: str = HOST, times: int = 3) -> str | None:
    """A few requests first, so wrk measures the warm state (page cache filled)."""
    import urllib.request

    state = None
    for _ in range(times):
        request = urllib.request.Request(base + path, headers={"Host": host})
        with urllib.request.urlopen(request, timeout=60) as response:
            state = response.headers.get("X-Page-Cache")
    return state


def static_path() -> str:
    manifest = json.loads(Path(SERVER_ENV["STATIC_ROOT"], "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["network/js/points_map.js"]


def measure_throughput(seconds: int, connections: int) -> dict:
    collectstatic()
    with gunicorn() as base:
        cache_state = warm(base, "/")
        static = wrk(base + static_path(), HOST, seconds, connections)
        cached = wrk(base + "/", HOST, seconds, connections)
    return {
        "static": static,
        "cached_home": cached,
        "cache_state_before": cache_state,
        "ratio": round(cached["rps"] / static["rps"], 3),
    }


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per URL")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "public_pages.json"))
    parser.add_argument("--skip-served", action="store_true", help="no gunicorn/wrk part")
    args = parser.parse_args()

    print("Préparation de la base…", flush=True)
    prepare()
    results = {"machine_before": machine(), "actors_in_vitawin": ACTORS}
    print("Pages sans cache (processus local) :", flush=True)
    results["uncached"] = measure_uncached(args.repeat)
    print("Débit : fichier statique vs page en cache (gunicorn, 2 workers, wrk) :", flush=True)
    if not args.skip_served:
        results["throughput"] = measure_throughput(args.seconds, args.connections)
    results["machine_after"] = machine()
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print_markdown(results)


def print_markdown(results: dict) -> None:
    print("\n| page | median (ms) | p95 (ms) | CPU median (ms) | SQL queries |")
    print("|---|---|---|---|---|")
    for label, row in results["uncached"].items():
        print(
            f"| {label} | {row['median_ms']} | {row['p95_ms']} | {row.get('cpu_median_ms')} "
            f"| {row['queries']} |"
        )
    if "throughput" not in results:
        return
    t = results["throughput"]
    print("\n| served by gunicorn (2 workers) | req/s | p50 (ms) | p99 (ms) |\n|---|---|---|---|")
    for label, row in (
        ("static file (whitenoise)", t["static"]),
        ("cached home", t["cached_home"]),
    ):
        print(f"| {label} | {row['rps']:.0f} | {row['p50_ms']} | {row['p99_ms']} |")
    print(f"\nratio cached/static: {t['ratio']:.0%}")


if __name__ == "__main__":
    main()
