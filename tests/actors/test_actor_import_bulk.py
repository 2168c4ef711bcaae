"""The bulk paths of the actor import (COPY and set-based SQL on PostgreSQL, bulk_create
elsewhere): the same actors, links, counts and slugs as saving each actor would give."""

import math
import random

import pytest

from django.db import connection

from actors import actor_map_cells
from actors.actor_import import actors_import
from actors.actor_import_rows import AREA_MARGIN_KM, _Area, _haversine_km
from actors.models import Actor, ActorMapCell, Offer
from tests.actors.factories import ActorFactory

from .test_actor_import import HEADER, ROW_1, ROW_2, write


def links(actor):
    return (
        sorted(actor.themes.values_list("slug", flat=True)),
        sorted(actor.offers.values_list("slug", flat=True)),
    )


@pytest.mark.django_db
def test_created_actors_have_what_save_would_give_them(tmp_path, territory):
    ActorFactory(territory=territory, name="Boulangerie Dupré", kind="entreprise", no_revision=True)
    text = "\n".join((HEADER, ROW_1, ROW_2, ROW_2.replace("a2;", "a3;")))
    report = actors_import(territory, write(tmp_path, "a.csv", text), source="tableur")
    assert (report.created, report.updated, report.unchanged) == (3, 0, 0)
    imported = list(Actor.objects.filter(source="tableur").order_by("pk"))
    # Ids follow the file's lines; slugs are unique in the territory, as save() makes them.
    assert [actor.external_id for actor in imported] == ["a1", "a2", "a3"]
    assert [actor.slug for actor in imported] == [
        "college-emile-zola",
        "boulangerie-dupre-2",
        "boulangerie-dupre-3",
    ]
    zola = imported[0]
    assert zola.search_text == zola.build_search_text()
    assert zola.location == "SRID=4326;POINT(2.412 48.8215)"
    assert zola.live and not zola.has_unpublished_changes
    assert zola.first_published_at == zola.last_published_at is not None
    assert zola.geocoding_status == "" and zola.geocoding_attempts == 0
    assert zola.private_notes == "" and zola.logo_id is None and not zola.locked
    assert links(zola) == (["rse-et-partenariats"], ["interventions-en-classe", "visites"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "updated", "expected_offers"),
    [
        (("RSE et partenariats", "RSE et partenariats"), False, None),
        (("interventions-en-classe|Visites", "accueil-stagiaires"), True, ["accueil-stagiaires"]),
        (("interventions-en-classe|Visites", "Visites|interventions-en-classe"), False, None),
        (("interventions-en-classe|Visites", "visites|Visites"), True, ["visites"]),
        (("interventions-en-classe|Visites", ""), True, []),
        (("Collège;", "Lycée;"), True, None),
        (("48.8215", "48.8216"), True, None),
    ],
    ids=["same", "offers", "same-offers-other-order", "repeated", "no-offers", "kind", "lat"],
)
def test_reimport_tells_changed_rows_from_unchanged_ones(
    tmp_path, territory, change, updated, expected_offers
):
    actors_import(territory, write(tmp_path, "a.csv", "\n".join((HEADER, ROW_1, ROW_2))))
    zola = Actor.objects.get(external_id="a1")
    before = (zola.updated_at, zola.slug, zola.created_at)
    changed = ROW_1.replace(*change)
    report = actors_import(territory, write(tmp_path, "b.csv", "\n".join((HEADER, changed, ROW_2))))
    assert (report.created, report.updated, report.unchanged) == (0, int(updated), 2 - updated)
    zola.refresh_from_db()
    assert Actor.objects.count() == 2
    assert (zola.slug, zola.created_at) == before[1:]  # an update keeps them
    assert (zola.updated_at > before[0]) == updated
    if expected_offers is not None:
        assert links(zola)[1] == expected_offers
    assert zola.kind.slug == ("lycee" if "Lycée;" in changed else "college")
    assert zola.latitude == (48.8216 if "48.8216" in changed else 48.8215)
    # Boulangerie Dupré's links were left alone.
    assert links(Actor.objects.get(external_id="a2")) == ([], ["accueil-stagiaires"])


