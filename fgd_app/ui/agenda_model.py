"""The agenda as an editable, reorderable table: No, planned start, title, pillar, minutes.

The database is the single source of truth: every edit and every move is written at
once through the workshop-setup service (via `Feedback.run`, so the status bar confirms
it or a message explains a refusal), then the rows are read back, because one changed
duration shifts the planned start of every later item.

Reordering arrives two ways and ends in the same `moveRows`: the keyboard (the editor
calls it for Ctrl+Up/Ctrl+Down) and drag and drop inside the view (`dropMimeData`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QStyledItemDelegate, QWidget

from fgd_app.core.limits import NAME_MAX
from fgd_app.services.agenda import (
    AGENDA_MAX_MINUTES,
    AgendaPlan,
    AgendaRow,
    agenda,
    move_agenda_item,
    update_agenda_item,
)
from fgd_app.store.database import Database
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.models import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-fgd-app-agenda-row"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OVERRUN_COLOUR = QColor("#b3261e")  # a dark red that stays readable on white and on selection


def hhmm(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else "—"


class AgendaModel(HeaderedTableModel):
    NUMBER, START, TITLE, PILLAR, MINUTES = range(5)
    EDITABLE = frozenset({TITLE, PILLAR, MINUTES})

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None, lang: str = "id"):
        super().__init__(parent)
        self.db = db
        self.feedback = feedback
        self.dialog_parent: QWidget | None = None  # where refusals are shown (the view)
        self._lang = lang
        self._workshop_id: str | None = None
        self._plan: AgendaPlan | None = None
        self._rows: list[AgendaRow] = []
        self._pillars: list[tuple[str, str, str]] = []  # key, Indonesian, English
        self.load_pillars()

    # -- loading ---------------------------------------------------------------------------

    def load_pillars(self) -> None:
        self._pillars = self.db.rows("SELECT key, name_id, name_en FROM pillar ORDER BY position, key")

    def pillar_choices(self) -> list[tuple[str, str]]:
        """(key, name) of every pillar in the current language, for the editor's combo box."""
        return [(key, english if self._lang == "en" else indonesian) for key, indonesian, english in self._pillars]

    def set_workshop(self, workshop_id: str | None) -> None:
        self.beginResetModel()
        self._workshop_id = workshop_id
        self._plan = agenda(self.db, workshop_id) if workshop_id else None
        self._rows = list(self._plan.items) if self._plan else []
        self.endResetModel()

    def refresh(self) -> None:
        """Read the agenda again (after an edit, or when the workshop's times change)."""
        if self._workshop_id is None:
            return
        plan = agenda(self.db, self._workshop_id)
        if len(plan.items) != len(self._rows):
            self.set_workshop(self._workshop_id)
            return
        self._plan, self._rows = plan, list(plan.items)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def plan(self) -> AgendaPlan | None:
        return self._plan

    def item_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, item_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # -- reading ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("AgendaModel", "No"),
            QCoreApplication.translate("AgendaModel", "Start"),
            QCoreApplication.translate("AgendaModel", "Agenda item"),
            QCoreApplication.translate("AgendaModel", "Pillar"),
            QCoreApplication.translate("AgendaModel", "Minutes"),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == self.START:
            return QCoreApplication.translate("AgendaModel", "Planned start: the workshop's start plus the minutes "
                                                             "of the items before")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.NUMBER, self.MINUTES):
            return _RIGHT
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.PILLAR:
                return row.pillar_key or ""
            if column == self.MINUTES:
                return row.planned_minutes
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.MINUTES, self.START):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row.past_end and column in (self.START, self.MINUTES):
            return OVERRUN_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.past_end:
                return QCoreApplication.translate("AgendaModel", "Ends at {end}, after the workshop's end time").format(
                    end=hhmm(row.end))
            if column == self.TITLE:
                return row.title
        return None

    def _display(self, row: AgendaRow, column: int) -> str:
        if column == self.NUMBER:
            return str(row.position + 1)
        if column == self.START:
            return hhmm(row.start)
        if column == self.TITLE:
            return row.title
        if column == self.PILLAR:
            names = dict(self.pillar_choices())
            return names.get(row.pillar_key, "—") if row.pillar_key else "—"
        return str(row.planned_minutes)

    # -- editing ----------------------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        row = self._rows[index.row()]
        field = {self.TITLE: "title", self.PILLAR: "pillar_key", self.MINUTES: "planned_minutes"}[index.column()]
        current = {"title": row.title, "pillar_key": row.pillar_key or "", "planned_minutes": row.planned_minutes}
        if value == current[field] or (field == "pillar_key" and (value or "") == current[field]):
            return True  # nothing changed: no write, no "Saved"
        saved = self.feedback.run(self.dialog_parent, update_agenda_item, self.db, row.id, **{field: value})
        if saved is None:
            return False
        self.refresh()
        return True

    # -- moving -------------------------------------------------------------------------------------

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int, destination_parent: AnyIndex,
                 destination_child: int) -> bool:
        """Move one row to before `destination_child` (Qt's convention) and store the new order."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        if not 0 <= source_row < len(self._rows) or not 0 <= destination_child <= len(self._rows):
            return False
        if destination_child in (source_row, source_row + 1):
            return False  # already there
        new_index = destination_child if destination_child < source_row else destination_child - 1
        moved = self.feedback.run(self.dialog_parent, move_agenda_item, self.db, self._rows[source_row].id, new_index)
        if moved is None:
            self.set_workshop(self._workshop_id)
            return False
        if not self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination_child):
            self.set_workshop(self._workshop_id)
            return True
        self._rows.insert(new_index, self._rows.pop(source_row))
        self.endMoveRows()
        self.refresh()  # numbers and planned starts of every row in between changed
        return True

    def move_row(self, row: int, new_index: int) -> bool:
        """Move `row` so it ends at `new_index` (the keyboard's way of saying it)."""
        new_index = max(0, min(new_index, len(self._rows) - 1))
        if new_index == row:
            return False
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), new_index + 1 if new_index > row else new_index)

    # -- drag and drop --------------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(rows[0]).encode("ascii")))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            source = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        if row >= 0:
            destination = row  # between two rows: before `row`
        elif parent.isValid():
            target = parent.row()  # onto a row: take its place
            destination = target + 1 if source < target else target
        else:
            destination = len(self._rows)  # below the last row
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), destination)
        # False even after a successful move: the view would otherwise "remove" the
        # dragged source row itself (clearOrRemove) once the move action completes.
        return False


