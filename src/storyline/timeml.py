"""TimeML values (2018-12-01, 2019-W04, 2018-12, 2018) as the calendar days they cover.

A time of day or part of a day on a day (2018-12-01T15:00, 2018-12-01TNI) covers that day; a
weekend (2019-W04-WE) its week.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T[\d:]+|T(?:MO|AF|EV|NI|DT))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def day_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a dated TimeML value; None for durations and unknown values."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(*map(int, m.groups()))
            return day, day
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None
