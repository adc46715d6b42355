"""The Capture tab: pillar by pillar, what the room says, voted on and turned into plans.

Layout (forms/capture_page.ui): the agenda timer and presenter controls on top; the
pillars and their elements on the left; the quick-entry line; then sub-tabs for the
inputs (list or board, with themes), voting, the masterplan worksheet and photos.

All panels share one `CaptureContext` (writer thread, undo stack, current pillar);
the inputs live in a `CaptureStore` so typing and filtering never wait on the disk.
"""

from __future__ import annotations

from collections import Counter

import shiboken6

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem

from fgd_app.core.vocab import InputKind, label
from fgd_app.services import capture, catalogue
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.capture_context import CaptureContext
from fgd_app.ui.capture_models import ID_ROLE, NO_ELEMENT, BoardModel, InputListModel, ThemeListModel
from fgd_app.ui.capture_store import CaptureStore
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.input_actions import InputActions
from fgd_app.ui.pages import WorkshopPage
from fgd_app.ui.quick_entry import QuickEntry

ALL = None  # filter value: everything


class CapturePage(WorkshopPage):
    FORM = "capture_page.ui"

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(db, feedback, parent)
        self.ctx = CaptureContext(db, feedback, self)
        self.ctx.widget = self.ui
        self.store = CaptureStore(self)
        self.model = InputListModel(self.store, self, lang=i18n.current_language())
        self.themes = ThemeListModel(self.store, self)
        self.board = BoardModel(self.model, self)
        self.pillars = catalogue.pillars(self.db)
        self.elements = {p.key: catalogue.elements(self.db, p.key) for p in self.pillars}
        self._counts_timer = QTimer(self, singleShot=True, interval=0)
        self._counts_timer.timeout.connect(self._update_counts)
        self.entry = QuickEntry(self)
        self._setup_views()
        self.actions = InputActions(self)
        self.panels: list = []
        self.presenter = None
        self._build_panels()
        self._connect()
        self.retranslate()

    # -- building -----------------------------------------------------------------------------------

    def _setup_views(self) -> None:
        ui = self.ui
        view = ui.input_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        rows = view.verticalHeader()  # fixed heights: a 20,000-row list lays out in O(visible rows)
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InputListModel.TEXT, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        for column, sample in ((InputListModel.KIND, "Permasalahan"), (InputListModel.ELEMENT, "Pelayanan publik"),
                               (InputListModel.SPEAKER, "Yohanes Lung"), (InputListModel.THEME, "Jaringan inter"),
                               (InputListModel.VOTES, "Suara"), (InputListModel.TIME, "00:00")):
            view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        ui.board_view.setModel(self.board)
        ui.theme_view.setModel(self.themes)
        ui.theme_view.verticalHeader().hide()
        theme_header = ui.theme_view.horizontalHeader()
        theme_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        theme_header.setSectionResizeMode(ThemeListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        rows = max(1, ui.pillar_list.count() or 6)
        ui.pillar_list.setMaximumHeight(ui.pillar_list.fontMetrics().height() * (rows + 2) + 8)
        ui.theme_view.setDropIndicatorShown(True)
        ui.theme_view.setDragDropOverwriteMode(False)
        ui.capture_splitter.setStretchFactor(0, 0)
        ui.capture_splitter.setStretchFactor(1, 1)
        ui.capture_splitter.setSizes([190, 1010])
        ui.inputs_splitter.setStretchFactor(0, 3)
        ui.inputs_splitter.setStretchFactor(1, 1)
        ui.inputs_splitter.setSizes([780, 240])
        ui.group_combo.setVisible(False)
        ui.setFocusProxy(ui.entry_line)
        stack = self.ctx.undo_stack
        undo = stack.createUndoAction(ui, QCoreApplication.translate("CapturePage", "Undo"))
        redo = stack.createRedoAction(ui, QCoreApplication.translate("CapturePage", "Redo"))
        for action, standard, extra, button in (
                (undo, QKeySequence.StandardKey.Undo, ["Ctrl+Z"], ui.undo_button),
                (redo, QKeySequence.StandardKey.Redo, ["Ctrl+Shift+Z", "Ctrl+Y"], ui.redo_button)):
            keys = QKeySequence.keyBindings(standard) + [QKeySequence(k) for k in extra]
            action.setShortcuts(list({k.toString(): k for k in keys}.values()))  # both habits, once each
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ui.addAction(action)
            button.clicked.connect(action.trigger)
            button.setEnabled(False)
        # The buttons keep their short labels; what they would undo or redo is in their tooltips.
        links = ((stack.canUndoChanged, ui.undo_button.setEnabled), (stack.canRedoChanged, ui.redo_button.setEnabled),
                 (stack.undoTextChanged, lambda text: ui.undo_button.setToolTip(text)),  # setToolTip is no slot
                 (stack.redoTextChanged, lambda text: ui.redo_button.setToolTip(text)))
        for signal, slot in links:
            signal.connect(slot)
        ui.destroyed.connect(lambda *_: _disconnect(links))  # the stack may outlive the widgets
        self.undo_action, self.redo_action = undo, redo
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), ui)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_pillar(step))
        for key, slot in (("F5", self.toggle_presenter), ("Ctrl+F", ui.search_edit.setFocus)):
            shortcut = QShortcut(QKeySequence(key), ui)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_panels(self) -> None:
        """The other sub-tabs: each panel follows the shared context by itself."""
        from fgd_app.ui.agenda_timer import AgendaTimer
        from fgd_app.ui.photos_panel import PhotosPanel
        from fgd_app.ui.voting_panel import VotingPanel
        from fgd_app.ui.worksheet_panel import WorksheetPanel

        ui = self.ui
        for panel_class, host in ((VotingPanel, ui.voting_tab), (WorksheetPanel, ui.worksheet_tab),
                                  (PhotosPanel, ui.photos_tab)):
            panel = panel_class(self.ctx, self)
            host.layout().addWidget(panel.ui)
            self.panels.append(panel)
        self.timer = AgendaTimer(self.ctx, parent=self)
        ui.timer_host.layout().addWidget(self.timer.ui)
        self.timer.agenda_pillar.connect(self.ctx.set_pillar)
        self.panels.append(self.timer)

    def _connect(self) -> None:
        ui, ctx = self.ui, self.ctx
        ctx.pillar_changed.connect(self._pillar_changed)
        ctx.change_expected.connect(self.store.expect)
        ctx.change_committed.connect(self._committed)
        ctx.reload_needed.connect(self.reload)
        ctx.writer.busy_changed.connect(self._busy_changed)
        ui.pillar_list.currentRowChanged.connect(self._pillar_row_changed)
        ui.element_list.currentRowChanged.connect(self._element_row_changed)
        ui.search_edit.textChanged.connect(lambda text: self.model.set_filter(query=text))
        ui.kind_filter.currentIndexChanged.connect(lambda _i: self.model.set_filter(kind=ui.kind_filter.currentData()))
        ui.theme_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(theme_id=ui.theme_filter.currentData()))
        ui.view_combo.currentIndexChanged.connect(self._view_changed)
        ui.group_combo.currentIndexChanged.connect(lambda _i: self.board.set_group_by(ui.group_combo.currentData()))
        self.model.edit_requested.connect(self._edit_requested)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.themes.rename_requested.connect(
            lambda theme_id, title: ctx.do(QCoreApplication.translate("CapturePage", "Rename theme"),
                                           capture.rename_theme, theme_id, title))
        self.themes.inputs_dropped.connect(self.actions.add_to_theme)
        ui.theme_view.doubleClicked.connect(self._theme_activated)
        self.promote_theme_action = QAction(ui.theme_view)
        self.promote_theme_action.setShortcut(QKeySequence("Ctrl+P"))
        self.promote_theme_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.promote_theme_action.triggered.connect(self.promote_theme)
        ui.theme_view.addAction(self.promote_theme_action)
        ui.theme_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        ui.dissolve_theme_button.clicked.connect(self._dissolve_theme)
        for signal in (self.store.inserted, self.store.removed, self.store.updated, self.store.reset):
            signal.connect(lambda *_: self._counts_timer.start())
        self.store.themes_changed.connect(self._fill_theme_filter)
        ui.presenter_button.toggled.connect(self.show_presenter)
        ui.show_names_check.toggled.connect(lambda on: self.presenter and self.presenter.set_show_names(on))
        ui.input_view.selectionModel().currentRowChanged.connect(self._current_input_changed)

    # -- the workshop -------------------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        super().set_workshop(workshop_id)
        if workshop_id is None:
            return
        first_time = workshop_id != self.ctx.workshop_id
        import json

        row = self.db.rows("SELECT w.pillars, r.timezone FROM workshop w JOIN regency r ON r.code = w.regency_code "
                           "WHERE w.id = ?", (workshop_id,))
        if not row:
            return
        if first_time:
            self.ctx.open_workshop(workshop_id)
            self.model.timezone = row[0][1]
            self.store.load(self.db, workshop_id)
            chosen = json.loads(row[0][0]) or [self.pillars[0][0]]
            self.ctx.pillar_key = None
            self.ctx.set_pillar(chosen[0])
        self.entry.set_speakers(self.store.speakers.values())

    def activated(self) -> None:
        """Back on this tab: participants may have been added meanwhile."""
        if self.workshop_id is None:
            return
        self.store.reload_speakers(self.db)
        self.entry.set_speakers(self.store.speakers.values())
        for panel in self.panels:
            panel.refresh()

    def reload(self) -> None:
        """A write failed: show exactly what the file holds."""
        if self.ctx.workshop_id is not None:
            self.store.load(self.db, self.ctx.workshop_id)

    def shutdown(self) -> None:
        if self.presenter is not None and shiboken6.isValid(self.presenter.ui):  # it goes with the page's widget
            self.presenter.close()
        self.ctx.shutdown()

    # -- pillars and elements -------------------------------------------------------------------------

    def pillar_name(self, key: str) -> str:
        lang = i18n.current_language()
        return next((p.name(lang) for p in self.pillars if p.key == key), key)

    def element_names(self, pillar_key: str) -> list[tuple[str, str]]:
        lang = i18n.current_language()
        return [(e.key, e.name(lang)) for e in self.elements.get(pillar_key, [])]

    def step_pillar(self, step: int) -> None:
        count = self.ui.pillar_list.count()
        if count:
            self.ui.pillar_list.setCurrentRow((self.ui.pillar_list.currentRow() + step) % count)

    def _pillar_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pillars):
            self.ctx.set_pillar(self.pillars[row][0])

    def _pillar_changed(self, key: str) -> None:
        ui = self.ui
        self.model.set_filter(pillar_key=key, element_key=ALL, theme_id=ALL)
        self.themes.set_pillar(key)
        elements = self.element_names(key)
        self.entry.set_elements(elements)
        self.actions.set_targets([(k, self.pillar_name(k)) for k, _, _ in self.pillars], elements)
        self._fill_element_list()
        self._fill_theme_filter()
        row = next((i for i, p in enumerate(self.pillars) if p.key == key), -1)
        if ui.pillar_list.currentRow() != row:
            ui.pillar_list.setCurrentRow(row)

    def _fill_element_list(self) -> None:
        ui = self.ui
        ui.element_list.blockSignals(True)
        ui.element_list.clear()
        ui.element_list.addItem(QListWidgetItem())
        ui.element_list.item(0).setData(ID_ROLE, None)
        for key, name in self.element_names(self.ctx.pillar_key or ""):
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, key)
            ui.element_list.addItem(item)
        none = QListWidgetItem()
        none.setData(ID_ROLE, NO_ELEMENT)
        ui.element_list.addItem(none)
        ui.element_list.setCurrentRow(0)
        ui.element_list.blockSignals(False)
        self._update_counts()

    def _element_row_changed(self, row: int) -> None:
        item = self.ui.element_list.item(row)
        if item is None:
            return
        element = item.data(ID_ROLE)
        self.model.set_filter(element_key=element)
        if element:  # new inputs go where the note-taker is looking
            self.ui.element_combo.setCurrentIndex(max(0, self.ui.element_combo.findData(element)))

    def _update_counts(self) -> None:
        """Inputs per pillar and per element, in the side lists."""
        ui = self.ui
        by_pillar = Counter(r.pillar_key for r in self.store.rows)
        for row, (key, _, _) in enumerate(self.pillars):
            item = ui.pillar_list.item(row)
            if item is not None:
                item.setText(f"{self.pillar_name(key)} ({by_pillar.get(key, 0)})")
        pillar = self.ctx.pillar_key
        by_element = Counter(r.element_key or NO_ELEMENT for r in self.store.rows if r.pillar_key == pillar)
        names = dict(self.element_names(pillar or ""))
        for row in range(ui.element_list.count()):
            item = ui.element_list.item(row)
            key = item.data(ID_ROLE)
            if key is None:
                item.setText(QCoreApplication.translate("CapturePage", "All elements ({count})").format(count=by_pillar.get(pillar, 0)))
            elif key == NO_ELEMENT:
                item.setText(QCoreApplication.translate("CapturePage", "No element ({count})").format(count=by_element.get(NO_ELEMENT, 0)))
            else:
                item.setText(f"{names.get(key, key)} ({by_element.get(key, 0)})")

    def _fill_theme_filter(self) -> None:
        combo = self.ui.theme_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("CapturePage", "All themes"), None)
        for theme in self.store.themes_of(self.ctx.pillar_key or ""):
            combo.addItem(theme.title, theme.id)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if current and index < 0:  # the theme shown was dissolved
            self.model.set_filter(theme_id=ALL)

    # -- inputs -----------------------------------------------------------------------------------------

    def reveal(self, input_id: str) -> None:
        """Scroll to a new input (if the filter shows it), without taking the focus."""
        row = self.model.row_of(input_id)
        if row >= 0:
            self.ui.input_view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def _edit_requested(self, input_id: str, field: str, value: object) -> None:
        from fgd_app.errors import UserError

        row = self.store.by_id.get(input_id)
        if row is None:
            return
        if field == "text":
            try:
                value = capture.input_text(value)
            except UserError as err:
                self.feedback.refused(self.ui, err)
                return
        self.ctx.do(QCoreApplication.translate("CapturePage", "Edit input"), capture.update_input, input_id,
                    **{field: value})

    def _committed(self, change) -> None:
        self.store.commit(change)
        if self.presenter is not None:
            self.presenter.refresh_title()

    def _theme_activated(self, index: QModelIndex) -> None:
        if index.column() != ThemeListModel.TITLE:  # the title column edits in place
            combo = self.ui.theme_filter
            combo.setCurrentIndex(max(0, combo.findData(self.themes.theme_at(index.row()).id)))

    def promote_theme(self) -> None:
        """The selected theme becomes a programme named after it, fed by all its inputs."""
        from fgd_app.services.programmes import promote_to_programme

        index = self.ui.theme_view.currentIndex()
        if index.isValid():
            theme = self.themes.theme_at(index.row())
            self.ctx.do(QCoreApplication.translate("CapturePage", "Promote to programme"), promote_to_programme,
                        self.ctx.workshop_id, theme.pillar_key, cluster_id=theme.id)

    def _dissolve_theme(self) -> None:
        index = self.ui.theme_view.currentIndex()
        if index.isValid():
            theme = self.themes.theme_at(index.row())
            self.ctx.do(QCoreApplication.translate("CapturePage", "Dissolve theme"), capture.dissolve_theme, theme.id)

    def _view_changed(self, index: int) -> None:
        board = self.ui.view_combo.currentData() == "board"
        self.ui.view_stack.setCurrentIndex(1 if board else 0)
        self.ui.group_combo.setVisible(board)
        self.board.set_active(board)
        if board:
            self.ui.board_view.expandAll()
            self.board.modelReset.connect(self.ui.board_view.expandAll, Qt.ConnectionType.UniqueConnection)

    def _show_count(self, *_: object) -> None:
        self.ui.count_label.setText(QCoreApplication.translate("CapturePage", "{count} shown").format(
            count=self.model.rowCount()))

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.feedback.info(QCoreApplication.translate("CapturePage", "Saving…"))

    def _current_input_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.presenter is not None and current.isValid():
            self.presenter.highlight(self.model.row_at(current.row()).id)

    # -- presenter ------------------------------------------------------------------------------------

    def toggle_presenter(self) -> None:
        self.ui.presenter_button.toggle()

    def show_presenter(self, on: bool) -> None:
        from fgd_app.ui.presenter_window import PresenterWindow

        if on:
            if self.presenter is None:
                self.presenter = PresenterWindow(self)
                self.presenter.closed.connect(lambda: self.ui.presenter_button.setChecked(False))
            self.presenter.set_show_names(self.ui.show_names_check.isChecked())
            self.presenter.show()
            current = self.ui.input_view.currentIndex()
            if current.isValid():
                self.presenter.highlight(self.model.row_at(current.row()).id)
            else:
                self.presenter.ui.input_list.scrollToBottom()
        elif self.presenter is not None:
            self.presenter.hide()

    # -- language ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        ui, lang = self.ui, i18n.current_language()
        self.entry.retranslate(lang)
        self.actions.retranslate()
        self.promote_theme_action.setText(QCoreApplication.translate("CapturePage", "Promote theme to programme"))
        combos = (
            (ui.kind_filter, [(QCoreApplication.translate("CapturePage", "All kinds"), None)] + [(label(k, lang), k.value) for k in InputKind]),
            (ui.view_combo, [(QCoreApplication.translate("CapturePage", "List"), "list"), (QCoreApplication.translate("CapturePage", "Board"), "board")]),
            (ui.group_combo, [(QCoreApplication.translate("CapturePage", "by element"), "element"), (QCoreApplication.translate("CapturePage", "by kind"), "kind"),
                              (QCoreApplication.translate("CapturePage", "by theme"), "theme")]),
        )
        for combo, items in combos:
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, current))
            combo.blockSignals(False)
        if ui.pillar_list.count() != len(self.pillars):
            ui.pillar_list.clear()
            ui.pillar_list.addItems([""] * len(self.pillars))
        key = self.ctx.pillar_key or ""
        element_names = {k: n for p in self.elements for k, n in self.element_names(p)}
        self.model.set_language(lang, element_names)
        self.themes.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if key:
            self.entry.set_elements(self.element_names(key), ui.element_combo.currentData())
            self.actions.set_targets([(k, self.pillar_name(k)) for k, _, _ in self.pillars], self.element_names(key))
        self._fill_theme_filter()
        self._update_counts()
        self._show_count()
        for panel in self.panels:
            panel.retranslate()
        if self.presenter is not None:
            self.presenter.refresh_title()


def _disconnect(links) -> None:
    for signal, slot in links:
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
