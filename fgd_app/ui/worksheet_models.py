"""Item models and editors of the masterplan worksheet (`worksheet_panel`).

The editable tables (programmes, follow-up actions) show the database's rows and write
every edit through `CaptureContext.do`, so each is undoable and saved on the writer
thread. A value is checked here first with the service's pure checks, so a refusal is
explained at once and nothing is queued. The edited cell shows its new value at once;
the committed change then re-reads the rows. A re-read that keeps the same rows in the
same order only repaints what changed (row-wide, so an open editor is left alone) and
keeps the current cell where the person is working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QEvent,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

from fgd_app.core.dates import long_date
from fgd_app.core.limits import EARLIEST_YEAR, LATEST_DATE, LATEST_YEAR, NAME_MAX, SHORT_MAX, TEXT_MAX
from fgd_app.core.vocab import ActionStatus, Horizon, label
from fgd_app.errors import UserError
from fgd_app.services.programmes import (
    ActionRow,
    ProgrammeRow,
    QuickWin,
    SourceInput,
    action_changes,
    programme_changes,
    update_action,
    update_programme,
)
from fgd_app.ui.models import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ENTER_SEEN = "fgd_enter_seen"  # editor property: the delegate's filter saw this Enter
HORIZON_YEARS = {Horizon.QUICK_WIN: 1, Horizon.MEDIUM: 5, Horizon.LONG: 10}
FUNDING_SOURCES = ("APBD", "APBD Provinsi", "APBN", "DAK", "Dana Desa", "CSR", "KPBU")
"""Funding sources a regency masterplan usually names (Indonesian terms in both UI languages)."""


class SourceListModel(QAbstractListModel):
    """Inputs of one kind (a SWOT quadrant, a readiness aspect, decisions), read-only."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SourceInput] = []

    def set_rows(self, rows: Sequence[SourceInput]) -> None:
        if list(rows) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def texts(self) -> list[str]:
        return [r.text for r in self._rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.text} — {row.speaker}" if row.speaker else row.text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class _EditableRows(HeaderedTableModel):
    """Rows of a service read, edited cell by cell through `ctx.do`."""

    FIELDS: dict[int, str] = {}  # column -> field written by the service
    CLEARABLE: frozenset[int] = frozenset()  # columns Delete may empty
    EDITORS: dict[int, str] = {}  # column -> "line", "combo", "year" or "date"

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog_parent: QWidget | None = None
        self._rows: list = []

    # -- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence) -> None:
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        for number, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def repaint(self) -> None:
        """Every cell again (the language changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == key), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in self.FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -------------------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.FIELDS:
            return False
        return self.write(index.row(), self.FIELDS[index.column()], value, self.headers()[index.column()])

    def clear(self, index: AnyIndex) -> bool:
        """Empty an optional cell (the Delete key)."""
        if not index.isValid() or index.column() not in self.CLEARABLE:
            return False
        return self.setData(index, None)

    def write(self, row: int, field: str, value: Any, column_title: str) -> bool:
        current = self._rows[row]
        try:
            clean = self.check({field: value})[field]
        except UserError as err:
            self.ctx.feedback.refused(self.ctx.widget or self.dialog_parent, err)
            return False
        shown = self.local_value(field, clean)
        if getattr(current, field) == shown:
            return True  # nothing changed: no write, no "Saved"
        self._rows[row] = current._replace(**{field: shown})
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.ctx.do(self.undo_text(column_title), self.update, current.id, **{field: clean})
        return True

    def check(self, fields: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def local_value(self, field: str, clean: Any) -> Any:
        return clean

    def undo_text(self, column_title: str) -> str:
        raise NotImplementedError

    update: Callable[..., Any]

    def choices(self, column: int) -> list[tuple[Any, str]]:
        """(value, label) of a combo-box column."""
        return []

    def completions(self, column: int) -> list[str]:
        return []

    def max_length(self, column: int) -> int:
        return SHORT_MAX


class ProgrammeModel(_EditableRows):
    """The pillar's programmes. Impact and feasibility are scored on the Voting tab's matrix."""

    NAME, ELEMENT, HORIZON, LEAD_OPD, INDICATOR, TARGET_YEAR, FUNDING = range(7)
    FIELDS = {NAME: "name", ELEMENT: "element_key", HORIZON: "horizon", LEAD_OPD: "lead_opd",
              INDICATOR: "indicator", TARGET_YEAR: "target_year", FUNDING: "funding_source"}
    CLEARABLE = frozenset({ELEMENT, LEAD_OPD, INDICATOR, TARGET_YEAR, FUNDING})
    EDITORS = {ELEMENT: "combo", HORIZON: "combo", TARGET_YEAR: "year"}
    NUMERIC_COLUMNS = frozenset({TARGET_YEAR})
    update = staticmethod(update_programme)

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.elements: list[tuple[str, str, str]] = []  # key, Indonesian, English (the pillar's)
        self.workshop_year = dt.date.today().year
        self.institutions: Callable[[], list[str]] = list

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ProgrammeModel", "Programme"),
            QCoreApplication.translate("ProgrammeModel", "Element"),
            QCoreApplication.translate("ProgrammeModel", "Horizon"),
            QCoreApplication.translate("ProgrammeModel", "Lead OPD"),
            QCoreApplication.translate("ProgrammeModel", "Indicator"),
            QCoreApplication.translate("ProgrammeModel", "Target year"),
            QCoreApplication.translate("ProgrammeModel", "Funding source"),
        )

    def check(self, fields: dict[str, Any]) -> dict[str, Any]:
        return programme_changes(fields)

    def undo_text(self, column_title: str) -> str:
        return QCoreApplication.translate("ProgrammeModel", "Edit programme: {column}").format(column=column_title)

    def element_name(self, key: str | None) -> str:
        for element_key, indonesian, english in self.elements:
            if element_key == key:
                return english if self.ctx.lang == "en" else indonesian
        return key or "—"

    def choices(self, column: int) -> list[tuple[Any, str]]:
        lang = self.ctx.lang
        if column == self.HORIZON:
            return [(h.value, label(h, lang)) for h in Horizon]
        none = QCoreApplication.translate("ProgrammeModel", "— (no element)")
        return [("", none)] + [(key, english if lang == "en" else indonesian)
                               for key, indonesian, english in self.elements]

    def completions(self, column: int) -> list[str]:
        if column == self.LEAD_OPD:
            return self.institutions()
        if column == self.FUNDING:
            used = {r.funding_source for r in self._rows if r.funding_source}
            return sorted(set(FUNDING_SOURCES) | used, key=str.casefold)
        return []

    def max_length(self, column: int) -> int:
        return NAME_MAX if column == self.LEAD_OPD else SHORT_MAX

    def suggested_year(self, row: int) -> int:
        """What the year editor starts at: the workshop's year plus the horizon's span."""
        return min(LATEST_YEAR, self.workshop_year + HORIZON_YEARS.get(self._rows[row].horizon, 5))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p: ProgrammeRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(p, self.FIELDS[column])
            return "" if value is None and column == self.ELEMENT else value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME and p.description:
                return f"{p.name}\n\n{p.description}"
            return self._display(p, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TARGET_YEAR:
            return _RIGHT
        return None

    def _display(self, p: ProgrammeRow, column: int) -> str:
        if column == self.ELEMENT:
            return self.element_name(p.element_key) if p.element_key else "—"
        if column == self.HORIZON:
            return label(p.horizon, self.ctx.lang)
        value = getattr(p, self.FIELDS[column])
        return "" if value is None else str(value)


class QuickWinModel(HeaderedTableModel):
    """The ranked shortlist, with the figures that rank it."""

    RANK, PROGRAMME, VOTES, SCORE = range(4)
    NUMERIC_COLUMNS = frozenset({RANK, VOTES})

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[QuickWin] = []

    def set_rows(self, rows: Sequence[QuickWin]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QuickWin:
        return self._rows[row]

    def rows(self) -> list[QuickWin]:
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("QuickWinModel", "Rank"),
            QCoreApplication.translate("QuickWinModel", "Programme"),
            QCoreApplication.translate("QuickWinModel", "Votes"),
            QCoreApplication.translate("QuickWinModel", "Impact × feasibility"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        q, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.RANK:
                return str(q.rank)
            if column == self.PROGRAMME:
                return q.name
            if column == self.VOTES:
                return str(q.votes)
            if q.score is None:
                return QCoreApplication.translate("QuickWinModel", "not scored (Voting tab)")
            return f"{q.impact} × {q.feasibility} = {q.score}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return _RIGHT
        return None


class ActionModel(_EditableRows):
    TEXT, OWNER, DUE, STATUS = range(4)
    FIELDS = {TEXT: "text", OWNER: "owner", DUE: "due_date", STATUS: "status"}
    CLEARABLE = frozenset({OWNER, DUE})
    EDITORS = {DUE: "date", STATUS: "combo"}
    update = staticmethod(update_action)

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.held_on: dt.date | None = None  # the workshop's day: nothing is due before it
        self.owners: Callable[[], list[str]] = list

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ActionModel", "Follow-up action"),
            QCoreApplication.translate("ActionModel", "Owner"),
            QCoreApplication.translate("ActionModel", "Due date"),
            QCoreApplication.translate("ActionModel", "Status"),
        )

    def check(self, fields: dict[str, Any]) -> dict[str, Any]:
        return action_changes(fields, self.held_on)

    def local_value(self, field: str, clean: Any) -> Any:
        return dt.date.fromisoformat(clean) if field == "due_date" and clean else clean

    def undo_text(self, column_title: str) -> str:
        return QCoreApplication.translate("ActionModel", "Edit follow-up action: {column}").format(column=column_title)

    def choices(self, column: int) -> list[tuple[Any, str]]:
        return [(s.value, label(s, self.ctx.lang)) for s in ActionStatus]

    def completions(self, column: int) -> list[str]:
        return self.owners() if column == self.OWNER else []

    def max_length(self, column: int) -> int:
        return TEXT_MAX if column == self.TEXT else NAME_MAX

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a: ActionRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            return getattr(a, self.FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DUE:
                return long_date(a.due_date, self.ctx.lang, weekday=False) if a.due_date else "—"
            if column == self.STATUS:
                return label(a.status, self.ctx.lang)
            return getattr(a, self.FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE:
                return long_date(a.due_date, self.ctx.lang) if a.due_date else None
            return a.text if column == self.TEXT else None
        return None


class DateEditor(QDateEdit):
    """A date typed as people write it, "30/08/2024" or "30/8/2024".

    QDateEdit moves on to the next part by itself once a part is complete ("30"), so the
    slash typed next would skip the month; a slash right after such a move is swallowed.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() and event.text() in "/-." and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = event.text().isdigit() and self.currentSectionIndex() != section


