"""Attendance at the door: search as you type, check-in times, walk-ins, signatures, consent.

At the door one laptop takes 30-80 people in a few minutes, so the search must keep up
with typing. `CheckinIndex` folds every participant's name, agency and NIP once
(accents and case removed, old Indonesian spellings such as "Djoko"/"Soekarno" mapped
to the current ones) and answers a query with C-level substring tests only; after a
check-in or a walk-in the page refreshes one entry instead of rebuilding the index.

Writes go through `Tx` like every other change, so attendance, signatures and consent
travel in the revision log. Instants are naive UTC, to the second.

Personal data (UU No. 27 Tahun 2022): the consent text is data with a version
(`resources/consent/consent.json`), and the version a person agreed to is stored with
their choices. Choosing not to keep the phone number deletes it at once, in the same
transaction (data minimisation: the app runs offline with no scheduled clean-up, and a
number nobody agreed to keep should not sit in the file or travel in bundles). A
signature that is replaced or cleared is deleted from the blob table when no row refers
to it any more.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
from collections import namedtuple
from functools import cache

from fgd_app.core.images import image_mime
from fgd_app.core.text import fold
from fgd_app.errors import UserError
from fgd_app.services.fields import validated
from fgd_app.store.database import Database

CONSENT_VERSION = "2026-11"
"""Version of resources/consent/consent.json; stored with every consent choice."""
CONSENT_FILE = ("consent", "consent.json")
CONSENT_CHOICES = ("name", "photo", "keep_phone")

QUERY_MAX_CHARS = 80  # longer than any name; a stray 10 MB paste is cut here, before any work
QUERY_MAX_TOKENS = 8
SIGNATURE_MAX_BYTES = 512 * 1024  # a cropped grayscale signature is 2-20 KB
SIGNATURE_MAX_SIDE = 4096  # pixels
PNG_END = b"IEND\xaeB`\x82"
PNG_MIME = "image/png"

# Leading academic, religious and police/military titles: "Ir. Yohanes Lahang" ranks first for "yoh".
TITLES = frozenset({
    "ir", "dr", "dra", "drs", "drg", "prof", "h", "hj", "kh", "ns", "apt",
    "ipda", "iptu", "akp", "kompol", "akbp", "aiptu", "bripka", "letda", "lettu", "kapten", "mayor", "serka",
})
# Spellings from before the 1972 reform (EYD) still common in older people's names.
_OLD_SPELLING = re.compile("dj|tj|sj|nj|oe|ch")
_NEW_SPELLING = {"dj": "j", "tj": "c", "sj": "sy", "nj": "ny", "oe": "u", "ch": "kh"}
_NIP_QUERY = re.compile(r"[\d ]+")

_COLUMNS = (
    "id, name, institution, position, nip, gender, phone, checked_in_at, signature_sha256, "
    "consent_name, consent_photo, consent_phone, consent_version"
)


class Attendee(namedtuple("Attendee", _COLUMNS.replace(",", ""))):
    """One participant as the check-in page needs them; `checked_in_at` is naive UTC or None."""

    __slots__ = ()

    @property
    def present(self) -> bool:
        return self.checked_in_at is not None

    @property
    def signed(self) -> bool:
        return self.signature_sha256 is not None


def _attendee(row: tuple) -> Attendee:
    values = list(row)
    values[7] = dt.datetime.fromisoformat(values[7]) if values[7] else None
    values[9:12] = (bool(v) for v in values[9:12])
    return Attendee(*values)


def load_attendees(db: Database, workshop_id: str) -> list[Attendee]:
    return [_attendee(r) for r in db.rows(f"SELECT {_COLUMNS} FROM participant WHERE workshop_id = ?", (workshop_id,))]


def get_attendee(db: Database, participant_id: str) -> Attendee | None:
    rows = db.rows(f"SELECT {_COLUMNS} FROM participant WHERE id = ?", (participant_id,))
    return _attendee(rows[0]) if rows else None


# -- search --------------------------------------------------------------------------------


def respell(folded: str) -> str:
    """Old spellings mapped to current ones ("soekarno" -> "sukarno"); applied to both sides."""
    return _OLD_SPELLING.sub(lambda m: _NEW_SPELLING[m.group()], folded)


def _core_name(folded_name: str) -> str:
    words = folded_name.split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


class _Entry:
    """Pre-folded search fields of one attendee. Leading spaces make " tok" in x a word-prefix test."""

    __slots__ = ("attendee", "name", "name_alt", "core", "core_alt", "hay", "hay_alt", "nip")

    def __init__(self, attendee: Attendee):
        name = fold(attendee.name)
        hay = " ".join(part for part in (name, fold(attendee.institution), attendee.nip.replace(" ", "")) if part)
        self.attendee = attendee
        self.name, self.name_alt = " " + name, " " + respell(name)
        self.core = _core_name(name)
        self.core_alt = respell(self.core)
        self.hay, self.hay_alt = " " + hay, " " + respell(hay)
        self.nip = "".join(c for c in attendee.nip if c.isdigit())

    def order(self) -> tuple:
        return (self.attendee.present, self.core, self.attendee.id)


def normalize_query(query: str) -> tuple[str, ...]:
    """The query's folded words; anything past QUERY_MAX_CHARS or QUERY_MAX_TOKENS is ignored."""
    return tuple(fold(query[:QUERY_MAX_CHARS]).split()[:QUERY_MAX_TOKENS])


