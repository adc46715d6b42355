"""One full pillar through the real Capture page: inputs → theme → votes → programme →
quick win → follow-up action, all with the widgets a facilitator uses, then the file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox  # noqa: E402

from fgd_app.ui.capture_page import CapturePage  # noqa: E402
from fgd_app.ui.feedback import Feedback  # noqa: E402
from fgd_app.ui.main_window import MainWindow  # noqa: E402
from fgd_app.ui.worksheet_models import ActionModel, ProgrammeModel  # noqa: E402
from tests.helpers import add_participant, commit_edit, edit_cell, make_workshop, wait_written  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")


def _activate(qtbot, widget) -> None:
    if not widget.window().isActiveWindow():  # offscreen Qt may leave no window active
        widget.window().activateWindow()
        qtbot.waitUntil(widget.window().isActiveWindow)


def test_one_pillar_from_first_voice_to_follow_up_action(qtbot, ui_db, monkeypatch):
    db = ui_db
    workshop = make_workshop(db, pillars=["governance", "economy"], held_on="2024-06-17")
    paulus = add_participant(db, workshop.id, "Paulus Beraq", institution="Diskominfo SP")
    maria = add_participant(db, workshop.id, "Maria Lawing", institution="Bappeda")
    page = CapturePage(db, Feedback())
    qtbot.addWidget(page.ui)
    page.ui.resize(1300, 800)
    with qtbot.waitExposed(page.ui):
        page.ui.show()
    page.set_workshop(workshop.id)
    page.activated()
    ui = page.ui

    # 1. What the room says, typed: kind by shortcut, text, Enter.
    _activate(qtbot, ui.entry_line)
    ui.entry_line.setFocus()
    for key, text in ((Qt.Key.Key_1, "Jaringan internet belum menjangkau 9 kecamatan"),
                      (Qt.Key.Key_1, "Sinyal di kantor kecamatan sering putus"),
                      (Qt.Key.Key_3, "Wi-Fi publik di kantor kecamatan dan kampung")):
        qtbot.keyClick(ui.entry_line, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(ui.entry_line, text)
        qtbot.keyClick(ui.entry_line, Qt.Key.Key_Return)
    wait_written(qtbot, page.ctx)
    assert page.model.rowCount() == 3

    # 2. The two network problems become one theme (Ctrl+G on the selection).
    monkeypatch.setattr(page.actions, "ask_theme_title", lambda suggestion: "Konektivitas kecamatan")
    view = ui.input_view
    flags = view.selectionModel().SelectionFlag
    view.selectionModel().setCurrentIndex(page.model.index(0, 0), flags.NoUpdate)
    for row in (0, 1):
        view.selectionModel().select(page.model.index(row, 0), flags.Select | flags.Rows)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, page.ctx)
    (theme_id,) = [r[0] for r in db.rows("SELECT id FROM cluster")]

    # 3. Dots: Paulus twice on the theme, Maria once on the Wi-Fi idea; a paper tally of 5.
    ui.capture_tabs.setCurrentWidget(ui.voting_tab)
    voting = next(p for p in page.panels if type(p).__name__ == "VotingPanel")
    ranking = voting.ui.ranking_table
    rows = {ranking.model().index(r, 1).data(): r for r in range(ranking.model().rowCount())}
    theme_row = next(r for title, r in rows.items() if "Konektivitas" in title)
    idea_row = next(r for title, r in rows.items() if "Wi-Fi" in title)
    _activate(qtbot, ranking)
    for voter, row, dots in ((paulus.id, theme_row, 2), (maria.id, idea_row, 1)):
        voting.select_voter(voter)
        ranking.setFocus()
        ranking.setCurrentIndex(ranking.model().index(row, 1))
        for _ in range(dots):
            qtbot.keyClick(ranking, Qt.Key.Key_Plus)
        wait_written(qtbot, page.ctx)
    paper_column = next(c for c in range(ranking.model().columnCount())
                        if ranking.model().headerData(c, Qt.Orientation.Horizontal) == "Paper")
    ranking.setCurrentIndex(ranking.model().index(
        next(r for r in range(ranking.model().rowCount()) if "Wi-Fi" in ranking.model().index(r, 1).data()),
        paper_column))
    qtbot.keyClicks(ranking, "5")  # typing opens the count editor
    commit_edit(qtbot, QApplication.focusWidget(), ranking)
    wait_written(qtbot, page.ctx)
    assert ranking.model().index(0, 1).data().endswith("Wi-Fi publik di kantor kecamatan dan kampung")  # 6 > 2

    # 4. The idea is promoted to a programme (Ctrl+P in the input list).
    ui.capture_tabs.setCurrentWidget(ui.inputs_tab)
    view.clearSelection()
    view.selectionModel().setCurrentIndex(page.model.index(2, 0), flags.NoUpdate)
    view.selectionModel().select(page.model.index(2, 0), flags.Select | flags.Rows)
    view.setFocus()
    _activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, page.ctx)

    # 5. On the worksheet it becomes a quick win led by Diskominfo SP.
    ui.capture_tabs.setCurrentWidget(ui.worksheet_tab)
    worksheet = next(p for p in page.panels if type(p).__name__ == "WorksheetPanel")
    worksheet.ui.worksheet_tabs.setCurrentWidget(worksheet.ui.programmes_tab)
    table = worksheet.ui.programmes_table
    combo = edit_cell(qtbot, table, 0, ProgrammeModel.HORIZON)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("quick_win"))
    commit_edit(qtbot, combo, table)
    editor = edit_cell(qtbot, table, 0, ProgrammeModel.LEAD_OPD)
    editor.selectAll()
    qtbot.keyClicks(editor, "Diskominfo SP")
    commit_edit(qtbot, editor, table)
    wait_written(qtbot, page.ctx)
    (quick_win,) = worksheet.quick_wins.rows()
    assert quick_win.name == "Wi-Fi publik di kantor kecamatan dan kampung" and quick_win.votes == 6

    # 6. A follow-up action with an owner and a due date.
    worksheet.ui.worksheet_tabs.setCurrentWidget(worksheet.ui.actions_tab)
    qtbot.mouseClick(worksheet.ui.add_action_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, page.ctx)
    actions = worksheet.ui.actions_table
    editor = edit_cell(qtbot, actions, 0, ActionModel.TEXT)
    editor.selectAll()
    qtbot.keyClicks(editor, "Survei titik Wi-Fi di 16 kecamatan")
    commit_edit(qtbot, editor, actions)
    editor = edit_cell(qtbot, actions, 0, ActionModel.OWNER)
    qtbot.keyClicks(editor, "Diskominfo SP")
    commit_edit(qtbot, editor, actions)
    editor = edit_cell(qtbot, actions, 0, ActionModel.DUE)
    qtbot.keyClicks(editor, "30/08/2024")
    commit_edit(qtbot, editor, actions)
    wait_written(qtbot, page.ctx)

    # The file holds all of it.
    inputs = db.rows("SELECT text, kind, cluster_id FROM input ORDER BY position")
    assert [(t, k) for t, k, _ in inputs] == [
        ("Jaringan internet belum menjangkau 9 kecamatan", "problem"),
        ("Sinyal di kantor kecamatan sering putus", "problem"),
        ("Wi-Fi publik di kantor kecamatan dan kampung", "idea")]
    assert [c for _, _, c in inputs] == [theme_id, theme_id, None]
    assert sorted(db.rows("SELECT source, points, voter_id FROM vote")) == sorted([
        ("digital", 2, paulus.id), ("digital", 1, maria.id), ("paper", 5, None)])
    idea_id = db.scalar("SELECT id FROM input WHERE kind = 'idea'")
    assert db.rows("SELECT name, horizon, lead_opd, input_ids, pillar_key FROM programme") == [
        ("Wi-Fi publik di kantor kecamatan dan kampung", "quick_win", "Diskominfo SP", f'["{idea_id}"]',
         "governance")]
    assert db.rows("SELECT text, owner, due_date, pillar_key FROM action_item") == [
        ("Survei titik Wi-Fi di 16 kecamatan", "Diskominfo SP", "2024-08-30", "governance")]
    # every step was logged, so it travels in bundles and survives replay
    assert db.scalar("SELECT count(*) FROM revision WHERE entity IN "
                     "('input', 'cluster', 'vote', 'programme', 'action_item')") >= 12
    page.shutdown()


def test_closing_the_window_finishes_queued_writes(qtbot, ui_db, monkeypatch):
    """Typed, then the window closed at once: the input is in the file."""
    workshop = make_workshop(ui_db, pillars=["governance"])
    window = MainWindow(ui_db)
    qtbot.addWidget(window.ui)
    window.show()
    window.refresh(select_id=workshop.id)
    window.open_workshop()
    window.show_tab(window.ui.capture_tab)
    capture = window._page_by_tab[window.ui.capture_tab]
    capture.ui.entry_line.setText("Masukan terakhir sebelum laptop ditutup")
    capture.entry.submit()
    window.ui.close()
    assert ui_db.scalar("SELECT text FROM input") == "Masukan terakhir sebelum laptop ditutup"
