"""Reading an actor import file: CSV (UTF-8 or Windows-1252, « ; » or « , »), XLSX or
GeoJSON, one ``(line, row)`` at a time, whatever the file's size; headers in English or
French (those of our own export) map to the same column names.

Every format is streamed and checked while it is read against the limits of
``actor_import_limits`` (lines, columns, characters of a cell, nesting), so that a file
that passes one is refused as soon as it does, with a French message naming the line and
the limit; ``actor_import_xlsx`` bounds what an XLSX expands to. A GeoJSON feature of the
wrong shape (not an object, properties that are not one, a geometry other than a point)
is a row error, not a refusal of the file."""

import codecs
import csv
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import ijson

from django.utils.translation import gettext as _

from network.text import fold

from .actor_import_limits import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_DEPTH,
    MAX_FEATURE_CHARS,
    MAX_FEATURE_VALUES,
    MAX_LINE,
    MAX_ROWS,
    ImportFileError,
    SourceRow,
    cell_too_long,
    too_many_columns,
    too_many_rows,
)
from .actor_import_limits import number as limits_number

COLUMNS = (
    "external_id",
    "name",
    "kind",
    "description",
    "address",
    "postcode",
    "city",
    "insee",
    "latitude",
    "longitude",
    "email",
    "phone",
    "website",
    "themes",
    "offers",
    "seeks",
)
# French headers (those of our own CSV export among them) are accepted too.
ALIASES = {
    "identifiant": "external_id",
    "id": "external_id",
    "nom": "name",
    "type": "kind",
    "type d'acteur": "kind",
    "presentation": "description",
    "adresse": "address",
    "code postal": "postcode",
    "commune": "city",
    "ville": "city",
    "code insee": "insee",
    "courriel": "email",
    "e-mail": "email",
    "telephone": "phone",
    "site web": "website",
    "site": "website",
    "themes": "themes",
    "offres": "offers",
    "recherches": "seeks",
    "cherche": "seeks",
    "ce qu'il cherche": "seeks",
}


def _detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes, else Windows-1252."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(1 << 16):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _header_key(raw: str) -> str:
    key = fold(raw or "").strip().replace("_", " ").replace("’", "'")
    key = " ".join(key.split())
    if key.replace(" ", "_") in COLUMNS:
        return key.replace(" ", "_")
    return ALIASES.get(key, key)


def _table_rows(
    records: Iterator[tuple[int, list[str]]], label: Callable[[int], str] = str
) -> Iterator[tuple[int, SourceRow]]:
    """A table's lines (CSV, XLSX) as rows by column: the first non-empty line is the
    header; every line counts towards the limit, empty ones included. ``label(n)`` names
    the n-th column (from 1) when the header leaves it blank."""
    names: list[str] | None = None
    keys: list[str] = []
    for line, cells in records:
        if line > MAX_ROWS + 1:
            raise too_many_rows()
        if len(cells) > MAX_COLUMNS:
            raise too_many_columns(line)
        if cells and max(map(len, cells)) > MAX_CELL:
            index = next(i for i, cell in enumerate(cells) if len(cell) > MAX_CELL)
            name = names[index].strip() if names and index < len(names) else ""
            raise cell_too_long(line, name or label(index + 1))
        if not any(cell.strip() for cell in cells):
            continue
        if names is None:
            names, keys = cells, [_header_key(column) for column in cells]
            continue
        row = SourceRow(zip(keys, cells, strict=False))
        for key in keys[len(cells) :]:  # a spreadsheet leaves out a row's empty last cells
            row.setdefault(key, "")
        yield line, row


def _csv_lines(handle) -> Iterator[str]:
    """The file's physical lines, each refused past ``MAX_LINE`` characters before it is
    held whole (a file of one endless line would otherwise be read at once)."""
    number = 0
    while line := handle.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE:
            raise ImportFileError(
                _("Ligne %(line)s : plus de %(max)s caractères.")
                % {"line": number, "max": limits_number(MAX_LINE)}
            )
        yield line


