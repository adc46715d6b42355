"""Hostile and broken bundles: each refused with a one-line message, nothing changed.

Issue 6 lists the ways a bundle reaches a coordinator wrong: cut short on a USB stick,
a byte flipped, edited after signing, signed by someone else, or crafted to escape the
folder, exhaust memory or smuggle data in. Each case here is made from a real bundle
(the demo workshop with a real signature PNG, exported by the real exporter), written
to a file and imported into a real database that trusts the signer. A refusal must be
a `UserError` with the expected code, one line in Indonesian and in English that names
the file, and leave the database exactly as it was: the canonical dump, the import
log, the quarantine and the trusted keys.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import stat
import struct
import tracemalloc
import warnings
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from fgd_app.core.ids import new_id
from fgd_app.errors import UserError
from fgd_app.services.checkin import set_signature
from fgd_app.services.demo import ensure_demo
from fgd_app.store.database import Database
from fgd_app.store.replay import dump_hash
from fgd_app.store.schema import latest_version
from fgd_app.sync.bundle import MANIFEST, REVISIONS, SIGNATURE, seal
from fgd_app.sync.container import MAX_MEMBERS, build_zip
from fgd_app.sync.exporter import export_bundle
from fgd_app.sync.importer import import_file
from fgd_app.sync.keys import DeviceKey, device_key, trust

NAME = "laptop-a.fgdb"


def signature_png(seed: int) -> bytes:
    """A small grayscale signature stroke, as the check-in pad saves it."""
    image = Image.new("L", (240, 80), 255)
    ImageDraw.Draw(image).line([(10, 60), (60, 15 + seed), (110, 55), (170, 20), (230, 50 - seed)], fill=0, width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@dataclass(frozen=True)
class Base:
    """A valid bundle, its parts, the keys involved and two target databases to copy."""

    data: bytes
    manifest: dict
    signature: bytes
    members: list[tuple[str, bytes, bool]]  # revisions.jsonl, then blobs/<sha256>
    signer: DeviceKey  # laptop A, trusted by the targets
    stranger: DeviceKey  # a key nobody trusts
    receiver: DeviceKey  # the coordinator's own key
    fresh: Path  # trusts A, holds none of A's revisions
    holding: Path  # trusts A and has imported the bundle
    workshop_id: str
    spare_png: bytes  # a real PNG the bundle does not carry

    @property
    def lines(self) -> list[bytes]:
        return self.members[0][1].splitlines()

    @property
    def blob(self) -> tuple[str, bytes]:
        name, data, _ = self.members[1]
        return name, data


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    root = tmp_path_factory.mktemp("bad_bundles")
    signer, stranger, receiver = (device_key(root / name) for name in ("a", "stranger", "coordinator"))
    with Database(root / "a.sqlite3", device_id="dev-A") as source:
        workshop_id, _ = ensure_demo(source)
        participant = source.scalar("SELECT id FROM participant WHERE workshop_id = ? AND checked_in_at IS NOT NULL "
                                    "ORDER BY id LIMIT 1", (workshop_id,))
        set_signature(source, participant, signature_png(0))
        exported = export_bundle(source, root / "a.fgdb", workshop_id, key=signer)
    data = exported.path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: (archive.read(info), info.compress_type == zipfile.ZIP_DEFLATED)
                 for info in archive.infolist()}
    manifest = json.loads(parts.pop(MANIFEST)[0])
    signature = parts.pop(SIGNATURE)[0]
    members = [(name, *parts[name]) for name in sorted(parts, key=lambda n: n != REVISIONS)]
    assert [m[0].split("/")[0] for m in members] == [REVISIONS, "blobs"]
    fresh, holding = root / "fresh.sqlite3", root / "holding.sqlite3"
    with Database(fresh, device_id="dev-C") as target:
        trust(target, signer.public, "Laptop A", "dev-A")
    shutil.copy(fresh, holding)
    with Database(holding, device_id="dev-C") as target:
        assert import_file(target, exported.path, key=receiver).new == exported.revisions
    return Base(data, manifest, signature, members, signer, stranger, receiver, fresh, holding, workshop_id,
                signature_png(9))


# -- importing and checking -------------------------------------------------------------------------


@contextmanager
def target(base: Base, tmp_path: Path, template: str = "fresh"):
    path = tmp_path / "target.sqlite3"
    shutil.copy(getattr(base, template), path)
    with Database(path, device_id="dev-C") as db:
        yield db


def state(db: Database) -> tuple:
    """Everything an import may change: the synced data and the sync bookkeeping."""
    bookkeeping = tuple(db.rows(f"SELECT * FROM {table} ORDER BY 1") for table in ("sync_import", "quarantine",
                                                                                   "trusted_key"))
    return dump_hash(db), bookkeeping


def assert_one_line(err: UserError, file_name: str) -> None:
    texts = {lang: err.message(lang) for lang in ("id", "en")}
    for text in texts.values():
        assert "\n" not in text and "\r" not in text and text == text.strip(), text
        assert file_name in text, text
        assert len(text) < 500, text
    assert texts["id"] != texts["en"]


def refuse(base: Base, tmp_path: Path, data: bytes, code: str, *, template: str = "fresh",
           trust_signer: bool = False, name: str = NAME) -> UserError:
    """Import `data` as a file: refused with `code`, one line, nothing changed."""
    path = tmp_path / name
    path.write_bytes(data)
    with target(base, tmp_path, template) as db:
        before = state(db)
        with pytest.raises(UserError) as caught:
            import_file(db, path, key=base.receiver, trust_signer=trust_signer)
        assert caught.value.code == code, caught.value.message("en")
        assert state(db) == before
    assert_one_line(caught.value, name)
    return caught.value


# -- crafting bundles ------------------------------------------------------------------------------


def entry(name: str, data: bytes) -> dict:
    return {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def manifest_text(manifest: dict) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def pack(base: Base, parts: list[tuple[str, bytes, bool]], key: DeviceKey | None = None,
         signature: bytes | None = None, **changes) -> bytes:
    """A bundle of `parts` under the base manifest (with `changes`) listing them, signed
    by `key` (default: the signer) or carrying `signature` instead."""
    manifest = {**base.manifest, "members": [entry(n, d) for n, d, _ in parts]}
    manifest.update(changes)
    text = manifest_text(manifest)
    signature = (key or base.signer).sign(text) if signature is None else signature
    return build_zip([(MANIFEST, text, True), (SIGNATURE, signature, False), *parts])


def with_revisions(base: Base, lines: list[bytes], compress: bool = True, **changes) -> bytes:
    """The base bundle with other revision lines, correctly listed and signed."""
    body = b"".join(line + b"\n" for line in lines)
    return pack(base, [(REVISIONS, body, compress), *base.members[1:]], **changes)


def unzip(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    """A zip of exactly these entries (names, flags, methods as given; duplicates allowed)."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as archive:
        warnings.simplefilter("ignore")  # "Duplicate name": that is the point of some cases
        for info, data in entries:
            archive.writestr(info, data)
    return out.getvalue()


