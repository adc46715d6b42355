"""Rebuilding tables from the revision log, and a canonical dump to compare databases.

The synced tables are a projection of the revision log: each row is the snapshot of its
head revision, or absent when the head is a tombstone. `materialize` recomputes that
projection (used by replay now and by bundle import later); `canonical_dump` gives a
deterministic picture of a database so two of them can be compared exactly.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from fgd_app.store.codec import canonical_json, column_list, table_info, to_db_params
from fgd_app.store.database import Database
from fgd_app.store.models import MODEL_BY_TABLE, SYNCED_MODELS

REVISION_COLUMNS = ("id", "entity", "entity_id", "workshop_id", "parents", "device_id", "hlc", "snapshot")


def rebuild_heads(db: Database) -> None:
    """Heads are the revisions no other revision names as a parent."""
    conn = db.conn
    conn.execute("DELETE FROM revision_head")
    superseded = {
        parent for (parents,) in conn.execute("SELECT parents FROM revision") for parent in json.loads(parents)
    }
    conn.executemany(
        "INSERT INTO revision_head (entity_id, revision_id) VALUES (?, ?)",
        [(eid, rid) for rid, eid in conn.execute("SELECT id, entity_id FROM revision") if rid not in superseded],
    )


def materialize(db: Database) -> None:
    """Make every synced table equal to the snapshots of its head revisions.

    Rows are written parents-first and deleted children-first so foreign keys hold.
    Where a row has several heads (concurrent edits from two laptops), the latest by
    (clock, device, id) is shown; conflict records for people come with bundle sync.
    """
    conn = db.conn
    heads: dict[str, dict[str, tuple]] = defaultdict(dict)  # table -> entity_id -> winning head
    for entity, entity_id, hlc, device, rid, snapshot in conn.execute(
        "SELECT r.entity, r.entity_id, r.hlc, r.device_id, r.id, r.snapshot "
        "FROM revision_head h JOIN revision r ON r.id = h.revision_id"
    ):
        best = heads[entity].get(entity_id)
        if best is None or (hlc, device, rid) > best[:3]:
            heads[entity][entity_id] = (hlc, device, rid, snapshot)
    for model in SYNCED_MODELS:
        table, pk, columns, _ = table_info(model)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != pk)
        conn.executemany(
            f'INSERT INTO {table} ({column_list(model)}) VALUES ({", ".join("?" for _ in columns)}) '
            f'ON CONFLICT("{pk}") DO UPDATE SET {updates}',
            [to_db_params(model, json.loads(h[3])) for h in heads[table].values() if h[3] is not None],
        )
    for model in reversed(SYNCED_MODELS):
        table, pk, _, _ = table_info(model)
        conn.executemany(
            f'DELETE FROM {table} WHERE "{pk}" = ?',
            [(eid,) for eid, h in heads[table].items() if h[3] is None],
        )


def replay_into(source: Database, target: Database) -> None:
    """Copy `source`'s revision log and blobs into `target` and rebuild its tables."""
    revisions = source.rows(f"SELECT {', '.join(REVISION_COLUMNS)} FROM revision")
    blobs = source.rows("SELECT sha256, mime, size, data FROM blob")
    with target.transaction():
        target.conn.executemany("INSERT OR IGNORE INTO blob (sha256, mime, size, data) VALUES (?, ?, ?, ?)", blobs)
        target.conn.executemany(
            f"INSERT OR IGNORE INTO revision ({', '.join(REVISION_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in REVISION_COLUMNS)})",
            revisions,
        )
        rebuild_heads(target)
        materialize(target)


def canonical_dump(db: Database, include_log: bool = True) -> dict[str, list]:
    """Every synced table's records in key order, blob hashes and (optionally) the log."""
    dump: dict[str, list] = {table: db.records(model) for table, model in MODEL_BY_TABLE.items()}
    dump["blob"] = [r[0] for r in db.rows("SELECT sha256 FROM blob ORDER BY sha256")]
    if include_log:
        dump["revision"] = [list(r) for r in db.rows(f"SELECT {', '.join(REVISION_COLUMNS)} FROM revision ORDER BY id")]
        dump["revision_head"] = [list(r) for r in db.rows("SELECT * FROM revision_head ORDER BY 1, 2")]
    return dump


def dump_hash(db: Database, include_log: bool = True) -> str:
    return hashlib.sha256(canonical_json(canonical_dump(db, include_log)).encode("utf-8")).hexdigest()
