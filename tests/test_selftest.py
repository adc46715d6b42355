"""`fgd-app selftest`: run through the installed entry point, as field support and the smoke run do."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

from fgd_app.resources import resources_dir

ENTRY_POINT = shutil.which("fgd-app", path=os.path.dirname(sys.executable))


def selftest(*args, home: Path, env_extra=None) -> subprocess.CompletedProcess:
    assert ENTRY_POINT, "the fgd-app entry point is not installed in this environment"
    env = {**os.environ, "FGD_APP_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([ENTRY_POINT, *args], capture_output=True, text=True, env=env, timeout=180)


def check_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if not line.startswith("selftest:")]


def workshop_count(home: Path) -> int:
    import sqlite3

    with sqlite3.connect(home / "fgd-app.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM workshop").fetchone()[0]


def test_headless_selftest_passes_and_leaves_the_database_without_a_demo(isolated_home):
    result = selftest("selftest", home=isolated_home)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = check_lines(result.stdout)
    assert lines and all(line.startswith("ok ") for line in lines), result.stdout
    names = {line.split(":")[0][3:] for line in lines}
    assert {"resources", "fonts", "translations", "forms", "migrations", "libraries", "database", "demo",
            "documents"} <= names
    assert not any(name.startswith("gui") for name in names)  # no window without --gui
    assert "built in a scratch database" in result.stdout
    assert result.stdout.splitlines()[-1] == "selftest: all passed"
    assert workshop_count(isolated_home) == 0  # the facilitator's database gained nothing


def test_selftest_uses_the_demo_already_in_the_database(isolated_home):
    demo = selftest("demo", home=isolated_home)
    assert demo.returncode == 0, demo.stderr
    result = selftest("selftest", home=isolated_home)
    assert result.returncode == 0, result.stdout
    assert f"ok demo: {demo.stdout.strip()} (in the current database)" in result.stdout
    assert workshop_count(isolated_home) == 1


def test_a_missing_font_fails_the_selftest(isolated_home, tmp_path):
    broken = tmp_path / "resources"
    shutil.copytree(resources_dir(), broken)
    (broken / "fonts" / "LiberationSans-Bold.ttf").unlink()
    result = selftest("selftest", home=isolated_home, env_extra={"FGD_APP_RESOURCES": str(broken)})
    assert result.returncode == 1
    assert any(line.startswith("FAILED fonts:") and "LiberationSans-Bold.ttf" in line
               for line in result.stdout.splitlines()), result.stdout
    assert "ok resources" in result.stdout  # the other checks still ran and reported
    assert result.stdout.splitlines()[-1].startswith("selftest: ") and "FAILED" in result.stdout.splitlines()[-1]


def test_gui_selftest_visits_every_tab_and_saves_a_screenshot(isolated_home, tmp_path):
    shot = tmp_path / "window.png"
    result = selftest("selftest", "--gui", "--screenshot", str(shot), home=isolated_home)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = check_lines(result.stdout)
    assert all(line.startswith("ok ") for line in lines), result.stdout
    tabs = [line for line in lines if line.startswith("ok gui tab ")]
    assert [t.split(":")[0] for t in tabs] == [f"ok gui tab {name}_tab" for name in
                                              ("setup", "participants", "checkin", "capture", "documents", "sync")]
    capture = next(t for t in tabs if t.startswith("ok gui tab capture_tab"))
    assert "(" in capture  # its inner tabs (inputs, voting, worksheet, photos) were visited too
    assert "platform offscreen" in result.stdout
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert width >= 1200 and height >= 800
