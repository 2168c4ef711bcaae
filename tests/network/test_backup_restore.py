"""Backups can be restored: bin/backup dumps the database and the media, bin/restore loads
them into a fresh database, and a process pointed at it serves the same pages.

PostgreSQL only: the procedure is pg_dump / pg_restore (docs/deployment.md).
"""

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from django.db import connection

from actors.models import ActorKind
from tests.actors.factories import ActorFactory

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="sauvegarde et restauration par pg_dump / pg_restore : PostgreSQL seulement",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Renders pages from the restored database, in a process of its own (a second app server).
RENDER = """
import json, sys, django
django.setup()
from django.test import Client
client = Client()
pages = {}
for host, path in json.loads(sys.argv[1]):
    response = client.get(path, HTTP_HOST=host)
    pages[f"{host}{path}"] = [response.status_code, response.content.decode()]
print(json.dumps(pages))
"""
# A CSRF token differs on every render; nothing else may.
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def database_url(name: str) -> str:
    params = connection.settings_dict
    user = params.get("USER") or "postgres"
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{name}"


def run(command, env_extra, **kwargs):
    env = {**os.environ, **env_extra}
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, **kwargs
    )


def render(url: str, pages) -> dict:
    env = {
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        # Its own cache: nothing rendered by this test process may be served back.
        "REDIS_URL": "",
        "PYTEST_XDIST_WORKER": "restore",
    }
    result = run([sys.executable, "-c", RENDER, json.dumps(pages)], env)
    assert result.returncode == 0, result.stderr
    rendered = json.loads(result.stdout.strip().splitlines()[-1])
    return {key: [status, CSRF.sub("", html)] for key, (status, html) in rendered.items()}


@pytest.fixture
def fresh_database():
    name = f"catalyseurs_restore_{uuid.uuid4().hex[:12]}"
    url = database_url("postgres")
    result = run(
        ["psql", url.replace("postgres://", "postgresql://", 1), "-c", f'CREATE DATABASE "{name}"'],
        {},
    )
    assert result.returncode == 0, result.stderr
    yield name
    run(
        [
            "psql",
            url.replace("postgres://", "postgresql://", 1),
            "-c",
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
        ],
        {},
    )


def test_a_restored_backup_serves_the_same_pages(territory_a, tmp_path, fresh_database):
    kind = ActorKind.objects.order_by("pk").first()
    actor = ActorFactory(
        no_revision=True,
        territory=territory_a,
        name="Café des Possibles",
        kind=kind,
        description="Un tiers-lieu d’insertion.",
        city="Montreuil",
        postcode="93100",
        latitude=48.86,
        longitude=2.44,
        live=True,
    )
    media_root = tmp_path / "media"
    (media_root / "original_images").mkdir(parents=True)
    (media_root / "original_images" / "logo.png").write_bytes(b"\x89PNG fake")
    pages = [["alpha.localhost", "/"], ["alpha.localhost", actor.get_url_path()]]
    source_url = database_url(connection.settings_dict["NAME"])
    before = render(source_url, pages)
    assert all(status == 200 for status, _ in before.values()), before
    assert "Café des Possibles" in before[f"alpha.localhost{actor.get_url_path()}"][1]

    backups = tmp_path / "sauvegardes"
    result = run(
        ["bin/backup", str(backups)], {"DATABASE_URL": source_url, "MEDIA_ROOT": str(media_root)}
    )
    assert result.returncode == 0, result.stderr
    dump = next(backups.glob("db-*.dump"))
    media = next(backups.glob("media-*.tar.gz"))
    assert not list(backups.glob("*.part"))

    restored_url = database_url(fresh_database)
    restored_media = tmp_path / "media-restaurees"
    result = run(
        ["bin/restore", str(dump), str(media)],
        {"DATABASE_URL": restored_url, "MEDIA_ROOT": str(restored_media)},
    )
    assert result.returncode == 0, result.stderr
    assert (restored_media / "original_images" / "logo.png").read_bytes() == b"\x89PNG fake"

    # Same pages, byte for byte (but the CSRF token), from the restored database alone.
    actor.delete()
    after = render(restored_url, pages)
    assert after == before

    # Restoring over a database that holds data is refused unless asked for.
    result = run(["bin/restore", str(dump)], {"DATABASE_URL": restored_url})
    assert result.returncode == 3
    assert "n’est pas vide" in result.stderr
