"""The Participants tab: the list, a form for one participant, counts, import and export.

Layout in `forms/participants_page.ui`. Every edit is written at once through
`Feedback.run` (there is no Save button): typing in the form saves when the field is
left (editingFinished), and name, position, agency and gender can also be edited in
place in the table (F2 or double click).

Add, edit and remove are commands on a `QUndoStack` (Undo/Redo buttons, Ctrl+Z and
Ctrl+Shift+Z while the page has focus). Each command's first write happens before it
is pushed, so a refused value never lands on the stack; undoing a removal restores the
very same participant (same id, references re-pointed) through the service. A command
whose undo or redo is refused (someone changed the data meanwhile) is dropped from the
stack rather than left to fail again.

Adding does not invent a placeholder name: Add empties the form, and the participant
is created as soon as a name is entered (with whatever else was typed already).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLineEdit
import shiboken6

from fgd_app.core.vocab import Gender, label
from fgd_app.services.participants import (
    FIELDS,
    ParticipantRow,
    add_participant,
    counts,
    find_duplicate,
    list_participants,
    remove_participant,
    update_participant,
)
from fgd_app.services.roster_export import default_file_name, export_attendance
from fgd_app.services.workshop_setup import zone_of
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.pages import WorkshopPage
from fgd_app.ui.views import fit_columns
from fgd_app.ui.participant_commands import AddCommand, EditCommand, GenderDelegate, RemoveCommand, gender_choices
from fgd_app.ui.participants_model import ParticipantFilterModel, ParticipantTableModel

EXPORT_DIR_KEY = "ui/participants/export_dir"
TOP_AGENCIES = 8
INVALID_BACKGROUND = QColor("#f8d7da")



def _shorten(text: str, limit: int = 28) -> str:
    """Long agency names cut with an ellipsis, so the counts panel stays narrow."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- the page -------------------------------------------------------------------------------------


