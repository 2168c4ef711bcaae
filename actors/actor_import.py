"""Importing actors from a spreadsheet or GeoJSON file, validated first, written all at once.

Two passes keep memory flat whatever the file's size: the first reads and validates every
row once (``actor_import_rows``) and collects the errors (line, column, what is expected),
spooling the valid rows to a temporary file; the second, only when nothing is fatally wrong
(or with ``skip_invalid``), writes the spooled rows in bulk inside one transaction
(``actor_bulk``: ``COPY`` and set-based SQL on PostgreSQL, ``bulk_create`` elsewhere).
Re-importing the same file updates actors found by (territory, source, external_id) and
creates no duplicates. The search index and the map caches are updated once, at the end.

Files are read by ``actor_import_files`` (CSV, XLSX, GeoJSON).
"""

import csv
import io
import marshal
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from celery import shared_task

from django.db import connection, transaction
from django.utils.translation import gettext as _

from wagtail.search.backends import get_search_backends

from actors.models import Actor
from network.outbox import owe
from territories.models import Territory

from .actor_bulk import BATCH, batches, writer_for
from .actor_geocoding import actor_geocode_later, needs_geocoding
from .actor_import_files import (  # noqa: F401 (the import's public names)
    ALIASES,
    COLUMNS,
    ImportFileError,
    read_rows,
)
from .actor_import_limits import MAX_ROWS  # noqa: F401
from .actor_import_rows import (  # noqa: F401
    AREA_MARGIN_KM,
    COLUMN_LABELS,
    COMPARED,
    INSEE,
    LATITUDE,
    LIMITS,
    LONGITUDE,
    NAME,
    CleanRow,
    RowError,
    RowValidator,
    Vocabulary,
)
from .actor_map import bump_version
from .actor_map_cells import refresh_after_write
from .duplicates import DuplicateIndex

# Actors per search-indexing task after an import.
INDEX_BATCH = 2000
# While checking the file, progress is reported every this many rows.
PROGRESS_EVERY = 100
# From this many actors written, the planner's statistics are refreshed at once (PostgreSQL):
# autovacuum would do it within minutes, meanwhile a new territory's /carte/ read 35,000 rows
# instead of 20 (its plan still counted 9 actors; 97 ms instead of 0.2 ms).
ANALYZE_AFTER = 1000


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
                "été écrit. Corrigez le fichier, ou n’importez que les lignes valides."
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
            writer.writerow([error.line, error.column_label, error.message])
        for flag in self.duplicates:
            writer.writerow([flag.line, COLUMN_LABELS["name"], flag.message])
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


def _after_write(actor_ids: list[int]) -> None:
    """Once per import, in its transaction: the map caches, and owed to the workers (the
    outbox hands them over once committed, even after a broker outage) the admin's search
    index (the search backend writes each actor's vectors one by one, slower than the whole
    import) and the geocoding of actors without a position."""
    bump_version()
    for batch in batches(actor_ids, INDEX_BATCH):
        owe(index_actors, list(batch))


def actors_index(actor_ids: list[int]) -> int:
    """Add actors to the admin's search index and queue the geocoding of those without a
    position (``tasks.index_actors``, after an import)."""
    objects = list(Actor.objects.filter(pk__in=actor_ids))
    for backend in get_search_backends():
        backend.add_bulk(Actor, objects)
    for actor in objects:
        if needs_geocoding(actor):
            actor_geocode_later(actor)
    return len(objects)


@shared_task(name="actors.tasks.index_actors", acks_late=True, time_limit=900, soft_time_limit=840)
def index_actors(actor_ids: list[int]) -> int:
    """After an import: the admin's search index and the geocoding queue, in the background
    (a Celery task, found through ``actors.tasks``)."""
    return actors_index(actor_ids)


