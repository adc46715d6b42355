"""Where user data lives: the database, the device identity, logs and backups.

Defaults follow the platform (platformdirs): ~/.local/share/fgd-app on Linux,
%LOCALAPPDATA%\\fgd-app on Windows. `FGD_APP_HOME` moves the whole data directory
(tests, portable installs); `FGD_APP_DB` or `--db` points at another database file.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "fgd-app"
DB_FILENAME = "fgd-app.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("FGD_APP_HOME")
    if override:
        path = Path(override)
    else:
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


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(exist_ok=True)
    return path
