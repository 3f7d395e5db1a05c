"""Surface rules for time expressions: regular expressions over the text, each with a reader.

A rule finds the words of one family of expressions ("Dec. 1", "last week", "three days ago",
"10 days after ...") and reads them into a ``Reading``: a TimeML value and grain, worked out from
the publication date (DCT) and the tense of the clause. A reader returns ``None`` when the words
are not a time after all ("May" the modal, "2018 people"); a ``Reading`` whose value is ``None``
is a time expression that cannot be normalised from the text alone ("years ago").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from storyline.understand import timex_calendar as cal
from storyline.understand.timex_calendar import Tense

MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
         r"June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
         r"Dec(?:ember|\.)?)(?![\w-])")
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])"
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d%]|\s*percent)"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:%]|\.\d|,\d{3})"
MOD = (r"(?:(?P<mod>(?i:early|earlier|late|later|mid|"
       r"the\s+(?:end|beginning|start|middle)\s+of))[\s-]+)")

_SMALL = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_SMALL)} | {w: 20 + 10 * i for i, w in
                                                           enumerate(_TENS)}
NUMBER_WORDS |= {"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12}
_VAGUE = r"a\s+few|several|few|many|dozens\s+of|hundreds\s+of|a\s+couple(?:\s+of)?"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
_COMPOUND = rf"(?:{'|'.join(_TENS)})[\s-](?:{'|'.join(_SMALL[:9])})"
NUM = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_COMPOUND}|{_VAGUE}|{_WORDS})"
UNIT = (r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|"
        r"century|centuries)(?![\w])")
QUANT = rf"(?i:{NUM}[\s-]+{UNIT})"
# The low end of a range of amounts: "one to four months", "two or three days".
RANGE = rf"(?i:(?P<low>\d+|{'|'.join(_SMALL + _TENS)})\s+(?:to|or)\s+)"
BARE_UNITS = r"(?P<bare>(?i:minutes|hours|days|weeks|months|years|decades))"
DEGREE = (r"(?:(?i:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|"
          r"approximately|at\s+least|at\s+most|up\s+to|over|only|just|some)\s+)")
PART_OF_DAY = r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))"
NOT_AGE = r"(?!\s*-?\s*(?i:old)\b)"

# Words before a bare year or month that make it a date ("in 1988", "since March").
DATE_PREPOSITIONS = frozenset(
    "in since until till by from to of during through throughout before after between and or "
    "around circa early late mid last next this past".split())
UNIT_NAMES = {"centuries": "century"}


@dataclass(frozen=True)
class Offset:
    """An event-anchored offset: ``amount`` ``unit`` ``direction`` an anchor ("10 days after")."""

    amount: float | None
    unit: str | None
    sign: int  # +1 after/later, -1 before/earlier
    anchor_follows: bool  # the anchor is the phrase after the words ("after her arrest")
    part: str | None = None  # a part of the day: "the next morning"


@dataclass(frozen=True)
class Reading:
    value: str | None
    grain: str | None
    offset: Offset | None = None


@dataclass
class Context:
    """What readers may ask about the text around a match."""

    text: str
    dct: dt.date | None
    tense: Callable[[int, int], Tense]  # the tense of the clause around [start, end)
    in_date_entity: Callable[[int, int], bool]  # the statistical NER calls [start, end) a date


Reader = Callable[[re.Match, Context], Reading | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    read: Reader
    trigger: tuple[str, ...]  # lower-case words, one of which is inside every match
    # words every match holds, as a short regex over the lower-cased text (fast to search): a
    # window without them is skipped, sparing the slower rule pattern
    need: re.Pattern | None = None
    # the pattern for the lower-cased text, when all its letters are case-blind: the same
    # matches, several times faster (no case folding; a branch is skipped at its first letter)
    folded: re.Pattern | None = None


def month_number(name: str) -> int:
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec"].index(name[:3].lower()) + 1


def amount_of(num: str | None) -> float | None:
    """10, 1.5, "two", "twenty-five", "a"; None for a vague amount ("several")."""
    if num is None:
        return None
    words = " ".join(num.lower().replace("-", " ").split())
    if words.replace(",", "").replace(".", "", 1).isdigit():
        return float(words.replace(",", ""))
    if words in NUMBER_WORDS:
        return float(NUMBER_WORDS[words])
    parts = words.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def unit_of(match: re.Match) -> str:
    word = (match.group("unit") if "unit" in match.re.groupindex and match.group("unit")
            else match.group("bare")).lower()
    return UNIT_NAMES.get(word, word.rstrip("s") if word != "centuries" else "century")


def previous_word(text: str, start: int) -> str:
    found = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30):start])
    return found.group(1).lower() if found else ""


def next_text(text: str, end: int, size: int = 12) -> str:
    return text[end:end + size].lower()


# --- readers -------------------------------------------------------------------------------

def read_day(match: re.Match, ctx: Context) -> Reading | None:
    """Month and day, with or without a year: "Dec. 1", "1 December 2018", "Dec 12 2018"."""
    month, day = month_number(match.group("month")), int(match.group("day"))
    if match.group("year"):
        date = cal.safe_date(int(match.group("year")), month, day)
    elif ctx.dct is not None:
        date = cal.infer_year_day(month, day, ctx.dct, ctx.tense(match.start(), match.end()))
    else:
        return Reading(None, "day") if cal.safe_date(2000, month, day) else None
    return Reading(cal.day_value(date), "day") if date else None


def read_numeric_day(match: re.Match, ctx: Context) -> Reading | None:
    """2018-12-01, and 12/01/2018 in US order."""
    year = int(match.group("year"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    date = cal.safe_date(year, int(match.group("month")), int(match.group("day")))
    return Reading(cal.day_value(date), "day") if date else None


def read_month_year(match: re.Match, ctx: Context) -> Reading | None:
    month = month_number(match.group("month"))
    return Reading(cal.month_value(int(match.group("year")), month), "month")


def read_bare_month(match: re.Match, ctx: Context) -> Reading | None:
    """ "December", "last December", "in early March": only with a word that makes it a date."""
    name, rel = match.group("month"), (match.group("rel") or "").lower() or None
    cued = (rel or match.group("mod")
            or previous_word(ctx.text, match.start()) in DATE_PREPOSITIONS
            or ctx.in_date_entity(match.start(), match.end()))
    if not cued:
        return None
    if ctx.dct is None:
        return Reading(None, "month")
    modifier = {"past": "last", "coming": "next"}.get(rel, rel)
    tense = ctx.tense(match.start(), match.end())
    year, month = cal.month_with_modifier(month_number(name), ctx.dct, modifier, tense)
    return Reading(cal.month_value(year, month), "month")


def read_year(match: re.Match, ctx: Context) -> Reading | None:
    """ "in 1988", "early 2019", "mid-2018", "2018" when the NER calls it a date."""
    before = previous_word(ctx.text, match.start())
    if not (match.group("mod") or before in DATE_PREPOSITIONS
            or ctx.in_date_entity(match.start(), match.end())
            or COORDINATED_YEAR.match(ctx.text, match.end())):
        return None
    return Reading(match.group("year"), "year")


# "the 2008 and 2012 campaigns": a year joined to another year is one too.
COORDINATED_YEAR = re.compile(r"\s*(?:,|and|or|to)\s+(?:1[5-9]|20)\d\d(?!\d)")


def read_decade(match: re.Match, ctx: Context) -> Reading | None:
    return Reading(match.group("decade"), None)


def read_weekday(match: re.Match, ctx: Context) -> Reading | None:
    """ "Thursday", "last Tuesday", "next Monday", "Earlier Thursday", "Monday night"."""
    if ctx.dct is None:
        return Reading(None, "day")
    rel = " ".join((match.group("rel") or "").lower().split())
    modifier = {"this past": "last", "past": "last", "this coming": "next",
                "coming": "next"}.get(rel, rel or None)
    weekday = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday"].index(match.group("weekday").lower())
    tense = ctx.tense(match.start(), match.end())
    day = cal.day_value(cal.weekday_date(weekday, ctx.dct, modifier, tense))
    return Reading(with_part_of_day(day, match.group("part")), "day")


DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI"}


def with_part_of_day(value: str, part: str | None) -> str:
    """TimeML marks a part of a day on the day's value: "Monday night" → 2019-01-14TNI."""
    suffix = PARTS_OF_DAY.get((part or "").lower())
    return f"{value}T{suffix}" if suffix else value