def info_for(name: str, method: int = zipfile.ZIP_DEFLATED, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.external_attr = mode << 16
    return info


def replaced(base: Base, name: str, info: zipfile.ZipInfo | None = None, data: bytes | None = None) -> bytes:
    """The base zip with member `name` given another header and/or other bytes (manifest untouched)."""
    entries = []
    for old_info, old_data in unzip(base.data):
        if old_info.filename == name:
            entries.append((info or old_info, old_data if data is None else data))
        else:
            entries.append((old_info, old_data))
    return rezip(entries)


def header_offsets(data: bytes, name: str) -> tuple[int, int, int]:
    """(local header, central directory entry, start of the stored bytes) of member `name`."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(name).header_offset
    central = struct.unpack_from("<L", data, data.rindex(b"PK\x05\x06") + 16)[0]
    while True:
        name_length, extra_length, comment_length = struct.unpack_from("<3H", data, central + 28)
        if data[central + 46:central + 46 + name_length] == name.encode():
            break
        central += 46 + name_length + extra_length + comment_length
    name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
    return local, central, local + 30 + name_length + extra_length


def declare(data: bytes, name: str, *, size: int | None = None, method: int | None = None) -> bytes:
    """Patch the sizes or method a member's headers declare (local and central alike)."""
    out = bytearray(data)
    local, central, _ = header_offsets(data, name)
    if size is not None:
        struct.pack_into("<L", out, local + 22, size)
        struct.pack_into("<L", out, central + 24, size)
    if method is not None:
        struct.pack_into("<H", out, local + 8, method)
        struct.pack_into("<H", out, central + 10, method)
    return bytes(out)


def edited_line(base: Base, index: int, **changes) -> bytes:
    """Revision line `index` with top-level or snapshot fields changed (still a valid line)."""
    obj = json.loads(base.lines[index])
    for key, value in changes.items():
        if key in obj:
            obj[key] = value
        else:
            obj["snapshot"][key] = value
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def line_of(base: Base, entity: str) -> int:
    return next(i for i, line in enumerate(base.lines) if json.loads(line)["entity"] == entity)


# -- the file as a whole -----------------------------------------------------------------------------


def test_the_base_bundle_is_accepted(base, tmp_path):
    """The cases below fail for their own reason, not because the base is already wrong."""
    path = tmp_path / NAME
    for data in (base.data, pack(base, base.members), with_revisions(base, base.lines)):
        path.write_bytes(data)
        with target(base, tmp_path) as db:
            assert import_file(db, path, key=base.receiver).status == "imported"
        (tmp_path / "target.sqlite3").unlink()


@pytest.mark.parametrize("tenth", range(1, 11))
def test_truncated(base, tmp_path, tenth):
    cut = len(base.data) * tenth // 10 - (1 if tenth == 10 else 0)
    err = refuse(base, tmp_path, base.data[:cut], "bundle.damaged")
    assert "cut short" in err.message("en")


def test_empty_file(base, tmp_path):
    refuse(base, tmp_path, b"", "bundle.not_bundle")


def test_raw_sqlite_file_renamed(base, tmp_path):
    refuse(base, tmp_path, base.fresh.read_bytes(), "bundle.not_bundle")


# -- flipped bytes -----------------------------------------------------------------------------------

MEMBERS = [MANIFEST, SIGNATURE, REVISIONS, "blob"]


def member_name(base: Base, member: str) -> str:
    return base.blob[0] if member == "blob" else member


@pytest.mark.parametrize("where", [0.0, 0.33, 0.66, 1.0])
@pytest.mark.parametrize("member", MEMBERS)
def test_flipped_byte_in_the_file(base, tmp_path, member, where):
    """A bit error on the stick: the zip's own checks (CRC, deflate) catch it."""
    name = member_name(base, member)
    with zipfile.ZipFile(io.BytesIO(base.data)) as archive:
        stored = archive.getinfo(name).compress_size
    _, _, start = header_offsets(base.data, name)
    damaged = bytearray(base.data)
    damaged[start + min(int(stored * where), stored - 1)] ^= 0xFF
    err = refuse(base, tmp_path, bytes(damaged), "bundle.damaged")
    assert name in err.message("en")


@pytest.mark.parametrize("member", MEMBERS)
def test_flipped_byte_in_a_member(base, tmp_path, member):
    """The same byte changed inside a well-formed zip: hashes and the signature catch it."""
    name = member_name(base, member)
    entries = unzip(base.data)
    info, data = next((i, d) for i, d in entries if i.filename == name)
    changed = bytearray(data)
    if member == MANIFEST:  # a digit of a member's hash: still valid JSON, so the signature must catch it
        changed[data.index(b'"sha256": "') + 11] ^= 0x01
    else:
        changed[len(data) // 2] ^= 0x01
    expected = {MANIFEST: "bundle.bad_signature", SIGNATURE: "bundle.bad_signature"}.get(member, "bundle.hash_mismatch")
    err = refuse(base, tmp_path, rezip([(i, bytes(changed) if i is info else d) for i, d in entries]), expected)
    if expected == "bundle.hash_mismatch":
        assert name in err.message("en")


def test_member_changed_and_rehashed_but_signature_stale(base, tmp_path):
    index = line_of(base, "workshop")
    lines = list(base.lines)
    lines[index] = edited_line(base, index, title="Judul yang diubah di jalan")
    body = b"".join(line + b"\n" for line in lines)
    data = pack(base, [(REVISIONS, body, True), *base.members[1:]], signature=base.signature)
    refuse(base, tmp_path, data, "bundle.bad_signature")


# -- signatures and keys -----------------------------------------------------------------------------


def test_missing_signature(base, tmp_path):
    data = rezip([(i, d) for i, d in unzip(base.data) if i.filename != SIGNATURE])
    refuse(base, tmp_path, data, "bundle.no_signature")


def test_empty_signature(base, tmp_path):
    refuse(base, tmp_path, pack(base, base.members, signature=b""), "bundle.no_signature")


def test_signature_of_another_length(base, tmp_path):
    refuse(base, tmp_path, pack(base, base.members, signature=base.signature + b"\x00"), "bundle.bad_signature")


def test_signature_by_another_key_than_declared(base, tmp_path):
    refuse(base, tmp_path, pack(base, base.members, key=base.stranger), "bundle.bad_signature")


def test_declared_signer_is_another_key(base, tmp_path):
    """The manifest names the stranger's key but laptop A signed it."""
    signer = {"public_key": base.stranger.public.text, "fingerprint": base.stranger.public.fingerprint}
    refuse(base, tmp_path, pack(base, base.members, signer=signer), "bundle.bad_signature")


def test_declared_fingerprint_of_another_key(base, tmp_path):
    signer = {"public_key": base.signer.public.text, "fingerprint": base.stranger.public.fingerprint}
    refuse(base, tmp_path, pack(base, base.members, signer=signer), "bundle.bad_signature")


def test_declared_signer_is_not_a_key(base, tmp_path):
    signer = {"public_key": "bukan-kunci!", "fingerprint": base.signer.public.fingerprint}
    refuse(base, tmp_path, pack(base, base.members, signer=signer), "bundle.bad_manifest")


def test_unknown_key_is_held(base, tmp_path):
    """A well-formed bundle from a key nobody enrolled: held, nothing applied."""
    data, _ = seal(base.stranger, "dev-S", "revisions", base.members,
                   {k: base.manifest[k] for k in ("profile", "scope", "workshops", "counts")})
    path = tmp_path / NAME
    path.write_bytes(data)
    with target(base, tmp_path) as db:
        before = dump_hash(db)
        report = import_file(db, path, key=base.receiver)
        assert report.status == "held"
        assert report.new == 0
        assert dump_hash(db) == before
        assert db.scalar("SELECT count(*) FROM trusted_key") == 1


# -- names and entries of the zip ---------------------------------------------------------------------


@pytest.mark.parametrize("evil", ["../x", "/x", "C:\\x", "blobs/../manifest.json", "blobs/..\\..\\x", "c:x"])
def test_zip_slip_names(base, tmp_path, evil):
    data = rezip([*unzip(base.data), (info_for(evil), b"x")])
    refuse(base, tmp_path, data, "bundle.unsafe_name")


def test_symlink_entry(base, tmp_path):
    """The revisions member flagged as a symbolic link (its bytes and hash unchanged)."""
    data = replaced(base, REVISIONS, info_for(REVISIONS, mode=stat.S_IFLNK | 0o777))
    refuse(base, tmp_path, data, "bundle.symlink")


def test_symlink_to_outside(base, tmp_path):
    link = info_for(f"blobs/{'0' * 64}", zipfile.ZIP_STORED, stat.S_IFLNK | 0o777)
    refuse(base, tmp_path, rezip([*unzip(base.data), (link, b"/etc/passwd")]), "bundle.symlink")


@pytest.mark.parametrize("name", [MANIFEST, REVISIONS])
def test_duplicate_member_names(base, tmp_path, name):
    """A second copy after the first: a reader taking the last one would see other content."""
    entries = unzip(base.data)
    copy = next(i for i, _ in entries if i.filename == name)
    err = refuse(base, tmp_path, rezip([*entries, (copy, b"{}")]), "bundle.duplicate_member")
    assert name in err.message("en")


@pytest.mark.parametrize("name", ["notes.txt", "blobs/ABC", "Manifest.json", "blobs/", "revisions.jsonl/x"])
def test_unknown_member_names(base, tmp_path, name):
    refuse(base, tmp_path, rezip([*unzip(base.data), (info_for(name), b"x")]), "bundle.unknown_member")


# -- zip bombs and sizes ----------------------------------------------------------------------------------


def test_zip_bomb_high_ratio(base, tmp_path):
    """16 MiB of zeros compress a thousandfold: refused before a byte is inflated."""
    zeros = bytes(16 * 2**20)
    bomb = (f"blobs/{hashlib.sha256(zeros).hexdigest()}", zeros, True)
    refuse(base, tmp_path, pack(base, [*base.members, bomb]), "bundle.bomb")


def test_zip_bomb_with_false_small_size(base, tmp_path):
    """The same zeros declared as 1,000 bytes: reading stops there and the CRC check fails."""
    zeros = bytes(16 * 2**20)
    name = f"blobs/{hashlib.sha256(zeros).hexdigest()}"
    data = declare(pack(base, [*base.members, (name, zeros, True)]), name, size=1000)
    tracemalloc.start()
    try:
        refuse(base, tmp_path, data, "bundle.damaged")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20  # never inflated: far less than the 16 MiB it would expand to


def test_false_size_smaller_than_the_member(base, tmp_path):
    refuse(base, tmp_path, declare(base.data, REVISIONS, size=100), "bundle.damaged")


def test_false_size_larger_than_the_member(base, tmp_path):
    size = len(base.members[0][1]) + 10
    err = refuse(base, tmp_path, declare(base.data, REVISIONS, size=size), "bundle.damaged")
    assert REVISIONS in err.message("en")


def test_false_huge_size(base, tmp_path):
    refuse(base, tmp_path, declare(base.data, REVISIONS, size=0xFFFF0000), "bundle.bomb")


def test_nested_zip_as_blob(base, tmp_path):
    """A zip (here the bundle itself) carried as an attachment is never opened."""
    nested = (f"blobs/{hashlib.sha256(base.data).hexdigest()}", base.data, False)
    refuse(base, tmp_path, pack(base, [*base.members, nested], counts={"revisions": len(base.lines), "blobs": 2}),
           "bundle.blob_not_image")


def test_nested_zip_as_revisions(base, tmp_path):
    err = refuse(base, tmp_path, pack(base, [(REVISIONS, base.data, True), *base.members[1:]]), "bundle.not_utf8")
    assert REVISIONS in err.message("en")


def test_100000_members(base, tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for i in range(100_000):
            archive.writestr(f"blobs/{i:064x}", b"")
    err = refuse(base, tmp_path, out.getvalue(), "bundle.too_many_members")
    assert err.params["count"] == 100_000


def test_a_million_members_are_not_even_listed(base, tmp_path):
    """A central directory of a million entries (sharing one local header, a few tens of
    MB) is refused before a ZipInfo is made for each: that alone would take ~0.5 GB."""
    name = f"blobs/{'0' * 64}".encode()
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 33, 0, 0, 0, len(name), 0) + name
    count = 1_000_000
    central = b"".join(
        struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 33, 0, 0, 0, len(name), 0, 0, 0, 0,
                    0o644 << 16, 0) + b"blobs/" + b"%064x" % i
        for i in range(count)
    )
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, len(central), len(local), 0)
    data = local + central + end
    tracemalloc.start()
    try:
        err = refuse(base, tmp_path, data, "bundle.too_many_members")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.params["count"] > MAX_MEMBERS
    assert peak < len(data) + 64 * 2**20  # the file is read once; nothing per member


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_unknown_compression(base, tmp_path, method):
    """The revisions recompressed with another method: same bytes, same signature."""
    err = refuse(base, tmp_path, replaced(base, REVISIONS, info_for(REVISIONS, method)), "bundle.compression")
    assert REVISIONS in err.message("en")


