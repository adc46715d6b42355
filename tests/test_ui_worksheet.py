"""The masterplan worksheet panel, driven by the keyboard as a note-taker would."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QTabWidget,
)

from fgd_app.services.programmes import add_action, add_programme, promote_to_programme  # noqa: E402
from fgd_app.store.models import Vote  # noqa: E402
from fgd_app.ui.worksheet_models import ActionModel, ProgrammeModel  # noqa: E402
from fgd_app.ui.worksheet_panel import WorksheetPanel  # noqa: E402
from tests.helpers import add_input, add_participant, commit_edit, edit_cell, make_workshop, wait_written  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def workshop(capture_ctx):
    db = capture_ctx.db
    w = make_workshop(db, pillars=["governance", "economy"], held_on="2024-06-17")
    add_participant(db, w.id, "Yohanes Lung", institution="Diskominfo")
    add_participant(db, w.id, "Rina Hartati", institution="Bagian Hukum Setda")
    return w


def _panel(qtbot, ctx, workshop) -> WorksheetPanel:
    panel = WorksheetPanel(ctx)
    ctx.open_workshop(workshop.id)
    ctx.set_pillar("governance")
    qtbot.addWidget(panel.ui)
    panel.ui.resize(1000, 650)
    with qtbot.waitExposed(panel.ui):
        panel.ui.show()
    panel.ui.activateWindow()
    qtbot.waitUntil(panel.ui.isActiveWindow)
    return panel


def _open_editor(qtbot, table, row: int, column: int):
    """Bring the table's inner tab to the front, then edit the cell with F2; returns the editor."""
    tabs = table.window().findChild(QTabWidget, "worksheet_tabs")
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(table)))
    return edit_cell(qtbot, table, row, column)


def _type_and_enter(qtbot, editor: QLineEdit, text: str) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _enter(qtbot, editor)


def _enter(qtbot, editor) -> None:
    commit_edit(qtbot, editor, editor.parent().parent())


def _programme(ctx, column: str):
    return ctx.db.rows(f"SELECT {column} FROM programme")


# -- what the room said ---------------------------------------------------------------------------


def test_swot_and_readiness_lists_show_the_pillars_inputs(qtbot, capture_ctx, workshop):
    db = capture_ctx.db
    yl = db.scalar("SELECT id FROM participant WHERE name = 'Yohanes Lung'")
    add_input(db, workshop.id, "Komitmen Bupati terhadap transformasi digital kuat", kind="strength", speaker_id=yl)
    add_input(db, workshop.id, "Jaringan internet belum menjangkau 9 kecamatan", kind="weakness", position=1)
    add_input(db, workshop.id, "SDM TIK terbatas", kind="weakness", position=2)
    add_input(db, workshop.id, "Perbup SPBE masih draf", kind="readiness_superstructure", position=3)
    add_input(db, workshop.id, "Masterplan disusun bersama Bappeda", kind="decision", position=4)
    add_input(db, workshop.id, "Pasar digital UMKM", kind="strength", pillar_key="economy", element_key=None)
    add_input(db, workshop.id, "Sinyal lemah", kind="problem", position=5)
    panel = _panel(qtbot, capture_ctx, workshop)

    assert panel.lists["strengths_list"].texts() == ["Komitmen Bupati terhadap transformasi digital kuat"]
    shown = panel.ui.strengths_list.model().index(0, 0).data()
    assert shown == "Komitmen Bupati terhadap transformasi digital kuat — Yohanes Lung"
    assert panel.lists["weaknesses_list"].texts() == ["Jaringan internet belum menjangkau 9 kecamatan",
                                                      "SDM TIK terbatas"]
    assert panel.lists["threats_list"].texts() == []
    assert panel.lists["superstructure_list"].texts() == ["Perbup SPBE masih draf"]
    assert panel.lists["decisions_list"].texts() == ["Masterplan disusun bersama Bappeda"]
    assert panel.ui.weaknesses_box.title() == "Weaknesses (2)"
    assert panel.ui.threats_box.title() == "Threats (0)"

    capture_ctx.set_pillar("economy")
    assert panel.lists["strengths_list"].texts() == ["Pasar digital UMKM"]
    assert panel.lists["weaknesses_list"].texts() == []


def test_an_input_written_elsewhere_appears_once_committed(qtbot, capture_ctx, workshop):
    from fgd_app.services.capture import add_input as capture_add, new_input

    panel = _panel(qtbot, capture_ctx, workshop)
    record = new_input(workshop.id, "governance", "Ancaman serangan siber", kind="threat")
    capture_ctx.do("Add input", capture_add, record)
    wait_written(qtbot, capture_ctx)
    assert panel.lists["threats_list"].texts() == ["Ancaman serangan siber"]
    assert panel.ui.threats_box.title() == "Threats (1)"


# -- programmes -----------------------------------------------------------------------------------


