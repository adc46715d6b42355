"""Where the shipped data lives: the top-level `resources/` and `forms/` folders.

They sit beside the package in a checkout or an editable install; a PyInstaller build
unpacks them under `sys._MEIPASS`; `FGD_APP_RESOURCES` overrides both (tests, packagers).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    override = os.environ.get("FGD_APP_RESOURCES")
    return Path(override) if override else _root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def forms_dir() -> Path:
    return _root() / "forms"
