"""Editing participants in place and undoing it: the gender drop-down and the undo commands.

Each command's first write happens before it is pushed on the page's `QUndoStack`, so a
refused value never lands on the stack; a command whose undo or redo is refused later
(someone changed the data meanwhile) removes itself instead of failing again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from fgd_app.core.vocab import Gender, gender_short, label
from fgd_app.services.participants import Removal, remove_participant, restore_participant, update_participant
from fgd_app.ui import i18n

if TYPE_CHECKING:
    from fgd_app.ui.participants_page import ParticipantsPage



def gender_choices(lang: str) -> list[tuple[str, str]]:
    """(label, stored value) for gender pickers: not recorded, L/M, P/F."""
    return [(QCoreApplication.translate("ParticipantsPage", "— not recorded"), "")] + [
        (f"{gender_short(g.value, lang)} – {label(g, lang)}", g.value) for g in (Gender.MALE, Gender.FEMALE)
    ]


class GenderDelegate(QStyledItemDelegate):
    """In-place gender editing with a drop-down instead of free text."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("ParticipantsPage", "Gender"))
        for text, value in gender_choices(i18n.current_language()):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# -- undo commands --------------------------------------------------------------------------------


class _Command(QUndoCommand):
    """A change already written when pushed: the first redo() is the push itself."""

    def __init__(self, page: ParticipantsPage, text: str):
        super().__init__(text)
        self.page = page
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self._redo():
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._undo():
            self.setObsolete(True)

    def _run(self, write, *args, **kwargs):
        return self.page.feedback.run(self.page.ui, write, self.page.db, *args, **kwargs)

    def _redo(self) -> bool:
        raise NotImplementedError

    def _undo(self) -> bool:
        raise NotImplementedError


class AddCommand(_Command):
    def __init__(self, page: ParticipantsPage, participant_id: str, name: str):
        super().__init__(page, QCoreApplication.translate("ParticipantsPage", "Add {name}").format(name=name))
        self.participant_id = participant_id
        self.removal: Removal | None = None

    def _undo(self) -> bool:
        self.removal = self._run(remove_participant, self.participant_id)
        self.page.changed(select_id=None)
        return self.removal is not None

    def _redo(self) -> bool:
        done = self.removal is not None and self._run(restore_participant, self.removal) is not None
        self.page.changed(select_id=self.participant_id)
        return done


class EditCommand(_Command):
    def __init__(self, page: ParticipantsPage, participant_id: str, field: str, old: object, new: object, name: str):
        super().__init__(page, QCoreApplication.translate("ParticipantsPage", "Edit {name}").format(name=name))
        self.participant_id, self.field, self.old, self.new = participant_id, field, old, new

    def _set(self, value: object) -> bool:
        row = self._run(update_participant, self.participant_id, **{self.field: value})
        self.page.changed(select_id=self.participant_id)
        return row is not None

    def _undo(self) -> bool:
        return self._set(self.old)

    def _redo(self) -> bool:
        return self._set(self.new)


class RemoveCommand(_Command):
    def __init__(self, page: ParticipantsPage, removal: Removal):
        super().__init__(page, QCoreApplication.translate("ParticipantsPage", "Remove {name}").format(name=removal.record["name"]))
        self.removal = removal

    def _undo(self) -> bool:
        done = self._run(restore_participant, self.removal) is not None
        self.page.changed(select_id=self.removal.participant_id)
        return done

    def _redo(self) -> bool:
        removal = self._run(remove_participant, self.removal.participant_id)
        if removal is not None:
            self.removal = removal
        self.page.changed(select_id=None)
        return removal is not None
