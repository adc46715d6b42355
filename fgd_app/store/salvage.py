"""Rescuing what a damaged database still holds into a new, healthy file.

The synced tables are a projection of the revision log (`store.merge`), so the log and
the blobs are what matter: every readable revision and blob is copied into a fresh
database and the tables are rebuilt from them (`replay.materialize`). A damaged page in
a table such as `input` therefore costs nothing as long as the log is readable.

Rows are read in rowid order, in small chunks; when a chunk hits a damaged page the rows
of that chunk are tried one by one, so one bad page loses only the rows stored on it.
Whatever the log no longer explains in full (a row whose parent was lost) is left out, with
its revisions, so the rescued file opens and syncs like any other; the report counts it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from fgd_app.errors import UserError
from fgd_app.store import backup_messages  # noqa: F401  (registers the messages used here)
from fgd_app.store.backups import side_files
from fgd_app.store.codec import table_info
from fgd_app.store.database import Database
from fgd_app.store.merge import DanglingReference
from fgd_app.store.models import MODEL_BY_TABLE
from fgd_app.store.replay import materialize
from fgd_app.store.schema import open_read_only

CHUNK = 200
# Local tables that are not projections of the log, copied as far as they can be read.
LOCAL_TABLES = ("trusted_key", "delivery", "sync_import", "quarantine")


@dataclass
class SalvageReport:
    target: Path
    revisions: int = 0
    blobs: int = 0
    rows_unreadable: dict[str, int] = field(default_factory=dict)  # table -> rows lost to damage
    entities_dropped: int = 0  # rows left out because something they need was lost
    workshops: int = 0

    @property
    def complete(self) -> bool:
        return not self.rows_unreadable and not self.entities_dropped


def salvage(damaged: Path, target: Path) -> SalvageReport:
    """Copy every readable revision, blob and local record of `damaged` into a new
    database at `target` (which must not exist) and rebuild its tables from the log."""
    damaged, target = Path(damaged), Path(target)
    if target.exists():
        raise UserError("salvage.target_exists", path=target)
    report = SalvageReport(target)
    try:
        source = open_read_only(damaged)
        source.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.Error as exc:
        raise UserError("salvage.unreadable", path=damaged, detail=str(exc)) from exc
    try:
        tables = {t: _read_table(source, t, report) for t in ("revision", "blob", *LOCAL_TABLES)}
    finally:
        source.close()
    if not tables["revision"][1]:
        raise UserError("salvage.unreadable", path=damaged, detail="no revision could be read")
    tmp = target.with_name(f".{target.name}.rescuing")
    _remove(tmp)
    try:
        with Database(tmp) as db:
            _rebuild(db, tables, report)
        tmp.replace(target)
    except BaseException:
        _remove(tmp)
        raise
    return report


def _remove(path: Path) -> None:
    for _suffix, file in side_files(path):
        file.unlink(missing_ok=True)


def _read_table(conn: sqlite3.Connection, table: str, report: SalvageReport) -> tuple[list[str], list[tuple]]:
    """The column names and every readable row of `table`, damaged pages skipped.

    Columns are the source's own (an older schema lacks some; the new file's defaults fill them)."""
    try:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        report.rows_unreadable[table] = -1  # not even the table's root could be read
        return [], []
    if not columns:
        return [], []
    select = f"SELECT rowid, {', '.join(columns)} FROM {table}"
    rows, after, lost = [], 0, 0
    while after < top:
        try:
            chunk = conn.execute(f"{select} WHERE rowid > ? ORDER BY rowid LIMIT {CHUNK}", (after,)).fetchall()
        except sqlite3.DatabaseError:
            chunk = None
        if chunk is not None:
            if not chunk:
                break
            rows += [r[1:] for r in chunk]
            after = chunk[-1][0]
            continue
        for rowid in range(after + 1, min(after + CHUNK, top) + 1):  # the bad stretch, row by row
            try:
                found = conn.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
            except sqlite3.DatabaseError:
                lost += 1
                continue
            if found is not None:
                rows.append(found[1:])
        after = min(after + CHUNK, top)
    if lost:
        report.rows_unreadable[table] = lost
    return columns, rows


def _rebuild(db: Database, tables: dict[str, tuple[list[str], list[tuple]]], report: SalvageReport) -> None:
    conn = db.conn
    with db.transaction():
        for table, (columns, rows) in tables.items():
            known = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            keep = [i for i, c in enumerate(columns) if c in known]
            if rows and keep:
                names = ", ".join(f'"{columns[i]}"' for i in keep)
                conn.executemany(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' for _ in keep)})",
                                 [tuple(r[i] for i in keep) for r in rows])
        report.entities_dropped = _materialize_what_holds(db) + _drop_orphans(conn)
    report.revisions = db.scalar("SELECT count(*) FROM revision")
    report.blobs = db.scalar("SELECT count(*) FROM blob")
    report.workshops = db.scalar("SELECT count(*) FROM workshop")


def _materialize_what_holds(db: Database) -> int:
    """Rebuild the tables; a row whose parent has no revision left is dropped with its
    revisions and the rebuild tried again (rare, and only after real damage)."""
    dropped = 0
    while True:
        db.conn.execute("SAVEPOINT rebuild")
        try:
            materialize(db)
        except DanglingReference as missing:
            db.conn.execute("ROLLBACK TO rebuild")
            db.conn.execute("RELEASE rebuild")
            db.conn.execute("DELETE FROM revision WHERE entity_id = ?", (missing.child_id,))
            dropped += 1
            continue
        db.conn.execute("RELEASE rebuild")
        return dropped


def _drop_orphans(conn: sqlite3.Connection) -> int:
    """Leave out rows whose parent row was lost, with their revisions, until none is left."""
    dropped = 0
    while True:
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return dropped
        for table, rowid, _parent, _fk in {tuple(b) for b in broken}:
            if table not in MODEL_BY_TABLE:
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
                continue
            pk = table_info(MODEL_BY_TABLE[table])[1]
            found = conn.execute(f'SELECT "{pk}" FROM {table} WHERE rowid = ?', (rowid,)).fetchone()
            key = found[0] if found else None
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
            if key is not None:
                for sql in ("DELETE FROM revision WHERE entity_id = ?", "DELETE FROM revision_head WHERE entity_id = ?",
                            "DELETE FROM conflict WHERE entity_id = ?"):
                    conn.execute(sql, (key,))
            dropped += 1
