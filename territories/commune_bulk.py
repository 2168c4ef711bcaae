"""Adding communes to a territory in bulk: from INSEE codes, a département, or detailed lines.

The platform ships no reference list of French communes. A commune is therefore made from
what the team gives – a line ``code INSEE;nom;code postal;latitude;longitude`` – or, when
only its code is given, copied from the same commune already known to the platform in
another territory. A département code (``94``, ``2A``, ``971``) adds every commune of that
département the platform knows.

Everything is checked before anything is written: one bad line and nothing is written,
and every bad line is named with its number and what was expected. The write is one
transaction of ``bulk_create``; the codes the territory already has are read in one query,
so the cost per row does not grow with the size of the territory.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from network.validators import (
    INSEE_CODE,
    validate_latitude,
    validate_longitude,
    validate_postcodes,
)

from .models import Commune, Territory

# Lines read at most from one paste or file (France counts ~35,000 communes).
MAX_LINES = 40_000
# Codes looked up per query among the other territories' communes (SQLite's variables).
LOOKUP_CHUNK = 500
BATCH_SIZE = 1_000
# Errors shown at most: the count of the others is given.
MAX_ERRORS_SHOWN = 200

DEPARTEMENT = re.compile(r"^(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])\Z")
CODE_SEPARATORS = re.compile(r"[\s,;|]+")
POSTCODE_SEPARATORS = re.compile(r"[\s,|/]+")
HEADER_WORDS = ("insee", "code", "commune")
EXPECTED = "code INSEE;nom;code postal;latitude;longitude"


@dataclass
class Row:
    """One commune to add, as given (empty fields are taken from the platform's copy)."""

    insee_code: str
    line: str  # « ligne 3 du texte collé », for errors
    name: str = ""
    postcodes: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None


@dataclass
class Parsed:
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class BulkResult:
    created: int = 0
    already_there: int = 0  # codes the territory already had
    repeated: int = 0  # codes given twice or more
    errors: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return self.already_there + self.repeated

    @property
    def shown_errors(self) -> list[str]:
        return self.errors[:MAX_ERRORS_SHOWN]

    @property
    def hidden_errors(self) -> int:
        return max(0, len(self.errors) - MAX_ERRORS_SHOWN)


def _is_code(token: str) -> bool:
    return bool(INSEE_CODE.match(token.upper()))


def _number(text: str) -> float:
    return float(text.strip().replace(",", "."))


def _split_detailed(text: str) -> list[str]:
    """A detailed line's fields: by « ; », else tabs, else commas."""
    for separator in (";", "\t", ","):
        if separator in text:
            return [part.strip() for part in text.split(separator)]
    return [text.strip()]


def _detailed_row(fields: list[str], where: str) -> Row | str:
    """A ``code;nom;code postal;latitude;longitude`` line, or the error naming it."""
    code = fields[0].upper()
    if not _is_code(code):
        return _(
            "%(where)s : « %(value)s » n’est pas un code INSEE (5 caractères : 5 chiffres, ou "
            "2A/2B suivis de 3 chiffres) ; attendu : des codes INSEE, ou « %(expected)s »."
        ) % {"where": where, "value": fields[0][:40], "expected": EXPECTED}
    if len(fields) > 5:
        return _("%(where)s : %(count)s champs, 5 au plus attendus : « %(expected)s ».") % {
            "where": where,
            "count": len(fields),
            "expected": EXPECTED,
        }
    fields = fields + [""] * (5 - len(fields))
    row = Row(insee_code=code, line=where, name=" ".join(fields[1].split()))
    problems: list[str] = []
    if len(row.name) > 120:
        problems.append(_("le nom compte 120 caractères au plus"))
    postcodes = [p for p in POSTCODE_SEPARATORS.split(fields[2]) if p]
    row.postcodes = ", ".join(postcodes)
    try:
        validate_postcodes(row.postcodes)
    except ValidationError:
        problems.append(_("le code postal compte 5 chiffres (« 94220 » ou « 94220 94230 »)"))
    if len(row.postcodes) > 400:
        problems.append(_("400 caractères de codes postaux au plus"))
    latitude, longitude = fields[3], fields[4]
    if bool(latitude) != bool(longitude):
        problems.append(_("donnez la latitude et la longitude, ou aucune des deux"))
    elif latitude:
        try:
            row.latitude, row.longitude = _number(latitude), _number(longitude)
            validate_latitude(row.latitude)
            validate_longitude(row.longitude)
        except (ValueError, ValidationError):
            problems.append(
                _(
                    "latitude entre -90 et 90 et longitude entre -180 et 180 attendues, en "
                    "degrés décimaux (48.8219;2.4139)"
                )
            )
    if problems:
        return _("%(where)s : %(problems)s.") % {"where": where, "problems": " ; ".join(problems)}
    return row


def _is_header(text: str) -> bool:
    first = _split_detailed(text)[0].lower()
    return not _is_code(first) and any(word in first for word in HEADER_WORDS)


def parse_lines(text: str, source: str) -> Parsed:
    """Read pasted text or a file's content: each line is a list of INSEE codes (any
    separators: spaces, commas, semicolons, tabs) or one detailed commune
    (``code INSEE;nom;code postal;latitude;longitude``). A first line naming columns
    (« insee », « code »...) is a header and skipped. ``source`` names where the lines come
    from in errors (« du texte collé », « du fichier »)."""
    parsed = Parsed()
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        parsed.errors.append(
            _("%(count)s lignes %(source)s : %(max)s au plus.")
            % {"count": len(lines), "source": source, "max": MAX_LINES}
        )
        return parsed
    for number, raw in enumerate(lines, start=1):
        text_line = raw.strip().lstrip("\ufeff")
        if not text_line or text_line.startswith("#"):
            continue
        if number == 1 and _is_header(text_line):
            continue
        where = _("ligne %(number)s %(source)s") % {"number": number, "source": source}
        tokens = [t for t in CODE_SEPARATORS.split(text_line) if t]
        if all(_is_code(token) for token in tokens):
            parsed.rows.extend(Row(insee_code=t.upper(), line=where) for t in tokens)
            continue
        result = _detailed_row(_split_detailed(text_line), where)
        if isinstance(result, Row):
            parsed.rows.append(result)
        else:
            parsed.errors.append(result)
    return parsed


def parse_departements(text: str) -> tuple[list[str], list[str]]:
    """Département codes (« 94 », « 2A », « 971 »; several separated by spaces or commas),
    and the errors naming the bad ones."""
    codes, errors = [], []
    for token in (t for t in CODE_SEPARATORS.split(text.strip()) if t):
        code = token.upper().zfill(2) if token.isdigit() else token.upper()
        if DEPARTEMENT.match(code):
            codes.append(code)
        else:
            errors.append(
                _(
                    "Département « %(value)s » : un code de 2 caractères est attendu (01 à 95, "
                    "2A, 2B) ou de 3 chiffres outre-mer (971 à 976)."
                )
                % {"value": token[:20]}
            )
    return codes, errors


def _known_elsewhere(territory: Territory, codes: Sequence[str]) -> dict[str, Commune]:
    """The platform's copy of each code, from another territory (one query per chunk)."""
    known: dict[str, Commune] = {}
    for start in range(0, len(codes), LOOKUP_CHUNK):
        chunk = codes[start : start + LOOKUP_CHUNK]
        for commune in (
            Commune.objects.filter(insee_code__in=chunk)
            .exclude(territory=territory)
            .order_by("insee_code", "pk")
        ):
            known.setdefault(commune.insee_code, commune)
    return known


def departement_rows(territory: Territory, departements: Iterable[str]) -> Parsed:
    """Every commune of these départements known to the platform in other territories."""
    parsed = Parsed()
    for code in departements:
        found = (
            Commune.objects.filter(insee_code__startswith=code)
            .exclude(territory=territory)
            .order_by("insee_code", "pk")
            .values_list("insee_code", flat=True)
            .distinct()
        )
        where = _("département %(code)s") % {"code": code}
        before = len(parsed.rows)
        parsed.rows.extend(Row(insee_code=insee, line=where) for insee in found)
        if len(parsed.rows) == before:
            parsed.errors.append(
                _(
                    "Département %(code)s : la plateforme ne connaît encore aucune de ses "
                    "communes ; collez-les en lignes « %(expected)s »."
                )
                % {"code": code, "expected": EXPECTED}
            )
    return parsed


def communes_add(
    territory: Territory, rows: Sequence[Row], errors: Sequence[str] = ()
) -> BulkResult:
    """Check ``rows`` and, when none is wrong (and ``errors`` is empty), create them in one
    transaction. Codes the territory has, or given twice, are skipped and counted."""
    result = BulkResult(errors=list(errors))
    existing = set(Commune.objects.filter(territory=territory).values_list("insee_code", flat=True))
    new: dict[str, Row] = {}
    for row in rows:
        if row.insee_code in existing:
            result.already_there += 1
        elif row.insee_code in new:
            result.repeated += 1
        else:
            new[row.insee_code] = row
    missing = [code for code, row in new.items() if not row.name or row.latitude is None]
    known = _known_elsewhere(territory, missing)
    communes = []
    for code, row in new.items():
        copy = known.get(code)
        if not row.name and copy is None:
            result.errors.append(
                _(
                    "%(where)s : le code %(code)s n’est connu d’aucun territoire de la "
                    "plateforme ; donnez aussi son nom : « %(expected)s »."
                )
                % {"where": row.line, "code": code, "expected": EXPECTED}
            )
            continue
        communes.append(
            Commune(
                territory=territory,
                insee_code=code,
                name=row.name or (copy.name if copy else ""),
                postcodes=row.postcodes or (copy.postcodes if copy else ""),
                latitude=row.latitude if row.latitude is not None else _attr(copy, "latitude"),
                longitude=row.longitude if row.latitude is not None else _attr(copy, "longitude"),
                population=row.population
                if row.population is not None
                else (copy.population if copy else None),
            )
        )
    if result.errors:
        return result
    with transaction.atomic():
        start = (
            Commune.objects.filter(territory=territory).aggregate(last=Max("sort_order"))["last"]
            or 0
        )
        for offset, commune in enumerate(communes, start=1):
            commune.sort_order = start + offset
        Commune.objects.bulk_create(communes, batch_size=BATCH_SIZE)
        if communes:
            communes_changed(territory)
    result.created = len(communes)
    return result


def communes_changed(territory: Territory) -> None:
    """After communes were added, edited or deleted: the territory's position (the centre
    of its communes, unless one was chosen), saved so that its signals make the page cache
    and the map forget what they showed (``bulk_create`` sends none)."""
    territory.refresh_position()
    territory.save(update_fields=["latitude", "longitude"])


def _attr(commune: Commune | None, name: str) -> float | None:
    if commune is None:
        return None
    value: float | None = getattr(commune, name)
    return value
