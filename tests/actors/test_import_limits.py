"""Import files that expand, run long or are malformed: each is refused while it is read,
with memory bounded and a French message naming what is wrong, and nothing is written.

The hostile files are made here (small on disk); memory is measured in a child process
(``read_in_child``), its resident peak above its own start."""

import json
from pathlib import Path

import pytest

from django.core.files.base import ContentFile

from actors.actor_import import ImportFileError, actors_import
from actors.actor_import_files import read_rows
from actors.import_runs import actor_import_run
from actors.models import Actor, ActorImport

from .hostile_files import (
    GOOD_ROW,
    HEADER,
    STRINGS_HEADER,
    expanding_strings,
    inline_cell,
    lying_strings,
    read_in_child,
    row_xml,
    sheet_xml,
    three_million_rows,
    tiny_strings,
    write_xlsx,
)

MEMORY_MB = 200  # the most a refused file may add to the reading process's peak


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (expanding_strings, "Le fichier XLSX se décompresse en plus de 256 Mo"),
        (lying_strings, "Le fichier XLSX est illisible (Bad CRC-32"),
        (tiny_strings, "Le fichier XLSX contient trop de texte (plus de 64 Mo une fois lu)"),
        (three_million_rows, "Le fichier dépasse 200 000 lignes : importez-le en plusieurs fois."),
    ],
    ids=["expanding", "lying-size", "tiny-strings", "3-million-rows"],
)
def test_hostile_xlsx_is_refused_with_bounded_memory(tmp_path, make, message):
    path = make(tmp_path / "acteurs.xlsx")
    assert path.stat().st_size < 1_000_000
    result = read_in_child(path)
    assert result["error"] is not None and result["error"].startswith(message), result
    assert result["rows"] == 0  # refused before the first row is handed over
    assert result["above_start_mb"] < MEMORY_MB, result


def test_a_wellformed_xlsx_read_in_the_child_gives_its_rows(tmp_path):
    """The measure above means something: the same child reads a good file's rows."""
    path = write_xlsx(
        tmp_path / "acteurs.xlsx", sheet_xml([row_xml(HEADER, 1), row_xml(GOOD_ROW, 2)])
    )
    result = read_in_child(path)
    assert result["error"] is None and result["rows"] == 1


def xlsx(tmp_path, rows, **options) -> Path:
    return write_xlsx(tmp_path / "acteurs.xlsx", sheet_xml(rows), **options)


def refusal(territory, path) -> str:
    with pytest.raises(ImportFileError) as refused:
        actors_import(territory, path)
    assert Actor.objects.count() == 0
    return str(refused.value)


@pytest.mark.django_db
def test_a_lying_dimension_is_ignored(tmp_path, territory):
    # openpyxl would pad each row to 16,384 cells and yield a million empty rows.
    path = write_xlsx(
        tmp_path / "acteurs.xlsx",
        sheet_xml([row_xml(HEADER, 1), row_xml(GOOD_ROW, 2)], dimension="A1:XFD1048576"),
    )
    report = actors_import(territory, path)
    assert report.errors == [] and report.created == 1 and report.rows == 1


@pytest.mark.django_db
def test_parts_are_checked_as_openpyxl_reads_them(tmp_path, territory):
    rows = [row_xml(HEADER, 1), row_xml(GOOD_ROW, 2)]
    # The sheet is whatever part the workbook names, whatever its name and root element.
    sheet = (
        chunk.replace(b"worksheet", b"feuille")
        for chunk in sheet_xml([*rows, row_xml(GOOD_ROW, 250_000)])
    )
    path = write_xlsx(tmp_path / "autre.xlsx", sheet, sheet_part="donnees.bin")
    assert refusal(territory, path).startswith("Le fichier dépasse 200 000 lignes")
    # A large part that openpyxl never reads (a pivot table's cache) is not limited.
    records = b"<pivotCacheRecords>" + b'<r><n v="1"/></r>' * 60_000 + b"</pivotCacheRecords>"
    extra = {"xl/pivotCache/pivotCacheRecords1.xml": records}
    report = actors_import(territory, xlsx(tmp_path, rows, extra=extra))
    assert report.created == 1


