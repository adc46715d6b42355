"""Capture screen at scale (issue 4): 20,000 inputs in one workshop.

Measured through the real Capture page (offscreen), each step including the repaint:
- switching pillars, filtering by a search word, scrolling the input list;
- Enter-to-durable: a key press of Enter in the quick-entry line until the writer has
  committed the input (synchronous=FULL) and the UI has heard so; and Enter-to-shown,
  how long the UI thread is busy before the next keystroke can be handled.
Goal: pillar switch, filter and scroll under 50 ms with 20,000 inputs.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import fresh_home, summary_ms  # noqa: E402

INPUTS = 20_000
ENTRIES = 200
WORDS = ("jaringan", "internet", "aplikasi", "layanan", "data", "kampung", "sekolah", "sampah", "pasar", "wisata",
         "sungai", "kecamatan", "pelatihan", "anggaran", "operator", "server", "puskesmas", "jalan", "UMKM", "banjir")
PILLARS = ("governance", "branding", "economy", "living", "society", "environment")


def make_workshop(db, inputs: int) -> str:
    from fgd_app.store.models import Input, Workshop

    rng = random.Random(4)
    with db.transaction() as tx:
        workshop = tx.insert(Workshop, regency_code="64.07", title="Bench", held_on="2021-06-17",
                             pillars=list(PILLARS))
        for i in range(inputs):
            pillar = PILLARS[i % 6]
            tx.insert(Input, workshop_id=workshop.id, pillar_key=pillar, kind="problem", position=i,
                      text=" ".join(rng.choice(WORDS) for _ in range(12)))
    return workshop.id


def _settle(app) -> None:
    app.processEvents()


def measure(inputs: int, front: str = "inputs_tab") -> dict:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from fgd_app.store.database import open_database
    from fgd_app.ui.capture_page import CapturePage
    from fgd_app.ui.feedback import Feedback

    app = QApplication.instance() or QApplication([])
    home = fresh_home()
    db = open_database(home / "bench.sqlite3")
    workshop_id = make_workshop(db, inputs)
    page = CapturePage(db, Feedback())
    page.ui.resize(1300, 760)
    page.ui.show()
    started = time.perf_counter()
    page.set_workshop(workshop_id)
    _settle(app)
    load = time.perf_counter() - started

    switches = []
    for i in range(30):
        started = time.perf_counter()
        page.ctx.set_pillar(PILLARS[(i + 1) % 6])
        page.ui.input_view.viewport().repaint()
        _settle(app)
        switches.append(time.perf_counter() - started)

    filters = []
    for word in WORDS:
        started = time.perf_counter()
        page.ui.search_edit.setText(word)
        page.ui.input_view.viewport().repaint()
        _settle(app)
        filters.append(time.perf_counter() - started)
    page.ui.search_edit.clear()
    _settle(app)

    scrolls = []
    bar = page.ui.input_view.verticalScrollBar()
    rng = random.Random(7)
    for _ in range(50):
        started = time.perf_counter()
        bar.setValue(rng.randint(0, bar.maximum()))
        page.ui.input_view.viewport().repaint()
        _settle(app)
        scrolls.append(time.perf_counter() - started)

    page.ui.capture_tabs.setCurrentWidget(getattr(page.ui, front))
    _settle(app)
    shown, durable = [], []
    line = page.ui.entry_line
    idle = QEventLoop()  # waits like the app's own event loop, which lets the writer thread run
    page.ctx.writer.busy_changed.connect(lambda busy: busy or idle.quit())
    for i in range(ENTRIES):
        line.setText(f"Masukan nomor {i}: sinyal lemah di kampung")
        started = time.perf_counter()
        QTest.keyClick(line, Qt.Key.Key_Return)
        shown.append(time.perf_counter() - started)
        if page.ctx.writer.pending:
            idle.exec()
        durable.append(time.perf_counter() - started)
    page.shutdown()
    page.ui.close()
    db.close()
    return {"inputs": inputs, "front": front.removesuffix("_tab"), "load_ms": load * 1000, "switch": summary_ms(switches), "filter": summary_ms(filters),
            "scroll": summary_ms(scrolls), "shown": summary_ms(shown), "durable": summary_ms(durable)}


def run() -> list[dict]:
    results = [measure(0), measure(INPUTS), measure(INPUTS, front="voting_tab")]
    for r in results:
        print(f"capture with {r['inputs']:,} inputs, {r['front']} in front: load {r['load_ms']:.0f} ms; "
              f"pillar switch median {r['switch']['median']:.1f} / p99 {r['switch']['p99']:.1f} ms; "
              f"filter {r['filter']['median']:.1f} / {r['filter']['p99']:.1f} ms; "
              f"scroll {r['scroll']['median']:.1f} / {r['scroll']['p99']:.1f} ms; "
              f"Enter-to-shown {r['shown']['median']:.1f} / {r['shown']['p99']:.1f} ms; "
              f"Enter-to-durable {r['durable']['median']:.1f} / {r['durable']['p99']:.1f} ms")
    return results


if __name__ == "__main__":
    run()
