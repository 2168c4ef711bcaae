"""Reading the first sheet of an XLSX import within bounds, whatever the file claims.

openpyxl reads the cells (its read-only mode streams the sheet), but it holds some parts
whole: the shared strings (every distinct text of the workbook, one Python list), the
styles and other small parts (element trees), one row's element tree at a time, and it
reads each sheet whose dimension is missing to the end once, when it opens the file.
Before that, ``check_archive`` reads every XML part once with expat (streaming: constant
memory) and refuses the file at the first limit passed:

- the members' declared sizes: zipfile never inflates a member past its declared size (it
  fails on the checksum instead), so their sum bounds what the file expands to;
- in a sheet, the rows (a sheet of 3 million rows is refused at row 200,002), and the
  cells, elements and bytes of each row;
- the memory the shared strings will take once openpyxl has read them;
- in any other part, its size and number of elements.

The rows are then read with the sheet's dimension ignored: it may lie, and openpyxl would
pad every row to its width and yield empty rows up to its height.
"""

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string

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
# the list, and the emptied element the parser leaves behind for each (measured: ~80 B).
MAX_STRINGS_MEMORY = 64 * MB
STRING_OVERHEAD = 49 + 8 + 80
CHUNK = 1 << 16


def unreadable(error) -> ImportFileError:
    return ImportFileError(_("Le fichier XLSX est illisible (%(error)s).") % {"error": error})


