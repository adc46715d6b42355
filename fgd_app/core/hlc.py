"""Hybrid logical clock (HLC) for ordering revisions across laptops.

A timestamp is packed into one integer: milliseconds since the epoch in the high bits
and a 16-bit counter in the low bits. It never goes backwards on one device even when
the wall clock does (laptops in the field often have wrong clocks), and `observe()`
folds in a timestamp seen from another device so later local edits sort after it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(millis: int, counter: int) -> int:
    return (millis << COUNTER_BITS) | counter


def unpack(hlc: int) -> tuple[int, int]:
    return hlc >> COUNTER_BITS, hlc & COUNTER_MASK


class HybridClock:
    """Monotonic HLC; thread-safe because the UI may write from a worker thread."""

    def __init__(self, last: int = 0, wall_millis: Callable[[], int] | None = None):
        self._last = last
        self._wall = wall_millis or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        """A timestamp strictly greater than every one issued or observed before."""
        with self._lock:
            last_ms, last_counter = unpack(self._last)
            wall = self._wall()
            if wall > last_ms:
                self._last = pack(wall, 0)
            elif last_counter < COUNTER_MASK:
                self._last = pack(last_ms, last_counter + 1)
            else:  # counter exhausted within one millisecond: borrow the next one
                self._last = pack(last_ms + 1, 0)
            return self._last

    def observe(self, remote: int) -> None:
        """Fold in a timestamp received from another device."""
        with self._lock:
            if remote > self._last:
                self._last = remote
