"""Writing files so that a crash never leaves half a file under the final name.

Write to a temporary file in the target folder, flush it to disk, then rename it over
the target (`os.replace` is atomic on POSIX and on Windows/NTFS).

On Windows a rename over a file that another program has open fails with
PermissionError. When that program is an antivirus scanner or the search indexer it
lets go within moments, so the rename is retried for about a second before the person
is told the file is open elsewhere (Word or a PDF viewer keeps it much longer).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from fgd_app.errors import UserError

# Pauses between attempts at the final rename (seconds, about 1 s in all).
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.25)


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
        replace_with_retry(tmp_name, path)
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


def replace_with_retry(source: Path | str, target: Path | str) -> None:
    """`os.replace`, tried again after short pauses while the target is held (PermissionError)."""
    for delay in REPLACE_RETRY_DELAYS:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(delay)
    os.replace(source, target)  # the last attempt: its PermissionError goes to the caller
