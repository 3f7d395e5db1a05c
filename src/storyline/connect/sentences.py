"""Sentences of an article text with their character spans and normalised words.

A cheap splitter, the same one for every text (stored or new), so a sentence is found again
from the stored text alone: a sentence ends after . ! ? followed by white space, or at a line
break. Spans are [start, end) offsets into Article.text, without surrounding white space.
Words are case-folded runs of letters and digits, stemmed (read.topic.stem) so "detains" meets
"detained"; content words drop stop words and reporting verbs and keep numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.read.topic import stem

_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\s*\n\s*")
_WORD = re.compile(r"\w+")
MIN_WORDS = 5  # shorter sentences ("Advertisement", "Share this") are neither linked nor indexed
MIN_CONTENT = 3
_IGNORED = frozenset(STOP_WORDS) | frozenset(
    "said say says told tell tells asked ask added add according".split()
)


@dataclass
class Sentence:
    start: int
    end: int
    words: list[str]  # stemmed, case-folded
    offsets: list[tuple[int, int]]  # each word's span in the text
    content: frozenset[str]  # the content words, for fingerprints and topic

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def linkable(self) -> bool:
        return len(self.words) >= MIN_WORDS and len(self.content) >= MIN_CONTENT


def _is_content(word: str) -> bool:
    return word.isdigit() or (len(word) > 2 and word not in _IGNORED)


def spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) span of each non-blank sentence of text."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        _add(text, start, m.start() if "\n" in m.group() else m.end(), out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        out.append((start + lead, start + lead + len(stripped)))


def split(text: str) -> list[Sentence]:
    """The sentences of text with their words."""
    return [sentence(text, start, end) for start, end in spans(text)]


def sentence(text: str, start: int, end: int) -> Sentence:
    """The sentence at text[start:end] (a span found by ``spans``)."""
    words, offsets = [], []
    for m in _WORD.finditer(text, start, end):
        words.append(stem(m.group().casefold()))
        offsets.append(m.span())
    return Sentence(start, end, words, offsets, frozenset(w for w in words if _is_content(w)))
