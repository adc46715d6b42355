"""The Keys section of the Sync page: this laptop's key, and the keys it trusts.

A coordinator enrols a facilitator's laptop in person: the facilitator shows the
fingerprint (large text, and a QR code a phone can read), the coordinator compares it
and adds the public key to the trusted list. Bundles signed by a trusted key import
without asking; others are held until someone accepts their key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from fgd_app.errors import UserError
from fgd_app.store.database import Database
from fgd_app.sync import keys
from fgd_app.sync.keys import DeviceKey, PublicKey
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.sync_words import short_device, stored_moment_text
from fgd_app.ui.views import RefreshWhenShown, fit_columns

QR_SCALE = 6  # pixels per module: about 200 px for a 33-module code, easy for a phone camera
LABEL, FINGERPRINT, DEVICE, SINCE = range(4)


def qr_pixmap(text: str) -> QPixmap:
    """A QR code of `text` (made by segno as PNG in memory, error correction M)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=QR_SCALE)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class KeysPanel(QObject):
    """Controller of the Keys tab of forms/sync_page.ui."""

    trusted_changed = Signal()  # a key was added or removed (the export's "encrypt to" list follows)

    def __init__(self, ui: QWidget, db: Database, feedback: Feedback, key_of, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.db = db
        self.feedback = feedback
        self._key_of = key_of  # loads this laptop's key on first use (making it on a first run)
        self._shown_key: str | None = None
        self._setup_widgets()
        ui.copy_key_button.clicked.connect(self.copy_key)
        ui.add_key_button.clicked.connect(self.add_key)
        ui.new_label_edit.returnPressed.connect(self.add_key)
        ui.remove_key_button.clicked.connect(self.remove_selected)
        ui.trusted_table.itemSelectionChanged.connect(self._update_buttons)
        self._shown = RefreshWhenShown(ui.keys_tab, self.refresh)

    def _setup_widgets(self) -> None:
        ui = self.ui
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(ui.fingerprint_label.font().pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.Bold)
        ui.fingerprint_label.setFont(font)
        ui.own_key_group.setMinimumWidth(340)
        ui.own_key_group.setMaximumWidth(460)
        ui.public_key_edit.setAccessibleName(QCoreApplication.translate("SyncPage", "Public key"))
        table = ui.trusted_table
        table.setColumnCount(4)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(FINGERPRINT, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    # -- showing ----------------------------------------------------------------------------------

    def request_refresh(self) -> None:
        self._shown.request()

    def refresh(self) -> None:
        self._show_own_key()
        self._fill_trusted()

    def _show_own_key(self) -> None:
        ui = self.ui
        try:
            key: DeviceKey = self._key_of()
        except UserError as err:  # an unreadable key file: say so where the key would be
            ui.fingerprint_label.setText("—")
            ui.device_label.setText(err.message(i18n.current_language()))
            return
        public = key.public
        if self._shown_key != public.text:  # the QR code is made once
            ui.qr_label.setPixmap(qr_pixmap(key.qr_text))
            self._shown_key = public.text
        ui.fingerprint_label.setText(public.fingerprint)
        ui.public_key_edit.setText(public.text)
        ui.public_key_edit.setCursorPosition(0)
        ui.device_label.setText(QCoreApplication.translate("SyncPage", "Device id: {id}").format(id=self.db.device_id))

    def _fill_trusted(self) -> None:
        table = self.ui.trusted_table
        keep = self.selected_fingerprint()
        lang = i18n.current_language()
        trusted = keys.trusted_keys(self.db)
        table.setSortingEnabled(False)
        table.setRowCount(len(trusted))
        for row, key in enumerate(trusted):
            texts = (key.label, key.fingerprint, short_device(key.device_id) if key.device_id else "—",
                     stored_moment_text(key.added_at, lang))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key.fingerprint)
                if column == DEVICE and key.device_id:
                    item.setToolTip(key.device_id)
                table.setItem(row, column, item)
            if key.fingerprint == keep:
                table.selectRow(row)
        fit_columns(table, (LABEL, DEVICE, SINCE))
        self._update_buttons()

    def selected_fingerprint(self) -> str | None:
        items = self.ui.trusted_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        self.ui.remove_key_button.setEnabled(self.selected_fingerprint() is not None)

    # -- actions ----------------------------------------------------------------------------------

    def copy_key(self) -> None:
        text = self.ui.public_key_edit.text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.feedback.info(QCoreApplication.translate("SyncPage", "Public key copied."))

    def add_key(self) -> None:
        """Trust the pasted key (base64 or the QR text) under the label typed beside it."""
        ui = self.ui
        text = ui.new_key_edit.text().strip()
        if not text:
            ui.new_key_edit.setFocus()
            return
        try:
            public = PublicKey.parse(text)
        except UserError as err:
            self.feedback.refused(ui, err)
            ui.new_key_edit.setFocus()
            return
        added = self.feedback.run(ui, keys.trust, self.db, public, ui.new_label_edit.text())
        if added is None:
            return
        ui.new_key_edit.clear()
        ui.new_label_edit.clear()
        self._fill_trusted()
        self._select(added.fingerprint)
        self.trusted_changed.emit()

    def remove_selected(self) -> None:
        fingerprint = self.selected_fingerprint()
        if fingerprint is None:
            return
        answer = QMessageBox.question(
            self.ui, QCoreApplication.translate("SyncPage", "Remove trusted key"),
            QCoreApplication.translate(
                "SyncPage", "Stop trusting the key {fingerprint}? Files it signs will be held until accepted again."
            ).format(fingerprint=fingerprint))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.feedback.run(self.ui, keys.untrust, self.db, fingerprint) is None:
            return
        self._fill_trusted()
        self.trusted_changed.emit()

    def _select(self, fingerprint: str) -> None:
        table = self.ui.trusted_table
        for row in range(table.rowCount()):
            if table.item(row, FINGERPRINT).text() == fingerprint:
                table.selectRow(row)

    def retranslate(self) -> None:
        table = self.ui.trusted_table
        table.setHorizontalHeaderLabels([
            QCoreApplication.translate("SyncPage", "Label"),
            QCoreApplication.translate("SyncPage", "Fingerprint"),
            QCoreApplication.translate("SyncPage", "Device"),
            QCoreApplication.translate("SyncPage", "Since"),
        ])
        fit_columns(table, (LABEL, DEVICE, SINCE))
        if self._shown_key is not None:
            self.refresh()
