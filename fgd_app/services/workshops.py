"""Finding, listing and removing workshops.

Listing runs on plain SQL (no model imports) because it is what `fgd-app workshops` and
the GUI's first screen do at start-up.
"""

from __future__ import annotations

from collections import namedtuple

from fgd_app.errors import UserError
from fgd_app.store.database import Database


# Named tuples rather than dataclasses: `dataclasses` pulls in `inspect`, a tenth of the
# start-up time of `fgd-app workshops` (see bench/bench_startup.py).


class PillarCount(namedtuple("PillarCount", "key name_id name_en inputs covered")):
    """One pillar with this workshop's input count; `covered`: planned for this workshop."""

    __slots__ = ()

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_id


class WorkshopSummary(
    namedtuple(
        "WorkshopSummary",
        "id title regency_code regency_name province_name timezone held_on stage status participants inputs "
        "inputs_by_pillar",
    )
):
    """One row of the workshop list; `held_on` is the ISO date, local to the regency."""

    __slots__ = ()

    def as_json(self) -> dict:
        return self._asdict()


def list_workshops(db: Database) -> list[WorkshopSummary]:
    """All workshops, newest first, with their counts."""
    by_pillar: dict[str, dict[str, int]] = {}
    for workshop_id, pillar, count in db.rows(
        "SELECT workshop_id, pillar_key, count(*) FROM input GROUP BY workshop_id, pillar_key"
    ):
        by_pillar.setdefault(workshop_id, {})[pillar] = count
    rows = db.rows(
        """
        SELECT w.id, w.title, w.regency_code, r.name, r.province_name, r.timezone, w.held_on,
               w.stage, w.status,
               (SELECT count(*) FROM participant p WHERE p.workshop_id = w.id)
        FROM workshop w JOIN regency r ON r.code = w.regency_code
        ORDER BY w.held_on DESC, w.title
        """
    )
    return [
        WorkshopSummary(*row, inputs=sum(by_pillar.get(row[0], {}).values()), inputs_by_pillar=by_pillar.get(row[0], {}))
        for row in rows
    ]


def pillar_counts(db: Database, workshop_id: str) -> list[PillarCount]:
    """Every pillar of the catalogue with this workshop's input count."""
    import json

    covered_json = db.scalar("SELECT pillars FROM workshop WHERE id = ?", (workshop_id,))
    covered = set(json.loads(covered_json)) if covered_json else set()
    rows = db.rows(
        """
        SELECT p.key, p.name_id, p.name_en,
               (SELECT count(*) FROM input i WHERE i.workshop_id = ? AND i.pillar_key = p.key)
        FROM pillar p ORDER BY p.position, p.key
        """,
        (workshop_id,),
    )
    return [PillarCount(*row, covered=row[0] in covered) for row in rows]


def resolve_workshop(db: Database, ref: str) -> str:
    """A workshop id from a full id or a unique prefix of one (as people type them)."""
    ref = ref.strip()
    matches = [r[0] for r in db.rows("SELECT id FROM workshop WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                                     (ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",))]
    if not ref or not matches:
        raise UserError("workshop.not_found", ref=ref)
    if len(matches) > 1:
        raise UserError("workshop.ambiguous", ref=ref)
    return matches[0]


def delete_workshop(db: Database, workshop_id: str) -> None:
    """Delete a workshop and everything in it, each row leaving a tombstone in the log."""
    from fgd_app.store.models import SYNCED_MODELS
    from fgd_app.store.codec import table_info

    with db.transaction() as tx:
        for model in reversed(SYNCED_MODELS):
            table, pk, columns, _ = table_info(model)
            if "workshop_id" in columns:
                for (key,) in tx.conn.execute(f'SELECT "{pk}" FROM {table} WHERE workshop_id = ?', (workshop_id,)).fetchall():
                    tx.delete(model, key)
        from fgd_app.store.models import Workshop

        tx.delete(Workshop, workshop_id)
