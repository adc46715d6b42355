"""The database file: identity, settings, migrations, integrity checks, reference data."""

from __future__ import annotations

import sqlite3

import pytest

from fgd_app.errors import UserError
from fgd_app.store import schema
from fgd_app.store.database import open_database
from fgd_app.store.models import SQLModel, Workshop
from tests.helpers import add_input, make_workshop


def test_new_database_is_marked_configured_and_seeded(db):
    assert db.scalar("PRAGMA application_id") == schema.APPLICATION_ID
    assert db.scalar("PRAGMA user_version") == schema.latest_version()
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("SELECT count(*) FROM regency") == 514
    assert db.rows("SELECT name, province_name, timezone FROM regency WHERE code = '64.07'") == [
        ("Kabupaten Kutai Barat", "Kalimantan Timur", "WITA")
    ]
    assert db.scalar("SELECT count(*) FROM pillar") == 6
    assert db.scalar("SELECT count(*) FROM element") == 18


def test_migrated_schema_matches_the_models(db):
    """The frozen migrations and the SQLModel tables must describe the same columns."""
    for table in SQLModel.metadata.sorted_tables:
        stored = {row[1] for row in db.rows(f"PRAGMA table_info({table.name})")}
        assert stored == {c.name for c in table.columns}, table.name
        stored_fks = {(r[3], r[2]) for r in db.rows(f"PRAGMA foreign_key_list({table.name})")}
        model_fks = {(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys}
        assert stored_fks == model_fks, table.name


def test_reopening_keeps_data_and_does_not_reseed(db_path):
    with open_database(db_path) as db:
        workshop = make_workshop(db)
    with open_database(db_path) as db:
        assert db.scalar("SELECT title FROM workshop WHERE id = ?", (workshop.id,)) == "FGD Uji"
        assert db.scalar("SELECT count(*) FROM pillar") == 6


def test_foreign_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    before = path.read_bytes()
    with pytest.raises(UserError) as err:
        open_database(path)
    assert err.value.code == "db.foreign"
    assert path.read_bytes() == before


def test_non_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"JFIF" * 500)
    with pytest.raises(UserError) as err:
        open_database(path)
    assert err.value.code == "db.not_sqlite"
    assert "not an fgd-app database" in err.value.message("en")
    assert "bukan basis data fgd-app" in err.value.message("id")


def test_newer_schema_asks_to_update_the_app(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(UserError) as err:
        open_database(db_path)
    assert err.value.code == "db.too_new"
    assert "update the app" in err.value.message("en")


def test_damaged_pages_are_detected_at_open(db_path):
    with open_database(db_path) as db:
        workshop = make_workshop(db)
        for n in range(300):
            add_input(db, workshop.id, text=f"Masukan nomor {n} " * 20)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 5, len(data) - page, page * 3):  # scribble over interior pages
        data[offset + 100 : offset + 600] = b"\x5a" * 500
    db_path.write_bytes(bytes(data))
    with pytest.raises(UserError) as err:
        open_database(db_path)
    assert err.value.code in {"db.damaged", "db.not_sqlite"}
    assert "damaged" in err.value.message("en") or "not an fgd-app" in err.value.message("en")


def with_extra_migration(monkeypatch, tmp_path, name: str, sql: str) -> None:
    """Point the app at a copy of its migrations plus one more step (`name` without its number)."""
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    for _version, file in schema.migrations():
        (migrations / file.name).write_text(file.read_text("utf-8"), "utf-8")
    (migrations / f"{schema.latest_version() + 1:04d}_{name}").write_text(sql, "utf-8")
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)


def test_a_version_1_database_is_upgraded_with_defaults(db_path, tmp_path, monkeypatch):
    """A file made by the first release opens in this one, its workshops given the new defaults."""
    first = tmp_path / "first_release"
    first.mkdir()
    (first / "0001_initial.sql").write_text((schema.MIGRATIONS_DIR / "0001_initial.sql").read_text("utf-8"), "utf-8")
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS_DIR", first)
        with sqlite3.connect(db_path) as conn:
            schema.migrate(conn, db_path)
            conn.execute("PRAGMA application_id = %d" % schema.APPLICATION_ID)
            conn.execute("INSERT INTO regency VALUES ('64.07', 'Kutai Barat', 'kabupaten', '64', 'Kalimantan Timur', 'WITA')")
            columns = [r[1] for r in conn.execute("PRAGMA table_info(workshop)")]
            values = {c: "" for c in columns} | {
                "id": "w1", "regency_code": "64.07", "title": "FGD lama", "stage": "bimtek1",
                "held_on": "2021-05-20", "language": "id", "status": "planned",
                "facilitators": "[]", "pillars": "[]", "letterhead_lines": "[]", "logo_sha256": None,
                "start_time": None, "end_time": None, "opened_at": None, "closed_at": None}
            conn.execute(f"INSERT INTO workshop ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                         tuple(values.values()))
    with open_database(db_path) as db:
        assert db.scalar("PRAGMA user_version") == schema.latest_version()
        assert db.scalar("SELECT dots_per_participant FROM workshop WHERE id = 'w1'") == 3
        assert db.get(Workshop, "w1").title == "FGD lama"


def test_failed_migration_changes_nothing_and_leaves_a_backup(db_path, tmp_path, monkeypatch):
    with open_database(db_path) as db:
        make_workshop(db)
    with_extra_migration(monkeypatch, tmp_path, "broken.sql",
                         "ALTER TABLE workshop ADD COLUMN extra TEXT;\nCREATE TABLE workshop (x);\n")
    with pytest.raises(UserError) as err:
        open_database(db_path)
    assert err.value.code == "db.migration_failed"
    monkeypatch.undo()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert "extra" not in {r[1] for r in conn.execute("PRAGMA table_info(workshop)")}
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT count(*) FROM workshop").fetchone()[0] == 1


def test_successful_migration_upgrades_in_place(db_path, tmp_path, monkeypatch):
    with open_database(db_path) as db:
        make_workshop(db)
    with_extra_migration(monkeypatch, tmp_path, "add_note.sql", "ALTER TABLE workshop ADD COLUMN note TEXT;\n")
    with open_database(db_path) as db:
        assert db.scalar("PRAGMA user_version") == schema.latest_version()
        assert db.scalar("SELECT count(*) FROM workshop") == 1


def test_validation_rejects_absurd_values_and_writes_nothing(db):
    from pydantic import ValidationError

    for bad in ({"held_on": "2021-02-30"}, {"held_on": "9999-01-01"}, {"title": ""}, {"title": "x" * 10_000},
                {"stage": "bimtek9"}, {"language": "fr"}):
        with pytest.raises(ValidationError):
            make_workshop(db, **bad)
    assert db.scalar("SELECT count(*) FROM workshop") == 0
    assert db.scalar("SELECT count(*) FROM revision") == 0
