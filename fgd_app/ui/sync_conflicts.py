"""The Conflicts section of the Sync page: values side by side, and a person's decision.

Left, every row with an open conflict (one entry per row, however many of its fields
conflict). Right, the selected row: for each conflicting field one column per side
(which laptop, when, and the value it holds) plus a column for writing another value;
the person picks one per field and saves. The decision is a resolution revision
(`sync.conflicts.resolve`), so it travels with the next bundle and closes the conflict
the same way everywhere.

A row deleted on one laptop while another edited it (or still used it) is kept until
someone decides; for those the choice is Keep or Delete.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from fgd_app.store.database import Database
from fgd_app.sync.conflicts import OpenConflict, list_conflicts, resolve
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import emphasize
from fgd_app.ui.sync_words import device_name, device_names, entity_name, field_name, hlc_text
from fgd_app.ui.views import RefreshWhenShown

FIELD_KIND = "field"
VALUE_STYLE = "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 4px; }"


def value_text(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("SyncPage", "(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class FieldChoice:
    """One conflicting field: a radio button per side, or another value typed in."""

    def __init__(self, conflict: OpenConflict, parent: QWidget):
        self.conflict = conflict
        self.group = QButtonGroup(parent)
        self.radios: list[QRadioButton] = []
        self.other_radio = QRadioButton(QCoreApplication.translate("SyncPage", "Another value:"), parent)
        self.other_edit = QPlainTextEdit(parent)
        self.other_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.other_edit.setFixedHeight(self.other_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.other_edit.setAccessibleName(
            QCoreApplication.translate("SyncPage", "Another value for {field}").format(
                field=field_name(conflict.entity, conflict.field)))
        current = conflict.current  # what the table shows now: a starting point for writing another value
        if current is not None:
            self.other_edit.setPlainText(current if isinstance(current, str) else json.dumps(current,
                                                                                            ensure_ascii=False))
        self.other_edit.textChanged.connect(lambda: self.other_radio.setChecked(True))  # after the starting text

    def add_side(self, radio: QRadioButton) -> None:
        self.group.addButton(radio, len(self.radios))
        self.radios.append(radio)

    def chosen(self) -> tuple[bool, Any]:
        """(True, value) once a side or another value is picked; (False, None) before."""
        if self.other_radio.isChecked():
            return True, self._typed()
        index = self.group.checkedId()
        if index < 0:
            return False, None
        return True, self.conflict.sides[index]["value"]

    def _typed(self) -> Any:
        """Text for text fields; for others (numbers, lists) the text is read as JSON when it parses."""
        text = self.other_edit.toPlainText()
        values = [s["value"] for s in self.conflict.sides if s["value"] is not None]
        if all(isinstance(v, str) for v in values):
            return text
        try:
            return json.loads(text)
        except ValueError:
            return text


class ConflictsPanel(QObject):
    """Controller of the Conflicts tab of forms/sync_page.ui."""

    count_changed = Signal(int)  # open conflicts (fields), for the tab title
    resolved = Signal()  # a decision was saved: rows changed under the other pages

    def __init__(self, ui: QWidget, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.db = db
        self.feedback = feedback
        self.count = 0
        self._rows: dict[str, list[OpenConflict]] = {}  # entity id -> its open conflicts, in list order
        self.choices: list[FieldChoice] = []
        self._current_workshop: str | None = None
        emphasize(ui.decision_title, 1.15)
        ui.conflicts_splitter.setStretchFactor(0, 0)
        ui.conflicts_splitter.setStretchFactor(1, 1)
        ui.conflicts_splitter.setSizes([300, 800])
        ui.conflict_list.currentItemChanged.connect(lambda *_: self._show_selected())
        ui.save_button.clicked.connect(self.save)
        ui.keep_button.clicked.connect(self.save)
        ui.delete_button.clicked.connect(self.delete)
        self._shown = RefreshWhenShown(ui.conflicts_tab, self.refresh)

    # -- the list ---------------------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        self._current_workshop = workshop_id

    def request_refresh(self) -> None:
        """Count now (the tab title shows it); rebuild the list when the tab is seen."""
        self._set_count(int(self.db.scalar("SELECT count(*) FROM conflict") or 0))
        self._shown.request()

    def refresh(self) -> None:
        found = list_conflicts(self.db)
        # This workshop's rows first: that is what the person is looking at.
        found.sort(key=lambda c: c.workshop_id != self._current_workshop)
        rows: dict[str, list[OpenConflict]] = {}
        for conflict in found:
            rows.setdefault(conflict.entity_id, []).append(conflict)
        self._rows = rows
        view = self.ui.conflict_list
        keep = self.selected_id()
        titles = dict(self.db.rows("SELECT id, title FROM workshop"))
        view.blockSignals(True)
        view.clear()
        for entity_id, conflicts in rows.items():
            text = self._row_title(conflicts[0])
            scope = conflicts[0].workshop_id
            if scope and scope != self._current_workshop and scope in titles:
                text += f"\n({titles[scope]})"  # another workshop's row: say which
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entity_id)
            item.setToolTip(", ".join(field_name(c.entity, c.field) for c in conflicts))
            view.addItem(item)
        ids = list(rows)
        view.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        view.blockSignals(False)
        self._set_count(len(found))
        empty = not rows
        self.ui.empty_label.setVisible(empty)
        self.ui.conflicts_hint.setVisible(not empty)
        self.ui.conflicts_splitter.setVisible(not empty)
        self._show_selected()

    def _set_count(self, count: int) -> None:
        self.count = count
        self.count_changed.emit(count)

    def _row_title(self, conflict: OpenConflict) -> str:
        return QCoreApplication.translate("SyncPage", "{kind}: {label}").format(
            kind=entity_name(conflict.entity), label=conflict.label or conflict.entity_id)

    def selected_id(self) -> str | None:
        item = self.ui.conflict_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- the decision -----------------------------------------------------------------------------

    def _show_selected(self) -> None:
        ui = self.ui
        conflicts = self._rows.get(self.selected_id() or "", [])
        self.choices = []
        editor = QWidget()
        grid = QGridLayout(editor)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        names = device_names(self.db)
        line = 0
        for conflict in conflicts:
            line = self._add_conflict(grid, line, conflict, names, editor)
        ui.decision_area.setWidget(editor)  # the scroll area deletes the previous editor
        if conflicts:
            first = conflicts[0]
            ui.decision_title.setText(self._row_title(first))
        else:
            ui.decision_title.clear()
        whole_row = any(c.kind != FIELD_KIND for c in conflicts)
        ui.save_button.setVisible(bool(conflicts) and not whole_row)
        ui.keep_button.setVisible(whole_row)
        ui.delete_button.setVisible(whole_row)

    def _add_conflict(self, grid: QGridLayout, line: int, conflict: OpenConflict, names: dict[str, str],
                      parent: QWidget) -> int:
        lang = i18n.current_language()
        if conflict.kind == FIELD_KIND:
            title = field_name(conflict.entity, conflict.field)
        elif conflict.kind == "deleted":
            title = QCoreApplication.translate("SyncPage", "Deleted on one laptop, changed on another")
        else:
            title = QCoreApplication.translate(
                "SyncPage", "Deleted on one laptop, but still used by other rows: it was brought back")
        heading = QLabel(title, parent)
        font = heading.font()
        font.setWeight(QFont.Weight.Bold)
        heading.setFont(font)
        grid.addWidget(heading, line, 0, 1, len(conflict.sides) + 1)
        choice = FieldChoice(conflict, parent) if conflict.kind == FIELD_KIND else None
        for column, side in enumerate(conflict.sides):
            who = QCoreApplication.translate("SyncPage", "{device} · {time}").format(
                device=device_name(self.db, side["device_id"], names), time=hlc_text(side["hlc"], lang))
            if choice is not None:
                radio = QRadioButton(who, parent)
                choice.add_side(radio)
                grid.addWidget(radio, line + 1, column)
            else:
                grid.addWidget(QLabel(who, parent), line + 1, column)
            grid.addWidget(self._value_label(self._side_text(conflict, side), parent), line + 2, column)
            grid.setColumnStretch(column, 1)
        if choice is not None:
            grid.addWidget(choice.other_radio, line + 1, len(conflict.sides))
            grid.addWidget(choice.other_edit, line + 2, len(conflict.sides), Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(len(conflict.sides), 1)
            self.choices.append(choice)
        spacer = QFrame(parent)
        spacer.setFixedHeight(8)
        grid.addWidget(spacer, line + 3, 0)
        return line + 4

    @staticmethod
    def _side_text(conflict: OpenConflict, side: dict) -> str:
        if side.get("deleted"):
            return QCoreApplication.translate("SyncPage", "(deleted)")
        if conflict.kind != FIELD_KIND:
            return QCoreApplication.translate("SyncPage", "(kept, changed)") if side.get("value") else \
                QCoreApplication.translate("SyncPage", "(kept)")
        return value_text(side.get("value"))

    @staticmethod
    def _value_label(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setStyleSheet(VALUE_STYLE)
        return label

    def values(self) -> dict[str, Any]:
        """The value chosen for every field picked so far (`resolve` names any left open)."""
        picked = {}
        for choice in self.choices:
            chosen, value = choice.chosen()
            if chosen:
                picked[choice.conflict.field] = value
        return picked

    def save(self) -> None:
        """Keep the row with the chosen values (Save decision / Keep row)."""
        entity_id = self.selected_id()
        if entity_id is None:
            return
        if self.feedback.run(self.ui, resolve, self.db, entity_id, self.values()) is not None:
            self._decided()

    def delete(self) -> None:
        entity_id = self.selected_id()
        if entity_id is None:
            return
        answer = QMessageBox.question(
            self.ui, QCoreApplication.translate("SyncPage", "Delete row"),
            QCoreApplication.translate(
                "SyncPage", "Delete “{row}” on every laptop this decision reaches?").format(
                row=self.ui.decision_title.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.feedback.run(self.ui, resolve, self.db, entity_id, None, delete=True) is not None:
            self._decided()

    def _decided(self) -> None:
        self.refresh()
        self.resolved.emit()
        if self.ui.conflict_list.count():
            self.ui.conflict_list.setFocus()

    def retranslate(self) -> None:
        if self._rows:
            self.refresh()
