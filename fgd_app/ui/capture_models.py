"""Item models over the `CaptureStore`: the input list, the themes, the grouped board.

The filter lives in the model, not in a QSortFilterProxyModel: a proxy asks Python
once per row (20,000 calls per pillar switch), while one list comprehension over the
store's rows takes a few milliseconds. Rows appended by typing are inserted at the end
without refiltering the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from fgd_app.core.text import fold
from fgd_app.core.timezones import local_clock
from fgd_app.core.vocab import InputKind, label
from fgd_app.ui.capture_store import CaptureStore, InputRow
from fgd_app.ui.models import AnyIndex, HeaderedTableModel

INPUT_IDS_MIME = "application/x-fgd-input-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_ELEMENT = ""  # element filter value for "inputs without an element"


class InputFilter:
    """Which inputs a view shows; None means "any"."""

    __slots__ = ("pillar_key", "element_key", "kind", "theme_id", "query")

    def __init__(self, pillar_key: str | None = None):
        self.pillar_key = pillar_key
        self.element_key: str | None = None
        self.kind: str | None = None
        self.theme_id: str | None = None
        self.query = ""

    def select(self, rows: Iterable[InputRow]) -> list[InputRow]:
        pillar, element, kind, theme, query = self.pillar_key, self.element_key, self.kind, self.theme_id, self.query
        found = [r for r in rows if r.pillar_key == pillar] if pillar is not None else list(rows)
        if element is not None:
            found = [r for r in found if (r.element_key or NO_ELEMENT) == element]
        if kind is not None:
            found = [r for r in found if r.kind == kind]
        if theme is not None:
            found = [r for r in found if r.cluster_id == theme]
        if query:
            found = [r for r in found if query in r.folded]
        return found

    def accepts(self, row: InputRow) -> bool:
        return bool(self.select((row,)))


class InputListModel(HeaderedTableModel):
    """The inputs of one pillar (filtered), editable in place."""

    KIND, TEXT, ELEMENT, SPEAKER, THEME, VOTES, TIME = range(7)
    NUMERIC_COLUMNS = frozenset({VOTES})
    EDITABLE = {KIND: "kind", TEXT: "text", ELEMENT: "element_key", SPEAKER: "speaker_id", THEME: "cluster_id"}

    edit_requested = Signal(str, str, object)  # input id, field, new value

    def __init__(self, store: CaptureStore, parent: QObject | None = None, lang: str = "id"):
        super().__init__(parent)
        self.store = store
        self.filter = InputFilter()
        self.lang = lang
        self.timezone = "WIB"
        self.element_names: dict[str, str] = {}
        self.visible: list[InputRow] = []
        self._row_of: dict[str, int] | None = None
        store.reset.connect(self.refilter)
        store.inserted.connect(self._inserted)
        store.updated.connect(self._updated)
        store.removed.connect(self._removed)
        store.pending_changed.connect(self._repaint_rows)
        store.votes_changed.connect(lambda: self._repaint_columns(self.VOTES, self.VOTES))
        store.themes_changed.connect(lambda: self._repaint_columns(self.THEME, self.THEME))

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CapturePage", "Kind"),
            QCoreApplication.translate("CapturePage", "Input"),
            QCoreApplication.translate("CapturePage", "Element"),
            QCoreApplication.translate("CapturePage", "Speaker"),
            QCoreApplication.translate("CapturePage", "Theme"),
            QCoreApplication.translate("CapturePage", "Votes"),
            QCoreApplication.translate("CapturePage", "Time"),
        )

    # -- filtering -----------------------------------------------------------------------------------

    def set_filter(self, **values: object) -> None:
        for name, value in values.items():
            setattr(self.filter, name, fold(value) if name == "query" and value else value)
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self.visible = self.filter.select(self.store.rows)
        self._row_of = None
        self.endResetModel()

    def set_language(self, lang: str, element_names: dict[str, str]) -> None:
        self.lang = lang
        self.element_names = element_names
        self._repaint_columns(0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def row_of(self, input_id: str) -> int:
        if self._row_of is None:
            self._row_of = {r.id: i for i, r in enumerate(self.visible)}
        return self._row_of.get(input_id, -1)

    def row_at(self, row: int) -> InputRow:
        return self.visible[row]

    # -- following the store -----------------------------------------------------------------------

    def _inserted(self, rows: list[InputRow]) -> None:
        fresh = self.filter.select(rows)
        if not fresh:
            return
        last = self.visible[-1].position if self.visible else -1
        if all(r.position >= last for r in fresh) and self._in_store_order(fresh):
            start = len(self.visible)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self.visible.extend(fresh)
            if self._row_of is not None:
                self._row_of.update((r.id, start + i) for i, r in enumerate(fresh))
            self.endInsertRows()
        else:
            self.refilter()

    def _in_store_order(self, rows: list[InputRow]) -> bool:
        return all(a.position <= b.position for a, b in zip(rows, rows[1:]))

    def _updated(self, rows: list[InputRow]) -> None:
        if any((self.row_of(r.id) >= 0) != self.filter.accepts(r) for r in rows):
            self.refilter()  # moved in or out of this view (another pillar, theme, kind)
        else:
            self._repaint_rows(rows)

    def _removed(self, rows: list[InputRow]) -> None:
        if any(self.row_of(r.id) >= 0 for r in rows):
            self.refilter()

    def _repaint_rows(self, rows: list[InputRow]) -> None:
        for row in rows:
            at = self.row_of(row.id)
            if at >= 0:
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def _repaint_columns(self, first: int, last: int) -> None:
        if self.visible:
            self.dataChanged.emit(self.index(0, first), self.index(len(self.visible) - 1, last))

    # -- QAbstractTableModel ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            field = self.EDITABLE.get(column)
            return getattr(row, field) if field else None
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.id in self.store.pending:
                return QCoreApplication.translate("CapturePage", "Saving…")
            return row.text if column == self.TEXT else None
        if role == Qt.ItemDataRole.FontRole and row.id in self.store.pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self.store.pending:
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VOTES:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and column == self.KIND:
            return QBrush(kind_colour(row.kind))
        return None

    def cell_text(self, row: InputRow, column: int) -> str:
        if column == self.KIND:
            return label(row.kind, self.lang)
        if column == self.TEXT:
            return row.text
        if column == self.ELEMENT:
            return self.element_names.get(row.element_key, "") if row.element_key else ""
        if column == self.SPEAKER:
            return self.store.speaker_name(row.speaker_id)
        if column == self.THEME:
            return self.store.theme_title(row.cluster_id)
        if column == self.VOTES:
            votes = self.store.input_votes.get(row.id, 0)
            return str(votes) if votes else ""
        if column == self.TIME:
            if row.id in self.store.pending:
                return "…"
            return local_clock(row.created_at, self.timezone, with_zone=False)
        return ""

    _CELL = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
             | Qt.ItemFlag.ItemNeverHasChildren)
    _EDITABLE_CELL = _CELL | Qt.ItemFlag.ItemIsEditable

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Called for many cells on every repaint: constants, no flag arithmetic per call.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._EDITABLE_CELL if index.column() in self.EDITABLE else self._CELL

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.EDITABLE.get(index.column())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or field is None:
            return False
        row = self.visible[index.row()]
        value = value or None if field != "text" else value
        if getattr(row, field) == value:
            return False
        self.edit_requested.emit(row.id, field, value)
        return True

    def mimeTypes(self) -> list[str]:
        return [INPUT_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self.visible[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(INPUT_IDS_MIME, json.dumps(ids).encode("utf-8"))
        mime.setText("\n".join(self.store.by_id[i].text for i in ids))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


def dropped_input_ids(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(INPUT_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(INPUT_IDS_MIME)).decode("utf-8"))
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, str)]


_KIND_COLOURS = {
    InputKind.PROBLEM: "#f8d7da", InputKind.POTENTIAL: "#d4edda", InputKind.IDEA: "#fff3cd",
    InputKind.STRENGTH: "#cfe2ff", InputKind.WEAKNESS: "#f8d7da", InputKind.OPPORTUNITY: "#d1e7dd",
    InputKind.THREAT: "#f5c2c7", InputKind.READINESS_STRUCTURE: "#e2e3f3",
    InputKind.READINESS_INFRASTRUCTURE: "#e2e3f3", InputKind.READINESS_SUPERSTRUCTURE: "#e2e3f3",
    InputKind.DECISION: "#d3f9d8", InputKind.QUESTION: "#ffe5d0", InputKind.NOTE: "#eeeeee",
}


def kind_colour(kind: str) -> QColor:
    """A soft colour per kind, like the sticky notes of a real wall."""
    return QColor(_KIND_COLOURS.get(kind, "#eeeeee"))


class ThemeListModel(HeaderedTableModel):
    """The themes of the current pillar with their size and votes; inputs are dropped on them."""

    TITLE, INPUTS, VOTES = range(3)
    NUMERIC_COLUMNS = frozenset({INPUTS, VOTES})

    rename_requested = Signal(str, str)  # theme id, new title
    inputs_dropped = Signal(list, object)  # input ids, theme id (None: a new theme)

    def __init__(self, store: CaptureStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.pillar_key: str | None = None
        self.themes: list = []
        self.sizes: dict[str, int] = {}
        store.reset.connect(self.refresh)
        store.themes_changed.connect(self.refresh)
        store.votes_changed.connect(self.refresh)
        store.updated.connect(self.refresh)
        store.inserted.connect(self.refresh)
        store.removed.connect(self.refresh)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CapturePage", "Theme"),
            QCoreApplication.translate("CapturePage", "Inputs"),
            QCoreApplication.translate("CapturePage", "Votes"),
        )

    def set_pillar(self, pillar_key: str | None) -> None:
        self.pillar_key = pillar_key
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.beginResetModel()
        self.themes = self.store.themes_of(self.pillar_key) if self.pillar_key else []
        ids = {t.id for t in self.themes}
        self.sizes = {}
        for row in self.store.rows:
            if row.cluster_id in ids:
                self.sizes[row.cluster_id] = self.sizes.get(row.cluster_id, 0) + 1
        self.endResetModel()

    def theme_at(self, row: int):
        return self.themes[row]

    def total_votes(self, theme_id: str) -> int:
        """Votes on the theme itself plus on its inputs (the ranking's rule)."""
        members = sum(v for i, v in self.store.input_votes.items()
                      if (r := self.store.by_id.get(i)) is not None and r.cluster_id == theme_id)
        return self.store.theme_votes.get(theme_id, 0) + members

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.themes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        theme = self.themes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self.TITLE:
                return theme.title
            if index.column() == self.INPUTS:
                return str(self.sizes.get(theme.id, 0))
            return str(self.total_votes(theme.id) or "")
        if role == ID_ROLE:
            return theme.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.TITLE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and index.column() == self.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TITLE or role != Qt.ItemDataRole.EditRole:
            return False
        theme = self.themes[index.row()]
        if str(value).strip() and str(value) != theme.title:
            self.rename_requested.emit(theme.id, str(value))
        return False  # the store shows the new title once it is saved

    def mimeTypes(self) -> list[str]:
        return [INPUT_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: AnyIndex) -> bool:
        return data.hasFormat(INPUT_IDS_MIME)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: AnyIndex) -> bool:
        ids = dropped_input_ids(data)
        if not ids:
            return False
        target = self.themes[parent.row()].id if parent.isValid() else None
        self.inputs_dropped.emit(ids, target)
        return False  # nothing for the view to remove: the inputs stay in their list


