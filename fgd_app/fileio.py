"""Writing files so that a crash never leaves half a file under the final name.

Write to a temporary file in the target folder, flush it to disk, then rename it over
the target (`os.replace` is atomic on POSIX and on Windows/NTFS).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fgd_app.errors import UserError


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UserError("export.write_failed", path=path, detail=exc.strerror or exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except PermissionError as exc:  # Windows: the target is open in Word or a PDF viewer
        Path(tmp_name).unlink(missing_ok=True)
        raise UserError("export.locked", path=path) from exc
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise UserError("export.write_failed", path=path, detail=exc.strerror or exc) from exc
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path
