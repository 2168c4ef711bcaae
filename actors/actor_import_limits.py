"""What an import file may hold, checked while it is read (not after), and the French
messages of a refusal. Memory and time stay bounded whatever the file claims: each reader
stops at the first limit passed, before reading further."""

from collections.abc import Iterable

from django.utils.translation import gettext as _

# Data lines (or GeoJSON features), the header not counted.
MAX_ROWS = 200_000
# Cells of one line (our own export has 15; other columns are read and ignored).
MAX_COLUMNS = 100
# Characters of one cell: the csv module's own default limit (the longest column kept, the
# description, has 5,000 characters; a longer one is a row error, this one a refusal).
MAX_CELL = 131_072
# Characters of one physical line of a CSV file (read whole before the csv module cuts it).
MAX_LINE = 1_048_576
# Levels of nesting of a GeoJSON document (a MultiPolygon's coordinates are 8 levels deep).
MAX_DEPTH = 20
# Values (numbers, texts, keys, brackets) and characters of one GeoJSON feature.
MAX_FEATURE_VALUES = 100_000
MAX_FEATURE_CHARS = 1_048_576

MB = 1024 * 1024


class ImportFileError(Exception):
    """The file as a whole cannot be read (format, encoding, missing columns, a limit)."""


class SourceRow(dict[str, str]):
    """A row's values by column, with what the reader found wrong in it (a GeoJSON
    feature's shape): ``(column, message)`` pairs, reported as the row's errors."""

    __slots__ = ("problems",)

    def __init__(
        self,
        values: Iterable[tuple[str, str]] = (),
        problems: Iterable[tuple[str, str]] = (),
    ) -> None:
        super().__init__(values)
        self.problems = list(problems)


def number(value: int) -> str:
    """200000 → « 200 000 », as the French write it."""
    return f"{value:,}".replace(",", " ")


def too_many_rows() -> ImportFileError:
    return ImportFileError(
        _("Le fichier dépasse %(max)s lignes : importez-le en plusieurs fois.")
        % {"max": number(MAX_ROWS)}
    )


def too_many_columns(line: int) -> ImportFileError:
    return ImportFileError(
        _("Ligne %(line)s : plus de %(max)s colonnes.") % {"line": line, "max": MAX_COLUMNS}
    )


def cell_too_long(line: int, column: str | None = None) -> ImportFileError:
    if column:
        return ImportFileError(
            _("Ligne %(line)s, colonne « %(column)s » : plus de %(max)s caractères.")
            % {"line": line, "column": column, "max": number(MAX_CELL)}
        )
    return ImportFileError(
        _(
            "Ligne %(line)s : une cellule a plus de %(max)s caractères (un guillemet "
            "jamais refermé ?)."
        )
        % {"line": line, "max": number(MAX_CELL)}
    )
