"""The Setup tab: everything a facilitator prepares before the day (`forms/setup_page.ui`).

There is no Save button. Each widget writes its own field the moment the edit is done
(line edits and the two multi-line boxes when focus leaves them, combo boxes, check
boxes, the date and the times as soon as they change) through `Feedback.run`, which
confirms "Saved" in the status bar or explains a refusal; a refused value snaps back to
what is stored, so the page never shows something the database does not hold.

Times: a QTimeEdit cannot be empty, so 00:00 (shown as "--:--") means "not set"; nobody
starts an FGD at midnight. Times are the regency's local wall-clock time, labelled with
its zone (WIB/WITA/WIT).

The agenda editor (`AgendaEditor`, its own form) sits in the right-hand column; when
the start or end time changes it recomputes planned starts and the overrun warning.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QObject, Qt, QTime, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QPlainTextEdit, QWidget

from fgd_app.core.dates import long_date
from fgd_app.core.limits import EARLIEST_DATE, LATEST_DATE
from fgd_app.core.vocab import Language, Stage, label
from fgd_app.errors import UserError
from fgd_app.services.workshop_setup import (
    clear_logo,
    get_workshop,
    logo,
    regencies,
    set_logo,
    update_workshop,
)
from fgd_app.store.database import Database
from fgd_app.ui import i18n
from fgd_app.ui.agenda_editor import AgendaEditor
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.pages import WorkshopPage
from fgd_app.ui.regency_picker import RegencyPicker

LOGO_MAX_SIDE = 600  # pixels; plenty for a kop printed about 2.5 cm wide
THUMBNAIL_SIDE = 64
LINE_EDITS = {
    "title": "title_edit",
    "venue": "venue_edit",
    "chair_name": "chair_name_edit",
    "chair_position": "chair_position_edit",
    "chair_nip": "chair_nip_edit",
    "note_taker_name": "note_taker_name_edit",
    "note_taker_position": "note_taker_position_edit",
    "note_taker_nip": "note_taker_nip_edit",
}
PLAIN_TEXTS = {"facilitators": "facilitators_edit", "letterhead_lines": "letterhead_edit"}
LANGUAGE_NAMES = {Language.ID: "Bahasa Indonesia", Language.EN: "English"}  # each in its own language
UNSET_TIME = QTime(0, 0)


class SetupPage(WorkshopPage):
    FORM = "setup_page.ui"

    # A new workshop was made from this one ("Duplicate as template…"): its id.
    workshop_created = Signal(str)

    def __init__(self, db: Database, feedback: Feedback, parent: QObject | None = None):
        super().__init__(db, feedback, parent)
        self._workshop = None  # the Workshop as last stored
        ui = self.ui
        self.regency = RegencyPicker(ui.regency_combo, ui.regency_details, regencies(db), self)
        self.agenda = AgendaEditor(db, feedback, self)
        ui.agenda_container.addWidget(self.agenda.ui)
        self.pillar_checks: dict[str, QCheckBox] = {}
        self._build_pillar_checks()
        self._setup_inputs()
        self._connect()
        self._set_tab_order()
        self.retranslate()
        self.set_workshop(None)

    # -- building ----------------------------------------------------------------------------

    def _build_pillar_checks(self) -> None:
        grid = self.ui.pillars_grid
        for n, (key,) in enumerate(self.db.rows("SELECT key FROM pillar ORDER BY position, key")):
            check = QCheckBox(self.ui.pillars_group)
            check.setObjectName(f"pillar_{key}_check")
            grid.addWidget(check, n % 3, n // 3)
            self.pillar_checks[key] = check
        grid.setRowStretch(grid.rowCount(), 1)  # keep the boxes together at the top

    def _setup_inputs(self) -> None:
        ui = self.ui
        ui.date_edit.setDateRange(QDate(EARLIEST_DATE), QDate(LATEST_DATE))
        for edit in (ui.start_time_edit, ui.end_time_edit):
            edit.setMinimumTime(UNSET_TIME)
            edit.setSpecialValueText("--:--")
        for stage in Stage:
            ui.stage_combo.addItem("", stage.value)
        for language in Language:
            ui.language_combo.addItem(LANGUAGE_NAMES[language], language.value)
        small = ui.autosave_hint.font()
        small.setItalic(True)
        ui.autosave_hint.setFont(small)
        line = ui.facilitators_edit.fontMetrics().lineSpacing()
        ui.facilitators_edit.setFixedHeight(line * 4 + 12)
        # Six kop lines plus the horizontal scroll bar that long address lines bring.
        scroll_bar = ui.letterhead_edit.horizontalScrollBar().sizeHint().height()
        ui.letterhead_edit.setFixedHeight(line * 6 + 12 + scroll_bar)
        nip_width = ui.chair_nip_edit.fontMetrics().horizontalAdvance("0" * 18) + 16  # NIP: 18 digits
        ui.chair_nip_edit.setFixedWidth(nip_width)
        ui.note_taker_nip_edit.setFixedWidth(nip_width)
        ui.zone_label.setMinimumWidth(ui.fontMetrics().horizontalAdvance("WITA (UTC+8)") + 8)

    def _connect(self) -> None:
        ui = self.ui
        for field, name in LINE_EDITS.items():
            getattr(ui, name).editingFinished.connect(lambda field=field: self._save_line(field))
        # The multi-line boxes have no editingFinished: they are saved when focus leaves them
        # (watched through the application's focusChanged signal, not a Python event filter,
        # which can crash PySide at interpreter exit).
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.regency.chosen.connect(lambda code: self._save(regency_code=code))
        ui.stage_combo.currentIndexChanged.connect(lambda _: self._save(stage=ui.stage_combo.currentData()))
        ui.language_combo.currentIndexChanged.connect(lambda _: self._save(language=ui.language_combo.currentData()))
        ui.date_edit.dateChanged.connect(lambda day: self._save(held_on=day.toPython()))
        ui.start_time_edit.timeChanged.connect(lambda t: self._save(start_time=_from_qtime(t)))
        ui.end_time_edit.timeChanged.connect(lambda t: self._save(end_time=_from_qtime(t)))
        for check in self.pillar_checks.values():
            check.toggled.connect(lambda _: self._save(pillars=self._checked_pillars()))
        ui.choose_logo_button.clicked.connect(self.choose_logo)
        ui.remove_logo_button.clicked.connect(self.remove_logo)
        ui.duplicate_button.clicked.connect(self.duplicate)

    def _set_tab_order(self) -> None:
        ui, agenda = self.ui, self.agenda.ui
        chain = [
            ui.title_edit, ui.regency_combo, ui.stage_combo, ui.date_edit, ui.start_time_edit, ui.end_time_edit,
            ui.venue_edit, ui.chair_name_edit, ui.chair_position_edit, ui.chair_nip_edit, ui.note_taker_name_edit,
            ui.note_taker_position_edit, ui.note_taker_nip_edit, ui.facilitators_edit, *self.pillar_checks.values(),
            agenda.agenda_table, agenda.add_item_button, agenda.remove_item_button, agenda.move_up_button,
            agenda.move_down_button, ui.language_combo, ui.letterhead_edit, ui.choose_logo_button,
            ui.remove_logo_button, ui.duplicate_button,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- WorkshopPage ----------------------------------------------------------------------------

    def set_workshop(self, workshop_id: str | None) -> None:
        if self.workshop_id is not None and workshop_id != self.workshop_id:
            self.flush()
        super().set_workshop(workshop_id)
        self._workshop = get_workshop(self.db, workshop_id) if workshop_id else None
        self.ui.setup_contents.setEnabled(workshop_id is not None)
        self._show(None)
        self.agenda.set_workshop(workshop_id)
        self._show_logo()

    def retranslate(self) -> None:
        lang = i18n.current_language()
        combo = self.ui.stage_combo
        for row in range(combo.count()):
            combo.setItemText(row, label(combo.itemData(row), lang))
        for key, name_id, name_en in self.db.rows("SELECT key, name_id, name_en FROM pillar"):
            if key in self.pillar_checks:
                self.pillar_checks[key].setText(name_en if lang == "en" else name_id)
        self.regency.retranslate()
        self.agenda.retranslate()
        self._show_derived()
        self._show_logo()

    def flush(self) -> None:
        """Store what is still being typed in the multi-line boxes (call before switching away)."""
        if self._workshop is None:
            return
        for field, name in PLAIN_TEXTS.items():
            self._save_lines(field, getattr(self.ui, name))

    # -- saving ------------------------------------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for field, name in PLAIN_TEXTS.items():
            edit = getattr(self.ui, name)
            if old is edit and new is not edit:
                self._save_lines(field, edit)

    def _save_line(self, field: str) -> None:
        if self._workshop is None:
            return
        text = getattr(self.ui, LINE_EDITS[field]).text()
        if " ".join(text.split()) != getattr(self._workshop, field):
            self._save(**{field: text})

    def _save_lines(self, field: str, edit: QPlainTextEdit) -> None:
        if self._workshop is None:
            return
        lines = [" ".join(line.split()) for line in edit.toPlainText().splitlines()]
        if [line for line in lines if line] != getattr(self._workshop, field):
            self._save(**{field: edit.toPlainText()})

    def _save(self, **changes) -> None:
        """Write `changes` now; on refusal show the stored values again."""
        if self._workshop is None:
            return
        if all(getattr(self._workshop, field) == value for field, value in changes.items()):
            return  # e.g. Enter in a time box that was not changed: nothing to save or confirm
        saved = self.feedback.run(self.ui, update_workshop, self.db, self.workshop_id, **changes)
        if saved is None:
            self._show(set(changes))
            return
        regency_changed = saved.regency_code != self._workshop.regency_code
        self._workshop = saved
        # Show the normalised value (trimmed text, sorted pillars); a new regency may bring a new kop.
        self._show(set(changes) | ({"letterhead_lines"} if regency_changed else set()))
        if changes.keys() & {"start_time", "end_time"}:
            self.agenda.refresh()
        self.workshop_changed.emit()

    def _checked_pillars(self) -> list[str]:
        return [key for key, check in self.pillar_checks.items() if check.isChecked()]

    # -- showing ------------------------------------------------------------------------------------

    def _show(self, fields: set[str] | None) -> None:
        """Put stored values into the widgets (`fields` None: all), without triggering saves."""
        w, ui = self._workshop, self.ui

        def wanted(field: str) -> bool:
            return fields is None or field in fields

        for field, name in LINE_EDITS.items():
            if wanted(field):
                edit = getattr(ui, name)
                edit.setText(getattr(w, field) if w else "")
                edit.setCursorPosition(0)
        for field, name in PLAIN_TEXTS.items():
            if wanted(field):
                _quietly(getattr(ui, name), "setPlainText", "\n".join(getattr(w, field)) if w else "")
        if wanted("regency_code"):
            self.regency.set_code(w.regency_code if w else None)
        if wanted("stage"):
            _quietly(ui.stage_combo, "setCurrentIndex", ui.stage_combo.findData(w.stage.value) if w else -1)
        if wanted("language"):
            _quietly(ui.language_combo, "setCurrentIndex", ui.language_combo.findData(w.language.value) if w else -1)
        if wanted("held_on"):
            _quietly(ui.date_edit, "setDate", QDate(w.held_on) if w else QDate.currentDate())
        if wanted("start_time"):
            _quietly(ui.start_time_edit, "setTime", _to_qtime(w.start_time if w else None))
        if wanted("end_time"):
            _quietly(ui.end_time_edit, "setTime", _to_qtime(w.end_time if w else None))
        if wanted("pillars"):
            for key, check in self.pillar_checks.items():
                _quietly(check, "setChecked", bool(w) and key in w.pillars)
        self._show_derived()

    def _show_derived(self) -> None:
        """Texts computed from stored values: the long date and the time zone."""
        w, ui = self._workshop, self.ui
        ui.long_date_label.setText(long_date(w.held_on, i18n.current_language()) if w else "")
        zone = self.regency.zone()
        ui.zone_label.setText(zone or "")
        ui.zone_label.setToolTip(QCoreApplication.translate(
            "SetupPage", "Times are local to the regency: {zone}").format(zone=zone) if zone else "")

    # -- logo ---------------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        if self.workshop_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.ui, QCoreApplication.translate("SetupPage", "Choose the letterhead logo"), "",
            QCoreApplication.translate("SetupPage", "Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        if self.feedback.run(self.ui, self._store_logo, path) is not None:
            self._show_logo()
            self.workshop_changed.emit()

    def _store_logo(self, path: str) -> str:
        """Load any PNG/JPEG, shrink it to at most 600 px, and store it as PNG."""
        image = QImage(path)
        if image.isNull():
            raise UserError("setup.logo_unreadable", path=Path(path).name)
        if max(image.width(), image.height()) > LOGO_MAX_SIDE:
            image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return set_logo(self.db, self.workshop_id, bytes(data.data()), "image/png")

    def remove_logo(self) -> None:
        if self.workshop_id is None:
            return
        removed = self.feedback.run(self.ui, lambda: clear_logo(self.db, self.workshop_id) or True)
        if removed:
            self._show_logo()
            self.workshop_changed.emit()

    def _show_logo(self) -> None:
        preview = self.ui.logo_preview
        stored = logo(self.db, self.workshop_id) if self.workshop_id else None
        pixmap = QPixmap()
        if stored and pixmap.loadFromData(stored[0]):
            preview.setPixmap(pixmap.scaled(THUMBNAIL_SIDE, THUMBNAIL_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        else:
            preview.setPixmap(QPixmap())
            preview.setText(QCoreApplication.translate("SetupPage", "No logo"))
        self.ui.remove_logo_button.setEnabled(stored is not None)

    # -- duplicate ------------------------------------------------------------------------------------

    def duplicate(self) -> None:
        if self.workshop_id is None:
            return
        self.flush()
        from fgd_app.ui.new_workshop_dialog import ask_duplicate

        new_id = ask_duplicate(self.ui, self.db, self.feedback, self.workshop_id)
        if new_id:
            self.workshop_created.emit(new_id)


def _quietly(widget: QWidget, method: str, value) -> None:
    """Call a setter without emitting the signals that would save it again."""
    blocked = widget.blockSignals(True)
    try:
        getattr(widget, method)(value)
    finally:
        widget.blockSignals(blocked)


def _to_qtime(value: dt.time | None) -> QTime:
    return QTime(value.hour, value.minute) if value else UNSET_TIME


def _from_qtime(value: QTime) -> dt.time | None:
    return None if value == UNSET_TIME else dt.time(value.hour(), value.minute())
