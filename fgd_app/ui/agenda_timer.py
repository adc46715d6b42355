"""The session strip at the top of the capture screen (`forms/agenda_timer.ui`).

One line, readable from across the room: whether the workshop is planned, running
(since when, in the regency's zone) or closed, with the one button that moves it on;
the agenda item picker; the countdown of the running item (amber in its last two
minutes, red and counting up with "+" when over time); and Start / Next / End item.

The countdown is computed from the stored `actual_start`, never kept in memory: the
one-second timer only repaints (`TimerState.at`, no database read), so restarting the
app or another laptop's sync resumes the countdown exactly. The clock is injected so
tests decide what time it is. Every write goes through `ctx.do` and is undoable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QMessageBox, QWidget

from fgd_app.core.text import shorten
from fgd_app.core.vocab import WorkshopStatus, label
from fgd_app.services.changes import Change
from fgd_app.services.checkin import utc_now
from fgd_app.services.session import (
    IDLE,
    TimerItem,
    TimerState,
    close_workshop,
    finish_agenda_item,
    next_agenda_item,
    start_agenda_item,
    start_workshop,
    timer_state,
)
from fgd_app.ui.capture_context import CaptureContext
from fgd_app.ui.forms import load_form

TABLES = frozenset({"workshop", "agenda_item"})
TICK_MS = 1000
RUNNING_MARK, DONE_MARK = "▶", "✓"
TITLE_CHARS = 34  # longer titles are shortened in the strip (each item's tooltip shows it whole)

# The phase is a dynamic property of the countdown: styles (and tests) read it, not colours.
STYLE = """
QLabel#countdown_label { border-radius: 4px; padding: 0px 8px; }
QLabel#countdown_label[phase="idle"] { color: palette(mid); }
QLabel#countdown_label[phase="warning"] { background: #f2b01e; color: #1f1f1f; }
QLabel#countdown_label[phase="overrun"] { background: #b3261e; color: #ffffff; }
QLabel#status_label[status="running"] { color: #1b6e34; font-weight: bold; }
QLabel#status_label[status="closed"] { font-weight: bold; }
"""


def countdown_text(seconds: int) -> str:
    """"12:34" left, "+03:12" over; minutes are not capped at 59 (a 90-minute item shows 90:00)."""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{'+' if seconds < 0 else ''}{minutes:02d}:{rest:02d}"


def spoken_duration(seconds: int) -> str:
    """"3 minutes 12 seconds" for screen readers (the digits alone read badly)."""
    minutes, rest = divmod(abs(seconds), 60)
    parts = []
    if minutes:
        parts.append(QCoreApplication.translate("AgendaTimer", "1 minute") if minutes == 1
                     else QCoreApplication.translate("AgendaTimer", "{count} minutes").format(count=minutes))
    if rest or not minutes:
        parts.append(QCoreApplication.translate("AgendaTimer", "1 second") if rest == 1
                     else QCoreApplication.translate("AgendaTimer", "{count} seconds").format(count=rest))
    return " ".join(parts)


class AgendaTimer(QObject):
    """Controller of the session strip; `self.ui` is the widget the capture page places on top."""

    agenda_pillar = Signal(str)  # an item with a pillar was started here: show that pillar

    def __init__(self, ctx: CaptureContext, parent: QObject | None = None,
                 clock: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or utc_now
        self.state: TimerState | None = None
        self._anchor: str | None = None  # the item the picker last jumped to by itself
        self.ui: QWidget = load_form("agenda_timer.ui")
        self.ui.setStyleSheet(STYLE)
        self._setup_countdown()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        ui = self.ui
        ui.workshop_button.clicked.connect(self.toggle_workshop)
        ui.start_item_button.clicked.connect(self.start_item)
        ui.next_item_button.clicked.connect(self.next_item)
        ui.end_item_button.clicked.connect(self.end_item)
        ui.item_combo.currentIndexChanged.connect(self._selection_changed)
        ctx.workshop_changed.connect(self.refresh)
        ctx.change_committed.connect(self._committed)
        ctx.reload_needed.connect(self.refresh)
        self._fit_widths()
        self.refresh()

    def _setup_countdown(self) -> None:
        label_ = self.ui.countdown_label
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(18, self.ui.font().pointSize() * 2))
        font.setWeight(QFont.Weight.Bold)
        label_.setFont(font)
        # Wide enough for "+00:00": the buttons beside it do not jump as the digits change.
        label_.setMinimumWidth(label_.fontMetrics().horizontalAdvance("+00:00") + 16)

    def _fit_widths(self) -> None:
        """Room for the longest status and button text: the strip never shifts when the status changes."""
        ui = self.ui
        bold = QFont(ui.status_label.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        statuses = (self._status_text(WorkshopStatus.RUNNING, "00:00 WITA"),
                    self._status_text(WorkshopStatus.CLOSED, "00:00 WITA"),
                    self._status_text(WorkshopStatus.PLANNED, ""))
        ui.status_label.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in statuses) + 4)
        button = ui.workshop_button
        widest = max((self._button_text(status) for status in WorkshopStatus),
                     key=button.fontMetrics().horizontalAdvance)
        current = button.text()
        button.setText(widest)
        button.setMinimumWidth(button.sizeHint().width())
        button.setText(current)

    # -- the page's calls ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read status and agenda from the database (after a commit, or when shown)."""
        workshop_id = self.ctx.workshop_id
        self.state = timer_state(self.ctx.db, workshop_id, self.clock()) if workshop_id else None
        self._fill_items()
        self._show()

    def retranslate(self) -> None:
        self._fit_widths()
        self._fill_items()
        self._show()

    def tick(self) -> None:
        """Repaint the countdown for the current time: no write, no database read."""
        if self.state is not None:
            self.state = self.state.at(self.clock())
            self._show_countdown()

    # -- actions -------------------------------------------------------------------------------

    def toggle_workshop(self) -> None:
        """Start a planned workshop, close a running one (after asking), reopen a closed one."""
        state = self.state
        if state is None:
            return
        action = close_workshop if state.status == WorkshopStatus.RUNNING else start_workshop
        if action is close_workshop and not self.confirm_close():
            return
        self.ctx.do(self._button_text(state.status), action, state.workshop_id, self.clock())

    def confirm_close(self) -> bool:
        """Ask before closing (tests replace this method)."""
        text = QCoreApplication.translate(
            "AgendaTimer", "Close the workshop now? The closing time is recorded for the minutes "
            "and the running agenda item ends. You can reopen it later.")
        answer = QMessageBox.question(self.ui, QCoreApplication.translate("AgendaTimer", "Close workshop"), text)
        return answer == QMessageBox.StandardButton.Yes

    def start_item(self) -> None:
        item = self.selected_item()
        if item is None or self.state is None:
            return
        self.ctx.do(QCoreApplication.translate("AgendaTimer", "Start agenda item"),
                    start_agenda_item, item.id, self.clock(), on_done=self._started)

    def next_item(self) -> None:
        if self.state is not None:
            self.ctx.do(QCoreApplication.translate("AgendaTimer", "Next agenda item"),
                        next_agenda_item, self.state.workshop_id, self.clock(), on_done=self._started)

    def end_item(self) -> None:
        if self.state is not None and self.state.current is not None:
            self.ctx.do(QCoreApplication.translate("AgendaTimer", "End agenda item"),
                        finish_agenda_item, self.state.current.id, self.clock())

    def selected_item(self) -> TimerItem | None:
        if self.state is None:
            return None
        item_id = self.ui.item_combo.currentData()
        return next((item for item in self.state.items if item.id == item_id), None)

    # -- reacting ------------------------------------------------------------------------------

    def _selection_changed(self, _index: int) -> None:
        self._show_buttons()
        self._show_countdown()  # nothing running: it previews the chosen item's planned time

    def _committed(self, change: Change) -> None:
        if change.tables() & TABLES:
            self.refresh()

    def _started(self, change: Change) -> None:
        """Tell the page which pillar the item just started is about."""
        for step in change:
            after = step.after
            if (step.table == "agenda_item" and after and after["actual_start"] and after["actual_end"] is None
                    and (step.before is None or step.before["actual_start"] != after["actual_start"])):
                if after["pillar_key"]:
                    self.agenda_pillar.emit(after["pillar_key"])
                return

    # -- showing -------------------------------------------------------------------------------

    def _fill_items(self) -> None:
        combo = self.ui.item_combo
        keep = combo.currentData()
        state = self.state
        with QSignalBlocker(combo):
            combo.clear()
            for item in state.items if state else ():
                combo.addItem(self._item_text(item), item.id)
                combo.setItemData(combo.count() - 1, item.title, Qt.ItemDataRole.ToolTipRole)
            view = combo.view()  # the open list is never narrower than its lines
            view.setMinimumWidth(view.sizeHintForColumn(0) + 24 if combo.count() else 0)
            # When the running (else the next) item changes, that is what the facilitator wants
            # next; otherwise their own choice stays (an unrelated commit must not undo it).
            wanted = (state.current or state.next_item) if state else None
            anchor = wanted.id if wanted else None
            choice = anchor if anchor != self._anchor or keep is None else keep
            self._anchor = anchor
            index = combo.findData(choice)
            combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(anchor)))

    def _item_text(self, item: TimerItem) -> str:
        title = shorten(item.title, TITLE_CHARS)
        text = QCoreApplication.translate("AgendaTimer", "{number}. {title} ({minutes} min)").format(
            number=item.position + 1, title=title, minutes=item.planned_minutes)
        if item.running:
            return f"{RUNNING_MARK} {text}"
        return f"{DONE_MARK} {text}" if item.done else text

    def _show(self) -> None:
        self._show_status()
        self._show_buttons()
        self._show_countdown()

    def _show_status(self) -> None:
        ui, state = self.ui, self.state
        ui.setEnabled(state is not None)
        if state is None:
            ui.status_label.setText("—")
            ui.workshop_button.setText(self._button_text(WorkshopStatus.PLANNED))
            _set_property(ui.status_label, "status", "")
            return
        instant = state.opened_at if state.status == WorkshopStatus.RUNNING else state.closed_at
        ui.status_label.setText(self._status_text(state.status, state.clock_text(instant)))
        _set_property(ui.status_label, "status", str(state.status))
        ui.workshop_button.setText(self._button_text(state.status))

    def _status_text(self, status: WorkshopStatus, time: str) -> str:
        """"Running since 09:05 WITA", "Closed at 15:30 WITA", or the plain status label."""
        if status == WorkshopStatus.RUNNING and time:
            return QCoreApplication.translate("AgendaTimer", "Running since {time}").format(time=time)
        if status == WorkshopStatus.CLOSED and time:
            return QCoreApplication.translate("AgendaTimer", "Closed at {time}").format(time=time)
        return label(status, self.ctx.lang)

    @staticmethod
    def _button_text(status: WorkshopStatus) -> str:
        """What the workshop button does next: start, close, or reopen."""
        if status == WorkshopStatus.RUNNING:
            return QCoreApplication.translate("AgendaTimer", "Close workshop")
        if status == WorkshopStatus.CLOSED:
            return QCoreApplication.translate("AgendaTimer", "Reopen workshop")
        return QCoreApplication.translate("AgendaTimer", "Start workshop")

    def _show_buttons(self) -> None:
        ui, state = self.ui, self.state
        open_ = state is not None and state.status != WorkshopStatus.CLOSED
        selected = self.selected_item()
        running = state.current if state else None
        ui.item_combo.setEnabled(bool(state and state.items))
        ui.start_item_button.setEnabled(open_ and selected is not None and selected != running)
        ui.next_item_button.setEnabled(open_ and (running is not None or state.next_item is not None))
        ui.end_item_button.setEnabled(running is not None)
        following = state.next_title if state else None
        tip = (QCoreApplication.translate("AgendaTimer", "Start the next item: {title}").format(title=following)
               if following else QCoreApplication.translate("AgendaTimer", "End the last item"))
        ui.next_item_button.setToolTip(tip)
        ui.next_item_button.setAccessibleDescription(tip)

    def _show_countdown(self) -> None:
        label_, state = self.ui.countdown_label, self.state
        phase = state.phase if state else IDLE
        if state is not None and state.current is not None:
            remaining = state.remaining
            label_.setText(countdown_text(remaining))
            spoken = (QCoreApplication.translate("AgendaTimer", "{duration} over time") if remaining < 0
                      else QCoreApplication.translate("AgendaTimer", "{duration} left"))
            spoken = spoken.format(duration=spoken_duration(remaining))
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            selected = self.selected_item()
            if state is not None and selected is not None and state.status != WorkshopStatus.CLOSED:
                label_.setText(countdown_text(selected.planned_minutes * 60))  # what the item will get
                spoken = QCoreApplication.translate("AgendaTimer", "Not started; planned {duration}").format(
                    duration=spoken_duration(selected.planned_minutes * 60))
            else:
                label_.setText("--:--")
                spoken = QCoreApplication.translate("AgendaTimer", "No agenda item running")
        label_.setToolTip(spoken)
        label_.setAccessibleDescription(spoken)
        _set_property(label_, "phase", phase)


def _set_property(widget: QWidget, name: str, value: str) -> None:
    """A dynamic property the style sheet selects on: re-polish only when it really changes."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
