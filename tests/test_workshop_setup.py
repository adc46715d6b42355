"""Workshop setup and agenda services (no Qt): create, edit, duplicate, logo, timeboxes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fgd_app.errors import UserError
from fgd_app.services import agenda as ag
from fgd_app.services import workshop_setup as ws
from fgd_app.services.demo import ensure_demo
from fgd_app.store.models import Workshop

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
SIX = ["governance", "branding", "economy", "living", "society", "environment"]


def revisions(db, entity_id: str) -> list[dict | None]:
    rows = db.rows("SELECT snapshot FROM revision WHERE entity_id = ? ORDER BY hlc", (entity_id,))
    return [json.loads(r[0]) if r[0] else None for r in rows]


def new(db, **fields) -> str:
    return ws.create_workshop(db, **{"regency_code": "64.07", "title": "FGD Uji", "held_on": "2024-05-02", **fields})


# -- create ---------------------------------------------------------------------------------


def test_create_has_sensible_defaults(db):
    wid = new(db, title="  FGD   Bimtek 1 ")
    w = db.get(Workshop, wid)
    assert w.title == "FGD Bimtek 1"  # trimmed, inner runs of spaces collapsed
    assert (w.status, w.language, w.stage) == ("planned", "id", "bimtek1")
    assert w.pillars == SIX
    assert (w.start_time, w.end_time) == (dt.time(8), dt.time(16))
    assert w.letterhead_lines == ["PEMERINTAH KABUPATEN KUTAI BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA"]
    assert w.opened_at is None and w.conclusions == "" and w.logo_sha256 is None
    assert len(revisions(db, wid)) == 1
    assert ws.zone_of(db, wid) == "WITA"


def test_letterhead_follows_the_kind_of_regency(db):
    assert ws.default_letterhead(db, "64.72")[0] == "PEMERINTAH KOTA SAMARINDA"
    jakarta_pusat = ws.default_letterhead(db, "31.71")
    assert jakarta_pusat[:2] == ["PEMERINTAH PROVINSI DKI JAKARTA", "KOTA ADMINISTRASI JAKARTA PUSAT"]
    assert ws.default_letterhead(db, "64.07")[0] == "PEMERINTAH KABUPATEN KUTAI BARAT"


def test_create_accepts_optional_fields_and_refuses_unknown_ones(db):
    wid = new(db, stage="bimtek2", venue="Aula Bappeda", start_time="09:00", end_time="12:30", pillars=["living"],
              facilitators="Ani\n\n  Budi  \n", language="en")
    w = db.get(Workshop, wid)
    assert (w.stage, w.venue, w.start_time, w.end_time) == ("bimtek2", "Aula Bappeda", dt.time(9), dt.time(12, 30))
    assert w.pillars == ["living"] and w.facilitators == ["Ani", "Budi"] and w.language == "en"
    with pytest.raises(UserError) as err:
        new(db, status="closed")
    assert err.value.code == "setup.unknown_field"


@pytest.mark.parametrize(
    "fields, code",
    [
        ({"title": "   "}, "setup.title_required"),
        ({"held_on": "1999-12-31"}, "setup.date_out_of_range"),
        ({"held_on": "2101-01-01"}, "setup.date_out_of_range"),
        ({"held_on": "2021-02-30"}, "setup.bad_date"),
        ({"start_time": "16:00", "end_time": "08:00"}, "setup.end_before_start"),
        ({"start_time": "10:00", "end_time": "10:00"}, "setup.end_before_start"),
        ({"start_time": "25:00"}, "setup.bad_time"),
        ({"regency_code": "99.99"}, "setup.unknown_regency"),
        ({"pillars": ["governance", "nope"]}, "setup.unknown_pillar"),
        ({"stage": "bimtek9"}, "setup.bad_choice"),
        ({"venue": "x" * 501}, "setup.too_long"),
    ],
)
def test_create_refuses_bad_values_and_writes_nothing(db, fields, code):
    with pytest.raises(UserError) as err:
        new(db, **fields)
    assert err.value.code == code
    assert err.value.message("id") and err.value.message("en")
    assert db.scalar("SELECT count(*) FROM workshop") == 0
    assert db.scalar("SELECT count(*) FROM revision") == 0


# -- update ---------------------------------------------------------------------------------


def test_update_validates_against_the_stored_times(db):
    wid = new(db)  # 08:00-16:00
    with pytest.raises(UserError) as err:
        ws.update_workshop(db, wid, start_time="17:00")
    assert err.value.code == "setup.end_before_start"
    assert "17:00" in err.value.message("id") and "16:00" in err.value.message("id")
    with pytest.raises(UserError):
        ws.update_workshop(db, wid, end_time=dt.time(7, 59))
    assert db.get(Workshop, wid).start_time == dt.time(8)
    assert len(revisions(db, wid)) == 1  # refusals leave no revision

    ws.update_workshop(db, wid, start_time="07:30", end_time="17:00", venue=" Hotel  Kutai ")
    w = db.get(Workshop, wid)
    assert (w.start_time, w.end_time, w.venue) == (dt.time(7, 30), dt.time(17), "Hotel Kutai")
    assert len(revisions(db, wid)) == 2
    ws.update_workshop(db, wid, end_time=None)  # clearing one end is allowed
    assert db.get(Workshop, wid).end_time is None


def test_update_refuses_unknown_and_running_fields(db):
    wid = new(db)
    for field in ("status", "conclusions", "logo_sha256", "opened_at", "colour"):
        with pytest.raises(UserError) as err:
            ws.update_workshop(db, wid, **{field: None})
        assert err.value.code == "setup.unknown_field"
    with pytest.raises(UserError) as err:
        ws.update_workshop(db, "no-such-workshop", venue="x")
    assert err.value.code == "workshop.not_found"


def test_update_keeps_pillars_in_catalogue_order_and_caps_the_letterhead(db):
    wid = new(db)
    ws.update_workshop(db, wid, pillars=["environment", "governance", "governance"])
    assert db.get(Workshop, wid).pillars == ["governance", "environment"]
    ws.update_workshop(db, wid, letterhead_lines="A\nB\nC\nD\nE\nF\n\n")
    assert db.get(Workshop, wid).letterhead_lines == list("ABCDEF")
    with pytest.raises(UserError) as err:
        ws.update_workshop(db, wid, letterhead_lines=list("ABCDEFG"))
    assert err.value.code == "setup.too_many_lines"


def test_changing_the_regency_replaces_only_an_untouched_letterhead(db):
    untouched, typed = new(db), new(db)
    ws.update_workshop(db, typed, letterhead_lines=["PEMERINTAH KABUPATEN KUTAI BARAT", "BAPPEDA"])
    ws.update_workshop(db, untouched, regency_code="64.72")
    ws.update_workshop(db, typed, regency_code="64.72")
    assert db.get(Workshop, untouched).letterhead_lines[0] == "PEMERINTAH KOTA SAMARINDA"
    assert db.get(Workshop, typed).letterhead_lines == ["PEMERINTAH KABUPATEN KUTAI BARAT", "BAPPEDA"]


def test_regencies_for_the_picker(db):
    rows = ws.regencies(db)
    assert len(rows) == 514
    kubar = next(r for r in rows if r.code == "64.07")
    assert (kubar.name, kubar.province, kubar.zone) == ("Kabupaten Kutai Barat", "Kalimantan Timur", "WITA")
    assert {r.zone for r in rows} == {"WIB", "WITA", "WIT"}
    bare = [r.name.split(" ", 1)[1].removeprefix("Administrasi ").casefold() for r in rows]
    assert bare == sorted(bare)


# -- duplicate --------------------------------------------------------------------------------


def test_duplicate_of_the_demo_carries_the_setup_and_agenda_not_the_results(db):
    demo, _ = ensure_demo(db)
    ws.set_logo(db, demo, PNG, "image/png")
    copy = ws.duplicate_workshop(db, demo, held_on="2021-08-12", title="FGD Bimtek 2 Kutai Barat")
    src, dup = db.get(Workshop, demo), db.get(Workshop, copy)
    assert copy != demo
    assert (dup.title, dup.held_on) == ("FGD Bimtek 2 Kutai Barat", dt.date(2021, 8, 12))
    for field in ("regency_code", "stage", "start_time", "end_time", "venue", "chair_name", "chair_nip",
                  "note_taker_name", "facilitators", "pillars", "language", "letterhead_lines", "logo_sha256"):
        assert getattr(dup, field) == getattr(src, field), field
    assert src.status == "closed" and dup.status == "planned"
    assert dup.opened_at is None and dup.closed_at is None and dup.conclusions == ""

    def count(table: str, wid: str) -> int:
        return db.scalar(f"SELECT count(*) FROM {table} WHERE workshop_id = ?", (wid,))

    for table in ("input", "vote", "programme", "cluster", "action_item", "attachment"):
        assert count(table, demo) > 0 or table == "attachment"
        assert count(table, copy) == 0, table
    original = ag.agenda(db, demo).items
    copied = ag.agenda(db, copy).items
    assert [(a.title, a.pillar_key, a.planned_minutes) for a in copied] == [
        (a.title, a.pillar_key, a.planned_minutes) for a in original]
    assert [a.position for a in copied] == list(range(len(original)))
    assert any(a.actual_start for a in original) and not any(a.actual_start or a.actual_end for a in copied)


def test_duplicate_copies_who_came_but_not_their_personal_traces(db):
    demo, _ = ensure_demo(db)
    copy = ws.duplicate_workshop(db, demo)
    assert db.get(Workshop, copy).title == db.get(Workshop, demo).title
    before = db.rows("SELECT name, position, nip, institution, gender FROM participant WHERE workshop_id = ? "
                     "ORDER BY name", (demo,))
    after = db.rows("SELECT name, position, nip, institution, gender, phone, email, checked_in_at, "
                    "signature_sha256, consent_version FROM participant WHERE workshop_id = ? ORDER BY name", (copy,))
    assert [row[:5] for row in after] == before
    assert all(row[5:] == ("", "", None, None, "") for row in after)
    assert db.scalar("SELECT count(*) FROM participant WHERE workshop_id = ? AND checked_in_at IS NOT NULL",
                     (demo,)) > 0

    bare = ws.duplicate_workshop(db, demo, with_participants=False)
    assert db.scalar("SELECT count(*) FROM participant WHERE workshop_id = ?", (bare,)) == 0


def test_duplicate_validates_the_new_values(db):
    demo, _ = ensure_demo(db)
    with pytest.raises(UserError) as err:
        ws.duplicate_workshop(db, demo, held_on="1990-01-01")
    assert err.value.code == "setup.date_out_of_range"
    with pytest.raises(UserError):
        ws.duplicate_workshop(db, demo, title="")
    assert db.scalar("SELECT count(*) FROM workshop") == 1


# -- logo -------------------------------------------------------------------------------------


def test_logo_is_accepted_by_magic_bytes_only(db):
    wid = new(db)
    digest = ws.set_logo(db, wid, PNG, "image/png")
    assert db.get(Workshop, wid).logo_sha256 == digest
    assert ws.logo(db, wid) == (PNG, "image/png")
    ws.set_logo(db, wid, JPEG, "image/jpeg")
    assert ws.logo(db, wid) == (JPEG, "image/jpeg")
    ws.set_logo(db, wid, PNG)  # no declared type: the bytes decide
    for data, mime in ((b"GIF89a" + b"\x00" * 20, "image/gif"), (b"GIF89a", "image/png"), (b"", "image/png"),
                       (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/png"), (PNG, "image/jpeg")):
        with pytest.raises(UserError) as err:
            ws.set_logo(db, wid, data, mime)
        assert err.value.code == "setup.logo_not_image"
    with pytest.raises(UserError) as err:
        ws.set_logo(db, wid, PNG + b"\x00" * ws.LOGO_MAX_BYTES, "image/png")
    assert err.value.code == "setup.logo_too_large"
    assert ws.logo(db, wid) == (PNG, "image/png")
    ws.clear_logo(db, wid)
    assert ws.logo(db, wid) is None and db.get(Workshop, wid).logo_sha256 is None
    assert db.scalar("SELECT count(*) FROM blob") == 2  # blobs are immutable and stay


# -- agenda -----------------------------------------------------------------------------------


def test_agenda_timeboxes_and_overrun(db):
    wid = new(db, start_time="08:30", end_time="10:00")
    a = ag.add_agenda_item(db, wid, title="Pembukaan", planned_minutes=20)
    ag.add_agenda_item(db, wid, title="Pilar Governance", planned_minutes=45, pillar_key="governance")
    plan = ag.agenda(db, wid)
    assert [(i.start, i.end) for i in plan.items] == [
        (dt.time(8, 30), dt.time(8, 50)), (dt.time(8, 50), dt.time(9, 35))]
    assert plan.total_minutes == 65 and plan.planned_end == dt.time(9, 35) and not plan.overruns
    assert plan.items[1].pillar_key == "governance"

    ag.update_agenda_item(db, a, planned_minutes=60)
    plan = ag.agenda(db, wid)
    assert plan.overruns and plan.overrun_minutes == 15 and plan.planned_end == dt.time(10, 15)
    assert [i.past_end for i in plan.items] == [False, True]

    ws.update_workshop(db, wid, start_time=None)
    plan = ag.agenda(db, wid)
    assert plan.items[0].start is None and not plan.overruns


def test_agenda_item_validation(db):
    wid = new(db)
    item = ag.add_agenda_item(db, wid, title="Paparan")
    for changes, code in (({"title": " "}, "setup.title_required"), ({"planned_minutes": -5}, "setup.bad_minutes"),
                          ({"planned_minutes": 24 * 60 + 1}, "setup.bad_minutes"),
                          ({"planned_minutes": "lima"}, "setup.bad_minutes"),
                          ({"pillar_key": "nope"}, "setup.unknown_pillar"), ({"position": 3}, "setup.unknown_field"),
                          ({"actual_start": None}, "setup.unknown_field")):
        with pytest.raises(UserError) as err:
            ag.update_agenda_item(db, item, **changes)
        assert err.value.code == code
    ag.update_agenda_item(db, item, planned_minutes="90", pillar_key="")
    assert ag.agenda(db, wid).items[0].planned_minutes == 90
    with pytest.raises(UserError):
        ag.add_agenda_item(db, "missing", title="x")


def test_move_keeps_positions_and_logs_each_changed_row(db):
    wid = new(db)
    ids = [ag.add_agenda_item(db, wid, title=f"Sesi {n}") for n in range(5)]
    before = {i: len(revisions(db, i)) for i in ids}

    assert ag.move_agenda_item(db, ids[0], 3) == 3
    order = [i.id for i in ag.agenda(db, wid).items]
    assert order == [ids[1], ids[2], ids[3], ids[0], ids[4]]
    assert [i.position for i in ag.agenda(db, wid).items] == [0, 1, 2, 3, 4]
    moved = {i for i in ids if len(revisions(db, i)) > before[i]}
    assert moved == {ids[0], ids[1], ids[2], ids[3]}  # ids[4] kept its position: no revision
    assert revisions(db, ids[0])[-1]["position"] == 3

    assert ag.move_agenda_item(db, ids[4], -10) == 0  # clamped
    assert ag.move_agenda_item(db, ids[1], 99) == 4
    assert [i.position for i in ag.agenda(db, wid).items] == [0, 1, 2, 3, 4]


def test_add_at_index_and_delete_close_the_gaps(db):
    wid = new(db)
    a, b = ag.add_agenda_item(db, wid, title="A"), ag.add_agenda_item(db, wid, title="B")
    c = ag.add_agenda_item(db, wid, title="C", index=1)
    assert [i.title for i in ag.agenda(db, wid).items] == ["A", "C", "B"]
    ag.delete_agenda_item(db, a)
    plan = ag.agenda(db, wid)
    assert [(i.title, i.position) for i in plan.items] == [("C", 0), ("B", 1)]
    assert revisions(db, a)[-1] is None  # a tombstone
    assert {c, b} == {i.id for i in plan.items}
    with pytest.raises(UserError) as err:
        ag.delete_agenda_item(db, a)
    assert err.value.code == "setup.agenda_item_not_found"
