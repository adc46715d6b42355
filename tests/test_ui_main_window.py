"""The main window with real widgets (offscreen): listing, opening, demo, language, settings.

Each test gets its own database (under FGD_APP_HOME = tmp_path) and its own QSettings
file, so neither the user's data nor their language choice leaks in or out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QSettings, Qt  # noqa: E402, F401
from PySide6.QtWidgets import QListWidget, QMessageBox  # noqa: E402

from fgd_app import __version__  # noqa: E402
from fgd_app.services.demo import ensure_demo  # noqa: E402
from fgd_app.services.workshops import list_workshops, pillar_counts  # noqa: E402
from fgd_app.ui import i18n  # noqa: E402
from fgd_app.ui.models import WorkshopTableModel  # noqa: E402

DEMO_REGENCY = "Kabupaten Kutai Barat"


pytestmark = pytest.mark.usefixtures("qt_settings")


def plain(text: str) -> str:
    """A menu or button text without its mnemonic marker."""
    return text.replace("&", "")


def test_lists_the_workshops_of_the_database(ui_db, make_window):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    model = window.ui.workshop_table.model()
    assert model is window.workshops and model.rowCount() == 1
    assert model.index(0, WorkshopTableModel.REGENCY).data() == DEMO_REGENCY
    assert model.index(0, WorkshopTableModel.DATE).data() == "17 Juni 2021"
    assert window.selected_workshop().regency_name == DEMO_REGENCY  # first row preselected
    assert window.ui.open_button.isEnabled()
    assert window.ui.empty_hint.isHidden()
    assert window.ui.windowTitle() == "fgd-app"


def test_enter_opens_the_workshop_and_back_returns(ui_db, make_window, qtbot):
    workshop_id, _ = ensure_demo(ui_db)
    window = make_window(ui_db)
    table = window.ui.workshop_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert window.ui.page_stack.currentWidget() is window.ui.workshop_page
    window.show_tab(window.ui.capture_tab)  # the pillars with their counts lead the Capture tab
    pillar_list = window.ui.findChild(QListWidget, "pillar_list")
    assert pillar_list.isVisible() and pillar_list.count() == 6
    counts = [int(pillar_list.item(row).text().rsplit("(", 1)[1].rstrip(")")) for row in range(6)]
    assert all(n > 0 for n in counts)
    assert counts == [p.inputs for p in pillar_counts(ui_db, workshop_id)]
    (summary,) = list_workshops(ui_db)
    assert window.ui.workshop_title.text() == summary.title
    details = window.ui.workshop_details.text()
    assert DEMO_REGENCY in details and "Kamis, 17 Juni 2021" in details and "Kalimantan Timur" in details

    qtbot.mouseClick(window.ui.back_button, Qt.MouseButton.LeftButton)
    assert window.ui.page_stack.currentWidget() is window.ui.workshops_page
    assert window.current_workshop() is None


def test_double_click_opens_the_workshop(ui_db, make_window, qtbot):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    table = window.ui.workshop_table
    cell = table.visualRect(window.workshops.index(0, WorkshopTableModel.TITLE)).center()
    # Qt 6's QTest.mouseDClick sends only the double-click event; a real mouse sends a
    # click first, and the view needs that press to know which item is double-clicked.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.ui.page_stack.currentWidget() is window.ui.workshop_page
    assert window.current_workshop().regency_name == DEMO_REGENCY


def test_open_button_and_back_shortcut(ui_db, make_window, qtbot):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    qtbot.mouseClick(window.ui.open_button, Qt.MouseButton.LeftButton)
    assert window.current_workshop().regency_name == DEMO_REGENCY
    assert window.ui.status_bar.currentMessage().startswith("Dibuka: ")
    with qtbot.waitActive(window.ui):  # window shortcuts only fire in the active window
        window.ui.activateWindow()
    qtbot.keyClick(window.ui.workshop_tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    # A button's shortcut "animates" the click, which lands ~100 ms later.
    qtbot.waitUntil(lambda: window.ui.page_stack.currentWidget() is window.ui.workshops_page)


def test_demo_button_creates_the_demo_once(ui_db, make_window, qtbot):
    window = make_window(ui_db)
    assert window.workshops.rowCount() == 0
    assert not window.ui.empty_hint.isHidden() and not window.ui.open_button.isEnabled()

    qtbot.mouseClick(window.ui.demo_button, Qt.MouseButton.LeftButton)
    assert window.workshops.rowCount() == 1
    assert window.workshops.index(0, WorkshopTableModel.REGENCY).data() == DEMO_REGENCY
    assert window.ui.status_bar.currentMessage() == "Lokakarya demo telah dibuat."
    assert window.ui.empty_hint.isHidden() and window.ui.open_button.isEnabled()

    window.ui.action_demo.trigger()  # the menu entry does the same, without a duplicate
    assert window.workshops.rowCount() == 1
    assert "sudah ada" in window.ui.status_bar.currentMessage()


def test_indonesian_by_default_and_english_after_switching(ui_db, make_window, qtbot):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    ui = window.ui
    assert plain(ui.menu_file.title()) == "Berkas"
    assert plain(ui.menu_help.title()) == "Bantuan"
    assert ui.demo_button.text() == "Buat lokakarya demo"
    assert window.workshops.headerData(0, Qt.Orientation.Horizontal) == "Kabupaten/Kota"
    assert window.workshops.index(0, WorkshopTableModel.STATUS).data() == "Selesai"
    assert ui.action_language_id.isChecked() and not ui.action_language_en.isChecked()
    window.open_workshop()

    ui.action_language_en.trigger()
    qtbot.waitUntil(lambda: plain(ui.menu_file.title()) == "File")
    assert plain(ui.menu_view.title()) == "View" and plain(ui.action_quit.text()) == "Quit"
    assert ui.back_button.text() == "← Back to workshops"
    assert window.workshops.headerData(0, Qt.Orientation.Horizontal) == "Regency/City"
    assert window.workshops.index(0, WorkshopTableModel.STATUS).data() == "Closed"
    capture = window._page_by_tab[ui.capture_tab]
    assert capture.model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
    assert capture.ui.kind_combo.currentText() == "Problem"
    assert "Thursday, 17 June 2021" in ui.workshop_details.text()
    assert ui.action_language_en.isChecked() and not ui.action_language_id.isChecked()
    assert QSettings().value(i18n.SETTINGS_KEY) == "en"

    ui.action_language_id.trigger()
    qtbot.waitUntil(lambda: plain(ui.menu_file.title()) == "Berkas")
    assert "Kamis, 17 Juni 2021" in ui.workshop_details.text()


def test_language_choice_survives_a_restart(ui_db, make_window, qtbot):
    first = make_window(ui_db)
    first.ui.action_language_en.trigger()
    first.ui.close()
    second = make_window(ui_db)
    assert plain(second.ui.menu_file.title()) == "File"
    assert second.ui.action_language_en.isChecked()


def test_window_geometry_is_restored(ui_db, make_window):
    first = make_window(ui_db)
    # Smaller than the offscreen screen (800x600): restoreGeometry clamps to the screen.
    first.ui.resize(720, 480)
    first.ui.close()
    second = make_window(ui_db)
    assert (second.ui.width(), second.ui.height()) == (720, 480)


def test_about_box_shows_version_and_data_location(ui_db, ui_db_path, make_window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window = make_window(ui_db)
    window.ui.action_about.trigger()
    ((title, text),) = shown
    assert title == "Tentang fgd-app"
    assert __version__ in text and str(ui_db_path.resolve()) in text


def test_run_gui_refuses_a_damaged_database_in_the_ui_language(tmp_path, monkeypatch):
    from fgd_app.ui.app import run_gui

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database " * 20)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert run_gui(db_path=bad) == 1
    ((title, text),) = shown
    assert title == "fgd-app tidak dapat dimulai"
    assert "bukan basis data fgd-app" in text


def test_models_pass_the_qt_model_tester(ui_db, qtmodeltester):
    workshop_id, _ = ensure_demo(ui_db)
    workshops = WorkshopTableModel()
    qtmodeltester.check(workshops)  # empty
    workshops.set_rows(list_workshops(ui_db))
    qtmodeltester.check(workshops)


EXIT_SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QTimer.singleShot(200, app.closeAllWindows)
from fgd_app.cli import main
raise SystemExit(main(["--db", {db!r}]))
"""


def test_the_app_starts_and_exits_cleanly(tmp_path):
    """`fgd-app` runs the event loop and exits 0, without PySide crashing at shutdown.

    A Python event filter left on the window made the interpreter segfault at exit in
    about half of the runs; three runs catch a regression with high probability.
    """
    env = dict(os.environ, FGD_APP_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")
    script = EXIT_SCRIPT.format(db=str(tmp_path / "app.sqlite3"))
    root = Path(__file__).resolve().parents[1]
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, timeout=60)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert (tmp_path / "config" / "fgd-app" / "fgd-app.conf").exists()  # geometry saved on close
