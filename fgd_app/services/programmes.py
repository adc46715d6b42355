"""The masterplan worksheet of one pillar: programmes, the quick-win shortlist, follow-up actions.

What the room said (SWOT, readiness, decisions) is captured as inputs in the lead's input
list; this module only reads them per kind. What the worksheet *adds* are programmes
(grown from inputs or themes) and follow-up actions, written as recorded actions
(`services.changes`) so the capture screen can undo them.

Decisions where the issue is silent:
- Promoting the same inputs or theme twice is allowed and makes a second candidate: one
  problem often leads to several programmes ("Jaringan internet belum menjangkau 9
  kecamatan" -> a BTS programme and a public Wi-Fi programme). Undo removes an accidental one.
- The sources of a programme are ordered by their position in the input list, so "the
  first input" is the one shown first, whatever order they were selected in.
- A programme's votes are those cast on its inputs plus those cast on the themes those
  inputs belong to *now*; a vote is counted once even when several inputs share its theme.
- A follow-up action cannot be due before the workshop that decided it.
- Field checks are pure functions (`programme_changes`, `action_changes`) so the UI can
  refuse a value at once, before the write is queued.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from fgd_app.core.limits import EARLIEST_YEAR, LATEST_YEAR, LIST_MAX, NAME_MAX, SHORT_MAX, TEXT_MAX
from fgd_app.core.text import shorten
from fgd_app.core.vocab import ActionStatus, Horizon
from fgd_app.errors import UserError
from fgd_app.services.changes import Recorder, recorded
from fgd_app.services.fields import collapse, date_value
from fgd_app.store.models import ActionItem, Cluster, Programme

if TYPE_CHECKING:
    from fgd_app.store.database import Database

ProgrammeRow = namedtuple(
    "ProgrammeRow",
    "id pillar_key element_key name description horizon lead_opd supporting_opds indicator target_year "
    "funding_source impact feasibility input_ids position",
)
QuickWin = namedtuple("QuickWin", "rank programme_id name element_key votes impact feasibility score")
"""One line of the shortlist; `score` is impact x feasibility (None when either is unrated)."""
ActionRow = namedtuple("ActionRow", "id pillar_key text owner due_date status position")
SourceInput = namedtuple("SourceInput", "id text speaker")

_PROGRAMME_COLUMNS = ", ".join(ProgrammeRow._fields)
_TEXT_LIMITS = {"lead_opd": NAME_MAX, "indicator": SHORT_MAX, "funding_source": SHORT_MAX}
PROGRAMME_FIELDS = frozenset({
    "name", "description", "element_key", "horizon", "lead_opd", "supporting_opds", "indicator",
    "target_year", "funding_source", "impact", "feasibility",
})
ACTION_FIELDS = frozenset({"text", "owner", "due_date", "status"})


# -- reading --------------------------------------------------------------------------------------


def inputs_by_kind(db: Database, workshop_id: str, pillar_key: str, kinds: Iterable[str]) -> dict[str, list]:
    """{kind: [(id, text, speaker name or "")]} in input-list order; every asked kind is a key.

    A speaker who did not consent to being named (`consent_name`) is left unnamed: the
    worksheet is often projected in the room.
    """
    kinds = [str(k) for k in kinds]
    found: dict[str, list] = {k: [] for k in kinds}
    if not kinds:
        return found
    marks = ", ".join("?" for _ in kinds)
    for input_id, kind, text, speaker in db.rows(
        f"SELECT i.id, i.kind, i.text, CASE WHEN p.consent_name THEN p.name ELSE '' END FROM input i "
        f"LEFT JOIN participant p ON p.id = i.speaker_id "
        f"WHERE i.workshop_id = ? AND i.pillar_key = ? AND i.kind IN ({marks}) "
        f"ORDER BY i.position, i.created_at, i.id",
        (workshop_id, pillar_key, *kinds),
    ):
        found[kind].append(SourceInput(input_id, text, speaker))
    return found


def list_programmes(db: Database, workshop_id: str, pillar_key: str | None = None) -> list[ProgrammeRow]:
    """The programmes of a pillar (all pillars when None) in worksheet order."""
    where, params = _scope(workshop_id, pillar_key, "")
    rows = db.rows(
        f"SELECT {_PROGRAMME_COLUMNS} FROM programme {where} ORDER BY "
        f"(SELECT position FROM pillar WHERE key = programme.pillar_key), position, id", params)
    return [_programme_row(r) for r in rows]


def quick_wins(db: Database, workshop_id: str, pillar_key: str | None = None) -> list[QuickWin]:
    """Quick-win programmes, ranked: most votes, then impact x feasibility (unrated last), then order.

    The figures travel with each row so the screen and the minutes can show why a
    programme ranks where it does.
    """
    candidates = [p for p in list_programmes(db, workshop_id, pillar_key) if p.horizon == Horizon.QUICK_WIN]
    unranked = [
        QuickWin(0, p.id, p.name, p.element_key, programme_votes(db, workshop_id, p.input_ids), p.impact,
                 p.feasibility, p.impact * p.feasibility if p.impact and p.feasibility else None)
        for p in candidates
    ]
    return rank_quick_wins(unranked)


def rank_quick_wins(wins: Iterable[QuickWin]) -> list[QuickWin]:
    """The shortlist order, ranks renumbered from 1: most votes, then impact x feasibility
    (unrated last); ties keep the order given (worksheet order; FGD order in a consolidated draft)."""
    ranked = sorted(wins, key=lambda w: (-w.votes, w.score is None, -(w.score or 0)))
    return [w._replace(rank=rank) for rank, w in enumerate(ranked, start=1)]


def programme_votes(db: Database, workshop_id: str, input_ids: Iterable[str]) -> int:
    """Points cast on these inputs and on the themes they belong to, each vote counted once."""
    ids = list(dict.fromkeys(input_ids))
    if not ids:
        return 0
    marks = ", ".join("?" for _ in ids)
    return db.scalar(
        f"SELECT coalesce(sum(points), 0) FROM vote WHERE workshop_id = ? AND ("
        f"input_id IN ({marks}) OR cluster_id IN (SELECT cluster_id FROM input WHERE id IN ({marks})))",
        (workshop_id, *ids, *ids),
    )


def list_actions(db: Database, workshop_id: str, pillar_key: str | None = None) -> list[ActionRow]:
    """Follow-up actions of a pillar (every action of the workshop when None)."""
    where, params = _scope(workshop_id, pillar_key, "")
    return [
        ActionRow(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]) if r[4] else None, r[5], r[6])
        for r in db.rows(
            f"SELECT id, pillar_key, text, owner, due_date, status, position FROM action_item {where} "
            f"ORDER BY (SELECT position FROM pillar WHERE key = action_item.pillar_key), position, id", params)
    ]


def institutions(db: Database, workshop_id: str) -> list[str]:
    """Distinct agencies of the participants: what a lead OPD or an owner usually is."""
    rows = db.rows("SELECT DISTINCT institution FROM participant WHERE workshop_id = ? AND institution != '' "
                   "UNION SELECT DISTINCT lead_opd FROM programme WHERE workshop_id = ? AND lead_opd != ''",
                   (workshop_id, workshop_id))
    return sorted({r[0] for r in rows}, key=str.casefold)


def owner_suggestions(db: Database, workshop_id: str) -> list[str]:
    """Who may own a follow-up action: the agencies first (usually an OPD or a section), then people."""
    names = [r[0] for r in db.rows(
        "SELECT name FROM participant WHERE workshop_id = ? ORDER BY name COLLATE NOCASE", (workshop_id,))]
    return list(dict.fromkeys(institutions(db, workshop_id) + names))


def _scope(workshop_id: str, pillar_key: str | None, prefix: str) -> tuple[str, tuple]:
    if pillar_key is None:
        return f"WHERE {prefix}workshop_id = ?", (workshop_id,)
    return f"WHERE {prefix}workshop_id = ? AND {prefix}pillar_key = ?", (workshop_id, pillar_key)


def _programme_row(r: tuple) -> ProgrammeRow:
    values = dict(zip(ProgrammeRow._fields, r, strict=True))
    values["supporting_opds"] = json.loads(values["supporting_opds"])
    values["input_ids"] = json.loads(values["input_ids"])
    return ProgrammeRow(**values)


# -- checking (pure: the UI calls these before queuing a write) -----------------------------------


def programme_changes(fields: Mapping[str, Any]) -> dict[str, Any]:
    """`fields` cleaned for a programme, or a `UserError` naming what is wrong."""
    clean: dict[str, Any] = {}
    for field, value in fields.items():
        if field not in PROGRAMME_FIELDS:
            raise UserError("programme.unknown_field", field=field)
        if field == "name":
            clean[field] = programme_name(value)
        elif field == "description":
            lines = [collapse(line) for line in str(value or "").splitlines()]
            clean[field] = _within("\n".join(line for line in lines if line), TEXT_MAX)
        elif field in _TEXT_LIMITS:
            clean[field] = _within(collapse(value), _TEXT_LIMITS[field])
        elif field == "supporting_opds":
            items = value.splitlines() if isinstance(value, str) else list(value or [])
            opds = list(dict.fromkeys(_within(collapse(i), NAME_MAX) for i in items if collapse(i)))
            if len(opds) > LIST_MAX:
                raise UserError("programme.too_many", limit=LIST_MAX)
            clean[field] = opds
        elif field == "horizon":
            clean[field] = _horizon(value)
        elif field == "target_year":
            clean[field] = _year(value)
        elif field in ("impact", "feasibility"):
            clean[field] = _score(value)
        else:  # element_key: checked against the pillar when written
            clean[field] = collapse(value) or None
    return clean


def programme_name(value: Any) -> str:
    name = collapse(value)
    if not name:
        raise UserError("programme.name_required")
    return _within(name, SHORT_MAX)


def action_changes(fields: Mapping[str, Any], held_on: dt.date | str | None = None) -> dict[str, Any]:
    """`fields` cleaned for a follow-up action; a due date before `held_on` is refused."""
    clean: dict[str, Any] = {}
    for field, value in fields.items():
        if field not in ACTION_FIELDS:
            raise UserError("action.unknown_field", field=field)
        if field == "text":
            text = collapse(value)
            if not text:
                raise UserError("action.text_required")
            clean[field] = _within(text, TEXT_MAX)
        elif field == "owner":
            clean[field] = _within(collapse(value), NAME_MAX)
        elif field == "status":
            try:
                clean[field] = ActionStatus(value).value
            except ValueError:
                raise UserError("action.bad_status", value=value) from None
        else:
            clean[field] = _due_date(value, held_on)
    return clean


def _within(text: str, limit: int) -> str:
    if len(text) > limit:
        raise UserError("programme.too_long", length=len(text), limit=limit)
    return text


def _horizon(value: Any) -> str:
    try:
        return Horizon(value).value
    except ValueError:
        raise UserError("programme.bad_horizon", value=value) from None


def _year(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise UserError("programme.bad_year", value=value, earliest=EARLIEST_YEAR, latest=LATEST_YEAR)
    try:
        year = int(str(value).strip())
    except ValueError:
        raise UserError("programme.bad_year", value=value, earliest=EARLIEST_YEAR, latest=LATEST_YEAR) from None
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise UserError("programme.bad_year", value=value, earliest=EARLIEST_YEAR, latest=LATEST_YEAR)
    return year


def _score(value: Any) -> int | None:
    """Impact or feasibility: 1 (low) to 5 (high), or None when not rated."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or not 1 <= int(text) <= 5:
        raise UserError("programme.bad_score", value=value)
    return int(text)


