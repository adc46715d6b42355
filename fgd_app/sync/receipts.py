"""Receipts: a coordinator's signed word that revisions arrived.

The coordinator exports a receipt listing the revision ids it holds (optionally only
one workshop's or one device's); importing it on a facilitator's laptop marks those
revisions as delivered (`delivery`), so the Sync page can say what is safe and
"export everything not yet acknowledged" stops carrying them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from fgd_app.fileio import atomic_write_bytes
from fgd_app.store.database import Database
from fgd_app.sync.bundle import RECEIPT, seal
from fgd_app.sync.keys import DeviceKey, device_key


@dataclass(frozen=True)
class DeliveryStatus:
    total: int  # revisions on this laptop
    delivered: int
    last_receipt_at: str | None
    coordinators: list[str]

    @property
    def pending(self) -> int:
        return self.total - self.delivered


def export_receipt(db: Database, path: Path | str, workshop_id: str | None = None, device_id: str | None = None,
                   key: DeviceKey | None = None) -> tuple[Path, int]:
    """Write a signed receipt for the revisions held here; returns the path and the count."""
    key = key or device_key()
    where, params = [], []
    if workshop_id:
        where.append("workshop_id = ?")
        params.append(workshop_id)
    if device_id:
        where.append("device_id = ?")
        params.append(device_id)
    sql = "SELECT id FROM revision" + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY id"
    ids = [r[0] for r in db.rows(sql, tuple(params))]
    body = json.dumps({"revision_ids": ids}, separators=(",", ":")).encode("utf-8")
    extra = {"counts": {"revisions": len(ids)}, "workshops": [workshop_id] if workshop_id else []}
    data, _ = seal(key, db.device_id, "receipt", [(RECEIPT, body, True)], extra)
    return atomic_write_bytes(path, data), len(ids)


def delivery_status(db: Database, workshop_id: str | None = None) -> DeliveryStatus:
    scope, params = ("WHERE r.workshop_id = ?", (workshop_id,)) if workshop_id else ("", ())
    total = db.scalar(f"SELECT count(*) FROM revision r {scope}", params)
    delivered = db.scalar(f"SELECT count(*) FROM revision r JOIN delivery d ON d.revision_id = r.id {scope}", params)
    last = db.scalar("SELECT max(delivered_at) FROM delivery")
    coordinators = [r[0] for r in db.rows("SELECT DISTINCT coordinator FROM delivery ORDER BY 1")]
    return DeliveryStatus(total, delivered, last, coordinators)
