"""The check-in tab (Daftar hadir): attendance at the door, driven from the keyboard.

The loop for each arriving person: type part of the name (the list follows every key,
Up/Down choose while the cursor stays in the search field), Enter checks the person in
and moves to the signature pad, Enter saves the signature (Esc skips it) and the search
field is empty again for the next person. Walk-ins are added and checked in from the
form under the list (Ctrl+R). Consent choices are saved the moment a box is clicked.

The search runs on `CheckinIndex` (services.checkin), built once per workshop and
updated one entry at a time after this page's own writes; a write by another page
(seen through `Feedback.saved_at`) rebuilds it, which takes a millisecond or two.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QHeaderView, QWidget

from fgd_app.core.timezones import local_clock
from fgd_app.core.vocab import Gender, label
from fgd_app.errors import UserError
from fgd_app.services.checkin import (
    Attendee,
    CheckinIndex,
    check_in,
    consent_texts,
    normalize_query,
    register_walk_in,
    set_consent,
    set_signature,
    undo_check_in,
)
from fgd_app.services.workshop_setup import zone_of
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.forms import emphasize
from fgd_app.ui.pages import WorkshopPage
from fgd_app.ui.checkin_model import CheckinTableModel
from fgd_app.ui.signature_pad import SignaturePad

CONFIRM_STYLE = "QLabel { color: #1b6e34; }"
NAME_COLUMN_MAX = 300



class CheckinPage(WorkshopPage):
    """Controller of forms/checkin_page.ui; `self.pad` is the signature pad placed into it."""

    FORM = "checkin_page.ui"

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(db, feedback, parent)
        self.index = CheckinIndex()
        self.model = CheckinTableModel(self)
        self.zone = "WIB"
        self.current: Attendee | None = None  # the person the right-hand column is about
        self._last: tuple[str, str, dt.datetime | None] | None = None  # what the confirmation says
        self._writing = False  # our own write: Feedback.saved_at must not rebuild the index
        self._selecting = False
        self.pad = SignaturePad(self.ui.signature_pad_holder)
        self.ui.signature_pad_holder.layout().addWidget(self.pad)
        self._completer = QCompleter([], self)
        self._setup_widgets()
        self._connect()
        self.retranslate()
        self._show_person()

    # -- setup ---------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        for widget, scale, bold in ((ui.heading_label, 1.5, True), (ui.counter_label, 1.35, True),
                                    (ui.search_edit, 1.6, False)):
            emphasize(widget, scale, bold)
        self._hint_font = ui.confirmation_label.font()
        self._confirm_font = ui.confirmation_label.font()
        self._confirm_font.setPointSizeF(self._confirm_font.pointSizeF() * 1.3)
        self._confirm_font.setBold(True)
        small = ui.consent_text_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        ui.consent_text_label.setFont(small)
        ui.search_edit.setMinimumHeight(ui.search_edit.sizeHint().height() + 8)
        ui.results_table.setModel(self.model)
        header = ui.results_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        metrics = ui.results_table.fontMetrics()
        for column, mode, width in (
            (CheckinTableModel.NAME, QHeaderView.ResizeMode.Interactive, 260),
            (CheckinTableModel.INSTITUTION, QHeaderView.ResizeMode.Stretch, 0),
            (CheckinTableModel.ARRIVED, QHeaderView.ResizeMode.Fixed, metrics.horizontalAdvance("✓ 00:00 WITA") + 24),
            # wide enough for the longer translation of the header ("Tanda tangan")
            (CheckinTableModel.SIGNED, QHeaderView.ResizeMode.Fixed, metrics.horizontalAdvance("Tanda tangan") + 16),
        ):
            header.setSectionResizeMode(column, mode)
            if width:
                ui.results_table.setColumnWidth(column, width)
        ui.signature_group.setMinimumHeight(220)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.walk_in_institution_edit.setCompleter(self._completer)
        ui.setFocusProxy(ui.search_edit)  # whoever focuses the page lands in the search
        order = [ui.search_edit, ui.results_table, ui.check_in_button, ui.undo_check_in_button, self.pad,
                 ui.save_signature_button, ui.clear_signature_button, ui.skip_signature_button,
                 ui.consent_name_check, ui.consent_photo_check, ui.consent_phone_check, ui.walk_in_name_edit,
                 ui.walk_in_institution_edit, ui.walk_in_position_edit, ui.walk_in_gender_combo, ui.register_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _text: self._refresh_list())
        ui.search_edit.returnPressed.connect(self.check_in_current)
        ui.results_table.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.results_table.activated.connect(lambda index: self.check_in_current())
        ui.check_in_button.clicked.connect(self.check_in_current)
        ui.undo_check_in_button.clicked.connect(self.undo_current)
        ui.save_signature_button.clicked.connect(self.save_signature)
        ui.clear_signature_button.clicked.connect(self._clear_pad)
        ui.skip_signature_button.clicked.connect(self.skip_signature)
        for box in (ui.consent_name_check, ui.consent_photo_check, ui.consent_phone_check):
            box.clicked.connect(self._consent_clicked)  # clicked: by a person (mouse or Space), not by code
        ui.register_button.clicked.connect(self.register_walk_in)
        for edit in (ui.walk_in_name_edit, ui.walk_in_institution_edit, ui.walk_in_position_edit):
            edit.returnPressed.connect(self.register_walk_in)
        self.pad.changed.connect(self._update_signature_buttons)
        self.pad.submitted.connect(self.save_signature)
        self.pad.cancelled.connect(self.skip_signature)
        self.feedback.saved_at.connect(self._saved_elsewhere)
        search_keys: list[tuple[QKeySequence | Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Down, lambda: self._move(1)),
            (Qt.Key.Key_Up, lambda: self._move(-1)),
            (Qt.Key.Key_PageDown, lambda: self._move(10)),
            (Qt.Key.Key_PageUp, lambda: self._move(-10)),
            (Qt.Key.Key_Escape, ui.search_edit.clear),
        ]
        for key, slot in search_keys:
            self._shortcut(key, slot, ui.search_edit, Qt.ShortcutContext.WidgetShortcut)
        page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_search, ui, page)
        # Ctrl+R ("register"): Ctrl+N belongs to the window-wide "New workshop" action.
        self.walk_in_shortcut = self._shortcut(QKeySequence("Ctrl+R"), self.focus_walk_in, ui, page)
        self._shortcut(QKeySequence("Ctrl+Return"), self.save_signature, ui, page)
        self._shortcut(QKeySequence("Ctrl+Enter"), self.save_signature, ui, page)

    def _shortcut(self, key, slot: Callable[[], None], widget: QWidget, context: Qt.ShortcutContext) -> QShortcut:
        shortcut = QShortcut(key if isinstance(key, QKeySequence) else QKeySequence(key), widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    # -- the workshop ------------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        super().set_workshop(workshop_id)
        self._last = None
        self.pad.clear()
        self.ui.search_edit.clear()
        self.zone = zone_of(self.db, workshop_id) if workshop_id else "WIB"
        self.model.set_zone(self.zone)
        self._reload()
        self._fit_columns()
        self._show_confirmation()
        self.focus_search()

    def activated(self) -> None:
        """Back on this tab: participants may have changed on another tab; keep the pad and search."""
        if self.workshop_id is not None:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the participants (another page changed them); keeps the search and selection."""
        self._reload(keep_id=self.current.id if self.current else None)

    def _reload(self, keep_id: str | None = None) -> None:
        self.index = CheckinIndex.build(self.db, self.workshop_id) if self.workshop_id else CheckinIndex()
        self._completer.model().setStringList(self.index.institutions())
        self._refresh_list(keep_id)
        self._update_counter()

    def _saved_elsewhere(self) -> None:
        if not self._writing and self.workshop_id is not None:
            self.refresh()

    def _fit_columns(self) -> None:
        metrics = self.ui.results_table.fontMetrics()
        people = self.index.everyone()
        widest = max((metrics.horizontalAdvance(a.name) for a in people), default=200)
        self.ui.results_table.setColumnWidth(CheckinTableModel.NAME, max(200, min(NAME_COLUMN_MAX, widest + 20)))

    # -- search and selection -----------------------------------------------------------------

    def _refresh_list(self, keep_id: str | None = None) -> None:
        """Show the matches of the search text; select `keep_id`, else the best match."""
        query = self.ui.search_edit.text()
        self._selecting = True
        try:
            self.model.set_rows(self.index.search(query))
            row = self.model.row_of(keep_id) if keep_id else -1
            if row < 0 and normalize_query(query) and self.model.rowCount():
                row = 0  # typing always highlights the best match, ready for Enter
            if row >= 0:
                self.ui.results_table.selectRow(row)
                self.ui.results_table.scrollTo(self.model.index(row, 0))
        finally:
            self._selecting = False
        self._set_current(self.model.attendee_at(row) if row >= 0 else None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._set_current(self.model.attendee_at(current.row()) if current.isValid() else None)

    def _move(self, delta: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.ui.results_table.currentIndex()
        row = 0 if not current.isValid() else max(0, min(rows - 1, current.row() + delta))
        self.ui.results_table.selectRow(row)
        self.ui.results_table.scrollTo(self.model.index(row, 0))

    def _set_current(self, attendee: Attendee | None) -> None:
        if (attendee is None or self.current is None or attendee.id != self.current.id) and not self.pad.is_empty():
            self.pad.clear()  # unsaved ink belonged to the previous person
        self.current = attendee
        self._show_person()

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def focus_walk_in(self) -> None:
        self.ui.walk_in_name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- writes -----------------------------------------------------------------------------

    def _write(self, write: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
        """Run a service write through Feedback; (saved, result)."""
        results: list[Any] = []
        self._writing = True
        try:
            self.feedback.run(self.ui, lambda: results.append(write(self.db, *args)))
        finally:
            self._writing = False
        return bool(results), results[0] if results else None

    def _changed(self, participant_id: str, summary: bool = True) -> None:
        """After our own write: update one index entry, the list, the counter."""
        self.index.refresh(self.db, participant_id)
        self._refresh_list(keep_id=participant_id)
        self._update_counter()
        if summary:
            self.workshop_changed.emit()

    def check_in_current(self) -> None:
        """Check in the highlighted person, then hand the pad to them."""
        person = self.current
        if person is None or self.workshop_id is None:
            if normalize_query(self.ui.search_edit.text()) and not self.model.rowCount():
                self.feedback.info(QCoreApplication.translate("CheckinPage", "Nobody matches. Register a walk-in with Ctrl+R."))
            return
        was_present = person.present
        saved, instant = self._write(check_in, person.id)
        if not saved:
            return
        self._changed(person.id, summary=not was_present)
        self._last = ("already" if was_present else "checked_in", person.name, instant)
        self._show_confirmation()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_current(self) -> None:
        person = self.current
        if person is None or not person.present:
            return
        saved, _ = self._write(undo_check_in, person.id)
        if saved:
            self.pad.clear()
            self._changed(person.id)
            self._last = ("undone", person.name, None)
            self._show_confirmation()

    def save_signature(self) -> None:
        person = self.current
        if person is None or not person.present:
            return
        if self.pad.is_empty():
            self.feedback.info(UserError("checkin.signature_empty").message(i18n.current_language()))
            self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        saved, _ = self._write(set_signature, person.id, self.pad.to_png())
        if not saved:
            return
        self.pad.clear()
        self._changed(person.id, summary=False)
        self._last = ("signed", person.name, person.checked_in_at)
        self._show_confirmation()
        self._next_person()

    def skip_signature(self) -> None:
        self.pad.clear()
        self._next_person()

    def _next_person(self) -> None:
        self.ui.search_edit.clear()
        self.focus_search()

    def _clear_pad(self) -> None:
        self.pad.clear()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def register_walk_in(self) -> None:
        ui = self.ui
        if self.workshop_id is None:
            return
        saved, participant_id = self._write(
            register_walk_in, self.workshop_id, ui.walk_in_name_edit.text(), ui.walk_in_institution_edit.text(),
            ui.walk_in_position_edit.text(), ui.walk_in_gender_combo.currentData())
        if not saved:
            return
        person = self.index.refresh(self.db, participant_id)
        for edit in (ui.walk_in_name_edit, ui.walk_in_institution_edit, ui.walk_in_position_edit):
            edit.clear()
        ui.walk_in_gender_combo.setCurrentIndex(0)
        self._completer.model().setStringList(self.index.institutions())
        with QSignalBlocker(ui.search_edit):
            ui.search_edit.setText(person.name)
        self._changed(participant_id)
        self._last = ("walk_in", person.name, person.checked_in_at)
        self._show_confirmation()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _consent_clicked(self) -> None:
        person = self.current
        if person is None:
            return
        ui = self.ui
        saved, _ = self._write(set_consent, person.id, ui.consent_name_check.isChecked(),
                               ui.consent_photo_check.isChecked(), ui.consent_phone_check.isChecked())
        if saved:
            self._changed(person.id, summary=False)
        else:
            self._show_person()  # put the boxes back as stored

    # -- showing state ---------------------------------------------------------------------

    def _update_counter(self) -> None:
        self.ui.counter_label.setText(QCoreApplication.translate("CheckinPage", "Present: {present} of {total}").format(
            present=self.index.present_count(), total=len(self.index)))

    def _show_person(self) -> None:
        ui, person = self.ui, self.current
        present = person is not None and person.present
        ui.check_in_button.setEnabled(person is not None and not present)
        ui.undo_check_in_button.setEnabled(present)
        self.pad.setEnabled(present)
        self.pad.set_hint(None if present or person is None else QCoreApplication.translate("CheckinPage", "Check the participant in first"))
        ui.skip_signature_button.setEnabled(present)
        for box, value in ((ui.consent_name_check, person.consent_name if person else True),
                           (ui.consent_photo_check, person.consent_photo if person else True),
                           (ui.consent_phone_check, person.consent_phone if person else False)):
            box.setEnabled(person is not None)
            box.setChecked(value)
        self._update_signature_buttons()
        if person is None:
            ui.person_label.setText(html.escape(QCoreApplication.translate("CheckinPage", "Type a name in the search field; Enter checks the highlighted "
                                                    "person in.")))
            return
        details = " · ".join(html.escape(part) for part in (person.institution, person.position) if part)
        if present:
            status = QCoreApplication.translate("CheckinPage", "Present since {time}").format(time=local_clock(person.checked_in_at, self.zone))
            status += " · " + (QCoreApplication.translate("CheckinPage", "signed") if person.signed else QCoreApplication.translate("CheckinPage", "not signed yet"))
        else:
            status = QCoreApplication.translate("CheckinPage", "Not checked in yet: press Enter to check in.")
        if person.consent_version:
            consent = QCoreApplication.translate("CheckinPage", "Consent recorded (text version {version}).").format(version=person.consent_version)
        else:
            consent = QCoreApplication.translate("CheckinPage", "Consent not recorded yet.")
        ui.person_label.setText(f"<b>{html.escape(person.name)}</b><br>{details or '—'}<br>"
                                f"{html.escape(status)}<br><small>{html.escape(consent)}</small>")

    def _update_signature_buttons(self) -> None:
        has_ink = self.pad.isEnabled() and not self.pad.is_empty()
        self.ui.save_signature_button.setEnabled(has_ink)
        self.ui.clear_signature_button.setEnabled(has_ink)

    def _show_confirmation(self) -> None:
        label = self.ui.confirmation_label
        if self._last is None:
            label.setStyleSheet("")
            label.setFont(self._hint_font)
            label.setText(QCoreApplication.translate("CheckinPage", "Type a name and press Enter to check the person in."))
            return
        kind, name, instant = self._last
        time = local_clock(instant, self.zone) if instant else ""
        texts = {
            "checked_in": QCoreApplication.translate("CheckinPage", "✓ {name} — {time}"),
            "already": QCoreApplication.translate("CheckinPage", "✓ {name} — already checked in at {time}"),
            "signed": QCoreApplication.translate("CheckinPage", "✓ {name} — {time} · signature saved"),
            "walk_in": QCoreApplication.translate("CheckinPage", "✓ {name} — {time} (walk-in)"),
            "undone": QCoreApplication.translate("CheckinPage", "Check-in of {name} undone"),
        }
        label.setStyleSheet("" if kind == "undone" else CONFIRM_STYLE)
        label.setFont(self._hint_font if kind == "undone" else self._confirm_font)
        label.setText(texts[kind].format(name=name, time=time))

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.model.retranslate()
        combo = self.ui.walk_in_gender_combo
        chosen = combo.currentIndex()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(QCoreApplication.translate("CheckinPage", "(not stated)"), None)
            for gender in Gender:
                combo.addItem(label(gender, lang), gender.value)
            combo.setCurrentIndex(max(0, chosen))
        texts = consent_texts(lang)
        for box, key in ((self.ui.consent_name_check, "name"), (self.ui.consent_photo_check, "photo"),
                         (self.ui.consent_phone_check, "keep_phone")):
            box.setToolTip(texts[key])
            box.setAccessibleDescription(texts[key])
        self.ui.consent_group.setToolTip(texts["title"])
        self.ui.consent_text_label.setText(
            texts["intro"] + " " + QCoreApplication.translate("CheckinPage", "Text version {version}.").format(version=texts["version"]))
        self._update_counter()
        self._show_person()
        self._show_confirmation()
