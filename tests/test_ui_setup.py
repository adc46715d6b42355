"""The Setup tab, its agenda editor and the New workshop dialog, driven like a person would.

Real widgets (offscreen): keys are typed into the regency search, the title, the date
and the times; message boxes and the file dialog are patched. Each check looks at what
the person sees and at what the database holds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QLineEdit, QMessageBox, QSpinBox

from fgd_app.services import agenda as ag
from fgd_app.services import workshop_setup as ws
from fgd_app.services.demo import ensure_demo
from fgd_app.store.models import Workshop
from fgd_app.ui import i18n
from fgd_app.ui.agenda_model import AgendaModel
from fgd_app.ui.feedback import Feedback
from fgd_app.ui.new_workshop_dialog import NewWorkshopDialog, ask_new_workshop
from fgd_app.ui.regency_picker import ZONE_ROLE, RegencyListModel
from fgd_app.ui.setup_page import SetupPage

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def feedback() -> Feedback:
    return Feedback()


@pytest.fixture
def page(ui_db, feedback, qtbot):
    """The Setup page of the demo workshop, shown in an active window, in Indonesian."""
    i18n.apply_language("id")
    workshop_id, _ = ensure_demo(ui_db)
    setup = SetupPage(ui_db, feedback)
    qtbot.addWidget(setup.ui)
    setup.set_workshop(workshop_id)
    setup.ui.resize(1100, 750)
    with qtbot.waitExposed(setup.ui):
        setup.ui.show()
    setup.ui.activateWindow()
    qtbot.waitUntil(setup.ui.isActiveWindow)
    return setup


def stored(db, workshop_id) -> Workshop:
    return db.get(Workshop, workshop_id)


def agenda_titles(db, workshop_id) -> list[str]:
    return [item.title for item in ag.agenda(db, workshop_id).items]


def when_modal(qtbot, drive):
    """Run `drive(dialog)` once a modal dialog is open; reject it if driving failed (no hang)."""
    def step():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            drive(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)


# -- the New workshop dialog --------------------------------------------------------------------


def test_new_workshop_by_keyboard(ui_db, feedback, qtbot):
    i18n.apply_language("id")
    seen = {}

    def drive(dialog: QDialog):
        ok = dialog.button_box.button(dialog.button_box.StandardButton.Ok)
        seen["ok_at_start"] = ok.isEnabled()
        combo = dialog.regency_combo
        combo.setFocus()
        qtbot.keyClicks(combo, "kutai bar")
        popup = combo.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        seen["offered"] = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        seen["details"] = dialog.regency_details.text()
        seen["ok_without_title"] = ok.isEnabled()
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
        qtbot.waitUntil(dialog.title_edit.hasFocus)
        qtbot.keyClicks(dialog.title_edit, "FGD Bimtek 2 Kutai Barat")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.date_edit, "12082021")
        seen["long_date"] = dialog.long_date_label.text()
        seen["ok_at_end"] = ok.isEnabled()
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)  # Enter: the default button, OK

    when_modal(qtbot, drive)
    workshop_id = ask_new_workshop(None, ui_db, feedback)

    assert seen["offered"] == ["Kabupaten Kutai Barat — Kalimantan Timur"]
    assert "WITA" in seen["details"] and "Kalimantan Timur" in seen["details"]
    assert seen["ok_at_start"] is False and seen["ok_without_title"] is False and seen["ok_at_end"] is True
    assert seen["long_date"] == "Kamis, 12 Agustus 2021"
    assert workshop_id is not None
    w = stored(ui_db, workshop_id)
    assert (w.regency_code, w.title, w.held_on, w.status) == ("64.07", "FGD Bimtek 2 Kutai Barat",
                                                              dt.date(2021, 8, 12), "planned")
    assert w.letterhead_lines[0] == "PEMERINTAH KABUPATEN KUTAI BARAT"


def test_new_workshop_cancel_creates_nothing(ui_db, feedback, qtbot):
    def drive(dialog):
        qtbot.keyClicks(dialog.title_edit, "Tidak jadi")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)

    when_modal(qtbot, drive)
    assert ask_new_workshop(None, ui_db, feedback) is None
    assert ui_db.scalar("SELECT count(*) FROM workshop") == 0


def test_new_workshop_ok_needs_a_unique_regency(ui_db, feedback, qtbot):
    dialog = NewWorkshopDialog(ui_db, feedback)
    qtbot.addWidget(dialog.ui)
    dialog.ui.title_edit.setText("FGD")
    ok = dialog.ok_button
    dialog.ui.regency_combo.lineEdit().setText("kutai")  # three Kutai regencies: not a choice
    dialog.ui.regency_combo.lineEdit().editingFinished.emit()
    assert dialog.regency.code() is None and not ok.isEnabled()
    dialog.ui.regency_combo.lineEdit().setText("kota samarinda")
    dialog.ui.regency_combo.lineEdit().editingFinished.emit()
    assert dialog.regency.code() == "64.72" and ok.isEnabled()
    dialog.ui.title_edit.setText("   ")
    assert not ok.isEnabled()


# -- the Setup page --------------------------------------------------------------------------------


def test_page_shows_the_demo_workshop(page, ui_db):
    ui = page.ui
    w = stored(ui_db, page.workshop_id)
    assert ui.title_edit.text() == w.title
    assert ui.regency_combo.currentText() == "Kabupaten Kutai Barat — Kalimantan Timur"
    assert "WITA" in ui.regency_details.text() and ui.zone_label.text() == "WITA"
    assert ui.long_date_label.text() == "Kamis, 17 Juni 2021"
    assert ui.date_edit.date() == QDate(2021, 6, 17)
    assert ui.start_time_edit.time().toString("HH:mm") == "08:30"
    assert ui.stage_combo.currentText() == "Bimtek 1"
    assert ui.facilitators_edit.toPlainText().count("\n") == 2
    assert all(check.isChecked() for check in page.pillar_checks.values())
    assert ui.language_combo.currentText() == "Bahasa Indonesia"
    assert page.agenda.model.rowCount() == 10
    assert page.agenda.ui.overrun_warning.isHidden()


def test_venue_time_and_pillars_are_stored_as_they_change(page, ui_db, feedback, qtbot, warnings):
    ui, wid = page.ui, page.workshop_id
    messages = []
    feedback.message.connect(messages.append)
    changed = []
    page.workshop_changed.connect(lambda: changed.append(True))

    ui.venue_edit.setFocus()
    ui.venue_edit.selectAll()
    qtbot.keyClicks(ui.venue_edit, "Aula  Hotel Kutai ")
    qtbot.keyClick(ui.venue_edit, Qt.Key.Key_Return)
    assert stored(ui_db, wid).venue == "Aula Hotel Kutai"
    assert ui.venue_edit.text() == "Aula Hotel Kutai"  # shows what was stored
    assert messages[-1].startswith("Saved") or messages[-1].startswith("Tersimpan")

    qtbot.keyClick(ui.venue_edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Ti&me": the start time
    assert ui.start_time_edit.hasFocus()
    qtbot.keyClicks(ui.start_time_edit, "0900")
    qtbot.keyClick(ui.start_time_edit, Qt.Key.Key_Return)
    assert stored(ui_db, wid).start_time == dt.time(9, 0)
    assert page.agenda.model.index(0, AgendaModel.START).data() == "09:00"  # timeboxes follow
    qtbot.keyClick(ui.start_time_edit, Qt.Key.Key_Up)  # arrows step the minutes (the cursor is there) and save
    assert stored(ui_db, wid).start_time == dt.time(9, 1)

    branding = page.pillar_checks["branding"]
    qtbot.mouseClick(branding, Qt.MouseButton.LeftButton, pos=QPoint(8, branding.height() // 2))
    page.pillar_checks["society"].setFocus()
    qtbot.keyClick(page.pillar_checks["society"], Qt.Key.Key_Space)
    assert stored(ui_db, wid).pillars == ["governance", "economy", "living", "environment"]

    ui.facilitators_edit.setFocus()
    ui.facilitators_edit.setPlainText("Nadia Puspitasari\n\n  Hendra  Siregar ")
    ui.venue_edit.setFocus()  # leaving the box saves it
    qtbot.waitUntil(lambda: stored(ui_db, wid).facilitators == ["Nadia Puspitasari", "Hendra Siregar"])

    ui.stage_combo.setFocus()
    qtbot.keyClick(ui.stage_combo, Qt.Key.Key_Down)
    assert stored(ui_db, wid).stage == "bimtek2"
    assert warnings == [] and changed


def test_a_bad_time_range_is_refused_and_nothing_is_stored(page, ui_db, feedback, qtbot, warnings):
    ui, wid = page.ui, page.workshop_id
    revisions_before = ui_db.scalar("SELECT count(*) FROM revision WHERE entity_id = ?", (wid,))
    qtbot.keyClick(ui.title_edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Ti&me": the start time
    qtbot.keyClick(ui.start_time_edit, Qt.Key.Key_Tab)  # its minutes
    qtbot.keyClick(ui.start_time_edit, Qt.Key.Key_Tab)  # the end time, hours selected
    assert ui.end_time_edit.hasFocus()
    qtbot.keyClicks(ui.end_time_edit, "0700")
    qtbot.keyClick(ui.end_time_edit, Qt.Key.Key_Return)

    assert len(warnings) == 1
    assert warnings[0] == "Jam selesai (07:00) harus sesudah jam mulai (08:30)."
    assert feedback.last_error == warnings[0]
    assert stored(ui_db, wid).end_time == dt.time(16, 0)
    assert ui.end_time_edit.time().toString("HH:mm") == "16:00"  # the stored value is shown again
    assert ui_db.scalar("SELECT count(*) FROM revision WHERE entity_id = ?", (wid,)) == revisions_before


def test_an_empty_title_is_refused(page, ui_db, qtbot, warnings):
    ui = page.ui
    title = ui.title_edit.text()
    ui.title_edit.setFocus()
    ui.title_edit.selectAll()
    qtbot.keyClick(ui.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(ui.title_edit, Qt.Key.Key_Return)
    assert warnings == ["Judul wajib diisi."]
    assert ui.title_edit.text() == title == stored(ui_db, page.workshop_id).title


def test_changing_the_regency_by_search_updates_zone_and_kop(ui_db, feedback, qtbot, warnings):
    wid = ws.create_workshop(ui_db, regency_code="64.07", title="FGD", held_on="2024-03-05")
    page = SetupPage(ui_db, feedback)
    qtbot.addWidget(page.ui)
    page.set_workshop(wid)
    edit = page.ui.regency_combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "kota jayapura")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    w = stored(ui_db, wid)
    assert w.regency_code == "91.71" and page.ui.zone_label.text() == "WIT"
    assert w.letterhead_lines[0] == "PEMERINTAH KOTA JAYAPURA"
    assert page.ui.letterhead_edit.toPlainText().startswith("PEMERINTAH KOTA JAYAPURA")

    edit.selectAll()
    qtbot.keyClicks(edit, "jaya")  # ambiguous: the stored choice comes back
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert stored(ui_db, wid).regency_code == "91.71"
    assert page.ui.regency_combo.currentText() == "Kota Jayapura — Papua"
    assert warnings == []


def test_letterhead_is_capped_at_six_lines(page, ui_db, qtbot, warnings):
    ui = page.ui
    before = stored(ui_db, page.workshop_id).letterhead_lines
    ui.letterhead_edit.setFocus()
    ui.letterhead_edit.setPlainText("\n".join(f"BARIS {n}" for n in range(7)))
    page.flush()
    assert len(warnings) == 1 and "6" in warnings[0]
    assert stored(ui_db, page.workshop_id).letterhead_lines == before
    assert ui.letterhead_edit.toPlainText() == "\n".join(before)


def test_logo_is_scaled_stored_as_png_and_removed(page, ui_db, tmp_path, monkeypatch, warnings):
    picture = QImage(1200, 300, QImage.Format.Format_RGB32)
    picture.fill(QColor("#0a5"))
    path = tmp_path / "logo kubar.jpg"
    assert picture.save(str(path), "JPEG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.ui.choose_logo_button.click()

    data, mime = ws.logo(ui_db, page.workshop_id)
    assert mime == "image/png" and data.startswith(b"\x89PNG")
    stored_image = QImage.fromData(data)
    assert (stored_image.width(), stored_image.height()) == (600, 150)
    assert not page.ui.logo_preview.pixmap().isNull()
    assert page.ui.remove_logo_button.isEnabled()

    bogus = tmp_path / "not-a-logo.png"
    bogus.write_text("hello")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    page.ui.choose_logo_button.click()
    assert len(warnings) == 1 and "not-a-logo.png" in warnings[0]
    assert ws.logo(ui_db, page.workshop_id)[0] == data

    page.ui.remove_logo_button.click()
    assert ws.logo(ui_db, page.workshop_id) is None
    assert page.ui.logo_preview.text() and not page.ui.remove_logo_button.isEnabled()


# -- the agenda ------------------------------------------------------------------------------------


def test_agenda_reorders_with_ctrl_down_and_ctrl_up(page, ui_db, qtbot):
    wid = page.workshop_id
    table = page.agenda.ui.agenda_table
    titles = agenda_titles(ui_db, wid)
    first = ag.agenda(ui_db, wid).items[0].id
    page.agenda.select_row(0)
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(ui_db, wid) == [titles[1], titles[2], titles[0], *titles[3:]]
    assert [i.position for i in ag.agenda(ui_db, wid).items] == list(range(10))
    assert table.currentIndex().row() == 2  # the moved item stays selected
    assert table.model().index(2, AgendaModel.TITLE).data() == titles[0]
    assert table.model().index(2, AgendaModel.NUMBER).data() == "3"
    positions = ui_db.rows("SELECT snapshot FROM revision WHERE entity_id = ? ORDER BY hlc", (first,))
    assert len(positions) == 3  # created, then two logged moves

    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(ui_db, wid)[:3] == [titles[1], titles[0], titles[2]]
    page.agenda.select_row(0)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first: nothing
    assert agenda_titles(ui_db, wid)[:3] == [titles[1], titles[0], titles[2]]


def test_agenda_reorders_by_drop(page, ui_db):
    """A drop, as the view delivers it: the dragged row's mime data dropped between two rows.

    A real mouse drag runs QDrag's nested platform loop, which the offscreen platform
    cannot drive; the view hands the drop to `dropMimeData` exactly as called here.
    """
    wid = page.workshop_id
    model = page.agenda.model
    titles = agenda_titles(ui_db, wid)
    data = model.mimeData([model.index(8, AgendaModel.TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())  # before row 1
    assert agenda_titles(ui_db, wid) == [titles[0], titles[8], *titles[1:8], titles[9]]

    data = model.mimeData([model.index(0, AgendaModel.TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(3, 0))  # onto row 3
    assert agenda_titles(ui_db, wid)[:4] == [titles[8], titles[1], titles[2], titles[0]]
    assert model.rowCount() == 10  # nothing removed after the move
    assert [model.index(r, AgendaModel.TITLE).data() for r in range(10)] == agenda_titles(ui_db, wid)

    assert model.moveRows(QModelIndex(), 9, 1, QModelIndex(), 0)
    assert agenda_titles(ui_db, wid)[0] == titles[9]


def test_agenda_editing_in_place_and_the_overrun_warning(page, ui_db, qtbot, warnings):
    wid = page.workshop_id
    table, model = page.agenda.ui.agenda_table, page.agenda.model
    table.setFocus()
    page.agenda.select_row(2, AgendaModel.MINUTES)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QSpinBox, "agenda_minutes_editor")
    editor.selectAll()
    qtbot.keyClicks(editor, "150")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: ag.agenda(ui_db, wid).items[2].planned_minutes == 150)
    warning = page.agenda.ui.overrun_warning
    assert not warning.isHidden() and "16:30" in warning.text() and "16:00" in warning.text()
    assert model.index(9, AgendaModel.START).data(Qt.ItemDataRole.ForegroundRole) is not None

    page.agenda.select_row(2, AgendaModel.TITLE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    title_editor = table.findChild(QLineEdit, "agenda_title_editor")
    title_editor.selectAll()
    qtbot.keyClicks(title_editor, "Paparan kebijakan")
    qtbot.keyClick(title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agenda_titles(ui_db, wid)[2] == "Paparan kebijakan")

    page.agenda.select_row(2, AgendaModel.PILLAR)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    pillar_editor = table.findChild(QComboBox, "agenda_pillar_editor")
    pillar_editor.setCurrentIndex(pillar_editor.findData("economy"))
    qtbot.keyClick(pillar_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ag.agenda(ui_db, wid).items[2].pillar_key == "economy")
    assert model.index(2, AgendaModel.PILLAR).data() == "Smart Economy"

    ui = page.ui
    ui.end_time_edit.setFocus()
    qtbot.keyClick(ui.end_time_edit, Qt.Key.Key_Up)  # 17:00: the agenda fits again
    assert warning.isHidden()
    assert warnings == []


def test_agenda_add_and_remove(page, ui_db, qtbot):
    wid = page.workshop_id
    table = page.agenda.ui.agenda_table
    page.agenda.select_row(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = table.findChild(QLineEdit, "agenda_title_editor")
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "Ishoma")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agenda_titles(ui_db, wid)[1] == "Ishoma")
    assert len(agenda_titles(ui_db, wid)) == 11

    page.agenda.select_row(1)
    page.agenda.ui.remove_item_button.click()
    assert "Ishoma" not in agenda_titles(ui_db, wid)
    assert [i.position for i in ag.agenda(ui_db, wid).items] == list(range(10))


def test_models_pass_the_qt_model_tester(ui_db, feedback, qtmodeltester):
    workshop_id, _ = ensure_demo(ui_db)
    model = AgendaModel(ui_db, feedback, lang="en")
    qtmodeltester.check(model)  # empty
    model.set_workshop(workshop_id)
    qtmodeltester.check(model)
    assert model.index(3, AgendaModel.PILLAR).data() == "Smart Governance"
    assert model.index(0, AgendaModel.START).data() == "08:30"

    regencies = RegencyListModel(ws.regencies(ui_db))
    qtmodeltester.check(regencies)
    row = regencies.row_of("64.07")
    assert regencies.index(row, 0).data() == "Kabupaten Kutai Barat — Kalimantan Timur"
    assert regencies.index(row, 0).data(ZONE_ROLE) == "WITA"


# -- duplicate -----------------------------------------------------------------------------------


def test_duplicate_as_template_makes_a_second_workshop(page, ui_db, qtbot):
    created = []
    page.workshop_created.connect(created.append)

    def drive(dialog):
        assert not dialog.regency_combo.isEnabled()
        assert dialog.copy_participants_check.isVisible() and dialog.copy_participants_check.isChecked()
        dialog.title_edit.setFocus()
        dialog.title_edit.selectAll()
        qtbot.keyClicks(dialog.title_edit, "FGD Bimtek 2 Kutai Barat")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.date_edit, "12082021")
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)

    when_modal(qtbot, drive)
    page.ui.duplicate_button.click()

    assert len(created) == 1
    copy = stored(ui_db, created[0])
    assert (copy.title, copy.held_on, copy.status) == ("FGD Bimtek 2 Kutai Barat", dt.date(2021, 8, 12), "planned")
    assert ui_db.scalar("SELECT count(*) FROM workshop") == 2
    assert agenda_titles(ui_db, created[0]) == agenda_titles(ui_db, page.workshop_id)
    assert ui_db.scalar("SELECT count(*) FROM input WHERE workshop_id = ?", (created[0],)) == 0
    assert ui_db.scalar("SELECT count(*) FROM participant WHERE workshop_id = ?", (created[0],)) == 40


def test_texts_follow_the_interface_language(page):
    ui = page.ui
    assert ui.stage_combo.itemText(ui.stage_combo.findData("other")) == "Lainnya"
    i18n.apply_language("en")
    page.retranslate()
    assert ui.long_date_label.text() == "Thursday, 17 June 2021"
    assert ui.stage_combo.itemText(ui.stage_combo.findData("other")) == "Other"
    assert page.agenda.model.headerData(AgendaModel.TITLE, Qt.Orientation.Horizontal) == "Agenda item"
    assert "province" in ui.regency_details.text()
