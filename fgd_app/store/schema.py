"""Opening a database file safely: identify it, check it, configure it, migrate it.

Runs on the stdlib `sqlite3` only, so read-only command-line paths start fast.

- `application_id` marks our files; a foreign SQLite file is refused, never modified.
- `user_version` is the schema version; migrations are the numbered `.sql` files in
  `migrations/`, each applied in its own transaction after a snapshot of the database
  (`store.backups`), so a failed step leaves the file exactly as it was.
- `quick_check` runs at every open; damage is reported instead of being written over.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fgd_app.errors import UserError

APPLICATION_ID = 0x46474441  # "FGDA"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # an acknowledged input survives a power cut
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)


def migrations() -> list[tuple[int, Path]]:
    """(version, file) pairs in order; version N turns schema N-1 into N."""
    found = sorted((int(p.name[:4]), p) for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    versions = [v for v, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {versions}")
    return found


def latest_version() -> int:
    return len(migrations())


def split_statements(script: str) -> list[str]:
    """Split an SQL script into statements (executescript would commit mid-transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        statements.append(current.strip())
    return statements


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """Open, identify, check, configure and migrate `path` (created when missing).

    `read_only` is the way into a damaged file: identified but neither checked nor
    migrated, and SQLite refuses every write on the connection (URI `mode=ro`)."""
    path = Path(path)
    if read_only:
        conn = open_read_only(path, isolation_level=None, check_same_thread=False)
        try:
            _identify(conn, path, check=False)
        except BaseException:
            conn.close()
            raise
        return conn
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        _identify(conn, path)
        for pragma in PRAGMAS:
            conn.execute(pragma)
        migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only(path: Path, **options) -> sqlite3.Connection:
    """A connection that cannot write, whatever the caller does (URI `mode=ro`); no checks."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, **options)


def _identify(conn: sqlite3.Connection, path: Path, check: bool = True) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError("db.locked", path=path) from exc
        raise UserError("db.not_sqlite", path=path) from exc
    if app_id != APPLICATION_ID and (app_id != 0 or tables or version):
        raise UserError("db.foreign", path=path)
    if version > latest_version():
        raise UserError("db.too_new", path=path, found=version, supported=latest_version())
    if tables and check:
        check_integrity(conn, path)


def check_integrity(conn: sqlite3.Connection, path: Path, full: bool = False) -> None:
    """Raise `db.damaged` unless SQLite's own check and the foreign keys are clean."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        fk_problems = conn.execute("PRAGMA foreign_key_check").fetchmany(3)
    except sqlite3.DatabaseError as exc:
        raise UserError("db.damaged", path=path, detail=str(exc)) from exc
    if rows != ["ok"]:
        raise UserError("db.damaged", path=path, detail="; ".join(rows[:3]))
    if fk_problems:
        raise UserError("db.damaged", path=path, detail=f"broken references in {fk_problems[0][0]}")


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    pending = [(v, f) for v, f in migrations() if v > current]
    if not pending:
        return
    backup = None
    if current > 0:
        from fgd_app.store.backups import snapshot  # imports this module

        backup = snapshot(path, "pre-migration")
    for version, file in pending:
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in split_statements(file.read_text("utf-8")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise UserError("db.migration_failed", version=version, detail=exc, backup=backup or "-") from exc