def test_unknown_compression_method_number(base, tmp_path):
    refuse(base, tmp_path, declare(base.data, REVISIONS, method=99), "bundle.compression")


# -- the manifest and the members -------------------------------------------------------------------------


def test_member_not_in_the_manifest(base, tmp_path):
    """Another real PNG slipped into a signed bundle."""
    spare = info_for(f"blobs/{hashlib.sha256(base.spare_png).hexdigest()}", zipfile.ZIP_STORED)
    err = refuse(base, tmp_path, rezip([*unzip(base.data), (spare, base.spare_png)]), "bundle.extra_member")
    assert spare.filename in err.message("en")


def test_manifest_entry_without_a_member(base, tmp_path):
    data = rezip([(i, d) for i, d in unzip(base.data) if i.filename != base.blob[0]])
    err = refuse(base, tmp_path, data, "bundle.missing_member")
    assert base.blob[0] in err.message("en")


def test_format_version_99(base, tmp_path):
    err = refuse(base, tmp_path, pack(base, base.members, format_version=99), "bundle.newer_format")
    assert "update" in err.message("en") and "Perbarui" in err.message("id")


def test_newer_schema(base, tmp_path):
    err = refuse(base, tmp_path, pack(base, base.members, schema_version=latest_version() + 1), "bundle.newer_schema")
    assert "update" in err.message("en") and "Perbarui" in err.message("id")


