"""Starting the desktop app: `run_gui` is what `fgd-app` without a command calls.

Order matters: the QApplication and its names come first (QSettings needs them), then
the translator (so even the "database refused" message box is in the user's language),
then the database, then the window.

`AppSession` owns what belongs to one open database: the one-window lock, the
connection, the main window and the automatic snapshots. A restore replaces all of it:
the window is closed (queued writes finish), the file is restored, and a new window
opens on it. A damaged database at start leads to `ask_recovery`: restore a snapshot,
rescue what can be read, open read-only, or quit.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject

ORGANIZATION = "fgd-app"
APPLICATION = "fgd-app"
log = logging.getLogger("fgd_app")


def create_app_and_window(db_path: Path | str | None = None, argv: list[str] | None = None):
    """The QApplication and the main window, ready to show (raises UserError if the database is refused).

    Split from `run_gui` so the start-up benchmark measures exactly what users get.
    """
    app = create_app(argv)
    session = AppSession(db_path, parent=app)
    session.open()
    return app, session.window


def create_app(argv: list[str] | None = None):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fgd_app import __version__
    from fgd_app.logs import setup_logging
    from fgd_app.paths import settings_dir
    from fgd_app.ui import crash, i18n

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    if (portable := settings_dir()) is not None:  # a portable install keeps its settings beside it
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable))
    i18n.apply_language(i18n.saved_language())
    crash.install(setup_logging())
    return app


class AppSession(QObject):
    def __init__(self, db_path: Path | str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        from fgd_app.paths import default_db_path
        from fgd_app.store.lock import DatabaseLock

        self.db_path = Path(db_path) if db_path else default_db_path()
        self.lock = DatabaseLock(self.db_path).acquire()  # UserError db.in_use: another window has it
        self.window = None
        self.auto_backup = None

    def open(self, read_only: bool = False) -> None:
        from fgd_app import __version__
        from fgd_app.store.database import open_database
        from fgd_app.ui import i18n
        from fgd_app.ui.main_window import MainWindow

        db = open_database(self.db_path, read_only=read_only)
        log.info("fgd-app %s opened %s%s", __version__, db.path, " read-only" if read_only else "")
        self.window = MainWindow(db)
        self.window.restore_requested.connect(self.restore)
        if not read_only:
            from fgd_app.ui.auto_backup import AutoBackup

            self.auto_backup = AutoBackup(self.db_path, i18n.current_language, parent=self.window)
            self.auto_backup.failed.connect(self.window.feedback.message)

    def close(self) -> None:
        """Close the window (its queued writes finish), take a last snapshot, close the file."""
        if self.window is None:
            return
        self.window.close()
        if self.auto_backup is not None:
            self.auto_backup.finish()
        self.window.db.close()
        self.window = self.auto_backup = None

    def restore(self, snapshot: Path) -> None:
        """Replace the database with `snapshot` and open a new window on it."""
        from fgd_app.errors import UserError
        from fgd_app.store import backups
        from fgd_app.ui import i18n

        from PySide6.QtWidgets import QApplication

        read_only = self.window.db.read_only
        QApplication.setQuitOnLastWindowClosed(False)  # the window closes and a new one opens
        try:
            self.close()
            try:
                backups.restore(self.db_path, snapshot)
                read_only = False
            except UserError as err:
                show_fatal_error(err.message(i18n.current_language()), title_only_error=True)
            self.open(read_only=read_only)
            self.window.show()
        finally:
            QApplication.setQuitOnLastWindowClosed(True)

    def recover(self, message: str) -> bool:
        """The damaged-database dialog until something opens; False when the person quits."""
        from fgd_app.errors import UserError
        from fgd_app.ui import backup_dialogs, i18n

        while True:
            choice = backup_dialogs.ask_recovery(message)
            try:
                if choice == backup_dialogs.QUIT:
                    return False
                if choice == backup_dialogs.READ_ONLY:
                    self.open(read_only=True)
                    return True
                if choice == backup_dialogs.RESTORE:
                    dialog = backup_dialogs.RestoreDialog(self.db_path, damaged=True)
                    if dialog.exec() != dialog.DialogCode.Accepted or dialog.chosen is None:
                        continue
                    from fgd_app.store import backups

                    backups.restore(self.db_path, dialog.chosen)
                elif choice == backup_dialogs.RESCUE and not backup_dialogs.rescue(self.db_path):
                    continue
                self.open()
                return True
            except UserError as err:
                message = err.message(i18n.current_language())


def run_gui(db_path: Path | str | None = None, argv: list[str] | None = None) -> int:
    """Run the app until its window closes; the exit code is 0, or 1 if the database was refused."""
    from fgd_app.errors import UserError
    from fgd_app.ui import i18n

    app = create_app(argv)
    try:
        session = AppSession(db_path, parent=app)
    except UserError as err:  # another window has this database
        show_fatal_error(err.message(i18n.current_language()))
        return 1
    try:
        try:
            session.open()
        except UserError as err:
            if err.code != "db.damaged":
                show_fatal_error(err.message(i18n.current_language()))
                return 1
            if not session.recover(err.message(i18n.current_language())):
                return 1
        session.window.show()
        _make_device_key_soon()
        return int(app.exec())
    finally:
        session.close()  # normally closed already; if the app quit otherwise, save geometry now
        session.lock.release()


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


def show_fatal_error(message: str, title_only_error: bool = False) -> None:
    """A modal error without a main window (`title_only_error`: the app goes on after it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    title = (QCoreApplication.translate("App", "fgd-app") if title_only_error
             else QCoreApplication.translate("App", "fgd-app cannot start"))
    QMessageBox.critical(None, title, message)
