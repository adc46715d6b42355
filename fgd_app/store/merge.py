"""Merging concurrent edits: the synced tables as a function of the revision log.

Each row's revisions form a small graph (a revision names the head(s) it replaced as
its parents). The revisions nobody names are the row's *heads*. One head: the row is
that snapshot. Several heads (edits made on two laptops before they met): a three-way
merge against their latest common ancestor, field by field:

- a field changed by one side only takes that side's value;
- a field changed on two sides to different values is a **conflict**: both values are
  kept in the log and listed in `conflict`; the table shows the newest (by hybrid
  clock, then device, then id) until a person resolves it;
- a delete on one side and an edit on the other is a conflict too, and the row stays
  (nothing is removed that somebody was still editing);
- a row deleted on one side but still referenced by a row made on another (a vote on
  a removed input) comes back, with an `in_use` conflict.

The outcome depends only on the set of revisions, never on the order they arrived, so
every laptop that holds the same revisions shows the same tables and conflicts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from fgd_app.store.codec import canonical_json, column_list, table_info, to_db_params
from fgd_app.store.models import MODEL_BY_TABLE, SYNCED_MODELS

WHOLE_ROW = "*"
CHUNK = 500  # ids per `IN (...)` query (SQLite allows 999 parameters by default)


@dataclass(frozen=True)
class Rev:
    id: str
    entity: str
    entity_id: str
    workshop_id: str | None
    parents: tuple[str, ...]
    device_id: str
    hlc: int
    snapshot: dict | None  # None: a tombstone
    redacted: frozenset[str] = frozenset()

    @property
    def order(self) -> tuple[int, str, str]:
        """Newest first when sorted in reverse: the clock, then the device, then the id."""
        return (self.hlc, self.device_id, self.id)


@dataclass
class Conflict:
    entity: str
    entity_id: str
    workshop_id: str | None
    field: str
    kind: str  # 'field', 'deleted' or 'in_use'
    sides: list[dict] = field(default_factory=list)


@dataclass
class Outcome:
    record: dict | None
    conflicts: list[Conflict]
    heads: list[Rev]


# -- reading revisions ----------------------------------------------------------------------

REV_SQL = "SELECT id, entity, entity_id, workshop_id, parents, device_id, hlc, snapshot, redacted FROM revision"


def rev_from_row(row: tuple) -> Rev:
    rid, entity, entity_id, workshop_id, parents, device_id, hlc, snapshot, redacted = row
    return Rev(rid, entity, entity_id, workshop_id, tuple(json.loads(parents)), device_id, hlc,
               None if snapshot is None else json.loads(snapshot), frozenset(json.loads(redacted or "[]")))


def load_revisions(conn, entity_ids: list[str] | None,
                   known: dict[str, Rev] | None = None) -> dict[str, dict[str, Rev]]:
    """entity_id -> revision id -> Rev, for the given entities (all when None).

    `known`: revisions the caller holds already as they are stored (an import's new
    ones); only the others are read and decoded.
    """
    found: dict[str, dict[str, Rev]] = {}
    if entity_ids is None:
        batches = [conn.execute(REV_SQL)]
    elif known:
        batches = (_load_unknown(conn, chunk, known, found) for chunk in _chunks(entity_ids))
    else:
        batches = (conn.execute(f"{REV_SQL} WHERE entity_id IN ({', '.join('?' * len(chunk))})", chunk)
                   for chunk in _chunks(entity_ids))
    for rows in batches:
        for row in rows:
            rev = rev_from_row(row)
            found.setdefault(rev.entity_id, {})[rev.id] = rev
    return found


def _load_unknown(conn, entity_ids: list[str], known: dict[str, Rev], found: dict[str, dict[str, Rev]]) -> list:
    """Place the known revisions of these rows in `found`; return the rows of the others."""
    marks = ", ".join("?" * len(entity_ids))
    unknown = []
    for rid, entity_id in conn.execute(f"SELECT id, entity_id FROM revision WHERE entity_id IN ({marks})", entity_ids):
        if rid in known:
            found.setdefault(entity_id, {})[rid] = known[rid]
        else:
            unknown.append(rid)
    return [row for chunk in _chunks(unknown)
            for row in conn.execute(f"{REV_SQL} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)]


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


# -- merging one row --------------------------------------------------------------------------

@cache
def defaults(entity: str) -> dict[str, Any]:
    """Every column's default as canonical JSON values: fills fields an older app did not
    know (schema upgrades) and fields a minutes-level bundle withheld."""
    model = MODEL_BY_TABLE[entity]
    values = {}
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            values[name] = info.default_factory()
        elif not info.is_required():
            values[name] = info.default.value if hasattr(info.default, "value") else info.default
    return values


def complete(entity: str, snapshot: dict) -> dict:
    return {**defaults(entity), **snapshot}


def heads_of(revs: dict[str, Rev]) -> list[Rev]:
    if len(revs) == 1:
        return list(revs.values())  # most rows an import brings are new: one revision, its own head
    named = {p for rev in revs.values() for p in rev.parents}
    return sorted((r for r in revs.values() if r.id not in named), key=lambda r: r.order, reverse=True)


def merge_entity(revs: dict[str, Rev]) -> Outcome:
    """The row (or None when deleted) and its conflicts, from all revisions of one row."""
    heads = heads_of(revs)
    newest = heads[0]
    if len(heads) == 1:
        record = None if newest.snapshot is None else whole_row(revs, newest)[0]
        return Outcome(record, [], heads)
    base = _common_ancestor(revs, heads)
    base_record = whole_row(revs, base)[0] if base is not None and base.snapshot is not None else None
    live = [h for h in heads if h.snapshot is not None]
    dead = [h for h in heads if h.snapshot is None]
    if not live:
        return Outcome(None, [], heads)
    record, conflicts, edited = _merge_fields(newest, [(h, *whole_row(revs, h)) for h in live], base_record)
    if dead and not edited:
        return Outcome(None, [], heads)  # the surviving side changed nothing: the delete stands
    if dead:
        sides = [_side(h, None) for h in heads]
        conflicts.insert(0, Conflict(newest.entity, newest.entity_id, _scope(heads), WHOLE_ROW, "deleted", sides))
    return Outcome(record, conflicts, heads)


def whole_row(revs: dict[str, Rev], rev: Rev) -> tuple[dict, frozenset[str]]:
    """A live revision's whole row, and the fields nobody here holds for it.

    A field the revision withholds (a minutes-level copy, or an edit made on one) has the
    value of the nearest earlier revision that carries it; when none here does, the
    default stands and the field is unknown: never counted as a change.
    """
    record = complete(rev.entity, rev.snapshot)
    unknown = set(rev.redacted)
    if unknown:
        earlier = sorted((revs[r] for r in _ancestors(revs, rev.id) - {rev.id}), key=lambda r: r.order, reverse=True)
        for ancestor in earlier:
            carried = set() if ancestor.snapshot is None else unknown - ancestor.redacted
            if carried:
                values = complete(ancestor.entity, ancestor.snapshot)
                record.update((name, values[name]) for name in carried)
                unknown -= carried
            if not unknown:
                break
    return record, frozenset(unknown)


def _merge_fields(newest: Rev, records: list[tuple[Rev, dict, frozenset[str]]],
                  base: dict | None) -> tuple[dict, list[Conflict], bool]:
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    edited = False
    for name in _columns(newest.entity):
        changes = [(h, r[name]) for h, r, unknown in records
                   if name not in unknown and (base is None or r[name] != base[name])]
        edited |= base is not None and bool(changes)
        if not changes:
            merged[name] = base[name] if base is not None else records[0][1][name]
            continue
        merged[name] = changes[0][1]  # the newest side's value is shown until a person decides
        if len({canonical_json(v) for _, v in changes}) > 1:
            conflicts.append(Conflict(newest.entity, newest.entity_id, _scope([h for h, _, _ in records]), name,
                                      "field", [_side(h, v) for h, v in changes]))
    return merged, conflicts, edited


@cache
def _columns(entity: str) -> tuple[str, ...]:
    return table_info(MODEL_BY_TABLE[entity])[2]


def _side(rev: Rev, value: Any) -> dict:
    return {"revision_id": rev.id, "device_id": rev.device_id, "hlc": rev.hlc, "value": value,
            "deleted": rev.snapshot is None}


def _scope(revs: list[Rev]) -> str | None:
    return next((r.workshop_id for r in revs if r.workshop_id), None)


def _ancestors(revs: dict[str, Rev], start: str) -> set[str]:
    seen, stack = set(), [start]
    while stack:
        rid = stack.pop()
        if rid in seen or rid not in revs:
            continue
        seen.add(rid)
        stack.extend(revs[rid].parents)
    return seen


def _common_ancestor(revs: dict[str, Rev], heads: list[Rev]) -> Rev | None:
    """The newest of the latest common ancestors (there may be several after criss-cross merges)."""
    lines = [_ancestors(revs, h.id) for h in heads]
    common = set.intersection(*lines)
    if not common:
        return None
    below = set()
    for rid in common:
        below |= _ancestors(revs, rid) - {rid}
    latest = [revs[rid] for rid in common - below]
    return max(latest, key=lambda r: r.order)


# -- applying outcomes to the tables ----------------------------------------------------------

def refresh(conn, entity_ids: list[str] | None = None, known: dict[str, Rev] | None = None) -> list[Conflict]:
    """Recompute heads, rows and conflicts of the given rows (all when None) from the log.

    Runs inside the caller's transaction. Rows kept only because something used them
    (`in_use`) are looked at again every time, so a row is back exactly while a live row
    still points at it, whatever order the revisions arrived in. Foreign keys are
    checked at commit, after the repair pass.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    if entity_ids is not None:
        kept = [eid for (eid,) in conn.execute("SELECT entity_id FROM conflict WHERE kind = 'in_use'")]
        entity_ids = sorted(set(entity_ids) | set(kept))
    by_entity = load_revisions(conn, entity_ids, known)
    outcomes = {eid: merge_entity(revs) for eid, revs in by_entity.items()}
    _write_heads(conn, outcomes, entity_ids)
    _write_rows(conn, outcomes)
    conflicts = [c for o in outcomes.values() for c in o.conflicts]
    conflicts += _repair_references(conn, by_entity, outcomes)
    _write_conflicts(conn, list(outcomes), conflicts, entity_ids is None)
    return conflicts