@pytest.mark.parametrize("field, value", [
    ("counts", []), ("counts", {"revisions": 1, "blobs": 1}), ("workshops", 7), ("members", {}), ("kind", "photos"),
    ("encryption", "yes"), ("schema_version", "3"), ("format", "zip"),
])
def test_manifest_fields_of_the_wrong_shape(base, tmp_path, field, value):
    """Signed by a trusted key but malformed: refused, never a crash."""
    expected = "bundle.not_bundle" if field == "format" else "bundle.bad_manifest"
    refuse(base, tmp_path, pack(base, base.members, **{field: value}), expected)


# -- revision lines -----------------------------------------------------------------------------------


def test_non_utf8_line(base, tmp_path):
    lines = list(base.lines)
    lines[2] = lines[2].replace(b'"id":"', b'"id":"\xff', 1)
    err = refuse(base, tmp_path, with_revisions(base, lines), "bundle.not_utf8")
    assert err.params["line"] == 3


def test_50_mb_line(base, tmp_path):
    """Stored, not deflated: zeros would trip the ratio cap first, not the line cap."""
    giant = b'{"id": "' + b"x" * (50 * 2**20) + b'"}'
    err = refuse(base, tmp_path, with_revisions(base, [base.lines[0], giant, *base.lines[1:]], compress=False),
                 "bundle.line_too_long")
    assert err.params["line"] == 2


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_in_a_line(base, tmp_path, literal):
    index = line_of(base, "vote")
    lines = list(base.lines)
    obj = json.loads(lines[index])
    lines[index] = lines[index].replace(b'"hlc":%d' % obj["hlc"], b'"hlc":' + literal)
    assert lines[index] != base.lines[index]
    err = refuse(base, tmp_path, with_revisions(base, lines), "bundle.bad_line")
    assert literal.decode().lstrip("-") in err.message("en") and err.params["line"] == index + 1


