"""Importing actors from a spreadsheet or GeoJSON file, validated first, written all at once.

Two passes over the file keep memory flat whatever its size: the first validates every row
and collects the errors (line, column, what is expected); the second, only when nothing is
fatally wrong (or with ``skip_invalid``), writes the valid rows in bulk inside one
transaction. Re-importing the same file updates actors found by (territory, source,
external_id) and creates no duplicates. The search index and the map caches are updated
once, at the end.
"""

import codecs
import csv
import io
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from network.models import Theme
from network.text import fold
from network.validators import INSEE_CODE

from .duplicates import DuplicateIndex
from .models import Actor, ActorKind, Offer, Territory

BATCH = 1000
# Actors per search-indexing task after an import.
INDEX_BATCH = 2000
# An imported position must lie within this distance of one of the territory's communes.
AREA_MARGIN_KM = 15.0
MAX_ROWS = 200_000

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
LIMITS = {
    "name": 200,
    "description": 5000,
    "address": 255,
    "city": 120,
    "phone": 30,
    "website": 300,
}


class ImportFileError(Exception):
    """The file as a whole cannot be read (format, encoding, missing columns)."""


@dataclass
class RowError:
    line: int
    column: str
    message: str

    def __str__(self):
        return _("ligne %(line)s, colonne « %(column)s » : %(message)s") % {
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportReport:
    territory: str
    source: str
    dry_run: bool
    skip_invalid: bool
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    # Rows that would create an actor looking like one the territory already has: imported
    # as their own card (never merged silently), listed so the team can merge them.
    duplicates: list["DuplicateFlag"] = field(default_factory=list)
    written: bool = False

    @property
    def bad_lines(self) -> set[int]:
        return {error.line for error in self.errors}

    @property
    def failed(self) -> bool:
        return bool(self.errors) and not self.skip_invalid

    def summary(self) -> str:
        if self.failed:
            head = _(
                "Import refusé : %(bad)s ligne(s) sur %(rows)s comportent des erreurs. Rien n’a "
                "été écrit. Corrigez le fichier, ou relancez avec --skip-invalid pour importer "
                "les lignes valides."
            ) % {"bad": len(self.bad_lines), "rows": self.rows}
        else:
            head = _(
                "%(mode)s : %(rows)s ligne(s) lue(s), %(created)s acteur(s) créé(s), "
                "%(updated)s mis à jour, %(unchanged)s inchangé(s), %(skipped)s ligne(s) ignorée(s)."
            ) % {
                "mode": _("Simulation (rien n’a été écrit)")
                if self.dry_run
                else _("Import terminé"),
                "rows": self.rows,
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
                "skipped": self.skipped,
            }
        lines = [head, *(str(error) for error in self.errors)]
        if self.duplicates:
            lines.append(
                _("%(count)s ligne(s) ressemblent à des acteurs existants (doublons possibles) :")
                % {"count": len(self.duplicates)}
            )
            lines += [str(flag) for flag in self.duplicates]
        return "\n".join(lines)

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow([_("ligne"), _("colonne"), _("erreur")])
        for error in self.errors:
            writer.writerow([error.line, error.column, error.message])
        for flag in self.duplicates:
            writer.writerow([flag.line, "name", flag.message])
        return "\ufeff" + out.getvalue()


@dataclass
class DuplicateFlag:
    line: int
    name: str
    actor_id: int
    actor_name: str
    reasons: list[str]
    new_actor_id: int | None = None  # the card the row created (none in a dry run)

    @property
    def message(self) -> str:
        return _("doublon possible de « %(actor)s » (fiche n° %(id)s) : %(why)s") % {
            "actor": self.actor_name,
            "id": self.actor_id,
            "why": ", ".join(self.reasons),
        }

    def __str__(self):
        return _("Ligne %(line)s, « %(name)s » : %(message)s") % {
            "line": self.line,
            "name": self.name,
            "message": self.message,
        }

    def as_dict(self) -> dict:
        return {
            "line": self.line,
            "name": self.name,
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "reasons": self.reasons,
            "new_actor_id": self.new_actor_id,
        }


# -- reading ------------------------------------------------------------------------------


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


# -- validating ---------------------------------------------------------------------------


class Vocabulary:
    """A taxonomy looked up by slug or French label, case and accents ignored."""

    def __init__(self, model):
        self.by_key = {}
        for item in model.objects.all():
            self.by_key[fold(item.slug)] = item
            self.by_key[fold(item.name)] = item
        self.choices = ", ".join(sorted(item.slug for item in model.objects.all()))
        self._seen = {}  # raw value → item: files repeat the same few labels on every row

    def get(self, value: str):
        if value not in self._seen:
            if len(self._seen) > 10_000:  # bounded, whatever the file holds
                self._seen.clear()
            self._seen[value] = self.by_key.get(fold(value.strip()))
        return self._seen[value]


def _haversine_km(lat1, lng1, lat2, lng2) -> float:
    lat1, lng1, lat2, lng2 = map(math.radians, (lat1, lng1, lat2, lng2))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


@dataclass
class CleanRow:
    line: int
    external_id: str
    values: dict
    kind: ActorKind
    theme_ids: list[int]
    offer_ids: list[int]


class RowValidator:
    def __init__(self, territory: Territory):
        self.territory = territory
        self.kinds = Vocabulary(ActorKind)
        self.themes = Vocabulary(Theme)
        self.offers = Vocabulary(Offer)
        self.centres = [
            (commune.latitude, commune.longitude)
            for commune in territory.communes.all()
            if commune.latitude is not None and commune.longitude is not None
        ]
        self.email = EmailValidator()
        self.url = URLValidator(schemes=["http", "https"])

    def _terms(
        self, raw: str, vocabulary: Vocabulary, column: str, errors: list[RowError], line: int
    ):
        found = []
        for term in (part.strip() for part in (raw or "").split("|")):
            if not term:
                continue
            item = vocabulary.get(term)
            if item is None:
                errors.append(
                    RowError(
                        line,
                        column,
                        _("« %(term)s » est inconnu. Valeurs possibles : %(choices)s")
                        % {"term": term, "choices": vocabulary.choices},
                    )
                )
            else:
                found.append(item.pk)
        return sorted(set(found))

    def validate(self, line: int, row: dict) -> tuple[CleanRow | None, list[RowError]]:
        errors: list[RowError] = []
        get = lambda key: str(row.get(key) or "").strip()  # noqa: E731
        values = {}

        name = get("name")
        if not name:
            errors.append(RowError(line, "name", _("le nom est obligatoire")))
        for column, limit in LIMITS.items():
            if len(get(column)) > limit:
                errors.append(
                    RowError(line, column, _("%(limit)s caractères au plus") % {"limit": limit})
                )
        values.update(
            name=name[:200],
            description=get("description")[:5000],
            address=get("address")[:255],
            city=get("city")[:120],
            phone=get("phone")[:30],
        )

        kind = None
        if not get("kind"):
            errors.append(
                RowError(
                    line,
                    "kind",
                    _("le type est obligatoire. Valeurs possibles : %(c)s")
                    % {"c": self.kinds.choices},
                )
            )
        else:
            kind = self.kinds.get(get("kind"))
            if kind is None:
                errors.append(
                    RowError(
                        line,
                        "kind",
                        _("type « %(kind)s » inconnu. Valeurs possibles : %(choices)s")
                        % {"kind": get("kind"), "choices": self.kinds.choices},
                    )
                )
        theme_ids = self._terms(get("themes"), self.themes, "themes", errors, line)
        offer_ids = self._terms(get("offers"), self.offers, "offers", errors, line)

        postcode = get("postcode")
        if postcode and not (len(postcode) == 5 and postcode.isdigit()):
            errors.append(RowError(line, "postcode", _("attendu 5 chiffres, par exemple 94220")))
        insee = get("insee")
        if insee and not INSEE_CODE.match(insee):
            errors.append(
                RowError(
                    line, "insee", _("attendu un code INSEE de 5 caractères, par exemple 94018")
                )
            )
        values.update(postcode=postcode, commune_insee=insee)

        email = get("email")
        if email:
            try:
                self.email(email)
            except ValidationError:
                errors.append(
                    RowError(
                        line, "email", _("adresse e-mail invalide, par exemple contact@exemple.fr")
                    )
                )
        website = get("website")
        if website and "://" not in website:
            website = f"https://{website}"
        if website:
            try:
                self.url(website)
            except ValidationError:
                errors.append(
                    RowError(
                        line, "website", _("adresse web invalide, par exemple https://exemple.fr")
                    )
                )
        values.update(email=email, website=website)

        values.update(latitude=None, longitude=None, location="")
        lat_raw, lng_raw = get("latitude").replace(",", "."), get("longitude").replace(",", ".")
        if lat_raw or lng_raw:
            try:
                lat, lng = float(lat_raw), float(lng_raw)
                if not (math.isfinite(lat) and math.isfinite(lng)):
                    raise ValueError
            except ValueError:
                column = "latitude" if not _is_float(lat_raw) else "longitude"
                errors.append(
                    RowError(
                        line,
                        column,
                        _("attendu deux nombres décimaux (latitude et longitude en degrés WGS84)"),
                    )
                )
            else:
                if not (-90 <= lat <= 90):
                    errors.append(
                        RowError(line, "latitude", _("attendu une latitude entre -90 et 90"))
                    )
                elif not (-180 <= lng <= 180):
                    errors.append(
                        RowError(line, "longitude", _("attendu une longitude entre -180 et 180"))
                    )
                elif (
                    self.centres
                    # any(): stops at the first commune close enough (most rows: the first few).
                    and not any(_haversine_km(lat, lng, *c) <= AREA_MARGIN_KM for c in self.centres)
                ):
                    errors.append(
                        RowError(
                            line,
                            "latitude",
                            _(
                                "position (%(lat)s, %(lng)s) hors du territoire : elle doit se trouver à "
                                "moins de %(km)s km d’une de ses communes (latitude et longitude inversées ?)"
                            )
                            % {"lat": lat, "lng": lng, "km": int(AREA_MARGIN_KM)},
                        )
                    )
                else:
                    values.update(
                        latitude=lat, longitude=lng, location=f"SRID=4326;POINT({lng} {lat})"
                    )

        external_id = get("external_id")[:120] or f"auto:{fold(name)}|{postcode}"[:120]
        if errors:
            return None, errors
        return CleanRow(line, external_id, values, kind, theme_ids, offer_ids), []


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# -- writing ------------------------------------------------------------------------------

COMPARED = (
    "name",
    "description",
    "address",
    "postcode",
    "city",
    "commune_insee",
    "email",
    "phone",
    "website",
    "latitude",
    "longitude",
    "location",
)


def _batches(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Writer:
    def __init__(self, territory: Territory, source: str, publish: bool, report: ImportReport):
        self.territory, self.source, self.publish, self.report = territory, source, publish, report
        self.now = timezone.now()
        self.created_by_line: dict[int, int] = {}
        existing = Actor.objects.filter(territory=territory, source=source).exclude(external_id="")
        self.existing = {
            row["external_id"]: row
            for row in existing.values("id", "external_id", "kind_id", *COMPARED)
        }
        self.slugs = set(Actor.objects.filter(territory=territory).values_list("slug", flat=True))
        self.touched_ids: list[int] = []
        through = Actor.themes.through
        self.themes_of = _links(through, "theme_id", [row["id"] for row in self.existing.values()])
        self.offers_of = _links(
            Actor.offers.through, "offer_id", [row["id"] for row in self.existing.values()]
        )

    def _slug(self, name: str) -> str:
        base = slugify(name)[:200] or "acteur"
        slug, n = base, 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug

    def write(self, rows: list[CleanRow]) -> None:
        creates, updates, links = [], [], []
        for row in rows:
            current = self.existing.get(row.external_id)
            if current is None:
                actor = Actor(
                    territory=self.territory,
                    source=self.source,
                    external_id=row.external_id,
                    kind=row.kind,
                    slug=self._slug(row.values["name"]),
                    live=self.publish,
                    has_unpublished_changes=not self.publish,
                    first_published_at=self.now if self.publish else None,
                    last_published_at=self.now if self.publish else None,
                    created_at=self.now,
                    updated_at=self.now,
                    **row.values,
                )
                actor.search_text = actor.build_search_text()
                creates.append((actor, row))
                continue
            same = (
                all(current[name] == row.values[name] for name in COMPARED)
                and current["kind_id"] == row.kind.pk
                and self.themes_of.get(current["id"], []) == row.theme_ids
                and self.offers_of.get(current["id"], []) == row.offer_ids
            )
            if same:
                self.report.unchanged += 1
                continue
            actor = Actor(
                id=current["id"],
                territory=self.territory,
                kind=row.kind,
                updated_at=self.now,
                **row.values,
            )
            actor.search_text = actor.build_search_text()
            updates.append(actor)
            links.append((current["id"], row))

        Actor.objects.bulk_create([actor for actor, _row in creates], batch_size=BATCH)
        links += [(actor.pk, row) for actor, row in creates]
        self.created_by_line.update((row.line, actor.pk) for actor, row in creates)
        if updates:
            Actor.objects.bulk_update(
                updates, [*COMPARED, "kind", "search_text", "updated_at"], batch_size=BATCH
            )
        self._set_links([actor_id for actor_id, _row in links], links)
        self.report.created += len(creates)
        self.report.updated += len(updates)
        self.touched_ids += [actor_id for actor_id, _row in links]

    def _set_links(self, actor_ids, links):
        if not actor_ids:
            return
        Themes, Offers = Actor.themes.through, Actor.offers.through
        Themes.objects.filter(actor_id__in=actor_ids).delete()
        Offers.objects.filter(actor_id__in=actor_ids).delete()
        Themes.objects.bulk_create(
            [Themes(actor_id=aid, theme_id=tid) for aid, row in links for tid in row.theme_ids],
            batch_size=BATCH,
        )
        Offers.objects.bulk_create(
            [Offers(actor_id=aid, offer_id=oid) for aid, row in links for oid in row.offer_ids],
            batch_size=BATCH,
        )


def _links(through, column: str, actor_ids: list[int]) -> dict[int, list[int]]:
    links: dict[int, list[int]] = {}
    for batch in _batches(actor_ids, 5000):
        for actor_id, other in through.objects.filter(actor_id__in=batch).values_list(
            "actor_id", column
        ):
            links.setdefault(actor_id, []).append(other)
    return {actor_id: sorted(values) for actor_id, values in links.items()}


def _after_write(actor_ids: list[int]) -> None:
    """Once per import, after its commit: the map caches, the admin's search index (in the
    background: the search backend writes each actor's vectors one by one, slower than the
    whole import) and the geocoding of actors without a position."""
    from .actor_map import bump_version
    from .tasks import index_actors

    bump_version()
    for batch in _batches(actor_ids, INDEX_BATCH):
        index_actors.delay(list(batch))


def actors_index(actor_ids: list[int]) -> int:
    """Add actors to the admin's search index and queue the geocoding of those without a
    position (``tasks.index_actors``, after an import)."""
    from wagtail.search.backends import get_search_backends

    from .actor_geocoding import actor_geocode_later, needs_geocoding

    objects = list(Actor.objects.filter(pk__in=actor_ids))
    for backend in get_search_backends():
        backend.add_bulk(Actor, objects)
    for actor in objects:
        if needs_geocoding(actor):
            actor_geocode_later(actor)
    return len(objects)


def actors_import(
    territory: Territory,
    path: Path | str,
    *,
    source: str = "import",
    dry_run: bool = False,
    skip_invalid: bool = False,
    publish: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Validate the whole file, then (unless refused or dry run) write it in one transaction."""
    path = Path(path)
    report = ImportReport(
        territory=territory.slug, source=source, dry_run=dry_run, skip_invalid=skip_invalid
    )
    validator = RowValidator(territory)
    seen: dict[str, int] = {}

    def clean_rows():
        for line, row in read_rows(path):
            clean, errors = validator.validate(line, row)
            if clean is not None and clean.external_id in seen and seen[clean.external_id] != line:
                errors = [
                    RowError(
                        line,
                        "external_id",
                        _("identifiant « %(id)s » déjà présent ligne %(first)s")
                        % {"id": clean.external_id, "first": seen[clean.external_id]},
                    )
                ]
                clean = None
            if clean is not None:
                seen.setdefault(clean.external_id, line)
            yield line, clean, errors

    missing = {"name", "kind"} - _header_columns(path)
    if missing:
        raise ImportFileError(
            _("Colonnes obligatoires absentes : %(cols)s. Colonnes attendues : %(all)s.")
            % {"cols": ", ".join(sorted(missing)), "all": ", ".join(COLUMNS)}
        )

    # Pass 1: validate everything; keep only the ids (for duplicates), the errors and the
    # rows that look like actors the territory already has.
    duplicates = _DuplicateCheck(territory, source)
    for line, clean, errors in clean_rows():
        report.rows += 1
        if report.rows > MAX_ROWS:
            raise ImportFileError(
                _("Fichier trop long : %(max)s lignes au plus.") % {"max": MAX_ROWS}
            )
        report.errors.extend(errors)
        if clean is not None:
            report.duplicates += duplicates.flags(line, clean)
    report.skipped = len(report.bad_lines) if skip_invalid else 0
    if report.failed or dry_run:
        if dry_run and not report.failed:
            _simulate(territory, source, seen, report)
        return report

    # Pass 2: read again and write the valid rows, all or nothing.
    seen.clear()  # clean_rows() fills it again to spot duplicates in the same order
    done = 0
    with transaction.atomic():
        writer = Writer(territory, source, publish, report)
        valid = (clean for _line, clean, errors in clean_rows() if clean is not None)
        for batch in _batches(valid, BATCH):
            writer.write(batch)
            done += len(batch)
            if progress:
                progress(done, report.rows)
        for flag in report.duplicates:
            flag.new_actor_id = writer.created_by_line.get(flag.line)
        # Bulk writes send no signal: the map's cells of the territory are rebuilt once.
        from .actor_map_cells import rebuild_cells

        rebuild_cells(territory.pk)
        transaction.on_commit(lambda: _after_write(writer.touched_ids))
    report.written = True
    return report


class _DuplicateCheck:
    """Flags rows that would create an actor likely the same as an existing one (rules of
    ``duplicates.py``); rows updating an actor by (source, external_id) are not checked."""

    def __init__(self, territory: Territory, source: str):
        self.index = DuplicateIndex(territory)
        self.known = set(
            Actor.objects.filter(territory=territory, source=source).values_list(
                "external_id", flat=True
            )
        )

    def flags(self, line: int, clean: CleanRow) -> list[DuplicateFlag]:
        if clean.external_id in self.known:
            return []
        values = clean.values
        return [
            DuplicateFlag(line, values["name"], hint.actor_id, hint.actor_name, hint.reason_labels)
            for hint in self.index.find(
                values["name"],
                values.get("commune_insee", ""),
                values.get("latitude"),
                values.get("longitude"),
            )
        ]


def _simulate(territory, source, seen, report):
    existing = set(
        Actor.objects.filter(
            territory=territory, source=source, external_id__in=list(seen)
        ).values_list("external_id", flat=True)
    )
    report.updated = len(existing)
    report.created = len(seen) - len(existing)


def _header_columns(path: Path) -> set[str]:
    """Columns of the file (empty file: the required ones, so it imports zero rows)."""
    for _line, row in read_rows(path):
        return set(row)
    return {"name", "kind"}