def read_day_word(match: re.Match, ctx: Context) -> Reading | None:
    """today, tonight, yesterday, tomorrow, this morning, last night."""
    word = (match.group("word") or "").lower()
    offset = DAY_WORDS.get(word)
    if offset is None:
        offset = -1 if match.group("rel").lower() == "last" else 0
    if ctx.dct is None:
        return Reading(None, "day")
    day = cal.day_value(ctx.dct + cal.DAY * offset)
    part = match.group("part") or match.group("part2") or (word if word == "tonight" else None)
    return Reading(with_part_of_day(day, part), "day")


RELATIVE = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
            "coming": 1}


def read_relative(match: re.Match, ctx: Context) -> Reading | None:
    """ "last week", "this year", "earlier this month", "later in the week", "the end of the
    month"."""
    unit = match.group("unit").lower()
    if not (match.group("rel") or match.group("mod")):
        return None  # "the week" alone says nothing
    rel = (match.group("rel") or "this").lower()
    if ctx.dct is None:
        return Reading(None, "week" if unit == "weekend" else unit)
    step = RELATIVE[rel]
    if (unit == "weekend" and rel == "this" and ctx.dct.weekday() < 5
            and ctx.tense(match.start(), match.end()) == "past"):
        step = -1  # written on a weekday, "was held this weekend" is the one just gone
    return Reading(*cal.relative_unit(unit, step, ctx.dct))


QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}


def read_quarter(match: re.Match, ctx: Context) -> Reading | None:
    """ "the fourth quarter of 2018", "Q3 2019", "the first quarter" → 2018-Q4 (no grain)."""
    quarter = int(match.group("q") or QUARTERS[match.group("quarter").lower()])
    if match.group("year"):
        year = int(match.group("year"))
    elif ctx.dct is not None:
        tense = ctx.tense(match.start(), match.end())
        year, _ = cal.infer_year_month(3 * quarter - 2, ctx.dct, tense)
    else:
        return Reading(None, None)
    return Reading(f"{year:04d}-Q{quarter}", None)


def read_span_of_units(match: re.Match, ctx: Context) -> Reading | None:
    """ "the past week", "the last year", "the next month": a duration running to or from now."""
    unit = match.group("unit").lower()
    if match.group(0)[:4].lower() == "this":  # "this past week" is last week
        if ctx.dct is None:
            return Reading(None, "week" if unit == "weekend" else unit)
        step = -1 if re.search(r"past|last", match.group(0), re.I) else 1
        return Reading(*cal.relative_unit(unit, step, ctx.dct))
    if unit == "weekend":
        return read_weekend(match, ctx)
    return Reading(cal.duration_value(1, unit), "duration")


def read_weekend(match: re.Match, ctx: Context) -> Reading | None:
    """ "this past weekend", "over the weekend": the latest weekend, the next if future."""
    if ctx.dct is None:
        return Reading(None, "week")
    ahead = ctx.tense(match.start(), match.end()) == "future" or ctx.dct.weekday() >= 5
    return Reading(*cal.relative_unit("weekend", 0 if ahead else -1, ctx.dct))


def read_ago(match: re.Match, ctx: Context) -> Reading | None:
    """ "three days ago" → the day, "two years ago" → the year; "years ago" has no value."""
    amount = amount_of(match.group("num"))
    if amount is None or ctx.dct is None:
        return Reading(None, None)
    shifted = cal.shifted(ctx.dct, -amount, unit_of(match))
    return Reading(*shifted) if shifted else Reading(None, None)