class BoardModel(QAbstractItemModel):
    """The visible inputs grouped (by element, kind or theme) as a two-level tree."""

    GROUP_BY = ("element", "kind", "theme")

    def __init__(self, inputs: InputListModel, parent: QObject | None = None):
        super().__init__(parent)
        self.inputs = inputs
        self.group_by = "element"
        self.groups: list[tuple[str, list[InputRow]]] = []
        self.active = False
        for signal in (inputs.modelReset, inputs.rowsInserted, inputs.dataChanged):
            signal.connect(self._source_changed)

    def set_active(self, active: bool) -> None:
        """Only rebuilt while shown: a hidden board costs nothing."""
        self.active = active
        if active:
            self.rebuild()

    def set_group_by(self, group_by: str) -> None:
        self.group_by = group_by
        self.rebuild()

    def _source_changed(self, *_: object) -> None:
        if self.active:
            self.rebuild()

    def rebuild(self) -> None:
        source = self.inputs
        if self.group_by == "kind":
            key, name = (lambda r: r.kind), (lambda k: label(k, source.lang))
            order = {k.value: i for i, k in enumerate(InputKind)}
        elif self.group_by == "theme":
            key, name = (lambda r: r.cluster_id or ""), source.store.theme_title
            order = {t.id: i for i, t in enumerate(source.store.themes_of(source.filter.pillar_key or ""))}
        else:
            key, name = (lambda r: r.element_key or ""), (lambda k: source.element_names.get(k, ""))
            order = {k: i for i, k in enumerate(source.element_names)}
        buckets: dict[str, list[InputRow]] = {}
        for row in source.visible:
            buckets.setdefault(key(row), []).append(row)
        none_label = QCoreApplication.translate("CapturePage", "(none)")
        self.beginResetModel()
        self.groups = [(name(k) or none_label, rows)
                       for k, rows in sorted(buckets.items(), key=lambda kv: (kv[0] == "", order.get(kv[0], 99)))]
        self.endResetModel()

    # -- QAbstractItemModel: internalId 0 = a group, n > 0 = a card of group n-1 -------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.groups) else QModelIndex()
        if parent.internalId() == 0 and row < len(self.groups[parent.row()][1]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def row_at(self, index: QModelIndex) -> InputRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            title, rows = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{title} ({len(rows)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = self.groups[index.internalId() - 1][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            speaker = self.inputs.store.speaker_name(row.speaker_id)
            return f"{row.text} — {speaker}" if speaker else row.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(kind_colour(row.kind))
        if role == Qt.ItemDataRole.ToolTipRole:
            return label(row.kind, self.inputs.lang)
        if role == ID_ROLE:
            return row.id
        return None
