"""Publication dates: ISO strings from metadata values and from date lines of text dumps."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
DATE_FORMS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
]
# A date line is short and says little besides the date ("Published: Jan. 17, 2019 10:42 AM").
_DATE_LINE_WORDS = frozenset(
    "published updated posted on at last modified date am pm a.m. p.m. gmt utc et est edt pst "
    "pdt bst cet by".split()
)


def iso_date(value: object) -> str | None:
    """``value`` (a date, an ISO timestamp, or a written date) as YYYY-MM-DD, else None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return find_date(text)


def find_date(text: str) -> str | None:
    """The first valid calendar date written in ``text``."""
    for form in DATE_FORMS:
        for match in form.finditer(text):
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
            try:
                return dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
            except ValueError:
                continue
    return None


def date_line(text: str) -> str | None:
    """The date of a line that is only a date stamp, else None."""
    if len(text) > 80:
        return None
    date = find_date(text)
    if date is None:
        return None
    rest = text
    for form in DATE_FORMS:
        rest = form.sub(" ", rest)
    leftover = [
        w for w in re.findall(r"[A-Za-z][A-Za-z.]*", rest) if w.lower() not in _DATE_LINE_WORDS
    ]
    return date if len(leftover) <= 1 else None