def _due_date(value: Any, held_on: dt.date | str | None) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    due = date_value(value)  # an unreadable or absurd date (before 2000, after 2100) is refused
    if held_on is not None:
        held = dt.date.fromisoformat(held_on) if isinstance(held_on, str) else held_on
        if due < held:
            raise UserError("action.due_before_workshop", date=due.isoformat(), held_on=held.isoformat())
    return due.isoformat()


# -- programmes -------------------------------------------------------------------------------------


def _promote_to_programme(
    rec: Recorder,
    workshop_id: str,
    pillar_key: str,
    *,
    input_ids: Iterable[str] = (),
    cluster_id: str | None = None,
    name: str | None = None,
    horizon: str = Horizon.MEDIUM,
) -> None:
    """A candidate programme grown from selected inputs and/or a theme (its member inputs).

    The sources are taken in input-list order; only the first LIST_MAX (100) are kept in
    `input_ids` (a theme of more inputs is still promoted, the rest stay in the theme).
    Name: the given one, else the theme's title, else the first input's text shortened
    to SHORT_MAX at a word boundary. Description: the sources' texts, one per line,
    unless the name already is the single source's whole text.
    """
    horizon = _horizon(horizon)
    cluster = None
    if cluster_id:
        cluster = rec.read(Cluster, cluster_id)
        if cluster is None or cluster["workshop_id"] != workshop_id:
            raise UserError("programme.theme_not_found")
        if cluster["pillar_key"] != pillar_key:
            raise UserError("programme.other_pillar")
    sources = _sources(rec, workshop_id, pillar_key, list(input_ids), cluster_id)
    if not sources and cluster is None:
        raise UserError("programme.no_sources")
    sources = sources[:LIST_MAX]
    given = collapse(name)
    title = programme_name(given) if given else cluster["title"] if cluster else shorten(sources[0][2], SHORT_MAX)
    texts = [text for _, _, text in sources]
    description = "" if texts == [title] else shorten("\n".join(collapse(t) for t in texts), TEXT_MAX)
    elements = {element for _, element, _ in sources}
    if cluster is not None and cluster["element_key"]:
        element = cluster["element_key"]
    else:
        element = elements.pop() if len(elements) == 1 else None
    rec.insert(Programme, workshop_id=workshop_id, pillar_key=pillar_key, element_key=element, name=title,
               description=description, horizon=horizon, input_ids=[i for i, _, _ in sources],
               position=_next_position(rec, "programme", workshop_id, pillar_key))