def _write_heads(conn, outcomes: dict[str, Outcome], entity_ids: list[str] | None) -> None:
    if entity_ids is None:
        conn.execute("DELETE FROM revision_head")
    else:
        conn.executemany("DELETE FROM revision_head WHERE entity_id = ?", [(e,) for e in outcomes])
    conn.executemany("INSERT INTO revision_head (entity_id, revision_id) VALUES (?, ?)",
                     [(eid, h.id) for eid, o in outcomes.items() for h in o.heads])


def _write_rows(conn, outcomes: dict[str, Outcome]) -> None:
    """Insert the rows that are new here, update those that changed, delete the dead.

    (A plain INSERT costs a third of an upsert in SQLite, and most rows an import
    writes are new; rows whose merged values equal the stored ones are not rewritten.)
    """
    upserts, deletes = _by_table(outcomes)
    for model in SYNCED_MODELS:
        table, pk, columns, _ = table_info(model)
        if table not in upserts:
            continue
        at = columns.index(pk)
        params = [to_db_params(model, r) for r in upserts[table]]
        stored = _stored_rows(conn, model, [p[at] for p in params])
        fresh = [p for p in params if p[at] not in stored]
        changed = [(*p, p[at]) for p in params if p[at] in stored and stored[p[at]] != p]
        if fresh:
            conn.executemany(f'INSERT INTO {table} ({column_list(model)}) VALUES ({", ".join("?" for _ in columns)})',
                             fresh)
        if changed:
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            conn.executemany(f'UPDATE {table} SET {assignments} WHERE "{pk}" = ?', changed)
    for model in reversed(SYNCED_MODELS):
        table, pk, _, _ = table_info(model)
        if table in deletes:
            conn.executemany(f'DELETE FROM {table} WHERE "{pk}" = ?', [(e,) for e in deletes[table]])


