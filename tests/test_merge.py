"""The merge rules of docs/sync.md §3, one by one, between two real laptops' databases.

Laptop A makes a workshop, B receives it; both edit offline; bundles cross. Each test
checks what a person would see: the row's values, the listed conflicts, and that both
laptops end in the same state.
"""

from __future__ import annotations

import json

import pytest

from fgd_app.errors import UserError
from fgd_app.store.database import Database
from fgd_app.store.models import Input, Participant, Vote, Workshop
from fgd_app.store.replay import dump_hash, materialize
from fgd_app.sync.bundle import redact
from fgd_app.sync.conflicts import list_conflicts, resolve
from fgd_app.sync.exporter import build
from fgd_app.sync.importer import import_bytes
from fgd_app.sync.keys import device_key, trust
from tests.helpers import add_input, add_participant, make_workshop


class Laptop:
    def __init__(self, tmp_path, name: str):
        self.db = Database(tmp_path / f"{name}.sqlite3", device_id=f"device-{name}")
        self.key = device_key(tmp_path / f"key-{name}")

    def bundle(self, workshop_id: str, profile: str = "full") -> bytes:
        return build(self.db, self.key, workshop_id, profile)[0]

    def take(self, other: Laptop, workshop_id: str, profile: str = "full"):
        return import_bytes(self.db, other.bundle(workshop_id, profile), f"{other.db.device_id}.fgdb", self.key)

    def row(self, model, key):
        return self.db.get(model, key)


