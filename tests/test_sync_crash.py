"""SIGKILL during an import and during an export: before or after, never in between.

An import is one SQLite transaction, so a laptop that dies (or a person who kills the
app) in the middle leaves the database exactly as before the import or exactly as after
it, and it opens cleanly. An export writes a temporary file and renames it into place,
so the bundle's name never holds half a bundle: it is absent, or a complete bundle
whose every hash and signature verify.

The children (`tests/crash_writer.py`) print a line at each phase; some kills are aimed
at a phase (inside the transaction, during its COMMIT, at the rename) by waiting for
its line, the others fall at random over the whole run.
"""

from __future__ import annotations

import random
import re
import shutil
import signal
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from fgd_app.services.demo import ensure_demo
from fgd_app.store.database import Database
from fgd_app.store.models import Input
from fgd_app.store.replay import dump_hash
from fgd_app.store.schema import check_integrity
from fgd_app.sync.bundle import read_bundle
from fgd_app.sync.exporter import export_bundle
from fgd_app.sync.importer import import_file
from fgd_app.sync.keys import device_key, trust
from tests.crash_writer import kill, spawn, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")]

INPUTS = 2500  # with the demo, a bundle of ~2,800 revisions: an import of a few tenths of a second
KILLS_PER_PHASE = 7


@dataclass(frozen=True)
class Scene:
    source: Path  # laptop A's database
    workshop_id: str
    bundle: Path  # its export
    revisions: int
    signer_dir: Path
    receiver_dir: Path
    pristine: Path  # the coordinator's database: trusts A, has nothing of A's yet
    before: str
    after: str  # dump_hash of `pristine` before and after a clean import of `bundle`


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> Scene:
    root = tmp_path_factory.mktemp("sync_crash")
    signer_dir, receiver_dir = root / "keys-a", root / "keys-c"
    signer = device_key(signer_dir)
    source = root / "a.sqlite3"
    with Database(source, device_id="dev-A") as db:
        workshop_id, _ = ensure_demo(db)
        with db.transaction() as tx:
            for n in range(INPUTS):
                tx.insert(Input, workshop_id=workshop_id, pillar_key="economy", kind="idea",
                          text=f"Masukan ke-{n}: pasar digital untuk UMKM rotan, sinyal di hulu Mahakam")
        exported = export_bundle(db, root / "a.fgdb", workshop_id, key=signer)
    pristine = root / "coordinator.sqlite3"
    with Database(pristine, device_id="dev-C") as db:
        trust(db, signer.public, "Laptop A", "dev-A")
        before = dump_hash(db)
    clean = root / "clean.sqlite3"
    shutil.copy(pristine, clean)
    with Database(clean, device_id="dev-C") as db:
        assert import_file(db, exported.path, key=device_key(receiver_dir)).new == exported.revisions
        after = dump_hash(db)
    assert after != before
    return Scene(source, workshop_id, exported.path, exported.revisions, signer_dir, receiver_dir, pristine, before,
                 after)


def fresh_copy(scene: Scene, path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(scene.pristine, path)


def reopened_hash(path: Path) -> str:
    """Open the database as the app would after the crash, check it fully, hash it."""
    with Database(path, device_id="dev-C") as db:
        check_integrity(db.conn, db.path, full=True)
        return dump_hash(db)


def import_timings(scene: Scene, work: Path) -> dict[str, float]:
    """Seconds from `ready` to each phase line of one import left to finish."""
    fresh_copy(scene, work)
    proc = spawn("import", work, scene.bundle, scene.receiver_dir)
    wait_for(proc, "ready")
    start, at = time.perf_counter(), {}
    for phase in ("begin", "commit", "done"):
        wait_for(proc, phase)
        at[phase] = time.perf_counter() - start
    assert proc.wait(timeout=60) == 0
    assert reopened_hash(work) == scene.after
    return at


def test_import_killed_at_random_moments_is_before_or_after(scene, tmp_path):
    work = tmp_path / "coordinator.sqlite3"
    at = import_timings(scene, work)
    windows = {  # phase line to wait for -> how long after it the kill may fall
        "ready": at["done"] * 1.1,  # anywhere: reading and verifying, the transaction, or after
        "begin": at["commit"] - at["begin"],  # inside the transaction, before its COMMIT
        "commit": at["done"] - at["commit"],  # during the COMMIT
    }
    rng = random.Random(20240606)
    last_phase = Counter()
    for phase in list(windows) * KILLS_PER_PHASE:
        fresh_copy(scene, work)
        proc = spawn("import", work, scene.bundle, scene.receiver_dir)
        seen = wait_for(proc, phase)
        time.sleep(rng.uniform(0, windows[phase]))
        seen += kill(proc)
        found = reopened_hash(work)
        assert found in (scene.before, scene.after), f"between before and after: {seen}"
        if "done" in seen:
            assert found == scene.after
        if "commit" not in seen:
            assert found == scene.before
        last_phase[seen[-1]] += 1
    print(f"import timings {at}; killed after: {dict(last_phase)}")
    assert last_phase["begin"] >= 1  # some kills fell inside the transaction


def bundle_or_nothing(path: Path, revisions: int, key) -> None:
    """The final name holds nothing, or a bundle that verifies completely; only the
    writer's own temporary names may lie beside it."""
    if path.exists():
        bundle = read_bundle(path.read_bytes(), path.name, key)
        assert len(bundle.revisions) == revisions
    temporary = re.compile(rf"\.{re.escape(path.name)}\..+\.tmp")
    strays = [p.name for p in path.parent.iterdir() if p != path and not temporary.fullmatch(p.name)]
    assert strays == []


def test_export_killed_at_random_moments_leaves_no_partial_bundle(scene, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    out = stick / "laptop-a.fgdb"
    key = device_key(scene.signer_dir)
    proc = spawn("export", scene.source, out, scene.signer_dir, scene.workshop_id)
    wait_for(proc, "ready")
    start = time.perf_counter()
    wait_for(proc, "exported")
    period = time.perf_counter() - start
    kill(proc)
    rng = random.Random(20240607)
    last_phase = Counter()
    for k in range(3 * KILLS_PER_PHASE):
        if k % 2 == 0:
            out.unlink(missing_ok=True)  # half the kills hit the first export to this name
        proc = spawn("export", scene.source, out, scene.signer_dir, scene.workshop_id)
        seen = wait_for(proc, "ready")
        if k % 3 == 0:
            seen += wait_for(proc, "rename")  # at the rename: the file is complete under its temporary name
            time.sleep(rng.uniform(0, 0.002))
        else:
            time.sleep(rng.uniform(0, 2 * period))  # building, writing, renaming or reading back
        seen += kill(proc)
        bundle_or_nothing(out, scene.revisions, key)
        if "exported" in seen:
            assert out.exists()  # an export that returned is on the stick
        last_phase[seen[-1]] += 1
    print(f"export period {period:.3f} s; killed after: {dict(last_phase)}")
    assert last_phase.keys() - {"ready"}  # not every kill came before the first export got anywhere