class _Spool:
    """The valid rows between the two passes, on disk (``marshal``: plain values, fast),
    in batches of ``BATCH``: memory holds one batch, whatever the file's size."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self.batch: list[tuple] = []

    def add(self, row: CleanRow) -> None:
        self.batch.append(tuple(row))
        if len(self.batch) == BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.batch:
            data = marshal.dumps(self.batch)
            self.file.write(len(data).to_bytes(8, "little"))
            self.file.write(data)
            self.batch = []

    def batches(self) -> Iterator[list[CleanRow]]:
        # Whole batches read then decoded (marshal.load on a file reads in small pieces).
        self._flush()
        self.file.seek(0)
        make = CleanRow._make
        while size := self.file.read(8):
            batch = marshal.loads(self.file.read(int.from_bytes(size, "little")))
            yield [make(row) for row in batch]

    def close(self) -> None:
        self.file.close()


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
    # Pass 1: validate everything once; keep the errors, the ids (for repeated ones), the
    # rows that look like actors the territory already has, and the valid rows on disk.
    validator = RowValidator(territory)
    duplicates = _DuplicateCheck(territory, source)
    seen: dict[str, int] = {}
    spool = None if dry_run else _Spool()
    try:
        # The readers refuse a file past the limits (rows, columns, cells) as they read it.
        columns_checked = False
        for line, row in read_rows(path):
            if not columns_checked and not row.problems:
                _check_columns(row)  # a table's header, the first well-formed feature's keys
                columns_checked = True
            report.rows += 1
            if progress and report.rows % PROGRESS_EVERY == 0:
                progress(report.rows, 0)  # checking: rows read so far, end unknown
            clean, errors = validator.validate(line, row)
            if clean is not None:
                first = seen.setdefault(clean.external_id, line)
                if first != line:
                    errors = [
                        RowError(
                            line,
                            "external_id",
                            _("identifiant « %(id)s » déjà présent ligne %(first)s")
                            % {"id": clean.external_id, "first": first},
                        )
                    ]
                    clean = None
            if errors:
                report.errors.extend(errors)
            if clean is not None:
                report.duplicates += duplicates.flags(line, clean)
                if spool is not None and not (report.errors and not skip_invalid):
                    spool.add(clean)
        report.skipped = len(report.bad_lines) if skip_invalid else 0
        if report.failed or dry_run:
            if dry_run and not report.failed:
                _simulate(territory, source, seen, report)
            return report

        # Pass 2: write the valid rows, all or nothing.
        done = 0
        with transaction.atomic():
            # One import at a time per territory: a second one waits here until the first
            # commits, then sees its actors (as updates, with their slugs taken) instead of
            # inserting the same external ids or slugs again.
            Territory.objects.select_for_update().only("pk").get(pk=territory.pk)
            writer = writer_for(territory, source, publish, duplicates.read_known())
            assert spool is not None  # not a dry run
            for batch in spool.batches():
                writer.write(batch)
                done += len(batch)
                if progress:
                    progress(done, report.rows)
            writer.finish()
            counts = writer.counts
            report.created, report.updated = counts.created, counts.updated
            report.unchanged = counts.unchanged
            new_ids = writer.created_ids(flag.line for flag in report.duplicates)
            for flag in report.duplicates:
                flag.new_actor_id = new_ids.get(flag.line)
            touched = writer.touched()
            writer.close()
            # Bulk writes send no signal: the map cells the written actors left or entered
            # are recomputed, the caches refreshed and those actors indexed; nothing when no
            # actor was created or changed.
            if touched:
                refresh_after_write(territory.pk, writer.old_cells, touched)
                _after_write(touched)
        if len(touched) >= ANALYZE_AFTER:
            refresh_statistics()
    finally:
        if spool is not None:
            spool.close()
    report.written = True
    return report


def refresh_statistics() -> None:
    """The planner's statistics of the actor tables, after a large write (PostgreSQL)."""
    if connection.vendor != "postgresql":
        return
    tables = [Actor._meta.db_table] + [
        field.remote_field.through._meta.db_table for field in Actor._meta.many_to_many
    ]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f'ANALYZE "{table}"')


def _check_columns(row: dict) -> None:
    missing = {"name", "kind"} - set(row)
    if missing:
        raise ImportFileError(
            _("Colonnes obligatoires absentes : %(cols)s. Colonnes attendues : %(all)s.")
            % {"cols": ", ".join(sorted(missing)), "all": ", ".join(COLUMNS)}
        )


class _DuplicateCheck:
    """Flags rows that would create an actor likely the same as an existing one (rules of
    ``duplicates.py``); rows updating an actor by (source, external_id) are not checked."""

    def __init__(self, territory: Territory, source: str):
        self.territory = territory
        self.source = source
        self.index: DuplicateIndex | None = None  # built at the first new row
        self.known = self.read_known()

    def read_known(self) -> set[str]:
        """The external ids the source has in the territory (read again once the import
        holds the territory's lock: actors may have come or gone since the check)."""
        return set(
            Actor.objects.filter(territory=self.territory, source=self.source).values_list(
                "external_id", flat=True
            )
        )

    def flags(self, line: int, clean: CleanRow) -> list[DuplicateFlag]:
        if clean.external_id in self.known:
            return []
        if self.index is None:
            self.index = DuplicateIndex(self.territory)
        values = clean.values
        name = values[NAME]
        return [
            DuplicateFlag(line, name, hint.actor_id, hint.actor_name, hint.reason_labels)
            for hint in self.index.find(name, values[INSEE], values[LATITUDE], values[LONGITUDE])
        ]


def _simulate(territory, source, seen, report):
    existing = set(
        Actor.objects.filter(
            territory=territory, source=source, external_id__in=list(seen)
        ).values_list("external_id", flat=True)
    )
    report.updated = len(existing)
    report.created = len(seen) - len(existing)