class WorksheetDelegate(QStyledItemDelegate):
    """The editor each column asks for: a list, a year, a date, or a line with suggestions."""

    ROW_PADDING = 6  # pixels added to a row's height: wrapped lines would otherwise touch the grid

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.ROW_PADDING)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        model: _EditableRows = index.model()
        column, kind = index.column(), index.model().EDITORS.get(index.column(), "line")
        title = model.headers()[column]
        if kind == "combo":
            editor = QComboBox(parent)
            for value, text in model.choices(column):
                editor.addItem(text, value)
        elif kind == "year":
            editor = QSpinBox(parent)
            editor.setRange(EARLIEST_YEAR - 1, LATEST_YEAR)  # the minimum means "no year"
            editor.setSpecialValueText("—")
            editor.setAlignment(_RIGHT)
        elif kind == "date":
            editor = DateEditor(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("dd/MM/yyyy")
            held_on = getattr(model, "held_on", None)
            if held_on is not None:
                editor.setMinimumDate(QDate(held_on.year, held_on.month, held_on.day))
            editor.setMaximumDate(QDate(LATEST_DATE.year, LATEST_DATE.month, LATEST_DATE.day))
            editor.setLocale(QLocale(QLocale.Language.Indonesian if model.ctx.lang == "id"
                                     else QLocale.Language.English))
        else:
            editor = QLineEdit(parent)
            editor.setMaxLength(model.max_length(column))
            words = model.completions(column)
            if words:
                completer = QCompleter(words, editor)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                editor.setCompleter(completer)
                # With the suggestion list open, the list takes Enter and hands it to the
                # line edit directly, past this delegate's filter: finish the edit from there.
                editor.returnPressed.connect(lambda: self._finish_from_popup(editor))
        editor.setAccessibleName(title)
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched.setProperty(_ENTER_SEEN, True)  # the base filter commits this Enter itself
        return super().eventFilter(watched, event)

    def _finish_from_popup(self, editor: QLineEdit) -> None:
        if editor.property(_ENTER_SEEN):
            editor.setProperty(_ENTER_SEEN, False)
            return
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            if value is None:  # a year not set yet: start from a likely one
                value = index.model().suggested_year(index.row())
            editor.setValue(value)
        elif isinstance(editor, QDateEdit):
            start = value or max(dt.date.today(), getattr(index.model(), "held_on", None) or dt.date.today())
            editor.setDate(QDate(start.year, start.month, start.day))
            editor.setSelectedSection(QDateEdit.Section.DaySection)  # typing "30/08/2024" starts at the day
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            value = editor.value()
            model.setData(index, None if value == editor.minimum() else value)
        elif isinstance(editor, QDateEdit):
            editor.interpretText()
            model.setData(index, editor.date().toPython())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
