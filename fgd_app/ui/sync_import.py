"""Importing bundle and receipt files off the UI thread, and the report table of what happened.

Each file is its own all-or-nothing import (`sync.importer.import_file`): one refused
file among several is reported and the others still import. A coordinator may import
fifty bundles of thousands of changes at once, so the files are read, verified and
applied on a worker thread, one after another; the table shows every chosen file at
once ("waiting") and fills in each line as its import ends. The database object is
shared (one connection behind a lock), as the Documents page's exports share it.

The table keeps outcomes, not texts: the words are made when shown, so they follow a
language switch.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from fgd_app.errors import UserError
from fgd_app.store.database import Database
from fgd_app.sync.importer import ImportReport, import_file
from fgd_app.sync.keys import DeviceKey
from fgd_app.ui import i18n

log = logging.getLogger(__name__)

WAITING, RUNNING, IMPORTED, NOTHING_NEW, HELD, DELIVERED, REFUSED = (
    "waiting", "running", "imported", "nothing_new", "held", "delivered", "refused")
BACKGROUNDS = {IMPORTED: "#dcf1dc", DELIVERED: "#dcf1dc", HELD: "#fff1c4", REFUSED: "#f8d9dc"}


@dataclass
class FileOutcome:
    """One line of the report: a file and what its (latest) import did."""

    path: Path
    state: str = WAITING  # waiting, running, or the outcome: a report status or 'refused'
    report: ImportReport | None = None
    error: BaseException | None = None

    @property
    def held(self) -> bool:
        return self.state == HELD and self.report is not None


@dataclass(frozen=True)
class Job:
    row: int
    path: Path
    trust_signer: bool = False
    signer_label: str = ""


class ImportReportModel(QAbstractTableModel):
    FILE, STATUS, NEW, DUPLICATES, CONFLICTS, MESSAGE = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[FileOutcome] = []
        self.signer_names: dict[str, str] = {}  # fingerprint -> trusted key label, for receipts

    def add(self, paths: list[Path]) -> list[int]:
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(paths) - 1)
        self.rows += [FileOutcome(Path(p)) for p in paths]
        self.endInsertRows()
        return list(range(first, first + len(paths)))

    def set_outcome(self, row: int, state: str, report: ImportReport | None = None,
                    error: BaseException | None = None) -> None:
        outcome = self.rows[row]
        outcome.state, outcome.report, outcome.error = state, report, error
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("SyncPage", "File"),
            QCoreApplication.translate("SyncPage", "Status"),
            QCoreApplication.translate("SyncPage", "New"),
            QCoreApplication.translate("SyncPage", "Already here"),
            QCoreApplication.translate("SyncPage", "Conflicts"),
            QCoreApplication.translate("SyncPage", "Message"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        outcome = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FILE:
                return outcome.path.name if role == Qt.ItemDataRole.DisplayRole else str(outcome.path)
            if column == self.STATUS:
                return status_text(outcome.state)
            if column == self.MESSAGE:
                return message_text(outcome, self.signer_names)
            return self._count(outcome, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NEW, self.DUPLICATES, self.CONFLICTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS and outcome.state in BACKGROUNDS:
            return QColor(BACKGROUNDS[outcome.state])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and outcome.state in BACKGROUNDS:
            return QColor("#202020")  # readable on the light status colours in a dark theme too
        return None

    def _count(self, outcome: FileOutcome, column: int) -> str:
        report = outcome.report
        if report is None or report.kind != "revisions" or outcome.state == HELD:
            return ""
        return str({self.NEW: report.new, self.DUPLICATES: report.duplicates, self.CONFLICTS: report.conflicts}[column])


def status_text(state: str) -> str:
    return {
        WAITING: QCoreApplication.translate("SyncPage", "Waiting"),
        RUNNING: QCoreApplication.translate("SyncPage", "Importing…"),
        IMPORTED: QCoreApplication.translate("SyncPage", "Imported"),
        NOTHING_NEW: QCoreApplication.translate("SyncPage", "Nothing new"),
        HELD: QCoreApplication.translate("SyncPage", "Held"),  # the message says why: an unknown key
        DELIVERED: QCoreApplication.translate("SyncPage", "Receipt"),
        REFUSED: QCoreApplication.translate("SyncPage", "Refused"),
    }.get(state, state)


def message_text(outcome: FileOutcome, signer_names: dict[str, str]) -> str:
    """The line that explains one file's outcome, in the interface language."""
    lang = i18n.current_language()
    report = outcome.report
    if outcome.error is not None:
        if isinstance(outcome.error, UserError):
            return outcome.error.message(lang)
        return QCoreApplication.translate(
            "SyncPage", "{file} could not be imported ({detail}); nothing was changed. The log file has the details."
        ).format(file=outcome.path.name, detail=type(outcome.error).__name__)
    if report is None:
        return ""
    if outcome.state == HELD:
        return UserError("bundle.held", file=report.file, fingerprint=report.signer).message(lang)
    if outcome.state == NOTHING_NEW:
        return QCoreApplication.translate("SyncPage", "Already imported, nothing new.")
    if outcome.state == DELIVERED:
        return QCoreApplication.translate(
            "SyncPage", "Receipt from {signer}: {count} changes marked as delivered.").format(
            signer=signer_names.get(report.signer, report.signer), count=report.delivered)
    text = QCoreApplication.translate(
        "SyncPage", "{new} new changes, {duplicates} already here, {conflicts} conflicts.").format(
        new=report.new, duplicates=report.duplicates, conflicts=report.conflicts)
    if report.completed:
        text += " " + QCoreApplication.translate(
            "SyncPage", "{count} changes received earlier without personal data were completed.").format(
            count=report.completed)
    return text


