"""The Sync tab: bundles and receipts carried between laptops by USB stick, WhatsApp or e-mail.

Four sections, as tabs:

- **Send and receive**: export a bundle and see what a coordinator acknowledged
  (`sync_export`); import bundles and receipts here (file picker or drag and drop,
  several at once, each all or nothing, on a worker thread with a report line per file;
  a file signed by an unknown key is held until a person accepts the key).
- **Conflicts** (`sync_conflicts`), its open count in the tab title.
- **Keys** (`sync_keys`): this laptop's fingerprint and QR code, the trusted keys.
- **Coordinator**: the overview of every workshop (`coordinator_panel`, built on first view).

Imports can be fifty files of thousands of changes, so they run off the UI thread (see
`sync_import`); the window stays responsive. After an import or a decision the page emits
`data_replaced`: the main window refreshes its list and header, and the other tabs
re-read when they come to the front.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QLineEdit

from fgd_app.errors import UserError
from fgd_app.store.database import Database
from fgd_app.sync.keys import DeviceKey, device_key, trusted_keys
from fgd_app.ui.documents_page import HINT_STYLE
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import emphasize
from fgd_app.ui.pages import WorkshopPage
from fgd_app.ui.sync_conflicts import ConflictsPanel
from fgd_app.ui.sync_export import ExportSection, remember_folder, sync_folder
from fgd_app.ui.sync_import import REFUSED, RUNNING, ImportReportModel, ImportRunner, Job, outcome_state, status_text
from fgd_app.ui.sync_keys import KeysPanel
from fgd_app.ui.sync_words import short_device
from fgd_app.ui.views import fit_columns

REPORT_LIMITS = {ImportReportModel.FILE: 220, ImportReportModel.STATUS: 160}  # pixels; the message gets the rest


class SyncPage(WorkshopPage):
    """Controller of forms/sync_page.ui."""

    FORM = "sync_page.ui"

    data_replaced = Signal()  # an import or a decision changed rows the other pages show
    import_finished = Signal()  # a batch of imports ended (tests and the status bar)

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None,
                 key: DeviceKey | None = None):
        super().__init__(db, feedback, parent)
        self._key = key
        self._waiting: list[Path] = []  # dropped while a batch was running: imported next
        self._changed = False  # the running batch applied something
        self.coordinator = None  # the coordinator panel, once its tab was shown
        self._batch: list[int] = []  # report rows of the running (or last) batch
        self.report = ImportReportModel(self.ui)  # dies with the view it feeds
        self.runner = ImportRunner(db, self)
        self.exports = ExportSection(self.ui, db, feedback, lambda: self.key, self)
        self.conflicts = ConflictsPanel(self.ui, db, feedback, self)
        self.keys = KeysPanel(self.ui, db, feedback, lambda: self.key, self)
        self._setup_widgets()
        self._connect()
        self.retranslate()

    @property
    def key(self) -> DeviceKey:
        """This laptop's key, loaded (or made, on a first run) when first needed."""
        if self._key is None:
            self._key = device_key()
        return self._key

    # -- setup ----------------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        emphasize(ui.heading_label, 1.3)
        for label in (ui.intro_label, ui.profile_note, ui.receipt_note, ui.drop_hint, ui.conflicts_hint,
                      ui.fingerprint_caption, ui.trusted_hint):
            label.setStyleSheet(HINT_STYLE)
        ui.send_column.setMinimumWidth(320)
        ui.send_column.setMaximumWidth(440)
        view = ui.report_view
        view.setModel(self.report)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long file names keep their date and laptop
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)  # the message: it wraps, the rows grow to fit it
        for signal in (self.report.rowsInserted, self.report.dataChanged, self.report.headerDataChanged):
            signal.connect(self._fit_report)
        # One line per file (a few, not thousands): rows follow their wrapped message whatever the width.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.import_progress.setVisible(False)
        ui.accept_button.setVisible(False)
        ui.setFocusProxy(ui.sync_tabs)
        ui.installEventFilter(self)  # files dropped anywhere on the page

    def _connect(self) -> None:
        ui = self.ui
        ui.import_button.clicked.connect(lambda: self.choose_files(receipts=False))
        ui.import_receipt_button.clicked.connect(lambda: self.choose_files(receipts=True))
        ui.accept_button.clicked.connect(self.accept_selected)
        ui.report_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        ui.sync_tabs.currentChanged.connect(self._section_changed)
        self.runner.started.connect(self._file_started)
        self.runner.done.connect(self._file_done)
        self.runner.finished.connect(self._batch_finished)
        self.conflicts.count_changed.connect(lambda _n: self._show_conflict_count())
        self.conflicts.resolved.connect(self._rows_changed)
        self.keys.trusted_changed.connect(self.exports.fill_recipients)

    # -- the workshop ---------------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        super().set_workshop(workshop_id)
        self.conflicts.set_workshop(workshop_id)
        self.exports.set_workshop(workshop_id)
        self.refresh()

    def refresh(self) -> None:
        """Re-read everything this page shows (cheap; the conflict list and keys wait until seen)."""
        self.exports.refresh()
        self.conflicts.request_refresh()
        self.keys.request_refresh()
        self._update_enabled()
        if self.coordinator is not None and self.coordinator.isVisible():
            self.coordinator.refresh()

    def _show_conflict_count(self) -> None:
        tabs = self.ui.sync_tabs
        tabs.setTabText(tabs.indexOf(self.ui.conflicts_tab), QCoreApplication.translate(
            "SyncPage", "C&onflicts ({count})").format(count=self.conflicts.count))

    def _fit_report(self, *_: object) -> None:
        view = self.ui.report_view
        fit_columns(view, range(ImportReportModel.MESSAGE), limits=REPORT_LIMITS)

    def _update_enabled(self) -> None:
        ui = self.ui
        busy = self.runner.busy
        for button in (ui.import_button, ui.import_receipt_button, ui.export_button, ui.export_receipt_button):
            button.setEnabled(not busy)
        ui.import_progress.setVisible(busy)
        self._show_detail()

    # -- import ---------------------------------------------------------------------------------

    def choose_files(self, receipts: bool = False) -> None:
        bundles = QCoreApplication.translate("SyncPage", "Bundles and receipts (*.fgdb *.fgdr)")
        only_receipts = QCoreApplication.translate("SyncPage", "Receipts (*.fgdr)")
        everything = QCoreApplication.translate("SyncPage", "All files (*)")
        filters = ";;".join((only_receipts, bundles, everything) if receipts else (bundles, everything))
        title = QCoreApplication.translate("SyncPage", "Import receipt") if receipts else \
            QCoreApplication.translate("SyncPage", "Import bundles")
        chosen, _ = QFileDialog.getOpenFileNames(self.ui, title, str(sync_folder()), filters)
        if chosen:
            remember_folder(Path(chosen[0]))
            self.import_paths([Path(p) for p in chosen])

    def import_paths(self, paths: list[Path]) -> None:
        """Import each file on its own (all or nothing per file); a line per file in the report."""
        if not paths:
            return
        if self.runner.busy:
            self._waiting += paths
            return
        rows = self.report.add(paths)
        self._start([Job(row, self.report.rows[row].path) for row in rows])

    def _start(self, jobs: list[Job]) -> None:
        try:
            key = self.key
        except UserError as err:  # an unreadable key file: nothing can be checked or opened
            for job in jobs:
                self.report.set_outcome(job.row, REFUSED, error=err)
            self.feedback.refused(self.ui, err)
            return
        self.ui.sync_tabs.setCurrentWidget(self.ui.transfer_tab)
        self._changed = False
        self._batch = [job.row for job in jobs]
        progress = self.ui.import_progress
        progress.setRange(0, len(jobs))
        progress.setValue(0)
        self.runner.run(jobs, key)
        self._update_enabled()

    def _file_started(self, row: int) -> None:
        self.report.set_outcome(row, RUNNING)
        done = self._batch.index(row) if row in self._batch else 0
        self.ui.progress_label.setText(QCoreApplication.translate(
            "SyncPage", "Importing {number} of {total}: {name}…").format(
            number=done + 1, total=len(self._batch), name=self.report.rows[row].path.name))
        self.ui.report_view.scrollTo(self.report.index(row, 0))

    def _file_done(self, row: int, report, error) -> None:
        state = outcome_state(report) if report is not None else REFUSED
        self.report.set_outcome(row, state, report, error)
        self._changed |= report is not None and bool(report.new or report.completed or report.delivered)
        self.ui.import_progress.setValue(self.ui.import_progress.value() + 1)
        if self.ui.report_view.currentIndex().row() == row:
            self._show_detail()

    def _batch_finished(self) -> None:
        outcomes = [self.report.rows[row] for row in self._batch]
        self.ui.progress_label.setText(self._summary(outcomes))
        self.feedback.info(self.ui.progress_label.text())
        self.report.signer_names = {k.fingerprint: k.label for k in trusted_keys(self.db)}
        held = next((row for row in self._batch if self.report.rows[row].held), None)
        focus = held if held is not None else self._batch[-1]
        self.ui.report_view.selectRow(focus)
        if self._changed:
            self._rows_changed()
        else:
            self.exports.refresh()  # an accepted key is trusted even when its file held nothing new
        self._update_enabled()
        self.import_finished.emit()
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.import_paths(waiting)

    @staticmethod
    def _summary(outcomes) -> str:
        counts: dict[str, int] = {}
        for outcome in outcomes:
            counts[outcome.state] = counts.get(outcome.state, 0) + 1
        parts = " · ".join(f"{status_text(state)} ({n})" for state, n in counts.items())
        return QCoreApplication.translate("SyncPage", "{count} files: {parts}").format(count=len(outcomes),
                                                                                       parts=parts)

    def _rows_changed(self) -> None:
        """Rows changed under the other pages: refresh here, then tell the window."""
        self.refresh()
        self.data_replaced.emit()

    def _show_detail(self) -> None:
        ui = self.ui
        index = ui.report_view.currentIndex()
        outcome = self.report.rows[index.row()] if index.isValid() else None
        message = self.report.data(self.report.index(index.row(), ImportReportModel.MESSAGE)) if outcome else ""
        ui.detail_label.setText(message or "")
        ui.detail_label.setVisible(bool(message))
        ui.accept_button.setVisible(outcome is not None and outcome.held)
        ui.accept_button.setEnabled(not self.runner.busy)

    def selected_outcome(self):
        index = self.ui.report_view.currentIndex()
        return self.report.rows[index.row()] if index.isValid() else None

    def accept_selected(self) -> None:
        """Trust the key that signed the selected held file (asking for a label), then import it
        and every other file held for the same key."""
        index = self.ui.report_view.currentIndex()
        outcome = self.selected_outcome()
        if outcome is None or not outcome.held or self.runner.busy:
            return
        report = outcome.report
        label, ok = QInputDialog.getText(
            self.ui, QCoreApplication.translate("SyncPage", "Accept key"),
            QCoreApplication.translate(
                "SyncPage", "Only accept the key {fingerprint} (laptop {device}) after comparing this fingerprint "
                "with its owner.\nName for this key (for example the facilitator's name):").format(
                fingerprint=report.signer, device=short_device(report.device_id)),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        same = [row for row, o in enumerate(self.report.rows)
                if o.held and o.report.signer == report.signer and row != index.row()]
        jobs = [Job(index.row(), outcome.path, trust_signer=True, signer_label=label.strip())]
        jobs += [Job(row, self.report.rows[row].path) for row in same]
        self._start(jobs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif watched is self.ui and event.type() == QEvent.Type.Drop:
            paths = dropped_files(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    # -- sections -------------------------------------------------------------------------------

    def _section_changed(self, _index: int) -> None:
        if self.ui.sync_tabs.currentWidget() is self.ui.coordinator_tab:
            self._show_coordinator()

    def _show_coordinator(self) -> None:
        """Build the coordinator overview on first view; re-read it on every view (any tab may have
        changed the counts it shows)."""
        if self.coordinator is None:
            from fgd_app.ui.coordinator_panel import CoordinatorPanel  # its table and exporter: only when asked for

            self.coordinator = CoordinatorPanel(self.db, self.ui.coordinator_tab)  # reads the data as it is built
            self.ui.coordinator_tab.layout().addWidget(self.coordinator)
            self.coordinator.show()
            return
        self.coordinator.refresh()

    # -- lifecycle ------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Let the file being imported finish (it is one transaction); skip the rest."""
        self._waiting = []
        self.runner.shutdown()
        if self.coordinator is not None:
            self.coordinator.shutdown()

    def retranslate(self) -> None:
        self.exports.retranslate()
        self._show_conflict_count()
        self.report.signer_names = {k.fingerprint: k.label for k in trusted_keys(self.db)}
        self.report.retranslate()
        self.keys.retranslate()
        self.conflicts.retranslate()
        self._show_detail()


def dropped_files(mime) -> list[Path]:
    """The local files in a drag (folders and web links are not files to import)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]
