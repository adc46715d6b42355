"""Importing a 10,000-row participant list: read, preview, import (one transaction).

The file is a semicolon-separated CSV as Excel with Indonesian settings writes it
(UTF-8 with BOM, CRLF), with every field filled in, so every cleaning rule runs.
The import re-runs the preview inside its transaction (against the participants then
in the database), so "import" includes a second preview; that is what a person waits
for after pressing "Import N rows". Goal (issue 3): a few seconds.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fresh_home  # noqa: E402
from fgd_app.services import roster_import  # noqa: E402
from fgd_app.store.database import open_database  # noqa: E402
from fgd_app.store.models import Workshop  # noqa: E402

ROWS = 10_000
RUNS = 3


def write_list(path: Path, rows: int = ROWS) -> Path:
    lines = ["No;Nama;Jabatan;NIP;Instansi;L/P;No HP;Email"]
    for n in range(rows):
        lines.append(
            f"{n + 1};Peserta {n:05d}, S.Kom.;Kepala Seksi Bidang {n % 9};{198001012005011000 + n};"
            f"Dinas {n % 40};{'LP'[n % 2]};0812-{n % 10_000:04d}-{n % 7_777:04d};peserta{n}@contoh.go.id"
        )
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    return path


def run() -> dict:
    home = fresh_home()
    source = write_list(home / "daftar.csv")
    samples: dict[str, list[float]] = {"read": [], "preview": [], "import": [], "total": []}
    for run_number in range(RUNS):
        with open_database(home / f"bench-{run_number}.sqlite3") as db:
            with db.transaction() as tx:
                workshop_id = tx.insert(Workshop, regency_code="64.07", title="Bench", held_on="2021-06-17").id
            start = time.perf_counter()
            table = roster_import.read_table(source)
            read_done = time.perf_counter()
            mapping = roster_import.suggest_mapping(table.headers)
            results = roster_import.preview(table, mapping)
            preview_done = time.perf_counter()
            report = roster_import.import_rows(db, workshop_id, table, mapping)
            end = time.perf_counter()
            assert sum(r.status == "ok" for r in results) == ROWS and report.imported == ROWS
        samples["read"].append(read_done - start)
        samples["preview"].append(preview_done - read_done)
        samples["import"].append(end - preview_done)
        samples["total"].append(end - start)
    result = {f"{k}_s": statistics.median(v) for k, v in samples.items()}
    result["rows"] = ROWS
    print(f"{ROWS:,} rows: read {result['read_s']:.2f} s, preview {result['preview_s']:.2f} s, "
          f"import {result['import_s']:.2f} s, total {result['total_s']:.2f} s (median of {RUNS})", flush=True)
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
