"""`fgd-app backup`, `restore` and `rescue`: taking care of the database file itself.

None of them opens the database the usual way (which checks and migrates it): they must
work on a damaged file, and a restore must not touch a file another window has open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fgd_app.errors import UserError

EXIT_OK = 0


def add_commands(commands) -> None:
    backup = commands.add_parser("backup", help="snapshot the database now, or list the snapshots")
    backup.add_argument("-o", "--output", type=Path, help="write the snapshot to this file (default: backups/)")
    backup.add_argument("--list", action="store_true", help="list the snapshots, newest first")
    backup.add_argument("--check", action="store_true", help="with --list: check each snapshot fully")

    restore = commands.add_parser("restore", help="put a snapshot back (the current content is kept)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", type=Path, help="a snapshot or any fgd-app database file")
    which.add_argument("--latest", action="store_true", help="the newest snapshot that passes the full check")

    rescue = commands.add_parser("rescue", help="copy what a damaged database still holds into a new file")
    rescue.add_argument("-o", "--output", type=Path, required=True, help="the new database file")


def _db_path(args: argparse.Namespace) -> Path:
    from fgd_app.paths import default_db_path

    return Path(args.db) if args.db else default_db_path()


def cmd_backup(args: argparse.Namespace) -> int:
    from fgd_app.store import backups

    db_path = _db_path(args)
    if args.list:
        for item in backups.list_backups(db_path):
            line = f"{item.created:%Y-%m-%d %H:%M:%S}  {item.reason:<13} {item.size / 1e6:7.1f} MB  {item.path}"
            if args.check:
                summary = backups.inspect(item.path)
                line += "  ok" if summary.usable else f"  UNUSABLE: {summary.problem}"
            print(line)
        return EXIT_OK
    if not db_path.exists():
        raise UserError("db.not_sqlite", path=db_path)
    print(backups.snapshot(db_path, "manual", target=args.output))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from fgd_app.store import backups
    from fgd_app.store.lock import DatabaseLock

    db_path = _db_path(args)
    source = args.file
    if args.latest:
        newest = backups.newest_usable(db_path)
        if newest is None:
            raise UserError("backup.none", path=db_path)
        source = newest.path
    with DatabaseLock(db_path):
        kept = backups.restore(db_path, source)
    print(f"restored {db_path} from {source}")
    if kept:
        print(f"the previous content is kept in {kept}")
    return EXIT_OK


def cmd_rescue(args: argparse.Namespace) -> int:
    from fgd_app.store.salvage import salvage

    report = salvage(_db_path(args), args.output)
    print(f"rescued into {report.target}: {report.workshops} workshops, {report.revisions} revisions, "
          f"{report.blobs} files")
    for table, lost in sorted(report.rows_unreadable.items()):
        print(f"unreadable in {table}: {'all' if lost < 0 else lost} rows")
    if report.entities_dropped:
        print(f"left out: {report.entities_dropped} rows whose parent was lost")
    print(f"to use it: fgd-app restore {report.target}")
    return EXIT_OK

