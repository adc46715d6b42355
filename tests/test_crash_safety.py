"""SIGKILL a writer at random moments: every input whose commit returned survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fgd_app.store.database import open_database
from fgd_app.store.schema import check_integrity
from tests.helpers import make_workshop

KILLS = 20
WRITER = Path(__file__).with_name("crash_writer.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_inputs_acknowledged_before_sigkill_survive(db_path, isolated_home):
    with open_database(db_path) as db:
        workshop_id = make_workshop(db).id
    rng = random.Random(20211706)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    acknowledged: list[str] = []
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(db_path), workshop_id],
                                stdout=subprocess.PIPE, text=True, env=env)
        first = proc.stdout.readline()  # started and committing
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        acknowledged += [line for line in (first + rest).splitlines() if len(line) == 36]
    assert len(acknowledged) >= KILLS
    with open_database(db_path) as db:
        check_integrity(db.conn, db.path, full=True)
        stored = {r[0] for r in db.rows("SELECT id FROM input")}
        missing = [i for i in acknowledged if i not in stored]
        assert missing == []
        logged = {r[0] for r in db.rows("SELECT entity_id FROM revision WHERE entity = 'input'")}
        assert stored <= logged  # never a row without its revision