@pytest.mark.django_db
def test_many_batches_with_progress_and_a_mixed_reimport(tmp_path, territory):
    """More rows than a batch (1,000): spooled, written, counted; a re-import mixing new,
    changed and unchanged rows."""
    offers = list(Offer.objects.values_list("slug", flat=True))

    def rows(count, offset=0, tweak=None):
        lines = [HEADER]
        for index in range(count):
            number = index + offset
            name = f"Acteur {number}" + (" bis" if tweak and index % tweak == 0 else "")
            lines.append(
                f"x{number};{name};association;;;94220;Charenton-le-Pont;94018;"
                f"48.82{number % 10};2.41{number % 7};;;;;{offers[number % len(offers)]}"
            )
        return "\n".join(lines)

    calls = []
    report = actors_import(
        territory,
        write(tmp_path, "a.csv", rows(2500)),
        progress=lambda done, total: calls.append((done, total)),
    )
    assert (report.rows, report.created) == (2500, 2500) and report.errors == []
    # Checking (rows read, end unknown), then writing (rows written of the file's).
    checked = [(done, 0) for done in range(100, 2501, 100)]  # every 100 rows read
    assert calls == [*checked, (1000, 2500), (2000, 2500), (2500, 2500)]
    assert Actor.objects.count() == 2500
    assert Actor.offers.through.objects.count() == 2500
    if connection.vendor == "postgresql":
        # Statistics refreshed for the planner (the tables were empty: -1 or 0 without it).
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples FROM pg_class WHERE relname IN (%s, %s) ORDER BY relname",
                [Actor._meta.db_table, Actor.offers.through._meta.db_table],
            )
            assert [row[0] for row in cursor.fetchall()] == [2500, 2500]

    # Rows 1500–2999: 1,000 already there (every 10th renamed), 500 new.
    report = actors_import(territory, write(tmp_path, "b.csv", rows(1500, 1500, tweak=10)))
    assert (report.created, report.updated, report.unchanged) == (500, 100, 900)
    assert Actor.objects.count() == 3000
    assert Actor.objects.get(external_id="x1500").name == "Acteur 1500 bis"
    assert Actor.offers.through.objects.count() == 3000


@pytest.mark.django_db
def test_skip_invalid_writes_only_the_valid_rows_after_the_errors(tmp_path, territory):
    bad = ROW_1.replace("a1;", "b1;").replace("contact@zola.example", "pas-un-courriel")
    text = "\n".join((HEADER, bad, ROW_1, ROW_2))
    report = actors_import(territory, write(tmp_path, "a.csv", text), skip_invalid=True)
    assert (report.created, report.skipped) == (2, 1) and report.written
    assert sorted(Actor.objects.values_list("external_id", flat=True)) == ["a1", "a2"]


@pytest.mark.django_db
def test_a_failed_import_leaves_no_staging_table_behind(tmp_path, territory):
    bad = ROW_2.replace("a2;", "a3;").replace("94220", "9422")
    path = write(tmp_path, "a.csv", "\n".join((HEADER, ROW_1, bad)))
    assert actors_import(territory, path).failed
    assert Actor.objects.count() == 0
    good = actors_import(territory, write(tmp_path, "b.csv", "\n".join((HEADER, ROW_1, ROW_2))))
    assert good.created == 2  # twice in one transaction (this test's): staging table reset
    again = actors_import(territory, write(tmp_path, "b.csv", "\n".join((HEADER, ROW_1, ROW_2))))
    assert again.unchanged == 2
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('pg_temp.actor_import_stage')")
            assert cursor.fetchone() == (None,)


def cells_of(territory):
    return sorted(
        ActorMapCell.objects.filter(territory=territory).values_list(
            "kind_id", "cx", "cy", "count", "first_id"
        )
    )


