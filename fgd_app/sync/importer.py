"""Importing bundles and receipts: all or nothing, as often as you like, in any order.

An import is a set union of revisions. In one transaction it inserts the revisions this
laptop does not have, recomputes the rows they touch (`store.merge`), records the
conflicts, and writes an import log entry. So:

- importing the same file again says "already imported, nothing new";
- another bundle with the same revisions counts them as duplicates and changes nothing;
- a revision whose id is known here with *other* content is never applied: the whole
  bundle is refused and the differing lines are kept in `quarantine` for inspection;
- a revision whose parent is unknown here (a later bundle before an earlier one) or
  whose parents loop is refused with the name of what is missing;
- a bundle signed by a key this laptop does not trust is *held*: nothing is applied
  until a person accepts the key (`trust_signer=True`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from fgd_app.errors import UserError
from fgd_app.store.backups import before_import
from fgd_app.store.codec import canonical_json
from fgd_app.store.database import Database
from fgd_app.store.merge import CHUNK, DanglingReference, Rev, complete, refresh
from fgd_app.sync.bundle import MANIFEST, Bundle, read_bundle, revision_line
from fgd_app.sync.container import MAX_FILE_BYTES, open_container
from fgd_app.sync.exporter import BLOB_COLUMNS
from fgd_app.sync.keys import DeviceKey, device_key, is_trusted, trust_in

STATUSES = ("imported", "nothing_new", "held", "quarantined", "delivered")


@dataclass
class ImportReport:
    file: str
    kind: str
    bundle_id: str
    signer: str
    device_id: str
    status: str
    new: int = 0
    duplicates: int = 0
    conflicts: int = 0
    completed: int = 0  # withheld personal fields filled in by a fuller copy
    delivered: int = 0  # revisions a receipt acknowledged
    workshops: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return dict(self.__dict__)


class _Quarantine(Exception):
    def __init__(self, lines: list[tuple[str, str, str]]):
        super().__init__(f"{len(lines)} revisions differ")
        self.lines = lines


def import_file(db: Database, path: Path | str, key: DeviceKey | None = None, trust_signer: bool = False,
                signer_label: str = "") -> ImportReport:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError("bundle.too_large", file=path.name, size=size // 2**20, limit=MAX_FILE_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("import.unreadable", path=path, detail=exc.strerror or exc) from exc
    return import_bytes(db, data, path.name, key, trust_signer, signer_label)


def import_bytes(db: Database, data: bytes, label: str, key: DeviceKey | None = None, trust_signer: bool = False,
                 signer_label: str = "") -> ImportReport:
    key = key or device_key()
    file_sha256 = hashlib.sha256(data).hexdigest()
    if (again := _imported_before(db, data, file_sha256, label)) is not None:
        _log_only(db, file_sha256, again)
        return again
    bundle = read_bundle(data, label, key)
    report = ImportReport(label, bundle.kind, bundle.bundle_id, bundle.signer.fingerprint, bundle.device_id, "imported",
                          workshops=list(bundle.manifest.get("workshops") or []))
    own = bundle.signer == key.public
    if not own and not trust_signer and not is_trusted(db, bundle.signer):
        report.status = "held"
        _log_only(db, bundle.file_sha256, report)
        return report
    before_import(db.path)
    try:
        with db.transaction() as tx:
            if trust_signer and not own:
                trust_in(tx.conn, bundle.signer, signer_label, bundle.device_id, _now())
            if bundle.kind == "receipt":
                _apply_receipt(tx.conn, bundle, report)
            else:
                _apply_revisions(db, tx.conn, bundle, report)
            _log(tx.conn, bundle.file_sha256, report)
    except _Quarantine as held:
        report.status = "quarantined"
        with db.transaction() as tx:
            tx.conn.executemany(
                "INSERT OR REPLACE INTO quarantine (revision_id, bundle_id, received, reason, at) VALUES (?, ?, ?, ?, ?)",
                [(rid, bundle.bundle_id, line, reason, _now()) for rid, line, reason in held.lines],
            )
            _log(tx.conn, bundle.file_sha256, report)
        raise UserError("bundle.quarantined", file=label, count=len(held.lines), id=held.lines[0][0]) from None
    return report


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _imported_before(db: Database, data: bytes, file_sha256: str, label: str) -> ImportReport | None:
    """The report for a file imported here before, byte for byte, or None.

    The same SHA-256 means the same bytes, whose every check passed and whose every
    revision is here already: nothing is parsed or checked again, so importing a
    bundle twice costs next to nothing.
    """
    found = db.rows("SELECT bundle_id, kind, signer, device_id, new_count + duplicate_count FROM sync_import "
                    "WHERE file_sha256 = ? AND status IN ('imported', 'nothing_new', 'delivered') ORDER BY id LIMIT 1",
                    (file_sha256,))
    if not found:
        return None
    bundle_id, kind, signer, device, count = found[0]
    manifest = json.loads(open_container(data, label).read(MANIFEST))
    return ImportReport(label, kind, bundle_id, signer, device, "nothing_new",
                        duplicates=count if kind == "revisions" else 0, workshops=list(manifest.get("workshops") or []))


def _log_only(db: Database, file_sha256: str, report: ImportReport) -> None:
    with db.transaction() as tx:
        _log(tx.conn, file_sha256, report)


def _log(conn, file_sha256: str, report: ImportReport) -> None:
    conn.execute(
        "INSERT INTO sync_import (bundle_id, kind, file_name, file_sha256, signer, device_id, imported_at, status, "
        "new_count, duplicate_count, conflict_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (report.bundle_id, report.kind, report.file, file_sha256, report.signer, report.device_id, _now(),
         report.status, report.new, report.duplicates, report.conflicts),
    )


# -- revisions ----------------------------------------------------------------------------------

def _apply_revisions(db: Database, conn, bundle: Bundle, report: ImportReport) -> None:
    local = _local_revisions(conn, [r.id for r in bundle.revisions])
    new, completed, differing = [], [], []
    for rev in bundle.revisions:
        mine = local.get(rev.id)
        if mine is None:
            new.append(rev)
        elif not _same_content(mine, rev):
            differing.append((rev.id, revision_line(rev).decode("utf-8"), "same id, other content"))
        elif len(rev.redacted) < len(mine.redacted):
            completed.append(rev)
    if differing:
        raise _Quarantine(differing)
    report.duplicates = len(bundle.revisions) - len(new)
    report.new, report.completed = len(new), len(completed)
    if not new and not completed:
        report.status = "nothing_new"
        return
    _check_rows(conn, bundle.label, new)
    _check_parents(conn, bundle.label, new)
    _check_blobs(conn, bundle, new + completed)
    conn.executemany("INSERT OR IGNORE INTO blob (sha256, mime, size, data) VALUES (?, ?, ?, ?)",
                     [(sha, mime, len(data), data) for sha, (mime, data) in bundle.blobs.items()])
    conn.executemany(
        "INSERT INTO revision (id, entity, entity_id, workshop_id, parents, device_id, hlc, snapshot, redacted) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_row(r) for r in new],
    )
    conn.executemany("UPDATE revision SET snapshot = ?, redacted = ? WHERE id = ?",
                     [(canonical_json(r.snapshot), canonical_json(sorted(r.redacted)), r.id) for r in completed])
    touched = sorted({r.entity_id for r in new + completed})
    try:
        conflicts = refresh(conn, touched, known={r.id: r for r in new + completed})
    except DanglingReference as exc:
        raise UserError("bundle.dangling", file=bundle.label, detail=str(exc)) from exc
    report.conflicts = len({(c.entity_id, c.field) for c in conflicts})
    db.clock.observe(max(r.hlc for r in new) if new else 0)


def _row(rev: Rev) -> tuple:
    return (rev.id, rev.entity, rev.entity_id, rev.workshop_id, canonical_json(list(rev.parents)), rev.device_id,
            rev.hlc, None if rev.snapshot is None else canonical_json(rev.snapshot), canonical_json(sorted(rev.redacted)))


def _local_revisions(conn, ids: list[str]) -> dict[str, Rev]:
    from fgd_app.store.merge import REV_SQL, rev_from_row

    found = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        for row in conn.execute(f"{REV_SQL} WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            rev = rev_from_row(row)
            found[rev.id] = rev
    return found


def _same_content(mine: Rev, theirs: Rev) -> bool:
    """Equal revisions, reading a withheld field as agreeing with anything."""
    head = (mine.entity, mine.entity_id, mine.workshop_id, sorted(mine.parents), mine.device_id, mine.hlc)
    if head != (theirs.entity, theirs.entity_id, theirs.workshop_id, sorted(theirs.parents), theirs.device_id,
                theirs.hlc):
        return False
    if mine.snapshot is None or theirs.snapshot is None:
        return mine.snapshot is None and theirs.snapshot is None
    hidden = mine.redacted | theirs.redacted
    a, b = complete(mine.entity, mine.snapshot), complete(theirs.entity, theirs.snapshot)
    return {k: v for k, v in a.items() if k not in hidden} == {k: v for k, v in b.items() if k not in hidden}


def _check_rows(conn, label: str, new: list[Rev]) -> None:
    """A row id belongs to one table: a revision reusing another table's row id would have
    the merge mix the fields of two kinds of row."""
    ids = sorted({r.entity_id for r in new})
    tables: dict[str, str] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        tables.update(conn.execute(f"SELECT DISTINCT entity_id, entity FROM revision WHERE entity_id IN "
                                   f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    for rev in new:
        table = tables.setdefault(rev.entity_id, rev.entity)
        if table != rev.entity:
            raise UserError("bundle.bad_revision", file=label, id=rev.id,
                            detail=f"{rev.entity_id} is a {table} row, not a {rev.entity}")


def _check_parents(conn, label: str, new: list[Rev]) -> None:
    """Every parent known (here or in the bundle), of the same row, and no loops."""
    by_id = {r.id: r for r in new}
    outside = sorted({p for r in new for p in r.parents if p not in by_id})
    known: dict[str, str] = {}
    for i in range(0, len(outside), CHUNK):
        chunk = outside[i:i + CHUNK]
        known.update(conn.execute(f"SELECT id, entity_id FROM revision WHERE id IN ({', '.join('?' * len(chunk))})",
                                  chunk).fetchall())
    for rev in new:
        for parent in rev.parents:
            entity_id = by_id[parent].entity_id if parent in by_id else known.get(parent)
            if entity_id is None:
                raise UserError("bundle.orphan", file=label, id=rev.id, parent=parent)
            if entity_id != rev.entity_id:
                raise UserError("bundle.bad_revision", file=label, id=rev.id,
                                detail=f"its parent {parent} belongs to another row")
    waiting = {r.id: sum(p in by_id for p in r.parents) for r in new}
    children: dict[str, list[str]] = {}
    for rev in new:
        for parent in rev.parents:
            if parent in by_id:
                children.setdefault(parent, []).append(rev.id)
    ready = [rid for rid, n in waiting.items() if n == 0]
    while ready:
        rid = ready.pop()
        for child in children.get(rid, ()):
            waiting[child] -= 1
            if waiting[child] == 0:
                ready.append(child)
    if looped := sorted(rid for rid, n in waiting.items() if n > 0):
        raise UserError("bundle.cycle", file=label, id=looped[0])


def _check_blobs(conn, bundle: Bundle, revisions: list[Rev]) -> None:
    wanted = {r.snapshot[c] for r in revisions if r.snapshot for c in BLOB_COLUMNS if r.snapshot.get(c)}
    for digest in sorted(wanted - set(bundle.blobs)):
        if conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (digest,)).fetchone() is None:
            raise UserError("bundle.missing_blob", file=bundle.label, sha=digest[:12])


# -- receipts -----------------------------------------------------------------------------------

def _apply_receipt(conn, bundle: Bundle, report: ImportReport) -> None:
    ids = bundle.receipt["revision_ids"]
    if not all(isinstance(i, str) and len(i) <= 64 for i in ids):
        raise UserError("bundle.bad_manifest", file=bundle.label, detail="receipt.json")
    before = conn.execute("SELECT count(*) FROM delivery").fetchone()[0]
    now = _now()
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        conn.execute(
            f"INSERT OR IGNORE INTO delivery (revision_id, receipt_id, coordinator, delivered_at) "
            f"SELECT id, ?, ?, ? FROM revision WHERE id IN ({', '.join('?' * len(chunk))})",
            (bundle.bundle_id, bundle.signer.fingerprint, now, *chunk),
        )
    report.delivered = conn.execute("SELECT count(*) FROM delivery").fetchone()[0] - before
    report.status = "delivered"
