"""What one user action did to the database, so it can be undone and redone exactly.

Capture actions (add an input, merge duplicates, cast a dot, promote to a programme...)
run through a `Recorder` wrapped around the transaction's `Tx`. It notes every row it
touched as a `Step` (table, key, the row before, the row after; None = absent). The
result, a `Change`, is all that undo and redo need: `revert` puts every row back as it
was, `reapply` sets it again, each in one transaction and each logged as new revisions
(history is never rewritten). The UI also feeds a `Change` to its in-memory views, so
one description of an action serves the database, the undo stack and the screen.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from fgd_app.store.codec import table_info, to_record
from fgd_app.store.models import MODEL_BY_TABLE

if TYPE_CHECKING:
    from sqlmodel import SQLModel

    from fgd_app.store.database import Database
    from fgd_app.store.tx import Tx


class Step(namedtuple("Step", "table key before after")):
    """One row's change; `before`/`after` are canonical records, None when the row is absent."""

    __slots__ = ()

    def inverse(self) -> Step:
        return Step(self.table, self.key, self.after, self.before)


class Change(tuple):
    """The steps of one action, in the order they were made."""

    __slots__ = ()

    def inverse(self) -> Change:
        return Change(step.inverse() for step in reversed(self))

    def tables(self) -> set[str]:
        return {step.table for step in self}

    def created(self, table: str) -> list[str]:
        """Keys of rows of `table` that this change inserted."""
        return [s.key for s in self if s.table == table and s.before is None and s.after is not None]


class Recorder:
    """`Tx` plus a note of every row touched. Use through `recording(db)`."""

    def __init__(self, tx: Tx):
        self.tx = tx
        self.steps: list[Step] = []

    def insert(self, model: type[SQLModel], **fields: Any) -> Any:
        instance = self.tx.insert(model, **fields)
        record = to_record(instance)
        table, pk, _, _ = table_info(model)
        self.steps.append(Step(table, record[pk], None, record))
        return instance

    def update(self, model: type[SQLModel], key: str, **changes: Any) -> Any:
        before = self.tx.read(model, key)
        instance = self.tx.update(model, key, **changes)
        after = to_record(instance)
        if after != before:
            self.steps.append(Step(table_info(model)[0], key, before, after))
        return instance

    def delete(self, model: type[SQLModel], key: str) -> None:
        before = self.tx.read(model, key)
        if before is None:
            return
        self.tx.delete(model, key)
        self.steps.append(Step(table_info(model)[0], key, before, None))

    def read(self, model: type[SQLModel], key: str) -> dict[str, Any] | None:
        return self.tx.read(model, key)

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Plain reads inside the same transaction (they see this action's own writes)."""
        return self.tx.conn.execute(sql, params).fetchall()

    @property
    def change(self) -> Change:
        return Change(self.steps)


@contextmanager
def recording(db: Database) -> Iterator[Recorder]:
    """One transaction whose writes are noted; read `.change` after the block."""
    with db.transaction() as tx:
        yield Recorder(tx)


def apply_steps(db: Database, change: Change) -> Change:
    """Set every row of `change` to its `after` state, in order, in one transaction.

    A row already in that state is left alone, so applying twice is harmless. Returns
    the steps that actually wrote something.
    """
    with recording(db) as rec:
        for step in change:
            _set_row(rec, MODEL_BY_TABLE[step.table], step.key, step.after)
    return rec.change


def revert(db: Database, change: Change) -> Change:
    """Undo: put every row of `change` back as it was before."""
    return apply_steps(db, change.inverse())


def reapply(db: Database, change: Change) -> Change:
    """Redo: make every row of `change` as it was after."""
    return apply_steps(db, change)


def _set_row(rec: Recorder, model: type[SQLModel], key: str, record: dict | None) -> None:
    current = rec.read(model, key)
    if record is None:
        if current is not None:
            rec.delete(model, key)
    elif current is None:
        rec.insert(model, **record)
    elif current != record:
        rec.update(model, key, **record)


def recorded(action: Callable[..., None]) -> Callable[..., Change]:
    """Turn `action(rec, *args)` into `action(db, *args) -> Change` run in one transaction."""

    def run(db: Database, *args: Any, **kwargs: Any) -> Change:
        with recording(db) as rec:
            action(rec, *args, **kwargs)
        return rec.change

    run.__name__ = action.__name__
    run.__doc__ = action.__doc__
    run.__wrapped__ = action
    return run
