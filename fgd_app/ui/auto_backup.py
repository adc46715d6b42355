"""Automatic snapshots every few minutes while the data changes, and one at closing.

The copy runs on a thread of its own with its own SQLite connection (`store.backups`),
so typing never waits for it; an unchanged database is not copied again.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from fgd_app.errors import UserError
from fgd_app.store import backups

log = logging.getLogger(__name__)
INTERVAL_MS = 5 * 60 * 1000


class AutoBackup(QObject):
    done = Signal(object)  # Path of the snapshot
    failed = Signal(str)  # the message, in the user's language

    def __init__(self, db_path: Path, lang, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._lang = lang  # a callable: the current UI language
        self._last = backups.change_marker(self.db_path)  # what is on disk now is what was opened
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def changed(self) -> bool:
        return backups.change_marker(self.db_path) != self._last

    def tick(self) -> None:
        """Start a snapshot in the background if the data changed since the last one."""
        marker = backups.change_marker(self.db_path)
        if self._thread is not None and self._thread.is_alive() or marker == self._last:
            return
        self._thread = threading.Thread(target=self._run, args=(marker,), name="fgd-backup", daemon=True)
        self._thread.start()

    def finish(self) -> None:
        """At closing: wait for a running copy, then take a last one if anything changed."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.join()
        if self.changed():
            self._run(backups.change_marker(self.db_path))

    def _run(self, marker: tuple) -> None:
        try:
            path = backups.snapshot(self.db_path, "auto")
        except UserError as err:
            log.warning("automatic backup failed: %s", err.message("en"))
            self.failed.emit(err.message(self._lang()))
            return
        self._last = marker  # changes made during the copy are caught by the next one
        log.info("automatic backup %s", path)
        self.done.emit(path)
