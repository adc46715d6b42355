"""What every tab of the workshop view has in common.

A page is a controller (`QObject`) holding its widget tree loaded from `forms/<form>`
by composition, as `MainWindow` does. The main window puts `page.ui` into its tabs,
tells the page which workshop is open, and forwards language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from fgd_app.store.database import Database
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import load_form


class WorkshopPage(QObject):
    FORM = ""  # file name in forms/, set by subclasses

    # The workshop's summary (title, date, counts) changed: the main window refreshes its list.
    workshop_changed = Signal()

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.feedback = feedback
        self.workshop_id: str | None = None
        self.ui: QWidget = load_form(self.FORM)

    def set_workshop(self, workshop_id: str | None) -> None:
        """Show `workshop_id` (None: nothing open). Subclasses reload their widgets."""
        self.workshop_id = workshop_id

    def activated(self) -> None:
        """The page's tab came to the front: show fresh data, since another tab may have
        changed it (a check-in shows up under Participants). Reloading is cheap here."""
        if self.workshop_id is not None:
            self.set_workshop(self.workshop_id)

    def shutdown(self) -> None:
        """The window is closing: finish anything still being written."""

    def retranslate(self) -> None:
        """Re-set texts the code owns (the form's own texts follow by themselves)."""
