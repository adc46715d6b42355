"""The application shell: workshop tabs, Go menu shortcuts, save feedback, error handling."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter

from fgd_app.services.demo import ensure_demo

pytestmark = pytest.mark.usefixtures("qt_settings")


def open_demo(ui_db, make_window, qtbot):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    qtbot.keyClick(window.ui.workshop_table, Qt.Key.Key_Return)
    assert window.ui.page_stack.currentWidget() is window.ui.workshop_page
    return window


def test_workshop_opens_on_tabs_with_every_section_enabled(ui_db, make_window, qtbot):
    window = open_demo(ui_db, make_window, qtbot)
    tabs = window.ui.workshop_tabs
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == [
        "Persiapan", "Peserta", "Daftar hadir", "Pencatatan", "Dokumen", "Sinkronisasi"]
    enabled = [tabs.isTabEnabled(i) for i in range(tabs.count())]
    assert enabled == [True] * 6
    assert all(page.workshop_id == window.current_workshop().id for page in window.pages)


def test_go_shortcuts_switch_sections_and_return_to_the_list(ui_db, make_window, qtbot):
    window = open_demo(ui_db, make_window, qtbot)
    for key, tab in ((Qt.Key.Key_2, window.ui.participants_tab), (Qt.Key.Key_3, window.ui.checkin_tab),
                     (Qt.Key.Key_4, window.ui.capture_tab), (Qt.Key.Key_1, window.ui.setup_tab)):
        qtbot.keyClick(window.ui, key, Qt.KeyboardModifier.AltModifier)
        assert window.ui.workshop_tabs.currentWidget() is tab
    capture = window._page_by_tab[window.ui.capture_tab]
    assert capture.ui.pillar_list.count() == 6 and capture.model.rowCount() > 0
    qtbot.keyClick(window.ui, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.ui.page_stack.currentWidget() is window.ui.workshops_page
    assert not window.ui.action_go_setup.isEnabled()


def test_every_save_is_confirmed_in_the_status_bar(ui_db, make_window, qtbot):
    window = make_window(ui_db)
    window.feedback.run(window.ui, lambda: None)
    assert window.ui.status_bar.currentMessage().startswith("Tersimpan")


def test_a_refused_value_is_explained_and_nothing_is_written(ui_db, make_window, monkeypatch):
    from fgd_app.store.models import Workshop

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = make_window(ui_db)

    def bad_write():
        with ui_db.transaction() as tx:
            tx.insert(Workshop, regency_code="64.07", title="x", held_on="2021-02-30")

    assert window.feedback.run(window.ui, bad_write) is None
    assert len(shown) == 1 and "held_on" in shown[0]
    assert ui_db.scalar("SELECT count(*) FROM workshop") == 0


def test_unexpected_errors_are_logged_and_shown_with_the_log_path(ui_db, make_window, monkeypatch, tmp_path):
    from fgd_app.logs import setup_logging
    from fgd_app.ui import crash

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    log_path = setup_logging()
    make_window(ui_db)
    try:
        raise ZeroDivisionError("pembagian dengan nol")
    except ZeroDivisionError as exc:
        crash.show_error_dialog(exc, log_path)
        logging.getLogger("fgd_app.crash").error("unexpected error", exc_info=exc)
    for handler in logging.getLogger("fgd_app").handlers:
        handler.flush()
    assert str(log_path) in shown[0] and "ZeroDivisionError" in shown[0]
    assert "pembagian dengan nol" in log_path.read_text("utf-8")


def test_splitters_are_remembered_across_restarts(ui_db, make_window, qtbot):
    first = open_demo(ui_db, make_window, qtbot)  # pages (and their splitters) exist once a workshop is open
    splitters = [s for s in first.ui.findChildren(QSplitter) if s.objectName()]
    assert splitters, "the Participants tab has a named splitter"
    splitter = splitters[0]
    sizes = [120, 480][: splitter.count()] + [200] * max(0, splitter.count() - 2)
    splitter.setSizes(sizes)
    expected = splitter.sizes()
    first.close()
    second = open_demo(ui_db, make_window, qtbot)
    again = second.ui.findChild(QSplitter, splitter.objectName())
    assert again.sizes() == expected


def test_new_workshop_from_the_list_opens_its_setup(ui_db, make_window, qtbot, monkeypatch):
    from fgd_app.services.workshop_setup import create_workshop

    created = {}

    def fake_dialog(parent, db, feedback):
        created["id"] = create_workshop(db, regency_code="62.06", title="FGD Katingan", held_on="2022-07-05")
        return created["id"]

    monkeypatch.setattr("fgd_app.ui.new_workshop_dialog.ask_new_workshop", fake_dialog)
    window = make_window(ui_db)
    qtbot.keyClick(window.ui, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workshop().id == created["id"]
    assert window.ui.workshop_tabs.currentWidget() is window.ui.setup_tab