promote_to_programme = recorded(_promote_to_programme)


def _sources(rec: Recorder, workshop_id: str, pillar_key: str, input_ids: list[str], cluster_id: str | None):
    """(id, element_key, text) of the chosen inputs and the theme's members, in list order."""
    rows = {}
    if cluster_id:
        for r in rec.rows("SELECT id, element_key, text, position, created_at FROM input WHERE cluster_id = ?",
                          (cluster_id,)):
            rows[r[0]] = r
    for input_id in dict.fromkeys(input_ids):
        if input_id in rows:
            continue
        found = rec.rows("SELECT id, element_key, text, position, created_at, workshop_id, pillar_key "
                         "FROM input WHERE id = ?", (input_id,))
        if not found or found[0][5] != workshop_id:
            raise UserError("capture.not_found")
        if found[0][6] != pillar_key:
            raise UserError("programme.other_pillar")
        rows[input_id] = found[0][:5]
    ordered = sorted(rows.values(), key=lambda r: (r[3], r[4], r[0]))
    return [(r[0], r[1], r[2]) for r in ordered]


def _add_programme(rec: Recorder, workshop_id: str, pillar_key: str, name: str) -> None:
    """A blank programme typed in directly (not grown from inputs)."""
    rec.insert(Programme, workshop_id=workshop_id, pillar_key=pillar_key, name=programme_name(name),
               position=_next_position(rec, "programme", workshop_id, pillar_key))


