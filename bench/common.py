"""Helpers shared by the benchmarks: timing summaries and a throwaway data dir."""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path


def fresh_home() -> Path:
    """A private data dir so benchmarks never touch the user's database."""
    home = Path(tempfile.mkdtemp(prefix="fgd-bench-"))
    os.environ["FGD_APP_HOME"] = str(home)
    return home


def summary_ms(samples_s: list[float]) -> dict[str, float]:
    ordered = sorted(samples_s)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return {"median": statistics.median(ordered) * 1000, "p99": p99 * 1000}
