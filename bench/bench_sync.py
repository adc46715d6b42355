"""Importing bundles (issue 6): a coordinator receives 50 facilitators' bundles.

Fifty simulated laptops (each its own database, device id and Ed25519 key, all trusted
by the coordinator) each run one workshop: 100 participants, 1,500 inputs, 200 votes
and 199 later edits of inputs, so that each laptop's workshop bundle carries exactly
2,000 revisions. The coordinator's fresh database imports the 50 files with
`import_file`, as the Sync page and the CLI do: every check (zip safety, member hashes,
the manifest signature, every line parsed and every snapshot validated as its table's
row), then the merge in one transaction per file.

Figures: revisions per second of the first import; the same 50 files imported again
(every revision already there) against the first import; and 25 against 50 files into a
fresh database (1x against 2x data). Goals: at least 20,000 revisions/s, re-import at
most 5% of the first import, linear scaling (ratio close to 2).
"""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import fresh_home  # noqa: E402

LAPTOPS = 50
REVISIONS = 2000  # per bundle
PARTICIPANTS, INPUTS, VOTES = 100, 1500, 200
EDITS = REVISIONS - 1 - PARTICIPANTS - INPUTS - VOTES
WORDS = ("jaringan", "internet", "aplikasi", "layanan", "data", "kampung", "sekolah", "sampah", "pasar", "wisata",
         "sungai", "kecamatan", "pelatihan", "anggaran", "operator", "server", "puskesmas", "jalan", "UMKM", "banjir")
PILLARS = ("governance", "branding", "economy", "living", "society", "environment")


def key_of(name: str):
    from fgd_app.sync.keys import DeviceKey

    return DeviceKey(hashlib.sha256(f"bench {name}".encode()).digest())


def make_laptop(directory: Path, index: int) -> Path:
    """One facilitator's laptop and workshop; returns its bundle file (2,000 revisions)."""
    import random

    from fgd_app.store.database import Database
    from fgd_app.store.models import Input, Participant, Vote, Workshop
    from fgd_app.sync.exporter import export_bundle

    rng = random.Random(index)
    said = lambda n: " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."  # noqa: E731
    db = Database(directory / f"laptop{index:02d}.sqlite3", device_id=f"laptop-{index:02d}")
    with db.transaction() as tx:
        workshop = tx.insert(Workshop, regency_code="64.07", title=f"FGD Bimtek 1 kelompok {index + 1}",
                             held_on="2021-06-17", venue="Aula Bappelitbangda", pillars=list(PILLARS))
        people = [tx.insert(Participant, workshop_id=workshop.id, name=f"Peserta {index}-{i}",
                            institution=f"OPD {i % 17}", phone=f"0812{index:03d}{i:05d}",
                            email=f"p{i}@kubar.go.id").id for i in range(PARTICIPANTS)]
        inputs = [tx.insert(Input, workshop_id=workshop.id, pillar_key=PILLARS[i % 6], kind="problem", text=said(14),
                            speaker_id=people[i % PARTICIPANTS], position=i).id for i in range(INPUTS)]
        for i in range(VOTES):
            tx.insert(Vote, workshop_id=workshop.id, input_id=inputs[(i * 7) % INPUTS],
                      voter_id=people[i % PARTICIPANTS])
        for i in range(EDITS):
            tx.update(Input, inputs[(i * 13) % INPUTS], text=said(16))
    path = directory / f"laptop{index:02d}.fgdb"
    result = export_bundle(db, path, workshop.id, key=key_of(f"laptop {index}"))
    assert result.revisions == REVISIONS, result.revisions
    db.close()
    return path


def coordinator(directory: Path, name: str):
    from fgd_app.store.database import Database
    from fgd_app.sync.keys import trust

    db = Database(directory / f"{name}.sqlite3", device_id=name)
    for i in range(LAPTOPS):
        trust(db, key_of(f"laptop {i}").public, f"Fasilitator {i + 1}", f"laptop-{i:02d}")
    return db


def import_all(db, files: list[Path], expected: str) -> float:
    from fgd_app.sync.importer import import_file

    key = key_of("coordinator")
    started = time.perf_counter()
    for path in files:
        report = import_file(db, path, key)
        assert report.status == expected, (path.name, report.status)
    return time.perf_counter() - started


def run() -> dict:
    home = fresh_home()
    started = time.perf_counter()
    files = [make_laptop(home, i) for i in range(LAPTOPS)]
    made_s = time.perf_counter() - started
    print(f"made {LAPTOPS} laptops' bundles of {REVISIONS:,} revisions in {made_s:.1f} s "
          f"({sum(f.stat().st_size for f in files) / 2**20:.1f} MB)")

    db = coordinator(home, "coordinator")
    first_s = import_all(db, files, "imported")
    again_s = import_all(db, files, "nothing_new")
    held = db.scalar("SELECT count(*) FROM revision")
    db.close()
    half_db = coordinator(home, "coordinator-half")
    half_s = import_all(half_db, files[:LAPTOPS // 2], "imported")
    half_db.close()
    total = LAPTOPS * REVISIONS
    result = {
        "laptops": LAPTOPS, "revisions_per_bundle": REVISIONS, "revisions": total, "held": held,
        "first_s": first_s, "rate": total / first_s, "again_s": again_s, "again_ratio": again_s / first_s,
        "half_s": half_s, "scaling": first_s / half_s,
    }
    print(f"first import: {total:,} revisions in {first_s:.2f} s = {result['rate']:,.0f} revisions/s "
          f"(goal >= 20,000)")
    print(f"re-import of the same {LAPTOPS} files: {again_s * 1000:.0f} ms = {result['again_ratio']:.1%} "
          f"of the first import (goal <= 5%)")
    print(f"{LAPTOPS // 2} files {half_s:.2f} s, {LAPTOPS} files {first_s:.2f} s: 2x data takes "
          f"{result['scaling']:.2f}x the time (linear: 2.0)")
    return result


if __name__ == "__main__":
    run()