add_programme = recorded(_add_programme)


def _update_programme(rec: Recorder, programme_id: str, **fields: Any) -> None:
    current = rec.read(Programme, programme_id)
    if current is None:
        raise UserError("programme.not_found")
    changes = programme_changes(fields)
    element = changes.get("element_key")
    if element is not None:
        known = rec.rows("SELECT 1 FROM element WHERE key = ? AND pillar_key = ?", (element, current["pillar_key"]))
        if not known:
            raise UserError("programme.bad_element", value=element)
    rec.update(Programme, programme_id, **changes)


update_programme = recorded(_update_programme)


def _delete_programme(rec: Recorder, programme_id: str) -> None:
    if rec.read(Programme, programme_id) is None:
        raise UserError("programme.not_found")
    rec.delete(Programme, programme_id)


delete_programme = recorded(_delete_programme)


# -- follow-up actions ------------------------------------------------------------------------------


def _add_action(rec: Recorder, workshop_id: str, pillar_key: str | None, text: str, owner: str = "",
                due_date: dt.date | str | None = None) -> None:
    held_on = _held_on(rec, workshop_id)
    clean = action_changes({"text": text, "owner": owner, "due_date": due_date}, held_on)
    rec.insert(ActionItem, workshop_id=workshop_id, pillar_key=pillar_key or None,
               position=_next_position(rec, "action_item", workshop_id, pillar_key), **clean)


add_action = recorded(_add_action)


def _update_action(rec: Recorder, action_id: str, **fields: Any) -> None:
    current = rec.read(ActionItem, action_id)
    if current is None:
        raise UserError("action.not_found")
    rec.update(ActionItem, action_id, **action_changes(fields, _held_on(rec, current["workshop_id"])))


update_action = recorded(_update_action)


def _remove_action(rec: Recorder, action_id: str) -> None:
    if rec.read(ActionItem, action_id) is None:
        raise UserError("action.not_found")
    rec.delete(ActionItem, action_id)


remove_action = recorded(_remove_action)


def _held_on(rec: Recorder, workshop_id: str) -> str:
    found = rec.rows("SELECT held_on FROM workshop WHERE id = ?", (workshop_id,))
    if not found:
        raise UserError("workshop.not_found", ref=workshop_id)
    return found[0][0]


def _next_position(rec: Recorder, table: str, workshop_id: str, pillar_key: str | None) -> int:
    return rec.rows(f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE workshop_id = ? AND pillar_key IS ?",
                    (workshop_id, pillar_key))[0][0]

