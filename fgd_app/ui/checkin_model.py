"""The check-in result list: who matches the search, and who is already present."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from fgd_app.core.timezones import local_clock
from fgd_app.services.checkin import Attendee
from fgd_app.ui.models import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
PRESENT_COLOR = QColor(27, 110, 52)  # the green of a done check-in


class CheckinTableModel(HeaderedTableModel):
    """Search results: name, agency, arrival time in the workshop's zone, signed.

    The position (jabatan) is in the name's tooltip and in the selected-person panel:
    at the door name and agency tell people apart, and the list must fit half a laptop
    screen without a horizontal scroll bar.
    """

    NAME, INSTITUTION, ARRIVED, SIGNED = range(4)
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Attendee] = []
        self._zone = "WIB"

    def set_rows(self, rows: Sequence[Attendee]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_zone(self, zone: str) -> None:
        self._zone = zone

    def attendee_at(self, row: int) -> Attendee:
        return self._rows[row]

    def row_of(self, participant_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == participant_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CheckinTableModel", "Name"),
            QCoreApplication.translate("CheckinTableModel", "Agency"),
            QCoreApplication.translate("CheckinTableModel", "Arrived"),
            QCoreApplication.translate("CheckinTableModel", "Signed"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return a.name
            if column == self.INSTITUTION:
                return a.institution
            if column == self.ARRIVED:
                return f"✓ {local_clock(a.checked_in_at, self._zone)}" if a.present else ""
            return "✓" if a.signed else ""
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (self.ARRIVED, self.SIGNED):
            if column == self.ARRIVED:
                return (QCoreApplication.translate("CheckinTableModel", "Arrived {time}").format(
                    time=local_clock(a.checked_in_at, self._zone)) if a.present
                    else QCoreApplication.translate("CheckinTableModel", "Not checked in"))
            return (QCoreApplication.translate("CheckinTableModel", "Signed") if a.signed
                    else QCoreApplication.translate("CheckinTableModel", "Not signed"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.INSTITUTION):
            return "\n".join(part for part in (a.name, a.position, a.institution, f"NIP {a.nip}" if a.nip else "")
                             if part)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.ARRIVED, self.SIGNED):
            return PRESENT_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIGNED:
            return Qt.AlignmentFlag.AlignCenter
        return None