class CheckinIndex:
    """In-memory search over one workshop's participants.

    Every word of the query must occur in the name, agency or NIP (so word prefixes and
    inner substrings both match). Results are ranked: the name (without leading titles)
    starts with the query; every word starts a word of the name; every word starts a word
    of name, agency or NIP; any substring. Within a rank people not yet checked in come
    first, then by name. A query of digits (spaces allowed) also matches the NIP.
    """

    def __init__(self, attendees: list[Attendee] | tuple[Attendee, ...] = ()):
        self._entries: dict[str, _Entry] = {a.id: _Entry(a) for a in attendees}
        self._everyone: list[Attendee] | None = None

    @classmethod
    def build(cls, db: Database, workshop_id: str) -> CheckinIndex:
        return cls(load_attendees(db, workshop_id))

    # -- keeping it current ---------------------------------------------------------------

    def update(self, attendee: Attendee) -> None:
        """Add or replace one attendee (after a check-in, a walk-in, a consent change)."""
        self._entries[attendee.id] = _Entry(attendee)
        self._everyone = None

    def remove(self, participant_id: str) -> None:
        if self._entries.pop(participant_id, None) is not None:
            self._everyone = None

    def refresh(self, db: Database, participant_id: str) -> Attendee | None:
        """Re-read one participant from the database; returns it (None: it was deleted)."""
        attendee = get_attendee(db, participant_id)
        if attendee is None:
            self.remove(participant_id)
        else:
            self.update(attendee)
        return attendee

    # -- reading --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, participant_id: str) -> Attendee | None:
        entry = self._entries.get(participant_id)
        return entry.attendee if entry else None

    def present_count(self) -> int:
        return sum(1 for e in self._entries.values() if e.attendee.present)

    def institutions(self) -> list[str]:
        """Distinct agencies, for completing a walk-in's agency."""
        return sorted({e.attendee.institution for e in self._entries.values() if e.attendee.institution},
                      key=str.casefold)

    def everyone(self) -> list[Attendee]:
        """All attendees: not yet checked in first, then by name."""
        if self._everyone is None:
            self._everyone = [e.attendee for e in sorted(self._entries.values(), key=_Entry.order)]
        return self._everyone

    def search(self, query: str, limit: int | None = None) -> list[Attendee]:
        tokens = normalize_query(query)
        if not tokens:
            found = self.everyone()
            return list(found[:limit] if limit else found)
        alt = tuple(respell(t) for t in tokens)
        phrase, phrase_alt = " ".join(tokens), " ".join(alt)
        digits = "".join(tokens) if _NIP_QUERY.fullmatch(phrase) and len("".join(tokens)) >= 3 else ""
        starts = tuple(" " + t for t in tokens)
        starts_alt = tuple(" " + t for t in alt)
        ranked = []
        for e in self._entries.values():
            if digits and digits in e.nip:
                rank = 1 if e.nip.startswith(digits) else 2
            elif all(t in e.hay or a in e.hay_alt for t, a in zip(tokens, alt)):
                if e.core.startswith(phrase) or e.core_alt.startswith(phrase_alt) or e.name.startswith(" " + phrase):
                    rank = 0
                elif all(s in e.name or a in e.name_alt for s, a in zip(starts, starts_alt)):
                    rank = 1
                elif all(s in e.hay or a in e.hay_alt for s, a in zip(starts, starts_alt)):
                    rank = 2
                else:
                    rank = 3
            else:
                continue
            ranked.append((rank, e.attendee.present, e.core, e.attendee.id, e.attendee))
        ranked.sort(key=lambda r: r[:4])
        if limit:
            ranked = ranked[:limit]
        return [r[4] for r in ranked]


