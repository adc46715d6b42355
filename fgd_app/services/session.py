"""The live session: opening and closing the workshop, and the agenda timer.

The minutes need when the workshop really opened and closed and when each agenda item
really started and ended, so these are stored instants (naive UTC, to the second), not
a running clock: the timer on screen is always computed from the stored `actual_start`,
which is why a restarted app (or another laptop after a sync) resumes the countdown
exactly. Every action takes `now` explicitly, so tests (and the UI's injected clock)
decide what time it is.

Rules facilitators expect:
- only one agenda item runs at a time: starting one ends the one still running;
- starting an item also starts a workshop that was only planned;
- closing ends the running item; a closed workshop can be reopened (its opening time is
  kept, its closing time cleared), but no item starts while it is closed;
- a time that would lie before what is already recorded (a computer clock set wrong) is
  refused with a message naming both times, instead of writing absurd minutes.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple

from fgd_app.core.dates import instant
from fgd_app.core.timezones import local_clock
from fgd_app.core.vocab import WorkshopStatus
from fgd_app.errors import UserError
from fgd_app.services import changes
from fgd_app.services.changes import Recorder
from fgd_app.store.database import Database
from fgd_app.store.models import AgendaItem, Workshop

WARNING_SECONDS = 2 * 60  # the countdown turns amber in an item's last two minutes

IDLE, RUNNING, WARNING, OVERRUN = "idle", "running", "warning", "overrun"
"""Phases of the countdown, for styling and tests: nothing runs / time left / last minutes / over."""


class TimerItem(namedtuple("TimerItem", "id position title pillar_key planned_minutes actual_start actual_end")):
    """One agenda item as the timer needs it; instants are naive UTC or None."""

    __slots__ = ()

    @property
    def running(self) -> bool:
        return self.actual_start is not None and self.actual_end is None

    @property
    def done(self) -> bool:
        return self.actual_end is not None


class TimerState(namedtuple(
    "TimerState",
    "workshop_id status zone opened_at closed_at current elapsed remaining overrun next_item items",
)):
    """What the agenda timer shows at one instant.

    `current` is the running `TimerItem` (None when nothing runs); `elapsed` and
    `remaining` are whole seconds (None when nothing runs; `remaining` is negative when
    the item is over time); `next_item` is what "Next item" would start; `items` is the
    whole agenda in order, for a picker.
    """

    __slots__ = ()

    @property
    def next_title(self) -> str | None:
        return self.next_item.title if self.next_item else None

    @property
    def phase(self) -> str:
        if self.current is None:
            return IDLE
        if self.overrun:
            return OVERRUN
        return WARNING if self.remaining <= WARNING_SECONDS else RUNNING

    def clock_text(self, instant: dt.datetime | None) -> str:
        """"09:05 WITA": a stored instant as the regency's wall clock ("" for None)."""
        return local_clock(instant, self.zone) if instant is not None else ""

    def at(self, now: dt.datetime) -> TimerState:
        """The same state a moment later: only the countdown moves (no database read).

        The UI ticks with this every second; stored data changes arrive as a fresh
        `timer_state`.
        """
        elapsed, remaining = _countdown(self.current, _instant(now))
        overrun = remaining is not None and remaining < 0
        return self._replace(elapsed=elapsed, remaining=remaining, overrun=overrun)


# -- reading ---------------------------------------------------------------------------------


def timer_state(db: Database, workshop_id: str, now: dt.datetime) -> TimerState:
    """The workshop's status, its running agenda item and the countdown at `now`."""
    found = db.rows(
        "SELECT w.status, w.opened_at, w.closed_at, r.timezone FROM workshop w "
        "JOIN regency r ON r.code = w.regency_code WHERE w.id = ?",
        (workshop_id,),
    )
    if not found:
        raise UserError("workshop.not_found", ref=workshop_id)
    status, opened_at, closed_at, zone = found[0]
    items = _items(db.rows(_ITEMS_SQL, (workshop_id,)))
    current = _current(items)
    state = TimerState(
        workshop_id, WorkshopStatus(status), zone, instant(opened_at), instant(closed_at), current,
        None, None, False, _next(items, current), items,
    )
    return state.at(now)


_ITEMS_SQL = (
    "SELECT id, position, title, pillar_key, planned_minutes, actual_start, actual_end FROM agenda_item "
    "WHERE workshop_id = ? ORDER BY position, id"
)


def _items(rows: list[tuple]) -> list[TimerItem]:
    return [TimerItem(i, p, t, k, m, instant(s), instant(e)) for i, p, t, k, m, s, e in rows]


def _current(items: list[TimerItem]) -> TimerItem | None:
    """The running item; should a sync have left two running, the one started last."""
    running = [item for item in items if item.running]
    return max(running, key=lambda item: item.actual_start) if running else None


def _next(items: list[TimerItem], current: TimerItem | None) -> TimerItem | None:
    """What "Next item" starts: the item after the running one, else after the one that ended last.

    Before anything has run, that is the first item; after the last item, nothing.
    """
    anchor = current
    if anchor is None:
        ended = [item for item in items if item.done]
        if not ended:
            return items[0] if items else None
        anchor = max(ended, key=lambda item: (item.actual_end, item.position))
    at = items.index(anchor) + 1
    return items[at] if at < len(items) else None


def _countdown(current: TimerItem | None, now: dt.datetime) -> tuple[int | None, int | None]:
    if current is None:
        return None, None
    elapsed = max(0, int((now - current.actual_start).total_seconds()))  # a start "in the future": 0
    return elapsed, current.planned_minutes * 60 - elapsed


