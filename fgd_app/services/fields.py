"""Cleaning what people type into forms before it is written.

One place for the rules every form shares (setup, agenda, participants): text trimmed
and collapsed to one line, a length limit, dates inside the supported range, times to
the minute. Each refusal is a `UserError` the person can act on.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fgd_app.core.limits import EARLIEST_DATE, LATEST_DATE
from fgd_app.errors import UserError, from_validation_error


def collapse(value: object) -> str:
    """Text with surrounding and repeated whitespace (also line breaks, NBSP) removed."""
    return " ".join(str(value).split()) if value is not None else ""


def required_text(value: Any, limit: int) -> str:
    text = text_value(value, limit)
    if not text:
        raise UserError("setup.title_required")
    return text


def text_value(value: Any, limit: int) -> str:
    text = collapse(value)  # one line: no stray tabs/newlines
    if len(text) > limit:
        raise UserError("setup.too_long", limit=limit)
    return text


def lines_value(value: Any, max_lines: int, max_length: int) -> list[str]:
    items = value.splitlines() if isinstance(value, str) else list(value or [])
    lines = [collapse(item) for item in items]
    lines = [line for line in lines if line]
    if len(lines) > max_lines:
        raise UserError("setup.too_many_lines", limit=max_lines)
    if any(len(line) > max_length for line in lines):
        raise UserError("setup.too_long", limit=max_length)
    return lines


def date_value(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise UserError("setup.bad_date", value=value) from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise UserError("setup.date_out_of_range", date=value.isoformat(), earliest=EARLIEST_DATE.year,
                        latest=LATEST_DATE.year)
    return value


def time_value(value: Any) -> dt.time | None:
    if value is None or value == "":
        return None
    if not isinstance(value, dt.time):
        try:
            value = dt.time.fromisoformat(str(value).strip())
        except ValueError:
            raise UserError("setup.bad_time", value=value) from None
    return value.replace(second=0, microsecond=0, tzinfo=None)


def check_times(start: dt.time | None, end: dt.time | None) -> None:
    if start is not None and end is not None and end <= start:
        raise UserError("setup.end_before_start", start=start.strftime("%H:%M"), end=end.strftime("%H:%M"))


def choice(enum: type, value: Any):
    try:
        return enum(value)
    except ValueError:
        raise UserError("setup.bad_choice", value=value) from None


def validated(write):
    """Run a Tx write; a model ValidationError becomes the one-line `input.invalid`."""
    from pydantic import ValidationError

    try:
        return write()
    except ValidationError as exc:
        raise from_validation_error(exc) from None
