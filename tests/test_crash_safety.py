"""SIGKILL a writer at random moments: every input whose commit returned survives."""

from __future__ import annotations

import random
import signal
import time

import pytest

from fgd_app.store.database import open_database
from fgd_app.store.schema import check_integrity
from tests.crash_writer import kill, spawn
from tests.helpers import make_workshop

KILLS = 20


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_inputs_acknowledged_before_sigkill_survive(db_path, isolated_home):
    with open_database(db_path) as db:
        workshop_id = make_workshop(db).id
    rng = random.Random(20211706)
    acknowledged: list[str] = []
    for _ in range(KILLS):
        proc = spawn("inputs", db_path, workshop_id)
        first = proc.stdout.readline().strip()  # started and committing
        time.sleep(rng.uniform(0.0, 0.25))
        acknowledged += [line for line in [first, *kill(proc)] if len(line) == 36]
    assert len(acknowledged) >= KILLS
    with open_database(db_path) as db:
        check_integrity(db.conn, db.path, full=True)
        stored = {r[0] for r in db.rows("SELECT id FROM input")}
        missing = [i for i in acknowledged if i not in stored]
        assert missing == []
        logged = {r[0] for r in db.rows("SELECT entity_id FROM revision WHERE entity = 'input'")}
        assert stored <= logged  # never a row without its revision