def read_duration(match: re.Match, ctx: Context) -> Reading | None:
    """ "10 days", "more than 30 years", "a two-year", "for years"; not "64-year-old"."""
    before = previous_word(ctx.text, match.start())
    if match.group("bare"):
        if before not in ("for", "in", "over", "within"):
            return None
        return Reading(cal.duration_value(None, unit_of(match)), "duration")
    num = match.group("num").lower()
    if num in ("a", "an") and before in ("once", "twice", "times", "per", "thrice"):
        return None  # a frequency: "twice a week"
    amount = None if match.group("low") else amount_of(num)
    return Reading(cal.duration_value(amount, unit_of(match)), "duration")


def read_anchored(match: re.Match, ctx: Context) -> Reading | None:
    """ "10 days after <anchor>", "a week before <anchor>", "two days later".

    The value stays None here: ``times`` dates it from a dated anchor phrase, or from the
    temporal focus ("two days later"), or values it as the duration alone.
    """
    direction = " ".join(match.group("dir").lower().split())
    sign = 1 if direction in ("after", "later", "following", "afterwards", "afterward") else -1
    amount, unit = None, None
    if match.group("num"):
        amount, unit = amount_of(match.group("num")), unit_of(match)
    elif match.group("bare"):
        unit = unit_of(match)
    follows = direction in ("after", "before", "following", "prior to")
    return Reading(None, None, Offset(amount, unit, sign, follows))


def read_next_day(match: re.Match, ctx: Context) -> Reading | None:
    """ "the next day", "the following week", "the day before": anchored to a narrated event."""
    unit = match.group("unit").lower()
    rel = (match.group("rel") or "").lower()
    sign = -1 if rel in ("previous", "before") else 1
    part = unit if unit in PARTS_OF_DAY else None
    return Reading(None, None, Offset(1.0, "day" if part else unit, sign,
                                      anchor_follows=rel in ("before", "after"), part=part))


def read_same_day(match: re.Match, ctx: Context) -> Reading | None:
    """ "the same day", "later that day", "earlier that morning": the temporal focus's day."""
    unit = match.group("unit").lower()
    part = unit if unit in PARTS_OF_DAY else None
    return Reading(None, None, Offset(0.0, "day", 1, anchor_follows=False, part=part))


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
            "valentine's day": (2, 14)}


def read_holiday(match: re.Match, ctx: Context) -> Reading | None:
    month, day = HOLIDAYS[" ".join(match.group("holiday").lower().replace("’", "'").split())]
    if match.group("year"):
        return Reading(cal.day_value(dt.date(int(match.group("year")), month, day)), "day")
    if ctx.dct is None:
        return Reading(None, "day")
    date = cal.infer_year_day(month, day, ctx.dct, ctx.tense(match.start(), match.end()))
    return Reading(cal.day_value(date), "day") if date else None


UNKNOWN_DAY = "XXXX-XX-XX"
CLOCK_PREPOSITIONS = frozenset("at around about by until till from to before after and between "
                               "approximately since".split())


def read_clock(match: re.Match, ctx: Context) -> Reading | None:
    """ "3 p.m.", "10:30 a.m.", "1408 UTC": a time of an unstated day, XXXX-XX-XXT15:00 in
    TimeML; ``times`` puts it on its day when one is next to it."""
    time_of_day = clock_value(match.group("clock"))
    return Reading(UNKNOWN_DAY + time_of_day if time_of_day else None, None)


def read_bare_clock(match: re.Match, ctx: Context) -> Reading | None:
    """ "at 0:40", "until 14:30": a 24-hour clock, only after a word that makes it a time."""
    if previous_word(ctx.text, match.start()) not in CLOCK_PREPOSITIONS:
        return None
    return read_clock(match, ctx)


CLOCK_PARTS = re.compile(r"(?i)(\d{1,2}):?(\d\d)?\s*(?:([ap])\.?\s?m\.?)?|(noon)|(midnight)")


