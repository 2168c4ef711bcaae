"""Reading the first sheet of an XLSX import within bounds, whatever the file claims.

openpyxl reads the cells (its read-only mode streams the sheet), but it holds some parts
whole: the shared strings (every distinct text of the workbook, one Python list), the
manifest, relationships, workbook, styles and properties (element trees), one row's element
tree at a time, and it reads each sheet whose dimension is missing to the end once, when it
opens the file. Before that, ``check_archive`` reads each part openpyxl will read (found as
openpyxl finds them: the workbook names its sheets) once with expat (streaming: constant
memory), and refuses the file at the first limit passed:

- the members' declared sizes: zipfile never inflates a member past its declared size (it
  fails on the checksum instead), so their sum bounds what the file expands to;
- in a sheet, the rows (a sheet of 3 million rows is refused at row 200,002), and the
  cells, elements and bytes of each row, and its elements outside the rows;
- the memory the shared strings will take once openpyxl has read them;
- in a part read whole, its size and number of elements.

Parts openpyxl leaves (a pivot table's cache, the calculation chain...) are not limited.
The rows are then read with the sheet's dimension ignored: it may lie, and openpyxl would
pad every row to its width and yield empty rows up to its height.
"""

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat
from xml.parsers.expat import XMLParserType

from openpyxl import load_workbook
from openpyxl.reader.workbook import WorkbookParser
from openpyxl.utils.cell import column_index_from_string, get_column_letter
from openpyxl.xml.constants import (
    ARC_CONTENT_TYPES,
    ARC_CORE,
    ARC_CUSTOM,
    ARC_STYLE,
    ARC_THEME,
    ARC_WORKBOOK,
    CONTYPES_NS,
    SHARED_STRINGS,
    XLSM,
    XLSX,
    XLTM,
    XLTX,
)
from openpyxl.xml.functions import fromstring

from django.utils.translation import gettext as _

from .actor_import_limits import (
    MAX_COLUMNS,
    MAX_ROWS,
    MB,
    ImportFileError,
    number,
    too_many_columns,
    too_many_rows,
)

MAX_EXPANDED = 256 * MB  # all the members, as declared
MAX_MEMBERS = 10_000
MAX_PART = 8 * MB  # a part other than a sheet or the shared strings
MAX_PART_ELEMENTS = 100_000  # and its elements (or a sheet's, outside its rows)
MAX_ROW_ELEMENTS = 20 * MAX_COLUMNS  # cells, values, rich-text runs of one row
MAX_ROW_BYTES = 8 * MB
# What openpyxl's list of shared strings may take: each string's own size, its slot in
# the list, and the emptied element the parser leaves behind for each (measured: 150 B
# a string, its characters apart).
MAX_STRINGS_MEMORY = 64 * MB
STRING_OVERHEAD = 150
CHUNK = 1 << 16
# Parts openpyxl reads whole (besides the relationships and the workbook): by their fixed
# names, and by their root element (a chartsheet's drawings and charts).
WHOLE = {ARC_CONTENT_TYPES, ARC_CORE, ARC_CUSTOM, ARC_STYLE, ARC_THEME}
WHOLE_ROOTS = {"wsDr", "chartSpace"}

__all__ = ["check_archive", "get_column_letter", "xlsx_records"]


def unreadable(error: object) -> ImportFileError:
    return ImportFileError(_("Le fichier XLSX est illisible (%(error)s).") % {"error": error})


def _part_too_big(part: str, what: str) -> ImportFileError:
    return ImportFileError(
        _("Le fichier XLSX est illisible : sa partie « %(part)s » %(what)s.")
        % {"part": part, "what": what}
    )


def _local(name: str) -> str:
    """The element's name without its namespace (expat gives « namespace name »)."""
    return name[name.rfind(" ") + 1 :]


def _width(text: str) -> int:
    """Bytes per character of the Python string (ASCII and Latin-1: 1)."""
    if text.isascii():
        return 1
    highest = max(text)
    return 1 if highest <= "\xff" else 2 if highest <= "\uffff" else 4


class _OtherScan:
    """A part openpyxl reads whole (workbook, styles, relationships...): small."""

    def __init__(self, name: str, declared: int, parser: XMLParserType):
        if declared > MAX_PART:
            raise self._too_big(name)
        self.name, self.elements = name, 0
        parser.StartElementHandler = self.start

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_PART_ELEMENTS:
            raise self._too_big(self.name)

    def _too_big(self, name: str) -> ImportFileError:
        what = _("dépasse %(size)s Mo ou %(elements)s éléments") % {
            "size": MAX_PART // MB,
            "elements": number(MAX_PART_ELEMENTS),
        }
        return _part_too_big(name, what)


