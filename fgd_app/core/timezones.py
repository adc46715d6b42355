"""Indonesia's three time zones, which carry no daylight saving time.

Workshop dates and agenda times are local to the regency; instants (check-in, opening,
closing) are stored in UTC and shown in the regency's zone.
"""

from __future__ import annotations

import datetime as dt

UTC_OFFSET_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9}


def zone(name: str) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=UTC_OFFSET_HOURS[name]), name)


def local_to_utc(day: dt.date, time: dt.time, zone_name: str) -> dt.datetime:
    """A local wall-clock time in `zone_name` as a naive UTC datetime (how we store instants)."""
    aware = dt.datetime.combine(day, time, tzinfo=zone(zone_name))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def utc_to_local(instant: dt.datetime, zone_name: str) -> dt.datetime:
    return instant.replace(tzinfo=dt.UTC).astimezone(zone(zone_name))


def local_clock(instant: dt.datetime, zone_name: str, with_zone: bool = True) -> str:
    """"08:12 WITA" (or "08:12"): a stored UTC instant as the wall clock of the regency."""
    clock = f"{utc_to_local(instant, zone_name):%H:%M}"
    return f"{clock} {zone_name}" if with_zone else clock
