"""Unexpected exceptions in the GUI: log them with the traceback and tell the person.

Qt calls Python slots from its event loop; an exception there would otherwise only be
printed to a console nobody sees. The hook writes it to the log file and shows a dialog
naming that file. The app keeps running: every input was already committed when it
was shown as saved, so nothing typed before the error is lost.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("fgd_app.crash")
_showing = False  # one dialog at a time, even if the dialog itself triggers errors
_fault_file = None  # kept open for faulthandler, which writes to it from a dying process
FAULT_LOG = "faults.log"


def install(log_path: Path) -> None:
    """Route uncaught exceptions and Qt's warnings into the log (and a dialog for exceptions).

    A hard crash (a fault in Qt or SQLite's C code) cannot show anything; faulthandler
    writes its Python stack to `faults.log` beside the log, for the person who reads it."""
    global _fault_file

    def hook(kind, value, tb):
        from fgd_app.store.database import read_only_refusal

        if (refusal := read_only_refusal(value)) is not None:  # a damaged file opened read-only
            from fgd_app.ui import i18n

            QMessageBox.warning(QApplication.activeWindow(), "fgd-app", refusal.message(i18n.current_language()))
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        show_error_dialog(value, log_path)

    sys.excepthook = hook
    qInstallMessageHandler(_qt_messages)
    if _fault_file is None:
        try:
            _fault_file = open(Path(log_path).with_name(FAULT_LOG), "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
        except OSError:
            if sys.stderr is not None:  # the windowed Windows program has no stderr at all
                faulthandler.enable()


def show_error_dialog(error: BaseException, log_path: Path) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        title = QCoreApplication.translate("Crash", "Unexpected error")
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong: {error}\n\nEverything shown as saved is safe. "
            "Details were written to the log file:\n{path}",
        ).format(error=f"{type(error).__name__}: {error}"[:300], path=log_path)
        QMessageBox.critical(QApplication.activeWindow(), title, text)
    finally:
        _showing = False


def _qt_messages(kind: QtMsgType, _context, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("fgd_app.qt").log(level, message)
