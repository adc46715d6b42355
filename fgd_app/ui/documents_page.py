"""The Documents tab: minutes (notulen) and the draft masterplan, previewed and exported.

Left, the options: which document, which pillar (masterplan only), the document's
language (chosen per export, independent of the interface language), paper (A4/F4)
and whether the attendance list shows phone numbers (minutes only; off by default,
and even when on only numbers whose owners agreed). Right, a preview of exactly the
report model the export will render, rebuilt 150 ms after the last option change
(building takes a few milliseconds; the debounce keeps arrow-key browsing through a
combo box smooth).

Exports run on a worker thread: rendering a long document in pure Python takes long
enough to freeze the window otherwise. The database object is shared (one connection
behind a lock, `check_same_thread=False`), so the worker reads through it directly.
Meanwhile an indeterminate progress bar runs and the export buttons are disabled;
afterwards the page says where the file is and offers to open it or its folder.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWidget

from fgd_app.documents.export import export_masterplan, export_minutes
from fgd_app.documents.facts import WorkshopFacts, load_facts
from fgd_app.documents.masterplan import build_masterplan, pillars_covered
from fgd_app.documents.minutes import build_minutes
from fgd_app.documents.model import Document
from fgd_app.errors import UserError
from fgd_app.services import catalogue
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.document_preview import to_html
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import emphasize
from fgd_app.ui.pages import WorkshopPage
from fgd_app.ui.views import RefreshWhenShown

log = logging.getLogger(__name__)

MINUTES, MASTERPLAN = "minutes", "masterplan"
ALL_PILLARS = ""  # the pillar combo's data for "all pillars"
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))  # each in its own language
PAPER_NAMES = (("a4", "A4 (210 × 297 mm)"), ("f4", "F4 (215 × 330 mm)"))
PREVIEW_DELAY_MS = 150
FOLDER_KEY = "documents/last_folder"
PAPER_KEY = "documents/paper"
# File names start with the document's name in the document's language.
FILE_WORDS = {(MINUTES, "id"): "Notulen", (MINUTES, "en"): "Minutes",
              (MASTERPLAN, "id"): "Draf-Masterplan", (MASTERPLAN, "en"): "Draft-Masterplan"}
HINT_STYLE = "QLabel { color: palette(placeholder-text); }"


@dataclass(frozen=True)
class Options:
    """What one document is made of; captured when an export starts."""

    kind: str = MINUTES
    lang: str = "id"
    paper: str = "a4"
    pillar: str | None = None  # masterplan only; None = all pillars
    include_phones: bool = False  # minutes only


class DocumentsPage(WorkshopPage):
    """Controller of forms/documents_page.ui."""

    FORM = "documents_page.ui"

    # An export ended: (path written or None, error or None). Delivered on the UI thread.
    export_finished = Signal(object, object)
    _worker_done = Signal(object, object, object)  # job, path, error (emitted on the worker thread)

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(db, feedback, parent)
        self._facts: WorkshopFacts | None = None  # regency, date, pillars of the open workshop
        self._worker: threading.Thread | None = None
        self._job = 0
        self._saved: Path | None = None  # the last file written, for "Open document"
        self._error: BaseException | None = None  # why the last export failed (texts follow the UI language)
        self._writing = ""  # the file name being written, for the progress text
        self._timer = QTimer(self.ui)  # dies with the widgets
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._debounced)
        self._shown = RefreshWhenShown(self.ui, self.refresh_preview)
        self._setup_widgets()
        self._connect()
        self.retranslate()
        self._show_busy(False)

    # -- setup ---------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        emphasize(ui.heading_label, 1.3)
        for label in (ui.phones_note, ui.preview_label):
            label.setStyleSheet(HINT_STYLE)
        for code, name in LANGUAGE_NAMES:
            ui.language_combo.addItem(name, code)
        for code, name in PAPER_NAMES:
            ui.paper_combo.addItem(name, code)
        saved_paper = QSettings().value(PAPER_KEY, "a4")
        ui.paper_combo.setCurrentIndex(max(0, ui.paper_combo.findData(saved_paper)))
        ui.kind_combo.addItem("", MINUTES)
        ui.kind_combo.addItem("", MASTERPLAN)
        ui.options_column.setMinimumWidth(280)
        ui.options_column.setMaximumWidth(460)
        ui.documents_splitter.setStretchFactor(0, 0)
        ui.documents_splitter.setStretchFactor(1, 1)
        ui.documents_splitter.setSizes([340, 760])
        ui.preview.document().setDocumentMargin(18)
        # Always there: a scroll bar appearing after the first build would narrow the text it was laid out for.
        ui.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        ui.setFocusProxy(ui.kind_combo)
        order = [ui.kind_combo, ui.pillar_combo, ui.language_combo, ui.paper_combo, ui.phones_check,
                 ui.export_docx_button, ui.export_pdf_button, ui.open_document_button, ui.open_folder_button,
                 ui.preview]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        ui = self.ui
        for combo in (ui.kind_combo, ui.pillar_combo, ui.language_combo, ui.paper_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        ui.paper_combo.currentIndexChanged.connect(
            lambda _i: QSettings().setValue(PAPER_KEY, ui.paper_combo.currentData()))
        ui.phones_check.toggled.connect(self._options_changed)
        ui.export_docx_button.clicked.connect(lambda: self.export("docx"))
        ui.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        ui.open_document_button.clicked.connect(self.open_document)
        ui.open_folder_button.clicked.connect(self.open_folder)
        self._worker_done.connect(self._export_done, Qt.ConnectionType.QueuedConnection)

    # -- workshop and options --------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        changed = workshop_id != self.workshop_id
        super().set_workshop(workshop_id)
        self._facts = None
        if workshop_id is not None:
            try:
                self._facts = load_facts(self.db, workshop_id, i18n.current_language())
            except UserError:  # deleted meanwhile: show nothing rather than fail
                self._facts = None
        if changed:
            self._saved, self._error = None, None
            self._select(self.ui.language_combo, self._workshop_language(workshop_id))
            self._show_result()
        self._fill_pillars()
        self._update_enabled()
        self._timer.stop()
        self._shown.request()  # at once: the tab just came forward, or we are hidden (built when shown)

    def _workshop_language(self, workshop_id: str | None) -> str:
        """The workshop's own language (set on Setup) is the document language to start with."""
        if workshop_id is None:
            return "id"
        found = self.db.rows("SELECT language FROM workshop WHERE id = ?", (workshop_id,))
        return found[0][0] if found and found[0][0] in dict(LANGUAGE_NAMES) else "id"

    def _fill_pillars(self) -> None:
        """All pillars, then each pillar of the workshop, in the interface language."""
        combo = self.ui.pillar_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("DocumentsPage", "All pillars"), ALL_PILLARS)
        for key, name in self._pillar_choices():
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
        combo.blockSignals(False)

    def _pillar_choices(self) -> list[tuple[str, str]]:
        if self.workshop_id is None:
            return []
        if self._facts is None:
            return []
        lang = i18n.current_language()
        covered = set(pillars_covered(self.db, self._facts))
        return [(p.key, p.name(lang)) for p in catalogue.pillars(self.db) if p.key in covered]

    def options(self) -> Options:
        ui = self.ui
        kind = ui.kind_combo.currentData() or MINUTES
        pillar = ui.pillar_combo.currentData() or None
        return Options(kind=kind, lang=ui.language_combo.currentData() or "id",
                       paper=ui.paper_combo.currentData() or "a4",
                       pillar=pillar if kind == MASTERPLAN else None,
                       include_phones=kind == MINUTES and ui.phones_check.isChecked())

    def _options_changed(self, *_: object) -> None:
        self._update_enabled()
        self._timer.start()  # restarts: the preview follows the last change only

    def _update_enabled(self) -> None:
        ui = self.ui
        minutes = ui.kind_combo.currentData() == MINUTES
        for widget in (ui.pillar_label, ui.pillar_combo):
            widget.setEnabled(not minutes)
        for widget in (ui.phones_check, ui.phones_note):
            widget.setEnabled(minutes)
        open_workshop = self.workshop_id is not None
        for widget in (ui.kind_combo, ui.language_combo, ui.paper_combo):
            widget.setEnabled(open_workshop)
        busy = self.busy
        ui.export_docx_button.setEnabled(open_workshop and not busy)
        ui.export_pdf_button.setEnabled(open_workshop and not busy)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    # -- preview ---------------------------------------------------------------------------

    def build_document(self, options: Options | None = None) -> Document | None:
        """The report model the current options describe (the preview's and the export's)."""
        if self.workshop_id is None:
            return None
        o = options or self.options()
        if o.kind == MASTERPLAN:
            return build_masterplan(self.db, self.workshop_id, o.lang, o.paper, pillar=o.pillar)
        return build_minutes(self.db, self.workshop_id, o.lang, o.paper, include_phones=o.include_phones)

    def _debounced(self) -> None:
        # Between deleteLater() and the deletion the widgets' Python wrappers are already void.
        if shiboken6.isValid(self.ui):
            self._shown.request()

    def refresh_preview(self) -> None:
        """Rebuild the preview now, keeping the reader's place in it."""
        self._timer.stop()
        browser = self.ui.preview
        bar = browser.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        try:
            doc = self.build_document()
        except UserError as err:
            browser.setPlainText(err.message(i18n.current_language()))
            return
        if doc is None:
            browser.clear()
            return
        margin = int(browser.document().documentMargin())
        width = browser.viewport().width() - 2 * margin - 2
        base = browser.font().pointSizeF()
        browser.setHtml(to_html(doc, text_width_px=max(360, min(width, 760)), base_pt=base if base > 0 else 10.0))
        bar.setValue(round(ratio * bar.maximum()))

    # -- export ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def default_file_name(self, fmt: str, options: Options | None = None) -> str:
        """ "Notulen-FGD-Kutai-Barat-2021-06-17.docx": what, where, when, in the document's language."""
        o = options or self.options()
        parts = [FILE_WORDS[(o.kind, o.lang)], "FGD"]
        if self._facts is not None:
            parts.append(self._facts.place_for_signature)
            parts.append(self._facts.held_on.isoformat())
            if o.pillar:
                parts.append(catalogue.pillar_name(self.db, o.pillar, o.lang))
        stem = "-".join(slug(p) for p in parts if slug(p))
        return f"{stem}.{fmt}"

    def ask_path(self, fmt: str, suggested: str) -> str:
        """The file name to write, or "" if the person cancelled (tests replace this)."""
        if fmt == "docx":
            title = QCoreApplication.translate("DocumentsPage", "Export as Word document")
            filters = QCoreApplication.translate("DocumentsPage", "Word documents (*.docx)")
        else:
            title = QCoreApplication.translate("DocumentsPage", "Export as PDF")
            filters = QCoreApplication.translate("DocumentsPage", "PDF documents (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self.ui, title, suggested, filters)
        return path

    def export(self, fmt: str) -> None:
        """Ask where, then write the document on a worker thread."""
        if self.workshop_id is None or self.busy:
            return
        options = self.options()
        suggested = str(Path(default_folder()) / self.default_file_name(fmt, options))
        chosen = self.ask_path(fmt, suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self.start_export(fmt, path, options)

    def start_export(self, fmt: str, path: Path, options: Options) -> None:
        self._job += 1
        job = self._job
        workshop_id = self.workshop_id
        self._error = None
        self._saved = None
        self._writing = path.name
        self._show_result()
        self._show_progress_text()
        self._worker = threading.Thread(target=self._run, args=(job, workshop_id, fmt, path, options),
                                        name="fgd-export", daemon=True)
        self._show_busy(True)
        self._worker.start()

    def _run(self, job: int, workshop_id: str, fmt: str, path: Path, o: Options) -> None:
        """On the worker thread: build, render and write; report back through a queued signal."""
        try:
            if o.kind == MASTERPLAN:
                written = export_masterplan(self.db, workshop_id, path, fmt, o.lang, o.paper, pillar=o.pillar)
            else:
                written = export_minutes(self.db, workshop_id, path, fmt, o.lang, o.paper,
                                         include_phones=o.include_phones)
        except UserError as err:
            self._worker_done.emit(job, None, err)
        except Exception as exc:  # a renderer bug must not leave the page spinning forever
            log.exception("export of %s failed", path)
            self._worker_done.emit(job, None, exc)
        else:
            self._worker_done.emit(job, written, None)

    def _export_done(self, job: int, path: Path | None, error: BaseException | None) -> None:
        if job != self._job:
            return
        if self._worker is not None:
            self._worker.join()
        self._worker = None
        self._show_busy(False)
        if error is None and path is not None:
            self._saved = Path(path)
            self._show_result()
            self.feedback.info(QCoreApplication.translate("DocumentsPage", "Saved: {path}").format(
                path=str(self._saved)))
            self.ui.open_document_button.setFocus()
        else:
            self._error = error
            self._show_result()
            text = export_error_text(error)
            self.feedback.info(text)
            QMessageBox.warning(self.ui, QCoreApplication.translate("DocumentsPage", "Document not saved"), text)
        self.export_finished.emit(self._saved, error)

    def _show_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.progress_bar.setVisible(busy)
        ui.progress_label.setVisible(busy)
        self._update_enabled()

    def _show_result(self) -> None:
        ui = self.ui
        if self._saved is not None:
            ui.result_label.setText(QCoreApplication.translate("DocumentsPage", "Saved: {path}").format(
                path=str(self._saved)))
        elif self._error is not None:
            ui.result_label.setText(export_error_text(self._error))
        else:
            ui.result_label.clear()
        ui.result_label.setVisible(bool(ui.result_label.text()))
        for button in (ui.open_document_button, ui.open_folder_button):
            button.setVisible(self._saved is not None)

    # -- afterwards ------------------------------------------------------------------------

    def open_url(self, url: QUrl) -> bool:
        """Hand a file or folder to the desktop (tests replace this)."""
        return QDesktopServices.openUrl(url)

    def open_document(self) -> None:
        if self._saved is not None:
            self._open(self._saved)

    def open_folder(self) -> None:
        if self._saved is not None:
            self._open(self._saved.parent)

    def _open(self, target: Path) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(target))):
            QMessageBox.warning(self.ui, QCoreApplication.translate("DocumentsPage", "Cannot open"),
                                QCoreApplication.translate(
                                    "DocumentsPage", "No program could open {path}.").format(path=str(target)))

    # -- lifecycle -------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Let a running export finish writing: it is one rename away from done."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout=30)

    def retranslate(self) -> None:
        ui = self.ui
        ui.kind_combo.setItemText(0, QCoreApplication.translate("DocumentsPage", "Minutes (notulen)"))
        ui.kind_combo.setItemText(1, QCoreApplication.translate("DocumentsPage", "Draft masterplan"))
        self._fill_pillars()
        self._show_result()
        self._show_progress_text()

    def _show_progress_text(self) -> None:
        self.ui.progress_label.setText(
            QCoreApplication.translate("DocumentsPage", "Writing {name}…").format(name=self._writing))


def default_folder() -> str:
    """Where a document is saved first: the folder of the last export, else the user's Documents."""
    saved = QSettings().value(FOLDER_KEY, "")
    if saved and Path(saved).is_dir():
        return str(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def export_error_text(error: BaseException | None) -> str:
    """Why an export failed, in the interface language: a UserError's own message, else a pointer to the log."""
    if isinstance(error, UserError):
        return error.message(i18n.current_language())
    return QCoreApplication.translate(
        "DocumentsPage", "The document could not be made ({detail}). The log file has the details.").format(
        detail=type(error).__name__ if error is not None else "?")


def slug(text: str) -> str:
    """Words joined by hyphens, without characters file systems refuse (<>:"/\\|?* and friends)."""
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
