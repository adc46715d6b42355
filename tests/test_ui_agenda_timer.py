import os; os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # noqa: E702, I001
import pytest

pytestmark = pytest.mark.usefixtures("qt_settings")

import datetime as dt  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402

from fgd_app.store.models import AgendaItem  # noqa: E402
from fgd_app.ui.agenda_timer import AgendaTimer  # noqa: E402
from tests.helpers import make_workshop, wait_written  # noqa: E402

T0 = dt.datetime(2021, 6, 17, 1, 5)  # 09:05 WITA (Kutai Barat, 64.07)


class Clock:
    """The time the strip believes it is; tests move it on."""

    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def setup(capture_ctx, qtbot):
    db = capture_ctx.db
    workshop = make_workshop(db, pillars=["governance", "economy"])
    with db.transaction() as tx:
        items = [tx.insert(AgendaItem, workshop_id=workshop.id, position=i, title=title, planned_minutes=minutes,
                           pillar_key=pillar).id
                 for i, (title, minutes, pillar) in enumerate((
                     ("Pembukaan", 15, None), ("Diskusi tata kelola", 45, "governance"),
                     ("Diskusi ekonomi", 30, "economy")))]
    clock = Clock(T0)
    timer = AgendaTimer(capture_ctx, clock=clock)
    capture_ctx.open_workshop(workshop.id)
    capture_ctx.set_pillar("governance")
    qtbot.addWidget(timer.ui)
    timer.ui.resize(1000, 48)
    timer.ui.show()
    return timer, clock, workshop, items


def stored(ctx, sql, *params):
    return ctx.db.rows(sql, params)


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_start_workshop_shows_running_since_the_local_time(setup, capture_ctx, qtbot):
    timer, clock, workshop, _ = setup
    ui = timer.ui
    assert ui.status_label.text() == "Planned"
    assert ui.workshop_button.text() == "Start workshop"
    click(qtbot, ui.workshop_button)
    wait_written(qtbot, capture_ctx)
    assert ui.status_label.text() == "Running since 09:05 WITA"
    assert ui.status_label.property("status") == "running"
    assert ui.workshop_button.text() == "Close workshop"
    assert stored(capture_ctx, "SELECT status, opened_at FROM workshop") == [("running", "2021-06-17T01:05:00")]


def test_countdown_runs_turns_amber_then_red_with_the_overrun(setup, capture_ctx, qtbot):
    timer, clock, _, items = setup
    ui = timer.ui
    ui.item_combo.setCurrentIndex(1)
    assert ui.countdown_label.text() == "45:00"  # before the start: the time the item will get
    assert ui.countdown_label.property("phase") == "idle"
    with qtbot.waitSignal(timer.agenda_pillar) as pillar:
        click(qtbot, ui.start_item_button)
        wait_written(qtbot, capture_ctx)
    assert pillar.args == ["governance"]
    assert ui.status_label.text() == "Running since 09:05 WITA"  # starting an item starts the workshop
    assert ui.item_combo.currentText().startswith("▶ 2. Diskusi tata kelola")
    assert ui.countdown_label.text() == "45:00"
    assert ui.countdown_label.property("phase") == "running"
    assert not ui.start_item_button.isEnabled()  # it is already running
    assert timer._timer.isActive()

    clock.advance(minutes=32, seconds=26)
    timer.tick()
    assert ui.countdown_label.text() == "12:34"
    assert ui.countdown_label.accessibleDescription() == "12 minutes 34 seconds left"

    clock.advance(minutes=11)
    timer.tick()
    assert (ui.countdown_label.text(), ui.countdown_label.property("phase")) == ("01:34", "warning")

    clock.advance(minutes=4, seconds=46)
    timer.tick()
    assert ui.countdown_label.text() == "+03:12"
    assert ui.countdown_label.property("phase") == "overrun"
    assert ui.countdown_label.accessibleDescription() == "3 minutes 12 seconds over time"


def test_a_restarted_app_resumes_the_countdown_from_the_stored_start(setup, capture_ctx, qtbot):
    timer, clock, _, items = setup
    timer.ui.item_combo.setCurrentIndex(2)
    click(qtbot, timer.ui.start_item_button)
    wait_written(qtbot, capture_ctx)
    clock.advance(minutes=10)
    again = AgendaTimer(capture_ctx, clock=clock)
    qtbot.addWidget(again.ui)
    assert again.ui.countdown_label.text() == "20:00"
    assert again.ui.item_combo.currentText().startswith("▶ 3. Diskusi ekonomi")


