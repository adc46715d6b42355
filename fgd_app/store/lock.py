"""One app window per database file.

Two windows writing one file would each be correct for SQLite, but a facilitator would
see two different screens of the same workshop, and a restore must never replace a file
another window still shows. The GUI holds this lock while a database is open; a restore
takes it too. It is an operating-system lock (fcntl on POSIX, msvcrt on Windows, through
`filelock`), so a crashed app never leaves it held.
"""

from __future__ import annotations

from pathlib import Path

from fgd_app.errors import UserError
from fgd_app.store import backup_messages  # noqa: F401  (registers db.in_use)


class DatabaseLock:
    def __init__(self, db_path: Path):
        from filelock import FileLock

        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(f"{self.db_path}.lock", timeout=0, thread_local=False)

    def acquire(self) -> DatabaseLock:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as exc:
            raise UserError("db.in_use", path=self.db_path) from exc
        return self

    def release(self) -> None:
        self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