def _part_too_big(part: str) -> ImportFileError:
    return ImportFileError(
        _(
            "Le fichier XLSX est illisible : sa partie « %(part)s » dépasse %(size)s Mo ou "
            "%(elements)s éléments."
        )
        % {"part": part, "size": MAX_PART // MB, "elements": number(MAX_PART_ELEMENTS)}
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


class _PartScan:
    """The expat handlers of one part; what is checked depends on its root element."""

    def __init__(self, name: str, declared: int, parser):
        self.name, self.declared, self.parser = name, declared, parser
        self.kind = None  # "sheet", "strings" or "other", from the root element
        self.elements = 0  # outside rows
        # In a sheet: rows seen, current line, and the current row's depth, cells,
        # column, elements, first byte.
        self.rows = self.line = self.row_depth = 0
        self.cells = self.column = self.row_elements = self.row_start = 0
        # In the shared strings: memory so far, the current string's length and width.
        self.memory = self.length = 0
        self.string_width = 1
        self.in_string = self.in_text = False
        self.phonetic = 0  # inside <rPh> (a reading aid openpyxl leaves out)
        self.string_elements = 0

    def start(self, name, attrs):
        local = _local(name)
        if self.kind is None:
            self.kind = {"worksheet": "sheet", "sst": "strings"}.get(local, "other")
            if self.kind == "other" and self.declared > MAX_PART:
                raise _part_too_big(self.name)
        if self.kind == "sheet":
            self._sheet_start(local, attrs)
        elif self.kind == "strings":
            self._strings_start(local)
        else:
            self._count()

    def end(self, name):
        if self.kind == "sheet" and self.row_depth:
            self.row_depth -= 1
            if not self.row_depth and self.parser.CurrentByteIndex - self.row_start > MAX_ROW_BYTES:
                raise self._row_too_big()
        elif self.kind == "strings":
            local = _local(name)
            if local == "si":
                self.in_string = False
                self._check_memory(STRING_OVERHEAD + self.length * self.string_width)
                self.memory += STRING_OVERHEAD + self.length * self.string_width
            elif local == "t":
                self.in_text = False
            elif local == "rPh":
                self.phonetic -= 1

    def text(self, data):
        if self.in_text and not self.phonetic:
            self.length += len(data)
            self.string_width = max(self.string_width, _width(data))
            self._check_memory(self.length * self.string_width)  # before the string ends

    def _count(self):
        self.elements += 1
        if self.elements > MAX_PART_ELEMENTS:
            raise _part_too_big(self.name)

    def _sheet_start(self, local, attrs):
        if self.row_depth:
            self.row_depth += 1
            self.row_elements += 1
            if self.row_elements > MAX_ROW_ELEMENTS:
                raise self._row_too_big()
            if local == "c":
                self._cell(attrs.get("r"))
        elif local == "row":
            self.rows += 1
            self.line = self._row_number(attrs.get("r"))
            if self.rows > MAX_ROWS + 1 or self.line > MAX_ROWS + 1:
                raise too_many_rows()
            self.row_depth = 1
            self.cells = self.column = self.row_elements = 0
            self.row_start = self.parser.CurrentByteIndex
        else:
            self._count()

    def _row_number(self, ref: str | None) -> int:
        try:
            return int(ref)
        except (TypeError, ValueError):  # no number: the next line (openpyxl does the same)
            return self.line + 1

    def _cell(self, ref: str | None):
        self.cells += 1
        letters = (ref or "").rstrip("0123456789")
        try:
            self.column = column_index_from_string(letters) if letters else self.column + 1
        except ValueError:  # more than three letters: beyond any sheet
            self.column = MAX_COLUMNS + 1
        if self.cells > MAX_COLUMNS or self.column > MAX_COLUMNS:
            raise too_many_columns(self.line)

    def _row_too_big(self) -> ImportFileError:
        return ImportFileError(
            _(
                "Ligne %(line)s : ligne trop volumineuse (plus de %(size)s Mo ou %(elements)s éléments)."
            )
            % {"line": self.line, "size": MAX_ROW_BYTES // MB, "elements": MAX_ROW_ELEMENTS}
        )

    def _strings_start(self, local):
        if local == "si":
            self.in_string, self.length, self.string_width = True, 0, 1
            self.string_elements = 0
        elif self.in_string:
            self.string_elements += 1
            if self.string_elements > MAX_ROW_ELEMENTS:
                raise _part_too_big(self.name)
            if local == "t":
                self.in_text = True
            elif local == "rPh":
                self.phonetic += 1

    def _check_memory(self, more: int):
        if self.memory + more > MAX_STRINGS_MEMORY:
            raise ImportFileError(
                _(
                    "Le fichier XLSX contient trop de texte (plus de %(max)s Mo une fois lu) : "
                    "importez-le en plusieurs fois."
                )
                % {"max": MAX_STRINGS_MEMORY // MB}
            )


def _refuse_declarations(*args):
    # A document type could declare entities that expand; no part of an XLSX has one.
    raise ImportFileError(_("Le fichier XLSX est illisible (déclaration DOCTYPE interdite)."))


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    scan = _PartScan(info.filename, info.file_size, parser)
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    parser.CharacterDataHandler = scan.text
    parser.StartDoctypeDeclHandler = _refuse_declarations
    with archive.open(info) as stream:
        chunk = stream.read(CHUNK)
        # Images and other binary members are not read by openpyxl: not scanned.
        if not chunk.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return
        try:
            while chunk:
                parser.Parse(chunk, False)
                chunk = stream.read(CHUNK)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise unreadable(f"{info.filename} : {exc}") from exc


def check_archive(path: Path) -> None:
    """Refuse the file at the first limit passed (see the module's docstring)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise unreadable(_("plus de %(max)s parties") % {"max": number(MAX_MEMBERS)})
            if sum(info.file_size for info in members) > MAX_EXPANDED:
                raise ImportFileError(
                    _(
                        "Le fichier XLSX se décompresse en plus de %(max)s Mo : importez-le "
                        "en plusieurs fois."
                    )
                    % {"max": MAX_EXPANDED // MB}
                )
            for info in members:
                if not info.is_dir():
                    _scan(archive, info)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise unreadable(exc) from exc
    except (NotImplementedError, RuntimeError) as exc:  # compression method, password
        raise unreadable(exc) from exc


def xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The first sheet's lines as ``(line, cells)``, line 1 first, empty lines included."""
    check_archive(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
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