@pytest.mark.django_db
def test_xlsx_limits_each_have_their_message(tmp_path, territory):
    long_text = "é" * 131_073
    cases = [
        (
            [row_xml((*HEADER, "description"), 1), row_xml((*GOOD_ROW, long_text), 2)],
            {},
            "Ligne 2, colonne « description » : plus de 131 072 caractères.",
        ),
        (
            [row_xml(HEADER, 1), f'<row r="2">{inline_cell("x")}<c r="XFD2"><v>1</v></c></row>'],
            {},
            "Ligne 2 : plus de 100 colonnes.",
        ),
        (
            [row_xml(HEADER, 1), row_xml(["x"] * 101, 2)],
            {},
            "Ligne 2 : plus de 100 colonnes.",
        ),
        (
            [row_xml(HEADER, 1), row_xml(["x" * (9 << 20)], 2)],
            {},
            "Ligne 2 : ligne trop volumineuse (plus de 8 Mo",
        ),
        (
            [row_xml(HEADER, 1), row_xml(GOOD_ROW, 250_000)],
            {},
            "Le fichier dépasse 200 000 lignes",
        ),
        (
            [row_xml(HEADER, 1)],
            {"extra": {"xl/styles.xml": b"<styleSheet>" + b"<xf/>" * 100_001 + b"</styleSheet>"}},
            "Le fichier XLSX est illisible : sa partie « xl/styles.xml » dépasse 8 Mo ou "
            "100 000 éléments.",
        ),
        (
            [STRINGS_HEADER],
            {
                "strings": [
                    b'<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
                    b"<sst><si><t>&b;</t></si><si><t>kind</t></si></sst>",
                ]
            },
            "Le fichier XLSX est illisible (déclaration DOCTYPE interdite).",
        ),
        (
            [row_xml(HEADER, 1), "<row><c><v>1</v></row>"],
            {},
            "Le fichier XLSX est illisible (xl/worksheets/sheet1.xml : mismatched tag",
        ),
    ]
    for rows, options, message in cases:
        path = xlsx(tmp_path, rows, **options)
        assert refusal(territory, path).startswith(message), message


def csv_file(tmp_path, text: str) -> Path:
    path = tmp_path / "acteurs.csv"
    path.write_text(text, encoding="utf-8")
    return path


CSV_HEADER = "external_id;name;kind;description;latitude;longitude\n"
CSV_ROW = "x1;Lycée du Port;lycee;;48.8215;2.4120\n"


@pytest.mark.django_db
def test_csv_limits_each_have_their_message(tmp_path, territory):
    cases = [
        (CSV_ROW + f"x2;Long;lycee;{'a' * 131_073};;\n", "Ligne 3 : une cellule a plus de 131 072"),
        (
            CSV_ROW + 'x2;"jamais refermé;lycee\n' + "suite;du;texte\n" * 20_000,
            "Ligne 3 : une cellule a plus de 131 072",
        ),
        ("x2;" + "b" * 1_100_000 + "\n", "Ligne 2 : plus de 1 048 576 caractères."),
        (";" * 100 + "\n", "Ligne 2 : plus de 100 colonnes."),
    ]
    for body, message in cases:
        assert refusal(territory, csv_file(tmp_path, CSV_HEADER + body)).startswith(message)


@pytest.mark.django_db
def test_csv_of_too_many_lines_is_refused_as_soon_as_the_limit_is_passed(tmp_path, territory):
    # Empty lines count; the broken end would be another refusal if it were read.
    body = CSV_ROW + ";;;;;\n" * 200_000 + '"' + "x" * 200_000
    message = refusal(territory, csv_file(tmp_path, CSV_HEADER + body))
    assert message == "Le fichier dépasse 200 000 lignes : importez-le en plusieurs fois."


@pytest.mark.django_db
def test_nul_bytes_are_a_row_error(tmp_path, territory):
    path = csv_file(tmp_path, CSV_HEADER + CSV_ROW + "x2;Nom\x00caché;lycee;;;\n")
    report = actors_import(territory, path)
    assert report.failed and not report.written and Actor.objects.count() == 0
    assert [(e.line, e.column) for e in report.errors] == [(3, "name")]
    assert "caractère nul (octet 0) interdit" in report.errors[0].message


def geojson(tmp_path, document) -> Path:
    path = tmp_path / "acteurs.geojson"
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return path


def feature(geometry=None, **properties):
    return {"type": "Feature", "geometry": geometry, "properties": properties}


POINT = {"type": "Point", "coordinates": [2.412, 48.8215]}
GOOD_FEATURE = feature(POINT, external_id="g1", name="Tiers-lieu", kind="association")


