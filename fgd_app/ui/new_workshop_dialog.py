"""Asking for the three things a workshop cannot exist without: regency, title, date.

`ask_new_workshop` creates a workshop (`forms/new_workshop_dialog.ui`); everything else
has defaults and is filled in on the Setup tab. `ask_duplicate` reuses the same form to
make the next workshop from an existing one: the regency is fixed (participants and
letterhead belong to it), the title and date are proposed from the source, and one
check box decides whether the participant list comes along.

OK stays disabled until the entries are valid, and the write goes through
`Feedback.run`: a refusal is explained and the dialog stays open with what was typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from fgd_app.core.dates import long_date
from fgd_app.core.limits import EARLIEST_DATE, LATEST_DATE
from fgd_app.services.workshop_setup import create_workshop, duplicate_workshop, get_workshop, regencies
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import load_form
from fgd_app.ui.regency_picker import RegencyPicker


class NewWorkshopDialog(QObject):
    """Controller of the dialog; `self.ui` is the QDialog. `duplicate_of` switches to duplicating."""

    def __init__(self, db: Database, feedback: Feedback, parent: QWidget | None = None,
                 duplicate_of: str | None = None):
        super().__init__()
        self.db = db
        self.feedback = feedback
        self.duplicate_of = duplicate_of
        self.created_id: str | None = None
        self.ui: QDialog = load_form("new_workshop_dialog.ui", parent)
        self.setParent(self.ui)  # the controller lives exactly as long as its dialog
        ui = self.ui
        self.regency = RegencyPicker(ui.regency_combo, ui.regency_details, regencies(db), self)
        ui.date_edit.setDateRange(QDate(EARLIEST_DATE), QDate(LATEST_DATE))
        ui.date_edit.setDate(QDate(min(max(dt.date.today(), EARLIEST_DATE), LATEST_DATE)))
        self.ok_button = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if duplicate_of is None:
            ui.copy_participants_check.hide()
        else:
            self._prefill_from(duplicate_of)

        self.regency.chosen.connect(self._validate)
        ui.regency_combo.lineEdit().textEdited.connect(self._validate)
        ui.title_edit.textChanged.connect(self._validate)
        ui.date_edit.dateChanged.connect(self._date_changed)
        ui.button_box.accepted.connect(self._accept)
        ui.button_box.rejected.connect(ui.reject)
        self._date_changed()
        ui.resize(max(ui.width(), 640), ui.sizeHint().height())

    def _prefill_from(self, workshop_id: str) -> None:
        ui = self.ui
        source = get_workshop(self.db, workshop_id)
        ui.setWindowTitle(QCoreApplication.translate("NewWorkshopDialog", "Duplicate as template"))
        ui.intro_label.setText(QCoreApplication.translate(
            "NewWorkshopDialog",
            "A new planned workshop with this one's setup, letterhead and agenda. Nothing that was said, voted "
            "or decided is copied. Give it its own title and date."))
        self.regency.set_code(source.regency_code)
        ui.regency_combo.setEnabled(False)
        ui.title_edit.setText(source.title)
        ui.date_edit.setDate(QDate(source.held_on))
        ui.title_edit.setFocus()
        ui.title_edit.selectAll()

    # -- validation ---------------------------------------------------------------------------

    def is_valid(self) -> bool:
        typed = self.ui.regency_combo.currentText().strip()
        chosen = self.regency.code() is not None and typed == self.ui.regency_combo.itemText(
            self.ui.regency_combo.currentIndex())
        return chosen and bool(self.ui.title_edit.text().strip()) and self.ui.date_edit.date().isValid()

    def _validate(self, *_: object) -> None:
        self.ok_button.setEnabled(self.is_valid())

    def _date_changed(self, *_: object) -> None:
        self.ui.long_date_label.setText(long_date(self.ui.date_edit.date().toPython(), i18n.current_language()))
        self._validate()

    # -- creating ------------------------------------------------------------------------------

    def _accept(self) -> None:
        if not self.is_valid():
            return
        ui = self.ui
        title, held_on = ui.title_edit.text(), ui.date_edit.date().toPython()
        if self.duplicate_of is None:
            created = self.feedback.run(ui, create_workshop, self.db, regency_code=self.regency.code(), title=title,
                                        held_on=held_on)
        else:
            created = self.feedback.run(ui, duplicate_workshop, self.db, self.duplicate_of, title=title,
                                        held_on=held_on, with_participants=ui.copy_participants_check.isChecked())
        if created:
            self.created_id = created
            ui.accept()

    def exec(self) -> str | None:
        """Show the dialog modally; the new workshop's id, or None when cancelled."""
        self.ui.exec()
        return self.created_id


def ask_new_workshop(parent: QWidget | None, db: Database, feedback: Feedback) -> str | None:
    """Ask for regency, title and date; create the workshop and return its id (None: cancelled)."""
    dialog = NewWorkshopDialog(db, feedback, parent)
    try:
        return dialog.exec()
    finally:
        dialog.ui.deleteLater()


def ask_duplicate(parent: QWidget | None, db: Database, feedback: Feedback, workshop_id: str) -> str | None:
    """Ask for the copy's title and date; duplicate `workshop_id` and return the new id (None: cancelled)."""
    dialog = NewWorkshopDialog(db, feedback, parent, duplicate_of=workshop_id)
    try:
        return dialog.exec()
    finally:
        dialog.ui.deleteLater()
