"""Writing the validated rows of an actor import in bulk, inside the import's transaction.

Two writers with one behaviour (created, updated, unchanged counted the same way, the same
columns set, the same slugs):

- ``CopyWriter`` (PostgreSQL): the rows go by ``COPY`` into a temporary table, then a few
  set-based statements find each row's actor by (territory, source, external_id), tell the
  unchanged ones from the changed ones, update those, insert the new ones and replace the
  themes and offers of both. No model instance, no statement per row or per batch of rows.
- ``OrmWriter`` (any other database, SQLite in development and tests): ``bulk_create`` and
  ``bulk_update`` in batches of ``BATCH``, the source's actors and links read once.

Bulk writes send no signal: the caller rebuilds the map cells and queues the search index
once, at the end.
"""

from django.db import connection
from django.utils import timezone
from django.utils.text import slugify

from actors.models import Actor
from territories.models import Territory

from .actor_import_rows import COMPARED, LATITUDE, LONGITUDE, CleanRow
from .actor_map_cells import FINE, cell_of

BATCH = 1000


def batches(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Slugs:
    """Unique slugs within a territory, from the actor's name (as ``Actor.save`` makes)."""

    def __init__(self, territory: Territory):
        self.territory = territory
        self.used: set[str] | None = None  # read at the first new actor (none: a re-import)

    def __call__(self, name: str) -> str:
        if self.used is None:
            self.used = set(
                Actor.objects.filter(territory=self.territory).values_list("slug", flat=True)
            )
        base = slugify(name)[:200] or "acteur"
        slug, n = base, 2
        while slug in self.used:
            slug, n = f"{base}-{n}", n + 1
        self.used.add(slug)
        return slug


class Counts:
    def __init__(self):
        self.created = self.updated = self.unchanged = 0


def writer_for(territory: Territory, source: str, publish: bool, known: set[str]):
    """The fastest writer for this database. ``known``: the external ids the source already
    has in the territory (the rows that update rather than create)."""
    if connection.vendor == "postgresql":
        return CopyWriter(territory, source, publish, known)
    return OrmWriter(territory, source, publish, known)


class _Writer:
    def __init__(self, territory: Territory, source: str, publish: bool, known: set[str]):
        self.territory, self.source, self.publish, self.known = territory, source, publish, known
        self.now = timezone.now()
        self.slugs = Slugs(territory)
        self.counts = Counts()
        # The map cells the updated actors were in before the write (``old_cells``): with
        # the cells they are in after it, the only ones an import has to recompute.
        self.old_cells: set[tuple[int, int]] = set()

    def _created_fields(self) -> dict:
        """Columns of a new actor besides the row's own."""
        now, publish = self.now, self.publish
        return {
            "territory_id": self.territory.pk,
            "source": self.source,
            "live": publish,
            "has_unpublished_changes": not publish,
            "first_published_at": now if publish else None,
            "last_published_at": now if publish else None,
            "created_at": now,
            "updated_at": now,
        }


class OrmWriter(_Writer):
    def __init__(self, territory, source, publish, known) -> None:
        super().__init__(territory, source, publish, known)
        self.created_by_line: dict[int, int] = {}
        self.touched_ids: list[int] = []
        existing = Actor.objects.filter(territory=territory, source=source).exclude(external_id="")
        self.existing = {
            row[1]: row for row in existing.values_list("id", "external_id", "kind_id", *COMPARED)
        }
        ids = [row[0] for row in self.existing.values()]
        self.themes_of = _links(Actor.themes.through, "theme_id", ids)
        self.offers_of = _links(Actor.offers.through, "offer_id", ids)
        self.seeks_of = _links(Actor.seeks.through, "needkind_id", ids)

    def write(self, rows: list[CleanRow]) -> None:
        creates, updates, links = [], [], []
        created = self._created_fields()
        for row in rows:
            current = self.existing.get(row.external_id)
            if current is None:
                actor = Actor(
                    external_id=row.external_id,
                    kind_id=row.kind_id,
                    slug=self.slugs(row.values[0]),
                    search_text=row.search_text,
                    **created,
                    **row.fields,
                )
                creates.append((actor, row))
                continue
            actor_id = current[0]
            if (
                current[3:] == row.values
                and current[2] == row.kind_id
                and self.themes_of.get(actor_id, []) == row.theme_ids
                and self.offers_of.get(actor_id, []) == row.offer_ids
                and self.seeks_of.get(actor_id, []) == row.seek_ids
            ):
                self.counts.unchanged += 1
                continue
            if (cell := cell_of(current[3 + LATITUDE], current[3 + LONGITUDE])) is not None:
                self.old_cells.add(cell)
            actor = Actor(
                id=actor_id,
                territory_id=self.territory.pk,
                kind_id=row.kind_id,
                search_text=row.search_text,
                updated_at=self.now,
                **row.fields,
            )
            updates.append(actor)
            links.append((actor_id, row))

        Actor.objects.bulk_create([actor for actor, _row in creates], batch_size=BATCH)
        links += [(actor.pk, row) for actor, row in creates]
        self.created_by_line.update((row.line, actor.pk) for actor, row in creates)
        if updates:
            Actor.objects.bulk_update(
                updates, [*COMPARED, "kind", "search_text", "updated_at"], batch_size=BATCH
            )
        self._set_links(links)
        self.counts.created += len(creates)
        self.counts.updated += len(updates)
        self.touched_ids += [actor_id for actor_id, _row in links]

    def _set_links(self, links):
        if not links:
            return
        actor_ids = [actor_id for actor_id, _row in links]
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
        Seeks = Actor.seeks.through
        Seeks.objects.filter(actor_id__in=actor_ids).delete()
        Seeks.objects.bulk_create(
            [Seeks(actor_id=aid, needkind_id=nid) for aid, row in links for nid in row.seek_ids],
            batch_size=BATCH,
        )

    def finish(self) -> None:
        pass

    def created_ids(self, lines) -> dict[int, int]:
        return {line: self.created_by_line[line] for line in lines if line in self.created_by_line}

    def touched(self) -> list[int]:
        return self.touched_ids

    def close(self) -> None:
        pass


def _links(through, column: str, actor_ids: list[int]) -> dict[int, list[int]]:
    links: dict[int, list[int]] = {}
    for batch in batches(actor_ids, 5000):
        for actor_id, other in through.objects.filter(actor_id__in=batch).values_list(
            "actor_id", column
        ):
            links.setdefault(actor_id, []).append(other)
    return {actor_id: sorted(values) for actor_id, values in links.items()}


# -- PostgreSQL ---------------------------------------------------------------------------

STAGE = "actor_import_stage"
# The staging table: one line per valid row, what the row sets, then (filled by SQL) the
# actor it created or updates and its fate: c(reated), u(pdated) or =(unchanged).
STAGE_COLUMNS = (
    ("line", "integer"),
    ("external_id", "text"),
    ("kind_id", "bigint"),
    ("name", "text"),
    ("description", "text"),
    ("address", "text"),
    ("postcode", "text"),
    ("city", "text"),
    ("commune_insee", "text"),
    ("email", "text"),
    ("phone", "text"),
    ("website", "text"),
    ("latitude", "double precision"),
    ("longitude", "double precision"),
    ("location", "text"),
    ("search_text", "text"),
    ("slug", "text"),
    ("themes", "bigint[]"),
    ("offers", "bigint[]"),
    ("seeks", "bigint[]"),
)
assert tuple(name for name, _type in STAGE_COLUMNS[3:15]) == COMPARED


def _array(ids: list[int]) -> str:
    """An array of ids as COPY's text reads it (faster than psycopg's list dumper)."""
    return "{" + ",".join(map(str, ids)) + "}"


class CopyWriter(_Writer):
    def __init__(self, territory, source, publish, known) -> None:
        super().__init__(territory, source, publish, known)
        self.table = Actor._meta.db_table
        self.themes_table = Actor.themes.through._meta.db_table
        self.offers_table = Actor.offers.through._meta.db_table
        self.seeks_table = Actor.seeks.through._meta.db_table
        columns = ", ".join(f"{name} {kind}" for name, kind in STAGE_COLUMNS)
        with connection.cursor() as cursor:
            # Sorts and hashes of 50,000 rows in memory, for this transaction only.
            cursor.execute("SET LOCAL work_mem = '64MB'")
            cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{STAGE}")
            cursor.execute(
                f"CREATE TEMPORARY TABLE {STAGE} ({columns}, actor_id bigint, state char(1)) "
                "ON COMMIT DROP"
            )
        self.copy_sql = (
            f"COPY {STAGE} ({', '.join(name for name, _type in STAGE_COLUMNS)}) FROM STDIN"
        )

    def write(self, rows: list[CleanRow]) -> None:
        known, slugs = self.known, self.slugs
        # Slugs first: the first new actor reads the territory's slugs, and no query can
        # run while a COPY is under way on the connection.
        new_slugs = ["" if row.external_id in known else slugs(row.values[0]) for row in rows]
        with connection.cursor() as cursor, cursor.copy(self.copy_sql) as copy:
            for row, slug in zip(rows, new_slugs, strict=True):
                copy.write_row(
                    (
                        row.line,
                        row.external_id,
                        row.kind_id,
                        *row.values,
                        row.search_text,
                        slug,
                        _array(row.theme_ids),
                        _array(row.offer_ids),
                        _array(row.seek_ids),
                    )
                )

    def finish(self) -> None:
        table, stage = self.table, STAGE
        themes, offers, seeks = self.themes_table, self.offers_table, self.seeks_table
        compared = ", ".join(COMPARED)
        with connection.cursor() as cursor:
            # The actor each row updates, if any.
            cursor.execute(
                f"UPDATE {stage} s SET actor_id = a.id FROM {table} a "
                "WHERE a.territory_id = %s AND a.source = %s AND a.external_id = s.external_id",
                [self.territory.pk, self.source],
            )
            cursor.execute(f"ANALYZE {stage}")  # the planner now knows which rows update
            # Unchanged: same columns, kind, themes, offers and seeks (sorted, without repeats).
            # The links of the updated actors are aggregated in one pass (a look-up per row
            # costs four times as much).
            cursor.execute(
                f"""
                WITH current_themes AS (
                    SELECT actor_id, array_agg(theme_id ORDER BY theme_id) AS ids FROM {themes}
                    WHERE actor_id IN (SELECT actor_id FROM {stage} WHERE actor_id IS NOT NULL)
                    GROUP BY actor_id
                ), current_offers AS (
                    SELECT actor_id, array_agg(offer_id ORDER BY offer_id) AS ids FROM {offers}
                    WHERE actor_id IN (SELECT actor_id FROM {stage} WHERE actor_id IS NOT NULL)
                    GROUP BY actor_id
                ), current_seeks AS (
                    SELECT actor_id, array_agg(needkind_id ORDER BY needkind_id) AS ids
                    FROM {seeks}
                    WHERE actor_id IN (SELECT actor_id FROM {stage} WHERE actor_id IS NOT NULL)
                    GROUP BY actor_id
                )
                UPDATE {stage} s SET state = CASE
                    WHEN (a.kind_id, {", ".join(f"a.{c}" for c in COMPARED)})
                        IS NOT DISTINCT FROM (s.kind_id, {", ".join(f"s.{c}" for c in COMPARED)})
                        AND s.themes = coalesce(t.ids, '{{}}')
                        AND s.offers = coalesce(o.ids, '{{}}')
                        AND s.seeks = coalesce(k.ids, '{{}}')
                    THEN '=' ELSE 'u' END
                FROM {table} a
                LEFT JOIN current_themes t ON t.actor_id = a.id
                LEFT JOIN current_offers o ON o.actor_id = a.id
                LEFT JOIN current_seeks k ON k.actor_id = a.id
                WHERE s.actor_id IS NOT NULL AND a.id = s.actor_id
                """
            )
            cursor.execute(
                f"SELECT DISTINCT floor(a.longitude / %s), floor(a.latitude / %s) "
                f"FROM {table} a JOIN {stage} s ON a.id = s.actor_id WHERE s.state = 'u' "
                "AND a.latitude IS NOT NULL AND a.longitude IS NOT NULL",
                [FINE.cell_lng, FINE.cell_lat],
            )
            self.old_cells.update((int(cx), int(cy)) for cx, cy in cursor.fetchall())
            cursor.execute(
                f"UPDATE {table} a SET ({compared}, kind_id, search_text, updated_at) = "
                f"({', '.join(f's.{c}' for c in COMPARED)}, s.kind_id, s.search_text, %s) "
                f"FROM {stage} s WHERE a.id = s.actor_id AND s.state = 'u'",
                [self.now],
            )
            # New actors: ids drawn in the order of the file's lines, as bulk_create gives.
            cursor.execute(
                f"""
                UPDATE {stage} s SET actor_id = n.id, state = 'c' FROM (
                    SELECT line, nextval(pg_get_serial_sequence(%s, 'id')) AS id
                    FROM (SELECT line FROM {stage} WHERE actor_id IS NULL ORDER BY line) o
                ) n WHERE s.line = n.line
                """,
                [table],
            )
            self._insert_created(cursor)
            # Themes and offers: those of updated actors replaced, those of new ones added.
            for links, column, array in (
                (themes, "theme_id", "themes"),
                (offers, "offer_id", "offers"),
                (seeks, "needkind_id", "seeks"),
            ):
                cursor.execute(
                    f"DELETE FROM {links} WHERE actor_id IN "
                    f"(SELECT actor_id FROM {stage} WHERE state = 'u')"
                )
                cursor.execute(
                    f"INSERT INTO {links} (actor_id, {column}) "
                    f"SELECT actor_id, unnest({array}) FROM {stage} WHERE state IN ('c', 'u')"
                )
            cursor.execute(f"SELECT state, count(*) FROM {stage} GROUP BY state")
            counts = dict(cursor.fetchall())
        self.counts.created = counts.get("c", 0)
        self.counts.updated = counts.get("u", 0)
        self.counts.unchanged = counts.get("=", 0)

    def _insert_created(self, cursor) -> None:
        """INSERT … SELECT from the staging table: the row's columns, the new actor's
        (territory, source, publication, dates), and every other column's default as the
        model declares it (the table has no DEFAULT clauses: Django sets them)."""
        staged = {name for name, _type in STAGE_COLUMNS} - {"line", "themes", "offers", "seeks"}
        fixed = self._created_fields()
        columns, selects, params = [], [], []
        for model_field in Actor._meta.concrete_fields:
            name, column = model_field.attname, model_field.column
            columns.append(connection.ops.quote_name(column))
            if model_field.primary_key:
                selects.append("s.actor_id")
            elif name in staged:
                selects.append(f"s.{name}")
            else:
                value = fixed[name] if name in fixed else model_field.get_default()
                selects.append("%s")
                params.append(model_field.get_db_prep_save(value, connection))
        cursor.execute(
            f"INSERT INTO {self.table} ({', '.join(columns)}) "
            f"SELECT {', '.join(selects)} FROM {STAGE} s WHERE s.state = 'c' ORDER BY s.line",
            params,
        )

    def created_ids(self, lines) -> dict[int, int]:
        lines = list(lines)
        if not lines:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT line, actor_id FROM {STAGE} WHERE state = 'c' AND line = ANY(%s)",
                [lines],
            )
            return dict(cursor.fetchall())

    def touched(self) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT actor_id FROM {STAGE} WHERE state IN ('c', 'u') ORDER BY line")
            return [actor_id for (actor_id,) in cursor.fetchall()]

    def close(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{STAGE}")
