"""Where user data lives: the database, the device identity, logs and backups.

Defaults follow the platform (platformdirs): ~/.local/share/fgd-app on Linux,
%LOCALAPPDATA%\\fgd-app on Windows. Three ways to move it, strongest first:

- `FGD_APP_HOME` moves the whole data directory (tests, scripted installs);
- portable mode: a built app (PyInstaller) with a file named `fgd-app.portable` beside its
  executable keeps everything in `data/` beside it, so a USB stick carries the app, its
  database, keys, logs, backups and window settings together;
- `FGD_APP_DB` or `--db` points at another database file (the rest stays put).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "fgd-app"
DB_FILENAME = "fgd-app.sqlite3"
PORTABLE_MARKER = "fgd-app.portable"
PORTABLE_DATA = "data"


def executable_dir() -> Path | None:
    """The folder of the built program, or None when running from source or a pip install."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_root() -> Path | None:
    """The data folder of a portable install, or None when the marker file is absent."""
    folder = executable_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA


def data_dir() -> Path:
    override = os.environ.get("FGD_APP_HOME")
    if override:
        path = Path(override)
    else:
        path = portable_root()
        if path is None:
            from platformdirs import user_data_dir

            path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    override = os.environ.get("FGD_APP_DB")
    return Path(override) if override else data_dir() / DB_FILENAME


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(exist_ok=True)
    return path


def settings_dir() -> Path | None:
    """Where window settings go as an INI file in portable mode (None: the platform's default,
    the registry on Windows), so a portable install leaves nothing behind on the laptop."""
    root = portable_root()
    return None if root is None or os.environ.get("FGD_APP_HOME") else root / "settings"