def test_next_item_ends_the_running_one_and_starts_the_following(setup, capture_ctx, qtbot):
    timer, clock, _, items = setup
    ui = timer.ui
    click(qtbot, ui.next_item_button)  # nothing ran yet: the first item
    wait_written(qtbot, capture_ctx)
    assert ui.item_combo.currentText().startswith("▶ 1. Pembukaan")
    assert ui.next_item_button.toolTip().endswith("Diskusi tata kelola")
    clock.advance(minutes=14)
    with qtbot.waitSignal(timer.agenda_pillar) as pillar:
        click(qtbot, ui.next_item_button)
        wait_written(qtbot, capture_ctx)
    assert pillar.args == ["governance"]
    assert stored(capture_ctx, "SELECT title, actual_start, actual_end FROM agenda_item ORDER BY position")[:2] == [
        ("Pembukaan", "2021-06-17T01:05:00", "2021-06-17T01:19:00"),
        ("Diskusi tata kelola", "2021-06-17T01:19:00", None),
    ]
    assert ui.item_combo.itemText(0).startswith("✓ 1.")
    assert ui.countdown_label.text() == "45:00"

    clock.advance(minutes=40)
    click(qtbot, ui.end_item_button)  # a break
    wait_written(qtbot, capture_ctx)
    assert ui.countdown_label.property("phase") == "idle"
    assert not ui.end_item_button.isEnabled()
    assert ui.item_combo.currentText().startswith("3. Diskusi ekonomi")  # what comes next is chosen


def test_close_workshop_after_confirmation_ends_the_running_item(setup, capture_ctx, qtbot):
    timer, clock, _, items = setup
    ui = timer.ui
    ui.item_combo.setCurrentIndex(1)
    click(qtbot, ui.start_item_button)
    wait_written(qtbot, capture_ctx)
    clock.advance(hours=6, minutes=25)

    timer.confirm_close = lambda: False  # "No": nothing happens
    click(qtbot, ui.workshop_button)
    wait_written(qtbot, capture_ctx)
    assert stored(capture_ctx, "SELECT status FROM workshop") == [("running",)]

    timer.confirm_close = lambda: True
    click(qtbot, ui.workshop_button)
    wait_written(qtbot, capture_ctx)
    assert stored(capture_ctx, "SELECT status, closed_at FROM workshop") == [("closed", "2021-06-17T07:30:00")]
    assert stored(capture_ctx, "SELECT actual_end FROM agenda_item WHERE id = ?", items[1]) == [
        ("2021-06-17T07:30:00",)]
    assert ui.status_label.text() == "Closed at 15:30 WITA"
    assert ui.workshop_button.text() == "Reopen workshop"
    assert ui.countdown_label.text() == "--:--"
    assert not any(b.isEnabled() for b in (ui.start_item_button, ui.next_item_button, ui.end_item_button))

    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert ui.status_label.text() == "Running since 09:05 WITA"
    assert ui.item_combo.currentText().startswith("▶ 2.")


def test_undo_of_start_item_clears_the_actual_start(setup, capture_ctx, qtbot):
    timer, clock, _, items = setup
    ui = timer.ui
    click(qtbot, ui.start_item_button)
    wait_written(qtbot, capture_ctx)
    assert capture_ctx.undo_stack.undoText() == "Start agenda item"
    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert stored(capture_ctx, "SELECT actual_start FROM agenda_item WHERE id = ?", items[0]) == [(None,)]
    assert stored(capture_ctx, "SELECT status, opened_at FROM workshop") == [("planned", None)]
    assert ui.status_label.text() == "Planned"
    assert ui.countdown_label.property("phase") == "idle"


def test_a_refused_close_shows_why(setup, capture_ctx, qtbot, refusals):
    timer, clock, _, _ = setup
    click(qtbot, timer.ui.workshop_button)
    wait_written(qtbot, capture_ctx)
    clock.advance(hours=-1)  # the laptop's clock was set back
    timer.confirm_close = lambda: True
    click(qtbot, timer.ui.workshop_button)
    wait_written(qtbot, capture_ctx)
    assert refusals == ["The workshop cannot close at 08:05 WITA: it was opened at 09:05 WITA. "
                        "Check the computer's clock."]
    assert stored(capture_ctx, "SELECT status FROM workshop") == [("running",)]


def test_every_control_is_named_for_screen_readers(setup):
    from tests.test_ui_accessibility import unnamed_controls

    timer = setup[0]
    assert unnamed_controls(timer.ui) == []
    assert timer.ui.countdown_label.accessibleName()


def _rename(rec, workshop_id):
    from fgd_app.store.models import Workshop

    rec.update(Workshop, workshop_id, title="FGD Kutai Barat")


def test_the_chosen_item_survives_an_unrelated_commit_but_follows_a_new_start(setup, capture_ctx, qtbot):
    from fgd_app.services import changes

    timer, clock, workshop, _ = setup
    ui = timer.ui
    click(qtbot, ui.next_item_button)
    wait_written(qtbot, capture_ctx)
    ui.item_combo.setCurrentIndex(2)  # the facilitator looks ahead
    capture_ctx.do("Rename", changes.recorded(_rename), workshop.id)  # another panel touches the workshop
    wait_written(qtbot, capture_ctx)
    assert ui.item_combo.currentIndex() == 2
    assert ui.start_item_button.isEnabled()
    click(qtbot, ui.next_item_button)
    wait_written(qtbot, capture_ctx)
    assert ui.item_combo.currentText().startswith("▶ 2.")  # the new running item is shown
