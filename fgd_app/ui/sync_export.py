"""The export half of the Sync tab: what to send, to whom, where; and what has been delivered.

A bundle is one workshop's history (this one or another), or everything no coordinator
has acknowledged yet; full (coordinator only) or minutes-level (no phones, e-mails or
signatures); optionally encrypted to a trusted key. The exporter writes it under a
temporary name, renames it and reads it back completely, so the message can say that
the file was written *and checked* before anyone pulls the USB stick out. A workshop
takes well under a second, so this runs on the UI thread under a wait cursor.

Coordinators send receipts back; the delivery line says how much of this workshop a
coordinator has acknowledged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from fgd_app.core.dates import long_date
from fgd_app.errors import UserError
from fgd_app.services.workshops import list_workshops
from fgd_app.store.database import Database
from fgd_app.sync.exporter import ExportResult, export_bundle
from fgd_app.sync.keys import find_trusted, trusted_keys
from fgd_app.sync.receipts import delivery_status, export_receipt
from fgd_app.ui import i18n
from fgd_app.ui.documents_page import default_folder, slug
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.sync_words import short_device, size_text, stored_moment_text

PENDING = "*pending*"  # the scope combo's data for "everything not yet acknowledged"
FULL, MINUTES = "full", "minutes"
BUNDLE_SUFFIX, RECEIPT_SUFFIX = ".fgdb", ".fgdr"
FOLDER_KEY = "sync/last_folder"


def sync_folder() -> Path:
    """The folder of the last bundle (often the USB stick), else where documents are saved."""
    saved = QSettings().value(FOLDER_KEY, "")
    return Path(saved) if saved and Path(saved).is_dir() else Path(default_folder())


def remember_folder(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(path.parent))


class ExportSection(QObject):
    """Controller of the Export and Delivery groups of forms/sync_page.ui."""

    def __init__(self, ui: QWidget, db: Database, feedback: Feedback, key_of, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.db = db
        self.feedback = feedback
        self._key_of = key_of
        self.workshop_id: str | None = None
        self.last_export: ExportResult | None = None
        self._export_error: UserError | None = None
        ui.profile_combo.addItem("", FULL)
        ui.profile_combo.addItem("", MINUTES)
        ui.profile_combo.currentIndexChanged.connect(self._show_profile_note)
        for combo in (ui.scope_combo, ui.encrypt_combo):  # long titles are cut in the combo: the tip has them
            combo.currentIndexChanged.connect(lambda _i, c=combo: c.setToolTip(c.currentText()))
        ui.export_button.clicked.connect(self.export)
        ui.export_receipt_button.clicked.connect(self.export_receipt)

    def set_workshop(self, workshop_id: str | None) -> None:
        """Another workshop: the last export's message was about the previous one."""
        if workshop_id != self.workshop_id:
            self.last_export, self._export_error = None, None
            self._show_export_result()
        self.workshop_id = workshop_id

    def refresh(self) -> None:
        self._fill_scope()
        self.fill_recipients()
        self._show_delivery()

    def _fill_scope(self) -> None:
        combo = self.ui.scope_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        workshops = list_workshops(self.db)
        current = next((w for w in workshops if w.id == self.workshop_id), None)
        if current is not None:
            combo.addItem(QCoreApplication.translate("SyncPage", "This workshop: {title}").format(
                title=current.title), current.id)
        pending = delivery_status(self.db).pending
        combo.addItem(QCoreApplication.translate(
            "SyncPage", "Everything not yet acknowledged ({count} changes)").format(count=pending), PENDING)
        others = [w for w in workshops if w.id != self.workshop_id]
        if others:
            combo.insertSeparator(combo.count())
        lang = i18n.current_language()
        for w in others:
            combo.addItem(f"{w.title} ({w.regency_name}, {long_date(w.held_on, lang, weekday=False)})", w.id)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        combo.setToolTip(combo.currentText())

    def fill_recipients(self) -> None:
        combo = self.ui.encrypt_combo
        keep = combo.currentData()
        combo.clear()
        combo.addItem(QCoreApplication.translate("SyncPage", "Nobody (not encrypted)"), "")
        for key in trusted_keys(self.db):
            combo.addItem(f"{key.label} ({key.fingerprint})", key.fingerprint)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)

    def _show_profile_note(self, *_: object) -> None:
        if self.ui.profile_combo.currentData() == MINUTES:
            note = QCoreApplication.translate(
                "SyncPage", "Without phone numbers, e-mail addresses and signatures: enough for the minutes.")
        else:
            note = QCoreApplication.translate(
                "SyncPage",
                "Everything, with phone numbers, e-mail addresses and signatures: for the coordinator only.")
        self.ui.profile_note.setText(note)

    def _show_delivery(self) -> None:
        status = delivery_status(self.db, self.workshop_id)
        lang = i18n.current_language()
        if status.last_receipt_at:
            last = QCoreApplication.translate("SyncPage", "last receipt {when}").format(
                when=stored_moment_text(status.last_receipt_at, lang))
        else:
            last = QCoreApplication.translate("SyncPage", "no receipt yet")
        self.ui.delivery_label.setText(QCoreApplication.translate(
            "SyncPage", "{delivered} of {total} changes of this workshop acknowledged by a coordinator ({last})."
        ).format(delivered=status.delivered, total=status.total, last=last))

    def default_file_name(self, suffix: str = BUNDLE_SUFFIX) -> str:
        """fgd-kabupaten-kutai-barat-2024-05-02-2cd93e.fgdb: where, when, which laptop."""
        scope = self.ui.scope_combo.currentData()
        if suffix == RECEIPT_SUFFIX:
            what = QCoreApplication.translate("SyncPage", "receipt")
        elif scope and scope != PENDING:
            what = self.db.scalar("SELECT r.name FROM workshop w JOIN regency r ON r.code = w.regency_code "
                                  "WHERE w.id = ?", (scope,)) or ""
        else:
            what = QCoreApplication.translate("SyncPage", "all")
        parts = ("fgd", slug(what).casefold(), dt.date.today().isoformat(), short_device(self.db.device_id))
        return "-".join(p for p in parts if p) + suffix

    def _ask_save(self, title: str, suffix: str, filters: str) -> Path | None:
        suggested = sync_folder() / self.default_file_name(suffix)
        chosen, _ = QFileDialog.getSaveFileName(self.ui, title, str(suggested), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        remember_folder(path)
        return path

    def export(self) -> None:
        """Ask where, write the bundle, read it back; say what was written and that it checked out."""
        ui = self.ui
        scope = ui.scope_combo.currentData()
        if scope is None:
            return
        path = self._ask_save(QCoreApplication.translate("SyncPage", "Export bundle"), BUNDLE_SUFFIX,
                              QCoreApplication.translate("SyncPage", "fgd-app bundles (*.fgdb)"))
        if path is None:
            return
        fingerprint = ui.encrypt_combo.currentData()
        self.last_export, self._export_error = None, None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # under a second for a workshop
        try:
            recipient = find_trusted(self.db, fingerprint) if fingerprint else None
            self.last_export = export_bundle(self.db, path, None if scope == PENDING else scope,
                                             ui.profile_combo.currentData(), recipient, key=self._key_of())
        except UserError as err:
            self._export_error = err
        finally:
            QApplication.restoreOverrideCursor()
        self._show_export_result()
        if self._export_error is not None:
            self.feedback.refused(ui, self._export_error)
        else:
            self.feedback.info(ui.export_result.text())

    def _show_export_result(self) -> None:
        result, label = self.last_export, self.ui.export_result
        if self._export_error is not None:
            label.setText(self._export_error.message(i18n.current_language()))
        elif result is not None:
            text = QCoreApplication.translate(
                "SyncPage", "Written and checked: {path} ({count} changes, {attachments} attachments, {size}). "
                "It is safe to remove the USB stick.").format(
                path=str(result.path), count=result.revisions, attachments=result.blobs, size=size_text(result.size))
            if result.encrypted_to:
                text += " " + QCoreApplication.translate(
                    "SyncPage", "Encrypted: only the key {fingerprint} can open it.").format(
                    fingerprint=result.encrypted_to)
            label.setText(text)
        else:
            label.clear()
        label.setVisible(bool(label.text()))

    def export_receipt(self) -> None:
        """For coordinators: a signed receipt for every change held here."""
        path = self._ask_save(QCoreApplication.translate("SyncPage", "Export receipt"), RECEIPT_SUFFIX,
                              QCoreApplication.translate("SyncPage", "fgd-app receipts (*.fgdr)"))
        if path is None:
            return
        written = self.feedback.run(self.ui, lambda: export_receipt(self.db, path, key=self._key_of()))
        if written is not None:
            self.feedback.info(QCoreApplication.translate(
                "SyncPage", "Receipt written: {path} ({count} changes).").format(path=str(written[0]),
                                                                                 count=written[1]))

    def retranslate(self) -> None:
        ui = self.ui
        ui.profile_combo.setItemText(0, QCoreApplication.translate("SyncPage", "Full (for the coordinator)"))
        ui.profile_combo.setItemText(1, QCoreApplication.translate(
            "SyncPage", "Minutes level (no phones, e-mails or signatures)"))
        self._show_profile_note()
        self._show_export_result()
        if self.workshop_id is not None:
            self.refresh()
