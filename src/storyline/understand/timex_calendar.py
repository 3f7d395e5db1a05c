"""Calendar arithmetic for time normalisation: TimeML values relative to a reference date.

Every function is pure: dates in, TimeML value strings out. ``Tense`` is the tense of the clause
an expression sits in; it breaks ties the way news is written (bare weekdays point to the past).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Tense = Literal["past", "present", "future"]

DAY = dt.timedelta(days=1)


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date, weekend: bool = False) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_day(day: dt.date, months: int = 0, years: int = 0) -> dt.date:
    """The same day of month ``months``/``years`` away, clipped to the month's last day."""
    year, month = add_months(day.year, day.month, months + 12 * years)
    for day_of_month in range(day.day, 27, -1):
        try:
            return dt.date(year, month, day_of_month)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year_day(month: int, day: int, dct: dt.date, tense: Tense) -> dt.date | None:
    """The year for a year-less "Dec. 1": nearest to the DCT, on the side the tense points to."""
    candidates = [d for y in (dct.year - 1, dct.year, dct.year + 1)
                  if (d := safe_date(y, month, day)) is not None]
    return _nearest(candidates, dct, tense, key=lambda d: (d - dct).days)


def infer_year_month(month: int, dct: dt.date, tense: Tense) -> tuple[int, int]:
    """The year for a bare "December", by the same rule at month grain."""
    here = dct.year * 12 + dct.month - 1
    candidates = [(y, month) for y in (dct.year - 1, dct.year, dct.year + 1)]
    best = _nearest(candidates, dct, tense, key=lambda ym: ym[0] * 12 + ym[1] - 1 - here)
    return best if best is not None else (dct.year, month)


def _nearest(candidates, dct, tense: Tense, key):
    if tense == "past":
        candidates = [c for c in candidates if key(c) <= 0] or candidates
    elif tense == "future":
        candidates = [c for c in candidates if key(c) >= 0] or candidates
    return min(candidates, key=lambda c: abs(key(c)), default=None)


def weekday_date(weekday: int, dct: dt.date, modifier: str | None, tense: Tense) -> dt.date:
    """The day a weekday name points to.

    ``last`` = the most recent one strictly before the DCT; ``next`` = the first one strictly
    after it; ``this`` = the one in the DCT's ISO week. A bare weekday is the most recent one on
    or before the DCT, unless its clause is future, then the first one on or after it.
    """
    back = (dct.weekday() - weekday) % 7
    ahead = (weekday - dct.weekday()) % 7
    if modifier == "last":
        return dct - DAY * (back or 7)
    if modifier == "next":
        return dct + DAY * (ahead or 7)
    if modifier == "this":
        return dct + DAY * (weekday - dct.weekday())
    if tense == "future":
        return dct + DAY * ahead
    return dct - DAY * back


def month_with_modifier(month: int, dct: dt.date, modifier: str | None,
                        tense: Tense) -> tuple[int, int]:
    """``last December``: the latest December strictly before the DCT's month; ``next`` after."""
    if modifier == "last":
        return (dct.year if month < dct.month else dct.year - 1), month
    if modifier == "next":
        return (dct.year if month > dct.month else dct.year + 1), month
    if modifier == "this":
        return dct.year, month
    return infer_year_month(month, dct, tense)


def relative_unit(unit: str, offset: int, dct: dt.date) -> tuple[str, str | None]:
    """(value, grain) for "last week" (offset -1), "this month" (0), "next year" (+1)..."""
    if unit == "day":
        return day_value(dct + DAY * offset), "day"
    if unit in ("week", "weekend"):
        return week_value(dct + DAY * 7 * offset, weekend=unit == "weekend"), "week"
    if unit == "month":
        return month_value(*add_months(dct.year, dct.month, offset)), "month"
    if unit == "quarter":
        year, month = add_months(dct.year, dct.month, 3 * offset)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}", None
    if unit == "decade":
        return f"{(dct.year + 10 * offset) // 10:03d}", None
    return f"{dct.year + offset:04d}", "year"


def shifted(anchor: dt.date, amount: float, unit: str) -> tuple[str, str] | None:
    """(value, grain) of the date ``amount`` units from ``anchor`` ("three days ago": -3 day).

    Days and weeks give a day; months a month; years and longer a year; hours and minutes give
    the anchor's day.
    """
    if amount != int(amount):
        return None
    n = int(amount)
    if unit in ("hour", "minute", "second"):
        return day_value(anchor), "day"
    if unit == "day":
        return day_value(anchor + DAY * n), "day"
    if unit in ("week", "fortnight"):
        return day_value(anchor + DAY * n * (14 if unit == "fortnight" else 7)), "day"
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, n)), "month"
    years = {"year": 1, "decade": 10, "century": 100}.get(unit)
    if years is None:
        return None
    return f"{anchor.year + n * years:04d}", "year"


def shifted_day(anchor: dt.date, amount: float, unit: str) -> dt.date | None:
    """The day ``amount`` units from ``anchor``, for event-anchored offsets of a known day."""
    if amount != int(amount):
        return None
    n = int(amount)
    if unit in ("hour", "minute", "second"):
        return anchor
    if unit in ("day", "week", "fortnight"):
        return anchor + DAY * n * {"day": 1, "week": 7, "fortnight": 14}[unit]
    if unit == "month":
        return shift_day(anchor, months=n)
    if unit == "year":
        return shift_day(anchor, years=n)
    return None


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: P10D, P2Y, PT5H; an unknown amount ("several years") is X."""
    number = "X" if amount is None else f"{amount:g}"
    if unit in ("hour", "minute", "second"):
        return f"PT{number}{unit[0].upper()}"
    if unit in ("decade", "century") and amount is not None:
        return f"P{amount * (10 if unit == 'decade' else 100):g}Y"
    letter = {"day": "D", "week": "W", "fortnight": "W", "month": "M", "year": "Y",
              "decade": "DE", "century": "CE"}[unit]
    if unit == "fortnight" and amount is not None:
        number = f"{amount * 2:g}"
    return f"P{number}{letter}"
