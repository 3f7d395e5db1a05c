"""The shortcuts of find_candidates (a rule's need, its folded pattern) find what the rule
pattern finds over the whole window."""

import dataclasses
import datetime as dt

import pytest

from storyline.understand import timex_rules as tr

TEXTS = [
    "Three days ago the talks ended; two to three weeks later, on Jan. 5, 2019, they resumed.",
    "IT WAS 10 YEARS AGO, IN THE 1990S, THAT MORE THAN FIVE HUNDRED PEOPLE LEFT EACH MONTH.",
    "The Weekend Before, the day after Christmas Day, she was 34 years old; Later That Day it "
    "rained every hour, about 3 p.m. local time, for the past Week.",
    "Birthday parties on Monday, the second quarter of 2020, 12/25/2019 and 2019-06-01 now.",
    "Sſx days ago, ı months later: odd letters stop the shortcuts, İstanbul too.",
    "the morning of May 3, May of this year, 5 May, the next day and a fortnight before",
]


def plain(rule: tr.Rule, text: str) -> list[tuple[int, int, str]]:
    found = []
    for start, end in tr._windows(rule.trigger, text.lower()):
        found += [(m.start(), m.end(), repr(m.groupdict()))
                  for m in rule.pattern.finditer(text, start, end)]
    return found


def shortcut(rule: tr.Rule, text: str) -> list[tuple[int, int, str]]:
    lowered = text.lower()
    safe = len(lowered) == len(text) and not tr.ODD_CASES.intersection(text)
    need, folded = (rule.need, rule.folded) if safe else (None, None)
    found = []
    for start, end in tr._windows(rule.trigger, lowered):
        if need is not None and need.search(lowered, start, end) is None:
            continue
        found += [(m.start(), m.end(), repr(m.groupdict()))
                  for m in tr._matches(rule.pattern, folded, text, lowered, start, end)]
    return found


@pytest.mark.parametrize("text", TEXTS + [t.swapcase() for t in TEXTS] + [t.title() for t in TEXTS])
def test_shortcuts_find_what_the_pattern_finds(text: str) -> None:
    for rule in tr.RULES:
        assert shortcut(rule, text) == plain(rule, text), rule.name


def test_case_blind() -> None:
    assert tr.case_blind(r"(?i:days?)\s+(?P<n>\d+)(?i:ago)")
    assert not tr.case_blind(r"(?i:days?)\s+ago")
    assert not tr.case_blind(r"(?P<m>Jan)")
    assert any(rule.folded is not None for rule in tr.RULES if rule.name == "duration")


@pytest.mark.parametrize("text", TEXTS + [t.swapcase() for t in TEXTS])
def test_find_candidates_reads_the_same_without_its_shortcuts(text: str, monkeypatch) -> None:
    ctx = tr.Context(text, dt.date(2019, 6, 1), lambda s, e: "past", lambda s, e: False)

    def seen() -> list[tuple]:
        return [(c.start, c.end, c.rule, repr(c.reading)) for c in tr.find_candidates(ctx)]

    fast = seen()
    monkeypatch.setattr(tr, "RULES", [dataclasses.replace(r, need=None, folded=None)
                                      for r in tr.RULES])
    assert fast == seen()
    assert fast  # the texts hold time expressions
