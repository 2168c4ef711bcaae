"""Benchmark of the per-commune report, the partnership view and the needs board on
PostgreSQL (figures go to the « Commune report » and « Needs board » sections of
docs/benchmarks.md).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench_h4 \\
        .venv/bin/python bench/commune_report.py --actors 50000 --projects 2000

Creates and migrates the database if needed, creates Vitawin (through ``territory_create``)
with its 13 demo communes, generates ``--actors`` published actors spread over them
(``generate_actors``), then tops up to ``--projects`` live projects (1 or 2 communes, 1 to 3
themes, 2 to 6 partners mostly from their commune), 1 or 2 open needs per project and one
live experience per 10 projects (with communes and 2 to 4 actors). Pages are written in bulk
(Wagtail's tree kept valid): publishing 2,000 pages through Wagtail would measure nothing
more. Re-running reuses what is there.

Each scenario is requested ``--repeat`` times with Django's test ``Client`` in this process
(the whole request: middleware, site resolution, queries, template), after a warm-up; p50 and
p95 in milliseconds and the number of SQL queries. The page cache is off.
"""

import argparse
import json
import os
import platform
import random
import sys
import time
from pathlib import Path

from common import ensure_database  # noqa: E402 (bench/ is on sys.path when run)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/catalyseurs_bench_h4")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # measure the view, not the anonymous page cache
# One connection (one backend) for the whole run: its CPU time is read from /proc.
os.environ.setdefault("DATABASE_CONN_MAX_AGE", str(24 * 3600))

THEMES = ["Emploi", "Éducation", "Environnement", "Solidarité", "Mobilité", "Culture"]


def setup_django():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def ensure_territory():
    from django.utils.text import slugify

    from demo import data
    from network.models import Theme
    from territories.models import Commune, Territory
    from territories.services import network_setup, territory_create

    network_setup(hostname="localhost", port=80, name="Réseau (banc)")
    spec = next(t for t in data.TERRITORIES if t["slug"] == "vitawin")
    territory = Territory.objects.filter(slug="vitawin").first()
    if territory is None:
        territory = territory_create(
            name=spec["name"], slug="vitawin", hostname="vitawin.localhost"
        )
    for n, commune in enumerate(spec["communes"]):
        Commune.objects.get_or_create(
            territory=territory,
            insee_code=commune["insee"],
            defaults={
                "name": commune["name"],
                "postcodes": ", ".join(commune.get("postcodes", [])),
                "latitude": commune.get("lat"),
                "longitude": commune.get("lng"),
                "population": commune.get("population"),
                "sort_order": n,
            },
        )
    for name in THEMES:
        Theme.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return territory


def ensure_actors(territory, size: int) -> float:
    from django.core.management import call_command

    from actors.models import Actor

    have = Actor.objects.filter(territory=territory).count()
    if have >= size:
        return 0.0
    started = time.monotonic()
    call_command("generate_actors", "vitawin", size - have, seed=size, verbosity=0)
    return time.monotonic() - started