def test_edit_lead_opd_and_horizon_in_place_then_undo(qtbot, capture_ctx, workshop):
    add_programme(capture_ctx.db, workshop.id, "governance", "Aplikasi layanan perizinan terpadu")
    panel = _panel(qtbot, capture_ctx, workshop)
    table = panel.ui.programmes_table

    editor = _open_editor(qtbot, table, 0, ProgrammeModel.LEAD_OPD)
    assert isinstance(editor, QLineEdit)
    suggestions = editor.completer().model()
    assert "Diskominfo" in [suggestions.index(r, 0).data() for r in range(suggestions.rowCount())]
    _type_and_enter(qtbot, editor, "Diskominfo")
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "lead_opd") == [("Diskominfo",)]

    combo = _open_editor(qtbot, table, 0, ProgrammeModel.HORIZON)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Medium term (5 years)"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "Quick win (~1 year)"
    _enter(qtbot, combo)
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "horizon") == [("quick_win",)]
    assert table.model().index(0, ProgrammeModel.HORIZON).data() == "Quick win (~1 year)"
    assert [q.name for q in panel.quick_wins.rows()] == ["Aplikasi layanan perizinan terpadu"]
    assert table.currentIndex().column() == ProgrammeModel.HORIZON  # the cursor stays where the person works

    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "lead_opd, horizon") == [("Diskominfo", "medium")]
    assert panel.quick_wins.rowCount() == 0
    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "lead_opd") == [("",)]
    assert table.model().index(0, ProgrammeModel.LEAD_OPD).data() == ""


def test_target_year_typed_and_cleared_with_delete(qtbot, capture_ctx, workshop):
    add_programme(capture_ctx.db, workshop.id, "governance", "Satu Data Kutai Barat")
    panel = _panel(qtbot, capture_ctx, workshop)
    table = panel.ui.programmes_table

    spin = _open_editor(qtbot, table, 0, ProgrammeModel.TARGET_YEAR)
    assert isinstance(spin, QSpinBox)
    assert spin.value() == 2029  # the workshop's year plus the medium term's five years
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "2030")
    _enter(qtbot, spin)
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "target_year") == [(2030,)]

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "target_year") == [(None,)]


def test_typing_on_a_cell_starts_editing_it(qtbot, capture_ctx, workshop):
    add_programme(capture_ctx.db, workshop.id, "governance", "Aplikasi layanan perizinan terpadu")
    panel = _panel(qtbot, capture_ctx, workshop)
    table = panel.ui.programmes_table
    panel.ui.worksheet_tabs.setCurrentWidget(panel.ui.programmes_tab)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, ProgrammeModel.INDICATOR))
    qtbot.keyClick(table, "P")  # the first key opens the editor and is typed into it
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "P"
    qtbot.keyClicks(editor, "ersentase izin terbit daring")
    _enter(qtbot, editor)
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "indicator") == [("Persentase izin terbit daring",)]


def test_element_choices_are_the_pillars_elements(qtbot, capture_ctx, workshop):
    add_programme(capture_ctx.db, workshop.id, "governance", "Satu Data Kutai Barat")
    panel = _panel(qtbot, capture_ctx, workshop)
    combo = _open_editor(qtbot, panel.ui.programmes_table, 0, ProgrammeModel.ELEMENT)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— (no element)", "Public service", "Bureaucracy management", "Public policy"]
    combo.setCurrentIndex(2)
    _enter(qtbot, combo)
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "element_key") == [("governance.bureaucracy",)]


def test_a_blank_name_is_refused_at_once_and_nothing_is_written(qtbot, capture_ctx, workshop, refusals):
    add_programme(capture_ctx.db, workshop.id, "governance", "Satu Data Kutai Barat")
    panel = _panel(qtbot, capture_ctx, workshop)
    editor = _open_editor(qtbot, panel.ui.programmes_table, 0, ProgrammeModel.NAME)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    _enter(qtbot, editor)
    wait_written(qtbot, capture_ctx)
    assert refusals == ["The programme needs a name."]
    assert _programme(capture_ctx, "name") == [("Satu Data Kutai Barat",)]
    assert capture_ctx.undo_stack.count() == 0


def test_add_programme_then_remove_and_undo(qtbot, capture_ctx, workshop):
    panel = _panel(qtbot, capture_ctx, workshop)
    table = panel.ui.programmes_table
    qtbot.mouseClick(panel.ui.add_programme_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, capture_ctx)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's name is ready to be typed over
    _type_and_enter(qtbot, editor, "Aplikasi layanan perizinan terpadu")
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "name, pillar_key") == [("Aplikasi layanan perizinan terpadu", "governance")]

    table.setCurrentIndex(table.model().index(0, ProgrammeModel.NAME))
    qtbot.mouseClick(panel.ui.remove_programme_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, capture_ctx)
    assert _programme(capture_ctx, "name") == []
    assert table.model().rowCount() == 0
    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert table.model().index(0, ProgrammeModel.NAME).data() == "Aplikasi layanan perizinan terpadu"


