"""A network of hundreds of territories: what the pages read of them (issue 21).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_network_scale \
        .venv/bin/python bench/network_scale.py --territories 10 300 --actors 1000

Builds the network (``network_setup``), then territories ``bench-t-000``, ``bench-t-001``…
up to each size in turn, each provisioned as the admin does it (site, home, legal pages,
teams, collection), with 5 synthetic communes and ``--actors`` actors (``generate_actors``);
an editor of ``bench-t-000`` and a member of the network team. At each size, with Django's
test ``Client`` and no page cache, each request ``--repeat`` times: SQL statements, HTML
size, wall p50 / **p95** and CPU p95 (this process plus its PostgreSQL backend), in ms.

The query counts must be the same at every size (tests/territories/test_network_scale.py
pins them at 3 and 12 territories); the admin of a territory editor p95 ≤ 300 ms.
Results go to ``bench/results/network_scale.json``.
"""

import argparse
import json
import os
import platform
import time
from pathlib import Path

from common import (
    ROOT,
    Counter,
    Timer,
    django_environment,
    ensure_database,
    load_average,
    setup_django,
)

django_environment("postgres://postgres@127.0.0.1:5432/catalyseurs_bench_network_scale")
os.environ.setdefault("LOG_LEVEL", "WARNING")  # provisioning logs every page it publishes

NETWORK = "localhost"
FIRST = "bench-t-000.localhost"
PASSWORD = "bench-network-scale"


def ensure_network():
    from network.models import NetworkHomePage
    from territories.services import network_setup

    if not NetworkHomePage.objects.exists():
        network_setup(hostname=NETWORK, port=80, name="Réseau des catalyseurs (banc d’essai)")


def add_territories(upto: int, actors: int) -> float:
    """Territories bench-t-000… up to ``upto``; returns the seconds spent."""
    from django.core.management import call_command

    from demo.synthetic_communes import create_synthetic_communes
    from territories.models import Territory
    from territories.services import territory_create

    started = time.perf_counter()
    regions = ["Île-de-France", "Occitanie", "Bretagne", "Grand Est", "Normandie", ""]
    for n in range(Territory.objects.filter(slug__startswith="bench-t-").count(), upto):
        slug = f"bench-t-{n:03d}"
        territory = territory_create(
            name=f"Territoire d’essai {n}",
            slug=slug,
            hostname=f"{slug}.localhost",
            region=regions[n % len(regions)],
            carrying_structure=f"Structure porteuse {n}",
        )
        create_synthetic_communes(territory, 5, seed=n)
        territory.refresh_position()
        call_command("generate_actors", slug, actors, seed=n, verbosity=0)
    # The planner's statistics, as autovacuum leaves them on a live site (right after a
    # bulk build they still describe a near-empty page tree: nested loops over 300 homes).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started


def accounts():
    """An editor of bench-t-000 and a member of the network team (created once)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from territories.models import Territory, TerritoryRole
    from territories.services import NETWORK_GROUP_NAME

    User = get_user_model()
    editor = User.objects.filter(username="bench-editeur").first()
    if editor is None:
        territory = Territory.objects.get(slug="bench-t-000")
        role = TerritoryRole.objects.get(territory=territory, role=TerritoryRole.Role.EDITORS)
        editor = User.objects.create_user("bench-editeur", password=PASSWORD)
        editor.groups.add(role.group)
    team = User.objects.filter(username="bench-reseau").first()
    if team is None:
        team = User.objects.create_user("bench-reseau", password=PASSWORD)
        team.groups.add(Group.objects.get(name=NETWORK_GROUP_NAME))
    return editor, team


def requests(home_id: int):
    """(label, account, host, path): the public pages, then the two teams' admin."""
    return [
        ("network home", None, NETWORK, "/"),
        ("network sitemap index", None, NETWORK, "/sitemap.xml"),
        ("territory home", None, FIRST, "/"),
        ("territory sitemap", None, FIRST, "/sitemap.xml"),
        ("territory map page", None, FIRST, "/carte/"),
        ("editor: dashboard", "editor", FIRST, "/admin/"),
        ("editor: explorer of the home", "editor", FIRST, f"/admin/pages/{home_id}/"),
        ("network team: dashboard", "team", NETWORK, "/admin/"),
        ("network team: explorer root", "team", NETWORK, "/admin/pages/"),
    ]


def measure(repeat: int) -> dict:
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from territories.models import Territory

    settings.ALLOWED_HOSTS = ["*"]
    editor, team = accounts()
    clients = {None: Client(), "editor": Client(), "team": Client()}
    clients["editor"].force_login(editor)
    clients["team"].force_login(team)
    home_id = Territory.objects.get(slug="bench-t-000").site.root_page_id
    found = {}
    for label, account, host, path in requests(home_id):
        client = clients[account]
        client.get(path, headers={"host": host})  # the per-process caches, warm
        queries: list[str] = []
        with connection.execute_wrapper(Counter(queries)):
            response = client.get(path, headers={"host": host})
        if response.status_code != 200:
            raise SystemExit(f"{label} ({path}): {response.status_code}")
        timer = Timer()
        for _ in range(repeat):
            timer(
                lambda client=client, path=path, host=host: client.get(path, headers={"host": host})
            )
        found[label] = {
            "kb": round(len(response.content) / 1000, 1),
            "queries": len(queries),
            **timer.figures(),
        }
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--territories", type=int, nargs="+", default=[10, 300])
    parser.add_argument("--actors", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "network_scale.json"))
    args = parser.parse_args()
    os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    ensure_network()
    results = {
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "actors_per_territory": args.actors,
        "runs": [],
    }
    for size in sorted(args.territories):
        seconds = add_territories(size, args.actors)
        figures = {
            "territories": size,
            "built_s": round(seconds, 1),
            "requests": measure(args.repeat),
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