# -- attendance ----------------------------------------------------------------------------


def utc_now() -> dt.datetime:
    """Now as naive UTC to the second (how instants are stored)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _as_utc(at: dt.datetime | None) -> dt.datetime:
    if at is None:
        return utc_now()
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.replace(microsecond=0)


def _participant_row(tx, participant_id: str) -> dict:
    from fgd_app.store.models import Participant

    row = tx.read(Participant, participant_id)
    if row is None:
        raise UserError("checkin.not_found")
    return row


def check_in(db: Database, participant_id: str, at: dt.datetime | None = None) -> dt.datetime:
    """Record that the participant arrived; returns the check-in time (naive UTC).

    Idempotent: checking in someone already present keeps (and returns) the first time,
    because the first arrival is what the attendance list must show.
    """
    from fgd_app.store.models import Participant

    instant = _as_utc(at)
    with db.transaction() as tx:
        row = _participant_row(tx, participant_id)
        if row["checked_in_at"]:
            return dt.datetime.fromisoformat(row["checked_in_at"])
        tx.update(Participant, participant_id, checked_in_at=instant)
    return instant


def undo_check_in(db: Database, participant_id: str) -> None:
    """Mark the participant absent again (a wrong person was checked in).

    The signature goes too: a signature on the list of someone not present would be false.
    """
    from fgd_app.store.models import Participant

    with db.transaction() as tx:
        row = _participant_row(tx, participant_id)
        tx.update(Participant, participant_id, checked_in_at=None, signature_sha256=None)
        tx.drop_blob_if_unused(row["signature_sha256"])


def register_walk_in(
    db: Database,
    workshop_id: str,
    name: str,
    institution: str,
    position: str = "",
    gender: str | None = None,
    *,
    nip: str = "",
    phone: str = "",
    at: dt.datetime | None = None,
) -> str:
    """Add someone who is not on the list and check them in, in one transaction; returns the id.

    Refused when the workshop already has a participant with the same name and agency
    (accents and case ignored): that person should be found by the search instead, and
    a second row would split their attendance and signature.
    """
    from fgd_app.services.participants import clean_fields, find_duplicate
    from fgd_app.store.models import Participant

    fields = clean_fields({"name": name, "institution": institution, "position": position, "gender": gender,
                           "nip": nip, "phone": phone})  # the same cleaning as the participants page
    if not db.scalar("SELECT 1 FROM workshop WHERE id = ?", (workshop_id,)):
        raise UserError("workshop.not_found", ref=workshop_id)
    existing = find_duplicate(db, workshop_id, fields["name"], fields["institution"])
    if existing:  # that person should be found by the search: a second row would split their attendance
        raise UserError("checkin.walk_in_exists", name=db.scalar("SELECT name FROM participant WHERE id = ?", (existing,)))
    with db.transaction() as tx:
        return validated(lambda: tx.insert(Participant, workshop_id=workshop_id, **fields, checked_in_at=_as_utc(at))).id


# -- signatures ----------------------------------------------------------------------------


def validate_png(data: bytes) -> tuple[int, int]:
    """Check that `data` is one whole PNG of sane size; returns (width, height)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise UserError("checkin.signature_invalid")
    data = bytes(data)
    if len(data) > SIGNATURE_MAX_BYTES:
        raise UserError("checkin.signature_too_large", size=len(data) // 1024, limit=SIGNATURE_MAX_BYTES // 1024)
    if len(data) < 45 or image_mime(data) != PNG_MIME or data[12:16] != b"IHDR" or not data.endswith(PNG_END):
        raise UserError("checkin.signature_invalid")
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= SIGNATURE_MAX_SIDE and 0 < height <= SIGNATURE_MAX_SIDE):
        raise UserError("checkin.signature_invalid")
    return width, height


