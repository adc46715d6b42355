"""One app window per database file.

Two windows writing one file would each be correct for SQLite, but a facilitator would
see two different screens of the same workshop, and a restore must never replace a file
another window still shows. The GUI holds this lock while a database is open; a restore
takes it too.

It is an operating-system lock on `<database>.lock` (`fcntl.flock` on POSIX, `msvcrt.locking`
on Windows), so a crashed app never leaves it held. Written here rather than taken from
`filelock`: these few lines cost nothing at start-up, that package's import ~25 ms.
"""

from __future__ import annotations

import os
from pathlib import Path

from fgd_app.errors import UserError
from fgd_app.store import backup_messages  # noqa: F401  (registers db.in_use)


class DatabaseLock:
    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.path = Path(f"{self.db_path}.lock")
        self._fd: int | None = None

    def acquire(self) -> DatabaseLock:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise UserError("db.in_use", path=self.db_path) from exc
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the descriptor releases the lock on every platform

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock(fd: int) -> None:
    """Take the lock without waiting; OSError when another process (or window) has it."""
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
