"""Rotating snapshots of the database, and putting one back.

Snapshots live in `backups/` beside the database file, named
`<db stem>-<reason>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3` (no characters Windows forbids).
Each is made with SQLite's online backup API from a connection of its own, so the app
keeps writing while it runs (WAL readers do not block the writer), and is written under a
temporary name, checked and fsynced before it takes its final name: a power cut leaves
either the whole snapshot or none.

Reasons and how many of each are kept (oldest deleted first): `auto` (every few minutes
while the data changes), `pre-import`, `pre-migration`, `pre-restore`, `manual`. A
damaged database is never deleted: a restore moves it aside as `…-damaged-…`.

Restoring copies the chosen snapshot over the live database with the same backup API,
inside one SQLite transaction: all or nothing, and it works on Windows where an open file
cannot be replaced. A snapshot from an older schema is migrated when the database is
next opened, like any older file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fgd_app.errors import UserError
from fgd_app.fileio import replace_with_retry
from fgd_app.store import backup_messages  # noqa: F401  (registers this module's messages)
from fgd_app.store import schema

FOLDER = "backups"
KEEP = {"auto": 12, "pre-import": 10, "pre-migration": 5, "pre-restore": 5, "manual": 10}
REASONS = tuple(KEEP)
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(rf"^(?P<stem>.+)-(?P<reason>{'|'.join(REASONS)}|damaged)-(?P<stamp>\d{{8}}-\d{{6}}-\d{{6}})\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    reason: str  # one of REASONS, or "damaged" for a file moved aside by a restore
    created: dt.datetime
    size: int


def folder_for(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def snapshot(db_path: Path, reason: str, target: Path | None = None) -> Path:
    """Copy the database at `db_path` into a new snapshot (or to `target`) and rotate.

    Works while the app has the database open. Raises `backup.failed` (nothing written)
    when the database cannot be read or the disk refuses the copy."""
    if reason not in KEEP:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    rotate_after = target is None
    if target is None:
        target = folder_for(db_path) / f"{db_path.stem}-{reason}-{dt.datetime.now().strftime(_STAMP)}.sqlite3"
    _copy_whole(db_path, Path(target), "backup.failed", db_path)
    if rotate_after:
        rotate(db_path, reason)
    return target


def _copy_whole(source: Path, target: Path, error_code: str, db_path: Path) -> None:
    """Copy `source` to `target` under a temporary name, fsync, then rename: all or nothing."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, tmp)
        _fsync(tmp)
        replace_with_retry(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):  # the folder itself may be what failed
            tmp.unlink(missing_ok=True)
        raise UserError(error_code, path=db_path, detail=_detail(exc)) from exc


def change_marker(db_path: Path) -> tuple:
    """Changes whenever the database file or its WAL is written (size and mtime of both),
    so the automatic snapshot is skipped while nothing changes."""
    marker = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{db_path}{suffix}")
            marker += [st.st_size, st.st_mtime_ns]
        except OSError:
            marker += [None, None]
    return tuple(marker)


IMPORT_WINDOW = dt.timedelta(seconds=60)


def before_import(db_path: Path) -> Path | None:
    """The snapshot every import takes before it changes anything.

    A batch (fifty bundles from a USB stick) shares the snapshot taken before its first
    file: none is taken when the newest pre-import snapshot is under a minute old."""
    newest = latest(db_path, "pre-import")
    if newest is not None and dt.datetime.now() - newest.created < IMPORT_WINDOW:
        return None
    return snapshot(db_path, "pre-import")


