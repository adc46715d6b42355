"""Writing a bundle: which revisions travel, under which profile, and a safe write.

A bundle carries revisions, never a database file: one workshop's whole history, or
everything no coordinator's receipt has acknowledged yet. Shared catalogue edits ride
along with every bundle. Exporting the same data again is harmless: the receiving side
takes the union of revisions, so repeats are counted as duplicates and change nothing.

The file is written under a temporary name, flushed, renamed, then read back and
verified completely before the caller is told it is safe to carry away.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fgd_app.errors import UserError
from fgd_app.fileio import atomic_write_bytes
from fgd_app.store.database import Database
from fgd_app.store.merge import REV_SQL, Rev, rev_from_row
from fgd_app.store.tx import blob_references
from fgd_app.sync.bundle import PROFILES, REVISIONS, read_bundle, redact, revision_line, seal
from fgd_app.sync.keys import DeviceKey, PublicKey, device_key

BLOB_COLUMNS = frozenset(column for _, column in blob_references())  # snapshot fields naming a blob


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    revisions: int
    blobs: int
    size: int
    encrypted_to: str | None


def select_revisions(db: Database, workshop_id: str | None) -> list[Rev]:
    """One workshop's revisions (with catalogue edits), or all not yet acknowledged."""
    if workshop_id is not None:
        where, params = "WHERE workshop_id = ? OR workshop_id IS NULL", (workshop_id,)
    else:
        where, params = "WHERE id NOT IN (SELECT revision_id FROM delivery)", ()
    return [rev_from_row(r) for r in db.rows(f"{REV_SQL} {where} ORDER BY hlc, id", params)]


def build(db: Database, key: DeviceKey, workshop_id: str | None = None, profile: str = "full",
          encrypt_to: PublicKey | None = None) -> tuple[bytes, dict]:
    if profile not in PROFILES:
        raise UserError("bundle.bad_profile", profile=profile)
    revisions = select_revisions(db, workshop_id)
    if profile == "minutes":
        revisions = [redact(r) for r in revisions]
    if not revisions:
        raise UserError("bundle.nothing_to_export")
    lines = b"".join(revision_line(r) + b"\n" for r in revisions)
    blobs = _blobs(db, revisions)
    members = [(REVISIONS, lines, True), *((f"blobs/{sha}", data, False) for sha, data in blobs)]
    workshops = sorted({r.workshop_id for r in revisions if r.workshop_id})
    extra = {"profile": profile, "scope": "workshop" if workshop_id else "pending", "workshops": workshops,
             "counts": {"revisions": len(revisions), "blobs": len(blobs)}}
    return seal(key, db.device_id, "revisions", members, extra, encrypt_to)


def _blobs(db: Database, revisions: list[Rev]) -> list[tuple[str, bytes]]:
    wanted = sorted({
        r.snapshot[c] for r in revisions if r.snapshot for c in BLOB_COLUMNS if r.snapshot.get(c)
    })
    found = []
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        found += db.rows(f"SELECT sha256, data FROM blob WHERE sha256 IN ({', '.join('?' * len(chunk))})"
                         " ORDER BY sha256", tuple(chunk))
    return [(sha, bytes(data)) for sha, data in found]


def export_bundle(db: Database, path: Path | str, workshop_id: str | None = None, profile: str = "full",
                  encrypt_to: PublicKey | None = None, key: DeviceKey | None = None) -> ExportResult:
    key = key or device_key()
    data, manifest = build(db, key, workshop_id, profile, encrypt_to)
    path = Path(path)
    atomic_write_bytes(path, data)
    try:
        written = path.read_bytes()  # read back what the disk holds, not what we meant to write
    except OSError as exc:  # the stick was pulled, or the drive failed, after the rename
        raise UserError("bundle.write_check_failed", path=path) from exc
    if written != data:
        raise UserError("bundle.write_check_failed", path=path)
    try:
        read_bundle(written, path.name, key)
    except UserError as err:  # encrypted to someone else: the signature and the payload hash were checked
        if err.code != "bundle.not_for_me":
            raise
    return ExportResult(path, manifest["bundle_id"], manifest["counts"]["revisions"], manifest["counts"]["blobs"],
                        len(data), encrypt_to.fingerprint if encrypt_to else None)