# -- recorded actions ---------------------------------------------------------------------------


def _start_workshop(rec: Recorder, workshop_id: str, now: dt.datetime) -> None:
    """Planned -> running with the opening time; closed -> running again (reopen).

    Reopening keeps the first opening time (the minutes report when the workshop began)
    and clears the closing time; a running workshop is left alone.
    """
    now = _instant(now)
    workshop = _workshop(rec, workshop_id)
    if workshop["status"] == WorkshopStatus.PLANNED:
        rec.update(Workshop, workshop_id, status=WorkshopStatus.RUNNING, opened_at=now)
    elif workshop["status"] == WorkshopStatus.CLOSED:
        rec.update(Workshop, workshop_id, status=WorkshopStatus.RUNNING, closed_at=None,
                   opened_at=workshop["opened_at"] or now)


def _close_workshop(rec: Recorder, workshop_id: str, now: dt.datetime) -> None:
    """Running (or planned) -> closed with the closing time; the running item ends now.

    Closing before the recorded opening time is refused: the computer's clock is wrong,
    and the minutes would say the workshop ended before it began. Closing a closed
    workshop keeps its first closing time.
    """
    now = _instant(now)
    workshop = _workshop(rec, workshop_id)
    if workshop["status"] == WorkshopStatus.CLOSED:
        return
    opened = instant(workshop["opened_at"])
    if opened is not None and now < opened:
        zone = _zone(rec, workshop_id)
        raise UserError("session.close_before_open", now=local_clock(now, zone), opened=local_clock(opened, zone))
    _end_running(rec, workshop_id, now)
    rec.update(Workshop, workshop_id, status=WorkshopStatus.CLOSED, closed_at=now)


def _start_agenda_item(rec: Recorder, item_id: str, now: dt.datetime) -> None:
    """Start an item now: the one still running ends, a planned workshop starts.

    Restarting an item that already ended starts it afresh (its end is cleared);
    starting the item that is running changes nothing, so a double click never loses
    its start time.
    """
    now = _instant(now)
    item = _item(rec, item_id)
    if item["actual_start"] is not None and item["actual_end"] is None:
        return
    _start_item(rec, item, now)


def _finish_agenda_item(rec: Recorder, item_id: str, now: dt.datetime) -> None:
    """End a running item now (a break may follow); an item not running is left alone."""
    now = _instant(now)
    item = _item(rec, item_id)
    if item["actual_start"] is not None and item["actual_end"] is None:
        _end_item(rec, item, now)


def _next_agenda_item(rec: Recorder, workshop_id: str, now: dt.datetime) -> None:
    """End the running item and start the next one by position (after the last: only end)."""
    now = _instant(now)
    if _workshop(rec, workshop_id)["status"] == WorkshopStatus.CLOSED:
        raise UserError("session.closed")  # nothing runs in a closed workshop: "next" could only start one
    items = _items(rec.rows(_ITEMS_SQL, (workshop_id,)))
    current = _current(items)
    following = _next(items, current)
    if following is None:
        _end_running(rec, workshop_id, now)
        return
    _start_item(rec, _item(rec, following.id), now)


start_workshop = changes.recorded(_start_workshop)
close_workshop = changes.recorded(_close_workshop)
start_agenda_item = changes.recorded(_start_agenda_item)
finish_agenda_item = changes.recorded(_finish_agenda_item)
next_agenda_item = changes.recorded(_next_agenda_item)


# -- helpers ------------------------------------------------------------------------------------


def _start_item(rec: Recorder, item: dict, now: dt.datetime) -> None:
    workshop_id = item["workshop_id"]
    workshop = _workshop(rec, workshop_id)
    if workshop["status"] == WorkshopStatus.CLOSED:
        raise UserError("session.closed")
    _end_running(rec, workshop_id, now)
    if workshop["status"] == WorkshopStatus.PLANNED:
        rec.update(Workshop, workshop_id, status=WorkshopStatus.RUNNING, opened_at=now)
    rec.update(AgendaItem, item["id"], actual_start=now, actual_end=None)


def _end_running(rec: Recorder, workshop_id: str, now: dt.datetime) -> None:
    for (item_id,) in rec.rows(
        "SELECT id FROM agenda_item WHERE workshop_id = ? AND actual_start IS NOT NULL AND actual_end IS NULL",
        (workshop_id,),
    ):
        _end_item(rec, rec.read(AgendaItem, item_id), now)


def _end_item(rec: Recorder, item: dict, now: dt.datetime) -> None:
    started = instant(item["actual_start"])
    if now < started:
        zone = _zone(rec, item["workshop_id"])
        raise UserError("session.end_before_start", title=item["title"], now=local_clock(now, zone),
                        started=local_clock(started, zone))
    rec.update(AgendaItem, item["id"], actual_end=now)


def _workshop(rec: Recorder, workshop_id: str) -> dict:
    workshop = rec.read(Workshop, workshop_id)
    if workshop is None:
        raise UserError("workshop.not_found", ref=workshop_id)
    return workshop


def _item(rec: Recorder, item_id: str) -> dict:
    item = rec.read(AgendaItem, item_id)
    if item is None:
        raise UserError("setup.agenda_item_not_found", ref=item_id)
    return item


def _zone(rec: Recorder, workshop_id: str) -> str:
    return rec.rows(
        "SELECT r.timezone FROM workshop w JOIN regency r ON r.code = w.regency_code WHERE w.id = ?", (workshop_id,)
    )[0][0]


def _instant(value: dt.datetime) -> dt.datetime:
    """Naive UTC to the second, as instants are stored (an aware time is converted)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)

