"""Workshop status and the agenda timer: stored instants, one item at a time, exact undo."""

from __future__ import annotations

import datetime as dt

import pytest

from fgd_app.errors import UserError
from fgd_app.services import changes
from fgd_app.services.session import (
    IDLE,
    OVERRUN,
    RUNNING,
    WARNING,
    close_workshop,
    finish_agenda_item,
    next_agenda_item,
    start_agenda_item,
    start_workshop,
    timer_state,
)
from fgd_app.store.models import AgendaItem
from tests.helpers import make_workshop

T0 = dt.datetime(2021, 6, 17, 1, 5)  # 09:05 WITA (Kutai Barat, 64.07)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def add_items(db, workshop_id, *specs):
    """specs: (title, planned_minutes, pillar_key or None), in agenda order."""
    with db.transaction() as tx:
        return [tx.insert(AgendaItem, workshop_id=workshop_id, position=i, title=title,
                          planned_minutes=minutes, pillar_key=pillar).id
                for i, (title, minutes, pillar) in enumerate(specs)]


@pytest.fixture
def workshop(db):
    return make_workshop(db)


@pytest.fixture
def items(db, workshop):
    return add_items(db, workshop.id, ("Pembukaan", 15, None), ("Diskusi tata kelola", 45, "governance"),
                     ("Penutupan", 10, None))


def workshop_row(db, workshop_id):
    status, opened, closed = db.rows("SELECT status, opened_at, closed_at FROM workshop WHERE id = ?",
                                     (workshop_id,))[0]
    return status, opened and dt.datetime.fromisoformat(opened), closed and dt.datetime.fromisoformat(closed)


def item_times(db, item_id):
    start, end = db.rows("SELECT actual_start, actual_end FROM agenda_item WHERE id = ?", (item_id,))[0]
    return start and dt.datetime.fromisoformat(start), end and dt.datetime.fromisoformat(end)


# -- workshop status -----------------------------------------------------------------------------


def test_start_records_the_opening_time_and_close_the_closing_time(db, workshop):
    start_workshop(db, workshop.id, T0)
    assert workshop_row(db, workshop.id) == ("running", T0, None)
    assert start_workshop(db, workshop.id, at(5)) == ()  # already running: the opening time stays
    close_workshop(db, workshop.id, at(390))
    assert workshop_row(db, workshop.id) == ("closed", T0, at(390))


def test_instants_are_stored_as_naive_utc_to_the_second(db, workshop):
    wita = dt.timezone(dt.timedelta(hours=8))
    start_workshop(db, workshop.id, dt.datetime(2021, 6, 17, 9, 5, 7, 654321, tzinfo=wita))
    assert workshop_row(db, workshop.id)[1] == dt.datetime(2021, 6, 17, 1, 5, 7)


def test_reopen_keeps_the_opening_time_and_clears_the_closing_time(db, workshop):
    start_workshop(db, workshop.id, T0)
    close_workshop(db, workshop.id, at(300))
    start_workshop(db, workshop.id, at(320))
    assert workshop_row(db, workshop.id) == ("running", T0, None)
    close_workshop(db, workshop.id, at(360))
    assert close_workshop(db, workshop.id, at(400)) == ()  # already closed: the first closing time stays
    assert workshop_row(db, workshop.id) == ("closed", T0, at(360))


def test_a_planned_workshop_can_be_closed(db, workshop):
    close_workshop(db, workshop.id, T0)
    assert workshop_row(db, workshop.id) == ("closed", None, T0)


def test_closing_before_the_opening_time_is_refused_with_both_local_times(db, workshop):
    start_workshop(db, workshop.id, T0)
    with pytest.raises(UserError) as refused:
        close_workshop(db, workshop.id, at(-60))
    assert refused.value.code == "session.close_before_open"
    assert "08:05 WITA" in refused.value.message("en") and "09:05 WITA" in refused.value.message("en")
    assert workshop_row(db, workshop.id) == ("running", T0, None)


def test_unknown_workshop_and_item_are_refused(db):
    with pytest.raises(UserError) as refused:
        start_workshop(db, "nope", T0)
    assert refused.value.code == "workshop.not_found"
    with pytest.raises(UserError) as refused:
        start_agenda_item(db, "nope", T0)
    assert refused.value.code == "setup.agenda_item_not_found"


# -- agenda items -----------------------------------------------------------------------------------


def test_starting_an_item_starts_a_planned_workshop(db, workshop, items):
    start_agenda_item(db, items[0], T0)
    assert workshop_row(db, workshop.id) == ("running", T0, None)
    assert item_times(db, items[0]) == (T0, None)


def test_only_one_item_runs_at_a_time(db, workshop, items):
    start_agenda_item(db, items[0], T0)
    start_agenda_item(db, items[2], at(12))
    assert item_times(db, items[0]) == (T0, at(12))
    assert item_times(db, items[2]) == (at(12), None)
    assert db.scalar("SELECT count(*) FROM agenda_item WHERE actual_start IS NOT NULL AND actual_end IS NULL") == 1


def test_starting_the_running_item_again_keeps_its_start(db, workshop, items):
    start_agenda_item(db, items[0], T0)
    assert start_agenda_item(db, items[0], at(3)) == ()
    assert item_times(db, items[0]) == (T0, None)


