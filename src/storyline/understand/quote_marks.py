"""Quotation marks: the spans of text set inside them, found from the characters alone.

Curly (“ ” ‘ ’) and straight (" ') marks are paired within a paragraph. An apostrophe
("Canada's", "didn’t") is not a mark. A mark left open closes at the end of its paragraph, so
one stray mark never swallows the rest of an article; a paragraph that ends inside a quote and
is followed by one that opens with a mark continues the same quotation (the newspaper
convention for quotes that run over several paragraphs). Single marks nested inside double
ones (and the reverse) are part of the outer quotation. One pass over the marks: linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN, DOUBLE_CLOSE, SINGLE_OPEN, SINGLE_CLOSE = "“", "”", "‘", "’"
MARKS = re.compile("[\"'“”‘’„‟«»]")
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
LINE = re.compile(r"[^\n]+")
OPENING_CONTEXT = set("([{<—–-/")  # characters after which a straight mark opens
TRAILING = " \t\r\n,;:"  # stripped from the end of quoted content


@dataclass(frozen=True)
class Quoted:
    """One stretch of quoted text in one paragraph."""

    open: int  # offset of the opening mark
    start: int  # content start (after the mark and any space)
    end: int  # content end (before the closing mark, trailing space and ,;: stripped)
    close: int  # offset just after the closing mark; the paragraph end when left open
    closed: bool  # a closing mark was found
    paragraph: int  # index of the paragraph
    group: int  # index (into the result list) of the first part of a multi-paragraph quote
    at_paragraph_start: bool  # the opening mark is the paragraph's first character


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines, or lines when there are no blank lines."""
    if BLANK_LINE.search(text):
        spans, start = [], 0
        for gap in BLANK_LINE.finditer(text):
            spans.append((start, gap.start()))
            start = gap.end()
        spans.append((start, len(text)))
    else:
        spans = [(m.start(), m.end()) for m in LINE.finditer(text)]
    return [_strip_span(text, s, e) for s, e in spans if text[s:e].strip()]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of text, in order."""
    found: list[Quoted] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        previous = found[-1] if found else None
        for quoted in _scan_paragraph(text, start, end, number):
            group = len(found)
            if (
                previous is not None
                and not previous.closed
                and previous.paragraph == number - 1
                and quoted.at_paragraph_start
            ):
                group = previous.group
            found.append(_with_group(quoted, group))
            previous = None  # only a paragraph's first quote can continue the last one
    return found


def _with_group(quoted: Quoted, group: int) -> Quoted:
    return Quoted(**{**quoted.__dict__, "group": group})


def _kind(mark: str, before: str, after: str, open_kind: str | None,
          closes_later: bool = False) -> tuple[str, str] | None:
    """(action, kind) for one mark: action 'open' or 'close', kind 'double' or 'single'.
    closes_later: another straight double mark follows in the paragraph."""
    if mark in "“„‟«":
        return ("open", "double")
    if mark in "”»":
        # Some texts use ” for both ends: before a word, after a space, it opens.
        if open_kind != "double" and (not before or before.isspace()) and after.isalnum():
            return ("open", "double")
        return ("close", "double")
    if mark == '"':
        if open_kind == "double" and not ((not before or before.isspace()) and _opens(after)):
            return ("close", "double")
        if _opens(after) and (not before or before.isspace() or before in OPENING_CONTEXT
                              or not before.isalnum()):
            return ("open", "double")
        if open_kind is None and (not before or before.isspace()) and after.isspace() \
                and closes_later:
            return ("open", "double")  # a stray space inside the mark: '" You guys ..."'
        return None
    if before.isalnum() and after.isalnum():  # an apostrophe: didn't, Canada's, rock'n'roll
        return None
    if mark == SINGLE_OPEN:
        return ("open", "single")
    if open_kind == "single":
        return ("close", "single")
    if mark == "'" and after.isalpha() and (not before or before.isspace()
                                             or before in OPENING_CONTEXT or before in "\"“"):
        return ("open", "single")
    return None


def _doubled_single(text: str, at: int, end: int, open_kind: str | None) -> int | None:
    """Two single marks written for one closing double mark: ’’ or '' (AP style) close an
    open double quotation. The offset after the pair, or None."""
    pair = text[at:at + 2] if at + 1 < end else ""
    return at + 2 if open_kind == "double" and pair in ("’’", "''") else None


def _opens(after: str) -> bool:
    return bool(after) and not after.isspace()


def _scan_paragraph(text: str, start: int, end: int, number: int) -> list[Quoted]:
    found, ignore_singles_from = _scan(text, start, end, number, singles_until=end)
    if ignore_singles_from is None:
        return found
    # An open single mark that never closed was most likely an apostrophe ('90s, 'em):
    # scan again reading single marks from there on as apostrophes.
    again, _ = _scan(text, start, end, number, singles_until=ignore_singles_from)
    return again


def _scan(text: str, start: int, end: int, number: int, singles_until: int
          ) -> tuple[list[Quoted], int | None]:
    found: list[Quoted] = []
    open_at: int | None = None
    open_kind: str | None = None
    resume = start
    while (match := MARKS.search(text, resume, end)) is not None:
        at = match.start()
        resume = at + 1
        close = _doubled_single(text, at, end, open_kind)
        if close is not None and open_at is not None:  # one closing mark of two characters
            found.extend(_quoted(text, open_at, at, close, True, number, start))
            open_at = open_kind = None
            resume = close
            continue
        mark = text[at]
        if mark in "'‘’" and at >= singles_until:
            continue
        before = text[at - 1] if at > start else ""
        after = text[at + 1] if at + 1 < end else ""
        closes_later = mark == '"' and text.find('"', at + 1, end) >= 0
        action = _kind(mark, before, after, open_kind, closes_later)
        if action is None:
            continue
        verb, kind = action
        if open_at is None:
            if verb == "open":
                open_at, open_kind = at, kind
            continue
        if kind != open_kind:
            continue  # nested marks of the other kind belong to the open quotation
        if verb == "close":
            found.extend(_quoted(text, open_at, at, at + 1, True, number, start))
            open_at = open_kind = None
        else:  # a second opening mark: the first quotation lacked its closing mark
            found.extend(_quoted(text, open_at, at, at, False, number, start))
            open_at = at
    if open_at is not None:
        if open_kind == "single" and open_at != start:
            return found, open_at
        found.extend(_quoted(text, open_at, end, end, False, number, start))
    return found, None


def _quoted(text: str, open_at: int, end: int, close: int, closed: bool, number: int,
            paragraph_start: int) -> list[Quoted]:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    if end <= start:
        return []
    return [Quoted(open=open_at, start=start, end=end, close=close, closed=closed,
                   paragraph=number, group=-1, at_paragraph_start=open_at == paragraph_start)]
