"""Helpers shared by the benchmarks: database creation, percentiles, request timing."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def django_environment(default_url: str) -> None:
    """Settings for a benchmark run (call before importing Django models)."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DATABASE_URL", default_url)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    # One connection (one backend) for the whole run: its CPU time is read from /proc.
    os.environ.setdefault("DATABASE_CONN_MAX_AGE", str(24 * 3600))


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database of ``url`` if it does not exist."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        sys.exit("This benchmark targets PostgreSQL: DATABASE_URL=postgres://…")
    admin = psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{config["NAME"]}"')
            print(f"database {config['NAME']} created")


def setup_django(migrate: bool = True) -> None:
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def load_average() -> list[float]:
    """Other work on the machine skews timings: recorded with every figure."""
    return [round(value, 2) for value in os.getloadavg()]


def backend_cpu_ns() -> int:
    """CPU time used so far by this connection's PostgreSQL backend (same machine only)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    except OSError:
        return 0


class Timer:
    """Wall-clock time of a request, and the CPU time it cost: this process (Django) plus
    its PostgreSQL backend. The machine is shared: wall-clock figures include waiting for a
    core; CPU time is what the request would take on an idle machine (Redis and network
    round trips aside, parallel query workers not counted)."""

    def __init__(self):
        self.wall, self.cpu = [], []

    def __call__(self, request):
        backend = backend_cpu_ns()  # outside the timing: one query, and the backend's pid
        python = time.process_time_ns()
        started = time.perf_counter_ns()
        result = request()
        self.wall.append((time.perf_counter_ns() - started) / 1e6)
        python = time.process_time_ns() - python
        self.cpu.append((python + backend_cpu_ns() - backend) / 1e6)
        return result

    def figures(self, prefix=""):
        return {
            f"{prefix}p50_ms": round(statistics.median(self.wall), 1),
            f"{prefix}p95_ms": round(percentile(self.wall, 0.95), 1),
            f"{prefix}cpu_p50_ms": round(statistics.median(self.cpu), 1),
            f"{prefix}cpu_p95_ms": round(percentile(self.cpu, 0.95), 1),
        }


class Counter:
    """``connection.execute_wrapper``: the statements of a request."""

    def __init__(self, statements: list[str]):
        self.statements = statements

    def __call__(self, execute, sql, params, many, context):
        self.statements.append(sql)
        return execute(sql, params, many, context)
