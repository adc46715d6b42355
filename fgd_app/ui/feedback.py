"""Telling people that their edit was saved, or why it was not.

Every page writes through `Feedback.run(...)`: the write happens immediately (there is
no Save button for data), and the status bar then says "Tersimpan" with the time; a
rejected value shows one clear message in the UI language and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from fgd_app.errors import UserError, from_validation_error
from fgd_app.ui import i18n

log = logging.getLogger(__name__)


class Feedback(QObject):
    """One per main window; pages share it."""

    message = Signal(str)  # shown in the status bar
    saved_at = Signal()  # something was written (pages may refresh counts)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.last_error: str | None = None  # for tests and the status bar

    def run(self, parent: QWidget | None, write: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call `write`; report "saved" or show why it was refused. Returns its result or None."""
        from pydantic import ValidationError

        try:
            result = write(*args, **kwargs)
        except UserError as err:
            self.refused(parent, err)
            return None
        except ValidationError as exc:
            self.refused(parent, from_validation_error(exc))
            return None
        self.saved()
        return result

    def saved(self) -> None:
        self.last_error = None
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        self.message.emit(QCoreApplication.translate("Feedback", "Saved {time}").format(time=stamp))
        self.saved_at.emit()

    def refused(self, parent: QWidget | None, err: UserError) -> None:
        text = err.message(i18n.current_language())
        self.last_error = text
        log.info("refused: %s", err.message("en"))
        self.message.emit(text)
        QMessageBox.warning(parent, QCoreApplication.translate("Feedback", "Not saved"), text)

    def info(self, text: str) -> None:
        self.message.emit(text)
