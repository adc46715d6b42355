"""What the capture screen's panels share, and the one way they change data.

Every panel (inputs, themes, voting, worksheets, photos, the agenda timer) gets the same
`CaptureContext`: the database, the background `Writer`, the page's `QUndoStack`, the
open workshop and pillar. A panel changes data with `ctx.do(text, action, *args)`,
where `action(db, *args)` returns a `services.changes.Change`. When the writer has
committed it:
- an undo entry is pushed (its undo/redo replay the Change through the writer);
- `change_committed(change)` tells every panel which rows changed, so each refreshes
  only when its tables are touched.

Panels that show not-yet-committed work (the input list) also listen to
`change_expected(change)`, emitted before undo/redo reach the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from fgd_app.errors import UserError
from fgd_app.services import changes
from fgd_app.services.changes import Change
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.writer import WRITE_FAILED, Writer


class CaptureContext(QObject):
    workshop_changed = Signal(str)  # a workshop was opened (its id)
    pillar_changed = Signal(str)  # the pillar shown everywhere on the capture screen
    change_expected = Signal(object)  # Change about to be written (undo/redo): show it now
    change_committed = Signal(object)  # Change now durable: refresh what shows these tables
    reload_needed = Signal()  # a write failed: views must re-read what is really stored

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.feedback = feedback
        self.writer = Writer(db, feedback, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.workshop_id: str | None = None
        self.pillar_key: str | None = None
        self.widget: QWidget | None = None  # parent for refusal dialogs (the capture page)

    @property
    def lang(self) -> str:
        return i18n.current_language()

    # -- selection -------------------------------------------------------------------------

    def open_workshop(self, workshop_id: str | None) -> None:
        if workshop_id != self.workshop_id:
            self.writer.wait_written()
            self.undo_stack.clear()  # undo never reaches into another workshop
        self.workshop_id = workshop_id
        if workshop_id is not None:
            self.workshop_changed.emit(workshop_id)

    def set_pillar(self, pillar_key: str) -> None:
        if pillar_key != self.pillar_key:
            self.pillar_key = pillar_key
            self.pillar_changed.emit(pillar_key)

    # -- changing data -----------------------------------------------------------------------

    def do(
        self,
        undo_text: str,
        action: Callable[..., Change],
        /,
        *args: Any,
        on_done: Callable[[Change], None] | None = None,
        on_failed: Callable[[UserError], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Write `action(db, *args, **kwargs)` in the background; undoable as `undo_text`.

        A refusal (a `UserError`) wrote nothing and is only reported; `on_failed` lets
        a caller that showed something early take it back.
        """

        def committed(change: Change) -> None:
            if change:
                self.undo_stack.push(ChangeCommand(self, undo_text, change))
                self.change_committed.emit(change)
            if on_done is not None:
                on_done(change)

        def failed(error: UserError) -> None:
            if on_failed is not None:
                on_failed(error)
            if error.code == WRITE_FAILED:
                self._lost_track()

        self.writer.submit(action, *args, on_done=committed, on_failed=failed, widget=self.widget, **kwargs)

    def replay(self, change: Change, undo: bool) -> None:
        """Undo or redo `change`: show it at once, write it behind."""
        expected = change.inverse() if undo else change
        self.change_expected.emit(expected)
        self.writer.submit(changes.apply_steps, expected, on_done=self._replayed,
                           on_failed=lambda _error: self._lost_track(), widget=self.widget)

    def _replayed(self, written: Change) -> None:
        self.change_committed.emit(written)

    def _lost_track(self) -> None:
        """The screen may show something the file does not hold: re-read it, and forget
        undo entries that may no longer describe the file."""
        self.undo_stack.clear()
        self.reload_needed.emit()

    def shutdown(self) -> None:
        """Let queued writes finish (the window is closing)."""
        self.writer.stop()


class ChangeCommand(QUndoCommand):
    """An action already written when pushed; undo and redo replay its `Change`."""

    def __init__(self, ctx: CaptureContext, text: str, change: Change):
        super().__init__(text)
        self.ctx = ctx
        self.change = change
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the write already happened
            self._pushed = True
            return
        self.ctx.replay(self.change, undo=False)

    def undo(self) -> None:
        self.ctx.replay(self.change, undo=True)
