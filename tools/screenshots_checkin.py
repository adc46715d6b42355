"""Screenshot of the check-in page (Daftar hadir) with a search typed and a signature on the pad.

    .venv/bin/python tools/screenshots_checkin.py            # Indonesian, into docs/screenshots/
    .venv/bin/python tools/screenshots_checkin.py --lang en --out /tmp/shots

Runs offscreen against a throwaway database holding the demo workshop. The flow is the
real one: type part of a name, Enter checks the person in, then a signature is drawn
on the pad. The clock is pinned to the morning of the demo day so the confirmation
shows a plausible arrival time instead of the moment the script ran.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1100, 700)
SEARCH = "yus"  # Yustina Lenjau, one of the three demo participants not yet checked in
ARRIVAL_LOCAL = dt.time(9, 4)


def _bezier(*control: tuple[float, float], steps: int = 24) -> list[tuple[float, float]]:
    """Points along a Bézier curve through the given control points (de Casteljau)."""
    points = []
    for i in range(steps + 1):
        t, layer = i / steps, list(control)
        while len(layer) > 1:
            layer = [((1 - t) * a[0] + t * b[0], (1 - t) * a[1] + t * b[1]) for a, b in zip(layer, layer[1:])]
        points.append(layer[0])
    return points


def signature_strokes(width: float, height: float) -> list[list[tuple[float, float]]]:
    """Strokes that read as a handwritten "Yustina L." with a flourish, scaled to the pad."""
    sx, sy = width / 420, height / 200

    def scaled(points):
        return [(x * sx, y * sy) for x, y in points]

    left_arm = _bezier((58, 52), (66, 96), (96, 104))
    # right arm of the Y, its long descender and the loop back up into the next letters
    stem = _bezier((122, 40), (104, 92), (96, 104)) + _bezier((96, 104), (80, 150), (70, 176), (58, 160))[1:]
    stem += _bezier((58, 160), (60, 130), (100, 118), (112, 112))[1:]
    # running hand: a prolate trochoid makes the loops of joined small letters
    hand = []
    for i in range(0, 130):
        t = i / 8
        loop = 11 * (1 - i / 300)
        hand.append((112 + 8.6 * t - loop * math.sin(t * 1.7), 112 - loop * math.cos(t * 1.7) + 4 * math.sin(t / 3)))
    capital_l = _bezier((290, 60), (276, 110), (268, 150), (300, 132))
    dot = [(316, 134)]
    flourish = _bezier((80, 160), (200, 150), (330, 140), (372, 118), steps=40)
    return [scaled(s) for s in (left_arm, stem, hand, capital_l, dot, flourish)]


def take(out_dir: Path, lang: str) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fgd_app.core.timezones import local_to_utc
    from fgd_app.services import checkin
    from fgd_app.services.workshop_setup import zone_of
    from fgd_app.services.demo import ensure_demo
    from fgd_app.store.database import open_database
    from fgd_app.ui import i18n
    from fgd_app.ui.checkin_page import CheckinPage
    from fgd_app.ui.feedback import Feedback

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "checkin.png"
    with tempfile.TemporaryDirectory(prefix="fgd-shots-") as tmp:
        os.environ["FGD_APP_HOME"] = tmp
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setOrganizationName("fgd-app-screenshots")
        app.setApplicationName("fgd-app-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        i18n.apply_language(lang)

        db = open_database(Path(tmp) / "demo.sqlite3")
        try:
            workshop_id, _ = ensure_demo(db)
            day = dt.date.fromisoformat(db.scalar("SELECT held_on FROM workshop WHERE id = ?", (workshop_id,)))
            zone = zone_of(db, workshop_id)
            checkin.utc_now = lambda: local_to_utc(day, ARRIVAL_LOCAL, zone)  # pinned clock (see docstring)

            page = CheckinPage(db, Feedback())
            page.ui.resize(*SIZE)
            page.ui.show()
            page.set_workshop(workshop_id)
            page.ui.activateWindow()
            app.processEvents()
            page.ui.search_edit.setText(SEARCH)
            page.check_in_current()  # what Enter does
            app.processEvents()
            for stroke in signature_strokes(page.pad.width(), page.pad.height()):
                page.pad.add_stroke(stroke)
            page.pad.setFocus()
            for _ in range(3):  # let layouts and repaints settle
                app.processEvents()
            if not page.ui.grab().save(str(path)):
                raise SystemExit(f"could not write {path}")
            print(path)
            page.ui.close()
        finally:
            db.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    take(args.out, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