@pytest.mark.django_db
def test_a_reimport_recomputes_only_the_map_cells_its_changes_touch(
    tmp_path, territory, monkeypatch
):
    path = write(tmp_path, "a.csv", "\n".join((HEADER, ROW_1, ROW_2)))
    rebuilt: list[int] = []
    real = actor_map_cells.rebuild_cells
    monkeypatch.setattr(actor_map_cells, "rebuild_cells", lambda pk: rebuilt.append(pk) or real(pk))
    assert actors_import(territory, path).created == 2
    first = cells_of(territory)
    assert sum(cell[3] for cell in first) == 2 and rebuilt == []  # two cells at most: partial
    again = actors_import(territory, path)
    assert (again.unchanged, again.written) == (2, True)
    assert cells_of(territory) == first  # nothing changed: nothing recomputed or re-indexed

    # The college moves ~5 km east: it leaves its cell for another, the bakery’s stays.
    moved = ROW_1.replace("48.8215;2.4120", "48.8215;2.4800").replace("Zola", "Zola bis")
    assert (
        actors_import(
            territory, write(tmp_path, "b.csv", "\n".join((HEADER, moved, ROW_2)))
        ).updated
        == 1
    )
    after = cells_of(territory)
    assert rebuilt == [] and after != first
    assert after == sorted(
        (c.kind_id, c.cx, c.cy, c.count, c.first_id)
        for c in actor_map_cells._aggregate(Actor.objects.filter(territory=territory))
    )


@pytest.mark.django_db
def test_an_import_touching_many_cells_rebuilds_the_territory_at_once(
    tmp_path, territory, monkeypatch
):
    rebuilt: list[int] = []
    real = actor_map_cells.rebuild_cells
    monkeypatch.setattr(actor_map_cells, "rebuild_cells", lambda pk: rebuilt.append(pk) or real(pk))
    # 8 × 9 positions one cell apart (cells of 0.019° × 0.027°), within 10 km of the commune.
    spots = [(48.74 + 0.02 * i, 2.30 + 0.028 * j) for i in range(8) for j in range(9)]
    assert len(spots) > actor_map_cells.PARTIAL_CELLS
    lines = [HEADER] + [
        ROW_2.replace("a2;", f"s{n};").replace("48.8230;2.4150", f"{lat:.4f};{lng:.4f}")
        for n, (lat, lng) in enumerate(spots)
    ]
    report = actors_import(territory, write(tmp_path, "a.csv", "\n".join(lines)))
    assert (report.created, report.errors) == (len(spots), [])
    assert rebuilt == [territory.pk]
    assert len(cells_of(territory)) == len(spots)


def test_area_boxes_accept_exactly_what_the_distance_accepts():
    rng = random.Random(4)
    for centres in (
        [(48.8219, 2.4139), (48.80, 2.45)],
        [(-21.1, 55.5)],  # La Réunion
        [(4.9, -52.3)],  # Guyane
        [(70.0, 179.9), (0.0, -179.95)],  # near a pole and the antimeridian
    ):
        area = _Area(centres)
        for _ in range(3000):
            lat0, lng0 = rng.choice(centres)
            reach = (AREA_MARGIN_KM + 3) / 111
            lat = lat0 + rng.uniform(-reach, reach)
            lng = lng0 + rng.uniform(-reach, reach) / max(math.cos(math.radians(lat)), 0.05)
            lng = max(-180.0, min(180.0, lng))
            lat = max(-90.0, min(90.0, lat))
            expected = any(_haversine_km(lat, lng, *c) <= AREA_MARGIN_KM for c in centres)
            assert area.contains(lat, lng) == expected, (centres, lat, lng)
    assert _Area([]).contains(10.0, 10.0)


def test_area_grid_matches_brute_force_over_thousands_of_communes():
    """The grid answers as the distance to every commune does, on random points of mainland
    France around 3,000 random communes, and looks at a bounded number of them per point."""
    rng = random.Random(21)
    centres = [(rng.uniform(42.3, 51.1), rng.uniform(-4.8, 8.2)) for _ in range(3000)]
    area = _Area(centres)
    largest = 0
    for _ in range(3000):
        lat, lng = rng.uniform(41.0, 52.5), rng.uniform(-6.5, 10.0)
        expected = any(_haversine_km(lat, lng, *c) <= AREA_MARGIN_KM for c in centres)
        assert area.contains(lat, lng) == expected, (lat, lng)
        largest = max(largest, len(area.candidates(lat, lng)))
    # ~0.3 communes per cell on average here: a point looks at a handful, never at all.
    assert largest < 40
