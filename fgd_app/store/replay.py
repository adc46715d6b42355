"""Rebuilding tables from the revision log, and a canonical dump to compare databases.

The synced tables are a projection of the revision log (see `store.merge`):
`materialize` recomputes all of it; `canonical_dump` gives a deterministic picture of a
database so two of them can be compared exactly.
"""

from __future__ import annotations

import hashlib
from fgd_app.store.codec import canonical_json
from fgd_app.store.database import Database
from fgd_app.store.merge import refresh
from fgd_app.store.models import MODEL_BY_TABLE

REVISION_COLUMNS = ("id", "entity", "entity_id", "workshop_id", "parents", "device_id", "hlc", "snapshot", "redacted")


def materialize(db: Database) -> None:
    """Make every synced table, the heads and the conflicts equal to what the log says.

    Call it inside `db.transaction()`: rows are rewritten with foreign keys checked only at
    the commit, so the tables are never seen (or left) half rebuilt."""
    refresh(db.conn)


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
        materialize(target)


def canonical_dump(db: Database, include_log: bool = True) -> dict[str, list]:
    """Every synced table's records in key order, blob hashes and (optionally) the log."""
    dump: dict[str, list] = {table: db.records(model) for table, model in MODEL_BY_TABLE.items()}
    dump["blob"] = [r[0] for r in db.rows("SELECT sha256 FROM blob ORDER BY sha256")]
    if include_log:
        dump["revision"] = [list(r) for r in db.rows(f"SELECT {', '.join(REVISION_COLUMNS)} FROM revision ORDER BY id")]
        dump["revision_head"] = [list(r) for r in db.rows("SELECT * FROM revision_head ORDER BY 1, 2")]
    dump["conflict"] = [list(r) for r in db.rows(
        "SELECT entity_id, field, entity, workshop_id, kind, sides FROM conflict ORDER BY 1, 2")]
    return dump


def dump_hash(db: Database, include_log: bool = True) -> str:
    return hashlib.sha256(canonical_json(canonical_dump(db, include_log)).encode("utf-8")).hexdigest()
