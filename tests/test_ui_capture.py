"""The Capture page driven like a note-taker drives it: keyboard first, never waiting."""

from __future__ import annotations

import os
import sqlite3
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QLineEdit  # noqa: E402

from fgd_app.services import capture  # noqa: E402
from fgd_app.ui.capture_models import InputListModel  # noqa: E402
from fgd_app.ui.capture_page import CapturePage  # noqa: E402
from fgd_app.ui.feedback import Feedback  # noqa: E402
from tests.helpers import add_input, add_participant, make_workshop, wait_written  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")

PILLARS = ["governance", "branding", "economy"]  # neighbours: Ctrl+PgDown steps through the catalogue


@pytest.fixture
def page(qtbot, ui_db):
    page = CapturePage(ui_db, Feedback())
    qtbot.addWidget(page.ui)
    page.ui.resize(1300, 760)
    page.ui.show()
    qtbot.waitExposed(page.ui)
    yield page
    page.shutdown()


def open_workshop(page, **fields):
    workshop = make_workshop(page.db, pillars=PILLARS, **fields)
    page.set_workshop(workshop.id)
    return workshop


def type_input(qtbot, page, text: str) -> None:
    qtbot.keyClicks(page.ui.entry_line, text)
    qtbot.keyClick(page.ui.entry_line, Qt.Key.Key_Return)


def rows(db, sql, params=()):
    return db.rows(sql, params)


