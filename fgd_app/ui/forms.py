"""Loading Qt Designer forms from the top-level `forms/` folder at run time.

Forms stay .ui files (not uic-generated Python) so a designer can change a layout
without touching code, and so lupdate reads the same file the app loads. Windows hold
the loaded widget by composition (`self.ui = load_form(...)`) instead of inheriting
from a generated class.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from fgd_app.resources import forms_dir


def emphasize(widget: QWidget, scale: float, bold: bool = True) -> None:
    """Enlarge (and embolden) a heading or a field people read from a distance; the size
    follows the system font, so it scales with the user's settings."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of `forms/<name>`; fail loudly if the form is missing or broken.

    Language-change support is switched on: the loader remembers every translatable
    source string of the form and re-translates it when a LanguageChange event arrives,
    so switching the language never needs the window to be rebuilt.
    """
    path = forms_dir() / name
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open form {path}: {file.errorString()}")
    try:
        loader = QUiLoader()
        loader.setLanguageChangeEnabled(True)
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {path}: {loader.errorString()}")
    return widget