class AgendaDelegate(QStyledItemDelegate):
    """Editors fitted to each column: a pillar list, a minutes spin box, a bounded title."""

    def __init__(self, model: AgendaModel, parent: QObject | None = None):
        super().__init__(parent)
        self.agenda = model

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        if index.column() == AgendaModel.PILLAR:
            combo = QComboBox(parent)
            combo.setObjectName("agenda_pillar_editor")
            combo.setAccessibleName(QCoreApplication.translate("AgendaModel", "Pillar"))
            combo.addItem(QCoreApplication.translate("AgendaModel", "— (no pillar)"), "")
            for key, name in self.agenda.pillar_choices():
                combo.addItem(name, key)
            return combo
        if index.column() == AgendaModel.MINUTES:
            spin = QSpinBox(parent)
            spin.setObjectName("agenda_minutes_editor")
            spin.setAccessibleName(QCoreApplication.translate("AgendaModel", "Minutes"))
            spin.setRange(0, AGENDA_MAX_MINUTES)
            spin.setSingleStep(5)
            spin.setAlignment(_RIGHT)
            return spin
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setObjectName("agenda_title_editor")
            editor.setMaxLength(NAME_MAX)
            editor.setAccessibleName(QCoreApplication.translate("AgendaModel", "Agenda item"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