class ParticipantsPage(WorkshopPage):
    FORM = "participants_page.ui"

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(db, feedback, parent)
        self.model = ParticipantTableModel(self, lang=i18n.current_language())
        self.proxy = ParticipantFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.undo_stack = QUndoStack(self)
        self.import_dialog = None
        self.zone = "WIB"
        self._editing_id: str | None = None  # the participant in the form
        self._new = False  # the form is collecting a new participant
        self._loading = False
        self.edits: dict[str, QLineEdit] = {
            f: getattr(self.ui, f"{f}_edit") for f in FIELDS if f != "gender"
        }
        self._normal_palette = self.ui.name_edit.palette()
        self._setup()
        self.retranslate()
        self._show_form()

    # -- setup --------------------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        table = ui.participant_table
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(ParticipantTableModel.GENDER, GenderDelegate(table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(ParticipantTableModel.POSITION, QHeaderView.ResizeMode.Stretch)
        self.model.edit_requested.connect(self.edit_field, Qt.ConnectionType.QueuedConnection)
        self.model.modelReset.connect(self._fit_columns)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), ui, self._focus_filter,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        ui.filter_edit.textChanged.connect(self._filter_changed)
        ui.filter_edit.returnPressed.connect(self._filter_done)
        for field, edit in self.edits.items():
            edit.editingFinished.connect(lambda field=field: self._form_field_done(field))
        ui.gender_combo.activated.connect(lambda _index: self._form_field_done("gender"))

        ui.add_button.clicked.connect(self.add)
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.undo_button.clicked.connect(self.undo_stack.undo)
        ui.redo_button.clicked.connect(self.undo_stack.redo)
        ui.import_button.clicked.connect(self.open_import)
        ui.export_button.clicked.connect(self.export_attendance)
        self.undo_stack.indexChanged.connect(self._show_undo_state)
        self.undo_stack.cleanChanged.connect(self._show_undo_state)
        self._show_undo_state()

        self.undo_action = self._page_action(self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._page_action(self.undo_stack.redo, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")

        ui.participants_splitter.setSizes([730, 360])  # the main window restores what people chose

    def _show_undo_state(self, *_: object) -> None:
        # The stack outlives the widgets by a moment when the page is torn down (it clears
        # itself, emitting, in its destructor): only touch the buttons while they exist.
        if not shiboken6.isValid(self.ui):
            return
        stack, ui = self.undo_stack, self.ui
        ui.undo_button.setEnabled(stack.canUndo())
        ui.redo_button.setEnabled(stack.canRedo())
        ui.undo_button.setToolTip(stack.undoText())
        ui.redo_button.setToolTip(stack.redoText())

    def _page_action(self, slot, standard: QKeySequence.StandardKey, *extra: str) -> QAction:
        """A shortcut that works anywhere on this page (not on the other tabs)."""
        action = QAction(self.ui)
        keys = list(QKeySequence.keyBindings(standard)) + [QKeySequence(k) for k in extra]
        action.setShortcuts(list(dict.fromkeys(keys)))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.ui.addAction(action)
        return action

    def _fit_columns(self) -> None:
        table = self.ui.participant_table
        limits = {ParticipantTableModel.NAME: 220, ParticipantTableModel.INSTITUTION: 170,
                  ParticipantTableModel.GENDER: 60, ParticipantTableModel.PRESENT: 80}
        fit_columns(table, limits, limits=limits)

    # -- workshop and reloading -------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        super().set_workshop(workshop_id)
        self.undo_stack.clear()
        self.zone = zone_of(self.db, workshop_id) if workshop_id else "WIB"
        self._new = False
        self.reload()
        table = self.ui.participant_table
        if self.proxy.rowCount():
            table.selectRow(0)

    def activated(self) -> None:
        """Back on this tab: re-read (check-ins happen elsewhere) but keep selection and undo history."""
        if self.workshop_id is not None:
            self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Read the list again, keeping (or moving) the selection; refresh the counts."""
        keep = select_id or self.selected_id()
        rows = list_participants(self.db, self.workshop_id) if self.workshop_id else []
        self.model.set_rows(rows, self.zone)
        if keep and not self.select(keep) and select_id and self.ui.filter_edit.text():
            self.ui.filter_edit.clear()  # the filter hid the row just added or restored: show it
            self.select(keep)
        self._refresh_counts()
        self._show_form()

    def changed(self, select_id: str | None = None) -> None:
        """After any write: reload, and tell the main window the workshop changed."""
        if select_id is None:
            row = self._selected_proxy_row()
            self.reload()
            if row >= 0 and self.proxy.rowCount():
                self.ui.participant_table.selectRow(min(row, self.proxy.rowCount() - 1))
        else:
            self.reload(select_id=select_id)
        self.workshop_changed.emit()

    def select(self, participant_id: str) -> bool:
        source = self.model.row_of(participant_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        table = self.ui.participant_table
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)
        return True

    def selected_id(self) -> str | None:
        row = self._selected_proxy_row()
        if row < 0:
            return None
        return self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id

    def selected_row(self) -> ParticipantRow | None:
        pid = self.selected_id()
        return self.model.row_at(self.model.row_of(pid)) if pid else None

    def _selected_proxy_row(self) -> int:
        rows = self.ui.participant_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self, *_: object) -> None:
        if self.selected_id() is not None:
            self._new = False
        self._show_form()

    # -- filter -----------------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.selected_id() is None and self.proxy.rowCount():
            self.ui.participant_table.selectRow(0)
        self._show_form()

    def _filter_done(self) -> None:
        table = self.ui.participant_table
        if self.proxy.rowCount() and self.selected_id() is None:
            table.selectRow(0)
        table.setFocus()

    def _focus_filter(self) -> None:
        self.ui.filter_edit.setFocus()
        self.ui.filter_edit.selectAll()

    # -- the form ---------------------------------------------------------------------------------

    def _show_form(self) -> None:
        """Fill the form from the selected participant, or empty for a new one, or disable it."""
        ui = self.ui
        row = None if self._new else self.selected_row()
        self._editing_id = row.id if row else None
        enabled = self.workshop_id is not None and (self._new or row is not None)
        self._loading = True
        try:
            for field, edit in self.edits.items():
                edit.setText(getattr(row, field) if row else "")
                edit.setCursorPosition(0)  # show the start of long positions, not the end
                edit.setPalette(self._normal_palette)
                edit.setEnabled(enabled)
            ui.gender_combo.setCurrentIndex(max(0, ui.gender_combo.findData((row.gender if row else "") or "")))
            ui.gender_combo.setEnabled(enabled)
        finally:
            self._loading = False
        if self._new:
            ui.details_group.setTitle(QCoreApplication.translate("ParticipantsPage", "New participant"))
            ui.details_hint.setText(QCoreApplication.translate("ParticipantsPage", "Type the name first: the participant is saved as soon as it has one."))
        elif row is not None:
            ui.details_group.setTitle(QCoreApplication.translate("ParticipantsPage", "Participant"))
            ui.details_hint.setText(QCoreApplication.translate("ParticipantsPage", "Changes are saved when you leave a field."))
        else:
            ui.details_group.setTitle(QCoreApplication.translate("ParticipantsPage", "Participant"))
            ui.details_hint.setText(QCoreApplication.translate("ParticipantsPage", "Select a participant, or press Add to register a new one."))
        ui.present_value.setText(self._present_text(row))
        has_selection = row is not None
        ui.edit_button.setEnabled(has_selection)
        ui.remove_button.setEnabled(has_selection)
        for button in (ui.add_button, ui.import_button, ui.export_button):
            button.setEnabled(self.workshop_id is not None)

    def _present_text(self, row: ParticipantRow | None) -> str:
        if row is None:
            return ""
        if row.checked_in_at is None:
            return QCoreApplication.translate("ParticipantsPage", "not checked in")
        text = self.model.present_text(row, with_zone=True)
        return text + (" · " + QCoreApplication.translate("ParticipantsPage", "signed") if row.signed else "")

    def _form_value(self, field: str) -> str:
        if field == "gender":
            return self.ui.gender_combo.currentData() or ""
        return self.edits[field].text()

    def _form_field_done(self, field: str) -> None:
        if self._loading or self.workshop_id is None:
            return
        if self._new:
            if field == "name" and self._form_value("name").strip():
                self._create_from_form()
            return
        if self._editing_id is not None:
            saved = self.edit_field(self._editing_id, field, self._form_value(field))
            if field != "gender":
                self.edits[field].setPalette(self._normal_palette if saved else self._invalid_palette())

    def _invalid_palette(self) -> QPalette:
        palette = QPalette(self._normal_palette)
        palette.setColor(QPalette.ColorRole.Base, INVALID_BACKGROUND)
        palette.setColor(QPalette.ColorRole.Text, QColor("#212529"))
        return palette

    def _create_from_form(self) -> None:
        fields = {f: self._form_value(f) for f in FIELDS if self._form_value(f).strip()}
        pid = self.feedback.run(self.ui, add_participant, self.db, self.workshop_id, **fields)
        if pid is None:
            return
        self._new = False
        name = " ".join(fields["name"].split())
        self.undo_stack.push(AddCommand(self, pid, name))
        self.changed(select_id=pid)
        if find_duplicate(self.db, self.workshop_id, fields["name"], fields.get("institution", ""), exclude_id=pid):
            self.feedback.info(QCoreApplication.translate("ParticipantsPage", "Saved. Note: someone with the same name and agency is already in the list."))

    # -- actions ----------------------------------------------------------------------------------

    def add(self) -> None:
        """Empty the form for a new participant and put the cursor in the name field."""
        if self.workshop_id is None:
            return
        self._new = True
        self.ui.participant_table.clearSelection()
        self._show_form()
        self.ui.name_edit.setFocus()

    def edit_selected(self) -> None:
        if self.selected_id() is None:
            return
        self.ui.name_edit.setFocus()
        self.ui.name_edit.selectAll()

    def edit_field(self, participant_id: str, field: str, value: object) -> bool:
        """Write one field now (from the table or the form); True when stored."""
        at = self.model.row_of(participant_id)
        if at < 0:
            return False
        before = self.model.row_at(at)
        old = getattr(before, field) or ""
        if (value or "") == old:
            return True
        row = self.feedback.run(self.ui, update_participant, self.db, participant_id, **{field: value})
        if row is None:
            return False
        new = getattr(row, field) or ""
        if new != old:
            self.undo_stack.push(EditCommand(self, participant_id, field, old, new, row.name))
        self.model.replace_row(row)
        if participant_id == self._editing_id and not self._new:
            self._loading = True
            try:
                if field == "gender":
                    self.ui.gender_combo.setCurrentIndex(max(0, self.ui.gender_combo.findData(new)))
                else:
                    self.edits[field].setText(new)
                    self.edits[field].setCursorPosition(0)
            finally:
                self._loading = False
        self._refresh_counts()
        self.workshop_changed.emit()
        return True

    def remove_selected(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        removal = self.feedback.run(self.ui, remove_participant, self.db, pid)
        if removal is None:
            return
        self.undo_stack.push(RemoveCommand(self, removal))
        self.changed(select_id=None)
        self.feedback.info(QCoreApplication.translate("ParticipantsPage", "Removed {name}. Ctrl+Z brings them back.").format(name=removal.record["name"]))

    def open_import(self) -> None:
        from fgd_app.ui.import_dialog import ImportDialog

        if self.workshop_id is None:
            return
        dialog = ImportDialog(self.db, self.workshop_id, self.feedback, self.ui)
        dialog.imported.connect(lambda _report: self.changed(select_id=self.selected_id()))
        dialog.ui.finished.connect(lambda _result: self._import_closed(dialog))
        self.import_dialog = dialog
        dialog.start()

    def _import_closed(self, dialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.ui.deleteLater()

    def export_attendance(self) -> Path | None:
        if self.workshop_id is None:
            return None
        settings = QSettings()
        folder = Path(str(settings.value(EXPORT_DIR_KEY, str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(
            self.ui, QCoreApplication.translate("ParticipantsPage", "Export attendance list"), str(folder / default_file_name(self.db, self.workshop_id)),
            QCoreApplication.translate("ParticipantsPage", "CSV files for Excel (*.csv)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        written = self.feedback.run(self.ui, export_attendance, self.db, self.workshop_id, path)
        if written is None:
            return None
        settings.setValue(EXPORT_DIR_KEY, str(path.parent))
        self.feedback.info(QCoreApplication.translate("ParticipantsPage", "Attendance list saved: {path}").format(path=path))
        return written

    # -- counts and language ----------------------------------------------------------------------

    def _refresh_counts(self) -> None:
        ui = self.ui
        if self.workshop_id is None:
            ui.summary_label.clear()
            ui.counts_label.clear()
            return
        c = counts(self.db, self.workshop_id)
        ui.summary_label.setText(QCoreApplication.translate("ParticipantsPage", "{total} participants · {present} present").format(
            total=c.total, present=c.present))
        lang = i18n.current_language()

        def line(caption: str, total: int, present: int) -> str:
            return (f"<tr><td>{html.escape(caption)}</td><td align='right'>&nbsp;{total}</td>"
                    f"<td align='right'>&nbsp;{present}</td></tr>")

        registered, present = QCoreApplication.translate("ParticipantsPage", "registered"), QCoreApplication.translate("ParticipantsPage", "present")
        rows = [
            f"<tr><th></th><th align='right'>&nbsp;{html.escape(registered)}</th>"
            f"<th align='right'>&nbsp;{html.escape(present)}</th></tr>",
            line(QCoreApplication.translate("ParticipantsPage", "All"), c.total, c.present),
            line(label(Gender.MALE, lang), c.by_gender["L"], c.present_by_gender["L"]),
            line(label(Gender.FEMALE, lang), c.by_gender["P"], c.present_by_gender["P"]),
        ]
        if c.by_gender[""]:
            rows.append(line(QCoreApplication.translate("ParticipantsPage", "Gender not recorded"), c.by_gender[""], c.present_by_gender[""]))
        if c.by_institution:
            heading = QCoreApplication.translate("ParticipantsPage", "Largest agencies")
            if len(c.by_institution) > TOP_AGENCIES:
                heading = QCoreApplication.translate("ParticipantsPage", "Largest agencies (of {count})").format(count=len(c.by_institution))
            rows.append(f"<tr><td colspan='3'><br><b>{html.escape(heading)}</b></td></tr>")
            rows += [line(_shorten(a.name) or QCoreApplication.translate("ParticipantsPage", "(no agency)"), a.total, a.present)
                     for a in c.by_institution[:TOP_AGENCIES]]
        text = f"<table cellspacing='2'>{''.join(rows)}</table>"
        ui.counts_label.setText(text)

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.model.set_language(lang)
        combo = self.ui.gender_combo
        current = combo.currentData()
        combo.clear()
        for text, value in gender_choices(lang):
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current or "")))
        self.undo_action.setText(QCoreApplication.translate("ParticipantsPage", "Undo"))
        self.redo_action.setText(QCoreApplication.translate("ParticipantsPage", "Redo"))
        self._refresh_counts()
        self._show_form()
        if self.import_dialog is not None:
            self.import_dialog.retranslate()
