"""The revision log: every change is logged, chained, and replaying it rebuilds everything."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fgd_app.core.hlc import HybridClock, unpack
from fgd_app.services.workshops import delete_workshop
from fgd_app.store.database import open_database
from fgd_app.store.models import Element, Input, Participant, Vote
from fgd_app.store.replay import canonical_dump, replay_into
from tests.helpers import add_input, make_workshop


def log(db, entity_id):
    return db.rows(
        "SELECT id, parents, snapshot FROM revision WHERE entity_id = ? ORDER BY hlc", (entity_id,)
    )


def test_create_update_delete_form_one_chain_ending_in_a_tombstone(db):
    workshop = make_workshop(db)
    item = add_input(db, workshop.id)
    with db.transaction() as tx:
        tx.update(Input, item.id, text="Sinyal lemah di 40 kampung hulu")
    with db.transaction() as tx:
        tx.delete(Input, item.id)
    (r1, p1, s1), (r2, p2, s2), (r3, p3, s3) = log(db, item.id)
    assert json.loads(p1) == [] and json.loads(p2) == [r1] and json.loads(p3) == [r2]
    assert json.loads(s1)["text"] == "Sinyal lemah di hulu"
    assert json.loads(s2)["text"] == "Sinyal lemah di 40 kampung hulu"
    assert s3 is None  # tombstone
    assert db.rows("SELECT revision_id FROM revision_head WHERE entity_id = ?", (item.id,)) == [(r3,)]
    assert db.scalar("SELECT workshop_id FROM revision WHERE id = ?", (r3,)) == workshop.id


def test_snapshot_is_the_whole_row_and_carries_device_and_clock(db):
    workshop = make_workshop(db)
    item = add_input(db, workshop.id)
    device, hlc, snapshot = db.rows("SELECT device_id, hlc, snapshot FROM revision WHERE entity_id = ?", (item.id,))[0]
    assert device == db.device_id
    assert unpack(hlc)[0] > 1_600_000_000_000
    assert json.loads(snapshot) == db.records(Input, "WHERE id = ?", (item.id,))[0]


def test_update_without_change_writes_no_revision(db):
    workshop = make_workshop(db)
    item = add_input(db, workshop.id)
    with db.transaction() as tx:
        tx.update(Input, item.id, text=item.text)
    assert len(log(db, item.id)) == 1


def test_failed_transaction_leaves_neither_row_nor_revision(db):
    workshop = make_workshop(db)
    try:
        with db.transaction() as tx:
            tx.insert(Input, workshop_id=workshop.id, pillar_key="governance", text="pertama")
            raise RuntimeError("power cut simulation")
    except RuntimeError:
        pass
    assert db.scalar("SELECT count(*) FROM input") == 0
    assert db.scalar("SELECT count(*) FROM revision") == 1  # only the workshop


def test_clock_never_goes_backwards_when_the_wall_clock_does():
    wall = iter([1000, 1000, 999, 500, 1001, 1002])
    clock = HybridClock(wall_millis=lambda: next(wall))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    clock.observe(stamps[-1] + 10_000)
    assert clock.now() > stamps[-1] + 10_000


def test_catalogue_edits_are_logged_like_any_data(db, tmp_path):
    with db.transaction() as tx:
        tx.update(Element, "economy.transaction", name_id="Ekosistem transaksi keuangan digital")
    with open_database(tmp_path / "replayed.sqlite3") as empty:
        replay_into(db, empty)
        assert empty.scalar("SELECT name_id FROM element WHERE key = 'economy.transaction'") == (
            "Ekosistem transaksi keuangan digital"
        )


# -- replay reproduces every table, whatever was done ------------------------------------

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["add_input", "edit_input", "delete_input", "add_person", "rename_person",
                         "vote", "delete_person", "delete_workshop", "new_workshop"]),
        st.integers(min_value=0, max_value=10_000),
        st.text(min_size=1, max_size=40).filter(str.strip),
    ),
    min_size=1,
    max_size=40,
)


def apply_actions(db, actions):
    workshops = [make_workshop(db).id]
    for action, n, text in actions:
        if not workshops:
            workshops.append(make_workshop(db, title=text[:50]).id)
        wid = workshops[n % len(workshops)]
        inputs = [r[0] for r in db.rows("SELECT id FROM input WHERE workshop_id = ?", (wid,))]
        people = [r[0] for r in db.rows("SELECT id FROM participant WHERE workshop_id = ?", (wid,))]
        with db.transaction() as tx:
            if action == "add_input":
                tx.insert(Input, workshop_id=wid, pillar_key=["governance", "economy", "living"][n % 3], text=text,
                          kind="idea", speaker_id=people[n % len(people)] if people and n % 2 else None)
            elif action == "edit_input" and inputs:
                tx.update(Input, inputs[n % len(inputs)], text=text, element_key="living.health")
            elif action == "delete_input" and inputs:
                victim = inputs[n % len(inputs)]
                for (vote,) in tx.conn.execute("SELECT id FROM vote WHERE input_id = ?", (victim,)).fetchall():
                    tx.delete(Vote, vote)
                tx.delete(Input, victim)
            elif action == "add_person":
                tx.insert(Participant, workshop_id=wid, name=text, gender="P" if n % 2 else "L")
            elif action == "rename_person" and people:
                tx.update(Participant, people[n % len(people)], name=text, consent_name=bool(n % 2))
            elif action == "vote" and inputs:
                tx.insert(Vote, workshop_id=wid, input_id=inputs[n % len(inputs)], points=n % 5 + 1, source="paper")
        if action == "delete_person" and people:
            person = people[n % len(people)]
            with db.transaction() as tx:
                for (iid,) in tx.conn.execute("SELECT id FROM input WHERE speaker_id = ?", (person,)).fetchall():
                    tx.update(Input, iid, speaker_id=None)
                tx.delete(Participant, person)
        elif action == "delete_workshop" and n % 4 == 0:
            delete_workshop(db, wid)
            workshops.remove(wid)
        elif action == "new_workshop":
            workshops.append(make_workshop(db, title=text[:50], regency_code="62.06").id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_replaying_the_log_into_an_empty_database_reproduces_every_table(tmp_path_factory, actions):
    folder = tmp_path_factory.mktemp("replay")
    with open_database(folder / "a.sqlite3") as source, open_database(folder / "b.sqlite3") as empty:
        apply_actions(source, actions)
        replay_into(source, empty)
        assert canonical_dump(empty) == canonical_dump(source)