def clock_value(words: str) -> str | None:
    """The TimeML time of day of a clock expression: "7:38 pm" → T19:38, "1408 UTC" → T14:08."""
    found = CLOCK_PARTS.match(words)
    if found is None:
        return None
    if found.group(4) or found.group(5):
        return "T12:00" if found.group(4) else "T24:00"
    hour, minute, half = int(found.group(1)), int(found.group(2) or 0), found.group(3)
    if half and half.lower() == "p" and hour < 12:
        hour += 12
    elif half and half.lower() == "a" and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def read_reference(match: re.Match, ctx: Context) -> Reading | None:
    """ "now", "currently" (PRESENT_REF), "recently" (PAST_REF): TimeML's vague references."""
    word = match.group("ref").lower()
    return Reading("PAST_REF" if word == "recently" else "PRESENT_REF", None)


SET_UNITS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
             "yearly": "year", "hourly": "hour"}


def read_set(match: re.Match, ctx: Context) -> Reading | None:
    """ "each year", "every week", "per day", "daily": a TimeML SET, valued as its period."""
    word = (match.group("unit") or match.group("unit2")
            or SET_UNITS[match.group("adverb").lower()]).lower()  # not "miles per hour": a rate
    return Reading(cal.duration_value(1, word), None)


def read_age(match: re.Match, ctx: Context) -> Reading | None:
    """ "a 47-year-old", "43 years old": TimeML annotates an age as a DURATION."""
    return Reading(cal.duration_value(amount_of(match.group("num")), unit_of(match)), "duration")


DECADE_WORDS = {w: i for i, w in enumerate(
    "twenties thirties forties fifties sixties seventies eighties nineties".split(), 2)}


def read_decade_word(match: re.Match, ctx: Context) -> Reading | None:
    """ "the seventies" → 197 (the 20th century's, as news uses them)."""
    return Reading(f"19{DECADE_WORDS[match.group('dword').lower()]}", None)


def read_century(match: re.Match, ctx: Context) -> Reading | None:
    """ "the 21st century" → 20 (TimeML counts centuries by their first two digits)."""
    return Reading(f"{int(match.group('nth')) - 1:02d}", None)


def read_month_of_year(match: re.Match, ctx: Context) -> Reading | None:
    """ "March of this year", "June of last year"."""
    if ctx.dct is None:
        return Reading(None, "month")
    year = ctx.dct.year + RELATIVE[match.group("rel").lower()]
    return Reading(cal.month_value(year, month_number(match.group("month"))), "month")


def read_part_of_date(match: re.Match, ctx: Context) -> Reading | None:
    """ "the night of June 21" → 2019-06-21TNI."""
    day = read_day(match, ctx)
    if day is None or day.value is None:
        return day
    return Reading(with_part_of_day(day.value, match.group("part")), "day")

def _rule(name: str, pattern: str, read: Reader, trigger: tuple[str, ...],
          need: str | None = None) -> Rule:
    pattern = r"(?<![\w$£€])" + pattern
    return Rule(name, re.compile(pattern), read, trigger, re.compile(need) if need else None,
                re.compile(pattern.replace("(?i:", "(?:"))
                if "(?i:" in pattern and case_blind(pattern) else None)


def case_blind(pattern: str) -> bool:
    """Is every letter of the pattern inside a (?i:...) group (escapes and group names aside)?"""
    groups: list[bool] = []  # for each open group, whether it is case-blind
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            blind = pattern.startswith("(?i:", i)
            groups.append(blind or any(groups))
            if pattern.startswith("(?P<", i):
                i = pattern.index(">", i)
            i += 4 if blind else 1
            continue
        if char == ")":
            groups.pop()
        elif char.isalpha() and not any(groups):
            return False
        i += 1
    return True


def _word_starts(words: str, then: str) -> str:
    """Each word where no word character is before it, then the rest: 'day(?<!\\wday)s?'."""
    return "|".join(rf"{w}(?<!\w{w}){then}" for w in words.split())


# Triggers: lower-case literals, found with str.find; a rule runs only in windows around them.
DIGIT = tuple("0123456789")
MONTH_WORD = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_WORD = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_WORD = ("today", "tonight", "tomorrow", "yesterday", "morning", "afternoon", "evening",
            "night")
UNIT_WORD = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
             "centur")
AGO_WORD = ("ago",)
DIRECTION_WORD = ("after", "before", "later", "earlier", "following", "prior")
HOLIDAY_WORD = ("christmas", "new year", "halloween", "valentine")
QUARTER_WORD = ("quarter", "q1", "q2", "q3", "q4")
CLOCK_WORD = DIGIT + ("noon", "midnight")

