"""Subprocesses for the crash tests, and the parent's side: start one, kill it with SIGKILL.

Each child prints a line (flushed at once) whenever it passes a point the parent cares
about, so after the kill the parent knows what had happened, and can aim a kill at a
phase by waiting for its line first:

- `inputs DB WORKSHOP`: writes inputs one transaction each, forever; prints each input's
  id after its commit returned (what the app would have shown as saved).
- `import DB BUNDLE KEYDIR`: imports one bundle; prints `ready` before starting, `begin`
  and `commit` as SQLite is about to start and to commit the import's transaction, and
  `done` when the import returned.
- `export DB OUT KEYDIR WORKSHOP`: exports the workshop to OUT again and again; prints
  `ready`, `rename` just before each finished file is renamed into place, `renamed` just
  after, and `exported` when the export (with its read-back check) returned.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# -- the parent's side --------------------------------------------------------------------------


def spawn(*args: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, __file__, *map(str, args)], stdout=subprocess.PIPE, text=True, env=env)


def wait_for(proc: subprocess.Popen, marker: str) -> list[str]:
    """The child's lines up to and including `marker` (blocks until the child prints it)."""
    lines = []
    while (line := proc.stdout.readline()) != "":
        lines.append(line.strip())
        if lines[-1] == marker:
            return lines
    raise AssertionError(f"the child ended without printing {marker!r}: {lines[-5:]}")


def kill(proc: subprocess.Popen) -> list[str]:
    """SIGKILL the child (it may have ended already) and return the lines it printed since."""
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    return rest.split()


# -- the children ------------------------------------------------------------------------------


def mark(word: str) -> None:
    sys.stdout.write(word + "\n")
    sys.stdout.flush()


def write_inputs(db_path: str, workshop_id: str) -> None:
    from fgd_app.store.database import open_database
    from fgd_app.store.models import Input

    db = open_database(db_path)
    n = 0
    while True:
        n += 1
        with db.transaction() as tx:
            item = tx.insert(Input, workshop_id=workshop_id, pillar_key="economy", kind="idea",
                             text=f"Masukan ke-{n}: pasar digital untuk UMKM rotan " * 3)
        mark(item.id)


def import_bundle(db_path: str, bundle: str, key_dir: str) -> None:
    from fgd_app.store.database import Database
    from fgd_app.sync.importer import import_file
    from fgd_app.sync.keys import device_key

    db = Database(db_path, device_id="dev-C")
    key = device_key(Path(key_dir))
    db.conn.set_trace_callback(lambda sql: sql.startswith(("BEGIN", "COMMIT")) and mark(sql.split()[0].lower()))
    mark("ready")
    import_file(db, bundle, key=key)
    mark("done")


def export_bundles(db_path: str, out: str, key_dir: str, workshop_id: str) -> None:
    from fgd_app.store.database import Database
    from fgd_app.sync.exporter import export_bundle
    from fgd_app.sync.keys import device_key

    real_replace = os.replace

    def replace(src, dst):  # observed, not changed: the same call in between the two marks
        mark("rename")
        real_replace(src, dst)
        mark("renamed")

    os.replace = replace
    db = Database(db_path, device_id="dev-A")
    key = device_key(Path(key_dir))
    mark("ready")
    while True:
        export_bundle(db, out, workshop_id, key=key)
        mark("exported")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    mode, *arguments = sys.argv[1:]
    {"inputs": write_inputs, "import": import_bundle, "export": export_bundles}[mode](*arguments)
