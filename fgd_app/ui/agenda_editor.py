"""The agenda editor embedded in the Setup tab (`forms/agenda_editor.ui`).

Keyboard first: Enter/F2 or typing edits the focused cell, Insert adds an item below
the selected one, Ctrl+Up / Ctrl+Down move the selected item (it stays selected, so the
keys can be repeated), and the buttons do the same for the mouse. Rows can also be
dragged. Every change is stored at once; the summary line shows the planned end and the
warning line appears when the timeboxes run past the workshop's end time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from fgd_app.services.agenda import add_agenda_item, delete_agenda_item
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.agenda_model import AgendaDelegate, AgendaModel, hhmm
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import load_form

DEFAULT_MINUTES = 30


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("AgendaEditor", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if hours:
        return QCoreApplication.translate("AgendaEditor", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("AgendaEditor", "{minutes} min").format(minutes=rest)


class AgendaEditor(QObject):
    changed = Signal()  # the agenda was edited (e.g. documents may refresh)

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.feedback = feedback
        self.workshop_id: str | None = None
        self.ui: QWidget = load_form("agenda_editor.ui")
        self.model = AgendaModel(db, feedback, self, lang=i18n.current_language())
        table: QTableView = self.ui.agenda_table
        self.model.dialog_parent = table
        table.setModel(self.model)
        table.setItemDelegate(AgendaDelegate(self.model, table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column, mode in ((AgendaModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents),
                             (AgendaModel.START, QHeaderView.ResizeMode.ResizeToContents),
                             (AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch),
                             (AgendaModel.PILLAR, QHeaderView.ResizeMode.ResizeToContents),
                             (AgendaModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        warning = self.ui.overrun_warning
        warning.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        warning.hide()

        # Shortcuts rather than an event filter: they only fire while the table itself has
        # focus (not inside a cell editor), and a Python event filter left on a widget can
        # crash PySide at interpreter exit.
        for keys, slot in ((QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move_selected(+1)),
                           (QKeySequence(Qt.Key.Key_Insert), self.add_item)):
            shortcut = QShortcut(keys, table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_change)
        self.model.dataChanged.connect(self._after_change)
        self.model.rowsMoved.connect(self._after_change)
        self.ui.add_item_button.clicked.connect(self.add_item)
        self.ui.remove_item_button.clicked.connect(self.remove_item)
        self.ui.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        self.ui.move_down_button.clicked.connect(lambda: self.move_selected(+1))
        self._update_buttons()

    # -- the page's calls --------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.model.set_workshop(workshop_id)
        if self.model.rowCount():
            self.select_row(0)
        self.ui.setEnabled(workshop_id is not None)

    def refresh(self) -> None:
        """The workshop's start or end time changed: recompute planned starts and the warning."""
        self.model.refresh()
        self._after_change()

    def retranslate(self) -> None:
        self.model.set_language(i18n.current_language())
        self._show_summary()

    # -- actions ------------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.ui.agenda_table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = AgendaModel.TITLE) -> None:
        table = self.ui.agenda_table
        index = self.model.index(row, column)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)

    def add_item(self) -> None:
        if self.workshop_id is None:
            return
        row = self.current_row()
        at = row + 1 if row >= 0 else self.model.rowCount()
        title = QCoreApplication.translate("AgendaEditor", "New agenda item")
        item_id = self.feedback.run(self.ui, add_agenda_item, self.db, self.workshop_id, title=title,
                                    planned_minutes=DEFAULT_MINUTES, index=at)
        if item_id is None:
            return
        self.model.set_workshop(self.workshop_id)
        new_row = self.model.row_of(item_id)
        self.select_row(new_row)
        table = self.ui.agenda_table
        table.setFocus()
        table.edit(self.model.index(new_row, AgendaModel.TITLE))  # type the real title at once
        self.changed.emit()

    def remove_item(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        if self.feedback.run(self.ui, delete_agenda_item, self.db, self.model.item_id(row)) is None:
            return
        self.model.set_workshop(self.workshop_id)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.ui.agenda_table.currentIndex().column()
        item_id = self.model.item_id(row)
        if self.model.move_row(row, row + step):
            self.select_row(self.model.row_of(item_id), column)
            self.changed.emit()

    # -- derived texts ------------------------------------------------------------------------------

    def _after_change(self, *_: object) -> None:
        self._show_summary()
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.ui.remove_item_button.setEnabled(row >= 0)
        self.ui.move_up_button.setEnabled(row > 0)
        self.ui.move_down_button.setEnabled(0 <= row < count - 1)

    def _show_summary(self) -> None:
        plan = self.model.plan()
        summary, warning = self.ui.agenda_summary, self.ui.overrun_warning
        if plan is None or not plan.items:
            summary.setText(QCoreApplication.translate(
                "AgendaEditor", "No agenda items yet. Add the sessions with their planned minutes."))
            warning.hide()
            return
        if plan.start_time is None:
            summary.setText(QCoreApplication.translate(
                "AgendaEditor", "{count} items, {duration} in total. Set the start time to see planned times.")
                .format(count=len(plan.items), duration=duration_text(plan.total_minutes)))
        else:
            summary.setText(QCoreApplication.translate(
                "AgendaEditor", "{count} items, {duration} in total: {start}–{end}.")
                .format(count=len(plan.items), duration=duration_text(plan.total_minutes),
                        start=hhmm(plan.start_time), end=hhmm(plan.planned_end)))
        if plan.overruns:
            warning.setText(QCoreApplication.translate(
                "AgendaEditor", "⚠ The agenda runs until {planned}, {late} past the end time ({end}).")
                .format(planned=hhmm(plan.planned_end), late=duration_text(plan.overrun_minutes),
                        end=hhmm(plan.end_time)))
        warning.setVisible(plan.overruns)
