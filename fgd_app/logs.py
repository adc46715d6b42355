"""The application log: a rotating file in the user data dir.

Facilitators cannot read a console; when something goes wrong the error dialog names
this file so it can be sent to the coordinator. Rotation keeps it small on old laptops.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from fgd_app.paths import log_dir

LOG_FILE = "fgd-app.log"
MAX_BYTES = 1_000_000
BACKUPS = 5

_configured: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to the rotating file (once per process); returns its path."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_dir() / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("fgd_app")
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path
