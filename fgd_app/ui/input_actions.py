"""What can be done with the selected inputs: edit, theme, merge, move, promote, delete.

Each action is a `QAction` on the input list (right-click menu and keyboard shortcut)
and writes through `ctx.do`, so it is undoable and saved in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from fgd_app.services import capture
from fgd_app.ui.capture_models import InputListModel

if TYPE_CHECKING:
    from fgd_app.ui.capture_page import CapturePage

THEME_TITLE_SUGGESTION = 60  # characters of the first input offered as a new theme's title


class InputActions:
    def __init__(self, page: CapturePage):
        self.page = page
        self.view = page.ui.input_view
        self.actions: dict[str, QAction] = {}
        self.move_pillar_menu = QMenu(self.view)
        self.move_element_menu = QMenu(self.view)
        for name, shortcut, slot in (
            ("edit", "F2", self.edit_text),
            ("new_theme", "Ctrl+G", self.new_theme),
            ("leave_theme", "Ctrl+Shift+G", self.leave_theme),
            ("merge", "Ctrl+M", self.merge),
            ("move_pillar", None, None),
            ("move_element", None, None),
            ("promote", "Ctrl+P", self.promote),
            ("delete", QKeySequence.StandardKey.Delete, self.delete),
        ):
            action = QAction(self.view)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if slot is not None:
                action.triggered.connect(slot)
            self.view.addAction(action)
            self.actions[name] = action
        self.actions["move_pillar"].setMenu(self.move_pillar_menu)
        self.actions["move_element"].setMenu(self.move_element_menu)
        page.ui.new_theme_button.clicked.connect(self.new_theme)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        self.update_enabled()

    def retranslate(self) -> None:
        texts = {
            "edit": QCoreApplication.translate("CapturePage", "Edit text"),
            "new_theme": QCoreApplication.translate("CapturePage", "New theme from selection"),
            "leave_theme": QCoreApplication.translate("CapturePage", "Take out of theme"),
            "merge": QCoreApplication.translate("CapturePage", "Merge duplicates into the first"),
            "move_pillar": QCoreApplication.translate("CapturePage", "Move to pillar"),
            "move_element": QCoreApplication.translate("CapturePage", "Move to element"),
            "promote": QCoreApplication.translate("CapturePage", "Promote to programme"),
            "delete": QCoreApplication.translate("CapturePage", "Delete"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)

    def set_targets(self, pillars: list[tuple[str, str]], elements: list[tuple[str, str]]) -> None:
        """Fill the "Move to" menus: every pillar; the current pillar's elements."""
        self.move_pillar_menu.clear()
        for key, name in pillars:
            self.move_pillar_menu.addAction(name).triggered.connect(lambda _=False, k=key: self.move(k, None))
        self.move_element_menu.clear()
        none = self.move_element_menu.addAction(QCoreApplication.translate("CapturePage", "(no element)"))
        none.triggered.connect(lambda: self.move(self.page.ctx.pillar_key, None))
        for key, name in elements:
            self.move_element_menu.addAction(name).triggered.connect(
                lambda _=False, k=key: self.move(self.page.ctx.pillar_key, k))

    def update_enabled(self) -> None:
        count = len(self.selected_ids())
        self.actions["edit"].setEnabled(count == 1)
        for name in ("new_theme", "leave_theme", "move_pillar", "move_element", "promote", "delete"):
            self.actions[name].setEnabled(count >= 1)
        self.actions["merge"].setEnabled(count >= 2)
        self.page.ui.new_theme_button.setEnabled(count >= 1)

    def selected_ids(self) -> list[str]:
        """Selected inputs in list order (the first is the one kept by a merge)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        model: InputListModel = self.page.model
        return [model.row_at(r).id for r in rows if r < model.rowCount()]

    # -- the actions ------------------------------------------------------------------------------------

    def edit_text(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.view.edit(current.siblingAtColumn(InputListModel.TEXT))

    def new_theme(self) -> None:
        ids = self.selected_ids()
        ctx = self.page.ctx
        if not ids or ctx.pillar_key is None:
            return
        suggestion = capture.shorten(self.page.store.by_id[ids[0]].text, THEME_TITLE_SUGGESTION)
        title = self.ask_theme_title(suggestion)
        if title:
            ctx.do(QCoreApplication.translate("CapturePage", "New theme"), capture.create_theme,
                   ctx.workshop_id, ctx.pillar_key, title, ids)

    def ask_theme_title(self, suggestion: str) -> str | None:
        """Asked in a dialog; tests replace this method."""
        title, ok = QInputDialog.getText(
            self.view, QCoreApplication.translate("CapturePage", "New theme"),
            QCoreApplication.translate("CapturePage", "Title of the theme:"), QLineEdit.EchoMode.Normal, suggestion)
        return title.strip() if ok and title.strip() else None

    def leave_theme(self) -> None:
        ids = [i for i in self.selected_ids() if self.page.store.by_id[i].cluster_id]
        if ids:
            self.page.ctx.do(QCoreApplication.translate("CapturePage", "Take out of theme"),
                             capture.assign_to_theme, ids, None)

    def add_to_theme(self, ids: list[str], theme_id: str | None) -> None:
        """Inputs dropped on a theme (or on empty space: a new theme)."""
        if theme_id is None:
            self.view.selectionModel().clearSelection()
            for input_id in ids:
                row = self.page.model.row_of(input_id)
                if row >= 0:
                    self.view.selectionModel().select(
                        self.page.model.index(row, 0),
                        self.view.selectionModel().SelectionFlag.Select | self.view.selectionModel().SelectionFlag.Rows)
            self.new_theme()
            return
        self.page.ctx.do(QCoreApplication.translate("CapturePage", "Add to theme"),
                         capture.assign_to_theme, ids, theme_id)

    def merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) >= 2:
            self.page.ctx.do(QCoreApplication.translate("CapturePage", "Merge {count} inputs").format(count=len(ids)),
                             capture.merge_inputs, ids[0], ids[1:])

    def move(self, pillar_key: str | None, element_key: str | None) -> None:
        ids = self.selected_ids()
        if ids and pillar_key:
            self.page.ctx.do(QCoreApplication.translate("CapturePage", "Move inputs"),
                             capture.move_inputs, ids, pillar_key, element_key)

    def promote(self) -> None:
        from fgd_app.services.programmes import promote_to_programme

        ids = self.selected_ids()
        ctx = self.page.ctx
        if ids and ctx.pillar_key:
            ctx.do(QCoreApplication.translate("CapturePage", "Promote to programme"), promote_to_programme,
                   ctx.workshop_id, ctx.pillar_key, input_ids=ids)

    def delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.page.ctx.do(QCoreApplication.translate("CapturePage", "Delete {count} inputs").format(count=len(ids)),
                             capture.remove_inputs, ids)

