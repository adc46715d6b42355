"""The coordinator's overview: every workshop this laptop holds, across regencies and facilitators.

A coordinator (Diskominfo, Bappeda or the mentor team) imports the facilitators' bundles
and wants to see, per FGD, how far it got: inputs per pillar, programmes, attendance,
open conflicts, who ran it and on which laptops, and when it last changed. A few
aggregate queries answer that for hundreds of workshops at once (no query per row:
200 workshops with their revision logs are read in a handful of table scans).

Decisions where the issue is silent:
- "Devices" are the laptops that wrote the workshop's revisions, named by the label of
  the trusted key enrolled for that device id when there is one; this laptop's own
  device is marked `local` (it has no trusted-key entry of its own).
- Attended = participants checked in (`checked_in_at` set), as on the check-in page.
- The last change is the newest revision's hybrid-clock time, so edits made on another
  laptop count when they were made, not when they were imported.
- A regency may be named by its code ("64.07") or by its name, with or without its kind
  ("Kutai Barat", "Kabupaten Kutai Barat"), as coordinators type it on the command line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple
from typing import TYPE_CHECKING

from fgd_app.core.hlc import unpack
from fgd_app.errors import UserError
from fgd_app.services.workshop_setup import bare_name

if TYPE_CHECKING:
    from fgd_app.store.database import Database

Device = namedtuple("Device", "device_id label revisions local")
"""A laptop that wrote revisions of a workshop: its id, the trusted key's label ("" if none)."""

RegencyWorkshops = namedtuple("RegencyWorkshops", "code name province_name workshops first_held_on last_held_on")
"""A regency with at least one workshop here; dates are ISO strings."""


class WorkshopOverview(namedtuple(
    "WorkshopOverview",
    "id regency_code regency_name province_name timezone title held_on stage status language facilitators devices "
    "inputs_by_pillar programmes participants attended conflicts last_change_ms",
)):
    """One workshop as the coordinator sees it.

    `held_on` is the ISO date; `timezone` the regency's (WIB, WITA, WIT); `inputs_by_pillar`
    has every pillar of the catalogue (0 included) in catalogue order; `last_change_ms` is
    milliseconds since the epoch (None for a workshop without revisions: only a damaged
    log would give one).
    """

    __slots__ = ()

    @property
    def inputs(self) -> int:
        return sum(self.inputs_by_pillar.values())

    @property
    def last_change(self) -> dt.datetime | None:
        """The last change as an aware UTC datetime."""
        if self.last_change_ms is None:
            return None
        return dt.datetime.fromtimestamp(self.last_change_ms / 1000, dt.UTC)

    def as_json(self) -> dict:
        out = self._asdict()
        out["devices"] = [d._asdict() for d in self.devices]
        out["facilitators"] = list(self.facilitators)
        return out


_WORKSHOPS_SQL = """
SELECT w.id, w.regency_code, r.name, r.province_name, r.timezone, w.title, w.held_on, w.stage, w.status, w.language,
       w.facilitators, coalesce(pg.n, 0), coalesce(pa.n, 0), coalesce(pa.attended, 0), coalesce(c.n, 0)
FROM workshop w
JOIN regency r ON r.code = w.regency_code
LEFT JOIN (SELECT workshop_id, count(*) AS n FROM programme GROUP BY workshop_id) pg ON pg.workshop_id = w.id
LEFT JOIN (SELECT workshop_id, count(*) AS n, count(checked_in_at) AS attended FROM participant
           GROUP BY workshop_id) pa ON pa.workshop_id = w.id
LEFT JOIN (SELECT workshop_id, count(*) AS n FROM conflict GROUP BY workshop_id) c ON c.workshop_id = w.id
{where}
ORDER BY w.held_on DESC, r.name, w.title, w.id
"""

