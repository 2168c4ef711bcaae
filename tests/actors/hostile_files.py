"""Import files written to hurt, made small on disk by the tests that need them: an XLSX
is built member by member (streamed into the zip, never whole in memory)."""

import json
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="{OFFICE}.sheet.main+xml"/>
<Override PartName="/xl/{{sheet}}" ContentType="{OFFICE}.worksheet+xml"/>
{{strings}}</Types>"""
STRINGS_TYPE = (
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{OFFICE}.sharedStrings+xml"/>'
)
PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{RELS}"><Relationship Id="rId1"
Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets>
<sheet name="Acteurs" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{RELS}">
<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="{{sheet}}"/>
<Relationship Id="rId2" Type="{DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""

ROOT = Path(__file__).resolve().parents[2]
# A header referencing the first two shared strings.
STRINGS_HEADER = '<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
# A header and one valid row (« lycee » is a kind, the position within the territory).
HEADER = ("external_id", "name", "kind", "latitude", "longitude")
GOOD_ROW = ("x1", "Lycée du Port", "lycee", "48.8215", "2.4120")


def inline_cell(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<c t="inlineStr"><is><t>{escaped}</t></is></c>'


def row_xml(cells: Iterable[str], number: int | None = None) -> str:
    r = f' r="{number}"' if number is not None else ""
    return f"<row{r}>{''.join(inline_cell(cell) for cell in cells)}</row>"


def sheet_xml(
    rows: Iterable[str], dimension: str = "A1:E2", tail: str = "</sheetData></worksheet>"
) -> Iterable[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'.encode()
    yield f'<dimension ref="{dimension}"/><sheetData>'.encode()
    yield from (row.encode() for row in rows)
    yield tail.encode()


def shared_strings_xml(strings: Iterable[str]) -> Iterable[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode()
    yield from (f"<si><t>{text}</t></si>".encode() for text in strings)
    yield b"</sst>"


def write_xlsx(
    path: Path,
    sheet: Iterable[bytes],
    strings: Iterable[bytes] | None = None,
    extra: dict[str, bytes] | None = None,
    sheet_part: str = "worksheets/sheet1.xml",
) -> Path:
    """A workbook of one sheet (``xl/`` + ``sheet_part``) and maybe a shared-strings part,
    each member streamed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        types = CONTENT_TYPES.replace("{strings}", STRINGS_TYPE if strings is not None else "")
        archive.writestr("[Content_Types].xml", types.replace("{sheet}", sheet_part))
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("{sheet}", sheet_part))
        for name, chunks in (
            ("xl/" + sheet_part, sheet),
            ("xl/sharedStrings.xml", strings),
        ):
            if chunks is None:
                continue
            with archive.open(name, "w", force_zip64=True) as member:
                for chunk in chunks:
                    member.write(chunk)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def repeated(chunk: str, count: int, block: int = 10_000) -> Iterable[str]:
    """``count`` copies of ``chunk``, joined by blocks (few Python calls)."""
    whole, rest = divmod(count, block)
    big = chunk * block
    for _ in range(whole):
        yield big
    yield chunk * rest


def declare_size(path: Path, member: str, size: int) -> None:
    """Make the zip's central directory declare ``size`` bytes for ``member`` (a lie)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) != -1:
        name_length, extra_length = struct.unpack_from("<HH", data, position + 28)
        if data[position + 46 : position + 46 + name_length] == name:
            struct.pack_into("<I", data, position + 24, size)  # (the sizes here are < 4 GB)
            path.write_bytes(bytes(data))
            return
        position += 46 + name_length + extra_length
    raise ValueError(member)


def read_in_child(path: Path) -> dict:
    """``read_in_child``'s answer on the file: memory above its start, rows, refusal."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.actors.read_in_child", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def expanding_strings(path: Path) -> Path:
    """~300 KB whose shared strings expand to 300 MB (the file of the issue)."""
    texts = ["name", "kind", *repeated("A" * 1000, 300_000, block=1000)]
    return write_xlsx(path, sheet_xml([STRINGS_HEADER]), shared_strings_xml(texts))


def lying_strings(path: Path) -> Path:
    """The same, its zip declaring 1 MB for the shared strings."""
    expanding_strings(path)
    declare_size(path, "xl/sharedStrings.xml", 1_000_000)
    return path


def tiny_strings(path: Path) -> Path:
    """8 million two-letter strings: 150 MB declared, within the expansion limit, but
    more than a gigabyte once openpyxl holds them as Python strings."""
    texts = ["name", "kind", *repeated("ab</t></si><si><t>", 8_000_000, block=100_000)]
    return write_xlsx(path, sheet_xml([STRINGS_HEADER]), shared_strings_xml(texts))


def three_million_rows(path: Path) -> Path:
    """3 million rows (under 1 MB on disk), a dimension that says so, and a broken end:
    a reader that went through every row would call the file unreadable instead."""
    rows = [row_xml(HEADER, 1), row_xml(GOOD_ROW, 2), *repeated(row_xml(("x", "y")), 3_000_000)]
    return write_xlsx(path, sheet_xml(rows, dimension="A1:E3000002", tail="<row><c"))