@pytest.mark.django_db
def test_malformed_features_are_row_errors(tmp_path, territory):
    polygon = {"type": "Polygon", "coordinates": [[[2.41, 48.82], [2.42, 48.82], [2.41, 48.83]]]}
    line = {"type": "LineString", "coordinates": [[2.41, 48.82], [2.42, 48.82]]}
    features = [
        GOOD_FEATURE,
        "pas un objet",
        {"type": "Feature", "geometry": None, "properties": ["name", "kind"]},
        feature(polygon, external_id="g4", name="Parc", kind="association"),
        feature(line, external_id="g5", name="Sentier", kind="association"),
        feature({"type": "Point", "coordinates": ["x"]}, name="Point faux", kind="association"),
        feature(None, name={"fr": "Nom"}, kind="association"),
        feature(None, external_id="g8", name="Nul\u0000", kind="association"),
    ]
    path = geojson(tmp_path, {"type": "FeatureCollection", "features": features})
    report = actors_import(territory, path)
    assert report.failed and not report.written and Actor.objects.count() == 0
    errors = {}  # the first error of each line: the reader's, before the validator's
    for error in report.errors:
        errors.setdefault(error.line, (error.column, error.message))
    assert errors == {
        2: ("feature", "attendu un objet Feature, trouvé un texte"),
        3: ("properties", "attendu un objet {« colonne » : valeur}, trouvé une liste"),
        4: (
            "geometry",
            "géométrie « Polygon » refusée : un acteur se place par un point (type Point)",
        ),
        5: (
            "geometry",
            "géométrie « LineString » refusée : un acteur se place par un point (type Point)",
        ),
        6: ("geometry", "attendu des coordonnées [longitude, latitude] en degrés"),
        7: ("name", "attendu un texte, un nombre ou une liste de textes"),
        8: ("name", "caractère nul (octet 0) interdit : le fichier est-il bien du texte ?"),
    }
    # The valid feature alone is imported when the others are skipped.
    report = actors_import(territory, path, skip_invalid=True)
    assert report.created == 1 and report.skipped == 7
    assert Actor.objects.get().external_id == "g1"


@pytest.mark.django_db
def test_geojson_limits_each_have_their_message(tmp_path, territory):
    def collection(features: str) -> str:
        return '{"type": "FeatureCollection", "features": [' + features + "]}"

    deep = "[" * 100_000 + "]" * 100_000
    cases = [
        (
            '{"type": "FeatureCollection", "bbox": ' + deep + "}",
            "Le fichier GeoJSON est illisible (plus de 20 niveaux d’imbrication).",
        ),
        (collection('{"properties": {"x": ' + deep + "}}"), "plus de 20 niveaux d’imbrication"),
        (
            {"type": "FeatureCollection", "features": [feature(description="d" * 131_073)]},
            "Ligne 1, colonne « description » : plus de 131 072 caractères.",
        ),
        (
            {"type": "FeatureCollection", "features": [feature(extra=list(range(100_001)))]},
            "Ligne 1 : entité trop volumineuse (plus de 100 000 valeurs",
        ),
        ({"features": [GOOD_FEATURE], "type": "Feature"}, "doit contenir une FeatureCollection"),
        ({"type": "FeatureCollection", "features": {}}, "« features » doit être une liste"),
        (collection(json.dumps(GOOD_FEATURE)) + " en trop", "Le fichier GeoJSON est illisible"),
        (collection("9" * 5000), "Le fichier GeoJSON est illisible (parse error: integer overflow"),
    ]
    for document, message in cases:
        assert message in refusal(territory, geojson(tmp_path, document)), message


def test_geojson_of_too_many_features_is_refused_as_soon_as_the_limit_is_passed(tmp_path):
    # The broken end would be another refusal if it were read.
    path = geojson(tmp_path, '{"type": "FeatureCollection", "features": [' + "{}," * 200_001 + "{")
    read = 0
    with pytest.raises(ImportFileError, match="^Le fichier dépasse 200 000 lignes"):
        for _line, _row in read_rows(path):
            read += 1
    assert read == 200_000


@pytest.mark.django_db
def test_an_admin_upload_of_a_malformed_file_is_refused_with_its_message(
    tmp_path, territory, settings
):
    """Through the background run: « refusé » with the reader's message (it used to end as
    « Erreur inattendue »), nothing written."""
    settings.MEDIA_ROOT = tmp_path / "media"
    path = three_million_rows(tmp_path / "acteurs.xlsx")
    actor_import = ActorImport.objects.create(
        territory=territory, file=ContentFile(path.read_bytes(), name="acteurs.xlsx")
    )
    assert actor_import_run(actor_import.pk) == ActorImport.Status.REFUSED
    actor_import.refresh_from_db()
    assert actor_import.summary == (
        "Le fichier dépasse 200 000 lignes : importez-le en plusieurs fois."
    )
    assert Actor.objects.count() == 0
