"""Record identifiers made on the device.

UUIDv7 ids sort by creation time (good for B-tree locality in SQLite) and are unique
across laptops without coordination, so a record keeps its id when it travels in a
sync bundle. Python 3.11 has no `uuid.uuid7`; the small `uuid6` package provides it.
"""

from uuid6 import uuid7


def new_id() -> str:
    """Return a fresh UUIDv7 as its canonical 36-character string."""
    return str(uuid7())
