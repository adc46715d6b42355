"""The app side of backups: automatic snapshots, restore from the menu, the damaged-database
way out at start, read-only mode, and the crash dialog."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fgd_app.store import backups
from tests.helpers import add_input
from tests.test_backups import content, damage_table, demo_db

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def session_factory(qtbot, ui_db_path):
    """Open sessions the way run_gui does (lock, database, window, automatic backups)."""
    from fgd_app.ui.app import AppSession

    made = []

    def make(open_it: bool = True):
        session = AppSession(ui_db_path)
        made.append(session)
        if open_it:
            session.open()
            session.window.show()
        return session

    yield make
    for session in made:
        session.close()
        session.lock.release()


def click_later(find_button) -> None:
    """Press a button of the modal dialog that is about to open (exec() blocks the test)."""
    def press():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press)
            return
        find_button(dialog).click()

    QTimer.singleShot(0, press)


def test_automatic_backup_runs_only_when_the_data_changed(qtbot, ui_db_path):
    from fgd_app.store.database import open_database
    from fgd_app.ui.auto_backup import AutoBackup

    demo_db(ui_db_path)
    db = open_database(ui_db_path)
    auto = AutoBackup(ui_db_path, lambda: "en", interval_ms=30)
    try:
        qtbot.wait(200)  # several ticks on an unchanged database: nothing to copy
        assert backups.list_backups(ui_db_path) == []
        add_input(db, db.scalar("SELECT id FROM workshop"), "Masukan baru di tengah sesi")
        qtbot.waitUntil(lambda: len(backups.list_backups(ui_db_path)) == 1, timeout=5000)
        qtbot.wait(200)
        assert len(backups.list_backups(ui_db_path)) == 1  # and not again while nothing changes
        with sqlite3.connect(backups.list_backups(ui_db_path)[0].path) as conn:
            assert conn.execute("SELECT count(*) FROM input WHERE text = 'Masukan baru di tengah sesi'").fetchone()[0]
        add_input(db, db.scalar("SELECT id FROM workshop"), "Tepat sebelum menutup")
        auto.timer.stop()
        auto.finish()  # closing the app: one last snapshot of the change
        assert len(backups.list_backups(ui_db_path)) == 2
    finally:
        auto.timer.stop()
        db.close()


def test_restore_from_the_menu_opens_a_window_on_the_snapshot(session_factory, ui_db_path, qtbot, monkeypatch):
    before = demo_db(ui_db_path)
    backups.snapshot(ui_db_path, "auto")
    session = session_factory()
    first = session.window
    add_input(first.db, first.db.scalar("SELECT id FROM workshop"), "Dikerjakan setelah cadangan")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_later(lambda dialog: dialog.restore_button)
    first.ui.action_restore_backup.trigger()
    assert session.window is not first and session.window.ui.isVisible() and not first.ui.isVisible()
    assert content(ui_db_path) == before
    kept = [b for b in backups.list_backups(ui_db_path) if b.reason == "pre-restore"]
    assert len(kept) == 1
    with sqlite3.connect(kept[0].path) as conn:  # the undone work is kept, not lost
        assert conn.execute("SELECT count(*) FROM input WHERE text = 'Dikerjakan setelah cadangan'").fetchone()[0]


def test_back_up_now_from_the_menu(session_factory, ui_db_path):
    demo_db(ui_db_path)
    session = session_factory()
    session.window.ui.action_backup_now.trigger()
    made = backups.list_backups(ui_db_path)
    assert [b.reason for b in made] == ["manual"]
    assert str(made[0].path) in session.window.ui.status_bar.currentMessage()


def test_a_damaged_database_at_start_is_restored_from_the_newest_snapshot(session_factory, ui_db_path, monkeypatch):
    from fgd_app.errors import UserError
    from fgd_app.ui import backup_dialogs

    before = demo_db(ui_db_path)
    backups.snapshot(ui_db_path, "auto")
    damage_table(ui_db_path, "input")
    session = session_factory(open_it=False)
    with pytest.raises(UserError) as err:
        session.open()
    assert err.value.code == "db.damaged"
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_recovery", lambda message: asked.append(message) or "restore")
    click_later(lambda dialog: dialog.restore_button)  # the newest snapshot is preselected and checked
    assert session.recover(err.value.message("en"))
    assert "damaged" in asked[0]
    assert content(ui_db_path) == before and not session.window.db.read_only
    assert any(b.reason == "damaged" for b in backups.list_backups(ui_db_path))  # kept for later


def test_a_damaged_database_without_backups_is_rescued_from_its_log(session_factory, ui_db_path, monkeypatch):
    from fgd_app.ui import backup_dialogs

    before = demo_db(ui_db_path)
    damage_table(ui_db_path, "input")
    session = session_factory(open_it=False)
    questions = []
    monkeypatch.setattr(backup_dialogs, "ask_recovery", lambda message: "rescue")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: questions.append(text) or QMessageBox.StandardButton.Yes)
    assert session.recover("damaged")
    assert "Everything recorded could be read" in questions[0]
    assert content(ui_db_path) == before


def test_read_only_mode_shows_it_and_refuses_writes_in_words(session_factory, ui_db_path, monkeypatch):
    from fgd_app.store.database import read_only_refusal
    from fgd_app.ui import backup_dialogs

    demo_db(ui_db_path)
    damage_table(ui_db_path, "participant")
    session = session_factory(open_it=False)
    monkeypatch.setattr(backup_dialogs, "ask_recovery", lambda message: "read_only")
    assert session.recover("damaged")
    window = session.window
    assert window.db.read_only and "read-only" in window.ui.windowTitle()
    assert "nothing can be saved" in window.read_only_label.text()
    assert window.workshops.rowCount() == 1  # what can be read is shown
    with pytest.raises(sqlite3.OperationalError) as err:
        window.db.conn.execute("UPDATE workshop SET title = 'x'")
    refusal = read_only_refusal(err.value)
    assert refusal.code == "db.read_only" and "hanya-baca" in refusal.message("id")


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_the_log_path_and_keeps_the_last_input(capture_ctx, qtbot, monkeypatch, tmp_path):
    """A bug in a slot while an input is being saved: the dialog names the log, the input is in the file."""
    from fgd_app.logs import setup_logging
    from fgd_app.ui import crash

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    previous_hook = sys.excepthook
    log_path = setup_logging()
    crash.install(log_path)
    try:
        workshop_id = demo_workshop(capture_ctx.db)
        capture_ctx.writer.submit(add_input, workshop_id, "Masukan terakhir sebelum galat")

        def broken_slot():
            raise RuntimeError("galat tak terduga di layar")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        qtbot.waitUntil(lambda: capture_ctx.writer.pending == 0, timeout=5000)
    finally:
        sys.excepthook = previous_hook
    assert str(log_path) in shown[0] and "RuntimeError" in shown[0]
    with sqlite3.connect(capture_ctx.db.path) as conn:  # another connection: it is in the file
        assert conn.execute("SELECT count(*) FROM input WHERE text = 'Masukan terakhir sebelum galat'").fetchone()[0]
    assert "galat tak terduga" in log_path.read_text("utf-8")


def demo_workshop(db) -> str:
    from fgd_app.services.demo import ensure_demo

    return ensure_demo(db)[0]


def test_run_gui_on_a_damaged_database_can_quit_leaving_everything_as_it_was(ui_db_path, monkeypatch):
    from fgd_app.store.lock import DatabaseLock
    from fgd_app.ui import backup_dialogs
    from fgd_app.ui.app import run_gui

    demo_db(ui_db_path)
    damage_table(ui_db_path, "input")
    damaged = ui_db_path.read_bytes()
    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_recovery", lambda message: asked.append(message) or "quit")
    assert run_gui(db_path=ui_db_path) == 1
    assert asked and ui_db_path.read_bytes() == damaged
    with DatabaseLock(ui_db_path):  # the lock went with the app
        pass


def test_run_gui_refuses_a_database_another_window_has(ui_db_path, monkeypatch):
    from fgd_app.store.lock import DatabaseLock
    from fgd_app.ui.app import run_gui

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    with DatabaseLock(ui_db_path):
        assert run_gui(db_path=ui_db_path) == 1
    assert "another fgd-app window" in shown[0] or "jendela fgd-app lain" in shown[0]