# What rules need (see Rule.need), over the lower-cased text.
_MONTH_NEED = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_UNITS_NEED = "second minute hour day week fortnight month year decade"
UNIT_NEED = (_word_starts(_UNITS_NEED, r"s?(?!\w)")
             + r"|centur(?<!\wcentur)(?:y|ies)(?!\w)")
ANCHORED_NEED = _word_starts(_UNITS_NEED + " centur",
                             r"(?:s|y|ies)?\s+(?:after|before|later|earlier|following|prior)")
REL_UNIT_NEED = r"\s(?:week|weekend|month|year|decade|quarter)(?![\w-])"


ZONE = r"(?:[ECMP][SD]T|UTC|GMT|BST|CES?T|IST|JST|AE[SD]T|(?i:local\s+time))"
_REL_UNIT = r"(?P<unit>(?i:week|weekend|month|year|decade|quarter))(?![\w-])"

RULES: tuple[Rule, ...] = (
    _rule("iso-date", r"(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])",
          read_numeric_day, DIGIT, r"\d-[01]\d-[0-3]\d"),
    _rule("us-date", r"(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/"
          r"(?P<year>(?:1[89]|20)\d\d|\d\d)(?![\d/])", read_numeric_day, DIGIT, r"\d/\d"),
    _rule("month-day", rf"(?:{WEEKDAY}\s*,?\s+)?{MOD}?{MONTH}\s*{DAY}"
          rf"(?:\s*,?\s*{YEAR})?", read_day, MONTH_WORD, rf"{_MONTH_NEED}[a-z.]*\s*\d"),
    _rule("day-month", rf"(?:{WEEKDAY}\s*,?\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:\s*,?\s*{YEAR})?",
          read_day, MONTH_WORD, rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NEED}"),
    _rule("month-year", rf"{MOD}?{MONTH}(?:\s*,\s*|\s+of\s+|\s+){YEAR}", read_month_year,
          MONTH_WORD, rf"{_MONTH_NEED}[a-z.]*(?:\s*,\s*|\s+of\s+|\s+)(?:1[5-9]|20)\d\d"),
    _rule("month", rf"{MOD}?(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?{MONTH}",
          read_bare_month, MONTH_WORD),
    _rule("year", rf"(?:{MOD}|(?<![-/.:,])){YEAR}(?!-\d)", read_year, DIGIT),
    _rule("decade", rf"{MOD}?(?P<decade>(?:1[5-9]|20)\d)0s(?!\w)", read_decade, DIGIT,
          r"\d0s(?!\w)"),
    _rule("weekday", rf"{MOD}?(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|"
          rf"past))\s+)?{WEEKDAY}{PART_OF_DAY}?", read_weekday, WEEKDAY_WORD),
    _rule("day-word", rf"{MOD}?(?:(?P<word>(?i:today|tonight|yesterday|tomorrow)){PART_OF_DAY}?"
          r"|(?P<rel>(?i:this|last))\s+(?P<part2>(?i:morning|afternoon|evening|night)))(?!\w)",
          read_day_word, DAY_WORD),
    _rule("relative", rf"{MOD}?(?:(?P<rel>(?i:last|next|this|coming|current))|(?i:in\s+)?"
          rf"(?i:the))\s+{_REL_UNIT}", read_relative, UNIT_WORD, REL_UNIT_NEED),
    _rule("quarter", rf"(?:(?:(?i:the)\s+)?(?P<quarter>(?i:first|second|third|fourth|1st|2nd|"
          rf"3rd|4th))[\s-]+(?i:quarter)|Q(?P<q>[1-4]))(?:(?:\s+(?i:of))?\s+{YEAR})?",
          read_quarter, QUARTER_WORD),
    _rule("past-units", rf"(?i:the|this)\s+(?i:past|last|next|coming)\s+{_REL_UNIT}",
          read_span_of_units, UNIT_WORD, REL_UNIT_NEED),
    _rule("weekend", r"(?i:the)\s+(?i:weekend)(?![\w-])", read_weekend, UNIT_WORD,
          r"\sweekend(?![\w-])"),
    _rule("ago", rf"{DEGREE}?(?:{QUANT}|{BARE_UNITS})\s+(?i:ago)(?!\w)", read_ago, AGO_WORD),
    _rule("duration", rf"(?:(?i:the\s+)?(?i:past|last|next|coming|first|final)\s+|{DEGREE})?"
          rf"{RANGE}?(?:{QUANT}|{BARE_UNITS}(?![\w-])){NOT_AGE}", read_duration, UNIT_WORD,
          UNIT_NEED),
    # Not "shortly after", "soon after": TimeML leaves them out, and they say no amount.
    _rule("anchored", rf"{DEGREE}?(?:{QUANT}|{BARE_UNITS})\s+(?P<dir>(?i:after|before|later|"
          r"earlier|following|prior\s+to|afterwards?|beforehand))(?!\w)", read_anchored,
          DIRECTION_WORD, ANCHORED_NEED),
    # "the next day" without its "the", as TimeML marks it: "[previous day]".
    _rule("next-day", r"(?<=[Tt]he\s)(?:(?P<rel>(?i:next|following|previous))\s+(?P<unit>"
          r"(?i:day|morning|afternoon|evening|night))|(?P<rel2>(?i:following|previous))\s+"
          r"(?P<unit2>(?i:week|month|year)))(?!\w)",
          lambda m, ctx: read_next_day_either(m, ctx), ("next", "following", "previous")),
    _rule("day-before", r"(?i:the\s+(?P<unit>day)\s+(?P<rel>before|after))(?!\w)",
          read_next_day, UNIT_WORD, r"\sday\s+(?:before|after)(?!\w)"),
    _rule("same-day", r"(?:(?i:later|earlier)\s+(?i:that|the\s+same|on\s+the\s+same)\s+|"
          r"(?:(?<=[Tt]hat\s)|(?<=[Tt]he\s))(?i:same)\s+)(?P<unit>(?i:day|morning|afternoon|"
          r"evening|night))(?!\w)", read_same_day, ("same", "later", "earlier")),
    _rule("holiday", r"(?P<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|"
          rf"Halloween|Valentine['’]s\s+Day)(?!\w)(?:\s+{YEAR})?", read_holiday, HOLIDAY_WORD),
    _rule("clock", rf"(?P<clock>\d{{1,2}}(?::\d\d)?\s*(?i:[ap]\.?\s?m\.?)|(?i:noon|midnight)|"
          rf"(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:UTC|GMT)))(?:\s+{ZONE})?(?![\w])", read_clock,
          CLOCK_WORD),
    _rule("clock", rf"(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:]|\.\d|\s*(?i:[ap]\.?\s?m))"
          rf"(?:\s+{ZONE})?(?![\w])", read_bare_clock, (":",)),
    _rule("reference", r"(?P<ref>(?i:now|currently|nowadays|presently|recently))(?!\w)",
          read_reference, ("now", "current", "present", "recent")),
    _rule("set", r"(?:(?i:each|every)\s+(?P<unit>(?i:hour|day|week|month|year))|(?i:per)\s+"
          r"(?P<unit2>(?i:day|week|month|year))|"
          r"(?P<adverb>(?i:daily|weekly|monthly|annually|yearly|hourly)))(?!\w)",
          read_set, ("each", "every", "per", "daily", "weekly", "monthly", "annually", "yearly",
                     "hourly")),
    _rule("age", rf"(?i:{NUM}[\s-]+(?P<unit>year|month|week|day)s?[\s-]+old)(?![\w])",
          read_age, ("old",), r"(?:year|month|week|day)s?[\s-]+old(?!\w)"),
    _rule("decade-word", r"(?<=[Tt]he\s)(?P<dword>(?i:twenties|thirties|forties|fifties|sixties|"
          r"seventies|eighties|nineties))(?!\w)", read_decade_word, ("ties",)),
    _rule("century", r"(?P<nth>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)(?!\w)", read_century,
          ("century",)),
    _rule("part-of-date", rf"(?P<part>(?i:morning|afternoon|evening|night))\s+of\s+{MONTH}\s*"
          rf"{DAY}(?:\s*,?\s*{YEAR})?", read_part_of_date, MONTH_WORD,
          rf"(?:morning|afternoon|evening|night)\s+of\s+{_MONTH_NEED}"),
    _rule("month-of-year", rf"{MONTH}\s+of\s+(?P<rel>(?i:this|last|next))\s+(?i:year)(?!\w)",
          read_month_of_year, MONTH_WORD, r"of\s+(?:this|last|next)\s+year(?!\w)"),
)


