"""Flipchart and sticky-wall photos: made safe and small, then attached to a workshop.

A phone photo of a flipchart is 3-50 MB and carries EXIF with the GPS position of the
room, the phone model and a capture time. `prepare_photo` turns it into what the
workshop keeps: the right way up (EXIF orientation applied), no metadata at all, the
longest side at most 2000 px (sticky notes stay readable; a hundred photos stay a few
tens of MB in the database and the bundles), JPEG quality 85 (PNG only when the image
really uses transparency). It is a pure function, slow for a large photo, so the UI
runs it on a worker thread and hands only the small result to the writer.

Pillow is opened on a fixed list of raster formats: formats such as EPS would start
external programs on a file a stranger handed over on a USB stick.

Stored photos are `Attachment` rows naming a content-addressed blob; the recorded
actions below are undoable (`services.changes`).
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import warnings
from collections import namedtuple
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from fgd_app.core.limits import NAME_MAX, SHORT_MAX
from fgd_app.errors import UserError
from fgd_app.services import catalogue
from fgd_app.services.catalogue import Named
from fgd_app.services.changes import Recorder, recorded
from fgd_app.services.fields import text_value
from fgd_app.store.database import Database
from fgd_app.store.models import Attachment

LONGEST_SIDE = 2000  # px: a whole flipchart stays readable, a photo stays ~0.3-0.8 MB
JPEG_QUALITY = 85
PHOTO_MAX_BYTES = 200 * 1024 * 1024  # refused before decoding; real phone photos are < 60 MB
# Decoding cost is what the pixel caps bound. JPEG is decoded at 1/2-1/8 scale (`draft`),
# so even a 200 MP phone photo needs little memory; other formats decode in full.
JPEG_MAX_PIXELS = 250_000_000  # 200 MP phone sensors (16320 x 12240) with margin
OTHER_MAX_PIXELS = 80_000_000  # ~320 MB of RGBA while decoding
READABLE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")
_DRAFTABLE = {"JPEG", "MPO"}  # the JPEG opener returns MPO for multi-picture files
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1")

# Our caps replace Pillow's process-wide default (89 MP, which refuses 108 MP phone
# photos): Pillow now raises only far above them, and its warning between the two is
# silenced because `prepare_photo` refuses those images itself with a clear message.
# Nothing else in the app decodes images with Pillow.
Image.MAX_IMAGE_PIXELS = JPEG_MAX_PIXELS
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


class PreparedPhoto(namedtuple("PreparedPhoto", "data mime width height filename")):
    """A photo ready to store: clean bytes, their type and size, the name it came with."""

    __slots__ = ()


class PhotoRow(namedtuple("PhotoRow", "id sha256 filename caption pillar_key position")):
    """One attached photo as the photo panel lists it."""

    __slots__ = ()


# -- preparing (pure, off the writer thread) ---------------------------------------------------


def prepare_photo_file(path: str | os.PathLike) -> PreparedPhoto:
    """`prepare_photo` on a file; its size is checked before anything is read."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > PHOTO_MAX_BYTES:
            raise _too_large(name, size)
        with path.open("rb") as file:
            data = file.read(PHOTO_MAX_BYTES + 1)
    except OSError as exc:
        raise UserError("photo.cannot_open", name=name, detail=exc.strerror or type(exc).__name__) from None
    return prepare_photo(data, name)


