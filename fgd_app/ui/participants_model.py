"""Table models of the Participants page: the participant list and the import preview.

`ParticipantTableModel` shows `services.participants.ParticipantRow`s and lets people
edit name, position, agency and gender in place. It never writes: `setData` emits
`edit_requested` and the page writes through the service (with undo and "Saved"
feedback), then hands the stored row back with `replace_row`. So the table only ever
shows what the database holds.

`ImportPreviewModel` shows what importing each spreadsheet row will do, with error
rows and skipped duplicates highlighted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from fgd_app.core.timezones import local_clock
from fgd_app.core.vocab import Gender, gender_short, label
from fgd_app.services.participants import FIELDS, ParticipantRow
from fgd_app.services.roster_import import RowResult, Table, column_name
from fgd_app.ui.models import HeaderedTableModel
from fgd_app.ui.views import WordFilter

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the participant id of a row, for views and tests


class ParticipantTableModel(HeaderedTableModel):
    """One row per participant, in the order the service lists them (by name)."""

    NAME, POSITION, INSTITUTION, GENDER, PRESENT = range(5)
    FIELD_OF_COLUMN = {NAME: "name", POSITION: "position", INSTITUTION: "institution", GENDER: "gender"}

    # (participant id, field, new value): a person edited a cell; the page decides.
    edit_requested = Signal(str, str, object)

    def __init__(self, parent: QObject | None = None, lang: str = "id"):
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._lang = lang
        self._zone = "WIB"

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ParticipantTableModel", "Name"),
            QCoreApplication.translate("ParticipantTableModel", "Position"),
            QCoreApplication.translate("ParticipantTableModel", "Agency"),
            QCoreApplication.translate("ParticipantTableModel", "M/F"),
            QCoreApplication.translate("ParticipantTableModel", "Present"),
        )

    # -- content ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ParticipantRow], zone: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if zone:
            self._zone = zone
        self.endResetModel()

    def replace_row(self, row: ParticipantRow) -> None:
        """Show the stored values of one participant after an edit, without re-sorting."""
        at = self.row_of(row.id)
        if at < 0:
            return
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def row_of(self, participant_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)

    def present_text(self, p: ParticipantRow, with_zone: bool = False) -> str:
        if p.checked_in_at is None:
            return ""
        return local_clock(p.checked_in_at, self._zone, with_zone)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: AnyIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return p.id
        if role == _EDIT and column in self.FIELD_OF_COLUMN:
            value = getattr(p, self.FIELD_OF_COLUMN[column])
            return value or ""
        if role == _DISPLAY:
            if column == self.NAME:
                return p.name
            if column == self.POSITION:
                return p.position
            if column == self.INSTITUTION:
                return p.institution
            if column == self.GENDER:
                return gender_short(p.gender, self._lang)
            return self.present_text(p)
        if role == _TOOLTIP:
            if column in (self.NAME, self.POSITION, self.INSTITUTION):
                return self.data(index, _DISPLAY) or None  # the whole text when the column cuts it
            if column == self.GENDER and p.gender:
                return label(Gender(p.gender), self._lang)
            if column == self.PRESENT:
                if p.checked_in_at is None:
                    return QCoreApplication.translate("ParticipantTableModel", "Not checked in")
                text = QCoreApplication.translate("ParticipantTableModel", "Checked in at {time}").format(
                    time=self.present_text(p, with_zone=True))
                if p.signed:
                    text += " · " + QCoreApplication.translate("ParticipantTableModel", "signed")
                return text
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.GENDER, self.PRESENT):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in self.FIELD_OF_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value, role: int = _EDIT) -> bool:
        """Ask the page to store the edit; the cell changes when the stored row comes back."""
        if role != _EDIT or not index.isValid() or index.column() not in self.FIELD_OF_COLUMN:
            return False
        p = self._rows[index.row()]
        field = self.FIELD_OF_COLUMN[index.column()]
        if (value or "") == (getattr(p, field) or ""):
            return False
        self.edit_requested.emit(p.id, field, value)
        return True


class ParticipantFilterModel(WordFilter):
    """Rows whose name, position, agency or NIP contain every typed word (case and accents ignored)."""

    def haystack(self, source_row: int) -> str:
        p = self.sourceModel().row_at(source_row)
        return " ".join((p.name, p.position, p.institution, p.nip))


class ImportPreviewModel(HeaderedTableModel):
    """Each spreadsheet row with what importing it will do; problems highlighted."""

    ROW, STATUS, PROBLEMS = 0, 1, 2
    FIRST_FIELD = 3
    ERROR_BACKGROUND = QColor("#f8d7da")
    BAD_CELL_BACKGROUND = QColor("#f1aeb5")
    DUPLICATE_BACKGROUND = QColor("#fff3cd")
    BLANK_FOREGROUND = QColor("#6c757d")

    def __init__(self, parent: QObject | None = None, lang: str = "id"):
        super().__init__(parent)
        self._lang = lang
        self._table: Table | None = None
        self._mapping: dict[str, int | None] = {}
        self._results: list[RowResult] = []
        self._shown: list[RowResult] = []
        self._problems_only = False

    def headers(self) -> tuple[str, ...]:
        return (QCoreApplication.translate("ImportPreviewModel", "Row"), QCoreApplication.translate("ImportPreviewModel", "Status"), QCoreApplication.translate("ImportPreviewModel", "Problems"), QCoreApplication.translate("ImportPreviewModel", "Name"), QCoreApplication.translate("ImportPreviewModel", "Position"), QCoreApplication.translate("ImportPreviewModel", "NIP"), QCoreApplication.translate("ImportPreviewModel", "Agency"),
                QCoreApplication.translate("ImportPreviewModel", "M/F"), QCoreApplication.translate("ImportPreviewModel", "Phone"), QCoreApplication.translate("ImportPreviewModel", "E-mail"))

    def set_results(self, table: Table | None, mapping: dict[str, int | None], results: Sequence[RowResult]) -> None:
        self.beginResetModel()
        self._table, self._mapping, self._results = table, dict(mapping), list(results)
        self._refilter()
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        self.beginResetModel()
        self._problems_only = on
        self._refilter()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.beginResetModel()
        self._lang = lang
        self.endResetModel()

    def _refilter(self) -> None:
        if self._problems_only:
            self._shown = [r for r in self._results if r.status in ("error", "duplicate")]
        else:
            self._shown = [r for r in self._results if r.status != "blank"]

    def result_at(self, row: int) -> RowResult:
        return self._shown[row]

    def status_text(self, status: str) -> str:
        return {
            "ok": QCoreApplication.translate("ImportPreviewModel", "Import"),
            "duplicate": QCoreApplication.translate("ImportPreviewModel", "Skip: duplicate"),
            "error": QCoreApplication.translate("ImportPreviewModel", "Error"),
            "blank": QCoreApplication.translate("ImportPreviewModel", "Empty"),
        }[status]

    def _value(self, r: RowResult, field: str) -> str:
        if r.record is not None and field in r.record:
            value = r.record[field]
            return gender_short(value, self._lang) if field == "gender" else (value or "")
        column = self._mapping.get(field)
        if self._table is None or column is None:
            return ""
        return self._table.rows[r.index][column]

    def _is_bad(self, r: RowResult, field: str) -> bool:
        """Whether the cell of `field` is one this row's problems name."""
        column = self._mapping.get(field)
        if self._table is None or column is None:
            return False
        name = column_name(self._table, column)
        return any(header == name for header, _ in r.problems)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIRST_FIELD + len(FIELDS)

    def data(self, index: AnyIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        r = self._shown[index.row()]
        column = index.column()
        if role in (_DISPLAY, _TOOLTIP):
            if column == self.ROW:
                return str(r.row)
            if column == self.STATUS:
                return self.status_text(r.status)
            if column == self.PROBLEMS:
                return r.describe(self._lang)
            return self._value(r, FIELDS[column - self.FIRST_FIELD])
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.status == "error" and column >= self.FIRST_FIELD and self._is_bad(r, FIELDS[column - self.FIRST_FIELD]):
                return QBrush(self.BAD_CELL_BACKGROUND)
            if r.status == "error":
                return QBrush(self.ERROR_BACKGROUND)
            if r.status == "duplicate":
                return QBrush(self.DUPLICATE_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.status in ("error", "duplicate"):
                return QBrush(QColor("#212529"))  # dark text on the light highlight, also in dark themes
            if r.status == "blank":
                return QBrush(self.BLANK_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
