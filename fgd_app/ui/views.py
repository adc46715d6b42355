"""Helpers for item views that every table in the app shares."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from fgd_app.core.text import fold

COLUMN_PADDING = 16  # pixels of air added to each fitted column
FIT_ROWS_SAMPLED = 200  # rows measured per column: fitting 20,000 rows would take seconds


def fit_columns(
    view: QTableView,
    columns: Iterable[int] | None = None,
    *,
    padding: int = COLUMN_PADDING,
    limits: Mapping[int, int] | None = None,
    default_limit: int | None = None,
) -> None:
    """Size `columns` (default: all) to their contents plus `padding`, capped per column.

    Widths are set once per content change rather than with ResizeToContents, which
    leaves text touching the grid and stops people from widening a column themselves.
    """
    count = view.model().columnCount() if view.model() is not None else 0
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS_SAMPLED)
    for column in range(count) if columns is None else columns:
        view.resizeColumnToContents(column)
        width = view.columnWidth(column) + padding
        limit = (limits or {}).get(column, default_limit)
        view.setColumnWidth(column, min(width, limit) if limit else width)


def keep_columns_fitted(view: QTableView, stretch: int) -> None:
    """Fit every column but `stretch` (which takes the remaining width), again whenever the
    rows, their language or the headers change."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setHighlightSections(False)

    def refit(*_: object) -> None:
        others = []
        for column in range(header.count()):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if column != stretch:
                others.append(column)
        fit_columns(view, others)

    model = view.model()
    model.modelReset.connect(refit)
    model.dataChanged.connect(refit)
    model.headerDataChanged.connect(refit)
    refit()


class RefreshWhenShown(QObject):
    """Re-read a panel's data only while someone can see it.

    The capture screen's panels (voting, worksheet, photos) follow every committed
    change; re-reading a hidden one costs time on every Enter for nothing. `request()`
    refreshes at once when the widget is visible, otherwise it remembers, and the
    refresh happens when the widget is shown (its tab comes to the front).
    """

    def __init__(self, widget: QWidget, refresh):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


class WordFilter(QSortFilterProxyModel):
    """Keeps the rows whose `haystack` contains every typed word (case and accents ignored).

    Subclasses say what a row is searched by; typing "kutai bar" or "lung yoh" finds a
    row whatever the order of the words.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []

    def haystack(self, source_row: int) -> str:
        raise NotImplementedError

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is on its way out
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        haystack = fold(self.haystack(source_row))
        return all(word in haystack for word in self._words)
