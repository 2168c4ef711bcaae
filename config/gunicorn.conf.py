"""Gunicorn settings for production (``gunicorn -c config/gunicorn.conf.py config.wsgi``).

Every value can be changed through the environment; docs/deployment.md lists them.
"""

import os
import sys

# Django's connection handler reads no setting when imported: safe in the master, before the
# app (and its settings) are loaded.
from django.db import connections

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two sync workers per core is a sane start; pages are served from the cache mostly.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# The app is loaded once by the master and workers are forked from it: a new worker serves
# within milliseconds instead of importing Django and Wagtail for seconds. With 2,000
# requests per worker and neither this nor ``worker_exit`` below, each worker restarted
# every few seconds at 600 req/s and requests waited for the new one (16-130 timeouts per
# wrk run, docs/benchmarks.md). Deploy with a restart, not HUP (HUP re-forks from the code
# the master loaded).
preload_app = True
# Recycle workers now and then: a slow leak in a dependency cannot grow for ever. Far apart,
# with a jitter of half: the workers reach their limits at different times, and a restart
# is graceful (the worker ends its request and exits at once, ``worker_exit``; the others
# keep accepting). 0 turns recycling off.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 2

# Heartbeat files in memory, not on a possibly slow disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# The reverse proxy's address: gunicorn then believes its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

raw_env = [
    f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'config.settings.production')}"
]

# Logs: JSON lines on stdout (errors) and on stdout (access), like the application's.
accesslog = "-"
errorlog = "-"
# Any case: "warning" or "WARNING" (gunicorn wants lower case, the logging config upper).
loglevel = os.environ.get("LOG_LEVEL", "info").strip().lower()
if loglevel not in {"debug", "info", "warning", "error", "critical"}:
    raise SystemExit(
        f"LOG_LEVEL : valeur « {loglevel} » inconnue ; valeurs possibles (en majuscules ou "
        "minuscules) : DEBUG, INFO, WARNING, ERROR, CRITICAL."
    )
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "network.logging_json.JSONFormatter"},
        "access": {"()": "network.logging_json.AccessJSONFormatter"},
    },
    "handlers": {
        "error": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        },
        "access": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "access",
        },
    },
    "root": {"handlers": ["error"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["error"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
    },
}
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms'

# Gunicorn's control socket (one per user, in ~/.gunicorn) is not used: systemd or the
# process manager restarts and reloads workers with signals.
control_socket_disable = True


def worker_exit(server: object, worker: object) -> None:
    """A worker that ends normally (recycled, or stopped gracefully) leaves at once.

    Python's own shutdown of a worker (tearing down every module and object of Django and
    Wagtail) took 3-5 s on a loaded host, and gunicorn starts the replacement only once the
    old process is gone: meanwhile the other worker served alone, and requests queued past
    2 s. The database connections are closed first; logs are flushed at each record. Any
    other exit (a worker that failed to boot) goes the usual way, so gunicorn sees its
    status and stops instead of restarting it in a loop.
    """
    ending = sys.exc_info()[1]
    if not isinstance(ending, SystemExit) or ending.code not in (0, None):
        return
    connections.close_all()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