def test_duplicate_keys_in_a_line(base, tmp_path):
    index = line_of(base, "participant")
    lines = list(base.lines)
    lines[index] = lines[index].replace(b'{"device_id":', b'{"device_id":"dev-X","device_id":', 1)
    assert lines[index] != base.lines[index]
    err = refuse(base, tmp_path, with_revisions(base, lines), "bundle.bad_line")
    assert "duplicate key" in err.message("en")


@pytest.mark.parametrize("mangle", [
    lambda obj: {**obj, "extra": 1},
    lambda obj: {**obj, "entity": "sqlite_master"},
    lambda obj: {**obj, "hlc": -1},
    lambda obj: {**obj, "snapshot": {**obj["snapshot"], "id": "another"}},
    lambda obj: {**obj, "snapshot": {**obj["snapshot"], "unknown_column": 1}},
    lambda obj: {**obj, "parents": [obj["id"]]},
    lambda obj: {**obj, "redacted": ["title"]},
    lambda obj: [obj],
], ids=["extra-key", "unknown-entity", "negative-clock", "key-differs", "unknown-column", "own-parent",
        "redacted-non-personal", "not-an-object"])
def test_malformed_lines(base, tmp_path, mangle):
    index = line_of(base, "workshop")
    lines = list(base.lines)
    lines[index] = json.dumps(mangle(json.loads(lines[index]))).encode()
    err = refuse(base, tmp_path, with_revisions(base, lines), "bundle.bad_line")
    assert err.params["line"] == index + 1