def test_restarting_an_ended_item_clears_its_end(db, workshop, items):
    start_agenda_item(db, items[0], T0)
    finish_agenda_item(db, items[0], at(14))
    assert item_times(db, items[0]) == (T0, at(14))
    start_agenda_item(db, items[0], at(20))
    assert item_times(db, items[0]) == (at(20), None)


def test_finish_ends_only_a_running_item(db, workshop, items):
    assert finish_agenda_item(db, items[1], T0) == ()  # never started: nothing to end
    start_agenda_item(db, items[1], T0)
    finish_agenda_item(db, items[1], at(40))
    assert finish_agenda_item(db, items[1], at(50)) == ()  # already ended: the end stays
    assert item_times(db, items[1]) == (T0, at(40))


def test_next_item_walks_the_agenda_by_position_and_ends_after_the_last(db, workshop, items):
    next_agenda_item(db, workshop.id, T0)  # nothing ran yet: the first item starts
    assert item_times(db, items[0]) == (T0, None)
    next_agenda_item(db, workshop.id, at(15))
    assert item_times(db, items[0]) == (T0, at(15))
    assert item_times(db, items[1]) == (at(15), None)
    finish_agenda_item(db, items[1], at(60))  # a break: nothing runs
    next_agenda_item(db, workshop.id, at(75))  # after the break: the item after the one that ended
    assert item_times(db, items[2]) == (at(75), None)
    next_agenda_item(db, workshop.id, at(85))  # none left: the last one just ends
    assert item_times(db, items[2]) == (at(75), at(85))
    assert next_agenda_item(db, workshop.id, at(90)) == ()


def test_closing_ends_the_running_item_and_no_item_starts_while_closed(db, workshop, items):
    start_agenda_item(db, items[2], T0)
    close_workshop(db, workshop.id, at(8))
    assert item_times(db, items[2]) == (T0, at(8))
    for action, ref in ((start_agenda_item, items[0]), (next_agenda_item, workshop.id)):
        with pytest.raises(UserError) as refused:
            action(db, ref, at(10))
        assert refused.value.code == "session.closed"
    start_workshop(db, workshop.id, at(10))  # reopened: items can start again
    start_agenda_item(db, items[0], at(11))
    assert item_times(db, items[0]) == (at(11), None)


def test_ending_an_item_before_its_start_is_refused(db, workshop, items):
    start_agenda_item(db, items[0], T0)
    with pytest.raises(UserError) as refused:
        start_agenda_item(db, items[1], at(-2))  # would end the first one before it began
    assert refused.value.code == "session.end_before_start"
    assert "Pembukaan" in refused.value.message("en")
    assert item_times(db, items[1]) == (None, None)  # nothing of the action was written


# -- the timer -----------------------------------------------------------------------------------------


def test_timer_state_counts_down_and_flags_the_overrun(db, workshop, items):
    state = timer_state(db, workshop.id, T0)
    assert (state.status, state.current, state.phase, state.next_title) == ("planned", None, IDLE, "Pembukaan")
    assert [i.title for i in state.items] == ["Pembukaan", "Diskusi tata kelola", "Penutupan"]

    start_agenda_item(db, items[1], T0)
    state = timer_state(db, workshop.id, at(12) + dt.timedelta(seconds=26))
    assert state.status == "running" and state.clock_text(state.opened_at) == "09:05 WITA"
    assert (state.current.id, state.current.pillar_key, state.current.planned_minutes) == (
        items[1], "governance", 45)
    assert (state.elapsed, state.remaining, state.overrun, state.phase) == (746, 45 * 60 - 746, False, RUNNING)
    assert state.next_title == "Penutupan"

    assert state.at(at(44)).phase == WARNING
    late = state.at(at(48) + dt.timedelta(seconds=12))
    assert (late.remaining, late.overrun, late.phase) == (-192, True, OVERRUN)


def test_timer_state_resumes_from_the_stored_start(db, workshop, items):
    """A restarted app reads the same countdown: nothing but actual_start is needed."""
    start_agenda_item(db, items[0], T0)
    assert timer_state(db, workshop.id, at(10)).remaining == 5 * 60
    assert timer_state(db, workshop.id, at(-1)).elapsed == 0  # a clock behind the start: not negative


def test_timer_state_after_close(db, workshop, items):
    start_agenda_item(db, items[0], T0)
    close_workshop(db, workshop.id, at(30))
    state = timer_state(db, workshop.id, at(31))
    assert (state.status, state.current, state.phase) == ("closed", None, IDLE)
    assert state.clock_text(state.closed_at) == "09:35 WITA"
    assert state.next_title == "Diskusi tata kelola"


# -- undo ----------------------------------------------------------------------------------------------


def test_undo_puts_times_and_status_back_exactly(db, workshop, items):
    first = start_agenda_item(db, items[0], T0)  # also starts the workshop
    second = next_agenda_item(db, workshop.id, at(15))
    closing = close_workshop(db, workshop.id, at(50))

    changes.revert(db, closing)
    assert workshop_row(db, workshop.id) == ("running", T0, None)
    assert item_times(db, items[1]) == (at(15), None)
    changes.revert(db, second)
    assert item_times(db, items[0]) == (T0, None)
    assert item_times(db, items[1]) == (None, None)
    changes.revert(db, first)
    assert workshop_row(db, workshop.id) == ("planned", None, None)
    assert item_times(db, items[0]) == (None, None)
    changes.reapply(db, first)
    assert workshop_row(db, workshop.id) == ("running", T0, None)
