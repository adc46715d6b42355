"""Issue 6, "done means": two laptops edit the same demo workshop offline and meet by file.

Everything a person does at the command line goes through the real `fgd-app` command
(a subprocess per step, each laptop with its own data dir, key and database). Only the
offline edits are made through the Python services on each laptop's database file,
because the CLI has no edit commands; they are attributed to that laptop's device id.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fgd_app.device import device_id
from fgd_app.services.capture import update_input
from fgd_app.services.checkin import check_in, set_signature
from fgd_app.services.participants import add_participant, update_participant
from fgd_app.services.workshop_setup import update_workshop
from fgd_app.store.database import Database
from fgd_app.store.models import Input, Participant, Programme
from fgd_app.store.replay import dump_hash
from fgd_app.sync.receipts import delivery_status
from tests.test_checkin_service import tiny_png


class Laptop:
    """One simulated laptop: its data dir (device id and key) and its database file."""

    def __init__(self, root: Path, name: str):
        self.name = name
        self.home = root / f"home-{name}"
        self.db_path = root / f"{name}.sqlite3"
        self.files = root / f"files-{name}"
        self.files.mkdir(parents=True)

    def run(self, *args: str | Path, ok: bool = True) -> subprocess.CompletedProcess:
        env = {**os.environ, "FGD_APP_HOME": str(self.home), "FGD_APP_LANG": "en"}
        env.pop("FGD_APP_DB", None)
        result = subprocess.run([sys.executable, "-m", "fgd_app", "--db", str(self.db_path), *map(str, args)],
                                capture_output=True, text=True, env=env, timeout=120)
        if ok:
            assert result.returncode == 0, (self.name, args, result.stdout, result.stderr)
        return result

    def export(self, name: str, *options: str) -> Path:
        path = self.files / name
        self.run("bundle", "export", "-o", path, *options)
        return path

    def open(self) -> Database:
        """This laptop's database as its own app would open it (its device id, not the test's)."""
        return Database(self.db_path, device_id=device_id(self.home))

    def fingerprint(self) -> str:
        shown = self.run("keys", "show").stdout
        return next(line.split()[-1] for line in shown.splitlines() if line.startswith("fingerprint:"))

    def state(self) -> tuple[str, set[str]]:
        with self.open() as db:
            return dump_hash(db), {r[0] for r in db.rows("SELECT id FROM revision")}

    def conflicts(self) -> list[dict]:
        return json.loads(self.run("conflicts", "--json").stdout)


@pytest.fixture
def laptops(tmp_path):
    return Laptop(tmp_path, "A"), Laptop(tmp_path, "B")


def demo_rows(db: Database, workshop_id: str):
    inputs = db.records(Input, "WHERE workshop_id = ?", (workshop_id,))
    people = db.records(Participant, "WHERE workshop_id = ? AND phone != ''", (workshop_id,))
    programmes = db.records(Programme, "WHERE workshop_id = ?", (workshop_id,))
    return inputs, people, programmes


def test_two_laptops_edit_offline_exchange_twice_and_end_identical(laptops):
    a, b = laptops
    workshop = a.run("demo").stdout.strip()
    first = a.export("a-first.fgdb", "--workshop", workshop)

    # B does not know A's key yet: the bundle is held, naming the fingerprint, and nothing changes.
    held = b.run("bundle", "import", first, ok=False)
    assert held.returncode == 1
    assert a.fingerprint() in held.stderr and "not trusted" in held.stderr
    assert json.loads(b.run("workshops", "--json").stdout) == []
    accepted = b.run("bundle", "import", "--trust", first)
    assert f"{len(a.state()[1])} new changes" in accepted.stdout
    assert a.state()[0] == b.state()[0]

    # A accepts B's key from a file B made (the fingerprint compared in person).
    b_key = b.export("b-key.fgdb", "--workshop", workshop)
    assert b.fingerprint() in a.run("keys", "trust", b_key, "--label", "Laptop B").stdout

    # Offline: the same field on both (the venue), different fields of one participant,
    # different inputs, new rows on each, and an edit on B of a programme A deletes.
    with a.open() as db:
        inputs, people, programmes = demo_rows(db, workshop)
        update_workshop(db, workshop, venue="Aula Kantor Bupati Kutai Barat")
        update_input(db, inputs[0]["id"], text="Sinyal 4G belum menjangkau 16 kampung di hulu Mahakam")
        update_participant(db, people[0]["id"], phone="081234500001")
        added_on_a = add_participant(db, workshop, name="Petrus Ngau", institution="Dinas Kominfo")
        with db.transaction() as tx:
            tx.delete(Programme, programmes[1]["id"])
    with b.open() as db:
        update_workshop(db, workshop, venue="Gedung Serbaguna Sendawar")
        update_input(db, inputs[1]["id"], text="Aplikasi layanan kampung belum terhubung ke data kependudukan")
        update_participant(db, people[0]["id"], institution="Bappelitbangda Kutai Barat")
        added_on_b = add_participant(db, workshop, name="Maria Ding", institution="Kecamatan Barong Tongkok")
        with db.transaction() as tx:
            tx.update(Programme, programmes[1]["id"], name="Satu Data Kampung")
    made = a.state()[1] | b.state()[1]

    # Round 1: A's bundle reaches B first, then B's (which now holds A's too) reaches A.
    a1 = a.export("a1.fgdb", "--workshop", workshop)
    b.run("bundle", "import", a1)
    b1 = b.export("b1.fgdb", "--workshop", workshop)
    a.run("bundle", "import", b1)
    # Round 2, the other way round, with an old file again in the same batch.
    b2 = b.export("b2.fgdb", "--workshop", workshop)
    a.run("bundle", "import", b2, b1)
    a2 = a.export("a2.fgdb", "--workshop", workshop)
    again = b.run("bundle", "import", "--json", a2, a1)
    reports = [json.loads(line) for line in again.stdout.splitlines()]
    assert [r["new"] for r in reports] == [0, 0] and reports[1]["status"] == "nothing_new"

    (hash_a, ids_a), (hash_b, ids_b) = a.state(), b.state()
    assert hash_a == hash_b
    assert ids_a == ids_b and made <= ids_a  # nothing lost
    with a.open() as db:
        person = db.records(Participant, "WHERE id = ?", (people[0]["id"],))[0]
        assert (person["phone"], person["institution"]) == ("081234500001", "Bappelitbangda Kutai Barat")
        texts = {r["id"]: r["text"] for r in db.records(Input)}
        assert texts[inputs[0]["id"]].startswith("Sinyal 4G") and texts[inputs[1]["id"]].startswith("Aplikasi")
        assert {added_on_a, added_on_b} <= {r["id"] for r in db.records(Participant)}

    # The conflicts, listed the same on both, with both values.
    listed = a.conflicts()
    assert listed == b.conflicts()
    by_field = {(c["entity"], c["field"]): c for c in listed}
    assert set(by_field) == {("workshop", "venue"), ("programme", "*")}
    venue = by_field[("workshop", "venue")]
    assert venue["kind"] == "field" and venue["entity_id"] == workshop
    assert {s["value"] for s in venue["sides"]} == {"Aula Kantor Bupati Kutai Barat", "Gedung Serbaguna Sendawar"}
    assert by_field[("programme", "*")]["kind"] == "deleted"
    assert "venue" in a.run("conflicts").stdout

    # A decides; one more exchange and both agree, with no conflict left.
    a.run("conflicts", "--resolve", workshop, "--set", 'venue="Aula Kantor Bupati, lantai 2"')
    a.run("conflicts", "--resolve", programmes[1]["id"], "--keep")
    assert a.conflicts() == []
    b.run("bundle", "import", a.export("a3.fgdb", "--workshop", workshop))
    a.run("bundle", "import", b.export("b3.fgdb", "--workshop", workshop))
    (hash_a, ids_a), (hash_b, ids_b) = a.state(), b.state()
    assert hash_a == hash_b and ids_a == ids_b and made < ids_a
    assert a.conflicts() == b.conflicts() == []
    assert "no open conflicts" in b.run("conflicts").stdout
    with b.open() as db:
        assert db.scalar("SELECT venue FROM workshop WHERE id = ?", (workshop,)) == "Aula Kantor Bupati, lantai 2"
        assert db.scalar("SELECT name FROM programme WHERE id = ?", (programmes[1]["id"],)) == "Satu Data Kampung"

    # Receipts: B (acting as coordinator) acknowledges what it holds; A sees it delivered.
    receipt = b.files / "b.fgdr"
    b.run("bundle", "receipt", "-o", receipt)
    delivered = a.run("bundle", "import", receipt)
    assert "marked as delivered" in delivered.stdout
    with a.open() as db:
        status = delivery_status(db)
        assert status.delivered == status.total and status.pending == 0
        assert status.coordinators == [b.fingerprint()]
    nothing = a.run("bundle", "export", "-o", a.files / "pending.fgdb", ok=False)
    assert nothing.returncode == 1 and "Nothing to export" in nothing.stderr
    assert not (a.files / "pending.fgdb").exists()
    with a.open() as db:
        update_workshop(db, workshop, chair_name="Drs. Ignatius Juan")
    pending = a.run("bundle", "export", "-o", a.files / "pending.fgdb").stdout
    assert "(1 revisions," in pending
    assert "1 new changes" in b.run("bundle", "import", a.files / "pending.fgdb").stdout


def test_minutes_bundles_carry_no_personal_data_and_encrypted_ones_open_only_for_their_recipient(laptops, tmp_path):
    a, b = laptops
    c = Laptop(tmp_path, "C")
    workshop = a.run("demo").stdout.strip()
    with a.open() as db:
        person = db.records(Participant, "WHERE workshop_id = ? AND phone != '' AND email != ''", (workshop,))[0]
        check_in(db, person["id"])
        set_signature(db, person["id"], tiny_png())
    full = a.export("full.fgdb", "--workshop", workshop)
    minutes = a.export("minutes.fgdb", "--workshop", workshop, "--profile", "minutes")

    def participant_snapshots(path: Path) -> list[dict]:
        with zipfile.ZipFile(path) as z:
            lines = [json.loads(line) for line in z.read("revisions.jsonl").splitlines()]
            names = z.namelist()
        return [line for line in lines if line["entity"] == "participant" and line["snapshot"]], names

    shared, names = participant_snapshots(full)
    assert any(s["snapshot"]["phone"] for s in shared) and any(s["snapshot"]["signature_sha256"] for s in shared)
    assert any(n.startswith("blobs/") for n in names)
    withheld, names = participant_snapshots(minutes)
    assert len(withheld) == len(shared)
    for line in withheld:
        assert not {"phone", "email", "signature_sha256"} & set(line["snapshot"])
        assert line["redacted"] == ["email", "phone", "signature_sha256"]
    assert not any(n.startswith("blobs/") for n in names)  # the signature image stays home

    # Encrypted to B: B opens it, a third laptop cannot (even when it would trust A).
    b.run("bundle", "import", "--trust", minutes)
    a.run("keys", "trust", b.export("b-key.fgdb", "--workshop", workshop))
    sealed = a.export("sealed.fgdb", "--workshop", workshop, "--encrypt-to", b.fingerprint())
    assert b"revisions.jsonl" not in sealed.read_bytes()
    opened = b.run("bundle", "import", "--json", sealed)
    report = json.loads(opened.stdout)
    assert report["status"] == "imported" and report["completed"] > 0  # the full values arrive now
    assert a.state()[0] == b.state()[0]
    refused = c.run("bundle", "import", "--trust", sealed, ok=False)
    assert refused.returncode == 1
    assert f"encrypted for another key ({b.fingerprint()})" in refused.stderr
    assert json.loads(c.run("workshops", "--json").stdout) == []
