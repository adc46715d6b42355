"""The attendance list (daftar hadir) as a CSV file a facilitator opens in Excel.

Format decisions, all made for Excel on an Indonesian laptop (the users' only tool for
these files):

- UTF-8 with a BOM: without it Excel reads the file as Windows-1252 and "Yohanés"
  turns into "YohanÃ©s".
- ';' as separator: Indonesian regional settings use ',' as the decimal mark, so
  Excel there splits CSV columns on ';' (a ',' file opens as one long column). A
  "sep=;" first line would force it everywhere, but Excel then ignores the BOM, so it
  is not written.
- CRLF line ends (the csv module's default, and what Excel writes).
- Formula injection: a cell that starts with = + - @ tab or CR would be run as a
  formula by Excel; such cells get a single quote in front (OWASP's advice).
- Long digit strings (an 18-digit NIP, a phone number with its leading 0) are written
  as ="..." so Excel keeps them as text instead of showing 1,96804E+17 and losing the
  last digits. Only digit strings get this form, so it cannot carry a formula.
- Columns: No, Nama, Jabatan, NIP, Instansi, L/P, Hadir, No HP (headers follow the
  workshop's document language). Everyone on the list is exported, by name; "Hadir"
  is the local check-in time in the workshop's zone (e.g. "08:38 WITA", with the date
  when it was not the workshop day) and empty for those who did not come.
- The phone number is written only for participants who consented to it being kept
  (UU 27/2022 on personal data: collect and pass on only what is needed).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from fgd_app.core.timezones import local_clock, utc_to_local
from fgd_app.core.vocab import gender_short
from fgd_app.errors import UserError
from fgd_app.fileio import atomic_write_bytes
from fgd_app.services.participants import list_participants
from fgd_app.store.database import Database

HEADERS = {
    "id": ("No", "Nama", "Jabatan", "NIP", "Instansi", "L/P", "Hadir", "No HP"),
    "en": ("No", "Name", "Position", "NIP", "Agency", "Gender", "Present", "Phone"),
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SEPARATOR = ";"


def escape_cell(value: str) -> str:
    """A cell Excel will show as text: formulas defused, long digit strings kept exact."""
    if value.startswith(_FORMULA_START):
        return "'" + value
    if value.isascii() and value.isdigit() and (len(value) > 11 or value.startswith("0")):
        return f'="{value}"'
    return value


def attendance_rows(db: Database, workshop_id: str, lang: str | None = None) -> list[list[str]]:
    """The header and one row per participant, unescaped (what the CSV and documents show)."""
    found = db.rows(
        "SELECT w.held_on, w.language, r.timezone FROM workshop w JOIN regency r ON r.code = w.regency_code "
        "WHERE w.id = ?",
        (workshop_id,),
    )
    if not found:
        raise UserError("workshop.not_found", ref=workshop_id)
    held_on, language, zone = found[0]
    lang = lang or language
    day = dt.date.fromisoformat(held_on)
    rows = [list(HEADERS["en" if lang == "en" else "id"])]
    for number, p in enumerate(list_participants(db, workshop_id), start=1):
        rows.append([
            str(number), p.name, p.position, p.nip, p.institution, gender_short(p.gender, lang),
            _present(p.checked_in_at, zone, day), p.phone if p.consent_phone else "",
        ])
    return rows


def attendance_csv(db: Database, workshop_id: str, lang: str | None = None) -> bytes:
    """The attendance list as the bytes of a CSV file (see the module notes for the format)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    header, *body = attendance_rows(db, workshop_id, lang)
    writer.writerow(header)
    for row in body:
        writer.writerow([escape_cell(cell) for cell in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def export_attendance(db: Database, workshop_id: str, path: Path | str, lang: str | None = None) -> Path:
    """Write the attendance CSV to `path` atomically (never half a file under that name)."""
    return atomic_write_bytes(path, attendance_csv(db, workshop_id, lang))


def default_file_name(db: Database, workshop_id: str) -> str:
    """daftar-hadir-kabupaten-kutai-barat-2021-06-17.csv: recognisable in a Downloads folder."""
    import re

    found = db.rows(
        "SELECT r.name, w.held_on FROM workshop w JOIN regency r ON r.code = w.regency_code WHERE w.id = ?",
        (workshop_id,),
    )
    regency, held_on = found[0] if found else ("", "")
    slug = re.sub(r"[^a-z0-9]+", "-", regency.casefold()).strip("-")
    return "-".join(part for part in ("daftar-hadir", slug, held_on) if part) + ".csv"


def _present(checked_in_at: dt.datetime | None, zone: str, day: dt.date) -> str:
    if checked_in_at is None:
        return ""
    time = local_clock(checked_in_at, zone)
    local_day = utc_to_local(checked_in_at, zone).date()
    return time if local_day == day else f"{local_day:%d/%m/%Y} {time}"