def prepare_photo(data: bytes, filename: str) -> PreparedPhoto:
    """Clean, upright, downscaled photo bytes, or a `UserError` naming the file.

    Small images are re-encoded too: that is what removes their metadata.
    """
    name = Path(filename).name or filename
    if len(data) > PHOTO_MAX_BYTES:
        raise _too_large(name, len(data))
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        raise UserError("photo.heic", name=name)
    try:
        image = Image.open(io.BytesIO(data), formats=READABLE_FORMATS)
    except Image.DecompressionBombError:
        raise UserError("photo.too_many_pixels", name=name, pixels="> 500", limit=JPEG_MAX_PIXELS // 1_000_000) \
            from None
    except (UnidentifiedImageError, SyntaxError, ValueError, OSError):
        raise UserError("photo.not_image", name=name) from None
    with image:
        limit = JPEG_MAX_PIXELS if image.format in _DRAFTABLE else OTHER_MAX_PIXELS
        pixels = image.width * image.height
        if pixels > limit:
            raise UserError("photo.too_many_pixels", name=name, pixels=round(pixels / 1_000_000),
                            limit=limit // 1_000_000)
        try:
            image.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)  # uses `draft` for JPEG
            upright = _upright(image)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            raise UserError("photo.unreadable", name=name) from None
    clean, mime = _without_metadata(upright)
    out = io.BytesIO()
    if mime == "image/png":
        clean.save(out, "PNG", compress_level=6)
    else:
        clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return PreparedPhoto(out.getvalue(), mime, clean.width, clean.height, name[:NAME_MAX])


def _upright(image: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation says; a broken EXIF block is ignored."""
    image.load()
    try:
        return ImageOps.exif_transpose(image)
    except Exception:  # noqa: BLE001 - a damaged EXIF must not lose the photo
        return image


def _without_metadata(image: Image.Image) -> tuple[Image.Image, str]:
    """A fresh image holding only the pixels (no EXIF, GPS, XMP, comment, ICC), and its type.

    Copying the pixels into a new image is the sure way: encoders copy some `info` keys
    (the JPEG comment, for one) from the source image unless told otherwise.
    """
    if _uses_transparency(image):
        mode, mime = "RGBA", "image/png"
    else:
        mode, mime = ("L" if image.mode in ("1", "L", "LA", "I", "I;16", "F") else "RGB"), "image/jpeg"
    pixels = image if image.mode == mode else image.convert(mode)
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    return clean, mime


def _uses_transparency(image: Image.Image) -> bool:
    if image.mode not in ("RGBA", "LA", "PA", "La", "RGBa") and "transparency" not in image.info:
        return False
    alpha = image.convert("RGBA").getchannel("A")
    return alpha.getextrema()[0] < 255


def _too_large(name: str, size: int) -> UserError:
    return UserError("photo.too_large", name=name, size=math.ceil(size / 1024 / 1024),
                     limit=PHOTO_MAX_BYTES // 1024 // 1024)


# -- reading ---------------------------------------------------------------------------------------


def list_photos(db: Database, workshop_id: str, pillar_key: str | None = None) -> list[PhotoRow]:
    """The workshop's photos in their order; only one pillar's when `pillar_key` is given."""
    sql = (
        "SELECT a.id, a.sha256, a.filename, a.caption, a.pillar_key, a.position FROM attachment a "
        "JOIN blob b ON b.sha256 = a.sha256 WHERE a.workshop_id = ? AND b.mime LIKE 'image/%'"
    )
    params: tuple = (workshop_id,)
    if pillar_key is not None:
        sql += " AND a.pillar_key = ?"
        params += (pillar_key,)
    return [PhotoRow(*row) for row in db.rows(sql + " ORDER BY a.position, a.id", params)]


def photo_bytes(db: Database, sha256: str) -> bytes | None:
    rows = db.rows("SELECT data FROM blob WHERE sha256 = ?", (sha256,))
    return bytes(rows[0][0]) if rows else None


def attached_hashes(db: Database, workshop_id: str) -> set[str]:
    """Hashes of the photos already attached, to spot a photo offered twice."""
    return {row[0] for row in db.rows("SELECT sha256 FROM attachment WHERE workshop_id = ?", (workshop_id,))}


def photo_hash(photo: PreparedPhoto) -> str:
    """The key the photo will be stored under (as `Tx.put_blob` computes it)."""
    return hashlib.sha256(photo.data).hexdigest()


def pillar_choices(db: Database, workshop_id: str) -> list[Named]:
    """The pillars a photo of this workshop may be linked to, in the workshop's order."""
    chosen = _workshop_pillars(db.rows, workshop_id)
    names = {p.key: p for p in catalogue.pillars(db)}
    return [names[key] for key in chosen if key in names]


def _workshop_pillars(rows, workshop_id: str) -> list[str]:
    import json

    found = rows("SELECT pillars FROM workshop WHERE id = ?", (workshop_id,))
    return list(json.loads(found[0][0])) if found and found[0][0] else []


# -- recorded actions (undoable) ------------------------------------------------------------------


def _add_photos(rec: Recorder, workshop_id: str, pillar_key: str | None, photos: list[PreparedPhoto]) -> None:
    """Attach `photos` after the workshop's last photo, linked to `pillar_key` (None: no pillar).

    A photo whose bytes are already attached to this workshop (or twice in `photos`) is
    skipped: a second copy would only clutter the wall. Its blob is stored once anyway.
    """
    _check_pillar(rec, workshop_id, pillar_key)
    seen = {row[0] for row in rec.rows("SELECT sha256 FROM attachment WHERE workshop_id = ?", (workshop_id,))}
    position = rec.rows("SELECT COALESCE(MAX(position), -1) FROM attachment WHERE workshop_id = ?",
                        (workshop_id,))[0][0]
    for photo in photos:
        digest = rec.tx.put_blob(photo.data, photo.mime)
        if digest in seen:
            continue
        seen.add(digest)
        position += 1
        rec.insert(Attachment, workshop_id=workshop_id, sha256=digest, filename=photo.filename[:NAME_MAX],
                   pillar_key=pillar_key, position=position)


_UNSET = object()


def _update_photo(rec: Recorder, attachment_id: str, *, caption=_UNSET, pillar_key=_UNSET) -> None:
    """Change a photo's caption (one line, at most SHORT_MAX) and/or its pillar (None: none)."""
    current = rec.read(Attachment, attachment_id)
    if current is None:
        raise UserError("photo.not_found")
    changes = {}
    if caption is not _UNSET:
        changes["caption"] = text_value(caption, SHORT_MAX)
    if pillar_key is not _UNSET:
        _check_pillar(rec, current["workshop_id"], pillar_key)
        changes["pillar_key"] = pillar_key
    if changes:
        rec.update(Attachment, attachment_id, **changes)


def _remove_photo(rec: Recorder, attachment_id: str) -> None:
    """Detach a photo from the workshop.

    The blob stays in the database: another workshop or an older revision (which undo and
    sync replay) may still name it, and undo needs the bytes back at once.
    """
    if rec.read(Attachment, attachment_id) is None:
        raise UserError("photo.not_found")
    rec.delete(Attachment, attachment_id)


def _remove_photos(rec: Recorder, attachment_ids: Iterable[str]) -> None:
    """Several photos at once (one undo step); see `remove_photo`."""
    for attachment_id in attachment_ids:
        _remove_photo(rec, attachment_id)


def _check_pillar(rec: Recorder, workshop_id: str, pillar_key: str | None) -> None:
    if pillar_key is not None and pillar_key not in _workshop_pillars(rec.rows, workshop_id):
        raise UserError("photo.unknown_pillar", key=pillar_key)


add_photos = recorded(_add_photos)
update_photo = recorded(_update_photo)
remove_photo = recorded(_remove_photo)
remove_photos = recorded(_remove_photos)
