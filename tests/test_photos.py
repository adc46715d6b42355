"""Photos: what is kept of a phone photo (no location, upright, small) and the undoable actions."""

from __future__ import annotations

import io
import os

import pytest
from PIL import ExifTags, Image

from fgd_app.errors import UserError
from fgd_app.services import changes, photos
from fgd_app.services.photos import (
    LONGEST_SIDE,
    add_photos,
    list_photos,
    photo_bytes,
    prepare_photo,
    prepare_photo_file,
    remove_photo,
    update_photo,
)
from tests.helpers import make_workshop

RED, BLUE = (220, 30, 30), (30, 60, 220)


def jpeg(size=(300, 200), colour=(250, 220, 60), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", **save)
    return out.getvalue()


def gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (0.0, 30.0, 12.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (117.0, 9.0, 3.0)
    return exif


def blob_rows(db):
    return db.rows("SELECT sha256, mime, size FROM blob")


# -- preparing ---------------------------------------------------------------------------------


def test_location_and_all_other_metadata_are_removed():
    source = jpeg(exif=gps_exif(), comment=b"Rapat di Balai Kota", xmp=b"<x:xmpmeta>secret place</x:xmpmeta>")
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the test photo has GPS

    photo = prepare_photo(source, "IMG_0001.jpg")

    stored = Image.open(io.BytesIO(photo.data))
    assert photo.mime == "image/jpeg" and stored.format == "JPEG"
    assert not stored.getexif() and not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert "exif" not in stored.info and "comment" not in stored.info and "xmp" not in stored.info
    for secret in (b"Exif", b"PhoneMaker", b"Balai Kota", b"secret place", b"xmpmeta"):
        assert secret not in photo.data


def test_exif_orientation_is_applied_so_the_photo_stands_upright():
    # Stored sideways (as a phone held upright writes it): red on the left, blue on the right,
    # with orientation 6 ("turn 90 degrees clockwise to view").
    sideways = Image.new("RGB", (300, 100), RED)
    sideways.paste(Image.new("RGB", (150, 100), BLUE), (150, 0))
    out = io.BytesIO()
    sideways.save(out, "JPEG", quality=95, exif=gps_exif(orientation=6))

    photo = prepare_photo(out.getvalue(), "upright.jpg")

    image = Image.open(io.BytesIO(photo.data)).convert("RGB")
    assert (photo.width, photo.height) == image.size == (100, 300)
    top, bottom = image.getpixel((50, 40)), image.getpixel((50, 260))
    assert top[0] > 180 and top[2] < 90  # red on top
    assert bottom[2] > 180 and bottom[0] < 90  # blue below
    assert not image.getexif()  # the orientation tag is gone too: nothing turns it twice


@pytest.fixture(scope="module")
def huge_jpeg(tmp_path_factory) -> bytes:
    """A noisy 14 MP JPEG at quality 100: noise defeats compression, so it is over 50 MB."""
    width, height = 4096, 3500
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=100, subsampling=0)
    data = out.getvalue()
    assert len(data) >= 50 * 1024 * 1024
    return data


def test_a_50_mb_photo_is_downscaled_to_2000_px_and_much_smaller(huge_jpeg):
    photo = prepare_photo(huge_jpeg, "DSC_9999.JPG")

    assert max(photo.width, photo.height) == LONGEST_SIDE
    assert (photo.width, photo.height) == Image.open(io.BytesIO(photo.data)).size
    assert abs(photo.width / photo.height - 4096 / 3500) < 0.01  # proportions kept
    assert len(photo.data) < len(huge_jpeg) / 10


def test_small_images_keep_their_size_and_transparency_only_when_used():
    opaque_png = io.BytesIO()
    Image.new("RGBA", (120, 80), (10, 200, 10, 255)).save(opaque_png, "PNG")
    photo = prepare_photo(opaque_png.getvalue(), "screen.png")
    assert (photo.mime, photo.width, photo.height) == ("image/jpeg", 120, 80)

    see_through = io.BytesIO()
    Image.new("RGBA", (120, 80), (10, 200, 10, 100)).save(see_through, "PNG")
    photo = prepare_photo(see_through.getvalue(), "sticker.png")
    assert photo.mime == "image/png"
    assert Image.open(io.BytesIO(photo.data)).getpixel((5, 5))[3] == 100


def pdf_bytes() -> bytes:
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


@pytest.mark.parametrize(
    ("data", "name", "code", "expected"),
    [
        (b"Catatan notulen\nbaris kedua\n", "notulen.txt", "photo.not_image",
         "notulen.txt is not a photo: choose a JPEG, PNG, WebP, GIF, BMP or TIFF image."),
        (pdf_bytes(), "laporan.pdf", "photo.not_image", "laporan.pdf is not a photo"),
        (b"", "empty.jpg", "photo.not_image", "empty.jpg is not a photo"),
        (jpeg((800, 600), quality=95)[:1500], "cut.jpg", "photo.unreadable",
         "The photo cut.jpg is damaged or incomplete and cannot be read."),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100, "IMG_7.HEIC", "photo.heic", "IMG_7.HEIC is an HEIC photo"),
    ],
)
def test_files_that_are_not_usable_photos_are_refused_clearly(db, data, name, code, expected):
    with pytest.raises(UserError) as caught:
        prepare_photo(data, name)
    assert caught.value.code == code
    assert caught.value.message("en").startswith(expected)
    assert name in caught.value.message("id")


