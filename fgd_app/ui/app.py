"""Starting the desktop app: `run_gui` is what `fgd-app` without a command calls.

Order matters: the QApplication and its names come first (QSettings needs them), then
the translator (so even the "database refused" message box is in the user's language),
then the database, then the window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ORGANIZATION = "fgd-app"
APPLICATION = "fgd-app"


def create_app_and_window(db_path: Path | str | None = None, argv: list[str] | None = None):
    """The QApplication and the main window, ready to show (raises UserError if the database is refused).

    Split from `run_gui` so the start-up benchmark measures exactly what users get.
    """
    from PySide6.QtWidgets import QApplication

    from fgd_app import __version__
    from fgd_app.logs import setup_logging
    from fgd_app.store.database import open_database
    from fgd_app.ui import crash, i18n

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    i18n.apply_language(i18n.saved_language())
    log_path = setup_logging()
    crash.install(log_path)
    db = open_database(db_path)
    logging.getLogger("fgd_app").info("fgd-app %s opened %s", __version__, db.path)

    from fgd_app.ui.main_window import MainWindow

    return app, MainWindow(db)


def run_gui(db_path: Path | str | None = None, argv: list[str] | None = None) -> int:
    """Run the app until its window closes; the exit code is 0, or 1 if the database was refused."""
    from fgd_app.errors import UserError
    from fgd_app.ui import i18n

    try:
        app, window = create_app_and_window(db_path, argv)
    except UserError as err:
        show_fatal_error(err.message(i18n.current_language()))
        return 1
    try:
        window.show()
        _make_device_key_soon()
        code = app.exec()
        window.close()  # normally closed already; if the app quit otherwise, save geometry now
        return int(code)
    finally:
        window.db.close()


def _make_device_key_soon() -> None:
    """Make this laptop's signing key on its first run, once the window is up (not on the
    start-up path), so its fingerprint exists before anyone asks for it."""
    from PySide6.QtCore import QTimer

    def make() -> None:
        from fgd_app.errors import UserError
        from fgd_app.sync.keys import device_key

        try:
            device_key()
        except UserError:
            pass  # an unreadable key file is reported where the key is used (the Sync page)

    QTimer.singleShot(1500, make)


def show_fatal_error(message: str) -> None:
    """A modal error without a main window (the app cannot continue)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("App", "fgd-app cannot start"), message)