def test_fifty_inputs_by_keyboard_across_three_pillars(qtbot, page):
    workshop = open_workshop(page)
    speaker = add_participant(page.db, workshop.id, "Paulus Beraq", institution="Diskominfo SP")
    page.activated()  # participants are re-read when the tab comes to the front
    line = page.ui.entry_line
    line.setFocus()
    expected = []
    for p, pillar in enumerate(PILLARS):
        for i in range(17 if p < 2 else 16):
            kind_key, kind = [(Qt.Key.Key_1, "problem"), (Qt.Key.Key_2, "potential"), (Qt.Key.Key_4, "strength")][i % 3]
            qtbot.keyClick(line, kind_key, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(line, f"{pillar} masukan {i}")
            if i == 0:  # a speaker: typed name, Tab into the field, Enter saves
                qtbot.keyClick(line, Qt.Key.Key_Tab)  # kind, speaker, element: focus moves on
                page.ui.speaker_edit.setFocus()
                qtbot.keyClicks(page.ui.speaker_edit, "paulus beraq")
                qtbot.keyClick(page.ui.speaker_edit, Qt.Key.Key_Return)
            else:
                qtbot.keyClick(line, Qt.Key.Key_Return)
            expected.append((pillar, kind, f"{pillar} masukan {i}", speaker.id if i == 0 else None))
        qtbot.keyClick(line, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # next pillar
    wait_written(qtbot, page.ctx)
    stored = rows(page.db, "SELECT pillar_key, kind, text, speaker_id FROM input ORDER BY position")
    assert stored == expected and len(stored) == 50
    assert not page.store.pending
    assert page.ctx.pillar_key == "living"  # three steps on from governance


def test_enter_never_waits_for_a_slow_disk(qtbot, page, monkeypatch):
    """Three inputs typed while the first write hangs: all shown at once, saved later."""
    open_workshop(page)
    release = threading.Event()

    def slow_add(db, record):
        release.wait(10)
        return capture.add_input(db, record)

    monkeypatch.setattr("fgd_app.ui.quick_entry.add_input", slow_add)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    for text in ("Sinyal lemah", "Server sering mati", "Operator kurang"):
        type_input(qtbot, page, text)
    assert page.model.rowCount() == 3 and len(page.store.pending) == 3
    assert page.ui.entry_line.text() == ""
    first = page.model.index(0, InputListModel.TEXT)
    assert first.data(Qt.ItemDataRole.FontRole).italic()  # shown as not yet saved
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop keeps running meanwhile
    assert page.db.scalar("SELECT count(*) FROM input") == 0
    release.set()
    wait_written(qtbot, page.ctx)
    timer.stop()
    assert page.db.scalar("SELECT count(*) FROM input") == 3 and not page.store.pending
    assert page.model.index(0, InputListModel.TEXT).data(Qt.ItemDataRole.FontRole) is None


def test_empty_input_is_ignored_and_a_huge_paste_is_cut_with_a_warning(qtbot, page):
    open_workshop(page)
    type_input(qtbot, page, "    ")
    assert page.model.rowCount() == 0 and page.ctx.writer.pending == 0
    QGuiApplication.clipboard().setText("kata " * 20_000)  # 100,000 characters
    page.ui.entry_line.setFocus()
    qtbot.keyClick(page.ui.entry_line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = page.ui.entry_line.text()
    assert len(pasted) == 10_000 and pasted.startswith("kata kata")
    assert page.ui.entry_warning.isVisible() and "10,000" in page.ui.entry_warning.text()
    qtbot.keyClick(page.ui.entry_line, Qt.Key.Key_Return)
    wait_written(qtbot, page.ctx)
    assert page.db.scalar("SELECT text FROM input") == " ".join(pasted.split())  # cut, never lost silently
    assert not page.ui.entry_warning.isVisible()


def test_unknown_speaker_is_refused_and_the_text_kept(qtbot, page):
    open_workshop(page)
    qtbot.keyClicks(page.ui.entry_line, "Perlu pelatihan operator")
    qtbot.keyClicks(page.ui.speaker_edit, "Orang Asing")
    qtbot.keyClick(page.ui.speaker_edit, Qt.Key.Key_Return)
    assert page.ui.entry_line.text() == "Perlu pelatihan operator"
    assert "Orang Asing" in page.ui.entry_warning.text()
    assert page.model.rowCount() == 0 and page.db.scalar("SELECT count(*) FROM input") == 0


def test_undo_and_redo_with_the_keyboard(qtbot, page):
    open_workshop(page)
    for text in ("Satu", "Dua"):
        type_input(qtbot, page, text)
    wait_written(qtbot, page.ctx)
    page.ui.input_view.setFocus()
    qtbot.keyClick(page.ui.input_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, page.ctx)
    assert rows(page.db, "SELECT text FROM input") == [("Satu",)]
    assert page.model.rowCount() == 1
    qtbot.keyClick(page.ui.input_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_written(qtbot, page.ctx)
    assert rows(page.db, "SELECT text FROM input ORDER BY position") == [("Satu",), ("Dua",)]
    assert [page.model.row_at(r).text for r in range(2)] == ["Satu", "Dua"]


def test_edit_in_place_then_undo(qtbot, page):
    workshop = open_workshop(page)
    item = add_input(page.db, workshop.id, "Sinyal lemah")
    page.reload()
    view = page.ui.input_view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, InputListModel.TEXT))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Sinyal lemah di Long Iram")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)  # Qt commits on the next turn
    wait_written(qtbot, page.ctx)
    assert page.db.scalar("SELECT text FROM input WHERE id = ?", (item.id,)) == "Sinyal lemah di Long Iram"
    page.ctx.undo_stack.undo()
    wait_written(qtbot, page.ctx)
    assert page.db.scalar("SELECT text FROM input") == "Sinyal lemah"
    assert page.model.row_at(0).text == "Sinyal lemah"


def select_rows(page, *rows_):
    view = page.ui.input_view
    flags = view.selectionModel().SelectionFlag
    view.clearSelection()
    view.selectionModel().setCurrentIndex(page.model.index(rows_[0], 0), flags.NoUpdate)
    for r in rows_:  # as with Ctrl+click
        view.selectionModel().select(page.model.index(r, 0), flags.Select | flags.Rows)
    view.setFocus()


def test_themes_by_shortcut_and_by_drag_and_drop_then_merge(qtbot, page, monkeypatch):
    workshop = open_workshop(page)
    for text in ("Sinyal lemah di hulu", "Internet putus", "Sinyal lemah di hulu sungai", "Server mati"):
        add_input(page.db, workshop.id, text)
    page.reload()
    monkeypatch.setattr(page.actions, "ask_theme_title", lambda suggestion: "Jaringan internet")
    select_rows(page, 0, 1)
    qtbot.keyClick(page.ui.input_view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, page.ctx)
    (theme_id, title), = rows(page.db, "SELECT id, title FROM cluster")
    assert title == "Jaringan internet" and page.themes.rowCount() == 1
    # drag the third input onto the theme
    mime = page.model.mimeData([page.model.index(2, 0)])
    page.themes.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, page.themes.index(0, 0))
    wait_written(qtbot, page.ctx)
    assert page.db.scalar("SELECT count(*) FROM input WHERE cluster_id = ?", (theme_id,)) == 3
    assert page.themes.index(0, 1).data() == "3"
    # the third duplicates the first: merge it away
    select_rows(page, 0, 2)
    qtbot.keyClick(page.ui.input_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, page.ctx)
    assert [r[0] for r in rows(page.db, "SELECT text FROM input ORDER BY position")] == [
        "Sinyal lemah di hulu", "Internet putus", "Server mati"]
    page.ctx.undo_stack.undo()
    wait_written(qtbot, page.ctx)
    assert page.db.scalar("SELECT count(*) FROM input") == 4 and page.model.rowCount() == 4


def test_filters_search_and_kinds(qtbot, page):
    workshop = open_workshop(page)
    add_input(page.db, workshop.id, "Sinyal lemah di hulu", kind="problem")
    add_input(page.db, workshop.id, "Sekolah punya lab komputer", kind="strength")
    add_input(page.db, workshop.id, "Pasar ikan", pillar_key="economy", element_key=None)
    page.reload()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.ui.search_edit, "SINYAL")
    assert [page.model.row_at(r).text for r in range(page.model.rowCount())] == ["Sinyal lemah di hulu"]
    page.ui.search_edit.clear()
    page.ui.kind_filter.setCurrentIndex(page.ui.kind_filter.findData("strength"))
    assert page.model.rowCount() == 1 and page.model.row_at(0).kind == "strength"
    page.ui.kind_filter.setCurrentIndex(0)
    page.step_pillar(1)
    assert page.ctx.pillar_key == "branding" and page.model.rowCount() == 0
    page.ctx.set_pillar("economy")
    assert page.model.rowCount() == 1 and page.ui.pillar_list.currentRow() == 2