def _by_table(outcomes: dict[str, Outcome]) -> tuple[dict[str, list[dict]], dict[str, list[str]]]:
    """table -> the live records, and table -> the deleted keys, of some outcomes."""
    live: dict[str, list[dict]] = {}
    dead: dict[str, list[str]] = {}
    for eid, outcome in outcomes.items():
        table = outcome.heads[0].entity
        if outcome.record is None:
            dead.setdefault(table, []).append(eid)
        else:
            live.setdefault(table, []).append(outcome.record)
    return live, dead


def _stored_rows(conn, model, keys: list[str]) -> dict[str, tuple]:
    """key -> the stored row's column values (as `to_db_params` gives them), for the keys present."""
    table, pk, columns, _ = table_info(model)
    at, found = columns.index(pk), {}
    for chunk in _chunks(keys):
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(f'SELECT {column_list(model)} FROM {table} WHERE "{pk}" IN ({marks})', chunk):
            found[row[at]] = row
    return found


def _repair_references(conn, loaded: dict[str, dict[str, Rev]], written: dict[str, Outcome]) -> list[Conflict]:
    """Bring back deleted rows that live rows still point at; each becomes an `in_use` conflict.

    Only the references the rows just `written` (and then the restored rows) could have
    broken are looked at, so the cost follows the import, not the database.
    A reference to a row that never existed here (not even as a tombstone) cannot be
    repaired: `DanglingReference` makes the caller roll the whole import back.
    """
    conflicts: list[Conflict] = []
    while True:
        missing = _missing_parents(conn, written)
        if not missing:
            return conflicts
        revs_by_entity = load_revisions(conn, sorted({key for _, key, _ in missing} - set(loaded)))
        loaded.update(revs_by_entity)
        written = {}
        for parent_table, key, (child_table, child_id) in missing:
            revs = loaded.get(key)
            last_live = max((r for r in (revs or {}).values() if r.snapshot is not None),
                            key=lambda r: r.order, default=None)
            if last_live is None or parent_table not in MODEL_BY_TABLE:
                raise DanglingReference(child_table, child_id, parent_table, key)
            if key in written:
                continue
            heads = heads_of(revs)
            conflicts.append(Conflict(parent_table, key, last_live.workshop_id, WHOLE_ROW, "in_use",
                                      [_side(h, None) for h in heads]))
            written[key] = Outcome(whole_row(revs, last_live)[0], [], heads)
            _write_rows(conn, {key: written[key]})


