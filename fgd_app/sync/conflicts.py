"""Listing open conflicts for people and writing their decisions.

A decision is saved as a *resolution revision* whose parents are all the row's heads:
wherever that revision travels, the conflict is closed the same way. Until then the
table shows the newest value and both values stay in the log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fgd_app.core.text import shorten
from fgd_app.errors import UserError, from_validation_error
from fgd_app.store.codec import table_info
from fgd_app.store.database import Database
from fgd_app.store.merge import WHOLE_ROW, referrers
from fgd_app.store.models import MODEL_BY_TABLE
from fgd_app.sync import messages  # noqa: F401  (registers the sync messages)

LABEL_FIELDS = ("text", "title", "name", "caption", "name_id", "filename")


@dataclass(frozen=True)
class OpenConflict:
    entity: str
    entity_id: str
    workshop_id: str | None
    field: str  # a column, or '*' for the whole row
    kind: str  # 'field', 'deleted' or 'in_use'
    sides: list[dict]  # [{revision_id, device_id, hlc, value, deleted}], newest first
    current: Any  # what the table shows now
    label: str  # the row in words: an input's text, a participant's name

    def as_json(self) -> dict:
        return dict(self.__dict__)


def list_conflicts(db: Database, workshop_id: str | None = None) -> list[OpenConflict]:
    where, params = ("WHERE workshop_id = ?", (workshop_id,)) if workshop_id else ("", ())
    found = []
    for entity_id, field, entity, scope, kind, sides in db.rows(
        f"SELECT entity_id, field, entity, workshop_id, kind, sides FROM conflict {where} ORDER BY entity, entity_id, "
        "field", params,
    ):
        row = _current(db, entity, entity_id)
        current = row if field == WHOLE_ROW else (row or {}).get(field)
        found.append(OpenConflict(entity, entity_id, scope, field, kind, json.loads(sides), current, _label(row)))
    return found


def resolve(db: Database, entity_id: str, values: dict[str, Any] | None = None, delete: bool = False) -> str:
    """Close every open conflict of one row: keep it with `values` for its conflicting
    fields, or delete it. Returns the resolution revision's id."""
    values = values or {}
    open_rows = db.rows("SELECT field, entity, kind FROM conflict WHERE entity_id = ?", (entity_id,))
    if not open_rows:
        raise UserError("conflict.not_found", id=entity_id)
    entity = open_rows[0][1]
    model = MODEL_BY_TABLE[entity]
    fields = {f for f, _, kind in open_rows if kind == "field"}
    if not delete and (missing := sorted(fields - set(values))):
        raise UserError("conflict.incomplete", fields=", ".join(missing))
    if unknown := sorted(set(values) - set(table_info(model)[2])):
        raise UserError("conflict.incomplete", fields=", ".join(unknown))
    if delete and (user := _referenced_by(db, entity, entity_id)):
        raise UserError("conflict.still_used", table=user[0], id=user[1])
    from pydantic import ValidationError

    try:
        with db.transaction() as tx:
            record = None if delete else {**(_current(db, entity, entity_id) or {}), **values}
            return tx.resolve(model, entity_id, record)
    except ValidationError as exc:
        raise from_validation_error(exc) from exc


def _current(db: Database, entity: str, entity_id: str) -> dict | None:
    model = MODEL_BY_TABLE[entity]
    pk = table_info(model)[1]
    found = db.records(model, f'WHERE "{pk}" = ?', (entity_id,))
    return found[0] if found else None


def _label(row: dict | None) -> str:
    if not row:
        return ""
    return shorten(next((str(row[f]) for f in LABEL_FIELDS if row.get(f)), row.get("id", "")), 80)


def _referenced_by(db: Database, entity: str, entity_id: str) -> tuple[str, str] | None:
    """A live row that points at this one (a delete would break it), or None."""
    for table, column, _ in referrers(entity):
        pk = table_info(MODEL_BY_TABLE[table])[1]
        hit = db.rows(f'SELECT "{pk}" FROM {table} WHERE "{column}" = ? LIMIT 1', (entity_id,))
        if hit:
            return table, hit[0][0]
    return None