def _insert_child_rows(model, parents, instances):
    """Rows of a Page subclass's own table for pages already in wagtailcore_page."""
    from django.db import connection

    fields = [f for f in model._meta.local_concrete_fields if not f.primary_key]
    columns = [model._meta.pk.column] + [f.column for f in fields]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        connection.ops.quote_name(model._meta.db_table),
        ", ".join(connection.ops.quote_name(c) for c in columns),
        ", ".join(["%s"] * len(columns)),
    )
    rows = [
        [page.pk] + [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields]
        for page, obj in zip(parents, instances, strict=True)
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _bulk_pages(index, model, specs, now):
    """Create live child pages of ``index`` in bulk; ``specs``: (title, slug, instance)."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Locale, Page

    parent = Page.objects.get(pk=index.pk)
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    pages = []
    for n, (title, slug, _instance) in enumerate(specs):
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale=locale,
                path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + n + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
            )
        )
    created = Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(created))
    _insert_child_rows(model, created, [instance for _t, _s, instance in specs])
    return created


def ensure_projects(territory, size: int) -> float:
    from django.db import transaction
    from django.utils import timezone

    from actors.models import Actor, NeedKind
    from experiences.models import ExperienceActor, ExperiencePage
    from experiences.services import experience_index
    from network.models import Theme
    from projects.models import Need, ProjectPage, ProjectPartner, ProjectStatus
    from projects.services import ensure_index

    have = ProjectPage.objects.filter(territory=territory).count()
    if have >= size:
        return 0.0
    started = time.monotonic()
    rng = random.Random(size)
    now = timezone.now()
    communes = list(territory.communes.all())
    themes = list(Theme.objects.values_list("pk", flat=True))
    by_commune = {}
    for pk, insee in Actor.objects.filter(territory=territory, live=True).values_list(
        "pk", "commune_insee"
    ):
        by_commune.setdefault(insee, []).append(pk)
    everyone = [pk for pks in by_commune.values() for pk in pks]
    statuses = [value for value, _label in ProjectStatus.choices]
    kinds = list(NeedKind.objects.all())

    def partners_for(places, low, high):
        local = [pk for c in places for pk in by_commune.get(c.insee_code, [])] or everyone
        chosen = rng.sample(local, min(len(local), rng.randint(low, high - 1)))
        chosen.append(rng.choice(everyone))  # often one from elsewhere in the territory
        return list(dict.fromkeys(chosen))

    with transaction.atomic():
        index = ensure_index(territory)
        specs, places = [], []
        for n in range(have, size):
            title = f"Projet {n} : {rng.choice(THEMES).lower()} et coopération"
            where = rng.sample(communes, rng.choice([1, 1, 2]))
            specs.append(
                (
                    title,
                    f"projet-{n}",
                    ProjectPage(
                        summary=f"Un projet de banc de mesure numéro {n}.",
                        status=rng.choice(statuses),
                        lead_name="Porteur",
                        lead_email="porteur@banc.example",
                        territory=territory,
                    ),
                )
            )
            places.append(where)
        pages = _bulk_pages(index, ProjectPage, specs, now)
        commune_links, theme_links, partner_links, needs, need_places = [], [], [], [], []
        for page, where in zip(pages, places, strict=True):
            for commune in where:
                commune_links.append(
                    ProjectPage.communes.through(projectpage_id=page.pk, commune_id=commune.pk)
                )
            for theme in rng.sample(themes, rng.randint(1, 3)):
                theme_links.append(
                    ProjectPage.themes.through(projectpage_id=page.pk, theme_id=theme)
                )
            for order, actor in enumerate(partners_for(where, 2, 6)):
                partner_links.append(
                    ProjectPartner(page_id=page.pk, actor_id=actor, role="", sort_order=order)
                )
            for k in range(rng.randint(1, 2)):
                needs.append(
                    Need(
                        territory=territory,
                        project_id=page.pk,
                        kind=rng.choice(kinds),
                        title=f"Besoin {k} du projet {page.pk}",
                        quantity=rng.randint(1, 5),
                    )
                )
                need_places.append(where)
        ProjectPage.communes.through.objects.bulk_create(commune_links, batch_size=5000)
        ProjectPage.themes.through.objects.bulk_create(theme_links, batch_size=5000)
        ProjectPartner.objects.bulk_create(partner_links, batch_size=5000)
        created = Need.objects.bulk_create(needs, batch_size=5000)
        Need.communes.through.objects.bulk_create(
            [
                Need.communes.through(need_id=need.pk, commune_id=commune.pk)
                for need, where in zip(created, need_places, strict=True)
                for commune in where
            ],
            batch_size=5000,
        )

        # One experience per ten projects, with communes and involved actors.
        exp_index = experience_index(territory)
        have_exp = ExperiencePage.objects.filter(territory=territory).count()
        specs, places = [], []
        for n in range(have_exp, size // 10):
            where = rng.sample(communes, rng.choice([1, 2]))
            specs.append(
                (
                    f"Expérience {n}",
                    f"experience-{n}",
                    ExperiencePage(
                        summary=f"Une expérience de banc de mesure numéro {n}.",
                        commune_codes=",".join(sorted(c.insee_code for c in where)),
                        territory=territory,
                        is_live=True,
                        on_network=True,
                        published_at=now,
                    ),
                )
            )
            places.append(where)
        pages = _bulk_pages(exp_index, ExperiencePage, specs, now)
        ExperienceActor.objects.bulk_create(
            [
                ExperienceActor(page_id=page.pk, actor_id=actor, role="", sort_order=order)
                for page, where in zip(pages, places, strict=True)
                for order, actor in enumerate(partners_for(where, 2, 4))
            ],
            batch_size=5000,
        )
    return time.monotonic() - started


def vacuum():
    from django.db import connection

    with connection.cursor() as cursor:
        for table in (
            "wagtailcore_page",
            "territories_actor",
            "territories_commune",
            "projects_projectpage",
            "projects_projectpage_communes",
            "projects_projectpartner",
            "projects_need",
            "projects_need_communes",
            "experiences_experiencepage",
            "experiences_experienceactor",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")


def measure(client, url, host, repeat, cached=False):
    """``repeat`` requests after 3 warm-up ones. ``cached``: the report's own cache on
    (``PAGE_CACHE_SECONDS``) but not the whole-page cache (the URL excluded from it, as a
    signed-in team member's requests are)."""
    from common import Timer

    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 600 if cached else 0
    excluded = list(settings.PAGE_CACHE_EXCLUDE)
    settings.PAGE_CACHE_EXCLUDE = [*excluded, url]

    def get():
        response = client.get(url, HTTP_HOST=host)
        if response.status_code != 200:
            raise SystemExit(f"{host}{url} → {response.status_code}")
        return response

    try:
        for _ in range(3):
            get()
        timer = Timer()
        for _ in range(repeat):
            timer(get)
        with CaptureQueriesContext(connection) as queries:
            response = get()
    finally:
        settings.PAGE_CACHE_SECONDS = 0
        settings.PAGE_CACHE_EXCLUDE = excluded
    return {
        # Wall-clock, and the CPU time of this process (Django) plus its PostgreSQL backend:
        # on a shared, loaded machine the wall-clock figures mostly measure the wait for a
        # core, the CPU ones what the request costs.
        **timer.figures(),
        "queries": len(queries.captured_queries),
        "sql_ms": round(sum(float(q["time"]) for q in queries.captured_queries) * 1000, 1),
        "bytes": len(response.content),
        "cached": cached,
    }


def scenarios(territory):
    from django.db.models import Count

    from actors.models import Actor

    counts = list(
        Actor.objects.filter(territory=territory, live=True)
        .values("commune_insee")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    big, small = counts[0], counts[-1]
    host = "vitawin.localhost"
    return [
        (f"bilan de la plus grande commune ({big['n']} acteurs)", f"/communes/{big['commune_insee']}/", host, False),
        (f"bilan de la plus petite commune ({small['n']} acteurs)", f"/communes/{small['commune_insee']}/", host, False),
        ("bilan de la plus grande commune, cache du bilan", f"/communes/{big['commune_insee']}/", host, True),
        ("liste des communes et leurs chiffres", "/communes/", host, False),
        ("graphe (JSON) des partenariats d’une commune", f"/partenariats/graphe.json?commune={big['commune_insee']}", host, False),
        ("page des partenariats d’une commune", f"/partenariats/?commune={big['commune_insee']}", host, False),
        ("graphe (JSON) de tout le territoire", "/partenariats/graphe.json", host, False),
        ("page des partenariats de tout le territoire", "/partenariats/", host, False),
        ("tableau des besoins du territoire", "/besoins/", host, False),
        ("tableau des besoins, type et thème", "/besoins/?type=benevoles&theme=emploi", host, False),
        ("tableau des besoins, une commune, page 2", f"/besoins/?commune={big['commune_insee']}&page=2", host, False),
        ("tableau des besoins du réseau", "/besoins/", "localhost", False),
    ]  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actors", type=int, default=50000)
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "commune_report.json"))
    parser.add_argument("--only", default="", help="scenarios whose label contains this text")
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    territory = ensure_territory()
    actor_seconds = ensure_actors(territory, args.actors)
    project_seconds = ensure_projects(territory, args.projects)
    vacuum()
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        pg_version = cursor.fetchone()[0].split(",")[0]
    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "postgresql": pg_version,
            "load_average": os.getloadavg(),
        },
        "data": {"actors": args.actors, "projects": args.projects},
        "generation_seconds": {
            "actors": round(actor_seconds, 1),
            "projects": round(project_seconds, 1),
        },
        "repeat": args.repeat,
        "scenarios": {},
    }
    for label, url, host, cached in scenarios(territory):
        if args.only and args.only not in label:
            continue
        load_before = os.getloadavg()
        figures = measure(client, url, host, args.repeat, cached=cached)
        figures["load_average"] = [round(x, 2) for x in load_before]
        results["scenarios"][label] = {"url": url, **figures}
        print(f"{label:60} p50 {figures['p50_ms']:7.1f} ms  p95 {figures['p95_ms']:7.1f} ms  "
              f"CPU p50 {figures['cpu_p50_ms']:6.1f} p95 {figures['cpu_p95_ms']:6.1f} ms  "
              f"SQL {figures['sql_ms']} ms  {figures['queries']} requêtes  "
              f"charge {figures['load_average'][0]}", flush=True)  # fmt: skip
    results["machine"]["load_average_after"] = os.getloadavg()
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print(f"résultats : {args.output}")


if __name__ == "__main__":
    main()
