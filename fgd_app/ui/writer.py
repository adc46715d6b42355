"""The capture screens' single writer thread: typing never waits on the disk.

A write with `synchronous=FULL` costs a fraction of a millisecond on a good SSD and can
take far longer on a tired laptop disk or a USB stick. The capture screens therefore
hand every write to this one background thread, in order (first in, first written:
an input is always in the file before a vote on it), and show the result as "saved"
only when the thread reports the commit. The UI thread keeps accepting keystrokes
meanwhile; the quick-entry list shows not-yet-committed inputs as pending.

Outcome callbacks run on the UI thread. A refused write (a `UserError` or a validation
error) is reported in the user's language; any other failure (disk full, I/O error) is
logged and reported as "not saved", and the caller reloads what is really stored.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from fgd_app.errors import UserError, from_validation_error
from fgd_app.store.database import Database, read_only_refusal
from fgd_app.ui.feedback import Feedback

log = logging.getLogger(__name__)

_STOP = object()
WRITE_FAILED = "db.write_failed"  # the code of failures that are not refusals (disk, I/O)


class _Job:
    __slots__ = ("write", "args", "kwargs", "on_done", "on_failed", "widget")

    def __init__(self, write, args, kwargs, on_done, on_failed, widget):
        self.write, self.args, self.kwargs = write, args, kwargs
        self.on_done, self.on_failed, self.widget = on_done, on_failed, widget


class Writer(QObject):
    """Runs `write(db, *args)` calls one after another on a background thread."""

    _finished = Signal(object, object, object)  # job, result, error (delivered on the UI thread)
    busy_changed = Signal(bool)  # True while writes are queued or running

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.feedback = feedback
        self._queue: queue.Queue = queue.Queue()
        self._outstanding = 0  # submitted, outcome not yet delivered on the UI thread
        self._drained = threading.Condition()
        self._in_thread = 0  # submitted, not yet finished on the writer thread
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="fgd-writer", daemon=True)
        self._thread.start()

    # -- the UI side ---------------------------------------------------------------------

    def submit(
        self,
        write: Callable[..., Any],
        /,
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[UserError], None] | None = None,
        widget: QWidget | None = None,
        **kwargs: Any,
    ) -> None:
        """Queue `write(db, *args, **kwargs)`; `on_done(result)` follows on the UI thread."""
        self._outstanding += 1
        with self._drained:
            self._in_thread += 1
        if self._outstanding == 1:
            self.busy_changed.emit(True)
        self._queue.put(_Job(write, args, kwargs, on_done, on_failed, widget))

    @property
    def pending(self) -> int:
        """Writes whose outcome the UI has not heard yet."""
        return self._outstanding

    def wait_written(self, timeout: float = 30.0) -> bool:
        """Block until every queued write has been committed or refused (closing, tests).

        Outcomes still have to be delivered by the event loop afterwards.
        """
        with self._drained:
            return self._drained.wait_for(lambda: self._in_thread == 0, timeout)

    def stop(self, timeout: float = 30.0) -> None:
        """Finish what is queued, then end the thread (the window is closing)."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    # -- the writer thread ----------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is _STOP:
                return
            result, error = None, None
            try:
                result = job.write(self.db, *job.args, **job.kwargs)
            except BaseException as exc:  # reported on the UI thread, never lost in the thread
                error = exc
            with self._drained:
                self._in_thread -= 1
                self._drained.notify_all()
            self._finished.emit(job, result, error)

    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._outstanding -= 1
        try:
            if error is None:
                self.feedback.saved()
                if job.on_done is not None:
                    job.on_done(result)
            else:
                user_error = _as_user_error(error)
                self.feedback.refused(job.widget, user_error)
                if job.on_failed is not None:
                    job.on_failed(user_error)
        finally:
            if self._outstanding == 0:
                self.busy_changed.emit(False)


def _as_user_error(error: BaseException) -> UserError:
    from pydantic import ValidationError

    if isinstance(error, UserError):
        return error
    if isinstance(error, ValidationError):
        return from_validation_error(error)
    if (refusal := read_only_refusal(error)) is not None:
        return refusal
    log.error("write failed", exc_info=error)
    return UserError(WRITE_FAILED, detail=str(error) or type(error).__name__)
