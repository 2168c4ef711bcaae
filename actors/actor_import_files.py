"""Reading an actor import file: CSV (UTF-8 or Windows-1252, « ; » or « , »), XLSX or
GeoJSON, one ``(line, row)`` at a time, whatever the file's size; headers in English or
French (those of our own export) map to the same column names."""

import codecs
import csv
import json
from collections.abc import Iterator
from pathlib import Path

from django.utils.translation import gettext as _

from network.text import fold

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
}


class ImportFileError(Exception):
    """The file as a whole cannot be read (format, encoding, missing columns)."""


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


def _read_csv(path: Path) -> Iterator[tuple[int, dict]]:
    encoding = _detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        first = handle.readline()
        delimiter = ";" if first.count(";") > first.count(",") else ","
        header = next(csv.reader([first], delimiter=delimiter), [])
        keys = [_header_key(column) for column in header]
        for line, values in enumerate(csv.reader(handle, delimiter=delimiter), start=2):
            if not any(value.strip() for value in values):
                continue
            yield line, dict(zip(keys, values, strict=False))


def _read_xlsx(path: Path) -> Iterator[tuple[int, dict]]:
    # openpyxl takes over a second to import: only the imports of .xlsx files pay for it.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportFileError(
            _("Le fichier XLSX est illisible (%(error)s).") % {"error": exc}
        ) from exc
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = next(rows, ())
        keys = [_header_key(str(column or "")) for column in header]
        for line, values in enumerate(rows, start=2):
            cells = ["" if value is None else str(value) for value in values]
            if not any(cell.strip() for cell in cells):
                continue
            yield line, dict(zip(keys, cells, strict=False))
    finally:
        workbook.close()


def _read_geojson(path: Path) -> Iterator[tuple[int, dict]]:
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(
            _("Le fichier GeoJSON est illisible (%(error)s).") % {"error": exc}
        ) from exc
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise ImportFileError(_("Le fichier GeoJSON doit contenir une FeatureCollection."))
    for number, feature in enumerate(document.get("features") or [], start=1):
        properties = dict((feature or {}).get("properties") or {})
        row = {
            _header_key(key): "" if value is None else value for key, value in properties.items()
        }
        for key in ("themes", "offers"):
            if isinstance(row.get(key), list):
                row[key] = "|".join(str(item) for item in row[key])
        row = {key: str(value) for key, value in row.items()}
        geometry = (feature or {}).get("geometry") or {}
        if geometry.get("type") == "Point" and isinstance(geometry.get("coordinates"), list):
            coordinates = geometry["coordinates"]
            if len(coordinates) >= 2:
                row["longitude"], row["latitude"] = str(coordinates[0]), str(coordinates[1])
        yield number, row


def read_rows(path: Path) -> Iterator[tuple[int, dict]]:
    suffix = path.suffix.lower()
    readers = {".csv": _read_csv, ".txt": _read_csv, ".xlsx": _read_xlsx, ".geojson": _read_geojson}
    readers[".json"] = _read_geojson
    if suffix not in readers:
        raise ImportFileError(
            _("Format non reconnu « %(suffix)s » : attendu .csv, .xlsx ou .geojson.")
            % {"suffix": suffix}
        )
    return readers[suffix](path)


def header_columns(path: Path) -> set[str]:
    """Columns of the file (empty file: the required ones, so it imports zero rows)."""
    for _line, row in read_rows(path):
        return set(row)
    return {"name", "kind"}
