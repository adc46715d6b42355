"""Shared fixtures: every test gets its own data dir and SQLite file; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _install_network_guard():
    """No network in tests (tests/offline/sitecustomize.py), here and in every child Python.

    Installed at conftest import, before any test module is imported; the folder goes first on
    PYTHONPATH so each subprocess (the fgd-app CLI ...) imports the guard at its own start-up.
    """
    import importlib.util

    offline = str(Path(__file__).with_name("offline"))
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != offline]
    os.environ["PYTHONPATH"] = os.pathsep.join([offline, *paths])
    spec = importlib.util.spec_from_file_location("fgd_network_guard", os.path.join(offline, "sitecustomize.py"))
    guard = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(guard)  # installs itself (does nothing if `make test` already did)


_install_network_guard()

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """No test touches the real user data dir, database or language settings."""
    home = tmp_path / "home"
    monkeypatch.setenv("FGD_APP_HOME", str(home))
    monkeypatch.delenv("FGD_APP_DB", raising=False)
    monkeypatch.setenv("FGD_APP_LANG", "en")
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "fgd.sqlite3"


@pytest.fixture
def db(db_path):
    from fgd_app.store.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


# -- UI fixtures (Qt imported lazily) ------------------------------------------------


@pytest.fixture
def qt_settings(tmp_path, qapp):
    """QSettings go to an INI file under tmp_path, under test-only application names.

    UI test modules opt in with `pytestmark = pytest.mark.usefixtures("qt_settings")`;
    Qt is imported only here, so plain tests never load it.
    """
    from PySide6.QtCore import QSettings

    from fgd_app.ui import i18n

    names = (qapp.organizationName(), qapp.applicationName())
    previous_format = QSettings.defaultFormat()
    settings_dir = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
    qapp.setOrganizationName("fgd-app-tests")
    qapp.setApplicationName("fgd-app-tests")
    i18n.apply_language("en")  # a clean start: no translator left by an earlier test
    yield settings_dir
    i18n.apply_language("en")  # uninstall our translator: the next test starts clean
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    QSettings.setDefaultFormat(previous_format)


@pytest.fixture
def ui_db_path(tmp_path, monkeypatch):
    monkeypatch.setenv("FGD_APP_HOME", str(tmp_path))
    return tmp_path / "ui.sqlite3"


@pytest.fixture
def ui_db(ui_db_path):
    from fgd_app.store.database import open_database

    database = open_database(ui_db_path)
    yield database
    database.close()


@pytest.fixture
def make_window(qtbot):
    """Build windows the way run_gui does: the saved language first, then the window."""

    from fgd_app.ui import i18n
    from fgd_app.ui.main_window import MainWindow

    def make(db):
        i18n.apply_language(i18n.saved_language())
        window = MainWindow(db)
        qtbot.addWidget(window.ui)
        with qtbot.waitExposed(window.ui):
            window.show()
        return window

    return make


@pytest.fixture
def capture_ctx(qtbot, qt_settings, ui_db):
    """A capture context on a fresh database, its writer stopped at the end."""
    from fgd_app.ui.capture_context import CaptureContext
    from fgd_app.ui.feedback import Feedback

    ctx = CaptureContext(ui_db, Feedback())
    yield ctx
    ctx.shutdown()


@pytest.fixture
def refusals(monkeypatch):
    """Refusal dialogs collected instead of shown (a modal box would stall the test)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown



@pytest.fixture(scope="session", autouse=True)
def _qt_torn_down_before_exit():
    """Delete every widget and finish deferred deletes while Qt is still whole.

    Widgets left alive until interpreter exit are destroyed after QApplication in an
    order Qt does not expect, which can crash the process after all tests passed.
    """
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