def test_same_revision_id_other_content_is_quarantined(base, tmp_path):
    """Laptop B already has the revision; a bundle with the same id but another title is
    stored in `quarantine` for inspection and nothing else changes."""
    index = line_of(base, "workshop")
    lines = list(base.lines)
    lines[index] = edited_line(base, index, title="Judul palsu dengan id yang sama")
    path = tmp_path / NAME
    path.write_bytes(with_revisions(base, lines))
    with target(base, tmp_path, "holding") as db:
        before_dump = dump_hash(db)
        before_trust = db.rows("SELECT * FROM trusted_key")
        with pytest.raises(UserError) as caught:
            import_file(db, path, key=base.receiver)
        assert caught.value.code == "bundle.quarantined"
        assert dump_hash(db) == before_dump
        assert db.rows("SELECT * FROM trusted_key") == before_trust
        held = db.rows("SELECT revision_id, received FROM quarantine")
        revision_id = json.loads(base.lines[index])["id"]
        assert [r[0] for r in held] == [revision_id]
        assert json.loads(held[0][1])["snapshot"]["title"] == "Judul palsu dengan id yang sama"
        assert db.rows("SELECT status FROM sync_import ORDER BY rowid")[-1] == ("quarantined",)
        title = db.scalar("SELECT title FROM workshop WHERE id = ?", (base.workshop_id,))
        assert title == json.loads(base.lines[index])["snapshot"]["title"]
    assert_one_line(caught.value, NAME)