def read_next_day_either(match: re.Match, ctx: Context) -> Reading | None:
    unit = match.group("unit") or match.group("unit2")
    rel = match.group("rel") or match.group("rel2")
    return read_next_day(_Groups(match, {"unit": unit, "rel": rel}), ctx)



class _Groups:
    """A match with some groups overridden, for rules whose alternatives share a reader."""

    def __init__(self, match: re.Match, groups: dict[str, str | None]):
        self._match, self._groups = match, groups

    def group(self, name: str) -> str | None:
        return self._groups[name] if name in self._groups else self._match.group(name)

    def start(self, *args) -> int:
        return self._match.start(*args)

    def end(self, *args) -> int:
        return self._match.end(*args)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str
    reading: Reading
    priority: int
    anchor: tuple[int, int] | None = None  # characters of the anchor phrase ("after <...>")


# letters that a case-blind pattern takes for an ASCII letter their lower case is not ("ı", "ſ")
ODD_CASES = frozenset("\u0131\u017f")


def find_candidates(ctx: Context) -> list[Candidate]:
    """Every rule's readings over the text, overlapping; the caller picks among them."""
    found = []
    lowered = ctx.text.lower()
    # a need is read off the lower-cased text: only where it matches what the rule matches
    needs = len(lowered) == len(ctx.text) and not ODD_CASES.intersection(ctx.text)
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    hits: dict[str, list[int]] = {}  # of each trigger word: triggers share words (digits)
    for priority, rule in enumerate(RULES):
        if rule.trigger not in windows:
            windows[rule.trigger] = _windows(rule.trigger, lowered, hits)
        need, folded = (rule.need, rule.folded) if needs else (None, None)
        for start, end in windows[rule.trigger]:
            if need is not None and need.search(lowered, start, end) is None:
                continue
            for match in _matches(rule.pattern, folded, ctx.text, lowered, start, end):
                reading = rule.read(match, ctx)
                if reading is not None:
                    found.append(Candidate(match.start(), match.end(), rule.name, reading,
                                           priority))
    return found


