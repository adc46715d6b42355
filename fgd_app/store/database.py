"""The `Database` handle: one open file, its connection, device identity and clock.

Reads are plain SQL on the connection. Writes go through `db.transaction()`, which
yields a `Tx` that validates every row, writes it and logs its revision in the same
SQLite transaction: there is no other way to change synced data.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fgd_app.store import schema
from fgd_app.store.reference import ensure_reference_data

TYPE_CHECKING = False  # the `typing` module costs ~3 ms of CLI start-up; annotations are strings
if TYPE_CHECKING:
    from typing import Any

    from sqlmodel import SQLModel

    from fgd_app.core.hlc import HybridClock
    from fgd_app.store.tx import Tx


class Database:
    def __init__(self, path: Path | str, device_id: str | None = None, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only  # a damaged file opened to look and export: every write fails
        self.conn = schema.connect(self.path, read_only=read_only)
        if not read_only:
            try:
                ensure_reference_data(self.conn)
            except BaseException:
                self.conn.close()
                raise
        self._device_id = device_id
        self._clock: HybridClock | None = None
        self._lock = threading.RLock()

    # -- identity ------------------------------------------------------------------------

    @property
    def device_id(self) -> str:
        if self._device_id is None:
            from fgd_app.device import device_id

            self._device_id = device_id()
        return self._device_id

    @property
    def clock(self) -> HybridClock:
        if self._clock is None:
            from fgd_app.core.hlc import HybridClock

            last = self.conn.execute("SELECT max(hlc) FROM revision").fetchone()[0] or 0
            self._clock = HybridClock(last)
        return self._clock

    # -- reading -------------------------------------------------------------------------

    def rows(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple | dict = ()) -> Any:
        row = self.rows(sql, params)
        return row[0][0] if row else None

    def get(self, model: type[SQLModel], key: str) -> SQLModel | None:
        """One validated row by primary key, or None."""
        from fgd_app.store.codec import column_list, from_db_row, table_info

        table, pk, _, _ = table_info(model)
        found = self.rows(f'SELECT {column_list(model)} FROM {table} WHERE "{pk}" = ?', (key,))
        return model.model_validate(from_db_row(model, found[0])) if found else None

    def records(self, model: type[SQLModel], where: str = "", params: tuple = ()) -> list[dict]:
        """Canonical records of a table (see `codec`), in primary-key order."""
        from fgd_app.store.codec import column_list, from_db_row, table_info

        table, pk, _, _ = table_info(model)
        sql = f'SELECT {column_list(model)} FROM {table} {where} ORDER BY "{pk}"'
        return [from_db_row(model, r) for r in self.rows(sql, params)]

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """All writes inside commit together (durably) or not at all."""
        from fgd_app.store.tx import Tx

        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(self)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(path: Path | str | None = None, device_id: str | None = None, read_only: bool = False) -> Database:
    """Open `path`, or the default database of this installation."""
    if path is None:
        from fgd_app.paths import default_db_path

        path = default_db_path()
    return Database(path, device_id=device_id, read_only=read_only)


def is_locked_error(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def read_only_refusal(exc: BaseException):
    """The `db.read_only` UserError for a write refused by a read-only (damaged) database, else None."""
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
        from fgd_app.errors import UserError
        from fgd_app.store import backup_messages  # noqa: F401  (registers db.read_only)

        return UserError("db.read_only")
    return None
