"""Telling a page that holds an article from one that does not (index, login or cookie wall).

What trafilatura keeps from an index page is a list of headlines; from a login or cookie wall,
a notice and some buttons. None of them has running text: lines of several words that end as
sentences do. The wall cues only name the reason; running text alone decides.
"""

from __future__ import annotations

import re

from storyline.read.lines import WORD

MIN_RUNNING_WORDS = 30  # an article has at least a couple of real sentences
SENTENCE_WORDS = (6, 80)  # longer "sentences" are runs of headlines with no stop between
# A sentence may be wrapped over lines or sit in a table cell: read across line breaks.
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]")
_LOGIN = re.compile(
    r"\b(?:subscribers? only|subscribe to (?:continue|read)|log ?in to (?:continue|read)"
    r"|sign ?in to (?:continue|read)|continue reading|create (?:a|your) free account)\b",
    re.IGNORECASE,
)
_COOKIES = re.compile(
    r"\b(?:cookies?\b.{0,200}\b(?:consent|accept all|reject all|manage (?:preferences|options))"
    r"|we value your privacy|before you continue)",
    re.IGNORECASE | re.DOTALL,
)


def running_words(text: str) -> int:
    """Words in stretches that read as sentences: a few words up to a full stop."""
    low, high = SENTENCE_WORDS
    total = 0
    for match in _SENTENCE.finditer(text):
        words = len(WORD.findall(match.group()))
        if low <= words <= high:
            total += words
    return total


def why_not_an_article(text: str, html: str) -> str | None:
    """None when text has enough running text; else why the page holds no article."""
    if running_words(text) >= MIN_RUNNING_WORDS:
        return None
    head = html[:200_000]
    if _COOKIES.search(head):
        return "no article body found: cookie wall"
    if _LOGIN.search(head):
        return "no article body found: login wall"
    if text.count("\n") >= 5:
        return "no article body found: index page (a list of links, no running text)"
    return "no article body found: too little running text"
