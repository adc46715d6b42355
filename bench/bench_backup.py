"""Backups (issue 7): how long snapshots, restores and rescues take on a large database,
and whether a snapshot holds up writing.

The database is a coordinator's after importing the sync benchmark's 50 bundles
(100,000 revisions, 75,000 inputs). Figures: one automatic snapshot; the full check of a
snapshot (what the restore dialog runs on the selected one); a restore; a rescue of the
whole file from its revision log; and the commit latency of inputs written while
snapshots run in another thread (the writer thread's experience during an automatic
backup) against the same writes without. No goal is named in the issue; the snapshot
must be short next to its 5-minute interval and must not stall typing.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import fresh_home, summary_ms  # noqa: E402

WRITES = 2000


def big_database(home: Path) -> Path:
    from bench import bench_sync

    files = [bench_sync.make_laptop(home, i) for i in range(bench_sync.LAPTOPS)]
    db = bench_sync.coordinator(home, "coordinator")
    bench_sync.import_all(db, files, "imported")
    path = db.path
    db.close()
    return path


def timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, result


def write_latencies(db_path: Path, during_snapshots: bool) -> dict:
    """Commit latency of WRITES inputs, optionally while snapshots run back to back."""
    from fgd_app.store import backups
    from fgd_app.store.database import open_database
    from tests.helpers import add_input

    db = open_database(db_path)
    workshop = db.scalar("SELECT id FROM workshop LIMIT 1")
    stop = threading.Event()
    made = []

    def snapshots():
        while not stop.is_set():
            made.append(backups.snapshot(db_path, "auto"))

    worker = threading.Thread(target=snapshots) if during_snapshots else None
    if worker:
        worker.start()
        time.sleep(0.05)
    samples = []
    for i in range(WRITES):
        started = time.perf_counter()
        add_input(db, workshop, f"masukan saat pencadangan {i}")
        samples.append(time.perf_counter() - started)
    stop.set()
    if worker:
        worker.join()
    db.close()
    return {**summary_ms(samples), "snapshots": len(made)}


def run() -> dict:
    from fgd_app.store import backups
    from fgd_app.store.salvage import salvage

    home = fresh_home()
    db_path = big_database(home)
    size_mb = db_path.stat().st_size / 1e6
    snapshot_s, snap = timed(backups.snapshot, db_path, "auto")
    inspect_s, summary = timed(backups.inspect, snap)
    restore_s, _ = timed(backups.restore, db_path, snap)
    rescue_s, report = timed(salvage, db_path, home / "rescued.sqlite3")
    quiet = write_latencies(db_path, during_snapshots=False)
    busy = write_latencies(db_path, during_snapshots=True)
    result = {"size_mb": size_mb, "revisions": summary.revisions, "snapshot_s": snapshot_s, "inspect_s": inspect_s,
              "restore_s": restore_s, "rescue_s": rescue_s, "rescued": report.revisions, "quiet": quiet, "busy": busy}
    print(f"database {size_mb:.0f} MB, {summary.revisions:,} revisions")
    print(f"snapshot {snapshot_s:.2f} s, full check {inspect_s:.2f} s, restore {restore_s:.2f} s, "
          f"rescue {rescue_s:.2f} s ({report.revisions:,} revisions)")
    print(f"input commits: alone median {quiet['median']:.1f} ms p99 {quiet['p99']:.1f} ms; during "
          f"{busy['snapshots']} back-to-back snapshots median {busy['median']:.1f} ms p99 {busy['p99']:.1f} ms")
    return result


if __name__ == "__main__":
    run()
