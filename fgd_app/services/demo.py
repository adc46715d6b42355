"""The demo workshop: a realistic Bimtek 1 FGD of Kabupaten Kutai Barat.

Its content is data (`resources/demo/kutai_barat_bimtek1.json`, Indonesian, fictional
people); this module turns the file's local references into device-made ids and writes
everything in one transaction through the normal write path, so the demo has a complete
revision log like any workshop typed in by hand.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fgd_app.core.timezones import local_to_utc
from fgd_app.resources import resource
from fgd_app.store.database import Database

DEMO_FILE = ("demo", "kutai_barat_bimtek1.json")
META_KEY = "demo_workshop_id"


def ensure_demo(db: Database) -> tuple[str, bool]:
    """Return (workshop id, created): the demo is created only when it is not there."""
    existing = db.scalar("SELECT value FROM meta WHERE key = ?", (META_KEY,))
    if existing and db.scalar("SELECT 1 FROM workshop WHERE id = ?", (existing,)):
        return existing, False
    return create_demo(db), True


def create_demo(db: Database) -> str:
    from fgd_app.store.models import (
        ActionItem,
        AgendaItem,
        Cluster,
        Input,
        Participant,
        Programme,
        Vote,
        Workshop,
    )

    data = json.loads(resource(*DEMO_FILE).read_text("utf-8"))
    w = data["workshop"]
    zone = db.scalar("SELECT timezone FROM regency WHERE code = ?", (w["regency_code"],))
    day = dt.date.fromisoformat(w["date"])

    def utc(local: str | None) -> dt.datetime | None:
        return local_to_utc(day, dt.time.fromisoformat(local), zone) if local else None

    refs: dict[str, str] = {}
    with db.transaction() as tx:
        workshop = tx.insert(
            Workshop,
            regency_code=w["regency_code"], title=w["title"], stage=w["stage"], held_on=day,
            start_time=w["start_time"], end_time=w["end_time"], venue=w["venue"],
            chair_name=w["chair"]["name"], chair_position=w["chair"]["position"], chair_nip=w["chair"]["nip"] or "",
            note_taker_name=w["note_taker"]["name"], note_taker_position=w["note_taker"]["position"],
            note_taker_nip=w["note_taker"]["nip"] or "", facilitators=w["facilitators"], language=w["language"],
            pillars=w["pillars"], status=w["status"], opened_at=utc(w["opened_at_local"]),
            closed_at=utc(w["closed_at_local"]), conclusions=w["conclusions"], letterhead_lines=w["letterhead_lines"],
        )
        wid = workshop.id
        for position, item in enumerate(data["agenda"]):
            tx.insert(
                AgendaItem, workshop_id=wid, position=position, title=item["title"], pillar_key=item["pillar"],
                planned_minutes=item["planned_minutes"], actual_start=utc(item.get("actual_start_local")),
                actual_end=utc(item.get("actual_end_local")),
            )
        for p in data["participants"]:
            refs[p["ref"]] = tx.insert(
                Participant, workshop_id=wid, name=p["name"], position=p["position"], nip=p["nip"] or "",
                institution=p["institution"], gender=p["gender"], phone=p["phone"] or "", email=p["email"] or "",
                consent_name=p["consent_name"], consent_photo=p["consent_photo"], consent_phone=p["consent_phone"],
                consent_version="demo-1", checked_in_at=utc(p["checked_in_local"]),
            ).id
        for position, c in enumerate(data["clusters"]):
            refs[c["ref"]] = tx.insert(
                Cluster, workshop_id=wid, pillar_key=c["pillar"], element_key=c["element"], title=c["title"],
                position=position,
            ).id
        spoken_at = _spread_over_agenda(data, utc)
        for position, i in enumerate(data["inputs"]):
            refs[i["ref"]] = tx.insert(
                Input, workshop_id=wid, pillar_key=i["pillar"], element_key=i["element"], kind=i["kind"],
                text=i["text"], speaker_id=_ref(refs, i["speaker"]), cluster_id=_ref(refs, i["cluster"]),
                position=position, created_at=spoken_at[i["ref"]],
            ).id
        for v in data["votes"]:
            target = refs[v["target"]]
            on_cluster = v["target"].startswith("c")
            tx.insert(
                Vote, workshop_id=wid, input_id=None if on_cluster else target, cluster_id=target if on_cluster else None,
                points=v["points"], source=v["source"], voter_id=_ref(refs, v["voter"]),
            )
        for position, g in enumerate(data["programmes"]):
            tx.insert(
                Programme, workshop_id=wid, pillar_key=g["pillar"], element_key=g["element"], name=g["name"],
                description=g["description"], horizon=g["horizon"], lead_opd=g["lead_opd"],
                supporting_opds=g["supporting_opds"], indicator=g["indicator"], target_year=g["target_year"],
                funding_source=g["funding_source"], impact=g["impact"], feasibility=g["feasibility"],
                input_ids=[refs[r] for r in g["inputs"]], position=position,
            )
        for position, a in enumerate(data["actions"]):
            tx.insert(
                ActionItem, workshop_id=wid, pillar_key=a["pillar"], text=a["text"], owner=a["owner"],
                due_date=a["due_date"], status=a["status"], position=position,
            )
        tx.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (META_KEY, wid),
        )
    return wid


def _spread_over_agenda(data: dict, utc) -> dict[str, dt.datetime]:
    """Give each input a capture time inside its pillar's agenda slot, evenly spaced."""
    slots = {a["pillar"]: (utc(a["actual_start_local"]), utc(a["actual_end_local"]))
             for a in data["agenda"] if a["pillar"] and a.get("actual_start_local")}
    by_pillar: dict[str, list[str]] = {}
    for i in data["inputs"]:
        by_pillar.setdefault(i["pillar"], []).append(i["ref"])
    opened = utc(data["workshop"]["opened_at_local"])
    times: dict[str, dt.datetime] = {}
    for pillar, refs in by_pillar.items():
        start, end = slots.get(pillar, (opened, opened + dt.timedelta(hours=1)))
        step = (end - start) / (len(refs) + 1)
        times.update({ref: start + step * (k + 1) for k, ref in enumerate(refs)})
    return times


def _ref(refs: dict[str, str], ref: Any) -> str | None:
    return refs[ref] if ref else None
