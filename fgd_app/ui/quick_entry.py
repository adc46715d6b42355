"""The quick-entry line: type what was said, pick the kind with a key, press Enter.

Enter never waits on the disk: the input is built and checked here, shown at once in
the list (in italics while pending) and handed to the background writer; the line is
cleared for the next voice. The kind and the element stay as they were (a run of
problems is typed as a run); the speaker is cleared, because attributing a remark to
the wrong person is worse than attributing it to no one.

Decisions on odd input:
- an empty line (or only spaces) is ignored: nothing is written, nothing is said;
- the line holds at most `TEXT_MAX` (10,000) characters. A longer paste is cut there
  by the line itself, and a warning under it says so before anything is saved, so the
  note-taker can split the text; nothing is saved silently shortened;
- a speaker name that matches no participant is not guessed: Enter is refused with a
  note under the line and the text stays, so nothing is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter

from fgd_app.core.limits import TEXT_MAX
from fgd_app.core.vocab import InputKind, label
from fgd_app.errors import UserError
from fgd_app.services.capture import add_input, new_input
from fgd_app.ui import i18n

if TYPE_CHECKING:
    from fgd_app.ui.capture_page import CapturePage

# Ctrl+<digit> picks a kind; a key with several kinds steps through them when pressed again.
KIND_KEYS: dict[str, tuple[InputKind, ...]] = {
    "1": (InputKind.PROBLEM,),
    "2": (InputKind.POTENTIAL,),
    "3": (InputKind.IDEA,),
    "4": (InputKind.STRENGTH,),
    "5": (InputKind.WEAKNESS,),
    "6": (InputKind.OPPORTUNITY,),
    "7": (InputKind.THREAT,),
    "8": (InputKind.READINESS_STRUCTURE, InputKind.READINESS_INFRASTRUCTURE, InputKind.READINESS_SUPERSTRUCTURE),
    "9": (InputKind.DECISION,),
    "0": (InputKind.QUESTION, InputKind.NOTE),
}


def grouped(number: int) -> str:
    """10,000 in English, 10.000 in Indonesian."""
    text = f"{number:,}"
    return text.replace(",", ".") if i18n.current_language() == "id" else text


class QuickEntry:
    def __init__(self, page: CapturePage):
        self.page = page
        ui = page.ui
        self.ui = ui
        self._speaker_ids: dict[str, str] = {}
        self._speaker_names = QStringListModel()
        completer = QCompleter(self._speaker_names, ui)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.speaker_edit.setCompleter(completer)
        ui.entry_line.setMaxLength(TEXT_MAX)
        ui.entry_warning.setVisible(False)
        ui.entry_warning.setStyleSheet("color: #a15c00;")
        for kind in InputKind:
            ui.kind_combo.addItem("", kind.value)
        for digit, kinds in KIND_KEYS.items():
            shortcut = QShortcut(QKeySequence(f"Ctrl+{digit}"), ui)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda kinds=kinds: self.choose_kind(kinds))
        ui.entry_line.returnPressed.connect(self.submit)
        ui.speaker_edit.returnPressed.connect(self.submit)
        ui.add_button.clicked.connect(self.submit)
        ui.entry_line.textChanged.connect(self._check_length)
        ui.speaker_edit.textEdited.connect(lambda _text: self._warn(""))

    # -- texts and choices ------------------------------------------------------------------------

    def retranslate(self, lang: str) -> None:
        for i in range(self.ui.kind_combo.count()):
            self.ui.kind_combo.setItemText(i, label(self.ui.kind_combo.itemData(i), lang))

    def set_speakers(self, speakers) -> None:
        """Participants offered as speakers: "Name — Institution" (unique texts)."""
        self._speaker_ids = {}
        for s in speakers:
            text = f"{s.name} — {s.institution}" if s.institution else s.name
            self._speaker_ids.setdefault(text, s.id)
        self._speaker_names.setStringList(list(self._speaker_ids))

    def set_elements(self, elements: list[tuple[str, str]], current: str | None = None) -> None:
        """The element picker for new inputs: (key, name) of the pillar, plus "no element"."""
        combo = self.ui.element_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("CapturePage", "(no element)"), "")
        for key, name in elements:
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(current or "")))
        combo.blockSignals(False)

    def choose_kind(self, kinds: tuple[InputKind, ...]) -> None:
        combo = self.ui.kind_combo
        current = combo.currentData()
        following = kinds[(kinds.index(current) + 1) % len(kinds)] if current in kinds else kinds[0]
        combo.setCurrentIndex(combo.findData(following.value))
        self.page.feedback.info(QCoreApplication.translate("CapturePage", "Kind: {kind}").format(
            kind=combo.currentText()))

    # -- saving ---------------------------------------------------------------------------------------

    def submit(self) -> None:
        ui, page = self.ui, self.page
        text = ui.entry_line.text()
        if not text.strip():
            ui.entry_line.clear()  # only spaces: ignored, nothing saved
            return
        if page.ctx.workshop_id is None or page.ctx.pillar_key is None:
            return
        speaker_text = ui.speaker_edit.text().strip()
        speaker_id = None
        if speaker_text:
            speaker_id = self._speaker_ids.get(speaker_text) or self._unique_speaker(speaker_text)
            if speaker_id is None:
                self._warn(QCoreApplication.translate(
                    "CapturePage", "\"{name}\" is not on the participant list: pick a name from the list, "
                    "or clear the speaker field.").format(name=speaker_text))
                ui.speaker_edit.setFocus()
                return
        try:
            record = new_input(
                page.ctx.workshop_id, page.ctx.pillar_key, text,
                kind=ui.kind_combo.currentData(), element_key=ui.element_combo.currentData() or None,
                speaker_id=speaker_id, position=page.store.next_position,
            )
        except UserError as err:
            page.feedback.refused(ui, err)
            return
        page.store.add_pending(record)
        ui.entry_line.clear()
        ui.speaker_edit.clear()
        self._warn("")
        ui.entry_line.setFocus()
        page.reveal(record["id"])
        page.ctx.do(QCoreApplication.translate("CapturePage", "Add input"), add_input, record,
                    on_failed=lambda _error: page.reload())  # take back what was shown early

    def _unique_speaker(self, typed: str) -> str | None:
        """A typed name (without the institution) that names exactly one participant."""
        wanted = typed.casefold()
        found = {i for text, i in self._speaker_ids.items() if text.split(" — ")[0].casefold() == wanted}
        return found.pop() if len(found) == 1 else None

    def _check_length(self, text: str) -> None:
        if len(text) >= TEXT_MAX:
            self._warn(QCoreApplication.translate(
                "CapturePage", "One input holds at most {limit} characters; the text was cut there and the "
                "rest was not taken. Split long texts into several inputs.").format(limit=grouped(TEXT_MAX)))
        elif self.ui.entry_warning.isVisible() and not self.ui.speaker_edit.text():
            self._warn("")

    def _warn(self, text: str) -> None:
        self.ui.entry_warning.setText(text)
        self.ui.entry_warning.setVisible(bool(text))