def _copy(source: Path, target: Path) -> None:
    """Online backup of `source` into a fresh single file (rollback journal, not WAL)."""
    target.unlink(missing_ok=True)
    src = schema.open_read_only(source)
    try:
        src.execute("PRAGMA busy_timeout = 5000")
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            if dest.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the copy does not pass SQLite's check")
        finally:
            dest.close()
    finally:
        src.close()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _detail(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def list_backups(db_path: Path) -> list[Backup]:
    """The snapshots of this database, newest first (damaged files moved aside included)."""
    db_path = Path(db_path)
    found = []
    folder = folder_for(db_path)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != db_path.stem:
            continue
        try:
            created = dt.datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, match["reason"], created, size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def rotate(db_path: Path, reason: str) -> list[Path]:
    """Delete the oldest snapshots of `reason` beyond what KEEP allows; return them."""
    of_reason = [b for b in list_backups(db_path) if b.reason == reason]
    removed = []
    for old in of_reason[KEEP[reason]:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            pass  # a snapshot open elsewhere (Windows) goes at the next rotation
    return removed


def newest_usable(db_path: Path) -> Backup | None:
    """The newest snapshot that passes the full check (what `restore --latest` puts back)."""
    return next((b for b in list_backups(db_path) if b.reason != "damaged" and inspect(b.path).usable), None)


def latest(db_path: Path, reason: str | None = None) -> Backup | None:
    for backup in list_backups(db_path):
        if backup.reason != "damaged" and (reason is None or backup.reason == reason):
            return backup
    return None


@dataclass(frozen=True)
class BackupSummary:
    """What a person needs to choose a snapshot: is it usable, and what is in it."""

    usable: bool
    workshops: int = 0
    revisions: int = 0
    problem: str = ""


def inspect(path: Path) -> BackupSummary:
    """Check a snapshot fully (read-only) and count what it holds."""
    try:
        _check_usable(Path(path))
        conn = schema.open_read_only(path)
        try:
            workshops = conn.execute("SELECT count(*) FROM workshop").fetchone()[0]
            revisions = conn.execute("SELECT count(*) FROM revision").fetchone()[0]
        finally:
            conn.close()
    except UserError as err:
        return BackupSummary(False, problem=err.params.get("detail", err.code))
    except sqlite3.Error as exc:
        return BackupSummary(False, problem=str(exc))
    return BackupSummary(True, workshops, revisions)


def _check_usable(path: Path) -> None:
    """Raise `backup.unusable` unless `path` is a complete, undamaged fgd-app database."""
    if not path.is_file():
        raise UserError("backup.unusable", path=path, detail="not found")
    try:
        conn = schema.open_read_only(path)
    except sqlite3.Error as exc:
        raise UserError("backup.unusable", path=path, detail=str(exc)) from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise UserError("backup.unusable", path=path, detail=str(exc)) from exc
        if app_id != schema.APPLICATION_ID:
            raise UserError("backup.unusable", path=path, detail="not an fgd-app database")
        if version > schema.latest_version():
            raise UserError("backup.unusable", path=path, detail=f"schema {version} is newer than this app")
        try:
            schema.check_integrity(conn, path, full=True)
        except UserError as err:
            raise UserError("backup.unusable", path=path, detail=err.params.get("detail", "")) from err
    finally:
        conn.close()


def restore(db_path: Path, backup_path: Path) -> Path | None:
    """Make the database at `db_path` what `backup_path` holds; return where the previous
    content went (a pre-restore snapshot, or the damaged file moved aside), if anywhere.

    The caller must hold the database's `DatabaseLock` and have closed its own connection."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    _check_usable(backup_path)
    if backup_path.resolve() == db_path.resolve():
        raise UserError("backup.unusable", path=backup_path, detail="this is the database itself")
    if db_path.exists() and _readable(db_path):
        kept = snapshot(db_path, "pre-restore")
        _copy_into(backup_path, db_path)
        return kept
    # Damaged or gone: nothing may be left that SQLite would read with the new file,
    # a stray WAL above all (it would be replayed into the restored copy).
    kept = move_aside(db_path) if any(side_files(db_path)) else None
    _copy_fresh(backup_path, db_path)
    return kept


def side_files(db_path: Path) -> list[tuple[str, Path]]:
    """The database file, its WAL and its shared-memory file, those that exist, main first."""
    return [(suffix, Path(f"{db_path}{suffix}")) for suffix in ("", "-wal", "-shm")
            if Path(f"{db_path}{suffix}").exists()]


def _readable(db_path: Path) -> bool:
    try:
        conn = schema.open_read_only(db_path)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _copy_into(backup_path: Path, db_path: Path) -> None:
    """Overwrite the live database page by page in one transaction (WAL kept consistent)."""
    src = schema.open_read_only(backup_path)
    try:
        dest = sqlite3.connect(db_path)
        try:
            dest.execute("PRAGMA busy_timeout = 5000")
            src.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise UserError("backup.restore_failed", path=db_path, detail=_detail(exc)) from exc
        finally:
            dest.close()
    finally:
        src.close()


def _copy_fresh(backup_path: Path, db_path: Path) -> None:
    _copy_whole(backup_path, db_path, "backup.restore_failed", db_path)


def move_aside(db_path: Path) -> Path:
    """Move a damaged database (and its WAL and shared-memory files) into the backups
    folder as `…-damaged-…`, never deleting it: what it still holds may be rescued later."""
    db_path = Path(db_path)
    folder = folder_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}-damaged-{dt.datetime.now().strftime(_STAMP)}.sqlite3"
    try:
        for suffix, side in side_files(db_path):
            replace_with_retry(side, Path(f"{target}{suffix}"))
    except OSError as exc:
        raise UserError("backup.restore_failed", path=db_path, detail=_detail(exc)) from exc
    return target
