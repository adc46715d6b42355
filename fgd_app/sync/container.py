"""The zip container of bundles and receipts, read as if every file were hostile.

Nothing is extracted to disk: members are read into memory, each through a bounded
reader. Before any member is read, the central directory is checked: only known names
(no paths that climb out, no absolute or drive names, no duplicates), no symbolic links,
only stored or deflated members, and sizes and compression ratios within the caps below
(zip bombs declare small sizes or compress absurdly well). A member whose bytes do not
match its declared size or CRC is refused too.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass

from fgd_app.errors import UserError
from fgd_app.sync import messages  # noqa: F401  (registers the sync messages)

MAX_FILE_BYTES = 1024 * 2**20  # a whole bundle
MAX_MEMBERS = 20_000  # one file per photo or signature, plus three
MAX_MEMBER_BYTES = 512 * 2**20  # the revision lines of a very large database
MAX_TOTAL_BYTES = 2048 * 2**20  # everything, uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 2**20
READ_CHUNK = 2**20

KNOWN_NAME = re.compile(r"(manifest\.json|manifest\.sig|revisions\.jsonl|receipt\.json|payload\.enc|blobs/[0-9a-f]{64})")


@dataclass
class Container:
    """The checked members of one zip: name -> bytes, read lazily through `read`."""

    label: str
    zip: zipfile.ZipFile
    infos: dict[str, zipfile.ZipInfo]

    def names(self) -> set[str]:
        return set(self.infos)

    def read(self, name: str) -> bytes:
        info = self.infos[name]
        out = bytearray()
        try:
            with self.zip.open(info) as handle:
                while chunk := handle.read(READ_CHUNK):
                    out += chunk
                    if len(out) > info.file_size:
                        raise UserError("bundle.damaged", file=self.label, detail=f"{name}: longer than declared")
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise UserError("bundle.damaged", file=self.label, detail=f"{name}: {exc}") from exc
        if len(out) != info.file_size:
            raise UserError("bundle.damaged", file=self.label, detail=f"{name}: shorter than declared")
        return bytes(out)


def open_container(data: bytes, label: str) -> Container:
    if len(data) > MAX_FILE_BYTES:
        raise UserError("bundle.too_large", file=label, size=len(data) // 2**20, limit=MAX_FILE_BYTES // 2**20)
    if not data.startswith(b"PK\x03\x04"):
        raise UserError("bundle.not_bundle", file=label)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise UserError("bundle.damaged", file=label, detail=str(exc)) from exc
    if len(infos) > MAX_MEMBERS:
        raise UserError("bundle.too_many_members", file=label, count=len(infos), limit=MAX_MEMBERS)
    checked: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        _check_name(name, label)
        if name in checked:
            raise UserError("bundle.duplicate_member", file=label, name=name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UserError("bundle.symlink", file=label, name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UserError("bundle.compression", file=label, name=name, method=info.compress_type)
        if info.file_size > MAX_MEMBER_BYTES:
            raise UserError("bundle.bomb", file=label, name=name)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UserError("bundle.bomb", file=label, name=name)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise UserError("bundle.bomb", file=label, name=name)
        checked[name] = info
    return Container(label, archive, checked)


def _check_name(name: str, label: str) -> None:
    unsafe = (
        name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/")
        or re.match(r"^[A-Za-z]:", name) is not None or "\x00" in name
    )
    if unsafe:
        raise UserError("bundle.unsafe_name", file=label, name=name[:120])
    if not KNOWN_NAME.fullmatch(name):
        raise UserError("bundle.unknown_member", file=label, name=name[:120])


def build_zip(members: list[tuple[str, bytes, bool]]) -> bytes:
    """A zip of (name, bytes, compress) members, in the given order, with fixed timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=6 if compress else None)
    return out.getvalue()
