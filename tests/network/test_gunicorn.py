"""gunicorn with the shipped settings (``config/gunicorn.conf.py``, production settings)
boots and answers, whatever the case of the values in the environment.

The server runs in a subprocess on a free loopback port, on a SQLite file of its own and
without Redis (cache in memory, tasks in-process): what is tested is the server's own
configuration, not the services behind it.
"""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
BOOT_SECONDS = 120  # the app loads in the master (preload); the machine may be loaded


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(tmp_path, port: int, **extra) -> dict:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_", "DATABASE_", "GUNICORN_", "LOG_"))
    }
    environment.pop("PYTEST_XDIST_WORKER", None)
    return environment | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "test-gunicorn-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        **extra,
    }


def start(tmp_path, **extra):
    port = free_port()
    log = (tmp_path / "gunicorn.log").open("wb")
    process = subprocess.Popen(
        [str(GUNICORN), "-c", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=ROOT, env=server_env(tmp_path, port, **extra), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    return process, port


def stop(process) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def get(port: int, path: str):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except OSError:
        return None, b""


def test_the_shipped_settings_boot_with_a_lower_case_log_level(tmp_path):
    process, port = start(tmp_path, LOG_LEVEL="warning")
    try:
        deadline = time.monotonic() + BOOT_SECONDS
        status = body = None
        while time.monotonic() < deadline and process.poll() is None:
            status, body = get(port, "/healthz")
            if status is not None:
                break
            time.sleep(0.5)
        log = (tmp_path / "gunicorn.log").read_text(errors="replace")
        assert process.poll() is None, f"gunicorn exited with {process.returncode}:\n{log[-3000:]}"
        assert status == 200, (status, body[:500], log[-3000:])
        assert json.loads(body)["checks"]["database"]["status"] == "ok"
        # Served several times by the same workers: they stayed up.
        assert all(get(port, "/healthz")[0] == 200 for _ in range(5))
    finally:
        stop(process)
    log = (tmp_path / "gunicorn.log").read_text(errors="replace")
    assert "Unknown level" not in log
    # "warning" applied: gunicorn's own INFO lines (workers booting) are not logged.
    assert "Booting worker" not in log
    # The access log is JSON lines.
    access = [json.loads(line) for line in log.splitlines() if '"path": "/healthz"' in line]
    assert len(access) >= 6 and {str(entry["status"]) for entry in access} == {"200"}


@pytest.mark.parametrize("value", ["INFO", "Error"])
def test_any_case_of_a_known_level_is_accepted(tmp_path, value):
    """Mixed and upper case too (the settings check their value, not its case)."""
    process, port = start(tmp_path, LOG_LEVEL=value)
    try:
        deadline = time.monotonic() + BOOT_SECONDS
        status = None
        while time.monotonic() < deadline and process.poll() is None and status is None:
            status, _body = get(port, "/healthz")
            time.sleep(0.2 if status is None else 0)
        assert status == 200, (tmp_path / "gunicorn.log").read_text(errors="replace")[-3000:]
    finally:
        stop(process)


def test_an_unknown_log_level_is_refused_with_a_french_message(tmp_path):
    process, _port = start(tmp_path, LOG_LEVEL="bavard")
    try:
        process.wait(60)
    finally:
        stop(process)
    assert process.returncode != 0
    log = (tmp_path / "gunicorn.log").read_text(errors="replace")
    assert "LOG_LEVEL : valeur « bavard » inconnue" in log
    assert "DEBUG, INFO, WARNING, ERROR, CRITICAL" in log
