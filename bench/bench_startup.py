"""Start-up: `fgd-app workshops` against `python -c pass`, and the GUI's first paint
against a bare PySide6 window, in the same run. Goal (issue 2): at most 2x each.

Every figure is wall time from process launch, the median of several cold-ish runs
(the OS file cache stays warm, as it would on a laptop that ran the app before).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import fresh_home  # noqa: E402

RUNS = 9
CONSOLE_SCRIPT = Path(sys.executable).with_name("fgd-app")  # what users type, installed by pip
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
win = QMainWindow(); win.setCentralWidget(QLabel("fgd-app")); win.resize(1100, 700)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True); QTimer.singleShot(0, app.quit)
        return False
spy = Painted(); win.installEventFilter(spy); win.show(); app.exec()
"""
APP_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from fgd_app.ui.app import create_app_and_window
app, win = create_app_and_window(db_path=sys.argv[1])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True); QTimer.singleShot(0, app.quit)
        return False
spy = Painted(); win.ui.installEventFilter(spy); win.show(); app.exec()
win.close()
"""


def wall_ms(argv: list[str], until: str | None = None) -> float:
    samples = []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        samples.append(time.perf_counter() - start)
        if proc.returncode != 0 or (until and until not in proc.stdout):
            raise RuntimeError(f"{argv[:3]} failed: {proc.stderr[-500:]}")
    return statistics.median(samples) * 1000


def run() -> dict:
    home = fresh_home()
    db = str(home / "startup.sqlite3")
    subprocess.run([sys.executable, "-m", "fgd_app", "--db", db, "demo"], check=True, capture_output=True)
    figures = {
        "python_pass_ms": wall_ms([sys.executable, "-c", "pass"]),
        "cli_workshops_ms": wall_ms([str(CONSOLE_SCRIPT), "--db", db, "workshops"]),
        "bare_pyside6_first_paint_ms": wall_ms([sys.executable, "-c", BARE_WINDOW], until="PAINTED"),
        "app_first_paint_ms": wall_ms([sys.executable, "-c", APP_WINDOW, db], until="PAINTED"),
    }
    figures["cli_ratio"] = figures["cli_workshops_ms"] / figures["python_pass_ms"]
    figures["gui_ratio"] = figures["app_first_paint_ms"] / figures["bare_pyside6_first_paint_ms"]
    print(f"python -c pass {figures['python_pass_ms']:.0f} ms | fgd-app workshops {figures['cli_workshops_ms']:.0f} ms "
          f"({figures['cli_ratio']:.2f}x)")
    print(f"bare PySide6 window {figures['bare_pyside6_first_paint_ms']:.0f} ms | fgd-app main window "
          f"{figures['app_first_paint_ms']:.0f} ms ({figures['gui_ratio']:.2f}x)")
    return figures


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