def outcome_state(report: ImportReport) -> str:
    # 'quarantined' never reaches here: the importer raises a UserError for it.
    return report.status if report.status in (IMPORTED, NOTHING_NEW, HELD, DELIVERED) else REFUSED


class ImportRunner(QObject):
    """Runs import jobs one after another on one worker thread; results come back queued."""

    started = Signal(int)  # row (on the UI thread)
    done = Signal(int, object, object)  # row, ImportReport or None, error or None (on the UI thread)
    finished = Signal()  # every submitted job has ended
    _started = Signal(int)
    _done = Signal(int, object, object)
    _finished = Signal()

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        queued = Qt.ConnectionType.QueuedConnection
        self._started.connect(self.started, queued)
        self._done.connect(self.done, queued)
        self._finished.connect(self._ended, queued)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def run(self, jobs: list[Job], key: DeviceKey) -> None:
        """Start importing `jobs` (only while idle: callers wait for `finished`); `key` opens
        bundles encrypted to this laptop."""
        if self.busy or not jobs:
            return
        self._cancel.clear()
        self._thread = threading.Thread(target=self._work, args=(list(jobs), key), name="fgd-sync-import",
                                        daemon=True)
        self._thread.start()

    def _work(self, jobs: list[Job], key: DeviceKey) -> None:
        for job in jobs:
            if self._cancel.is_set():
                break
            self._started.emit(job.row)
            try:
                report = import_file(self.db, job.path, key, trust_signer=job.trust_signer,
                                     signer_label=job.signer_label)
            except UserError as err:
                self._done.emit(job.row, None, err)
            except Exception as exc:  # a bug must not leave the page waiting forever; nothing was committed
                log.exception("import of %s failed", job.path)
                self._done.emit(job.row, None, exc)
            else:
                self._done.emit(job.row, report, None)
        self._finished.emit()

    def _ended(self) -> None:
        if self._thread is not None:
            self._thread.join()
        self._thread = None
        self.finished.emit()

    def shutdown(self, timeout: float = 60) -> None:
        """Stop after the file being imported (its transaction is all or nothing anyway)."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(timeout)
