"""Small builders shared by tests (not fixtures: plain functions are easier to read)."""

from __future__ import annotations

from fgd_app.store.database import Database
from fgd_app.store.models import Input, Participant, Workshop


def make_workshop(db: Database, **fields) -> Workshop:
    defaults = dict(regency_code="64.07", title="FGD Uji", held_on="2021-06-17", pillars=["governance"])
    with db.transaction() as tx:
        return tx.insert(Workshop, **{**defaults, **fields})


def add_input(db: Database, workshop_id: str, text: str = "Sinyal lemah di hulu", **fields) -> Input:
    defaults = dict(workshop_id=workshop_id, pillar_key="governance", element_key="governance.service", kind="problem")
    with db.transaction() as tx:
        return tx.insert(Input, text=text, **{**defaults, **fields})


def add_participant(db: Database, workshop_id: str, name: str = "Yohanes Lung", **fields) -> Participant:
    with db.transaction() as tx:
        return tx.insert(Participant, workshop_id=workshop_id, name=name, **fields)


def wait_written(qtbot, ctx) -> None:
    """Until every write queued on a capture context is committed and its outcome delivered."""
    qtbot.waitUntil(lambda: ctx.writer.pending == 0, timeout=10_000)


def edit_cell(qtbot, table, row: int, column: int):
    """Put the keyboard focus on a table cell and press F2, as a person would; returns the editor."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if not table.window().isActiveWindow():  # offscreen Qt may leave no window active (after a popup)
        table.window().activateWindow()
        qtbot.waitUntil(table.window().isActiveWindow)
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    return editor


def commit_edit(qtbot, editor, table) -> None:
    """Enter in a cell editor; the delegate commits on the next turn of the event loop."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