def _matches(pattern: re.Pattern, folded: re.Pattern | None, text: str, lowered: str,
             start: int, end: int) -> Iterator[re.Match]:
    """pattern.finditer(text, start, end), found with the folded pattern where there is one."""
    if folded is None:
        yield from pattern.finditer(text, start, end)
        return
    for found in folded.finditer(lowered, start, end):
        yield pattern.match(text, found.start(), end)  # the same match, on the text itself


WINDOW = 60  # characters either side of a trigger: longer than any expression's reach


def _hits(word: str, lowered: str) -> list[int]:
    found = []
    at = lowered.find(word)
    while at >= 0:
        found.append(at)
        at = lowered.find(word, at + len(word) + WINDOW)  # nearer hits share the window
    return found


def _windows(trigger: tuple[str, ...], lowered: str,
             hits_of: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Merged stretches of text around the trigger words: every match of the rule lies in one.
    hits_of keeps where each word was found, for the next trigger with that word."""
    hits_of = {} if hits_of is None else hits_of
    hits = []
    for word in trigger:
        if word not in hits_of:
            hits_of[word] = _hits(word, lowered)
        hits += [(at, len(word)) for at in hits_of[word]]
    merged: list[tuple[int, int]] = []
    for at, size in sorted(hits):
        start, end = max(0, at - WINDOW), min(len(lowered), at + 2 * (size + WINDOW))
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