def test_quick_wins_follow_votes_promoted_elsewhere(qtbot, capture_ctx, workshop):
    db = capture_ctx.db
    a = add_input(db, workshop.id, "Perizinan masih manual")
    b = add_input(db, workshop.id, "Website OPD tidak diperbarui", position=1)
    panel = _panel(qtbot, capture_ctx, workshop)
    capture_ctx.do("Promote", promote_to_programme, workshop.id, "governance", input_ids=[a.id], horizon="quick_win")
    capture_ctx.do("Promote", promote_to_programme, workshop.id, "governance", input_ids=[b.id], horizon="quick_win")
    wait_written(qtbot, capture_ctx)
    assert [q.name for q in panel.quick_wins.rows()] == ["Perizinan masih manual", "Website OPD tidak diperbarui"]

    def _vote(rec):
        rec.insert(Vote, workshop_id=workshop.id, input_id=b.id, points=4, source="paper")

    from fgd_app.services.changes import recorded

    capture_ctx.do("Vote", recorded(_vote))
    wait_written(qtbot, capture_ctx)
    table = panel.ui.quick_wins_table
    assert [table.model().index(r, 1).data() for r in range(2)] == ["Website OPD tidak diperbarui",
                                                                   "Perizinan masih manual"]
    assert table.model().index(0, 2).data() == "4"
    assert panel.ui.quick_wins_box.title().startswith("Quick-win shortlist (2)")


# -- follow-up actions ------------------------------------------------------------------------------


def test_add_an_action_with_owner_and_due_date_through_the_table(qtbot, capture_ctx, workshop):
    panel = _panel(qtbot, capture_ctx, workshop)
    panel.ui.worksheet_tabs.setCurrentWidget(panel.ui.actions_tab)
    table = panel.ui.actions_table
    qtbot.mouseClick(panel.ui.add_action_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, capture_ctx)
    _type_and_enter(qtbot, QApplication.focusWidget(), "Menyusun draf Perbup Smart City")
    wait_written(qtbot, capture_ctx)

    owner = _open_editor(qtbot, table, 0, ActionModel.OWNER)
    _type_and_enter(qtbot, owner, "Bagian Hukum")
    wait_written(qtbot, capture_ctx)

    due = _open_editor(qtbot, table, 0, ActionModel.DUE)
    assert isinstance(due, QDateEdit)
    assert due.minimumDate().toPython() == dt.date(2024, 6, 17)  # nothing is due before the workshop
    qtbot.keyClicks(due, "30/08/2024")
    _enter(qtbot, due)
    wait_written(qtbot, capture_ctx)

    assert capture_ctx.db.rows("SELECT text, owner, due_date, status, pillar_key FROM action_item") == [
        ("Menyusun draf Perbup Smart City", "Bagian Hukum", "2024-08-30", "open", "governance")]
    assert table.model().index(0, ActionModel.DUE).data() == "30 August 2024"
    assert panel.ui.actions_box.title() == "Follow-up actions (1)"

    capture_ctx.undo_stack.undo()  # the due date
    wait_written(qtbot, capture_ctx)
    assert capture_ctx.db.rows("SELECT owner, due_date FROM action_item") == [("Bagian Hukum", None)]
    assert table.model().index(0, ActionModel.DUE).data() == "—"


def test_action_status_and_removal(qtbot, capture_ctx, workshop):
    add_action(capture_ctx.db, workshop.id, "governance", "Rapat lanjutan dengan Bappeda")
    add_action(capture_ctx.db, workshop.id, "economy", "Pendataan UMKM")
    panel = _panel(qtbot, capture_ctx, workshop)
    table = panel.ui.actions_table
    assert table.model().rowCount() == 1  # only this pillar's actions

    combo = _open_editor(qtbot, table, 0, ActionModel.STATUS)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    _enter(qtbot, combo)
    wait_written(qtbot, capture_ctx)
    assert capture_ctx.db.rows("SELECT status FROM action_item WHERE pillar_key = 'governance'") == [("done",)]

    qtbot.mouseClick(panel.ui.remove_action_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, capture_ctx)
    assert capture_ctx.db.scalar("SELECT count(*) FROM action_item WHERE pillar_key = 'governance'") == 0
    capture_ctx.undo_stack.undo()
    wait_written(qtbot, capture_ctx)
    assert table.model().index(0, ActionModel.STATUS).data() == "Done"


def test_indonesian_dates_and_labels(qtbot, capture_ctx, workshop):
    from fgd_app.ui import i18n

    add_action(capture_ctx.db, workshop.id, "governance", "Menyusun draf Perbup Smart City", due_date="2024-08-30")
    panel = _panel(qtbot, capture_ctx, workshop)
    i18n.apply_language("id")
    panel.retranslate()
    index = panel.actions.index(0, ActionModel.DUE)
    assert index.data() == "30 Agustus 2024"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Jumat, 30 Agustus 2024"
    assert panel.actions.index(0, ActionModel.STATUS).data() == "Terbuka"