def test_oversized_files_and_pixel_bombs_are_refused_before_decoding(tmp_path, monkeypatch):
    big = tmp_path / "big.jpg"
    with big.open("wb") as file:
        file.truncate(photos.PHOTO_MAX_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(UserError) as caught:
        prepare_photo_file(big)
    assert caught.value.code == "photo.too_large"
    assert "big.jpg is too large (201 MB; the limit is 200 MB)" in caught.value.message("en")

    # A tiny PNG claiming 30000 x 30000 pixels (900 MP) would need gigabytes to decode.
    bomb = io.BytesIO()
    Image.new("1", (30000, 30000)).save(bomb, "PNG")
    assert len(bomb.getvalue()) < 1024 * 1024
    with pytest.raises(UserError) as caught:
        prepare_photo(bomb.getvalue(), "bomb.png")
    assert caught.value.code == "photo.too_many_pixels"
    assert "bomb.png is too large" in caught.value.message("en")

    monkeypatch.setattr(photos, "OTHER_MAX_PIXELS", 10_000)
    over = io.BytesIO()
    Image.new("RGB", (200, 100)).save(over, "PNG")
    with pytest.raises(UserError) as caught:
        prepare_photo(over.getvalue(), "wide.png")
    assert caught.value.code == "photo.too_many_pixels"


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(UserError) as caught:
        prepare_photo_file(tmp_path / "gone.jpg")
    assert caught.value.code == "photo.cannot_open"
    assert caught.value.message("en").startswith("Cannot open gone.jpg: ")


# -- storing -------------------------------------------------------------------------------------


def test_photos_are_stored_by_content_hash_in_order_with_their_pillar(db):
    w = make_workshop(db, pillars=["governance", "economy"])
    first, second = prepare_photo(jpeg(colour=RED), "a.jpg"), prepare_photo(jpeg(colour=BLUE), "b.jpg")

    change = add_photos(db, w.id, "economy", [first, second])

    rows = list_photos(db, w.id)
    assert [(r.filename, r.pillar_key, r.position, r.caption) for r in rows] == [
        ("a.jpg", "economy", 0, ""), ("b.jpg", "economy", 1, "")]
    assert photo_bytes(db, rows[0].sha256) == first.data
    assert set(change.created("attachment")) == {r.id for r in rows}
    assert list_photos(db, w.id, "governance") == []
    assert [r.filename for r in list_photos(db, w.id, "economy")] == ["a.jpg", "b.jpg"]

    third = prepare_photo(jpeg(colour=(0, 0, 0)), "c.jpg")
    add_photos(db, w.id, None, [third])
    assert [(r.filename, r.position, r.pillar_key) for r in list_photos(db, w.id)][-1] == ("c.jpg", 2, None)


def test_the_same_photo_twice_is_stored_once(db):
    w = make_workshop(db)
    other = make_workshop(db, title="FGD Kedua")
    photo = prepare_photo(jpeg(exif=gps_exif()), "wall.jpg")
    again = prepare_photo(jpeg(exif=gps_exif()), "wall (1).jpg")  # same picture sent twice
    assert again.data == photo.data

    add_photos(db, w.id, "governance", [photo, again])
    add_photos(db, w.id, "governance", [photo])
    add_photos(db, other.id, "governance", [photo])

    assert len(blob_rows(db)) == 1
    assert [r.filename for r in list_photos(db, w.id)] == ["wall.jpg"]  # not cluttered by copies
    assert [r.filename for r in list_photos(db, other.id)] == ["wall.jpg"]


def test_caption_and_pillar_link_can_be_changed(db):
    w = make_workshop(db, pillars=["governance", "living"])
    add_photos(db, w.id, "governance", [prepare_photo(jpeg(), "a.jpg")])
    photo_id = list_photos(db, w.id)[0].id

    update_photo(db, photo_id, caption="  Pohon masalah\n layanan  publik ")
    update_photo(db, photo_id, pillar_key="living")
    assert list_photos(db, w.id)[0][3:5] == ("Pohon masalah layanan publik", "living")
    update_photo(db, photo_id, pillar_key=None)
    assert list_photos(db, w.id)[0].pillar_key is None

    with pytest.raises(UserError) as caught:
        update_photo(db, photo_id, pillar_key="economy")  # in the catalogue, not in this workshop
    assert caught.value.code == "photo.unknown_pillar"
    with pytest.raises(UserError):
        update_photo(db, photo_id, caption="x" * 501)
    assert list_photos(db, w.id)[0][3:5] == ("Pohon masalah layanan publik", None)


def test_remove_keeps_the_blob_and_undo_brings_the_photo_back(db):
    w = make_workshop(db)
    add_photos(db, w.id, "governance", [prepare_photo(jpeg(), "a.jpg")])
    row = list_photos(db, w.id)[0]
    update_photo(db, row.id, caption="Dinding tempel")

    change = remove_photo(db, row.id)

    assert list_photos(db, w.id) == []
    assert photo_bytes(db, row.sha256) is not None  # history and undo still need the bytes
    changes.revert(db, change)
    assert list_photos(db, w.id) == [row._replace(caption="Dinding tempel")]
    changes.reapply(db, change)
    assert list_photos(db, w.id) == []

    with pytest.raises(UserError) as caught:
        remove_photo(db, row.id)
    assert caught.value.code == "photo.not_found"


def test_undo_of_an_add_removes_every_photo_of_it(db):
    w = make_workshop(db)
    change = add_photos(db, w.id, "governance", [prepare_photo(jpeg(colour=c), f"{i}.jpg")
                                                 for i, c in enumerate((RED, BLUE, (1, 2, 3)))])
    assert len(list_photos(db, w.id)) == 3
    changes.revert(db, change)
    assert list_photos(db, w.id) == []


def test_refused_files_write_nothing(db):
    w = make_workshop(db)
    before = db.rows("SELECT count(*) FROM revision")
    with pytest.raises(UserError):
        prepare_photo(b"not a photo", "x.txt")
    with pytest.raises(UserError):
        add_photos(db, w.id, "economy", [prepare_photo(jpeg(), "a.jpg")])  # pillar not in the workshop
    assert db.rows("SELECT count(*) FROM revision") == before
    assert blob_rows(db) == [] and list_photos(db, w.id) == []
