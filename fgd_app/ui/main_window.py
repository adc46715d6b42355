"""The main window: the list of workshops and one workshop's overview.

The widget tree comes from `forms/main_window.ui` (held as `self.ui`); this class only
wires it to the services. `MainWindow` is a QObject so it can own the models and
filter the window's events (closing, language changes) without subclassing the
loaded QMainWindow.

Texts have two owners, and they must not overlap:
- strings written in the .ui file are retranslated by the form loader itself;
- strings this module sets (workshop title and details, status messages, dialogs,
  model headers) are rebuilt by `retranslate()` on every LanguageChange.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from fgd_app import __version__
from fgd_app.core.dates import long_date
from fgd_app.core.vocab import label
from fgd_app.errors import UserError
from fgd_app.services.workshops import WorkshopSummary, list_workshops
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import emphasize, load_form
from fgd_app.ui.pages import WorkshopPage
from fgd_app.ui.views import keep_columns_fitted
from fgd_app.ui.models import WorkshopTableModel

GEOMETRY_KEY = "ui/main_window/geometry"
SPLITTER_KEY = "ui/splitters"
DEFAULT_SIZE = (1100, 700)
STATUS_TIMEOUT_MS = 8000
GO_SECTIONS = ("setup", "participants", "checkin", "capture", "documents", "sync")  # Alt+1 .. Alt+6


class MainWindow(QObject):
    """Controller of the main window; `self.ui` is the QMainWindow loaded from the form."""

    restore_requested = Signal(object)  # the snapshot chosen; `ui.app.AppSession` restores it

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.ui: QMainWindow = load_form("main_window.ui")
        self.workshops = WorkshopTableModel(self, lang=i18n.current_language())
        self._current: WorkshopSummary | None = None
        self.feedback = Feedback(self)
        self.pages: list[WorkshopPage] = []  # built when the first workshop opens (see _ensure_pages)
        self._page_by_tab: dict = {}
        self._setup_widgets()
        self._connect()
        self._restore_geometry()
        self.retranslate()
        self.refresh()

    # -- setup ---------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        for heading in (ui.workshops_heading, ui.workshop_title):
            emphasize(heading, 1.5)
        ui.workshop_table.setModel(self.workshops)
        keep_columns_fitted(ui.workshop_table, stretch=WorkshopTableModel.TITLE)
        ui.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        lang_action = ui.action_language_en if i18n.current_language() == "en" else ui.action_language_id
        lang_action.setChecked(True)
        if self.db.read_only:  # a damaged database opened to look and export (see ui.app)
            self.read_only_label = QLabel()
            self.read_only_label.setStyleSheet("color: white; background: #b3261e; padding: 2px 8px;")
            ui.status_bar.addPermanentWidget(self.read_only_label)

    def _ensure_pages(self) -> None:
        """Build the workshop tabs' page controllers on first use.

        Not at start-up: the first screen is the workshop list, and building the pages
        (forms, the 514-regency picker) would add ~60% to the time to first paint.
        """
        if self.pages:
            return
        from fgd_app.ui.capture_page import CapturePage
        from fgd_app.ui.checkin_page import CheckinPage
        from fgd_app.ui.documents_page import DocumentsPage
        from fgd_app.ui.participants_page import ParticipantsPage
        from fgd_app.ui.setup_page import SetupPage
        from fgd_app.ui.sync_page import SyncPage

        pages = []
        for page_class, tab in ((SetupPage, self.ui.setup_tab), (ParticipantsPage, self.ui.participants_tab),
                                (CheckinPage, self.ui.checkin_tab), (CapturePage, self.ui.capture_tab),
                                (DocumentsPage, self.ui.documents_tab), (SyncPage, self.ui.sync_tab)):
            page = page_class(self.db, self.feedback, self)
            # These screens manage their own space (lists scroll themselves).
            own_space = page_class in (CapturePage, DocumentsPage, SyncPage)
            tab.layout().addWidget(page.ui if own_space else _scrollable(page.ui))
            page.workshop_changed.connect(self._workshop_changed)
            tab.setFocusProxy(page.ui)  # switching to the tab lands in the page's first field
            self._page_by_tab[tab] = page
            pages.append(page)
        pages[0].workshop_created.connect(self._open_new_workshop)  # "Duplicate as template…"
        self._page_by_tab[self.ui.sync_tab].data_replaced.connect(self._data_replaced)  # an import, a decision
        self.pages = pages
        self._restore_splitters()
        self.retranslate()

    def _connect(self) -> None:
        ui = self.ui
        self.feedback.message.connect(lambda text: ui.status_bar.showMessage(text, STATUS_TIMEOUT_MS))
        ui.new_button.clicked.connect(self.new_workshop)
        ui.action_new_workshop.triggered.connect(self.new_workshop)
        ui.action_go_workshops.triggered.connect(self.show_workshops)
        for name in GO_SECTIONS:
            tab = getattr(ui, f"{name}_tab")
            getattr(ui, f"action_go_{name}").triggered.connect(lambda _=False, t=tab: self.show_tab(t))
        ui.workshop_tabs.currentChanged.connect(self._tab_changed)
        # `activated` is the platform's "open this": Enter/Return, or a double click.
        ui.workshop_table.activated.connect(self.open_workshop)
        ui.workshop_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.open_button.clicked.connect(lambda: self.open_workshop())
        ui.demo_button.clicked.connect(self.create_demo)
        ui.back_button.clicked.connect(self.show_workshops)
        ui.action_demo.triggered.connect(self.create_demo)
        ui.action_quit.triggered.connect(self.close)
        ui.action_backup_now.triggered.connect(self.back_up_now)
        ui.action_restore_backup.triggered.connect(self.choose_backup)
        ui.action_about.triggered.connect(self.show_about)
        ui.action_language_id.triggered.connect(lambda: self.set_language("id"))
        ui.action_language_en.triggered.connect(lambda: self.set_language("en"))

    def _restore_geometry(self) -> None:
        settings = QSettings()
        saved = settings.value(GEOMETRY_KEY)
        if not saved or not self.ui.restoreGeometry(saved):
            self.ui.resize(*DEFAULT_SIZE)
        self._restore_splitters()

    def _restore_splitters(self) -> None:
        settings = QSettings()
        for splitter in self._splitters():  # every page's splitters, by object name
            state = settings.value(f"{SPLITTER_KEY}/{splitter.objectName()}")
            if state:
                splitter.restoreState(state)

    def save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.ui.saveGeometry())
        for splitter in self._splitters():
            settings.setValue(f"{SPLITTER_KEY}/{splitter.objectName()}", splitter.saveState())

    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.ui.findChildren(QSplitter) if s.objectName()]

    def show(self) -> None:
        # The filter lives exactly while the window is open: a Python event filter
        # still installed when the interpreter tears the widgets down crashes PySide
        # at exit (seen with 6.12), so closing the window removes it again.
        self.ui.installEventFilter(self)
        self.ui.show()

    def close(self) -> None:
        """Close the window (saving its geometry); safe to call when already closed."""
        if self.ui.isVisible():
            self.ui.close()
        self.ui.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:  # never ignored: queued writes are finished first
                for page in self.pages:
                    page.shutdown()
                self.save_geometry()
                self.ui.removeEventFilter(self)
        return super().eventFilter(watched, event)

    # -- workshop list ---------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list from the database, keeping (or moving) the selection."""
        selected = self.selected_workshop()
        keep = select_id or (selected.id if selected else None)
        self.workshops.set_rows(list_workshops(self.db))
        row = self.workshops.row_of(keep) if keep else -1
        if row < 0 and self.workshops.rowCount():
            row = 0  # something is always selected, so Enter opens a workshop at once
        if row >= 0:
            self.ui.workshop_table.selectRow(row)
        self.ui.empty_hint.setVisible(self.workshops.rowCount() == 0)
        self._update_buttons()

    def selected_workshop(self) -> WorkshopSummary | None:
        rows = self.ui.workshop_table.selectionModel().selectedRows()
        return self.workshops.workshop_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        self.ui.open_button.setEnabled(self.selected_workshop() is not None)

    def create_demo(self) -> None:
        from fgd_app.services.demo import ensure_demo

        failure: UserError | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second of writing
        try:
            workshop_id, created = ensure_demo(self.db)
        except UserError as err:
            failure = err
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            QMessageBox.warning(self.ui, QCoreApplication.translate("MainWindow", "Demo workshop"),
                                failure.message(i18n.current_language()))
            return
        self.show_workshops()
        self.refresh(select_id=workshop_id)
        if created:
            message = QCoreApplication.translate("MainWindow", "Demo workshop created.")
        else:
            message = QCoreApplication.translate("MainWindow", "The demo workshop already exists; it is selected.")
        self.ui.status_bar.showMessage(message, STATUS_TIMEOUT_MS)

    # -- one workshop ----------------------------------------------------------------------

    def open_workshop(self, index: QModelIndex | None = None) -> None:
        """Show the workshop at `index` (from the view) or the selected one (button)."""
        if index is not None and index.isValid():
            workshop = self.workshops.workshop_at(index.row())
        else:
            workshop = self.selected_workshop()
        if workshop is None:
            return
        self._current = workshop
        self._ensure_pages()
        for page in self.pages:
            page.set_workshop(workshop.id)
        self._show_workshop_texts()
        self.ui.page_stack.setCurrentWidget(self.ui.workshop_page)
        self._set_go_actions_enabled(True)
        self.ui.workshop_tabs.currentWidget().setFocus()
        self.ui.status_bar.showMessage(
            QCoreApplication.translate("MainWindow", "Opened: {title}").format(title=workshop.title),
            STATUS_TIMEOUT_MS,
        )

    def show_workshops(self) -> None:
        self.ui.page_stack.setCurrentWidget(self.ui.workshops_page)
        self._set_go_actions_enabled(False)
        self.ui.workshop_table.setFocus()

    def show_tab(self, tab) -> None:
        """Bring one section of the open workshop to the front (Go menu, Alt+1..6)."""
        if self._current is None:
            return
        self.ui.page_stack.setCurrentWidget(self.ui.workshop_page)
        self.ui.workshop_tabs.setCurrentWidget(tab)

    def _set_go_actions_enabled(self, enabled: bool) -> None:
        for name in GO_SECTIONS:
            getattr(self.ui, f"action_go_{name}").setEnabled(enabled)

    def _tab_changed(self, _index: int) -> None:
        if self._current is None:
            return
        tab = self.ui.workshop_tabs.currentWidget()
        if tab in self._page_by_tab:
            self._page_by_tab[tab].activated()

    def _workshop_changed(self) -> None:
        """A page changed what the list and the header show (title, date, counts)."""
        self.refresh(select_id=self._current.id if self._current else None)
        if self._current is not None:
            row = self.workshops.row_of(self._current.id)
            self._current = self.workshops.workshop_at(row) if row >= 0 else self._current
            self._show_workshop_texts()

    def _data_replaced(self) -> None:
        """Sync changed rows under the pages: the list and header now; the capture screen's
        inputs at once (its other data, and the other tabs, re-read when they come forward)."""
        self._workshop_changed()
        self._page_by_tab[self.ui.capture_tab].reload()

    def new_workshop(self) -> None:
        from fgd_app.ui.new_workshop_dialog import ask_new_workshop

        workshop_id = ask_new_workshop(self.ui, self.db, self.feedback)
        if workshop_id is not None:
            self._open_new_workshop(workshop_id)

    def _open_new_workshop(self, workshop_id: str) -> None:
        """Show a workshop just made (new or duplicated) on its Setup tab."""
        self.refresh(select_id=workshop_id)
        row = self.workshops.row_of(workshop_id)
        if row >= 0:
            self.open_workshop(self.workshops.index(row, 0))
            self.show_tab(self.ui.setup_tab)

    def current_workshop(self) -> WorkshopSummary | None:
        """The workshop on the overview page (None while the list is shown)."""
        on_page = self.ui.page_stack.currentWidget() is self.ui.workshop_page
        return self._current if on_page else None

    def _show_workshop_texts(self) -> None:
        w = self._current
        if w is None:
            return
        lang = i18n.current_language()
        self.ui.workshop_title.setText(w.title)
        lines = [
            QCoreApplication.translate("MainWindow", "{regency}, {province} province").format(
                regency=w.regency_name, province=w.province_name),
            f"{long_date(w.held_on, lang)} ({w.timezone})",
            QCoreApplication.translate("MainWindow", "Stage: {stage} · Status: {status}").format(
                stage=label(w.stage, lang), status=label(w.status, lang)),
            QCoreApplication.translate("MainWindow", "Participants: {participants} · Inputs: {inputs}").format(
                participants=w.participants, inputs=w.inputs),
        ]
        self.ui.workshop_details.setText("  ·  ".join(lines))  # one line: the tabs get the height

    # -- language and help -----------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface language now; the choice is kept for the next start."""
        effective = i18n.set_language(lang)
        (self.ui.action_language_en if effective == "en" else self.ui.action_language_id).setChecked(True)
        self.retranslate()  # the form itself follows when Qt delivers LanguageChange
        self.ui.status_bar.showMessage(
            QCoreApplication.translate("MainWindow", "Interface language: English")
            if effective == "en" else
            QCoreApplication.translate("MainWindow", "Interface language: Indonesian"),
            STATUS_TIMEOUT_MS,
        )

    def retranslate(self) -> None:
        """Re-set every text this class owns in the current language."""
        lang = i18n.current_language()
        self.workshops.set_language(lang)
        if self.db.read_only:
            self.read_only_label.setText(QCoreApplication.translate(
                "MainWindow", "Read-only: the database is damaged, nothing can be saved"))
            self.ui.setWindowTitle(QCoreApplication.translate("MainWindow", "fgd-app (read-only)"))
        for page in getattr(self, "pages", ()):
            page.retranslate()
        self._show_workshop_texts()

    def back_up_now(self) -> None:
        from fgd_app.store.backups import snapshot

        try:
            path = snapshot(self.db.path, "manual")
        except UserError as err:
            QMessageBox.warning(self.ui, QCoreApplication.translate("MainWindow", "Back up now"),
                                err.message(i18n.current_language()))
            return
        self.feedback.message.emit(QCoreApplication.translate("MainWindow", "Backup saved: {path}").format(path=path))

    def choose_backup(self) -> None:
        from fgd_app.ui.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.db.path, self.ui, damaged=self.db.read_only)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_requested.emit(dialog.chosen)

    def show_about(self) -> None:
        purpose = QCoreApplication.translate(
            "MainWindow", "Offline tool for facilitators of Smart City focus group discussions.")
        from fgd_app.logs import LOG_FILE
        from fgd_app.paths import log_dir

        location = QCoreApplication.translate("MainWindow", "Data location:")
        log_label = QCoreApplication.translate("MainWindow", "Log file:")
        text = (
            f"<h3>fgd-app {html.escape(__version__)}</h3>"
            f"<p>{html.escape(purpose)}</p>"
            f"<p>{html.escape(location)}<br><code>{html.escape(str(self.db.path.resolve()))}</code></p>"
            f"<p>{html.escape(log_label)}<br><code>{html.escape(str(log_dir() / LOG_FILE))}</code></p>"
        )
        QMessageBox.about(self.ui, QCoreApplication.translate("MainWindow", "About fgd-app"), text)


def _scrollable(page: QWidget) -> QScrollArea:
    """Host a page so small laptop screens scroll it instead of forcing a tall window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    area.setFocusProxy(page)
    return area
