"""The scores table beside the priority matrix: each programme with its impact and feasibility.

Impact and Feasibility are typed in place (a spin box, 1 to 5; empty = not scored).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QWidget

from fgd_app.services.voting import MatrixItem
from fgd_app.ui.models import AnyIndex, HeaderedTableModel
from fgd_app.ui.priority_matrix import COLOURS, quadrant_title


class ScoresModel(HeaderedTableModel):
    """The pillar's programmes with their scores; Impact and Feasibility are editable."""

    NUMBER, NAME, IMPACT, FEASIBILITY, QUADRANT = range(5)
    NUMERIC_COLUMNS = frozenset({NUMBER, IMPACT, FEASIBILITY})

    scores_edited = Signal(str, object, object)  # programme id, impact, feasibility (None = not scored)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[MatrixItem] = []

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ScoresModel", "No."),
            QCoreApplication.translate("ScoresModel", "Programme"),
            QCoreApplication.translate("ScoresModel", "Impact"),
            QCoreApplication.translate("ScoresModel", "Feasibility"),
            QCoreApplication.translate("ScoresModel", "Quadrant"),
        )

    def set_rows(self, rows: Sequence[MatrixItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MatrixItem:
        return self._rows[row]

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.QUADRANT))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.QUADRANT)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(item.number)
            if column == self.NAME:
                return item.name
            if column == self.IMPACT:
                return "" if item.impact is None else str(item.impact)
            if column == self.FEASIBILITY:
                return "" if item.feasibility is None else str(item.feasibility)
            return quadrant_title(item.quadrant).split("/")[0].strip()  # short: the column stays narrow
        if role == Qt.ItemDataRole.EditRole and column in (self.IMPACT, self.FEASIBILITY):
            value = item.impact if column == self.IMPACT else item.feasibility
            return value or 0
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return item.name
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUADRANT:
            return quadrant_title(item.quadrant)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == self.QUADRANT and item.quadrant:
            return COLOURS[item.quadrant][1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.IMPACT, self.FEASIBILITY):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the write (the panel runs it); the row changes when the database has it."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.IMPACT, self.FEASIBILITY):
            return False
        item = self._rows[index.row()]
        score = int(value) if value not in (None, "") else 0
        score = score or None
        impact, feasibility = item.impact, item.feasibility
        if index.column() == self.IMPACT:
            impact = score
        else:
            feasibility = score
        if (impact, feasibility) != (item.impact, item.feasibility):
            self.scores_edited.emit(item.id, impact, feasibility)
        return True


class SpinDelegate(QStyledItemDelegate):
    """A spin box for whole-number cells; `special_text` names the minimum (e.g. "not scored")."""

    def __init__(self, minimum: int, maximum: int, special_text: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.minimum, self.maximum, self.special_text = minimum, maximum, special_text

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("count_editor")
        spin.setRange(self.minimum, self.maximum)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.special_text:
            spin.setSpecialValueText(self.special_text)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        spin.setAccessibleName(str(header or ""))
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value or 0))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