def later_revision(base: Base, parents: list[str], **snapshot_changes) -> dict:
    """A new revision of the demo workshop row (as laptop A would write after the bundle)."""
    obj = json.loads(base.lines[line_of(base, "workshop")])
    obj.update(id=new_id(), parents=parents, hlc=obj["hlc"] + 1000)
    obj["snapshot"].update(snapshot_changes)
    return obj


def test_orphan_revision(base, tmp_path):
    """A later edit arrives before the bundle holding its parent."""
    parent = json.loads(base.lines[line_of(base, "workshop")])["id"]
    line = json.dumps(later_revision(base, [parent], title="Judul baru")).encode()
    err = refuse(base, tmp_path, with_revisions(base, [line], counts={"revisions": 1, "blobs": 1}), "bundle.orphan")
    assert parent in err.message("en")


def test_cycle_in_parents(base, tmp_path):
    first, second = later_revision(base, []), later_revision(base, [], title="Putaran")
    first["parents"], second["parents"] = [second["id"]], [first["id"]]
    lines = [json.dumps(first).encode(), json.dumps(second).encode()]
    refuse(base, tmp_path, with_revisions(base, lines, counts={"revisions": 2, "blobs": 1}), "bundle.cycle",
           template="holding")


@pytest.mark.parametrize("case", ["orphan", "cycle"])
def test_refused_inside_the_transaction_trusts_nobody(base, tmp_path, case):
    """Accepting an unknown signer happens in the import's transaction: a refused import
    leaves the key untrusted."""
    parent = json.loads(base.lines[line_of(base, "workshop")])["id"]
    if case == "orphan":
        revisions = [later_revision(base, [new_id()])]
    else:
        first, second = later_revision(base, [parent]), later_revision(base, [])
        first["parents"], second["parents"] = [parent, second["id"]], [first["id"]]
        revisions = [first, second]
    body = b"".join(json.dumps(r).encode() + b"\n" for r in revisions)
    extra = {**{k: base.manifest[k] for k in ("profile", "scope", "workshops")},
             "counts": {"revisions": len(revisions), "blobs": 0}}
    data, _ = seal(base.stranger, "dev-S", "revisions", [(REVISIONS, body, True)], extra)
    refuse(base, tmp_path, data, f"bundle.{case}", template="holding", trust_signer=True)


