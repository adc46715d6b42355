"""The Participants tab with real widgets (offscreen): import, keyboard editing with undo, export.

File and message dialogs are patched; everything else is driven as a person would:
clicks, typing, Tab, F2, Delete, Ctrl+Z. Each test checks what is on screen and what
the database holds.
"""

from __future__ import annotations

import csv
import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from fgd_app.services.demo import ensure_demo  # noqa: E402
from fgd_app.services.participants import list_participants  # noqa: E402
from fgd_app.ui import i18n  # noqa: E402
from fgd_app.ui.feedback import Feedback  # noqa: E402
from fgd_app.ui.participants_model import ImportPreviewModel, ParticipantTableModel  # noqa: E402
from fgd_app.ui.participants_page import ParticipantsPage  # noqa: E402
from tests.helpers import add_input, add_participant, make_workshop  # noqa: E402

NAME = ParticipantTableModel.NAME


pytestmark = pytest.mark.usefixtures("qt_settings")



@pytest.fixture
def warnings(monkeypatch):
    """Message boxes never block a test; their texts are collected instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


@pytest.fixture
def make_page(qtbot):
    def make(db, workshop_id):
        page = ParticipantsPage(db, Feedback())
        qtbot.addWidget(page.ui)
        page.ui.resize(1100, 700)
        page.ui.show()
        qtbot.waitExposed(page.ui)
        with qtbot.waitActive(page.ui):  # shortcuts only fire in the active window
            page.ui.activateWindow()
        page.set_workshop(workshop_id)
        return page

    return make


def table_names(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def db_names(db, workshop_id) -> list[str]:
    return [p.name for p in list_participants(db, workshop_id)]


# -- models -----------------------------------------------------------------------------------


def test_models_pass_the_model_tester(ui_db, qtmodeltester, tmp_path):
    workshop_id, _ = ensure_demo(ui_db)
    model = ParticipantTableModel(lang="id")
    model.set_rows(list_participants(ui_db, workshop_id), "WITA")
    qtmodeltester.check(model)
    assert model.index(0, NAME).data() == "Agnes Ipah, S.Sos."
    assert model.index(0, ParticipantTableModel.PRESENT).data() == "08:35"
    assert model.index(0, ParticipantTableModel.GENDER).data() == "P"
    model.set_language("en")
    assert model.index(0, ParticipantTableModel.GENDER).data() == "F"

    from fgd_app.services.roster_import import preview, read_table, suggest_mapping

    path = tmp_path / "daftar.csv"
    path.write_text("Nama;NIP\nAgus;123\nBudi;\nBudi;\n;\n", "utf-8")
    table = read_table(path)
    mapping = suggest_mapping(table.headers)
    preview_model = ImportPreviewModel(lang="en")
    preview_model.set_results(table, mapping, preview(table, mapping))
    qtmodeltester.check(preview_model)
    assert preview_model.rowCount() == 3
    preview_model.set_problems_only(True)
    assert [preview_model.index(r, 0).data() for r in range(preview_model.rowCount())] == ["2", "4"]


# -- import -------------------------------------------------------------------------------------


def test_import_a_csv_through_the_dialog(ui_db, make_page, qtbot, tmp_path, monkeypatch, warnings):
    workshop = make_workshop(ui_db)
    add_participant(ui_db, workshop.id, name="Siti Rahayu", institution="Dinas Kesehatan")
    path = tmp_path / "daftar-undangan.csv"
    path.write_bytes("\r\n".join([
        "DAFTAR PESERTA FGD;;;;",
        "No;Nama;Jabatan;Instansi;L/P",
        "1;Yohanés Lung;Kepala Bidang;Diskominfo;Laki-laki",
        "2;Maria Uluq;Pranata Komputer;Diskominfo;P",
        "3;Siti Rahayu;Kepala Seksi;Dinas Kesehatan;P",  # already registered: skipped
        "4;Agus;Staf;Bappeda;X",  # bad gender: reported, not imported
        "",
    ]).encode("cp1252"))
    asked = []

    def choose(parent, caption, folder, filters, *rest):
        asked.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    page = make_page(ui_db, workshop.id)
    changed = []
    page.workshop_changed.connect(lambda: changed.append(1))

    qtbot.mouseClick(page.ui.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert asked and "*.xlsx" in asked[0] and dialog.ui.isVisible()
    assert dialog.ui.file_edit.text() == str(path)
    assert dialog.combos["name"].currentText() == "B: Nama"
    assert dialog.combos["gender"].currentText() == "E: L/P"
    assert dialog.combos["nip"].currentData() is None
    model = dialog.model
    statuses = [model.index(r, ImportPreviewModel.STATUS).data() for r in range(model.rowCount())]
    assert statuses == ["Import", "Import", "Skip: duplicate", "Error"]
    assert [model.index(r, ImportPreviewModel.ROW).data() for r in range(4)] == ["3", "4", "5", "6"]
    assert "Unknown gender 'X'" in model.index(3, ImportPreviewModel.PROBLEMS).data()
    assert model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole).color() == ImportPreviewModel.ERROR_BACKGROUND
    assert "Ready to import: 2" in dialog.ui.preview_summary.text()
    assert dialog.ui.import_button.text() == "&Import 2 rows"

    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert db_names(ui_db, workshop.id) == ["Maria Uluq", "Siti Rahayu", "Yohanés Lung"]
    assert table_names(page) == ["Maria Uluq", "Siti Rahayu", "Yohanés Lung"]
    result = dialog.ui.result_label.text()
    assert "Imported: 2 · skipped duplicates: 1 · rows with errors: 1" in result and "Row 6:" in result
    assert not dialog.ui.import_button.isEnabled()
    assert changed and warnings == []
    assert "3 participants" in page.ui.summary_label.text()

    qtbot.mouseClick(dialog.ui.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.ui.isVisible() and page.import_dialog is None


def test_choosing_the_mapping_and_a_bad_file(ui_db, make_page, qtbot, tmp_path, monkeypatch, warnings):
    workshop = make_workshop(ui_db)
    good = tmp_path / "kolom.csv"
    good.write_text("Kolom A;Kolom B\nAgus;Bappeda\nBudi;BPKAD\n", "utf-8")
    bad = tmp_path / "rusak.csv"
    bad.write_bytes(b'Nama\n"Agus\n')
    choice = {"path": str(good)}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (choice["path"], "")))
    page = make_page(ui_db, workshop.id)
    page.open_import()
    dialog = page.import_dialog
    assert not dialog.ui.import_button.isEnabled()  # no name column recognised
    assert dialog.ui.preview_summary.text() == "Choose the column that holds the participants' names."
    combo = dialog.combos["name"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # keyboard: first column
    assert combo.currentData() == 0 and dialog.ui.import_button.text() == "&Import 2 rows"

    choice["path"] = str(bad)
    qtbot.mouseClick(dialog.ui.choose_button, Qt.MouseButton.LeftButton)
    assert warnings and "malformed" in warnings[0] and "rusak.csv" in warnings[0]
    assert dialog.ui.file_edit.text() == str(good)  # the previous file stays loaded
    dialog.ui.reject()
    assert db_names(ui_db, workshop.id) == []

    choice["path"] = ""  # cancelling the file chooser closes the dialog again
    page.open_import()
    assert page.import_dialog is None


# -- add, edit, remove, undo with the keyboard --------------------------------------------------


def test_add_edit_remove_and_undo_with_the_keyboard(ui_db, make_page, qtbot, warnings):
    workshop = make_workshop(ui_db)
    existing = add_participant(ui_db, workshop.id, name="Agus Salim", institution="Bappeda").id
    spoken = add_input(ui_db, workshop.id, speaker_id=existing).id
    page = make_page(ui_db, workshop.id)
    ui = page.ui

    # Add: Alt+A empties the form and puts the cursor in the name; Tab saves.
    ui.participant_table.setFocus()
    qtbot.keyClick(ui.participant_table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.name_edit.hasFocus)  # a mnemonic "animates" the click: it lands ~100 ms later
    assert ui.name_edit.hasFocus() and ui.name_edit.text() == "" and ui.details_group.title() == "New participant"
    qtbot.keyClicks(ui.name_edit, "  Siti   Rahayu ")
    qtbot.keyClick(ui.name_edit, Qt.Key.Key_Tab)
    assert db_names(ui_db, workshop.id) == ["Agus Salim", "Siti Rahayu"]
    assert page.selected_row().name == "Siti Rahayu" and ui.name_edit.text() == "Siti Rahayu"
    assert ui.position_edit.hasFocus()
    qtbot.keyClicks(ui.position_edit, "Kepala Seksi")
    qtbot.keyClick(ui.position_edit, Qt.Key.Key_Tab)
    siti = next(p for p in list_participants(ui_db, workshop.id) if p.name == "Siti Rahayu")
    assert siti.position == "Kepala Seksi"

    # Edit in place: F2 on the name cell, type, Enter.
    table = ui.participant_table
    table.setFocus()
    page.select(existing)
    table.setCurrentIndex(page.proxy.index(0, NAME))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    editor.selectAll()
    qtbot.keyClicks(editor, "Agus Salim, S.E.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Agus Salim, S.E." in db_names(ui_db, workshop.id))
    assert table_names(page)[0] == "Agus Salim, S.E."

    # Remove with Delete: the input they spoke stays, anonymous.
    table.setFocus()
    page.select(existing)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert db_names(ui_db, workshop.id) == ["Siti Rahayu"]
    assert ui_db.scalar("SELECT speaker_id FROM input WHERE id = ?", (spoken,)) is None
    assert table_names(page) == ["Siti Rahayu"]

    # Ctrl+Z brings the same participant back; Ctrl+Shift+Z removes again; Ctrl+Z twice undoes the rename too.
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db_names(ui_db, workshop.id) == ["Agus Salim, S.E.", "Siti Rahayu"]
    assert ui_db.scalar("SELECT speaker_id FROM input WHERE id = ?", (spoken,)) == existing
    assert page.selected_id() == existing
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, redo)
    assert db_names(ui_db, workshop.id) == ["Siti Rahayu"]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db_names(ui_db, workshop.id) == ["Agus Salim", "Siti Rahayu"]
    assert table_names(page) == ["Agus Salim", "Siti Rahayu"]

    # Undo the position and the addition itself; the Undo button follows the stack.
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.undo_button.toolTip() == "Add Siti Rahayu"
    qtbot.mouseClick(ui.undo_button, Qt.MouseButton.LeftButton)
    assert db_names(ui_db, workshop.id) == ["Agus Salim"]
    assert not ui.undo_button.isEnabled() and ui.redo_button.isEnabled()
    qtbot.mouseClick(ui.redo_button, Qt.MouseButton.LeftButton)
    assert db_names(ui_db, workshop.id) == ["Agus Salim", "Siti Rahayu"]
    assert siti.id in {p.id for p in list_participants(ui_db, workshop.id)}  # the same participant again
    assert warnings == []


def test_a_refused_value_is_explained_and_not_saved(ui_db, make_page, qtbot, warnings):
    workshop = make_workshop(ui_db)
    pid = add_participant(ui_db, workshop.id, name="Agus Salim").id
    page = make_page(ui_db, workshop.id)
    ui = page.ui
    ui.nip_edit.setFocus()
    qtbot.keyClicks(ui.nip_edit, "12345")
    qtbot.keyClick(ui.nip_edit, Qt.Key.Key_Return)
    assert warnings == ["'12345' is not valid: a NIP has 18 digits."]
    assert page.feedback.last_error == warnings[0]
    assert ui_db.scalar("SELECT nip FROM participant WHERE id = ?", (pid,)) == ""
    assert ui.nip_edit.palette().color(QPalette.ColorRole.Base) != ui.name_edit.palette().color(QPalette.ColorRole.Base)
    assert not ui.undo_button.isEnabled()

    qtbot.keyClicks(ui.nip_edit, "0412199403100")  # 18 digits with the five typed before
    qtbot.keyClick(ui.nip_edit, Qt.Key.Key_Return)
    assert ui_db.scalar("SELECT nip FROM participant WHERE id = ?", (pid,)) == "123450412199403100"
    assert ui.nip_edit.palette().color(QPalette.ColorRole.Base) == ui.name_edit.palette().color(QPalette.ColorRole.Base)

    ui.gender_combo.setFocus()
    qtbot.keyClick(ui.gender_combo, Qt.Key.Key_Down)  # "— not recorded" -> "M – Male"
    assert ui_db.scalar("SELECT gender FROM participant WHERE id = ?", (pid,)) == "L"
    assert page.proxy.index(0, ParticipantTableModel.GENDER).data() == "M"


def test_filter_ignores_case_and_accents_and_counts_follow(ui_db, make_page, qtbot):
    workshop_id, _ = ensure_demo(ui_db)
    add_participant(ui_db, workshop_id, name="Yohanés Lung", institution="Kampung Linggang")
    page = make_page(ui_db, workshop_id)
    ui = page.ui
    assert ui.summary_label.text() == "41 participants · 37 present"
    assert "Diskominfo SP" in ui.counts_label.text()
    qtbot.keyClick(ui.participant_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ui.filter_edit.hasFocus()
    qtbot.keyClicks(ui.filter_edit, "DISKOMINFO")
    assert page.proxy.rowCount() == 4
    assert page.selected_row().institution == "Diskominfo SP"
    ui.filter_edit.clear()
    qtbot.keyClicks(ui.filter_edit, "YOHANES  lung")  # QTest types ASCII only; the stored name has "é"
    assert table_names(page) == ["Yohanés Lung"]
    qtbot.keyClick(ui.filter_edit, Qt.Key.Key_Return)
    assert ui.participant_table.hasFocus()


# -- export -------------------------------------------------------------------------------------


def test_export_attendance_through_the_save_dialog(ui_db, make_page, qtbot, tmp_path, monkeypatch, warnings):
    workshop_id, _ = ensure_demo(ui_db)
    offered = []

    def save(parent, caption, suggested, filters, *rest):
        offered.append(suggested)
        return str(tmp_path / "hadir"), filters  # the person typed no extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    page = make_page(ui_db, workshop_id)
    messages = []
    page.feedback.message.connect(messages.append)
    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith("daftar-hadir-kabupaten-kutai-barat-2021-06-17.csv")
    data = (tmp_path / "hadir.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0] == ["No", "Nama", "Jabatan", "NIP", "Instansi", "L/P", "Hadir", "No HP"]
    assert len(rows) == 41 and rows[1][1] == "Agnes Ipah, S.Sos." and rows[1][6] == "08:35 WITA"
    assert messages[-1] == f"Attendance list saved: {tmp_path / 'hadir.csv'}"
    assert warnings == []


def test_a_row_hidden_by_the_filter_is_shown_after_adding_or_restoring(ui_db, make_page, qtbot, warnings):
    workshop = make_workshop(ui_db)
    add_participant(ui_db, workshop.id, name="Agus Salim", institution="Bappeda")
    page = make_page(ui_db, workshop.id)
    ui = page.ui
    qtbot.keyClicks(ui.filter_edit, "bappeda")
    page.add()
    qtbot.keyClicks(ui.name_edit, "Siti Rahayu")
    qtbot.keyClick(ui.name_edit, Qt.Key.Key_Return)
    assert ui.filter_edit.text() == "" and page.selected_row().name == "Siti Rahayu"
    assert ui.details_group.title() == "Participant"


def test_no_workshop_and_indonesian_texts(ui_db, make_page, qtbot):
    workshop_id, _ = ensure_demo(ui_db)
    page = make_page(ui_db, workshop_id)
    i18n.apply_language("id")
    page.retranslate()
    assert page.ui.gender_combo.itemText(1) == "L – Laki-laki"
    assert page.proxy.index(0, ParticipantTableModel.GENDER).data() == "P"
    page.set_workshop(None)
    assert page.proxy.rowCount() == 0 and page.ui.summary_label.text() == ""
    assert not page.ui.add_button.isEnabled() and not page.ui.name_edit.isEnabled()