@pytest.fixture
def pair(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    trust(a.db, b.key.public, "B")
    trust(b.db, a.key.public, "A")
    workshop = make_workshop(a.db, venue="Aula Bappeda")
    add_participant(a.db, workshop.id, phone="0812-1", email="ana@example.id")
    b.take(a, workshop.id)
    yield a, b, workshop.id
    a.db.close()
    b.db.close()


def exchange(a: Laptop, b: Laptop, workshop_id: str) -> None:
    bundle_a, bundle_b = a.bundle(workshop_id), b.bundle(workshop_id)
    import_bytes(b.db, bundle_a, "a.fgdb", b.key)
    import_bytes(a.db, bundle_b, "b.fgdb", a.key)
    assert dump_hash(a.db) == dump_hash(b.db)


def test_different_fields_merge_without_conflict(pair):
    a, b, wid = pair
    with a.db.transaction() as tx:
        tx.update(Workshop, wid, venue="Aula Kantor Bupati")
    with b.db.transaction() as tx:
        tx.update(Workshop, wid, chair_name="Ir. Yohanes Lahang")
    exchange(a, b, wid)
    row = a.row(Workshop, wid)
    assert (row.venue, row.chair_name) == ("Aula Kantor Bupati", "Ir. Yohanes Lahang")
    assert list_conflicts(a.db) == []


def test_same_field_is_a_conflict_with_both_values_until_resolved(pair):
    a, b, wid = pair
    with a.db.transaction() as tx:
        tx.update(Workshop, wid, venue="Aula A")
    with b.db.transaction() as tx:
        tx.update(Workshop, wid, venue="Aula B")
    exchange(a, b, wid)
    (conflict,) = list_conflicts(b.db)
    assert (conflict.entity, conflict.field, conflict.kind) == ("workshop", "venue", "field")
    assert sorted(s["value"] for s in conflict.sides) == ["Aula A", "Aula B"]
    assert conflict.current == conflict.sides[0]["value"]  # the newest side is shown meanwhile

    with a.db.transaction() as tx:  # an ordinary edit elsewhere on the row does not settle it
        tx.update(Workshop, wid, chair_name="Ketua")
    assert [c.field for c in list_conflicts(a.db)] == ["venue"]

    resolve(a.db, wid, {"venue": "Aula Bersama"})
    exchange(a, b, wid)
    assert list_conflicts(b.db) == []
    assert (b.row(Workshop, wid).venue, b.row(Workshop, wid).chair_name) == ("Aula Bersama", "Ketua")


def test_edit_against_delete_keeps_the_row_and_lists_the_conflict(pair):
    a, b, wid = pair
    item = add_input(a.db, wid, "Sinyal lemah di hulu")
    b.take(a, wid)
    with a.db.transaction() as tx:
        tx.update(Input, item.id, text="Sinyal lemah di 9 kecamatan hulu")
    with b.db.transaction() as tx:
        tx.delete(Input, item.id)
    exchange(a, b, wid)
    assert b.row(Input, item.id).text == "Sinyal lemah di 9 kecamatan hulu"
    (conflict,) = list_conflicts(b.db)
    assert (conflict.field, conflict.kind) == ("*", "deleted")
    assert sorted(s["deleted"] for s in conflict.sides) == [False, True]

    resolve(b.db, item.id, delete=True)
    exchange(a, b, wid)
    assert a.row(Input, item.id) is None and list_conflicts(a.db) == []


def test_a_delete_stands_when_the_other_side_changed_nothing(pair):
    a, b, wid = pair
    item = add_input(a.db, wid)
    b.take(a, wid)
    with b.db.transaction() as tx:
        tx.delete(Input, item.id)
    exchange(a, b, wid)
    assert a.row(Input, item.id) is None and list_conflicts(a.db) == []


def test_a_deleted_row_still_used_elsewhere_comes_back_as_in_use(pair):
    a, b, wid = pair
    item = add_input(a.db, wid)
    b.take(a, wid)
    with a.db.transaction() as tx:
        tx.delete(Input, item.id)
    with b.db.transaction() as tx:
        tx.insert(Vote, workshop_id=wid, input_id=item.id, points=2, source="paper")
    exchange(a, b, wid)
    assert a.row(Input, item.id) is not None  # the vote would otherwise point at nothing
    (conflict,) = list_conflicts(a.db)
    assert conflict.kind == "in_use"
    with pytest.raises(UserError) as refused:
        resolve(a.db, item.id, delete=True)
    assert refused.value.code == "conflict.still_used"
    # once the vote goes, the delete takes effect again on its own
    vote_id = a.db.scalar("SELECT id FROM vote WHERE input_id = ?", (item.id,))
    with b.db.transaction() as tx:
        tx.delete(Vote, vote_id)
    exchange(a, b, wid)
    assert a.row(Input, item.id) is None and list_conflicts(a.db) == []


def test_full_recompute_equals_incremental_imports(pair):
    a, b, wid = pair
    with a.db.transaction() as tx:
        tx.update(Workshop, wid, venue="Aula A")
    with b.db.transaction() as tx:
        tx.update(Workshop, wid, venue="Aula B")
    exchange(a, b, wid)
    before = dump_hash(a.db)
    with a.db.transaction():
        materialize(a.db)
    assert dump_hash(a.db) == before


def test_minutes_bundle_withholds_personal_data_and_a_full_copy_fills_it_in(tmp_path, pair):
    a, _, wid = pair
    c = Laptop(tmp_path, "c")
    trust(c.db, a.key.public, "A")
    data = a.bundle(wid, "minutes")
    assert b"0812-1" not in data and b"ana@example.id" not in data
    c.take(a, wid, "minutes")
    person = c.db.records(Participant)[0]
    assert (person["phone"], person["email"]) == ("", "")
    report = c.take(a, wid, "full")
    assert report.completed == 1 and report.new == 0
    person = c.db.records(Participant)[0]
    assert (person["phone"], person["email"]) == ("0812-1", "ana@example.id")
    assert json.loads(c.db.scalar("SELECT redacted FROM revision WHERE entity = 'participant'")) == []


def test_redact_lists_what_it_left_out(pair):
    a, _, wid = pair
    from fgd_app.store.merge import REV_SQL, rev_from_row

    rev = rev_from_row(a.db.rows(f"{REV_SQL} WHERE entity = 'participant'")[0])
    hidden = redact(rev)
    assert hidden.redacted == {"phone", "email", "signature_sha256"}
    assert not {"phone", "email", "signature_sha256"} & set(hidden.snapshot)
