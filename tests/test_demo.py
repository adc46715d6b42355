"""The demo workshop is realistic enough to show every screen and document."""

from __future__ import annotations

from fgd_app.services.demo import ensure_demo
from fgd_app.services.workshops import list_workshops, pillar_counts


def test_demo_is_created_once_and_covers_the_workshop(db):
    workshop_id, created = ensure_demo(db)
    assert created
    assert ensure_demo(db) == (workshop_id, False)
    (summary,) = list_workshops(db)
    assert summary.regency_name == "Kabupaten Kutai Barat" and summary.stage == "bimtek1"
    assert summary.participants >= 30
    counts = {p.key: p.inputs for p in pillar_counts(db, workshop_id)}
    assert len(counts) == 6 and all(n > 0 for n in counts.values())
    elements = db.scalar("SELECT count(DISTINCT element_key) FROM input WHERE workshop_id = ?", (workshop_id,))
    assert elements >= 15
    horizons = {r[0] for r in db.rows("SELECT DISTINCT horizon FROM programme")}
    assert horizons == {"quick_win", "medium", "long"}
    assert db.scalar("SELECT count(*) FROM vote") > 0 and db.scalar("SELECT count(*) FROM action_item") > 0


def test_demo_inputs_fall_inside_their_pillar_agenda_slot(db):
    workshop_id, _ = ensure_demo(db)
    outside = db.scalar(
        """SELECT count(*) FROM input i JOIN agenda_item a
           ON a.workshop_id = i.workshop_id AND a.pillar_key = i.pillar_key
           WHERE i.workshop_id = ? AND (i.created_at < a.actual_start OR i.created_at > a.actual_end)""",
        (workshop_id,),
    )
    assert outside == 0
