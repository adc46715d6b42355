"""Read-only table models over the service layer's summaries.

They hold plain dataclasses from `fgd_app.services.workshops` and only format them:
no SQL, no caching, no editing. A refresh replaces all rows (`set_rows`), which is
simple and fast enough for the dozens of workshops and six pillars a laptop holds.

Headers are Qt strings (translated at call time, so a language switch only needs
`headerDataChanged`); cell texts such as stage or pillar names are domain labels in
the language given by `set_language`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from fgd_app.core.dates import long_date
from fgd_app.core.vocab import label
from fgd_app.services.workshops import WorkshopSummary

_NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
AnyIndex = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel):
    """A table whose column titles come from `headers()`, translated when Qt asks.

    So a language switch needs only `headerDataChanged`. Columns listed in
    NUMERIC_COLUMNS are right-aligned in the header (and by `_RowsModel` in the cells).
    """

    NUMERIC_COLUMNS: frozenset[int] = frozenset()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        if not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC_COLUMNS:
            return _NUMBER_ALIGNMENT
        return None


class _RowsModel(HeaderedTableModel):
    """Shared plumbing: a list of rows, a language, and which columns are numbers."""

    def __init__(self, parent: QObject | None = None, lang: str = "id"):
        super().__init__(parent)
        self._rows: list = []
        self._lang = lang

    def cell(self, row, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Show labels in `lang`; headers follow the installed Qt translator."""
        self._lang = lang
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def row_at(self, row: int):
        return self._rows[row]

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC_COLUMNS:
            return _NUMBER_ALIGNMENT
        return None


class WorkshopTableModel(_RowsModel):
    """One row per workshop, as `list_workshops` orders them (newest first)."""

    REGENCY, DATE, STAGE, STATUS, TITLE, PARTICIPANTS, INPUTS = range(7)
    NUMERIC_COLUMNS = frozenset({PARTICIPANTS, INPUTS})

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("WorkshopTableModel", "Regency/City"),
            QCoreApplication.translate("WorkshopTableModel", "Date"),
            QCoreApplication.translate("WorkshopTableModel", "Stage"),
            QCoreApplication.translate("WorkshopTableModel", "Status"),
            QCoreApplication.translate("WorkshopTableModel", "Title"),
            QCoreApplication.translate("WorkshopTableModel", "Participants"),
            QCoreApplication.translate("WorkshopTableModel", "Inputs"),
        )

    def cell(self, w: WorkshopSummary, column: int) -> str:
        if column == self.REGENCY:
            return w.regency_name
        if column == self.DATE:
            return long_date(w.held_on, self._lang, weekday=False)
        if column == self.STAGE:
            return label(w.stage, self._lang)
        if column == self.STATUS:
            return label(w.status, self._lang)
        if column == self.TITLE:
            return w.title
        if column == self.PARTICIPANTS:
            return str(w.participants)
        return str(w.inputs)

    def workshop_at(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: str) -> int:
        """The row showing `workshop_id`, or -1."""
        return next((i for i, w in enumerate(self._rows) if w.id == workshop_id), -1)
