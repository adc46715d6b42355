"""Preparing a workshop: its setup fields and letterhead logo (the agenda: `services.agenda`).

Shared by the Setup tab and (later) the command line, so every rule lives here and not
in widgets: a value is checked and normalised once (trimmed text, times to the minute,
pillars in catalogue order), refused with a `UserError` the facilitator can act on,
and only then written through `Tx`, which logs a revision per changed row.

Decisions where the issue is silent (kept here so the UI and the docs agree):
- A new workshop is *planned*, in Indonesian, covers all six pillars of the catalogue,
  runs 08:00-16:00 local time (an office day; the agenda needs a start to compute its
  timeboxes) and gets a letterhead guessed from its regency ("PEMERINTAH KABUPATEN X" /
  "PEMERINTAH KOTA X" over "DINAS KOMUNIKASI DAN INFORMATIKA", the usual host). The five
  administrative units of DKI Jakarta are not autonomous: their kop names the province.
- Changing the regency replaces the letterhead only while it is still the untouched
  default of the previous regency; a typed letterhead is never overwritten.
- Duplicating makes a template for the next workshop: setup fields, logo and agenda
  (without actual times), status planned, nothing that was said or decided. The
  participant list is copied by default as name, position, NIP, agency and gender only
  (the same OPD delegates usually come back, and retyping 40 names is the slowest part of
  preparing); phones, e-mails, check-ins, signatures and consent are *not* copied: they
  belong to one event and consent must be asked again (UU 27/2022).
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from typing import Any

from fgd_app.core.images import image_mime
from fgd_app.core.limits import LIST_MAX, NAME_MAX, SHORT_MAX
from fgd_app.core.vocab import Language, Stage, WorkshopStatus
from fgd_app.errors import UserError
from fgd_app.services.fields import (
    check_times,
    choice,
    date_value,
    lines_value,
    required_text,
    text_value,
    time_value,
    validated,
)
from fgd_app.store.database import Database

LETTERHEAD_MAX_LINES = 6
LOGO_MAX_BYTES = 2 * 1024 * 1024  # a kop logo is a few hundred KB even as a large PNG
DEFAULT_START = dt.time(8, 0)
DEFAULT_END = dt.time(16, 0)
DEFAULT_HOST_AGENCY = "DINAS KOMUNIKASI DAN INFORMATIKA"


# Fields `update_workshop` may change. Status, opening/closing times and conclusions
# belong to running the workshop (Capture), the logo to `set_logo`.
TEXT_FIELDS = (
    "venue", "chair_name", "chair_position", "chair_nip", "note_taker_name", "note_taker_position",
    "note_taker_nip",
)
SETUP_FIELDS = frozenset({
    "title", "regency_code", "stage", "held_on", "start_time", "end_time", "language", "pillars",
    "facilitators", "letterhead_lines", *TEXT_FIELDS,
})
_TEXT_LIMITS = {"venue": SHORT_MAX, "chair_nip": 30, "note_taker_nip": 30}

RegencyRow = namedtuple("RegencyRow", "code name province zone")
"""One kabupaten/kota for the picker: code "64.07", "Kabupaten Kutai Barat", province, WIB/WITA/WIT."""


# -- reading ------------------------------------------------------------------------------


def regencies(db: Database) -> list[RegencyRow]:
    """The 514 kabupaten/kota, alphabetical by their proper name ("Aceh Barat" before "Ambon")."""
    rows = db.rows("SELECT code, name, kind, province_name, timezone FROM regency")
    rows.sort(key=lambda r: (bare_name(r[1], r[2]).casefold(), r[2], r[0]))
    return [RegencyRow(code, name, province, zone) for code, name, _, province, zone in rows]


def regency(db: Database, code: str) -> RegencyRow:
    found = db.rows("SELECT code, name, province_name, timezone FROM regency WHERE code = ?", (code,))
    if not found:
        raise UserError("setup.unknown_regency", regency=code)
    return RegencyRow(*found[0])


def zone_of(db: Database, workshop_id: str) -> str:
    """The workshop's time zone name (WIB, WITA or WIT), from its regency's province."""
    zone = db.scalar(
        "SELECT r.timezone FROM workshop w JOIN regency r ON r.code = w.regency_code WHERE w.id = ?", (workshop_id,)
    )
    if zone is None:
        raise UserError("workshop.not_found", ref=workshop_id)
    return zone


def get_workshop(db: Database, workshop_id: str):
    """The validated Workshop row, or `workshop.not_found`."""
    from fgd_app.store.models import Workshop

    found = db.get(Workshop, workshop_id)
    if found is None:
        raise UserError("workshop.not_found", ref=workshop_id)
    return found


def pillar_keys(db: Database) -> list[str]:
    """The catalogue's pillar keys in their display order."""
    return [r[0] for r in db.rows("SELECT key FROM pillar ORDER BY position, key")]


