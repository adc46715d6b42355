"""`fgd-app selftest --gui`: the window part of the self-test (see `fgd_app.selftest`).

It starts the app the way users get it (`create_app_and_window`: translator, log, crash
hook, database, main window), shows the window, opens the demo workshop and brings every
tab forward, inner tabs included, so each page builds its widgets, loads its form and
paints once. A built program missing a Qt plugin, a form or a style fails here rather than
in front of a workshop. Optionally it saves a PNG of the window, for a person to look at.

Exceptions raised in Qt slots would normally open the crash dialog, which nobody is there
to close in an unattended run; while the test runs they are recorded and reported instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fgd_app.selftest import Report, describe

SETTLE_ROUNDS = 3  # processEvents rounds: layouts, fitted columns and repaints settle
MIN_SIZE = (1200, 800)  # a screenshot people can read; smaller windows are enlarged for it


def run_gui_selftest(db_path: Path, workshop_id: str, report: Report, screenshot: Path | None = None) -> None:
    """Add the window checks to `report` (the demo workshop `workshop_id` in `db_path` is opened)."""
    from fgd_app.errors import UserError
    from fgd_app.ui.app import create_app_and_window

    errors: list[str] = []

    def record(_kind, value, _tb) -> None:
        errors.append(describe(value))

    try:
        app, window = create_app_and_window(db_path)
    except UserError as err:
        report.fail("gui start", err.message("en"))
        return
    except Exception as exc:  # noqa: BLE001 - a start that fails is the finding
        report.fail("gui start", f"{type(exc).__name__}: {exc}")
        return
    previous_hook, sys.excepthook = sys.excepthook, record
    try:
        _exercise(app, window, workshop_id, report, errors, screenshot)
    finally:
        sys.excepthook = previous_hook
        window.close()
        window.db.close()
        _settle(app)


def _exercise(app, window, workshop_id: str, report: Report, errors: list[str], screenshot: Path | None) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QFontDatabase

    from fgd_app.ui import i18n

    def step(name: str, run) -> bool:
        """A report check that also fails on exceptions Qt swallowed during it."""
        def checked() -> str:
            detail = run()
            _settle(app)
            if errors:
                raise RuntimeError(errors[0] + (f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""))
            return detail
        passed = report.check(name, checked)
        errors.clear()
        return passed

    def start() -> str:
        families = QFontDatabase.families()
        if not families:
            raise RuntimeError("Qt finds no fonts: every text would be invisible")
        return (f"Qt {pyside_version}, platform {app.platformName()}, style {app.style().name()}, "
                f"{len(families)} font families, language {i18n.current_language()}")

    def show() -> str:
        window.show()
        if screenshot is not None:
            size = window.ui.size()
            window.ui.resize(max(size.width(), MIN_SIZE[0]), max(size.height(), MIN_SIZE[1]))
        window.refresh(select_id=workshop_id)
        selected = window.selected_workshop()
        if selected is None or selected.id != workshop_id:
            raise RuntimeError(f"workshop {workshop_id} is not in the list")
        window.open_workshop()
        return f"{selected.title} opened, window {window.ui.width()}x{window.ui.height()}"

    if not step("gui start", start) or not step("gui window", show):
        return
    tabs = window.ui.workshop_tabs
    for index in range(tabs.count()):
        page = tabs.widget(index)
        step(f"gui tab {page.objectName()}", lambda i=index: _visit(app, tabs, i))
    if screenshot is not None:
        step("gui screenshot", lambda: _grab(app, window, screenshot))


def _visit(app, tabs, index: int) -> str:
    """Bring tab `index` forward, then every inner tab inside it, depth first; returns the tab
    names visited, e.g. "Capture (Inputs, Voting, Worksheet (Programmes, ...))"."""
    from PySide6.QtWidgets import QTabWidget

    tabs.setCurrentIndex(index)
    _settle(app)
    page = tabs.widget(index)
    label = tabs.tabText(index).replace("&", "")
    if not page.isVisible():
        raise RuntimeError(f"tab {label!r} did not show")
    parts = []
    for nested in (w for w in page.findChildren(QTabWidget) if _owner(w) is tabs):
        parts += [_visit(app, nested, i) for i in range(nested.count())]
        nested.setCurrentIndex(0)
    return label + (f" ({', '.join(parts)})" if parts else "")


def _owner(widget):
    """The nearest QTabWidget above `widget` (its pages sit in the tab widget's stack)."""
    from PySide6.QtWidgets import QTabWidget

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def _grab(app, window, path: Path) -> str:
    """The window on its first tab, as a person would see it first."""
    window.ui.workshop_tabs.setCurrentIndex(0)
    _settle(app)
    pixmap = window.ui.grab()
    if pixmap.isNull() or not pixmap.save(str(path)):
        raise RuntimeError(f"could not write {path}")
    return f"{path} ({pixmap.width()}x{pixmap.height()})"


def _settle(app) -> None:
    for _ in range(SETTLE_ROUNDS):
        app.processEvents()
