"""Snapshots rotate and restore; a damaged database is detected and can be restored or rescued."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from fgd_app.errors import UserError
from fgd_app.services.demo import ensure_demo
from fgd_app.store import backups
from fgd_app.store.database import Database, open_database
from fgd_app.store.lock import DatabaseLock
from fgd_app.store.replay import dump_hash
from fgd_app.store.salvage import salvage
from fgd_app.store.schema import check_integrity
from tests.helpers import add_input, make_workshop


def demo_db(path: Path) -> str:
    """A closed database holding the demo workshop; returns its content hash."""
    with open_database(path) as db:
        ensure_demo(db)
        return dump_hash(db, include_log=False)


def content(path: Path) -> str:
    with open_database(path) as db:
        return dump_hash(db, include_log=False)


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with noise, as a failing disk sector would."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(os.urandom(page_size))


def test_snapshot_of_an_open_database_holds_its_last_commit_in_one_file(db_path):
    db = open_database(db_path)
    workshop = make_workshop(db)
    add_input(db, workshop.id, "Jaringan internet desa belum merata")  # still in the WAL, not checkpointed
    assert Path(f"{db_path}-wal").stat().st_size > 0
    snap = backups.snapshot(db_path, "manual")
    add_input(db, workshop.id, "Ditulis setelah cadangan")
    db.close()
    assert not Path(f"{snap}-wal").exists()
    with sqlite3.connect(snap) as conn:
        texts = {r[0] for r in conn.execute("SELECT text FROM input")}
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert texts == {"Jaringan internet desa belum merata"}
    assert snap.parent == db_path.parent / "backups" and ":" not in snap.name


def test_snapshots_rotate_per_reason_keeping_the_newest(db_path):
    demo_db(db_path)
    made = [backups.snapshot(db_path, "auto") for _ in range(backups.KEEP["auto"] + 3)]
    manual = backups.snapshot(db_path, "manual")
    kept = [b.path for b in backups.list_backups(db_path) if b.reason == "auto"]
    assert kept == list(reversed(made[-backups.KEEP["auto"]:]))  # newest first, the three oldest gone
    assert not any(p.exists() for p in made[:3])
    assert manual.exists()


def test_restore_brings_back_the_snapshot_and_keeps_the_current_content(db_path):
    before = demo_db(db_path)
    snap = backups.snapshot(db_path, "auto")
    with open_database(db_path) as db:
        workshop_id = db.scalar("SELECT id FROM workshop")
        add_input(db, workshop_id, "Masukan sesudah cadangan")
    after = content(db_path)
    kept = backups.restore(db_path, snap)
    assert content(db_path) == before != after
    assert "pre-restore" in kept.name and content(kept) == after  # nothing lost: the undone work is kept


def test_restore_under_another_open_connection_is_seen_by_it(db_path):
    demo_db(db_path)
    snap = backups.snapshot(db_path, "auto")
    other = open_database(db_path)
    try:
        add_input(other, other.scalar("SELECT id FROM workshop"), "Akan dibatalkan")
        count = other.scalar("SELECT count(*) FROM input")
        backups.restore(db_path, snap)
        assert other.scalar("SELECT count(*) FROM input") == count - 1
    finally:
        other.close()


@pytest.mark.parametrize("kind", ["noise", "foreign", "newer", "truncated", "itself"])
def test_an_unusable_backup_is_refused_and_changes_nothing(db_path, tmp_path, kind):
    before = demo_db(db_path)
    bad = tmp_path / "bad.sqlite3"
    if kind == "noise":
        bad.write_bytes(os.urandom(8192))
    elif kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE t (x)")
        conn.close()
    elif kind == "newer":
        snap = backups.snapshot(db_path, "manual", target=bad)
        with sqlite3.connect(snap) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()
    elif kind == "truncated":
        data = backups.snapshot(db_path, "manual", target=tmp_path / "full.sqlite3").read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        bad = db_path
    with pytest.raises(UserError) as err:
        backups.restore(db_path, bad)
    assert err.value.code == "backup.unusable"
    assert str(bad) in err.value.message("id") and "tidak diubah" in err.value.message("id")
    assert content(db_path) == before
    assert not any(b.reason == "pre-restore" for b in backups.list_backups(db_path))


def test_damaged_pages_are_detected_at_open_and_a_restore_makes_the_file_whole(db_path):
    before = demo_db(db_path)
    snap = backups.snapshot(db_path, "auto")
    damage_table(db_path, "input")
    with pytest.raises(UserError) as err:
        open_database(db_path)
    assert err.value.code == "db.damaged"
    kept = backups.restore(db_path, snap)
    assert "damaged" in kept.name and kept.exists()  # never deleted
    assert content(db_path) == before
    with open_database(db_path) as db:
        check_integrity(db.conn, db.path, full=True)


def test_rescue_rebuilds_a_damaged_table_from_the_revision_log(db_path, tmp_path):
    before = demo_db(db_path)
    damage_table(db_path, "input")
    report = salvage(db_path, tmp_path / "rescued.sqlite3")
    assert report.complete and report.workshops == 1
    assert content(report.target) == before  # every input came back from the log
    backups.restore(db_path, report.target)
    assert content(db_path) == before


def test_rescue_with_part_of_the_log_lost_keeps_what_stays_consistent(db_path, tmp_path):
    demo_db(db_path)
    with sqlite3.connect(db_path) as conn:
        total = conn.execute("SELECT count(*) FROM revision").fetchone()[0]
        leaves = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'revision' AND pagetype = 'leaf' ORDER BY pageno")]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db_path, "r+b") as handle:  # one leaf of the log in the middle turns to noise
        handle.seek((leaves[len(leaves) // 2] - 1) * page_size)
        handle.write(b"\xff" * page_size)
    report = salvage(db_path, tmp_path / "rescued.sqlite3")
    assert report.rows_unreadable.get("revision", 0) > 0 and not report.complete
    assert 0 < report.revisions < total and report.workshops == 1  # the workshop itself was on an early page
    with Database(report.target) as db:  # opens like any database: checked, consistent
        check_integrity(db.conn, db.path, full=True)
        assert db.scalar("SELECT count(*) FROM revision") == report.revisions
        assert db.scalar("SELECT count(*) FROM input") > 0


def test_rescue_refuses_to_overwrite_and_reports_an_unreadable_file(db_path, tmp_path):
    demo_db(db_path)
    existing = tmp_path / "there.sqlite3"
    existing.write_bytes(b"x")
    with pytest.raises(UserError) as err:
        salvage(db_path, existing)
    assert err.value.code == "salvage.target_exists" and existing.read_bytes() == b"x"
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(os.urandom(20000))
    with pytest.raises(UserError) as err:
        salvage(noise, tmp_path / "out.sqlite3")
    assert err.value.code == "salvage.unreadable" and not (tmp_path / "out.sqlite3").exists()


def test_imports_take_one_snapshot_per_batch(db_path, tmp_path):
    from fgd_app.services.json_io import export_json, import_json

    demo_db(db_path)
    with open_database(db_path) as db:
        export_json(db, db.scalar("SELECT id FROM workshop"), tmp_path / "ws.json")
    other = tmp_path / "other.sqlite3"
    with open_database(other) as db:
        import_json(db, tmp_path / "ws.json")
        first = [b for b in backups.list_backups(other) if b.reason == "pre-import"]
        assert len(first) == 1
        with sqlite3.connect(first[0].path) as conn:  # taken before: the workshop is not in it
            assert conn.execute("SELECT count(*) FROM workshop").fetchone()[0] == 0
        conn.close()
        assert backups.before_import(other) is None  # a second file of the same batch: none
        assert len([b for b in backups.list_backups(other) if b.reason == "pre-import"]) == 1


def test_a_second_window_on_the_same_file_is_refused_until_the_first_closes(db_path):
    first = DatabaseLock(db_path).acquire()
    with pytest.raises(UserError) as err:
        DatabaseLock(db_path).acquire()
    assert err.value.code == "db.in_use" and "jendela fgd-app lain" in err.value.message("id")
    first.release()
    with DatabaseLock(db_path) as again:
        assert again.held


def test_the_lock_of_a_killed_app_is_free_again(db_path):
    script = textwrap.dedent(f"""
        import sys, time
        from fgd_app.store.lock import DatabaseLock
        held = DatabaseLock({str(db_path)!r}).acquire()
        print("locked", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(UserError):
            DatabaseLock(db_path).acquire()
        proc.kill()
        proc.wait(10)
        deadline = time.monotonic() + 5
        while True:
            try:
                DatabaseLock(db_path).acquire().release()
                break
            except UserError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
    finally:
        proc.kill()


def fgd(*args: str | Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "FGD_APP_HOME": str(home), "FGD_APP_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "fgd_app", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_cli_backup_list_restore_and_rescue(tmp_path):
    home = tmp_path / "home"
    assert fgd("demo", home=home).returncode == 0
    db_path = home / "fgd-app.sqlite3"
    before = content(db_path)
    made = fgd("backup", home=home)
    assert made.returncode == 0 and "manual" in made.stdout
    listed = fgd("backup", "--list", "--check", home=home)
    assert "manual" in listed.stdout and listed.stdout.rstrip().endswith("ok")
    damage_table(db_path, "input")
    refused = fgd("check", home=home)
    assert refused.returncode == 1 and "damaged" in refused.stderr
    rescued = fgd("rescue", "-o", tmp_path / "rescued.sqlite3", home=home)
    assert rescued.returncode == 0 and "1 workshops" in rescued.stdout
    restored = fgd("restore", "--latest", home=home)
    assert restored.returncode == 0 and "damaged" in restored.stdout  # the damaged file is kept
    assert content(db_path) == before
    assert fgd("check", "--full", home=home).returncode == 0


def test_cli_restore_is_refused_while_a_window_has_the_database(tmp_path):
    home = tmp_path / "home"
    fgd("demo", home=home)
    db_path = home / "fgd-app.sqlite3"
    snap = backups.snapshot(db_path, "manual")
    with DatabaseLock(db_path):
        refused = fgd("restore", snap, home=home)
    assert refused.returncode == 1 and "another fgd-app window" in refused.stderr
    assert not any(b.reason == "pre-restore" for b in backups.list_backups(db_path))


def test_portable_mode_keeps_data_beside_the_program(tmp_path, monkeypatch):
    from fgd_app import paths

    monkeypatch.delenv("FGD_APP_HOME", raising=False)
    program = tmp_path / "USB Stick" / "fgd-app"
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "fgd-app.exe"))
    assert paths.portable_root() is None  # no marker: the platform's data dir, as usual
    (program / paths.PORTABLE_MARKER).write_text("")
    assert paths.data_dir() == program / "data"
    assert paths.default_db_path() == program / "data" / "fgd-app.sqlite3"
    assert paths.settings_dir() == program / "data" / "settings"
    assert paths.log_dir() == program / "data" / "logs"


def test_a_snapshot_the_disk_refuses_is_reported_and_leaves_no_partial_file(db_path):
    demo_db(db_path)
    (db_path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(UserError) as err:
        backups.snapshot(db_path, "auto")
    assert err.value.code == "backup.failed" and "tidak ada yang diubah" in err.value.message("id")
    assert (db_path.parent / "backups").is_file()
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]
