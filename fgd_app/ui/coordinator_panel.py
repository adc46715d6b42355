"""The coordinator view: every workshop on this laptop, and a regency's consolidated draft.

After importing the facilitators' bundles, a coordinator sees one row per FGD (regency,
date, stage, title, facilitators, the laptops that recorded it, inputs per pillar,
programmes, attendance, open conflicts, last change), sorts by any column and narrows
the list by typing part of a regency's or province's name. "Consolidated masterplan…"
writes the draft masterplan of the selected row's regency across all its FGDs.

Decisions where the issue is silent:
- The draft's language is that of the regency's most recent FGD (set on its Setup
  page), as the Documents page starts from the workshop's language; the paper size and
  the folder are the Documents page's saved ones, so both pages behave alike.
- DOCX or PDF follows the file name; a name without either ending gets the one of the
  chosen filter.
- The export runs on a worker thread (a regency with many FGDs takes seconds to render
  as PDF); the button is disabled meanwhile and the result is shown below the table.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgd_app.documents.export import FORMATS, LANGUAGES, export_consolidated_masterplan
from fgd_app.errors import UserError
from fgd_app.services import catalogue
from fgd_app.services.coordinator import WorkshopOverview, overview
from fgd_app.services.workshop_setup import bare_name
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.coordinator_model import CoordinatorModel, RegencyFilter
from fgd_app.ui.documents_page import (
    FILE_WORDS,
    FOLDER_KEY,
    MASTERPLAN,
    PAPER_KEY,
    default_folder,
    export_error_text,
    slug,
)
from fgd_app.ui.forms import emphasize
from fgd_app.ui.views import fit_columns

log = logging.getLogger(__name__)

CONSOLIDATED_WORDS = {"id": "Konsolidasi", "en": "Consolidated"}
TEXT_LIMIT = 240  # pixels: long titles and facilitator lists are elided, the tooltip has them whole


class CoordinatorPanel(QWidget):
    """The overview table, its filter, and the consolidated masterplan export."""

    # An export ended: (path written or None, error or None). Delivered on the UI thread.
    export_finished = Signal(object, object)
    _worker_done = Signal(object, object)  # path, error (emitted on the worker thread)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self._worker: threading.Thread | None = None
        self._saved: Path | None = None
        self._error: BaseException | None = None
        self._writing = ""
        self.model = CoordinatorModel(self, i18n.current_language())
        self.proxy = RegencyFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._worker_done.connect(self._export_done, Qt.ConnectionType.QueuedConnection)
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.heading = QLabel(self)
        emphasize(self.heading, 1.2)
        self.filter_label = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column("date"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.export_button = QPushButton(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelReset.connect(self._fit)
        self.export_button.clicked.connect(self.export_consolidated)

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read every workshop (after an import), keeping the selected one selected."""
        keep = self.selected()
        self.model.set_pillars(catalogue.pillars(self.db))
        self.model.set_rows(overview(self.db))
        if keep is not None:
            self.select_workshop(keep.id)
        self._show_count()
        self._update_enabled()

    def selected(self) -> WorkshopOverview | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.workshop_at(self.proxy.mapToSource(rows[0]).row())

    def select_workshop(self, workshop_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.model.workshop_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id == workshop_id:
                self.table.selectRow(row)
                return True
        return False

    def _filter(self, text: str) -> None:
        """Narrow the rows; the selection stays on the same workshop, or is cleared when it is filtered out."""
        keep = self.selected()
        self.proxy.set_text(text)
        self.table.clearSelection()
        if keep is not None:
            self.select_workshop(keep.id)
        self._show_count()
        self._update_enabled()

    def _fit(self) -> None:
        numbers = self.model.NUMERIC_COLUMNS  # headers already leave room for the sort arrow: no extra air
        fit_columns(self.table, [c for c in range(self.model.columnCount()) if c not in numbers],
                    limits={self.model.column(name): TEXT_LIMIT for name in ("title", "facilitators", "laptops")})
        fit_columns(self.table, sorted(numbers), padding=0)

    def _show_count(self) -> None:
        self.count_label.setText(QCoreApplication.translate("CoordinatorPanel", "{shown} of {total} workshops").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def _update_enabled(self, *_: object) -> None:
        self.export_button.setEnabled(self.selected() is not None and self._worker is None)

    # -- export ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def document_language(self, regency_code: str) -> str:
        """The language of the regency's most recent FGD."""
        latest = max(self.model.rows_of_regency(regency_code), key=lambda w: w.held_on, default=None)
        return latest.language if latest is not None and latest.language in LANGUAGES else "id"

    def default_file_name(self, w: WorkshopOverview, lang: str, fmt: str) -> str:
        """ "Draf-Masterplan-Konsolidasi-Kutai-Barat-2026-11-22.pdf": what, where, when it was made."""
        kind = self.db.scalar("SELECT kind FROM regency WHERE code = ?", (w.regency_code,)) or ""
        parts = (FILE_WORDS[(MASTERPLAN, lang)], CONSOLIDATED_WORDS[lang], bare_name(w.regency_name, kind),
                 dt.date.today().isoformat())
        return "-".join(slug(p) for p in parts if slug(p)) + f".{fmt}"

    def export_consolidated(self) -> None:
        """Ask where, then write the selected row's regency's consolidated draft on a worker thread."""
        w = self.selected()
        if w is None or self.busy:
            return
        lang = self.document_language(w.regency_code)
        filters = {"pdf": QCoreApplication.translate("CoordinatorPanel", "PDF documents (*.pdf)"),
                   "docx": QCoreApplication.translate("CoordinatorPanel", "Word documents (*.docx)")}
        suggested = str(Path(default_folder()) / self.default_file_name(w, lang, "pdf"))
        title = QCoreApplication.translate("CoordinatorPanel", "Consolidated masterplan of {regency}")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, title.format(regency=w.regency_name), suggested, ";;".join(filters.values()))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower().lstrip(".") not in FORMATS:
            fmt = next((f for f, text in filters.items() if text == chosen_filter), "pdf")
            path = path.with_name(f"{path.name}.{fmt}")
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        paper = QSettings().value(PAPER_KEY, "a4")
        self._start(w.regency_code, path, lang, paper if paper in ("a4", "f4") else "a4")

    def _start(self, regency_code: str, path: Path, lang: str, paper: str) -> None:
        self._saved, self._error, self._writing = None, None, path.name
        self._worker = threading.Thread(target=self._run, args=(regency_code, path, lang, paper),
                                        name="fgd-consolidated-export", daemon=True)
        self._show_result()
        self._update_enabled()
        self._worker.start()

    def _run(self, regency_code: str, path: Path, lang: str, paper: str) -> None:
        """On the worker thread: build, render and write; report back through a queued signal."""
        try:
            written = export_consolidated_masterplan(self.db, regency_code, path, lang=lang, paper=paper)
        except Exception as exc:  # a renderer bug must not leave the button disabled forever
            if not isinstance(exc, UserError):
                log.exception("consolidated export to %s failed", path)
            self._worker_done.emit(None, exc)
        else:
            self._worker_done.emit(written, None)

    def _export_done(self, path: Path | None, error: BaseException | None) -> None:
        if self._worker is not None:
            self._worker.join()
        self._worker = None
        self._saved, self._error, self._writing = (Path(path) if path else None), error, ""
        self._show_result()
        self._update_enabled()
        if error is not None:
            QMessageBox.warning(self, QCoreApplication.translate("CoordinatorPanel", "Document not saved"),
                                export_error_text(error))
        self.export_finished.emit(self._saved, error)

    def _show_result(self) -> None:
        if self._writing:
            text = QCoreApplication.translate("CoordinatorPanel", "Writing {name}…").format(name=self._writing)
        elif self._saved is not None:
            text = QCoreApplication.translate("CoordinatorPanel", "Saved: {path}").format(path=str(self._saved))
        elif self._error is not None:
            text = export_error_text(self._error)
        else:
            text = ""
        self.result_label.setText(text)

    def shutdown(self) -> None:
        """Let a running export finish writing: it is one rename away from done."""
        if self._worker is not None:
            self._worker.join(timeout=30)

    # -- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("CoordinatorPanel", "All workshops"))
        self.filter_label.setText(QCoreApplication.translate("CoordinatorPanel", "&Regency or province:"))
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("CoordinatorPanel", "Type part of a name, e.g. Kutai"))
        self.export_button.setText(QCoreApplication.translate("CoordinatorPanel", "Consolidated masterplan…"))
        self.export_button.setToolTip(QCoreApplication.translate(
            "CoordinatorPanel", "A draft masterplan of the selected workshop's regency, from all its FGDs"))
        self.table.setAccessibleName(QCoreApplication.translate("CoordinatorPanel", "Workshops of all regencies"))
        self.model.set_language(i18n.current_language())
        self._show_count()
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

