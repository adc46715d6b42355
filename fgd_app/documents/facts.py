"""The facts about one workshop that every document starts from, read once.

Both the minutes and the masterplan draft need the regency, the date in words, the
local time zone, the people who chair and take notes, and the pillar and element
names in the document's language; reading them in one place keeps both documents
saying the same thing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fgd_app.core.dates import instant, long_date
from fgd_app.core.timezones import local_clock
from fgd_app.errors import UserError
from fgd_app.services import catalogue
from fgd_app.services.workshop_setup import logo

if TYPE_CHECKING:
    from fgd_app.store.database import Database


@dataclass(frozen=True)
class Person:
    name: str
    position: str
    nip: str


@dataclass(frozen=True)
class WorkshopFacts:
    id: str
    title: str
    stage: str
    status: str
    held_on: dt.date
    zone: str
    regency: str
    province: str
    venue: str
    chair: Person
    note_taker: Person
    letterhead: tuple[str, ...]
    logo: bytes | None
    start_time: dt.time | None
    end_time: dt.time | None
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None
    conclusions: str
    pillars: tuple[str, ...]  # chosen for this workshop, in catalogue order
    pillar_names: dict[str, str]  # every pillar, in the document's language
    element_names: dict[str, str]
    lang: str

    def date_text(self, weekday: bool = True) -> str:
        return long_date(self.held_on, self.lang, weekday=weekday)

    def clock(self, instant: dt.datetime | None) -> str:
        """"09.05 WITA": Indonesian documents separate hours and minutes with a full stop."""
        if instant is None:
            return ""
        text = local_clock(instant, self.zone)
        return text.replace(":", ".") if self.lang == "id" else text

    def wall(self, value: dt.time | None) -> str:
        if value is None:
            return ""
        text = f"{value:%H:%M}"
        return text.replace(":", ".") if self.lang == "id" else text

    @property
    def place_for_signature(self) -> str:
        """The place written above the chair's signature: the regency's name without its kind."""
        name = self.regency
        for prefix in ("Kabupaten ", "Kota Administrasi ", "Kota "):
            if name.startswith(prefix):
                return name[len(prefix):]
        return name


def load_facts(db: Database, workshop_id: str, lang: str) -> WorkshopFacts:
    found = db.rows(
        "SELECT w.title, w.stage, w.status, w.held_on, r.timezone, r.name, r.province_name, w.venue, "
        "w.chair_name, w.chair_position, w.chair_nip, w.note_taker_name, w.note_taker_position, w.note_taker_nip, "
        "w.letterhead_lines, w.start_time, w.end_time, w.opened_at, w.closed_at, w.conclusions, w.pillars "
        "FROM workshop w JOIN regency r ON r.code = w.regency_code WHERE w.id = ?",
        (workshop_id,),
    )
    if not found:
        raise UserError("workshop.not_found", ref=workshop_id)
    (title, stage, status, held_on, zone, regency, province, venue, chair_name, chair_position, chair_nip,
     note_name, note_position, note_nip, letterhead, start, end, opened, closed, conclusions, pillars) = found[0]
    pillar_names = {p.key: p.name(lang) for p in catalogue.pillars(db)}
    element_names = {e.key: e.name(lang) for e in catalogue.elements(db)}
    chosen = set(json.loads(pillars) or [])
    image = logo(db, workshop_id)
    return WorkshopFacts(
        id=workshop_id, title=title, stage=stage, status=status, held_on=dt.date.fromisoformat(held_on),
        zone=zone, regency=regency, province=province, venue=venue,
        chair=Person(chair_name, chair_position, chair_nip), note_taker=Person(note_name, note_position, note_nip),
        letterhead=tuple(json.loads(letterhead) or []), logo=image[0] if image else None,
        start_time=_time(start), end_time=_time(end), opened_at=instant(opened), closed_at=instant(closed),
        conclusions=conclusions or "", pillars=tuple(k for k in pillar_names if k in chosen),
        pillar_names=pillar_names, element_names=element_names, lang=lang,
    )


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None

