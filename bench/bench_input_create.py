"""Creating one input with its revision, against a raw sqlite3 insert+commit of the same row.

Both sides use a database made by the app (same schema, WAL, synchronous=FULL, foreign
keys on) holding the same number of inputs; each sample is one durable transaction.
Goal (issue 2): median at most 2x raw, p99 under 16 ms.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fresh_home, summary_ms  # noqa: E402
from fgd_app.store.database import open_database  # noqa: E402
from fgd_app.store.models import Input, Workshop  # noqa: E402
from fgd_app.store.codec import column_list, to_db_params, to_record  # noqa: E402
from fgd_app.store.schema import PRAGMAS  # noqa: E402

SIZES = (0, 10_000, 50_000)
SAMPLES = 300
TEXT = "Sinyal seluler belum menjangkau kampung di hulu Mahakam, layanan daring belum bisa dipakai."


def prefill(db, workshop_id: str, count: int) -> None:
    with db.transaction() as tx:
        for n in range(count):
            tx.insert(Input, workshop_id=workshop_id, pillar_key="living", kind="problem", text=f"{n} {TEXT}")


def measure_app(db, workshop_id: str) -> list[float]:
    samples = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        with db.transaction() as tx:
            tx.insert(Input, workshop_id=workshop_id, pillar_key="governance", element_key="governance.service",
                      kind="problem", text=TEXT)
        samples.append(time.perf_counter() - start)
    return samples


def measure_raw(path: Path, workshop_id: str) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    sql = f"INSERT INTO input ({column_list(Input)}) VALUES ({', '.join('?' for _ in Input.__table__.columns)})"
    samples = []
    for _ in range(SAMPLES):
        row = to_db_params(Input, to_record(Input.model_validate(dict(
            workshop_id=workshop_id, pillar_key="governance", element_key="governance.service", kind="problem",
            text=TEXT))))  # prepared outside the timing: raw gets its row for free
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(sql, row)
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def run() -> list[dict]:
    home = fresh_home()
    results = []
    for size in SIZES:
        row = {"inputs_in_db": size}
        for side in ("app", "raw"):
            with open_database(home / f"{side}-{size}.sqlite3") as db:
                with db.transaction() as tx:
                    workshop_id = tx.insert(Workshop, regency_code="64.07", title="Bench", held_on="2021-06-17").id
                prefill(db, workshop_id, size)
                if side == "app":
                    samples = measure_app(db, workshop_id)
            if side == "raw":
                samples = measure_raw(home / f"{side}-{size}.sqlite3", workshop_id)
            row[side] = summary_ms(samples)
        row["ratio_median"] = row["app"]["median"] / row["raw"]["median"]
        results.append(row)
        print(f"{size:>6} inputs: app median {row['app']['median']:.2f} ms p99 {row['app']['p99']:.2f} ms | "
              f"raw median {row['raw']['median']:.2f} ms p99 {row['raw']['p99']:.2f} ms | "
              f"ratio {row['ratio_median']:.2f}x", flush=True)
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
