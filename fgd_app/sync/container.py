"""The zip container of bundles and receipts, read as if every file were hostile.

Nothing is extracted to disk: members are read into memory, each through a bounded
reader. Before any member is read, the central directory is checked: only known names
(no paths that climb out, no absolute or drive names, no duplicates), no symbolic links,
only stored or deflated members, and sizes and compression ratios within the caps below
(zip bombs declare small sizes or compress absurdly well). A member is inflated at most
to its declared size, and refused unless its bytes match that size and its CRC exactly.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass

from fgd_app.errors import UserError
from fgd_app.sync import messages  # noqa: F401  (registers the sync messages)

MAX_FILE_BYTES = 1024 * 2**20  # a whole bundle
MAX_MEMBERS = 20_000  # one file per photo or signature, plus three
MAX_MEMBER_BYTES = 512 * 2**20  # the revision lines of a very large database
MAX_TOTAL_BYTES = 2048 * 2**20  # everything, uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 2**20

ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError)  # a damaged directory
CENTRAL_ENTRY = b"PK\x01\x02"
LOCAL_HEADER = struct.Struct("<4x2xHH4x4x4x4xHH")  # flags, method, name and extra lengths

KNOWN_NAME = re.compile(r"(manifest\.json|manifest\.sig|revisions\.jsonl|receipt\.json|payload\.enc|blobs/[0-9a-f]{64})")


@dataclass
class Container:
    """The checked members of one zip: name -> bytes, read lazily through `read`."""

    label: str
    data: bytes  # the whole file
    infos: dict[str, zipfile.ZipInfo]

    def names(self) -> set[str]:
        return set(self.infos)

    def read(self, name: str) -> bytes:
        """A member's bytes, inflated at most to its declared size.

        Stricter than zipfile's reader, which stops at the declared size and ignores
        what follows: here the deflate stream must end exactly at the end of the stored
        bytes, so a changed byte anywhere in a member is refused, not read around.
        """
        info = self.infos[name]
        stored = self._stored(info, name)
        if info.compress_type == zipfile.ZIP_STORED:
            out = stored
        else:
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                out = inflater.decompress(stored, info.file_size + 1)
            except zlib.error as exc:
                raise self._damaged(name, str(exc)) from exc
            if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
                raise self._damaged(name, "the compressed data does not end where declared")
        if len(out) != info.file_size:
            raise self._damaged(name, "longer than declared" if len(out) > info.file_size else "shorter than declared")
        if zlib.crc32(out) != info.CRC:
            raise self._damaged(name, "checksum (CRC-32) differs")
        return out

    def _stored(self, info: zipfile.ZipInfo, name: str) -> bytes:
        """The member's bytes as stored, after a local header that must agree with the directory."""
        start = info.header_offset
        header = self.data[start:start + LOCAL_HEADER.size]
        if len(header) < LOCAL_HEADER.size or not header.startswith(b"PK\x03\x04"):
            raise self._damaged(name, "no local header")
        flags, method, name_length, extra_length = LOCAL_HEADER.unpack(header)
        begin = start + LOCAL_HEADER.size + name_length + extra_length
        if self.data[start + LOCAL_HEADER.size:start + LOCAL_HEADER.size + name_length] != name.encode("utf-8"):
            raise self._damaged(name, "the local header names another file")
        if flags & 0x1 or info.flag_bits & 0x1:
            raise self._damaged(name, "encrypted")
        if method != info.compress_type:
            raise self._damaged(name, "the local header names another compression")
        stored = self.data[begin:begin + info.compress_size]
        if len(stored) != info.compress_size:
            raise self._damaged(name, "cut short")
        return stored

    def _damaged(self, name: str, detail: str) -> UserError:
        return UserError("bundle.damaged", file=self.label, detail=f"{name}: {detail}")


def open_container(data: bytes, label: str) -> Container:
    if len(data) > MAX_FILE_BYTES:
        raise UserError("bundle.too_large", file=label, size=len(data) // 2**20, limit=MAX_FILE_BYTES // 2**20)
    if not data.startswith(b"PK\x03\x04"):
        raise UserError("bundle.not_bundle", file=label)
    # zipfile makes an object per central-directory entry before we can count them (a million
    # entries take half a gigabyte); each entry starts with this signature, so counting them
    # first bounds that work (a blob containing the four bytes can only raise the count).
    if (entries := data.count(CENTRAL_ENTRY)) > MAX_MEMBERS:
        raise UserError("bundle.too_many_members", file=label, count=entries, limit=MAX_MEMBERS)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except ZIP_ERRORS as exc:
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
    return Container(label, data, checked)


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
