"""Keyboard and screen-reader basics across the workshop tabs.

Every control a person can reach with Tab must say what it is: an accessible name, or a
label whose buddy it is (Qt then announces the label). Buttons and check boxes carry
their own text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fgd_app.services.demo import ensure_demo

pytestmark = pytest.mark.usefixtures("qt_settings")

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the outer widget carries the name
        if isinstance(widget, QAbstractButton):
            named = bool(widget.text().strip() or widget.accessibleName() or widget.toolTip())
        elif isinstance(widget, INPUTS):
            named = bool(widget.accessibleName()) or id(widget) in buddies
        else:
            continue
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no name)'}")
    return missing


def test_every_reachable_control_on_every_tab_is_named(ui_db, make_window, qtbot):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    assert unnamed_controls(window.ui.workshops_page) == []
    qtbot.keyClick(window.ui.workshop_table, Qt.Key.Key_Return)
    tabs = window.ui.workshop_tabs
    problems = {}
    for index in range(tabs.count()):
        if not tabs.isTabEnabled(index):
            continue
        tabs.setCurrentIndex(index)
        missing = unnamed_controls(tabs.widget(index))
        if missing:
            problems[tabs.tabText(index)] = missing
    assert problems == {}


def test_tab_order_on_setup_reaches_every_field_without_leaving_the_page(ui_db, make_window, qtbot):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    qtbot.keyClick(window.ui.workshop_table, Qt.Key.Key_Return)
    page = window.ui.setup_tab
    first = page.focusProxy() or page
    first.setFocus()
    seen = []
    widget = page.focusWidget() or first
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
            seen.append(widget.objectName())
    names = set(seen)
    for expected in ("title_edit", "venue_edit", "chair_name_edit", "note_taker_name_edit"):
        assert any(expected in n for n in names), (expected, sorted(names))