def default_letterhead(db: Database, regency_code: str) -> list[str]:
    """The kop lines a new workshop of this regency starts with (editable afterwards)."""
    found = db.rows("SELECT name, kind, province_name FROM regency WHERE code = ?", (regency_code,))
    if not found:
        raise UserError("setup.unknown_regency", regency=regency_code)
    name, kind, province = found[0]
    if "Administrasi" in name:  # DKI Jakarta's cities and Kepulauan Seribu belong to the province
        return [f"PEMERINTAH PROVINSI {province.upper()}", name.upper(), DEFAULT_HOST_AGENCY]
    return [f"PEMERINTAH {kind.upper()} {bare_name(name, kind).upper()}", DEFAULT_HOST_AGENCY]


def logo(db: Database, workshop_id: str) -> tuple[bytes, str] | None:
    """The workshop's logo as (bytes, mime), or None."""
    found = db.rows(
        "SELECT b.data, b.mime FROM workshop w JOIN blob b ON b.sha256 = w.logo_sha256 WHERE w.id = ?", (workshop_id,)
    )
    return (bytes(found[0][0]), found[0][1]) if found else None


# -- creating, editing, duplicating -------------------------------------------------------


def create_workshop(db: Database, *, regency_code: str, title: str, held_on: dt.date | str, **optional: Any) -> str:
    """Create a planned workshop with sensible defaults (see the module docstring); returns its id.

    `optional` takes any field `update_workshop` accepts (stage, times, venue, chair ...).
    """
    from fgd_app.store.models import Workshop

    unknown = set(optional) - SETUP_FIELDS
    if unknown:
        raise UserError("setup.unknown_field", field=sorted(unknown)[0])
    fields: dict[str, Any] = {
        "stage": Stage.BIMTEK1, "language": Language.ID, "start_time": DEFAULT_START, "end_time": DEFAULT_END,
        "pillars": pillar_keys(db),
        **optional, "regency_code": regency_code, "title": title, "held_on": held_on,
    }
    values = _normalise_workshop(db, fields)
    values.setdefault("letterhead_lines", default_letterhead(db, values["regency_code"]))
    check_times(values.get("start_time"), values.get("end_time"))
    with db.transaction() as tx:
        return validated(lambda: tx.insert(Workshop, status=WorkshopStatus.PLANNED, **values)).id


def update_workshop(db: Database, workshop_id: str, **changes: Any):
    """Change setup fields of a workshop; everything is checked before anything is written.

    Refuses fields outside `SETUP_FIELDS` (status, conclusions, logo ... have their own
    paths). Returns the updated Workshop.
    """
    from fgd_app.store.models import Workshop

    unknown = set(changes) - SETUP_FIELDS
    if unknown:
        raise UserError("setup.unknown_field", field=sorted(unknown)[0])
    values = _normalise_workshop(db, changes)
    with db.transaction() as tx:
        current = tx.read(Workshop, workshop_id)
        if current is None:
            raise UserError("workshop.not_found", ref=workshop_id)
        merged_start = values["start_time"] if "start_time" in values else time_value(current["start_time"])
        merged_end = values["end_time"] if "end_time" in values else time_value(current["end_time"])
        check_times(merged_start, merged_end)
        new_regency = values.get("regency_code")
        if new_regency and new_regency != current["regency_code"] and "letterhead_lines" not in values:
            if current["letterhead_lines"] == default_letterhead(db, current["regency_code"]):
                values["letterhead_lines"] = default_letterhead(db, new_regency)
        return validated(lambda: tx.update(Workshop, workshop_id, **values))


