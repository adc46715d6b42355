"""Choosing a snapshot to restore, and the way out when the database is damaged at start.

Both dialogs only choose; `ui.app.AppSession` does the restore, because the window and
its database connection must be closed first and opened again after.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fgd_app.store import backups


def reason_label(reason: str) -> str:
    return {
        "auto": QCoreApplication.translate("Backups", "Automatic"),
        "pre-import": QCoreApplication.translate("Backups", "Before an import"),
        "pre-migration": QCoreApplication.translate("Backups", "Before an app update"),
        "pre-restore": QCoreApplication.translate("Backups", "Before a restore"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
    }.get(reason, reason)


class RestoreDialog(QDialog):
    """The snapshots of one database, newest first; `chosen` is the file to restore."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, damaged: bool = False):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.damaged = damaged
        self.chosen: Path | None = None
        self.setWindowTitle(QCoreApplication.translate("Backups", "Restore a backup"))
        self.resize(640, 420)
        intro = QLabel(QCoreApplication.translate(
            "Backups", "Choose the snapshot to go back to. The database becomes exactly what it was then; "
                       "its current content is kept as a snapshot, so nothing is lost."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([QCoreApplication.translate("Backups", "Made"),
                                   QCoreApplication.translate("Backups", "Kind"),
                                   QCoreApplication.translate("Backups", "Size")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(QCoreApplication.translate("Backups", "Snapshots"))
        for item in (b for b in backups.list_backups(self.db_path) if b.reason != "damaged"):
            row = QTreeWidgetItem([item.created.strftime("%Y-%m-%d %H:%M:%S"), reason_label(item.reason),
                                   f"{item.size / 1e6:.1f} MB"])
            row.setData(0, Qt.ItemDataRole.UserRole, str(item.path))
            self.list.addTopLevelItem(row)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(QCoreApplication.translate("Backups", "&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = QPushButton(QCoreApplication.translate("Backups", "Other &file…"))
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.details, buttons):
            layout.addWidget(widget)
        self.list.currentItemChanged.connect(self._selected)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self._show(None)

    def _selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self._show(Path(item.data(0, Qt.ItemDataRole.UserRole)) if item else None)

    def _show(self, path: Path | None) -> bool:
        """Check `path` fully and say what it holds; only a usable file can be restored."""
        self.chosen = None
        if path is None:
            self.details.setText(QCoreApplication.translate(
                "Backups", "There is no snapshot yet. Use “Other file…” to pick a copy of the database."))
            self.restore_button.setEnabled(False)
            return False
        summary = backups.inspect(path)
        if summary.usable:
            self.chosen = path
            self.details.setText(QCoreApplication.translate(
                "Backups", "{path}\nHolds {workshops} workshops and {revisions} recorded changes; "
                                    "the check found no damage.").format(
                path=path, workshops=summary.workshops, revisions=summary.revisions))
        else:
            self.details.setText(QCoreApplication.translate("Backups", "{path}\nCannot be used: {problem}").format(
                path=path, problem=summary.problem))
        self.restore_button.setEnabled(summary.usable)
        return summary.usable

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("Backups", "Choose a database copy"), str(self.db_path.parent),
            QCoreApplication.translate("Backups", "fgd-app databases (*.sqlite3 *.db);;All files (*)"))
        if name and self._show(Path(name)):
            self.list.clearSelection()

    def accept(self) -> None:
        if self.chosen is None:
            return
        if not self.damaged:
            answer = QMessageBox.question(
                self, QCoreApplication.translate("Backups", "Restore a backup"),
                QCoreApplication.translate(
                    "Backups", "Everything entered after this snapshot will be replaced by the snapshot. "
                               "The current content is kept as a snapshot “Before a restore”. Restore now?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()


RESTORE, RESCUE, READ_ONLY, QUIT = "restore", "rescue", "read_only", "quit"


def ask_recovery(message: str, parent: QWidget | None = None) -> str:
    """At start, when the database is damaged: restore, rescue, look read-only, or quit."""
    box, choices = recovery_box(message, parent)
    box.exec()
    return choices.get(box.clickedButton(), QUIT)


def recovery_box(message: str, parent: QWidget | None = None) -> tuple[QMessageBox, dict]:
    """The damaged-database message box and what each of its buttons means."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Backups", "The database is damaged"))
    box.setText(message)
    box.setInformativeText(QCoreApplication.translate("Backups", 
        "• Restore a backup: go back to a snapshot (the app makes one every few minutes).\n"
        "• Rescue what can be read: copy every readable change into a new database and use it.\n"
        "• Open read-only: look at the data and export documents; nothing can be saved.\n"
        "The damaged file is never deleted: it is kept in the backups folder."))
    role = QMessageBox.ButtonRole
    choices = {
        box.addButton(QCoreApplication.translate("Backups", "&Restore a backup…"), role.AcceptRole): RESTORE,
        box.addButton(QCoreApplication.translate("Backups", "Re&scue what can be read"), role.ActionRole): RESCUE,
        box.addButton(QCoreApplication.translate("Backups", "Open &read-only"), role.ActionRole): READ_ONLY,
        box.addButton(QCoreApplication.translate("Backups", "&Quit"), role.RejectRole): QUIT,
    }
    return box, choices


def rescue(db_path: Path, parent: QWidget | None = None) -> bool:
    """Copy what the damaged database still holds into a new file, say what was saved,
    and put it in place if the person agrees (the damaged file moves to the backups folder)."""
    import datetime as dt

    from PySide6.QtGui import QGuiApplication

    from fgd_app.store.salvage import salvage

    target = Path(db_path).with_name(f"{Path(db_path).stem}-rescued-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = salvage(db_path, target)
    finally:
        QGuiApplication.restoreOverrideCursor()
    lost = sum(n for n in report.rows_unreadable.values() if n > 0)
    whole_table = any(n < 0 for n in report.rows_unreadable.values())
    text = QCoreApplication.translate(
        "Backups", "Rescued {workshops} workshops, {revisions} recorded changes and {blobs} files into\n{path}").format(
        workshops=report.workshops, revisions=report.revisions, blobs=report.blobs, path=target)
    if not report.complete:
        text += "\n\n" + QCoreApplication.translate(
            "Backups", "Could not be read: {lost} stored records; left out: {dropped} entries whose "
                       "workshop or item was lost. Compare with the paper notes.").format(
            lost=QCoreApplication.translate("Backups", "a whole table") if whole_table else lost,
            dropped=report.entities_dropped)
    else:
        text += "\n\n" + QCoreApplication.translate("Backups", "Everything recorded could be read.")
    answer = QMessageBox.question(parent, QCoreApplication.translate("Backups", "Rescue what can be read"),
                                  text + "\n\n" + QCoreApplication.translate("Backups", "Use the rescued copy now?"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backups.restore(db_path, target)
    return True
