"""The workshop agenda: ordered, timeboxed items.

Planned start and end times are laid end to end from the workshop's start time, so
moving an item re-plans everything after it; positions always stay 0..n-1 and only rows
whose position really changes are written (and logged).
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from typing import Any

from fgd_app.core.dates import instant
from fgd_app.core.limits import NAME_MAX
from fgd_app.errors import UserError
from fgd_app.services.fields import required_text, time_value, validated
from fgd_app.services.workshop_setup import pillar_keys
from fgd_app.store.database import Database

AGENDA_MAX_MINUTES = 24 * 60
AGENDA_FIELDS = frozenset({"title", "planned_minutes", "pillar_key"})


class AgendaRow(namedtuple(
    "AgendaRow", "id position title pillar_key planned_minutes start end past_end actual_start actual_end"
)):
    """One agenda item; `start`/`end` are planned local times (None without a workshop start)."""

    __slots__ = ()


class AgendaPlan(namedtuple(
    "AgendaPlan", "workshop_id items start_time end_time total_minutes planned_end overrun_minutes"
)):
    """The agenda with its timeboxes laid end to end from the workshop's start time."""

    __slots__ = ()

    @property
    def overruns(self) -> bool:
        """True when the planned agenda ends after the workshop's end time."""
        return self.overrun_minutes > 0


def agenda(db: Database, workshop_id: str) -> AgendaPlan:
    """The agenda in order, each item's planned start/end laid end to end from the start time."""
    found = db.rows("SELECT start_time, end_time FROM workshop WHERE id = ?", (workshop_id,))
    if not found:
        raise UserError("workshop.not_found", ref=workshop_id)
    start, end = time_value(found[0][0]), time_value(found[0][1])
    rows = db.rows(
        "SELECT id, position, title, pillar_key, planned_minutes, actual_start, actual_end FROM agenda_item "
        "WHERE workshop_id = ? ORDER BY position, id",
        (workshop_id,),
    )
    end_minute = _minutes(end) if end else None
    clock = _minutes(start) if start else None
    items = []
    for item_id, position, title, pillar, minutes, actual_start, actual_end in rows:
        item_start = clock
        clock = None if clock is None else clock + minutes
        past_end = clock is not None and end_minute is not None and clock > end_minute
        items.append(AgendaRow(
            item_id, position, title, pillar, minutes, _clock(item_start), _clock(clock), past_end,
            instant(actual_start), instant(actual_end),
        ))
    total = sum(r.planned_minutes for r in items)
    overrun = max(0, clock - end_minute) if clock is not None and end_minute is not None else 0
    return AgendaPlan(workshop_id, items, start, end, total, _clock(clock) if items else start, overrun)


def add_agenda_item(
    db: Database, workshop_id: str, *, title: str, planned_minutes: int = 30, pillar_key: str | None = None,
    index: int | None = None,
) -> str:
    """Add an item at `index` (default: the end), shifting later items down; returns its id."""
    from fgd_app.store.models import AgendaItem

    values = _normalise_agenda(db, {"title": title, "planned_minutes": planned_minutes, "pillar_key": pillar_key})
    with db.transaction() as tx:
        if not tx.conn.execute("SELECT 1 FROM workshop WHERE id = ?", (workshop_id,)).fetchone():
            raise UserError("workshop.not_found", ref=workshop_id)
        order = _agenda_ids(tx, workshop_id)
        at = len(order) if index is None else max(0, min(index, len(order)))
        item = validated(lambda: tx.insert(AgendaItem, workshop_id=workshop_id, position=at, **values))
        order.insert(at, item.id)
        _renumber(tx, order, skip=item.id)
    return item.id


def update_agenda_item(db: Database, item_id: str, **changes: Any):
    """Change an item's title, planned minutes or pillar (positions change only by moving)."""
    from fgd_app.store.models import AgendaItem

    unknown = set(changes) - AGENDA_FIELDS
    if unknown:
        raise UserError("setup.unknown_field", field=sorted(unknown)[0])
    values = _normalise_agenda(db, changes)
    with db.transaction() as tx:
        if tx.read(AgendaItem, item_id) is None:
            raise UserError("setup.agenda_item_not_found", ref=item_id)
        return validated(lambda: tx.update(AgendaItem, item_id, **values))


def delete_agenda_item(db: Database, item_id: str) -> None:
    """Remove an item and close the gap, so positions stay 0..n-1."""
    from fgd_app.store.models import AgendaItem

    with db.transaction() as tx:
        current = tx.read(AgendaItem, item_id)
        if current is None:
            raise UserError("setup.agenda_item_not_found", ref=item_id)
        tx.delete(AgendaItem, item_id)
        _renumber(tx, _agenda_ids(tx, current["workshop_id"]))


def move_agenda_item(db: Database, item_id: str, new_index: int) -> int:
    """Move an item to `new_index` (clamped); every item whose position changes is a logged update.

    Returns the index the item ended at.
    """
    from fgd_app.store.models import AgendaItem

    with db.transaction() as tx:
        current = tx.read(AgendaItem, item_id)
        if current is None:
            raise UserError("setup.agenda_item_not_found", ref=item_id)
        order = _agenda_ids(tx, current["workshop_id"])
        order.remove(item_id)
        at = max(0, min(new_index, len(order)))
        order.insert(at, item_id)
        _renumber(tx, order)
    return at


def _normalise_agenda(db: Database, fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "title":
            out[name] = required_text(value, NAME_MAX)
        elif name == "planned_minutes":
            out[name] = _minutes_value(value)
        elif name == "pillar_key":
            if value in (None, ""):
                out[name] = None
            elif value in pillar_keys(db):
                out[name] = value
            else:
                raise UserError("setup.unknown_pillar", key=value)
    return out


def _minutes_value(value: Any) -> int:
    """Whole minutes 0..24 h, from an int or digits (a spin box or a typed cell)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= AGENDA_MAX_MINUTES:
        raise UserError("setup.bad_minutes", limit=AGENDA_MAX_MINUTES)
    return value


def _agenda_ids(tx, workshop_id: str) -> list[str]:
    return [r[0] for r in tx.conn.execute(
        "SELECT id FROM agenda_item WHERE workshop_id = ? ORDER BY position, id", (workshop_id,)
    )]


def _renumber(tx, order: list[str], skip: str | None = None) -> None:
    """Give `order` the positions 0..n-1, updating (and logging) only rows that move."""
    from fgd_app.store.models import AgendaItem

    for position, item_id in enumerate(order):
        if item_id == skip:
            continue
        current = tx.conn.execute("SELECT position FROM agenda_item WHERE id = ?", (item_id,)).fetchone()
        if current and current[0] != position:
            tx.update(AgendaItem, item_id, position=position)


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _clock(minutes: int | None) -> dt.time | None:
    """Minutes since midnight as a wall-clock time (an agenda past midnight wraps)."""
    if minutes is None:
        return None
    return dt.time((minutes // 60) % 24, minutes % 60)