def _csv_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    encoding = _detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        lines = _csv_lines(handle)
        first = next(lines, "")
        delimiter = ";" if first.count(";") > first.count(",") else ","
        reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
        line = 0
        while True:
            line += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                # The csv module's own limit on a field is MAX_CELL (its default).
                if "field larger than field limit" in str(exc):
                    raise cell_too_long(line) from exc
                raise ImportFileError(
                    _("Ligne %(line)s : CSV illisible (%(error)s).") % {"line": line, "error": exc}
                ) from exc
            yield line, values


def _read_csv(path: Path) -> Iterator[tuple[int, SourceRow]]:
    return _table_rows(_csv_records(path))


def _read_xlsx(path: Path) -> Iterator[tuple[int, SourceRow]]:
    # openpyxl takes over a second to import: only the imports of .xlsx files pay for it.
    from .actor_import_xlsx import get_column_letter, xlsx_records

    return _table_rows(xlsx_records(path), label=get_column_letter)


_OPEN, _CLOSE = {"start_map", "start_array"}, {"end_map", "end_array"}


def _geojson_unreadable(error) -> ImportFileError:
    return ImportFileError(_("Le fichier GeoJSON est illisible (%(error)s).") % {"error": error})


def _json_events(handle) -> Iterator[tuple[str, object]]:
    """The document's events, streamed (ijson): never the whole document in memory, and
    refused past ``MAX_DEPTH`` levels of nesting (the json module would recurse)."""
    # Numbers as int or float: with Decimal (the default), a number of more than 4,300
    # digits breaks ijson's C backend (SystemError, then a crash); yajl refuses it instead.
    parser = ijson.basic_parse(handle, buf_size=1 << 16, use_float=True)
    depth = 0
    while True:
        try:
            event, value = next(parser)
        except StopIteration:
            return
        except (ijson.JSONError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
            raise _geojson_unreadable(exc) from exc
        if event in _OPEN:
            depth += 1
            if depth > MAX_DEPTH:
                raise _geojson_unreadable(
                    _("plus de %(max)s niveaux d’imbrication") % {"max": MAX_DEPTH}
                )
        elif event in _CLOSE:
            depth -= 1
        yield event, value


def _next(events) -> tuple[str, object]:
    try:
        return next(events)
    except StopIteration:
        raise _geojson_unreadable(_("fin de fichier inattendue")) from None


def _json_value(events, event: str, value, line: int):
    """The value that starts with ``(event, value)``, built within a feature's limits."""
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    depth = 1 if event in _OPEN else 0
    count = chars = 0
    while depth:
        event, value = _next(events)
        count += 1
        if isinstance(value, str):
            chars += len(value)
        if count > MAX_FEATURE_VALUES or chars > MAX_FEATURE_CHARS:
            raise ImportFileError(
                _(
                    "Ligne %(line)s : entité trop volumineuse (plus de %(values)s valeurs ou "
                    "%(chars)s caractères)."
                )
                % {
                    "line": line,
                    "values": limits_number(MAX_FEATURE_VALUES),
                    "chars": limits_number(MAX_FEATURE_CHARS),
                }
            )
        builder.event(event, value)
        if event in _OPEN:
            depth += 1
        elif event in _CLOSE:
            depth -= 1
    return builder.value


def _skip(events, event: str) -> None:
    depth = 1 if event in _OPEN else 0
    while depth:
        event, _value = _next(events)
        depth += (event in _OPEN) - (event in _CLOSE)


def _json_kind(value) -> str:
    if isinstance(value, dict):
        return _("un objet")
    if isinstance(value, list):
        return _("une liste")
    if isinstance(value, str):
        return _("un texte")
    if value is None:
        return "null"
    if isinstance(value, bool):
        return _("un booléen")
    return _("un nombre")


def _property_text(value) -> str | None:
    """A property as a cell's text; a list of texts (themes, offers) joined with « | »;
    None for an object or a list of lists."""
    if value is None:
        return ""
    if isinstance(value, list):
        if any(isinstance(item, list | dict) for item in value):
            return None
        return "|".join("" if item is None else str(item) for item in value)
    if isinstance(value, dict):
        return None
    return str(value)


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _point(geometry) -> tuple[str, str] | str:
    """A Point's ``(longitude, latitude)`` as texts, or what is wrong with the geometry."""
    if not isinstance(geometry, dict):
        return _("attendu une géométrie de type Point (ou null), trouvé %(found)s") % {
            "found": _json_kind(geometry)
        }
    kind = geometry.get("type")
    if kind != "Point":
        if isinstance(kind, str):
            return _(
                "géométrie « %(type)s » refusée : un acteur se place par un point (type Point)"
            ) % {"type": kind[:40]}
        return _("attendu une géométrie de type Point (ou null)")
    coordinates = geometry.get("coordinates")
    if not (
        isinstance(coordinates, list)
        and len(coordinates) in (2, 3)
        and all(map(_is_number, coordinates))
    ):
        return _("attendu des coordonnées [longitude, latitude] en degrés")
    return str(coordinates[0]), str(coordinates[1])


def _feature_row(line: int, feature) -> SourceRow:
    """A feature's properties by column (the others left out), its point's position, and
    what is wrong with its shape as the row's problems."""
    if not isinstance(feature, dict):
        found = _json_kind(feature)
        return SourceRow(
            problems=[
                ("feature", _("attendu un objet Feature, trouvé %(found)s") % {"found": found})
            ]
        )
    row = SourceRow()
    properties = feature.get("properties")
    if properties is None:
        properties = {}
    elif not isinstance(properties, dict):
        found = _json_kind(properties)
        row.problems.append(
            (
                "properties",
                _("attendu un objet {« colonne » : valeur}, trouvé %(found)s") % {"found": found},
            )
        )
        properties = {}
    for key, value in properties.items():
        column = _header_key(key)
        if column not in COLUMNS:
            continue
        text = _property_text(value)
        if text is None:
            row.problems.append((column, _("attendu un texte, un nombre ou une liste de textes")))
        elif len(text) > MAX_CELL:
            raise cell_too_long(line, key)
        else:
            row[column] = text
    geometry = feature.get("geometry")
    if geometry is not None:
        point = _point(geometry)
        if isinstance(point, str):
            row.problems.append(("geometry", point))
        else:
            row["longitude"], row["latitude"] = point
    return row


def _features(events) -> Iterator[tuple[int, SourceRow]]:
    line = 0
    while True:
        event, value = _next(events)
        if event == "end_array":
            return
        line += 1
        if line > MAX_ROWS:
            raise too_many_rows()
        yield line, _feature_row(line, _json_value(events, event, value, line))


def _read_geojson(path: Path) -> Iterator[tuple[int, SourceRow]]:
    not_a_collection = ImportFileError(_("Le fichier GeoJSON doit contenir une FeatureCollection."))
    with path.open("rb") as handle:
        if handle.read(3) != codecs.BOM_UTF8:
            handle.seek(0)
        events = _json_events(handle)
        if next(events, (None, None))[0] != "start_map":
            raise not_a_collection
        kind = None
        while (pair := _next(events))[0] == "map_key":
            key = pair[1]
            event, value = _next(events)
            if key == "type":
                kind = value
                if kind != "FeatureCollection":
                    raise not_a_collection
            elif key == "features":
                if event != "start_array":
                    raise _geojson_unreadable(_("« features » doit être une liste"))
                yield from _features(events)
            else:
                _skip(events, event)
        for _event in events:  # what follows must be well-formed too
            pass
        if kind != "FeatureCollection":
            raise not_a_collection


def read_rows(path: Path) -> Iterator[tuple[int, SourceRow]]:
    suffix = path.suffix.lower()
    readers = {".csv": _read_csv, ".txt": _read_csv, ".xlsx": _read_xlsx, ".geojson": _read_geojson}
    readers[".json"] = _read_geojson
    if suffix not in readers:
        raise ImportFileError(
            _("Format non reconnu « %(suffix)s » : attendu .csv, .xlsx ou .geojson.")
            % {"suffix": suffix}
        )
    return readers[suffix](path)