def set_signature(db: Database, participant_id: str, png: bytes) -> str:
    """Store the signature image as a blob and link it; returns its SHA-256.

    Only a checked-in participant can sign: the signature certifies presence. A previous
    signature that nothing else uses is deleted.
    """
    from fgd_app.store.models import Participant

    validate_png(png)
    with db.transaction() as tx:
        row = _participant_row(tx, participant_id)
        if not row["checked_in_at"]:
            raise UserError("checkin.sign_needs_checkin", name=row["name"])
        digest = tx.put_blob(bytes(png), PNG_MIME)
        tx.update(Participant, participant_id, signature_sha256=digest)
        if row["signature_sha256"] != digest:
            tx.drop_blob_if_unused(row["signature_sha256"])
    return digest


def clear_signature(db: Database, participant_id: str) -> None:
    from fgd_app.store.models import Participant

    with db.transaction() as tx:
        row = _participant_row(tx, participant_id)
        tx.update(Participant, participant_id, signature_sha256=None)
        tx.drop_blob_if_unused(row["signature_sha256"])


def signature_png(db: Database, participant_id: str) -> bytes | None:
    """The stored signature image of a participant, or None."""
    data = db.scalar(
        "SELECT b.data FROM participant p JOIN blob b ON b.sha256 = p.signature_sha256 WHERE p.id = ?",
        (participant_id,),
    )
    return bytes(data) if data is not None else None


# -- consent -------------------------------------------------------------------------------


@cache
def _consent_file() -> dict:
    from fgd_app.resources import resource

    data = json.loads(resource(*CONSENT_FILE).read_text("utf-8"))
    if data.get("version") != CONSENT_VERSION:
        raise RuntimeError(f"consent.json has version {data.get('version')!r}, the app expects {CONSENT_VERSION!r}")
    return data


def consent_texts(lang: str = "id") -> dict[str, str]:
    """The consent texts in `lang`: title, intro, name, photo, keep_phone, plus version and law."""
    data = _consent_file()
    texts = dict(data["en" if lang == "en" else "id"])
    texts["version"] = data["version"]
    texts["law"] = data["law"]
    return texts


def set_consent(db: Database, participant_id: str, name: bool, photo: bool, keep_phone: bool) -> None:
    """Record the participant's three choices under the current consent version.

    `keep_phone=False` deletes the stored phone number in the same transaction; choosing
    True later does not bring it back (it must be asked for again).
    """
    from fgd_app.store.models import Participant

    changes = dict(consent_name=bool(name), consent_photo=bool(photo), consent_phone=bool(keep_phone),
                   consent_version=CONSENT_VERSION)
    if not keep_phone:
        changes["phone"] = ""
    with db.transaction() as tx:
        _participant_row(tx, participant_id)
        tx.update(Participant, participant_id, **changes)

