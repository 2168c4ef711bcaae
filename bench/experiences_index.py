"""Benchmark of the network's experience index on PostgreSQL (figures go to docs/benchmarks.md).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/catalyseurs_bench_exp \\
        .venv/bin/python bench/experiences_index.py --size 10000

Creates and migrates the database if needed, creates the ten demo territories (through
``territory_create``: sites, experience indexes, workflows), a few hundred published actors,
then tops the network up to ``--size`` published experiences spread over the territories,
with themes, methods, a maturity, two to four involved actors and a searchable text. Rows are
written in bulk (pages, experience rows, links; Wagtail's page tree kept valid), since going
through Wagtail's publishing 10,000 times would take an hour and measure nothing more.

Each scenario is requested ``--repeat`` times with Django's test ``Client`` in this process
(the whole Django request: middleware, site and page resolution, five facet aggregates,
count, page of results, template), after a warm-up; p50 and p95 in milliseconds, and the
number of SQL queries.
"""

import argparse
import json
import os
import platform
import random
import re
import statistics
import sys
import time
from pathlib import Path

from common import ensure_database, percentile  # noqa: E402 (bench/ is on sys.path when run)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/catalyseurs_bench_exp")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # measure the search, not the page cache

WORDS = [
    "jardins",
    "partagés",
    "emploi",
    "des",
    "jeunes",
    "stages",
    "alternance",
    "insertion",
    "laine",
    "filière",
    "locale",
    "concertation",
    "habitants",
    "bien-vivre",
    "coopération",
    "entreprises",
    "associations",
    "collectivité",
    "tiers-lieu",
    "numérique",
    "mobilité",
    "alimentation",
    "santé",
    "solidarité",
    "économie",
    "sociale",
    "recyclerie",
    "réemploi",
    "formation",
    "apprentissage",
    "mentorat",
    "quartier",
    "ruralité",
    "industrie",
    "tourisme",
    "culture",
]


def setup_django():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def ensure_network():
    from demo import data
    from experiences.services import network_experiences_provision
    from territories.models import Territory
    from territories.services import network_setup, territory_create

    network_setup(hostname="localhost", port=80, name="Réseau (banc)")
    network_experiences_provision()
    for spec in data.TERRITORIES:
        if not Territory.objects.filter(slug=spec["slug"]).exists():
            territory_create(
                name=spec["name"], slug=spec["slug"], hostname=f"{spec['slug']}.localhost"
            )
    return list(Territory.objects.order_by("pk"))


def ensure_actors(territories, per_territory=30):
    from actors.models import Actor, ActorKind

    kinds = list(ActorKind.objects.order_by("pk"))
    rng = random.Random(7)
    new = []
    for territory in territories:
        have = Actor.objects.filter(territory=territory).count()
        for n in range(have, per_territory):
            new.append(
                Actor(
                    territory=territory,
                    name=f"Acteur {territory.slug} {n}",
                    slug=f"acteur-{n}",
                    kind=rng.choice(kinds),
                    live=True,
                    source="bench",
                    external_id=str(n),
                )
            )
    Actor.objects.bulk_create(new, batch_size=1000)
    return list(Actor.objects.filter(live=True).values_list("pk", "territory_id", "kind_id"))


def _child_path(parent, position: int) -> str:
    from wagtail.models import Page

    return Page._get_path(parent.path, parent.depth + 1, position + 1)


