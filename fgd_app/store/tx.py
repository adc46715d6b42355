"""`Tx`: the only writer of synced rows. Each write is validated and logged.

For every insert, update and delete, `Tx` writes in the same SQLite transaction a
revision: a new UUIDv7, the entity and its id, the previous head revision(s) as
parents, this device, a hybrid-logical-clock stamp and the full row as canonical JSON
(None for a delete: a tombstone). `revision_head` keeps the current head per row.
Replaying the log (`store.replay`) therefore rebuilds every synced table.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from sqlmodel import SQLModel

from fgd_app.core.ids import new_id
from fgd_app.store.models import PERSONAL_FIELDS, SYNCED_MODELS
from fgd_app.store.codec import canonical_json, column_list, from_db_row, table_info, to_db_params, to_record, validate

if TYPE_CHECKING:
    from fgd_app.store.database import Database

M = TypeVar("M", bound=SQLModel)


class Tx:
    def __init__(self, db: Database):
        self.db = db
        self.conn = db.conn

    # -- rows --------------------------------------------------------------------------

    def insert(self, model: type[M], **fields: Any) -> M:
        """Validate and insert a new row; returns its validated values (`.id` and every field)."""
        instance = validate(model, fields)
        record = to_record(instance)
        table, pk, columns, _ = table_info(model)
        placeholders = ", ".join("?" for _ in columns)
        self.conn.execute(
            f"INSERT INTO {table} ({column_list(model)}) VALUES ({placeholders})", to_db_params(model, record)
        )
        self._log(table, record[pk], record)
        return instance

    def update(self, model: type[M], key: str, **changes: Any) -> M:
        """Apply `changes` to an existing row, validated as a whole; logs the full row."""
        current = self.read(model, key)
        if current is None:
            raise KeyError(f"{model.__name__} {key} does not exist")
        instance = validate(model, {**current, **changes})
        record = to_record(instance)
        if record == current:
            return instance  # nothing changed: no revision, no write
        table, pk, columns, _ = table_info(model)
        assignments = ", ".join(f'"{c}" = ?' for c in columns)
        self.conn.execute(f'UPDATE {table} SET {assignments} WHERE "{pk}" = ?', (*to_db_params(model, record), key))
        self._log(table, key, record, before=current)
        return instance

    def delete(self, model: type[SQLModel], key: str) -> None:
        """Delete a row and log a tombstone. Children must be deleted first (foreign keys)."""
        current = self.read(model, key)
        if current is None:
            return
        table, pk, _, _ = table_info(model)
        self.conn.execute(f'DELETE FROM {table} WHERE "{pk}" = ?', (key,))
        self._log(table, key, None, workshop_id=_scope(table, key, current))

    def read(self, model: type[SQLModel], key: str) -> dict[str, Any] | None:
        table, pk, _, _ = table_info(model)
        row = self.conn.execute(f'SELECT {column_list(model)} FROM {table} WHERE "{pk}" = ?', (key,)).fetchone()
        return from_db_row(model, row) if row else None

    # -- blobs ------------------------------------------------------------------------

    def put_blob(self, data: bytes, mime: str) -> str:
        """Store immutable bytes once under their SHA-256; returns the hash."""
        digest = hashlib.sha256(data).hexdigest()
        self.conn.execute(
            "INSERT OR IGNORE INTO blob (sha256, mime, size, data) VALUES (?, ?, ?, ?)",
            (digest, mime, len(data), data),
        )
        return digest

    def drop_blob_if_unused(self, digest: str | None) -> None:
        """Delete a blob that no synced row names any more (a replaced or cleared signature)."""
        if not digest:
            return
        for table, column in blob_references():
            if self.conn.execute(f'SELECT 1 FROM {table} WHERE "{column}" = ? LIMIT 1', (digest,)).fetchone():
                return
        self.conn.execute("DELETE FROM blob WHERE sha256 = ?", (digest,))

    # -- the log ------------------------------------------------------------------------

    def resolve(self, model: type[SQLModel], key: str, record: dict | None) -> str:
        """Write a person's decision on a conflicted row: `record` (or a delete when None)
        as a revision that supersedes every head, so the conflict is closed everywhere
        this revision travels."""
        from fgd_app.store.merge import complete, refresh

        table, pk, columns, _ = table_info(model)
        parents = self._heads(key)
        if record is None:
            scope = self.conn.execute("SELECT workshop_id FROM revision WHERE entity_id = ? LIMIT 1", (key,)).fetchone()
            revision_id = self._log(table, key, None, workshop_id=scope[0] if scope else None, parents=parents)
        else:
            record = to_record(validate(model, complete(table, record)))
            revision_id = self._log(table, key, record, parents=parents, before=self.read(model, key))
        refresh(self.conn, [key])
        return revision_id

    def _heads(self, key: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT revision_id FROM revision_head WHERE entity_id = ? ORDER BY revision_id", (key,)
        )]

    def _log(self, table: str, key: str, record: dict | None, workshop_id: str | None = None,
             parents: list[str] | None = None, before: dict | None = None) -> str:
        conflicted = False
        if parents is None:
            parents = self._heads(key)
            conflicted = bool(parents) and self.conn.execute(
                "SELECT 1 FROM conflict WHERE entity_id = ? LIMIT 1", (key,)).fetchone() is not None
            if conflicted:  # an ordinary edit never settles a conflict: it continues the shown side
                parents = [self._newest_head(parents)]
        revision_id = new_id()
        scope = workshop_id if record is None else _scope(table, key, record)
        withheld = self._still_withheld(table, record, before, parents)
        self.conn.execute(
            "INSERT INTO revision (id, entity, entity_id, workshop_id, parents, device_id, hlc, snapshot, redacted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                revision_id,
                table,
                key,
                scope,
                canonical_json(parents),
                self.db.device_id,
                self.db.clock.now(),
                None if record is None else canonical_json({k: v for k, v in record.items() if k not in withheld}),
                canonical_json(sorted(withheld)),
            ),
        )
        if parents:
            self.conn.executemany("DELETE FROM revision_head WHERE entity_id = ? AND revision_id = ?",
                                  [(key, p) for p in parents])
        self.conn.execute("INSERT INTO revision_head (entity_id, revision_id) VALUES (?, ?)", (key, revision_id))
        # a row kept only because something used it must go once nothing does: look again
        kept_in_use = self.conn.execute("SELECT 1 FROM conflict WHERE kind = 'in_use' LIMIT 1").fetchone()
        if conflicted or kept_in_use:
            from fgd_app.store.merge import refresh

            refresh(self.conn, [key])
        return revision_id

    def _still_withheld(self, table: str, record: dict | None, before: dict | None, parents: list[str]) -> set[str]:
        """Personal fields this laptop never received for the row (it holds a minutes-level
        copy) and this edit did not set: the new revision withholds them too, so an edit
        made here never erases the real values on the laptops that have them (the merge
        takes a withheld field from the nearest revision before that carries it)."""
        if record is None or before is None or not parents or table not in PERSONAL_FIELDS:
            return set()
        marks = ", ".join("?" for _ in parents)
        lists = [json.loads(r[0]) for r in self.conn.execute(f"SELECT redacted FROM revision WHERE id IN ({marks})",
                                                             parents)]
        withheld = set.intersection(*(set(names) for names in lists)) if lists else set()
        return {name for name in withheld if record.get(name) == before.get(name)}

    def _newest_head(self, heads: list[str]) -> str:
        marks = ", ".join("?" for _ in heads)
        return self.conn.execute(
            f"SELECT id FROM revision WHERE id IN ({marks}) ORDER BY hlc DESC, device_id DESC, id DESC LIMIT 1", heads
        ).fetchone()[0]


@cache
def blob_references() -> tuple[tuple[str, str], ...]:
    """(table, column) of every synced column that names a blob (sha256, ..._sha256)."""
    found = []
    for model in SYNCED_MODELS:
        table, _, columns, _ = table_info(model)
        found += [(table, c) for c in columns if c == "sha256" or c.endswith("_sha256")]
    return tuple(found)


def _scope(table: str, key: str, record: dict) -> str | None:
    """The workshop a row belongs to (None for the shared catalogue)."""
    if table == "workshop":
        return key
    return record.get("workshop_id")

