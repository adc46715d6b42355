"""Recognising the images people bring (logos, signatures, later photos) by their bytes.

File names and declared types lie; the first bytes do not.
"""

from __future__ import annotations

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def image_mime(data: bytes) -> str | None:
    """'image/png' or 'image/jpeg' from the first bytes, else None."""
    head = bytes(data[:8])
    if head.startswith(PNG_MAGIC):
        return "image/png"
    if head.startswith(JPEG_MAGIC):
        return "image/jpeg"
    return None
