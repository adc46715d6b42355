"""The identity of this installation, used to sign and attribute revisions.

Kept in the user data dir (not in the database) because it names the installation: a
database copied to another laptop must not make two devices look like one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fgd_app.core.ids import new_id
from fgd_app.paths import data_dir

DEVICE_FILE = "device.json"


def device_id(directory: Path | None = None) -> str:
    """Return this installation's device id, creating it atomically on first use."""
    path = (directory or data_dir()) / DEVICE_FILE
    try:
        return json.loads(path.read_text("utf-8"))["device_id"]
    except FileNotFoundError:
        pass
    ident = new_id()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"device_id": ident}), "utf-8")
    try:
        os.link(tmp, path)  # fails if another process won the race: keep theirs
    except FileExistsError:
        pass
    except OSError:  # file systems without hard links (FAT sticks): last writer wins
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return json.loads(path.read_text("utf-8"))["device_id"]