def fill(size: int, territories, actors, batch=2000) -> float:
    """Top the network up to ``size`` live experiences, in bulk; returns seconds."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone

    from wagtail.models import Locale, Page

    from experiences.models import ExperienceActor, ExperienceActorKind, ExperiencePage, Method
    from experiences.services import experience_index
    from network.models import Theme
    from network.text import fold
    from territories.models import Maturity

    have = ExperiencePage.objects.count()
    if have >= size:
        return 0.0
    started = time.monotonic()
    rng = random.Random(size)
    content_type = ContentType.objects.get_for_model(ExperiencePage)
    locale = Locale.get_default()
    themes = list(Theme.objects.values_list("pk", flat=True))
    methods = list(Method.objects.values_list("pk", flat=True))
    maturities = [value for value, _label in Maturity.choices]
    by_territory = {}
    kind_of = {}
    for pk, territory_id, kind_id in actors:
        by_territory.setdefault(territory_id, []).append(pk)
        kind_of[pk] = kind_id
    indexes = {t.pk: experience_index(t) for t in territories}
    now = timezone.now()
    todo = size - have
    made = 0
    while made < todo:
        count = min(batch, todo - made)
        with transaction.atomic():
            pages, rows, plan = [], [], []
            for territory in territories:
                index = Page.objects.get(pk=indexes[territory.pk].pk)
                plan.append((territory, index, index.numchild))
            for n in range(count):
                territory, index, _numchild = plan[n % len(plan)]
                position = plan[n % len(plan)][2] + n // len(plan)
                words = rng.sample(WORDS, 12)
                title = f"Expérience {have + made + n}: {' '.join(words[:4])}"
                slug = f"experience-{have + made + n}"
                published = now - timezone.timedelta(minutes=rng.randrange(0, 3_000_000))
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        locale=locale,
                        path=_child_path(index, position),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                    )
                )
                rows.append(
                    (
                        territory.pk,
                        published,
                        rng.choice(maturities),
                        " ".join(words[4:10]),
                        fold(f"{title} {' '.join(words)} {territory.name}"),
                    )
                )
            created = Page.objects.bulk_create(pages, batch_size=1000)
            for territory, index, numchild in plan:
                added = sum(1 for n in range(count) if plan[n % len(plan)][0] is territory)
                Page.objects.filter(pk=index.pk).update(numchild=numchild + added)
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO experiences_experiencepage (page_ptr_id, territory_id, "
                    "published_at, maturity, summary, search_text, is_live, on_network, "
                    "context, commune_codes, challenge, needs, methods_details, steps, "
                    "resources, figures, results, lessons, difficulties, success_factors, "
                    "transferability, images, documents) VALUES (%s, %s, %s, %s, %s, %s, "
                    "true, true, '', '', '', '', '', '[]', '', '[]', '', '', '', '', '', "
                    "'[]', '[]')",
                    [(page.pk, *row) for page, row in zip(created, rows, strict=True)],
                )
            theme_links, method_links, actor_links, kind_links = [], [], [], []
            for page, (territory_id, *_rest) in zip(created, rows, strict=True):
                for theme in rng.sample(themes, rng.randint(1, 3)):
                    theme_links.append(
                        ExperiencePage.themes.through(experiencepage_id=page.pk, theme_id=theme)
                    )
                for method in rng.sample(methods, rng.randint(1, 2)):
                    method_links.append(
                        ExperiencePage.methods.through(experiencepage_id=page.pk, method_id=method)
                    )
                local = by_territory[territory_id]
                chosen = rng.sample(local, rng.randint(1, 3))
                chosen.append(rng.choice(actors)[0])  # often one from another territory
                for order, actor in enumerate(dict.fromkeys(chosen)):
                    actor_links.append(
                        ExperienceActor(page_id=page.pk, actor_id=actor, role="", sort_order=order)
                    )
                for kind in {kind_of[actor] for actor in chosen}:
                    kind_links.append(ExperienceActorKind(page_id=page.pk, kind_id=kind))
            ExperiencePage.themes.through.objects.bulk_create(theme_links, batch_size=5000)
            ExperiencePage.methods.through.objects.bulk_create(method_links, batch_size=5000)
            ExperienceActor.objects.bulk_create(actor_links, batch_size=5000)
            ExperienceActorKind.objects.bulk_create(kind_links, batch_size=5000)
        made += count
        print(f"  {have + made} expériences")
    return time.monotonic() - started


def vacuum():
    """Autovacuum would get there on its own; the bench does not wait for it."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in (
            "wagtailcore_page",
            "territories_territory",
            "territories_actor",
            "experiences_experiencepage",
            "experiences_experiencepage_themes",
            "experiences_experiencepage_methods",
            "experiences_experienceactor",
            "experiences_experienceactorkind",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")


def cpu_ns(backend: int) -> int:
    """CPU time so far of this process (Django) plus its PostgreSQL backend: on a shared
    machine, what a request would cost on an idle one (wall-clock includes waiting for a core)."""
    try:
        pg = int(Path(f"/proc/{backend}/schedstat").read_text().split()[0])
    except OSError:
        pg = 0
    return time.process_time_ns() + pg


