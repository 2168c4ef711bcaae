"""Real processes for the scale-out and fault tests: a private Redis, two gunicorn app
servers and two Celery workers, all on the pytest PostgreSQL test database.

The shared Redis (6379) and PostgreSQL are never stopped: the Redis these tests stop and
restart is their own ``redis-server`` on a free port in 6390-6399, and a PostgreSQL restart
is simulated for the app by terminating its backends (``pg_terminate_backend``). The
processes start once for the folder; each test starts from an empty page cache.
"""

import json
import os
import signal
import socket
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent
BIN = ROOT / ".venv" / "bin"
PREFIX = "scaleout"
REDIS_PORTS = range(6390, 6400)
PASSWORD = "mot-de-passe-scaleout"


def pytest_collection_modifyitems(config, items):
    """Skip the folder (with the reason) unless the suite runs on PostgreSQL and Redis."""
    reason = None
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        reason = "tests de montée en charge : PostgreSQL requis (DATABASE_URL)"
    elif not settings.REDIS_URL:
        reason = "tests de montée en charge : Redis requis (REDIS_URL)"
    elif not Path("/usr/bin/redis-server").exists():
        reason = "tests de montée en charge : redis-server introuvable"
    if reason:
        for item in items:
            if "tests/scaleout/" in str(item.fspath):
                item.add_marker(pytest.mark.skip(reason=reason))


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 60, process=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing listens on {port}")