def test_blob_hash_differs_from_its_name(base, tmp_path):
    """A real PNG under the name of another: listed with its true hash, so only the name lies."""
    name = base.blob[0]
    err = refuse(base, tmp_path, pack(base, [base.members[0], (name, base.spare_png, False)]), "bundle.blob_hash")
    assert name in err.message("en")


def test_blob_that_is_not_an_image(base, tmp_path):
    text = b"#!/bin/sh\nrm -rf ~\n"
    blob = (f"blobs/{hashlib.sha256(text).hexdigest()}", text, False)
    refuse(base, tmp_path, pack(base, [base.members[0], blob]), "bundle.blob_not_image")


def test_revision_naming_a_blob_not_carried(base, tmp_path):
    """The signature blob left out of the bundle (and unknown to the target)."""
    refuse(base, tmp_path, pack(base, base.members[:1], counts={"revisions": len(base.lines), "blobs": 0}),
           "bundle.missing_blob")


def test_revision_of_a_row_under_another_table(base, tmp_path):
    """A new 'participant' revision reusing the workshop row's id: never merged into it."""
    participant = json.loads(base.lines[line_of(base, "participant")])
    participant.update(id=new_id(), entity_id=base.workshop_id, parents=[])
    participant["snapshot"]["id"] = base.workshop_id
    lines = [json.dumps(participant).encode()]
    err = refuse(base, tmp_path, with_revisions(base, lines, counts={"revisions": 1, "blobs": 1}),
                 "bundle.bad_revision", template="holding")
    assert "workshop" in err.message("en")


def test_parent_of_another_row(base, tmp_path):
    """An edit of the workshop claiming a participant's revision as its parent."""
    stranger_parent = json.loads(base.lines[line_of(base, "participant")])["id"]
    lines = [json.dumps(later_revision(base, [stranger_parent])).encode()]
    err = refuse(base, tmp_path, with_revisions(base, lines, counts={"revisions": 1, "blobs": 1}),
                 "bundle.bad_revision", template="holding")
    assert stranger_parent in err.message("en")


def test_every_case_leaves_a_usable_database(base, tmp_path):
    """After a refusal the same database still takes the good bundle."""
    refuse(base, tmp_path, base.data[: len(base.data) // 2], "bundle.damaged")
    path = tmp_path / "good.fgdb"
    path.write_bytes(base.data)
    with Database(tmp_path / "target.sqlite3", device_id="dev-C") as db:
        assert import_file(db, path, key=base.receiver).status == "imported"
        after = dump_hash(db)
    shutil.copy(base.holding, tmp_path / "holding.sqlite3")
    with Database(tmp_path / "holding.sqlite3", device_id="dev-C") as holding:
        assert after == dump_hash(holding)