class DanglingReference(Exception):
    def __init__(self, child_table: str, child_id: str, parent_table: str, key: str):
        super().__init__(f"{child_table} {child_id} refers to {parent_table} {key}, which is unknown here")
        self.child_table, self.child_id, self.parent_table, self.key = child_table, child_id, parent_table, key


def _missing_parents(conn, written: dict[str, Outcome]) -> list[tuple[str, str, tuple[str, str]]]:
    """(parent table, missing key, (child table, child id)) for every reference these rows
    break: a live row pointing at a row that is not here, or a deleted row still pointed at."""
    live, dead = _by_table(written)
    found = []
    for table, records in live.items():
        pk = table_info(MODEL_BY_TABLE[table])[1]
        for column, parent, target in foreign_keys(table):
            keys = sorted({r[column] for r in records if r[column] is not None})
            present = {k for chunk in _chunks(keys) for (k,) in conn.execute(
                f'SELECT "{target}" FROM {parent} WHERE "{target}" IN ({", ".join("?" * len(chunk))})', chunk)}
            found += [(parent, r[column], (table, r[pk])) for r in records
                      if r[column] is not None and r[column] not in present]
    for parent, keys in dead.items():
        for child, column, _ in referrers(parent):
            pk = table_info(MODEL_BY_TABLE[child])[1]
            for chunk in _chunks(keys):
                found += [(parent, key, (child, child_id)) for child_id, key in conn.execute(
                    f'SELECT "{pk}", "{column}" FROM {child} WHERE "{column}" IN ({", ".join("?" * len(chunk))})',
                    chunk)]
    return found


@cache
def foreign_keys(table: str) -> tuple[tuple[str, str, str], ...]:
    """(column, parent table, parent column) of every reference a synced table makes."""
    return tuple(sorted((fk.parent.name, fk.column.table.name, fk.column.name)
                        for fk in MODEL_BY_TABLE[table].__table__.foreign_keys))


@cache
def referrers(parent: str) -> tuple[tuple[str, str, str], ...]:
    """(child table, column, parent column) of every synced reference to `parent`."""
    return tuple((child, column, target) for child in MODEL_BY_TABLE
                 for column, table, target in foreign_keys(child) if table == parent)


def _write_conflicts(conn, entity_ids: list[str], conflicts: list[Conflict], everything: bool) -> None:
    if everything:
        conn.execute("DELETE FROM conflict")
    else:
        stale = set(entity_ids) | {c.entity_id for c in conflicts}  # restored rows may lie outside entity_ids
        conn.executemany("DELETE FROM conflict WHERE entity_id = ?", [(e,) for e in stale])
    conn.executemany(
        "INSERT OR REPLACE INTO conflict (entity_id, field, entity, workshop_id, kind, sides) VALUES (?, ?, ?, ?, ?, ?)",
        [(c.entity_id, c.field, c.entity, c.workshop_id, c.kind, canonical_json(c.sides)) for c in conflicts],
    )