# One scan of the revision log gives both the laptops per workshop and the newest change.
_DEVICES_SQL = """
SELECT d.workshop_id, d.device_id, d.n, d.last,
       coalesce((SELECT t.label FROM trusted_key t WHERE t.device_id = d.device_id AND t.device_id != ''
                 ORDER BY t.added_at DESC, t.fingerprint LIMIT 1), '')
FROM (SELECT workshop_id, device_id, count(*) AS n, max(hlc) AS last FROM revision
      WHERE workshop_id IS NOT NULL AND {mine} GROUP BY workshop_id, device_id) d
ORDER BY d.workshop_id, d.n DESC, d.device_id
"""


def overview(db: Database, regency_code: str | None = None) -> list[WorkshopOverview]:
    """Every workshop (or one regency's), newest first, with its counts."""
    where, params = ("WHERE w.regency_code = ?", (regency_code,)) if regency_code else ("", ())
    mine = "workshop_id IN (SELECT id FROM workshop WHERE regency_code = ?)" if regency_code else "1"
    pillars = [r[0] for r in db.rows("SELECT key FROM pillar ORDER BY position, key")]
    inputs: dict[str, dict[str, int]] = {}
    for workshop_id, pillar, count in db.rows(
            f"SELECT workshop_id, pillar_key, count(*) FROM input WHERE {mine} GROUP BY workshop_id, pillar_key",
            params):
        inputs.setdefault(workshop_id, {})[pillar] = count
    devices: dict[str, list[Device]] = {}
    last: dict[str, int] = {}
    local = db.device_id
    for workshop_id, device_id, count, newest, label in db.rows(_DEVICES_SQL.format(mine=mine), params):
        devices.setdefault(workshop_id, []).append(Device(device_id, label, count, device_id == local))
        last[workshop_id] = max(last.get(workshop_id, newest), newest)
    out = []
    for (workshop_id, code, name, province, zone, title, held_on, stage, status, language, facilitators, programmes,
         participants, attended, conflicts) in db.rows(_WORKSHOPS_SQL.format(where=where), params):
        counted = inputs.get(workshop_id, {})
        by_pillar = {key: counted.get(key, 0) for key in pillars}
        by_pillar.update({key: n for key, n in counted.items() if key not in by_pillar})  # a key the catalogue lost
        newest = last.get(workshop_id)
        out.append(WorkshopOverview(
            workshop_id, code, name, province, zone, title, held_on, stage, status, language,
            tuple(json.loads(facilitators or "[]")), tuple(devices.get(workshop_id, ())), by_pillar, programmes,
            participants, attended, conflicts, unpack(newest)[0] if newest is not None else None,
        ))
    return out


def regencies_with_workshops(db: Database) -> list[RegencyWorkshops]:
    """The regencies that have workshops here, by province then name, with how many and when."""
    return [RegencyWorkshops(*r) for r in db.rows(
        "SELECT r.code, r.name, r.province_name, count(*), min(w.held_on), max(w.held_on) "
        "FROM workshop w JOIN regency r ON r.code = w.regency_code "
        "GROUP BY r.code ORDER BY r.province_name, r.name, r.code")]


def resolve_regency(db: Database, ref: str) -> str:
    """A regency code from its code or its name (with or without "Kabupaten"/"Kota"), case-insensitive."""
    wanted = " ".join(ref.split()).casefold()
    if not wanted:
        raise UserError("regency.not_found", regency=ref)
    rows = db.rows("SELECT code, name, kind FROM regency")
    for code, _name, _kind in rows:
        if code == wanted:
            return code
    exact = [code for code, name, _kind in rows if name.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    bare = [code for code, name, kind in rows if bare_name(name, kind).casefold() == wanted]
    if len(bare) == 1:
        return bare[0]
    if len(bare) > 1:
        names = ", ".join(sorted(name for code, name, _kind in rows if code in bare))
        raise UserError("regency.ambiguous", regency=ref, names=names)
    raise UserError("regency.not_found", regency=ref)