def wait_until(condition, timeout: float = 30, interval: float = 0.2, message: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s: {message}")


class NoResultGeocoder(BaseHTTPRequestHandler):
    """The address API, answering "no result" at once: geocoding tasks end instead of
    retrying minutes later, in the middle of another test."""

    def do_GET(self):  # noqa: N802 (the HTTP method's name)
        body = json.dumps({"type": "FeatureCollection", "features": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class PrivateRedis:
    """A throw-away redis-server (no persistence) that tests may stop and restart."""

    def __init__(self, workdir: Path):
        self.port = next(p for p in REDIS_PORTS if port_is_free(p))
        self.workdir = workdir
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["/usr/bin/redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for_port(self.port, 10, self.process)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    def client(self):
        import redis

        return redis.Redis.from_url(self.url)


class Cluster:
    """Two app servers (``a``, ``b``) and two workers sharing the test database and Redis."""

    def __init__(self, redis: PrivateRedis, workdir: Path, database_url: str, geocoder: str):
        self.redis = redis
        self.workdir = workdir
        self.queue = f"{PREFIX}-{os.getpid()}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis.url,
            "CACHE_KEY_PREFIX": PREFIX,
            "CELERY_QUEUE": self.queue,
            "PAGE_CACHE_SECONDS": "600",
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "GEOCODER_URL": geocoder,
            "MAP_TILES_URL": "",
            "LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
        }
        self.env.pop("PYTEST_XDIST_WORKER", None)
        self.servers = {}
        self.workers = {}

    def start_server(self, name: str):
        port = free_port()
        log = open(self.workdir / f"server-{name}.log", "ab")  # noqa: SIM115 (kept by the child)
        process = subprocess.Popen(
            [str(BIN / "gunicorn"), "config.wsgi", "--workers", "1", "--bind",
             f"127.0.0.1:{port}", "--timeout", "60", "--no-control-socket"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.servers[name] = (process, f"http://127.0.0.1:{port}")
        return process, port

    def start_worker(self, name: str):
        log_path = self.workdir / f"worker-{name}.log"
        process = subprocess.Popen(
            [str(BIN / "celery"), "-A", "config", "worker", "--pool", "prefork",
             "--concurrency", "1", "-Q", self.queue, "-n", f"{name}@scaleout",
             "--without-gossip", "--without-mingle", "--without-heartbeat",
             "--loglevel", "INFO", "--logfile", str(log_path)],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.workers[name] = (process, log_path)
        return process

    def wait_worker_ready(self, name: str, timeout: float = 60):
        process, log_path = self.workers[name]

        def ready():
            if process.poll() is not None:
                raise RuntimeError(f"worker {name} exited with {process.returncode}")
            return log_path.exists() and "ready." in log_path.read_text(errors="replace")

        wait_until(ready, timeout, message=f"worker {name} ready")

    def wait_idle(self, timeout: float = 90):
        """No message waiting in the queue nor held unacknowledged by a worker (running or
        reserved), twice in a row: nothing will touch the database after the test."""
        client = self.redis.client()
        calm = []

        def idle():
            try:
                busy = client.llen(self.queue) + client.hlen("unacked")
            except Exception:
                return False
            calm.append(busy == 0)
            return len(calm) >= 2 and calm[-1] and calm[-2]

        wait_until(idle, timeout, interval=0.5, message="workers idle")

    def worker_log(self, name: str) -> str:
        return self.workers[name][1].read_text(errors="replace")

    def url(self, server: str, path: str = "/") -> str:
        return self.servers[server][1] + path

    def get(self, server: str, path: str, host: str, session=None, **kwargs):
        return (session or requests).get(
            self.url(server, path), headers={"Host": host}, timeout=30, **kwargs
        )

    def manage(self, *args, timeout: float = 60) -> str:
        """``manage.py`` with the cluster's environment (Redis, queue, database)."""
        result = subprocess.run(
            [str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=self.env,
            capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def stop(self):
        for process, _ in [*self.servers.values(), *self.workers.values()]:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process, _ in [*self.servers.values(), *self.workers.values()]:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="session")
def scaleout_dir():
    """Logs of the processes (kept after the run for diagnosis); not pytest's tmp_path,
    which concurrent pytest sessions prune."""
    return Path(tempfile.mkdtemp(prefix="catalyseurs-scaleout-"))


@pytest.fixture(scope="session")
def private_redis(scaleout_dir):
    redis = PrivateRedis(scaleout_dir)
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture(scope="session")
def geocoder():
    server = ThreadingHTTPServer(("127.0.0.1", 0), NoResultGeocoder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/search/"
    server.shutdown()


@pytest.fixture(scope="session")
def cluster(django_db_setup, django_db_blocker, private_redis, scaleout_dir, geocoder):
    """Started once for the folder; the database is pytest's test database."""
    with django_db_blocker.unblock():
        name = connection.settings_dict["NAME"]
    database_url = f"postgres://postgres@127.0.0.1:5432/{name}"
    base = settings.DATABASES["default"]
    if base.get("HOST"):
        user = base.get("USER") or "postgres"
        database_url = f"postgres://{user}@{base['HOST']}:{base.get('PORT') or 5432}/{name}"
    cluster = Cluster(private_redis, scaleout_dir, database_url, geocoder)
    try:
        ports = [cluster.start_server("a")[1], cluster.start_server("b")[1]]
        cluster.start_worker("w1")
        cluster.start_worker("w2")
        for port in ports:
            wait_for_port(port, 90)
        cluster.wait_worker_ready("w1", 90)
        cluster.wait_worker_ready("w2", 90)
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(autouse=True)
def idle_workers_after_test(request):
    """Let the workers finish what the test queued (search indexing, geocoding, e-mails)
    before the database is flushed: a task running during the flush would recreate rows
    (content types) and break the restore for the next test."""
    yield
    if "cluster" in request.fixturenames:
        request.getfixturevalue("cluster").wait_idle()


@pytest.fixture
def shared_cache(settings, private_redis):
    """This process uses the cluster's cache (so its writes bump the servers' generations),
    emptied of page-cache entries left by earlier tests (not of the Celery queue)."""
    location = {
        "BACKEND": "network.caching.backend.ResilientRedisCache",
        "LOCATION": private_redis.url,
        "KEY_PREFIX": PREFIX,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
    }
    settings.CACHES = {"default": location}
    settings.PAGE_CACHE_SECONDS = 600
    client = private_redis.client()
    keys = list(client.scan_iter(f"{PREFIX}:*"))
    if keys:
        client.delete(*keys)
    yield
