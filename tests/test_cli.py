"""The `fgd-app` command as a person runs it: real subprocesses, exit codes, no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from fgd_app import __version__


def run(*args, env_extra=None, home):
    env = {**os.environ, "FGD_APP_HOME": str(home), **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "fgd_app", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_version(isolated_home):
    result = run("--version", home=isolated_home)
    assert result.returncode == 0 and result.stdout.strip() == f"fgd-app {__version__}"


def test_demo_then_workshops_json_lists_kutai_barat_on_six_pillars(isolated_home, tmp_path):
    db = str(tmp_path / "cli.sqlite3")
    first = run("--db", db, "demo", home=isolated_home)
    assert first.returncode == 0, first.stderr
    workshop_id = first.stdout.strip()
    assert run("--db", db, "demo", home=isolated_home).stdout.strip() == workshop_id  # not created twice
    listed = run("--db", db, "workshops", "--json", home=isolated_home)
    assert listed.returncode == 0
    (workshop,) = json.loads(listed.stdout)
    assert workshop["id"] == workshop_id
    assert workshop["regency_name"] == "Kabupaten Kutai Barat" and workshop["timezone"] == "WITA"
    assert set(workshop["inputs_by_pillar"]) == {"governance", "branding", "economy", "living", "society", "environment"}
    assert all(n > 0 for n in workshop["inputs_by_pillar"].values())
    table = run("--db", db, "workshops", home=isolated_home)
    assert "Kabupaten Kutai Barat" in table.stdout


def test_default_database_lives_in_the_data_dir_and_env_var_overrides(isolated_home, tmp_path):
    assert run("demo", home=isolated_home).returncode == 0
    assert (isolated_home / "fgd-app.sqlite3").exists()
    other = tmp_path / "other.sqlite3"
    assert run("demo", env_extra={"FGD_APP_DB": str(other)}, home=isolated_home).returncode == 0
    assert other.exists()


def test_export_import_check_round_trip_through_the_cli(isolated_home, tmp_path):
    source, target = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    workshop_id = run("--db", source, "demo", home=isolated_home).stdout.strip()
    out = tmp_path / "ws.json"
    exported = run("--db", source, "export", "json", workshop_id[:13], "-o", str(out), home=isolated_home)
    assert exported.returncode == 0, exported.stderr
    imported = run("--db", target, "import", "json", str(out), home=isolated_home)
    assert imported.returncode == 0 and imported.stdout.strip() == workshop_id
    checked = run("--db", target, "check", home=isolated_home)
    assert checked.returncode == 0 and checked.stdout.startswith("ok:")


def test_usage_errors_exit_2(isolated_home):
    assert run("export", home=isolated_home).returncode == 2
    assert run("frobnicate", home=isolated_home).returncode == 2


@pytest.mark.parametrize("lang, expected", [("en", "is not valid JSON"), ("id", "bukan JSON yang sah")])
def test_rejected_input_exits_1_with_one_line_in_the_users_language(isolated_home, tmp_path, lang, expected):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    result = run("--db", str(tmp_path / "x.sqlite3"), "import", "json", str(bad),
                 env_extra={"FGD_APP_LANG": lang}, home=isolated_home)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and expected in result.stderr
    assert result.stdout == ""


def test_unknown_workshop_is_a_clear_error(isolated_home, tmp_path):
    result = run("--db", str(tmp_path / "x.sqlite3"), "export", "json", "nope", "-o", str(tmp_path / "o.json"),
                 home=isolated_home)
    assert result.returncode == 1 and "Workshop 'nope' not found" in result.stderr


def test_headless_commands_never_import_qt(isolated_home, tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from fgd_app.cli import main
        db = {str(tmp_path / "q.sqlite3")!r}
        out = {str(tmp_path / "q.json")!r}
        for argv in (["--db", db, "demo"], ["--db", db, "workshops", "--json"], ["--db", db, "check"]):
            assert main(argv) == 0, argv
        wid = __import__("fgd_app.store.database", fromlist=["x"]).open_database(db).scalar("SELECT id FROM workshop")
        assert main(["--db", db, "export", "json", wid, "-o", out]) == 0
        loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "fgd_app.ui")))
        print("QT:", loaded)
        """
    )
    env = {**os.environ, "FGD_APP_HOME": str(isolated_home)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


def test_listing_workshops_does_not_load_the_orm(isolated_home, tmp_path):
    """`fgd-app workshops` is the start-up path: plain sqlite3, no SQLAlchemy or pydantic."""
    db = str(tmp_path / "l.sqlite3")
    run("--db", db, "demo", home=isolated_home)
    script = (
        "import sys; from fgd_app.cli import main; "
        f"assert main(['--db', {db!r}, 'workshops']) == 0; "
        "print('HEAVY:', sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic') if m in sys.modules))"
    )
    env = {**os.environ, "FGD_APP_HOME": str(isolated_home)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert "HEAVY: []" in result.stdout, result.stdout + result.stderr
