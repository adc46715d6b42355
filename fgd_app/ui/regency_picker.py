"""Choosing one of the 514 kabupaten/kota by typing any part of its name.

Nobody scrolls through 514 entries: the combo box is editable and a completer in
"contains" mode offers "Kabupaten Kutai Barat — Kalimantan Timur" after "kutai bar" (or
after "kalimantan timur", since the province is part of the text). Typed text that names
exactly one regency is accepted on Enter or when focus leaves; anything else snaps back
to the current choice, so the field never shows a regency that is not the stored one.

The province and time zone are shown beside the box because the zone (WIB/WITA/WIT)
decides how every time of the workshop is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel

from fgd_app.core.timezones import UTC_OFFSET_HOURS
from fgd_app.services.workshop_setup import RegencyRow

CODE_ROLE = Qt.ItemDataRole.UserRole
PROVINCE_ROLE = Qt.ItemDataRole.UserRole + 1
ZONE_ROLE = Qt.ItemDataRole.UserRole + 2


def regency_text(row: RegencyRow) -> str:
    return f"{row.name} — {row.province}"


class RegencyListModel(QAbstractListModel):
    """The regencies as "Kabupaten Kutai Barat — Kalimantan Timur", with code, province and zone roles.

    A read-only list model over the service's rows: building 514 QStandardItems (three
    setData calls each) would cost more at every dialog opening for no benefit.
    """

    def __init__(self, rows: Sequence[RegencyRow], parent: QObject | None = None):
        super().__init__(parent)
        self._rows = list(rows)
        self._texts = [regency_text(r) for r in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[index.row()]
        if role == CODE_ROLE:
            return row.code
        if role == PROVINCE_ROLE:
            return row.province
        if role == ZONE_ROLE:
            return row.zone
        return None

    def text(self, row: int) -> str:
        return self._texts[row]

    def row_at(self, row: int) -> RegencyRow:
        return self._rows[row]

    def row_of(self, code: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1) if code else -1


class RegencyPicker(QObject):
    """Controller for an editable QComboBox from a form (and an optional details label)."""

    chosen = Signal(str)  # the person picked a regency (its code); not emitted by set_code

    def __init__(self, combo: QComboBox, details: QLabel | None, rows: Sequence[RegencyRow],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.combo = combo
        self.details = details
        self.model = RegencyListModel(rows, self)
        self._code: str | None = None

        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(self.model)
        combo.setMaxVisibleItems(15)
        completer = QCompleter(self.model, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        combo.setCompleter(completer)
        self.completer = completer
        combo.setCurrentIndex(-1)
        # `activated`: a choice from the drop-down list or the completer, never a programmatic one.
        combo.activated.connect(self._activated)
        combo.lineEdit().editingFinished.connect(self._typed)
        self.retranslate()

    # -- public ------------------------------------------------------------------------------

    def code(self) -> str | None:
        return self._code

    def zone(self) -> str | None:
        row = self.model.row_of(self._code)
        return self.model.row_at(row).zone if row >= 0 else None

    def set_code(self, code: str | None) -> None:
        """Show `code` (None: nothing chosen) without emitting `chosen`."""
        self._code = code
        blocked = self.combo.blockSignals(True)
        try:
            self.combo.setCurrentIndex(self.model.row_of(code))
            if code is None:
                self.combo.setEditText("")
        finally:
            self.combo.blockSignals(blocked)
        self._show_details()

    def retranslate(self) -> None:
        self.combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("RegencyPicker", "Type part of the name, e.g. kutai bar"))
        self._show_details()

    # -- reacting to the person ---------------------------------------------------------------

    def _activated(self, row: int) -> None:
        self._choose(row)

    def _typed(self) -> None:
        text = self.combo.currentText().strip()
        if self._code is not None and text == self.model.text(self.model.row_of(self._code)):
            return
        matches = self._matches(text) if text else []
        if len(matches) == 1:
            self._choose(matches[0])
        else:
            self.set_code(self._code)  # ambiguous or unknown: show the stored choice again

    def _choose(self, row: int) -> None:
        if row < 0:
            return
        code = self.model.row_at(row).code
        changed = code != self._code
        self.set_code(code)
        if changed:
            self.chosen.emit(code)

    # -- helpers ---------------------------------------------------------------------------------

    def _matches(self, text: str) -> list[int]:
        needle = text.casefold()
        texts = [self.model.text(r).casefold() for r in range(self.model.rowCount())]
        exact = [r for r, t in enumerate(texts) if t == needle]
        return exact or [r for r, t in enumerate(texts) if needle in t]

    def _show_details(self) -> None:
        if self.details is None:
            return
        row = self.model.row_of(self._code)
        if row < 0:
            self.details.setText(QCoreApplication.translate("RegencyPicker", "No regency or city chosen yet"))
            return
        regency = self.model.row_at(row)
        self.details.setText(QCoreApplication.translate("RegencyPicker", "{province} province · {zone} (UTC+{offset})")
                             .format(province=regency.province, zone=regency.zone,
                                     offset=UTC_OFFSET_HOURS[regency.zone]))
