"""Dates written out in words, the way Indonesian official documents and people write them.

"Kamis, 17 Juni 2021" is the form used in berita acara and invitations. Qt's locale
data could produce it, but documents are exported without Qt and must not depend on
the operating system's locale being installed, so the names live here (Qt-free) and
the GUI and the document exporters share them.
"""

from __future__ import annotations

import datetime as dt

# Monday first, as `date.weekday()` counts.
_DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni",
           "Juli", "Agustus", "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
}


def _as_date(value: dt.date | str) -> dt.date:
    # The store hands out ISO strings ("2021-06-17"); a datetime is reduced to its day.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def instant(value: dt.datetime | str | None) -> dt.datetime | None:
    """A stored instant (naive UTC; the store hands out ISO strings) as a datetime, or None."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def day_name(value: dt.date | str, lang: str = "id") -> str:
    """The weekday name ("Kamis" / "Thursday")."""
    return _DAYS["en" if lang == "en" else "id"][_as_date(value).weekday()]


def month_name(month: int, lang: str = "id") -> str:
    """The month name for 1..12 ("Juni" / "June")."""
    return _MONTHS["en" if lang == "en" else "id"][month - 1]


def long_date(value: dt.date | str, lang: str = "id", *, weekday: bool = True) -> str:
    """"Kamis, 17 Juni 2021" in Indonesian, "Thursday, 17 June 2021" in English.

    English keeps the day-month-year order: the reader is still looking at an
    Indonesian event, and the same order in both languages avoids ambiguity.
    `weekday=False` gives the shorter "17 Juni 2021" for tables.
    """
    day = _as_date(value)
    text = f"{day.day} {month_name(day.month, lang)} {day.year}"
    return f"{day_name(day, lang)}, {text}" if weekday else text