class _SheetScan(_OtherScan):
    """A sheet, read a row at a time by openpyxl: the rows, and each row's cells,
    elements and bytes. Its elements outside the rows count as another part's."""

    def __init__(self, name: str, declared: int, parser: XMLParserType):
        self.name, self.parser, self.elements = name, parser, 0
        self.rows = self.line = 0
        # The current row: its depth (0: outside any row), cells, elements, first byte.
        self.depth = self.cells = self.row_elements = self.row_start = 0
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if not self.depth:
            if _local(name) == "row":
                self._row(attrs.get("r"))
            else:
                super().start(name, attrs)
            return
        self.depth += 1
        self.row_elements += 1
        if self.row_elements > MAX_ROW_ELEMENTS:
            raise self._row_too_big()
        if name[-2:] == " c" or name == "c":
            self.cells += 1
            ref = attrs.get("r") or ""
            # Two letters or more (AA1...): beyond a column openpyxl pads the row to.
            if self.cells > MAX_COLUMNS or (ref[1:2].isalpha() and _column(ref) > MAX_COLUMNS):
                raise too_many_columns(self.line)

    def end(self, name: str) -> None:
        if self.depth:
            self.depth -= 1
            if not self.depth and self.parser.CurrentByteIndex - self.row_start > MAX_ROW_BYTES:
                raise self._row_too_big()

    def _too_big(self, name: str) -> ImportFileError:
        what = _("compte plus de %(elements)s éléments hors de ses lignes") % {
            "elements": number(MAX_PART_ELEMENTS)
        }
        return _part_too_big(name, what)

    def _row(self, ref: str | None) -> None:
        self.rows += 1
        try:
            self.line = int(ref or "")
        except ValueError:  # no number: the next line (as openpyxl reads it)
            self.line += 1
        if self.rows > MAX_ROWS + 1 or self.line > MAX_ROWS + 1:
            raise too_many_rows()
        self.depth, self.cells, self.row_elements = 1, 0, 0
        self.row_start = self.parser.CurrentByteIndex

    def _row_too_big(self) -> ImportFileError:
        return ImportFileError(
            _(
                "Ligne %(line)s : ligne trop volumineuse (plus de %(size)s Mo ou %(elements)s "
                "éléments)."
            )
            % {"line": self.line, "size": MAX_ROW_BYTES // MB, "elements": MAX_ROW_ELEMENTS}
        )


class _StringsScan:
    """The shared strings, which openpyxl loads whole: the memory they will take."""

    def __init__(self, name: str, declared: int, parser: XMLParserType):
        self.name = name
        self.memory = self.length = self.elements = self.phonetic = 0
        self.width = 1
        self.in_string = self.in_text = False
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "si":
            self.in_string, self.length, self.width, self.elements = True, 0, 1, 0
        elif self.in_string:
            self.elements += 1
            if self.elements > MAX_ROW_ELEMENTS:
                what = _("a un texte de plus de %(max)s éléments") % {"max": MAX_ROW_ELEMENTS}
                raise _part_too_big(self.name, what)
            if local == "t":
                self.in_text = True
            elif local == "rPh":  # a reading aid, left out by openpyxl
                self.phonetic += 1

    def end(self, name: str) -> None:
        local = _local(name)
        if local == "si":
            self.in_string = False
            self.memory += self._check(STRING_OVERHEAD + self.length * self.width)
        elif local == "t":
            self.in_text = False
        elif local == "rPh":
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.in_text and not self.phonetic:
            self.length += len(data)
            self.width = max(self.width, _width(data))
            self._check(self.length * self.width)  # before the string ends

    def _check(self, more: int) -> int:
        if self.memory + more > MAX_STRINGS_MEMORY:
            raise ImportFileError(
                _(
                    "Le fichier XLSX contient trop de texte (plus de %(max)s Mo une fois lu) : "
                    "importez-le en plusieurs fois."
                )
                % {"max": MAX_STRINGS_MEMORY // MB}
            )
        return more


def _column(ref: str) -> int:
    try:
        return column_index_from_string(ref.rstrip("0123456789"))
    except ValueError:  # more than three letters: beyond any sheet
        return MAX_COLUMNS + 1


def _refuse_declarations(*args: object) -> NoReturn:
    # A document type could declare entities that expand; no part of an XLSX has one.
    raise ImportFileError(_("Le fichier XLSX est illisible (déclaration DOCTYPE interdite)."))


class _NotRead(Exception):
    """A part openpyxl does not read: no need to scan it further."""


Scan = type[_OtherScan] | type[_StringsScan]


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: Scan | None = None) -> None:
    """Read one part with expat and check it as ``kind``; without one, as its root element
    says (a chartsheet's drawings and charts), or not at all (a part openpyxl leaves)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_declarations

    def root(name: str, attrs: dict[str, str]) -> None:
        found: Scan | None = kind or (_OtherScan if _local(name) in WHOLE_ROOTS else None)
        if found is None:
            raise _NotRead
        found(info.filename, info.file_size, parser).start(name, attrs)

    parser.StartElementHandler = root
    with archive.open(info) as stream:
        chunk = stream.read(CHUNK)
        # Images and other binary members are not parsed by openpyxl.
        if kind is None and not chunk.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return
        try:
            while chunk:
                parser.Parse(chunk, False)
                chunk = stream.read(CHUNK)
            parser.Parse(b"", True)
        except _NotRead:
            pass
        except expat.ExpatError as exc:
            raise unreadable(f"{info.filename} : {exc}") from exc


def _content_types(archive: zipfile.ZipFile) -> tuple[str, str | None]:
    """The workbook part and the shared strings, by their content types (as openpyxl's
    ``_find_workbook_part`` finds the workbook: an override, else the default name)."""
    root = fromstring(archive.read(ARC_CONTENT_TYPES))
    overrides = {
        node.get("ContentType"): node.get("PartName", "").lstrip("/")
        for node in reversed(root.findall(f"{{{CONTYPES_NS}}}Override"))
    }
    defaults = {node.get("ContentType") for node in root.findall(f"{{{CONTYPES_NS}}}Default")}
    types = (XLTM, XLTX, XLSM, XLSX)
    workbook = next((overrides[kind] for kind in types if kind in overrides), None)
    if workbook is None and defaults & set(types):
        workbook = ARC_WORKBOOK
    if workbook is None:
        raise unreadable(_("aucun classeur"))
    return workbook, overrides.get(SHARED_STRINGS)


def _sheets_and_strings(archive: zipfile.ZipFile) -> tuple[str, dict[str, Scan], str | None]:
    """The workbook part, the parts openpyxl reads as sheets (and how to check each), and
    its shared strings, found as openpyxl finds them (the parts read here are checked)."""
    try:
        workbook, strings = _content_types(archive)
        _scan(archive, archive.getinfo(workbook), _OtherScan)
        parser = WorkbookParser(archive, workbook, keep_links=False)
        parser.parse()
        sheets: dict[str, Scan] = {
            rel.target: _OtherScan if "chartsheet" in rel.Type else _SheetScan
            for _sheet, rel in parser.find_sheets()
        }
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl fails in many ways on a malformed workbook
        raise unreadable(exc) from exc
    return workbook, sheets, strings


def check_archive(path: Path) -> None:
    """Refuse the file at the first limit passed (see the module's docstring)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = {info.filename: info for info in archive.infolist() if not info.is_dir()}
            if len(members) > MAX_MEMBERS:
                raise unreadable(_("plus de %(max)s parties") % {"max": number(MAX_MEMBERS)})
            if sum(info.file_size for info in members.values()) > MAX_EXPANDED:
                raise ImportFileError(
                    _(
                        "Le fichier XLSX se décompresse en plus de %(max)s Mo : importez-le "
                        "en plusieurs fois."
                    )
                    % {"max": MAX_EXPANDED // MB}
                )
            # What openpyxl reads whole first: the manifest, the relationships, the parts
            # of fixed names; then the workbook, which names the sheets.
            whole = {name for name in members if name in WHOLE or name.endswith(".rels")}
            for name in sorted(whole):
                _scan(archive, members[name], _OtherScan)
            workbook, sheets, strings = _sheets_and_strings(archive)
            kinds: dict[str, Scan] = dict(sheets)
            if strings:
                kinds[strings] = _StringsScan
            for name, info in members.items():
                if name not in whole and name != workbook:
                    _scan(archive, info, kinds.get(name))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise unreadable(exc) from exc
    except (NotImplementedError, RuntimeError) as exc:  # compression method, password
        raise unreadable(exc) from exc


def xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The first sheet's lines as ``(line, cells)``, line 1 first, empty lines included."""
    check_archive(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl fails in many ways on a malformed workbook
        raise unreadable(exc) from exc
    try:
        if not workbook.worksheets:
            raise unreadable(_("aucune feuille"))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        line = 0
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # a malformed cell (see above)
                raise unreadable(exc) from exc
            line += 1
            yield line, ["" if value is None else str(value) for value in values]
    finally:
        workbook.close()
