"""The participants of one workshop: listing, adding, editing, removing (with undo), counts.

Shared by the Participants page, the roster import, the attendance export and later the
minutes, so the rules for a participant's fields live here once:

- Every field is cleaned the same way whether it was typed or imported: whitespace
  collapsed, gender as L/P, NIP as 18 digits, a plausible e-mail, a lightly normalised
  phone number. A value that cannot be cleaned raises `UserError` (one clear message).
- Removing a participant keeps what they said and how they voted: inputs that name them
  as speaker and votes they cast become anonymous (reference set to None) in the same
  transaction. The returned `Removal` holds everything needed to undo it exactly.
- `restore_participant` re-creates the row with the same id and values and re-points
  those references. The revision log keeps both the tombstone and the re-created row
  (whose revision has the tombstone as parent), so sync sees a delete then a re-insert.
- The signature image (a content-addressed blob) is not deleted on removal: undo needs
  it, and blobs are shared and immutable. Erasing personal data for good is a separate
  action (planned with sync).
"""

from __future__ import annotations

import re
from collections import namedtuple
from functools import cache

from fgd_app.errors import UserError
from fgd_app.store.database import Database
from fgd_app.core.text import fold
from fgd_app.services.fields import collapse

FIELDS = ("name", "position", "nip", "institution", "gender", "phone", "email")
"""The roster fields a person types or a spreadsheet brings, in display order."""

CONSENT_FIELDS = ("consent_name", "consent_photo", "consent_phone")
EDITABLE = frozenset(FIELDS + CONSENT_FIELDS)

NIP_DIGITS = 18  # the civil-servant number since 2008: birth date, appointment, sex, sequence

