"""The interface language: which one is chosen, and installing its Qt translation.

Source strings in forms and code are English (the Qt convention, and what translators
expect); Indonesian comes from `resources/translations/fgd_app_id.qm`. So "en" means
"no translator installed" and "id" means "our catalogue installed".

Installing or removing a translator makes Qt post a LanguageChange event to every
window. Forms loaded by `fgd_app.ui.forms` retranslate themselves on that event; code
that sets texts itself listens for it too (see `MainWindow.eventFilter`).

Domain labels (stages, statuses, pillar names) are not Qt strings: they come from
`fgd_app.core.vocab` and the catalogue with an explicit language, because documents
choose their language independently of the UI. `current_language()` tells the GUI
which of them to use.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from fgd_app.resources import resource

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
CATALOGUE = ("translations", "fgd_app_id.qm")

# Qt does not own installed translators: keep a reference so Python does not free it.
_translator: QTranslator | None = None
_current = "en"  # what is installed right now; nothing is installed at import time


def catalogue_path():
    return resource(*CATALOGUE)


def saved_language() -> str:
    """The language stored in QSettings, or Indonesian (the users' language)."""
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def current_language() -> str:
    """The language the interface is showing now ("id" or "en")."""
    return _current


def apply_language(lang: str) -> str:
    """Install the translation for `lang` and return the language actually in effect.

    A missing or unreadable catalogue is logged and leaves the interface in English
    rather than stopping the app: facilitators can still work, and the About box and
    the log tell the coordinator what is wrong with the installation.
    """
    global _translator, _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language() needs a QApplication")
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator.deleteLater()  # parented to the app, so dropping our reference is not enough
        _translator = None
    _current = "en"
    if lang == "id":
        translator = QTranslator(app)
        path = catalogue_path()
        if translator.load(str(path)):
            app.installTranslator(translator)
            _translator = translator
            _current = "id"
        else:
            log.warning("Indonesian translation %s could not be loaded; showing English", path)
    return _current


def set_language(lang: str) -> str:
    """Switch the running interface to `lang` and remember it for the next start."""
    effective = apply_language(lang)
    save_language(lang)
    return effective