def measure(client, url, host, repeat, backend=0):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def get():
        response = client.get(url, HTTP_HOST=host)
        if response.status_code != 200:
            raise SystemExit(f"{host}{url} → {response.status_code}")
        return response

    for _ in range(5):
        get()
    timings, cpu = [], []
    for _ in range(repeat):
        cpu_started = cpu_ns(backend)
        started = time.perf_counter()
        response = get()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((cpu_ns(backend) - cpu_started) / 1e6)
    with CaptureQueriesContext(connection) as queries:
        response = get()
    # The heading of the results (``response.context`` is only recorded under the test runner).
    heading = re.search(r'id="resultats-titre"[^>]*>([\d\u202f\xa0 ]+) exp', response.text)
    return {
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "cpu_p50_ms": round(statistics.median(cpu), 1),
        "cpu_p95_ms": round(percentile(cpu, 0.95), 1),
        "queries": len(queries.captured_queries),
        "sql_ms": round(sum(float(q["time"]) for q in queries.captured_queries) * 1000, 1),
        "results": int(re.sub(r"\D", "", heading.group(1))) if heading else None,
    }


def scenarios(territories):
    from experiences.models import Method
    from network.models import Theme

    theme = Theme.objects.order_by("pk").first().slug
    other_theme = Theme.objects.order_by("-pk").first().slug
    method = Method.objects.order_by("pk").first().slug
    first, second = territories[0].slug, territories[1].slug
    return [
        ("réseau, sans filtre", "/experiences/", "localhost"),
        ("réseau, 1 thème", f"/experiences/?theme={theme}", "localhost"),
        (
            "réseau, thème + maturité + type d’acteur",
            f"/experiences/?theme={theme}&maturite=emergence&acteur=association",
            "localhost",
        ),
        (
            "réseau, 2 territoires + 2 thèmes + méthode, page 3",
            f"/experiences/?territoire={first}&territoire={second}&theme={theme}"
            f"&theme={other_theme}&methode={method}&page=3",
            "localhost",
        ),
        ("réseau, recherche « jardins »", "/experiences/?q=jardins", "localhost"),
        (
            "réseau, recherche + territoire + thème, tri ancien",
            f"/experiences/?q=emploi+jeunes&territoire={first}&theme={theme}&tri=ancien",
            "localhost",
        ),
        ("territoire, 1 thème", f"/experiences/?theme={theme}", f"{first}.localhost"),
        ("flux RSS du réseau", "/experiences/flux-rss/", "localhost"),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument(
        "--output", default=str(ROOT / "bench" / "results" / "experiences_index.json")
    )
    parser.add_argument(
        "--priority",
        type=int,
        default=None,
        help="nice value for this process and its PostgreSQL backend (e.g. -15, needs root): "
        "on a machine shared with other work, measures closer to an idle one",
    )
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from experiences.models import ExperiencePage

    territories = ensure_network()
    actors = ensure_actors(territories)
    generation = fill(args.size, territories, actors)
    vacuum()
    client = Client()
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        pg_version = cursor.fetchone()[0].split(",")[0]
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    if args.priority is not None:
        for pid in (os.getpid(), backend):
            os.setpriority(os.PRIO_PROCESS, pid, args.priority)
    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "postgresql": pg_version,
            "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        },
        "experiences": ExperiencePage.objects.live().count(),
        "generation_s": round(generation, 1),
        "repeat": args.repeat,
        "load_average": [round(value, 2) for value in os.getloadavg()],
        "priority": args.priority,
        "scenarios": {},
    }
    print(f"\n== {results['experiences']} expériences publiées, {len(territories)} territoires")
    for name, url, host in scenarios(territories):
        figures = measure(client, url, host, args.repeat, backend)
        results["scenarios"][name] = figures
        print(f"{name:55} {json.dumps(figures, ensure_ascii=False)}")
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    results["load_average_after"] = [round(value, 2) for value in os.getloadavg()]
    output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"\nrésultats : {output} (charge après : {results['load_average_after']})")


if __name__ == "__main__":
    main()
