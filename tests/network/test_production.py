"""Production mode: settings switched by the environment, static files, headers, logs.

The production settings module refuses to load without a real SECRET_KEY and reads the
environment once, at import: each variant is loaded in a subprocess with its own
environment, the way gunicorn loads it.
"""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings as django_settings

from network.logging_json import JSONFormatter

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "test-production-" + "k" * 50,
    "ALLOWED_HOSTS": "catalyseurs.example",
    "EMAIL_HOST": "smtp.catalyseurs.example",
}
SHOW_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
from django.core.files.storage import storages
media = storages["default"]
print(json.dumps({
    "default_storage": type(media).__module__ + "." + type(media).__name__,
    "headers": [settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS,
                settings.SECURE_CONTENT_TYPE_NOSNIFF, settings.SECURE_REFERRER_POLICY,
                settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE],
    "storages": settings.STORAGES,
    "proxy": settings.SECURE_PROXY_SSL_HEADER,
    "img_src": settings.SECURE_CSP["img-src"],
    "admin_img_src": settings.SECURE_CSP_ADMIN["img-src"],
    "docs_serve": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
    "middleware": settings.MIDDLEWARE[:2],
    "formatter": settings.LOGGING["formatters"]["json"]["()"],
    "secret": settings.SECRET_KEY,
    "client_ip": getattr(settings, "SIGNUP_CLIENT_IP_META_KEY", None),
}, default=str))
"""


def production(*args, env=None, check=True):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "SECURE_", "DJANGO_", "STATIC_ROOT", "CLIENT_IP"))
    }
    environment.update(PRODUCTION_ENV, **(env or {}))
    environment = {key: value for key, value in environment.items() if value is not None}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=check,
    )


def production_settings(**env) -> dict:
    result = production("-c", SHOW_SETTINGS, env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_is_clean():
    result = production("manage.py", "check", "--deploy", "--fail-level", "WARNING", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("secret", [None, ""], ids=["demo key", "empty"])
def test_a_missing_secret_key_is_refused(secret):
    result = production("-c", SHOW_SETTINGS, env={"SECRET_KEY": secret}, check=False)
    assert result.returncode != 0
    assert "SECRET_KEY doit être défini en production." in result.stderr


def test_secret_key_from_a_file(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file-" + "s" * 50 + "\n")
    shown = production_settings(SECRET_KEY="", SECRET_KEY_FILE=str(secret))
    assert shown["secret"] == "from-a-file-" + "s" * 50


def test_media_on_local_disk_by_default():
    shown = production_settings()
    assert shown["storages"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert shown["default_storage"].endswith("FileSystemStorage")
    assert shown["storages"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert shown["docs_serve"] is None
    assert shown["headers"] == [31536000, True, True, "strict-origin-when-cross-origin", True, True]
    # Request ids first, JSON lines on stdout.
    assert shown["middleware"][0] == "network.logging_json.RequestIDMiddleware"
    assert shown["formatter"] == "network.logging_json.JSONFormatter"
    # No proxy header trusted unless asked for.
    assert shown["proxy"] is None


def test_media_on_s3_when_a_bucket_is_set():
    shown = production_settings(
        AWS_STORAGE_BUCKET_NAME="medias-catalyseurs",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        AWS_S3_REGION_NAME="fr-par",
        AWS_ACCESS_KEY_ID="cle",
        AWS_SECRET_ACCESS_KEY="secret",
    )
    media = shown["storages"]["default"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert shown["default_storage"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"]["bucket_name"] == "medias-catalyseurs"
    assert media["OPTIONS"]["endpoint_url"] == "https://s3.fr-par.scw.cloud"
    assert media["OPTIONS"]["querystring_auth"] is False
    assert shown["docs_serve"] == "serve_view"
    # Images come from the bucket: both policies allow it.
    for sources in (shown["img_src"], shown["admin_img_src"]):
        assert "https://s3.fr-par.scw.cloud" in sources
        assert "https://*.s3.fr-par.scw.cloud" in sources


def test_proxy_headers_are_opt_in():
    shown = production_settings(SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto")
    assert shown["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert shown["client_ip"] is None
    shown = production_settings(CLIENT_IP_HEADER="X-Real-IP")
    assert shown["client_ip"] == "HTTP_X_REAL_IP"


# --- Static files with hashed, compressed names ---------------------------------------------


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    result = production(
        "manage.py", "collectstatic", "--noinput", "-v0", env={"STATIC_ROOT": str(root)}
    )
    assert result.returncode == 0, result.stderr
    return root


def test_collectstatic_hashes_and_compresses_leaflet(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    css_name = manifest["vendor/leaflet/leaflet.css"]
    assert css_name != "vendor/leaflet/leaflet.css"
    css = (collected / css_name).read_text()
    # Leaflet's url() references point at the hashed images, which exist.
    layers = manifest["vendor/leaflet/images/layers.png"]
    assert f'url("images/{Path(layers).name}")' in css or f"url(images/{Path(layers).name})" in (
        css
    )
    assert (collected / layers).exists()
    assert (collected / f"{css_name}.gz").exists()
    assert (collected / manifest["network/js/points_map.js"]).exists()


@pytest.mark.django_db
def test_pages_render_with_the_production_storage(client, settings, collected, network_home):
    settings.STATIC_ROOT = collected
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    response = client.get("/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/static/{manifest['network/css/site.css']}" in html
    assert "/static/network/css/site.css" not in html


# --- Security headers -------------------------------------------------------------------------


@pytest.mark.django_db
def test_public_pages_get_the_strict_policy(client, network_home):
    response = client.get("/", HTTP_HOST="localhost")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "'unsafe-inline'" not in policy
    assert "object-src 'none'" in policy
    assert "base-uri 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_admin_gets_the_relaxed_policy(client, network_home):
    policy = client.get("/admin/login/", HTTP_HOST="localhost")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy


@pytest.mark.django_db
def test_only_the_embeddable_map_may_be_framed(client, settings, territory_a):
    host = {"HTTP_HOST": "alpha.localhost"}
    full = client.get("/carte/", **host)
    assert full.status_code == 200
    assert "frame-ancestors 'none'" in full["Content-Security-Policy"]
    embed = client.get("/carte/?embed=1", **host)
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "script-src 'self';" in embed["Content-Security-Policy"]

    settings.MAP_EMBED_FRAME_ANCESTORS = ["https://partenaire.example"]
    embed = client.get("/carte/?embed=1&page=1", **host)
    assert "frame-ancestors https://partenaire.example" in embed["Content-Security-Policy"]


def test_tile_host_is_allowed_in_img_src():
    from network.csp import public_policy

    policy = public_policy("https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert policy["img-src"] == ["'self'", "data:", "https://*.tile.example.org"]
    assert public_policy("")["img-src"] == ["'self'", "data:"]
    assert django_settings.SECURE_CSP["object-src"] == ["'none'"]


# --- Structured logs --------------------------------------------------------------------------


def test_json_formatter_writes_one_object_per_line():
    formatter = JSONFormatter()
    record = logging.makeLogRecord(
        {"name": "network.test", "levelname": "WARNING", "msg": "Import %s échoué", "args": (3,)}
    )
    record.territory = "alpha"
    try:
        raise ValueError("fichier illisible")
    except ValueError:
        record.exc_info = sys.exc_info()
    line = formatter.format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "network.test"
    assert entry["message"] == "Import 3 échoué"
    assert entry["territory"] == "alpha"
    assert "ValueError: fichier illisible" in entry["exception"]


@pytest.mark.django_db
def test_request_ids_reach_the_response_and_the_logs(client, settings, network_home, caplog):
    settings.MIDDLEWARE = ["network.logging_json.RequestIDMiddleware", *settings.MIDDLEWARE]
    formatter = JSONFormatter()

    supplied = client.get("/page-absente/", HTTP_HOST="localhost", HTTP_X_REQUEST_ID="abc-123-xyz")
    assert supplied.status_code == 404
    assert supplied["X-Request-ID"] == "abc-123-xyz"
    logged = [json.loads(formatter.format(r)) for r in caplog.records if r.name == "django.request"]
    assert logged and logged[-1]["request_id"] == "abc-123-xyz"
    assert logged[-1]["path"] == "/page-absente/" and logged[-1]["status_code"] == 404

    # A malformed id (here, one that would forge log lines) is replaced by a fresh one.
    forged = client.get("/", HTTP_HOST="localhost", HTTP_X_REQUEST_ID='x"\n{"level":"ERROR"}')
    assert len(forged["X-Request-ID"]) == 32 and forged["X-Request-ID"].isalnum()


REDIRECTS = """
import json, django
django.setup()
from django.test import Client
client = Client()
print(json.dumps([
    client.get(path, HTTP_HOST="catalyseurs.example").status_code for path in ("/", "/healthz")
]))
"""


def test_http_is_redirected_but_the_health_check():
    result = production("-c", REDIRECTS)
    home, health = json.loads(result.stdout.strip().splitlines()[-1])
    assert home == 301
    # Load balancers probe over plain HTTP: answered (200, or 503 if a service is down).
    assert health in (200, 503)


def test_frame_ancestors_follow_x_frame_options(rf, settings):
    """A page rebuilt from the page cache has lost the view's exemption mark but kept its
    headers: it stays framable if (and only if) it had no X-Frame-Options."""
    from django.http import HttpResponse

    from network.csp import ContentSecurityPolicyMiddleware

    settings.MAP_EMBED_FRAME_ANCESTORS = ["https://partenaire.example"]
    middleware = ContentSecurityPolicyMiddleware(lambda request: None)

    def policy(path, **headers):
        response = HttpResponse("<p>carte</p>", headers=headers)
        return middleware.process_response(rf.get(path), response)["Content-Security-Policy"]

    assert "frame-ancestors https://partenaire.example" in policy("/carte/")
    assert "frame-ancestors 'none'" in policy("/carte/", **{"X-Frame-Options": "DENY"})
    assert "frame-ancestors 'self'" in policy("/admin/pages/")
    assert "'unsafe-inline'" in policy("/admin/pages/")


def test_gunicorn_serves_with_json_logs(tmp_path):
    """The real gunicorn with config/gunicorn.conf.py: it starts, answers, logs JSON lines."""
    import socket
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "DJANGO_"))},
        **PRODUCTION_ENV,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                "config/gunicorn.conf.py",
                "config.wsgi",
            ],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    request = urllib.request.Request(
                        f"http://127.0.0.1:{port}/healthz", headers={"X-Request-ID": "sonde-0001"}
                    )
                    with urllib.request.urlopen(request, timeout=5) as response:
                        assert response.headers["X-Request-ID"] == "sonde-0001"
                        break
                except urllib.error.HTTPError as error:  # 503: a service is down, still served
                    assert error.headers["X-Request-ID"] == "sonde-0001"
                    break
                except OSError:
                    assert server.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, log.read_text()
                    time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=30)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert lines, log.read_text()
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    assert access and access[-1]["path"] == "/healthz"
    assert access[-1]["request_id"] == "sonde-0001"
    assert not [line for line in log.read_text().splitlines() if not line.startswith("{")]
