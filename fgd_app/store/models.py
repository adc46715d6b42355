"""The tables. Every user-editable table is *synced*: rows carry device-made ids and
every change is also logged as a revision (see `fgd_app.store.revisions`).

Rules kept by every table here:
- ids are UUIDv7 strings made on the device (catalogue rows use their stable keys);
- lists are JSON columns, instants are naive UTC datetimes, dates and times are local
  to the workshop's regency (its zone is WIB/WITA/WIT from the reference data);
- no ORM relationships: services read and write explicitly, so every write passes
  through `Tx` and is logged.
Changing a table means adding a numbered migration in `store/migrations/`.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import JSON, Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

from fgd_app.core.ids import new_id
from fgd_app.core.limits import (
    EARLIEST_DATE,
    EARLIEST_YEAR,
    LATEST_DATE,
    LATEST_YEAR,
    LIST_MAX,
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_MAX,
    TEXT_MAX,
)
from fgd_app.core.vocab import (
    ActionStatus,
    Gender,
    Horizon,
    InputKind,
    Language,
    Stage,
    VoteSource,
    WorkshopStatus,
)


def _id() -> str:
    return new_id()


def _json_list(max_items: int = LIST_MAX):
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False), max_length=max_items)


def _fk(target: str, nullable: bool = False, max_length: int = 64):
    return Field(default=None if nullable else ..., foreign_key=target, index=True, max_length=max_length)


# --- reference data (not synced: shipped with the app) --------------------------------


class Meta(SQLModel, table=True):
    """Facts about this database file, e.g. which reference data it was seeded with."""

    key: str = Field(primary_key=True)
    value: str


class Regency(SQLModel, table=True):
    """A kabupaten or kota, from resources/reference/regencies.csv."""

    code: str = Field(primary_key=True, max_length=5)  # Kemendagri code, e.g. "64.07"
    name: str
    kind: str  # kabupaten | kota
    province_code: str
    province_name: str
    timezone: str  # WIB | WITA | WIT


# --- catalogue (synced, keyed by stable keys so every laptop shares them) -------------


class Pillar(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=40)
    position: int = 0
    name_id: str = Field(max_length=NAME_MAX)
    name_en: str = Field(max_length=NAME_MAX)


class Element(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=80)  # "<pillar>.<element>"
    pillar_key: str = _fk("pillar.key", max_length=40)
    position: int = 0
    name_id: str = Field(max_length=NAME_MAX)
    name_en: str = Field(max_length=NAME_MAX)
    tag_en: str = Field(default="", max_length=NAME_MAX)


# --- the workshop and its people ---------------------------------------------------------


class Workshop(SQLModel, table=True):
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    regency_code: str = _fk("regency.code", max_length=5)
    title: str = Field(min_length=1, max_length=NAME_MAX)
    stage: Stage = Stage.BIMTEK1
    held_on: dt.date = Field(ge=EARLIEST_DATE, le=LATEST_DATE)
    start_time: Optional[dt.time] = None
    end_time: Optional[dt.time] = None
    venue: str = Field(default="", max_length=SHORT_MAX)
    chair_name: str = Field(default="", max_length=NAME_MAX)
    chair_position: str = Field(default="", max_length=NAME_MAX)
    chair_nip: str = Field(default="", max_length=30)
    note_taker_name: str = Field(default="", max_length=NAME_MAX)
    note_taker_position: str = Field(default="", max_length=NAME_MAX)
    note_taker_nip: str = Field(default="", max_length=30)
    facilitators: list[str] = _json_list()
    language: Language = Language.ID
    pillars: list[str] = _json_list()
    status: WorkshopStatus = WorkshopStatus.PLANNED
    opened_at: Optional[dt.datetime] = None
    closed_at: Optional[dt.datetime] = None
    conclusions: str = Field(default="", max_length=LONG_TEXT_MAX)
    letterhead_lines: list[str] = _json_list(6)
    logo_sha256: Optional[str] = Field(default=None, max_length=64)
    dots_per_participant: int = Field(default=3, ge=1, le=100)  # dot-voting budget per pillar


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    position: int = 0
    title: str = Field(min_length=1, max_length=NAME_MAX)
    pillar_key: Optional[str] = _fk("pillar.key", nullable=True, max_length=40)
    planned_minutes: int = Field(default=30, ge=0, le=24 * 60)
    actual_start: Optional[dt.datetime] = None
    actual_end: Optional[dt.datetime] = None


class Participant(SQLModel, table=True):
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    name: str = Field(min_length=1, max_length=NAME_MAX)
    position: str = Field(default="", max_length=NAME_MAX)  # jabatan
    nip: str = Field(default="", max_length=30)
    institution: str = Field(default="", max_length=NAME_MAX)  # instansi / OPD
    gender: Optional[Gender] = None
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=NAME_MAX)
    consent_name: bool = True  # name may appear in the minutes
    consent_photo: bool = True
    consent_phone: bool = False  # keep the phone number after the workshop
    consent_version: str = Field(default="", max_length=40)
    checked_in_at: Optional[dt.datetime] = None
    signature_sha256: Optional[str] = Field(default=None, max_length=64)


# --- what the room says ------------------------------------------------------------------


class Cluster(SQLModel, table=True):
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    pillar_key: str = _fk("pillar.key", max_length=40)
    element_key: Optional[str] = _fk("element.key", nullable=True, max_length=80)
    title: str = Field(min_length=1, max_length=SHORT_MAX)
    position: int = 0


class Input(SQLModel, table=True):
    __table_args__ = (Index("ix_input_workshop_pillar", "workshop_id", "pillar_key", "position"),)
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    pillar_key: str = _fk("pillar.key", max_length=40)
    element_key: Optional[str] = _fk("element.key", nullable=True, max_length=80)
    kind: InputKind = InputKind.NOTE
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    speaker_id: Optional[str] = _fk("participant.id", nullable=True)  # None: anonymous
    cluster_id: Optional[str] = _fk("cluster.id", nullable=True)
    position: int = 0
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))


class Vote(SQLModel, table=True):
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    input_id: Optional[str] = _fk("input.id", nullable=True)
    cluster_id: Optional[str] = _fk("cluster.id", nullable=True)
    points: int = Field(default=1, ge=0, le=10_000)
    source: VoteSource = VoteSource.DIGITAL
    voter_id: Optional[str] = _fk("participant.id", nullable=True)


class Programme(SQLModel, table=True):
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    pillar_key: str = _fk("pillar.key", max_length=40)
    element_key: Optional[str] = _fk("element.key", nullable=True, max_length=80)
    name: str = Field(min_length=1, max_length=SHORT_MAX)
    description: str = Field(default="", max_length=TEXT_MAX)
    horizon: Horizon = Horizon.MEDIUM
    lead_opd: str = Field(default="", max_length=NAME_MAX)
    supporting_opds: list[str] = _json_list()
    indicator: str = Field(default="", max_length=SHORT_MAX)
    target_year: Optional[int] = Field(default=None, ge=EARLIEST_YEAR, le=LATEST_YEAR)
    funding_source: str = Field(default="", max_length=SHORT_MAX)
    impact: Optional[int] = Field(default=None, ge=1, le=5)
    feasibility: Optional[int] = Field(default=None, ge=1, le=5)
    input_ids: list[str] = _json_list()  # the inputs this programme grew from
    position: int = 0


class ActionItem(SQLModel, table=True):
    __tablename__ = "action_item"
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    pillar_key: Optional[str] = _fk("pillar.key", nullable=True, max_length=40)
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    owner: str = Field(default="", max_length=NAME_MAX)
    due_date: Optional[dt.date] = Field(default=None, ge=EARLIEST_DATE, le=LATEST_DATE)
    status: ActionStatus = ActionStatus.OPEN
    position: int = 0


class Attachment(SQLModel, table=True):
    id: str = Field(default_factory=_id, primary_key=True, max_length=64)
    workshop_id: str = _fk("workshop.id")
    sha256: str = _fk("blob.sha256")
    filename: str = Field(default="", max_length=NAME_MAX)
    caption: str = Field(default="", max_length=SHORT_MAX)
    pillar_key: Optional[str] = _fk("pillar.key", nullable=True, max_length=40)
    element_key: Optional[str] = _fk("element.key", nullable=True, max_length=80)
    input_id: Optional[str] = _fk("input.id", nullable=True)
    position: int = 0


# --- content-addressed bytes and the log ---------------------------------------------------


class Blob(SQLModel, table=True):
    """Immutable bytes (photos, signatures, logos) stored once under their SHA-256."""

    sha256: str = Field(primary_key=True, max_length=64)
    mime: str = Field(max_length=100)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Revision(SQLModel, table=True):
    """One change to one synced row; `snapshot` is None for a delete (a tombstone)."""

    id: str = Field(primary_key=True, max_length=64)
    entity: str
    entity_id: str = Field(index=True)
    workshop_id: Optional[str] = Field(default=None, index=True)  # scope for bundles
    parents: list[str] = _json_list(1000)
    device_id: str
    hlc: int = Field(index=True)
    snapshot: Optional[str] = None  # canonical JSON of the whole row
    redacted: list[str] = _json_list(20)  # fields a minutes-level bundle withheld (see PERSONAL_FIELDS)


class RevisionHead(SQLModel, table=True):
    """The current head revision(s) of every synced row; more than one means a conflict."""

    __tablename__ = "revision_head"
    entity_id: str = Field(primary_key=True)
    revision_id: str = Field(primary_key=True)


SYNCED_MODELS: tuple[type[SQLModel], ...] = (
    Pillar,
    Element,
    Workshop,
    AgendaItem,
    Participant,
    Cluster,
    Input,
    Vote,
    Programme,
    ActionItem,
    Attachment,
)
"""Tables whose every change is logged, in an order where parents come first."""

MODEL_BY_TABLE: dict[str, type[SQLModel]] = {m.__tablename__: m for m in SYNCED_MODELS}

PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {"participant": ("phone", "email", "signature_sha256")}
"""Personal data (UU 27/2022): left out of minutes-level bundles and minutes documents."""