def duplicate_workshop(
    db: Database, workshop_id: str, *, held_on: dt.date | str | None = None, title: str | None = None,
    with_participants: bool = True,
) -> str:
    """A new planned workshop made from this one as a template; returns its id.

    Copies the setup fields, logo and agenda (planned minutes, no actual times) and, with
    `with_participants`, each participant's name, position, NIP, agency and gender. Status,
    opening/closing times, conclusions, inputs, votes, programmes and actions stay behind.
    """
    from fgd_app.store.models import AgendaItem, Participant, Workshop

    source = get_workshop(db, workshop_id)
    fields = {f: getattr(source, f) for f in SETUP_FIELDS}
    if held_on is not None:
        fields["held_on"] = held_on
    if title is not None:
        fields["title"] = title
    values = _normalise_workshop(db, fields)
    check_times(values.get("start_time"), values.get("end_time"))
    agenda_rows = db.rows(
        "SELECT title, pillar_key, planned_minutes FROM agenda_item WHERE workshop_id = ? ORDER BY position, id",
        (workshop_id,),
    )
    people = db.rows(
        "SELECT name, position, nip, institution, gender FROM participant WHERE workshop_id = ? ORDER BY name, id",
        (workshop_id,),
    ) if with_participants else []
    with db.transaction() as tx:
        copy = validated(lambda: tx.insert(
            Workshop, status=WorkshopStatus.PLANNED, logo_sha256=source.logo_sha256, **values
        ))
        for position, (item_title, pillar, minutes) in enumerate(agenda_rows):
            tx.insert(AgendaItem, workshop_id=copy.id, position=position, title=item_title, pillar_key=pillar,
                      planned_minutes=minutes)
        for name, job, nip, institution, gender in people:
            tx.insert(Participant, workshop_id=copy.id, name=name, position=job, nip=nip, institution=institution,
                      gender=gender)
    return copy.id


# -- the logo -------------------------------------------------------------------------------


def set_logo(db: Database, workshop_id: str, data: bytes, mime: str | None = None) -> str:
    """Store a PNG or JPEG logo for the letterhead; returns its SHA-256.

    The type is decided by the magic bytes, not by `mime` (a declared type that is not
    PNG/JPEG, or contradicts the bytes, is refused too).
    """
    from fgd_app.store.models import Workshop

    detected = image_mime(data)
    declared = (mime or detected or "").lower().replace("image/jpg", "image/jpeg")
    if detected is None or declared != detected:
        raise UserError("setup.logo_not_image")
    if len(data) > LOGO_MAX_BYTES:
        raise UserError("setup.logo_too_large", size=_kib(len(data)), limit=_kib(LOGO_MAX_BYTES))
    with db.transaction() as tx:
        if tx.read(Workshop, workshop_id) is None:
            raise UserError("workshop.not_found", ref=workshop_id)
        digest = tx.put_blob(data, detected)
        tx.update(Workshop, workshop_id, logo_sha256=digest)
    return digest


def clear_logo(db: Database, workshop_id: str) -> None:
    """Remove the logo from the letterhead (the blob stays: other workshops may use it)."""
    from fgd_app.store.models import Workshop

    with db.transaction() as tx:
        if tx.read(Workshop, workshop_id) is None:
            raise UserError("workshop.not_found", ref=workshop_id)
        tx.update(Workshop, workshop_id, logo_sha256=None)


# -- checks and helpers -----------------------------------------------------------------------


def _normalise_workshop(db: Database, fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "title":
            out[name] = required_text(value, NAME_MAX)
        elif name in TEXT_FIELDS:
            out[name] = text_value(value, _TEXT_LIMITS.get(name, NAME_MAX))
        elif name == "held_on":
            out[name] = date_value(value)
        elif name in ("start_time", "end_time"):
            out[name] = time_value(value)
        elif name == "regency_code":
            out[name] = regency(db, str(value)).code
        elif name == "stage":
            out[name] = choice(Stage, value)
        elif name == "language":
            out[name] = choice(Language, value)
        elif name == "pillars":
            out[name] = _pillars(db, value)
        elif name == "facilitators":
            out[name] = lines_value(value, LIST_MAX, NAME_MAX)
        elif name == "letterhead_lines":
            out[name] = lines_value(value, LETTERHEAD_MAX_LINES, SHORT_MAX)
        else:
            out[name] = value
    return out


def _pillars(db: Database, value: Any) -> list[str]:
    known = pillar_keys(db)
    chosen = set(value or [])
    unknown = sorted(chosen - set(known))
    if unknown:
        raise UserError("setup.unknown_pillar", key=unknown[0])
    return [key for key in known if key in chosen]


def bare_name(name: str, kind: str) -> str:
    """ "Kabupaten Kutai Barat" -> "Kutai Barat"; "Kota Administrasi Jakarta Pusat" -> "Jakarta Pusat"."""
    for prefix in (f"{kind.capitalize()} Administrasi ", f"{kind.capitalize()} "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _kib(size: int) -> str:
    return f"{-(-size // 1024)} KB"