def test_presenter_follows_the_main_window_and_hides_names(qtbot, page):
    workshop = open_workshop(page)
    agreed = add_participant(page.db, workshop.id, "Paulus Beraq")
    refused = add_participant(page.db, workshop.id, "Maria Lawing", consent_name=False)
    add_input(page.db, workshop.id, "Sinyal lemah", speaker_id=agreed.id)
    add_input(page.db, workshop.id, "Server mati", speaker_id=refused.id)
    page.reload()
    page.ui.input_view.setFocus()
    qtbot.keyClick(page.ui.input_view, Qt.Key.Key_F5)
    presenter = page.presenter
    assert presenter is not None and presenter.ui.isVisible() and page.ui.presenter_button.isChecked()
    shown = lambda: [presenter.model.index(r, InputListModel.TEXT).data() for r in range(presenter.model.rowCount())]  # noqa: E731
    assert shown() == ["1. Sinyal lemah", "2. Server mati"]  # no names by default
    page.ui.show_names_check.setChecked(True)
    assert shown() == ["1. Sinyal lemah — Paulus Beraq", "2. Server mati"]  # only who agreed
    type_input(qtbot, page, "Operator kurang")
    assert shown()[-1] == "3. Operator kurang"  # live, before the write is even committed
    page.ctx.set_pillar("economy")
    assert presenter.model.rowCount() == 0 and presenter.ui.pillar_title.text() == "Smart Economy"
    presenter.close()
    assert not page.ui.presenter_button.isChecked()
    wait_written(qtbot, page.ctx)


def test_a_failed_write_is_reported_and_the_screen_shows_what_is_stored(qtbot, page, monkeypatch, refusals):
    open_workshop(page)

    def broken(db, record):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("fgd_app.ui.quick_entry.add_input", broken)
    type_input(qtbot, page, "Sinyal lemah")
    wait_written(qtbot, page.ctx)
    assert refusals and "disk I/O error" in refusals[0] and "Not saved" in refusals[0]
    assert page.model.rowCount() == 0 and not page.store.pending
    assert page.db.scalar("SELECT count(*) FROM input") == 0


def test_a_theme_becomes_a_programme_named_after_it(qtbot, page):
    workshop = open_workshop(page)
    a, b = add_input(page.db, workshop.id, "Sinyal lemah"), add_input(page.db, workshop.id, "Server mati")
    capture.create_theme(page.db, workshop.id, "governance", "Infrastruktur TIK", [a.id, b.id])
    page.reload()
    themes = page.ui.theme_view
    themes.setFocus()
    themes.setCurrentIndex(page.themes.index(0, 0))
    qtbot.keyClick(themes, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, page.ctx)
    (name, sources), = page.db.rows("SELECT name, input_ids FROM programme")
    assert name == "Infrastruktur TIK" and a.id in sources and b.id in sources
