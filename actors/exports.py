"""Streamed exports of the published actors of a scope (CSV for French Excel, GeoJSON).

Memory stays flat whatever the number of actors: rows are read with ``.iterator()`` (a
server-side cursor on PostgreSQL) in chunks of ``CHUNK_SIZE``, the themes, offers and seeks
of a chunk are fetched in one query each (not one per actor), and each chunk is written out
before the next is read. Only public columns are selected.
"""

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from itertools import batched

from django.db.models import QuerySet

from actors.models import Actor
from territories.models import Territory

from .actor_map import actor_path_template, territory_links

CHUNK_SIZE = 2000

EXPORT_COLUMNS = (
    "id",
    "name",
    "slug",
    "territory_id",
    "kind__slug",
    "kind__name",
    "description",
    "address",
    "postcode",
    "city",
    "commune_insee",
    "latitude",
    "longitude",
    "email",
    "phone",
    "website",
    "joined_on",
)

CSV_HEADER = (
    "nom",
    "type",
    "thèmes",
    "offres",
    "recherches",
    "adresse",
    "code postal",
    "commune",
    "code INSEE",
    "latitude",
    "longitude",
    "courriel",
    "téléphone",
    "site web",
    "page",
    "territoire",
    "présentation",
    "engagé depuis le",
)
BOM = "\ufeff"  # without it, Excel reads UTF-8 as Windows-1252
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def export_queryset(queryset: QuerySet) -> QuerySet:
    # Stable order, served by the (territory, live, name) index.
    return queryset.order_by("territory_id", "name", "id").values(*EXPORT_COLUMNS)


def neutralise(value: str) -> str:
    """A text cell Excel or LibreOffice would run as a formula (CSV injection) is quoted."""
    if value and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def french_decimal(value: float | None) -> str:
    # French Excel reads « 48,82 » as a number; « 48.82 » would be text (or a date).
    return "" if value is None else repr(value).replace(".", ",")


def _names_by_actor(through, column: str, ids: list[int]) -> dict[int, list[str]]:
    names = defaultdict(list)
    rows = (
        through.objects.filter(actor_id__in=ids)
        .order_by(f"{column}__name")
        .values_list("actor_id", f"{column}__name")
    )
    for actor_id, name in rows:
        names[actor_id].append(name)
    return names


def enriched_chunks(queryset: QuerySet, scope: Territory | None) -> Iterator[tuple[dict, ...]]:
    """Chunks of public rows with ``themes``, ``offers``, ``seeks``, ``territory`` and ``url``
    added."""
    links = territory_links(scope)
    before, after = actor_path_template()
    rows = export_queryset(queryset).iterator(chunk_size=CHUNK_SIZE)
    for chunk in batched(rows, CHUNK_SIZE):
        ids = [row["id"] for row in chunk]
        themes = _names_by_actor(Actor.themes.through, "theme", ids)
        offers = _names_by_actor(Actor.offers.through, "offer", ids)
        seeks = _names_by_actor(Actor.seeks.through, "needkind", ids)
        for row in chunk:
            slug, root = links.get(row["territory_id"], ("", ""))
            row["territory"] = slug
            row["url"] = f"{root}{before}{row['slug']}{after}"
            row["themes"] = themes.get(row["id"], [])
            row["offers"] = offers.get(row["id"], [])
            row["seeks"] = seeks.get(row["id"], [])
        yield chunk


def csv_row(row: dict) -> list[str]:
    text = [
        row["name"],
        row["kind__name"],
        ", ".join(row["themes"]),
        ", ".join(row["offers"]),
        ", ".join(row["seeks"]),
        row["address"],
        row["postcode"],
        row["city"],
        row["commune_insee"],
    ]
    contact = [row["email"], row["phone"], row["website"], row["url"], row["territory"]]
    return [
        *(neutralise(value) for value in text),
        french_decimal(row["latitude"]),
        french_decimal(row["longitude"]),
        *(neutralise(value) for value in contact),
        neutralise(row["description"]),
        row["joined_on"].isoformat() if row["joined_on"] else "",
    ]


def csv_stream(queryset: QuerySet, scope: Territory | None) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(CSV_HEADER)
    yield (BOM + buffer.getvalue()).encode()
    for chunk in enriched_chunks(queryset, scope):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(csv_row(row) for row in chunk)
        yield buffer.getvalue().encode()


def geojson_feature(row: dict) -> dict:
    has_point = row["latitude"] is not None and row["longitude"] is not None
    return {
        "type": "Feature",
        "id": row["id"],
        # RFC 7946 §3.2: an actor without a position is an unlocated feature.
        "geometry": (
            {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
            if has_point
            else None
        ),
        "properties": {
            "id": row["id"],
            "name": row["name"],
            "slug": row["slug"],
            "kind": row["kind__slug"],
            "kind_label": row["kind__name"],
            "territory": row["territory"],
            "url": row["url"],
            "themes": row["themes"],
            "offers": row["offers"],
            "seeks": row["seeks"],
            "description": row["description"],
            "address": row["address"],
            "postcode": row["postcode"],
            "city": row["city"],
            "commune_insee": row["commune_insee"],
            "email": row["email"],
            "phone": row["phone"],
            "website": row["website"],
            "joined_on": row["joined_on"].isoformat() if row["joined_on"] else None,
        },
    }


def geojson_stream(queryset: QuerySet, scope: Territory | None) -> Iterator[bytes]:
    yield b'{"type":"FeatureCollection","features":['
    first = True
    for chunk in enriched_chunks(queryset, scope):
        text = ",".join(
            json.dumps(geojson_feature(row), ensure_ascii=False, separators=(",", ":"))
            for row in chunk
        )
        yield (text if first else "," + text).encode()
        first = False
    yield b"]}"


def filename(scope: Territory | None, extension: str) -> str:
    return f"acteurs-{scope.slug if scope else 'reseau'}.{extension}"