_MALE = {"l", "lk", "laki", "laki-laki", "laki laki", "lakilaki", "pria", "m", "male", "man"}
_FEMALE = {"p", "pr", "perempuan", "w", "wanita", "f", "female", "woman"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")


class ParticipantRow(
    namedtuple(
        "ParticipantRow",
        "id name position nip institution gender phone email consent_phone checked_in_at signed",
    )
):
    """One participant as tables show it; `checked_in_at` is a naive UTC datetime or None."""

    __slots__ = ()


class Removal(namedtuple("Removal", "record input_ids vote_ids")):
    """What `remove_participant` took away: the full row and the references it cleared."""

    __slots__ = ()

    @property
    def participant_id(self) -> str:
        return self.record["id"]


InstitutionCount = namedtuple("InstitutionCount", "name total present")


class ParticipantCounts(
    namedtuple("ParticipantCounts", "total present by_gender present_by_gender by_institution")
):
    """Head counts; genders are keyed "L", "P" and "" (not recorded), institutions largest first."""

    __slots__ = ()


# -- cleaning fields --------------------------------------------------------------------------


@cache
def _limit(field: str) -> int:
    from fgd_app.store.models import Participant

    return next(m.max_length for m in Participant.model_fields[field].metadata if hasattr(m, "max_length"))


def normalise_gender(value: object) -> str | None:
    """'L', 'P' or None from the many ways lists write it (L/P, Laki-laki, Wanita, M/F ...)."""
    text = collapse(value).casefold().replace(".", "")
    if not text:
        return None
    if text in _MALE:
        return "L"
    if text in _FEMALE:
        return "P"
    raise UserError("participant.gender", value=collapse(value))


def normalise_nip(value: object) -> str:
    """18 digits, spaces removed; empty when absent. Non-civil-servants have no NIP."""
    text = re.sub(r"\s+", "", str(value or ""))
    if not text:
        return ""
    if not text.isascii() or not text.isdigit() or len(text) != NIP_DIGITS:
        raise UserError("participant.nip", value=collapse(value))
    return text


def normalise_phone(value: object) -> str:
    """A phone number lightly tidied: spaces collapsed, the leading 0 Excel drops put back.

    Only characters that belong in a phone number are accepted; the format is otherwise
    kept as written (0812-5471-3306, +62 812 ...), since people recognise their own.
    """
    text = collapse(value)
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE_CHARS.match(text) or not 6 <= len(digits) <= 15:
        raise UserError("participant.phone", value=text)
    if text.isdigit() and text.startswith("8") and 9 <= len(text) <= 12:
        text = "0" + text  # a mobile number typed into a number cell: 81254713306 -> 081254713306
    return text


def normalise_email(value: object) -> str:
    text = collapse(value)
    if text and not _EMAIL.match(text):
        raise UserError("participant.email", value=text)
    return text


def clean_field(field: str, value: object) -> object:
    """One field cleaned and checked against the model's limit; raises `UserError`."""
    if field == "gender":
        return normalise_gender(value)
    if field in CONSENT_FIELDS:
        return bool(value)
    if field == "nip":
        text = normalise_nip(value)
    elif field == "phone":
        text = normalise_phone(value)
    elif field == "email":
        text = normalise_email(value)
    elif field in FIELDS:
        text = collapse(value)
    else:
        raise ValueError(f"not an editable participant field: {field}")
    if field == "name" and not text:
        raise UserError("participant.name_required")
    limit = _limit(field)
    if len(text) > limit:
        raise UserError("participant.too_long", length=len(text), limit=limit)
    return text


def check_fields(fields: dict[str, object]) -> tuple[dict[str, object], dict[str, UserError]]:
    """(cleaned values, problems by field): every field checked, for per-row import reports."""
    cleaned: dict[str, object] = {}
    problems: dict[str, UserError] = {}
    for field, value in fields.items():
        try:
            cleaned[field] = clean_field(field, value)
        except UserError as err:
            problems[field] = err
    return cleaned, problems


def clean_fields(fields: dict[str, object]) -> dict[str, object]:
    """Cleaned values, or the first problem raised (for forms: one message at a time)."""
    cleaned, problems = check_fields(fields)
    if problems:
        raise next(iter(problems.values()))
    return cleaned


# -- duplicates ---------------------------------------------------------------------------


def duplicate_key(name: str, institution: str) -> tuple[str, str]:
    """Name and institution compared the way a person would: case, accents, dots and commas ignored.

    "Drs. Yohanés  Lung, M.Si" at "Diskominfo" matches "drs yohanes lung msi" at
    "DISKOMINFO". Titles are not stripped: two people may share a name, and the title
    is often what tells them apart.
    """
    return fold(name), fold(institution)


def existing_keys(db: Database, workshop_id: str) -> dict[tuple[str, str], str]:
    """duplicate_key -> participant id for everyone already in the workshop."""
    rows = db.rows("SELECT id, name, institution FROM participant WHERE workshop_id = ?", (workshop_id,))
    return {duplicate_key(name, institution): pid for pid, name, institution in rows}


def find_duplicate(
    db: Database, workshop_id: str, name: str, institution: str, exclude_id: str | None = None
) -> str | None:
    """The id of another participant with the same name and institution, or None."""
    key = duplicate_key(name, institution)
    for pid, other_name, other_institution in db.rows(
        "SELECT id, name, institution FROM participant WHERE workshop_id = ?", (workshop_id,)
    ):
        if pid != exclude_id and duplicate_key(other_name, other_institution) == key:
            return pid
    return None


# -- reading ----------------------------------------------------------------------------------

_ROW_SQL = (
    "SELECT id, name, position, nip, institution, gender, phone, email, consent_phone, checked_in_at, "
    "signature_sha256 IS NOT NULL FROM participant"
)


def _row(values: tuple) -> ParticipantRow:
    import datetime as dt

    *head, consent_phone, checked_in_at, signed = values
    when = dt.datetime.fromisoformat(checked_in_at) if checked_in_at else None
    return ParticipantRow(*head, bool(consent_phone), when, bool(signed))


def list_participants(db: Database, workshop_id: str) -> list[ParticipantRow]:
    """Everyone in the workshop, by name as people sort it (case and accents ignored)."""
    rows = [_row(r) for r in db.rows(_ROW_SQL + " WHERE workshop_id = ?", (workshop_id,))]
    rows.sort(key=lambda r: (fold(r.name), r.name, r.id))
    return rows


def get_participant(db: Database, participant_id: str) -> ParticipantRow | None:
    found = db.rows(_ROW_SQL + " WHERE id = ?", (participant_id,))
    return _row(found[0]) if found else None


# -- writing ----------------------------------------------------------------------------------


def add_participant(db: Database, workshop_id: str, **fields: object) -> str:
    """Create a participant from roster fields; returns the new id."""
    from fgd_app.store.models import Participant

    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValueError(f"not participant fields: {sorted(unknown)}")
    cleaned = clean_fields({"name": fields.get("name", ""), **fields})
    with db.transaction() as tx:
        if not tx.conn.execute("SELECT 1 FROM workshop WHERE id = ?", (workshop_id,)).fetchone():
            raise UserError("workshop.not_found", ref=workshop_id)
        return tx.insert(Participant, workshop_id=workshop_id, **cleaned).id


def update_participant(db: Database, participant_id: str, **changes: object) -> ParticipantRow:
    """Change some fields of one participant; returns the stored row (values as cleaned)."""
    from fgd_app.store.models import Participant

    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not participant fields: {sorted(unknown)}")
    cleaned = clean_fields(changes)
    with db.transaction() as tx:
        if tx.read(Participant, participant_id) is None:
            raise UserError("participant.not_found")
        tx.update(Participant, participant_id, **cleaned)
    return get_participant(db, participant_id)


def remove_participant(db: Database, participant_id: str) -> Removal:
    """Delete a participant; their inputs and votes stay, anonymous. Returns what undo needs."""
    from fgd_app.store.models import Input, Participant, Vote

    with db.transaction() as tx:
        record = tx.read(Participant, participant_id)
        if record is None:
            raise UserError("participant.not_found")
        input_ids = tuple(r[0] for r in tx.conn.execute(
            "SELECT id FROM input WHERE speaker_id = ? ORDER BY id", (participant_id,)))
        vote_ids = tuple(r[0] for r in tx.conn.execute(
            "SELECT id FROM vote WHERE voter_id = ? ORDER BY id", (participant_id,)))
        for input_id in input_ids:
            tx.update(Input, input_id, speaker_id=None)
        for vote_id in vote_ids:
            tx.update(Vote, vote_id, voter_id=None)
        tx.delete(Participant, participant_id)
    return Removal(record, input_ids, vote_ids)


def restore_participant(db: Database, removal: Removal) -> str:
    """Undo `remove_participant`: the same row again, and its references re-pointed.

    A reference is re-pointed only while it is still anonymous: if someone has since
    named another speaker for that input, their choice stands.
    """
    from fgd_app.store.models import Input, Participant, Vote

    record = removal.record
    pid = record["id"]
    with db.transaction() as tx:
        if tx.read(Participant, pid) is not None:
            raise UserError("participant.exists")
        if not tx.conn.execute("SELECT 1 FROM workshop WHERE id = ?", (record["workshop_id"],)).fetchone():
            raise UserError("workshop.not_found", ref=record["workshop_id"])
        tx.insert(Participant, **record)
        for input_id in removal.input_ids:
            current = tx.read(Input, input_id)
            if current is not None and current["speaker_id"] is None:
                tx.update(Input, input_id, speaker_id=pid)
        for vote_id in removal.vote_ids:
            current = tx.read(Vote, vote_id)
            if current is not None and current["voter_id"] is None:
                tx.update(Vote, vote_id, voter_id=pid)
    return pid


# -- counts -----------------------------------------------------------------------------------


def counts(db: Database, workshop_id: str) -> ParticipantCounts:
    """Totals and check-ins, by gender and by institution (the minutes and the page show these).

    Institutions that differ only in case, accents or punctuation are counted together
    under the spelling most participants used.
    """
    by_gender = {"L": 0, "P": 0, "": 0}
    present_by_gender = {"L": 0, "P": 0, "": 0}
    groups: dict[str, dict] = {}
    total = present = 0
    for institution, gender, checked_in in db.rows(
        "SELECT institution, gender, checked_in_at IS NOT NULL FROM participant WHERE workshop_id = ?",
        (workshop_id,),
    ):
        total += 1
        key = gender or ""
        by_gender[key] += 1
        group = groups.setdefault(fold(institution), {"spellings": {}, "total": 0, "present": 0})
        group["spellings"][institution] = group["spellings"].get(institution, 0) + 1
        group["total"] += 1
        if checked_in:
            present += 1
            present_by_gender[key] += 1
            group["present"] += 1
    by_institution = [
        InstitutionCount(max(g["spellings"], key=lambda s: (g["spellings"][s], s)), g["total"], g["present"])
        for g in groups.values()
    ]
    by_institution.sort(key=lambda c: (-c.total, c.name == "", fold(c.name)))
    return ParticipantCounts(total, present, by_gender, present_by_gender, by_institution)
