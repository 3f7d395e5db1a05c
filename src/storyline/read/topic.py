"""Topical distance: how much of a passage's vocabulary the rest of the article shares.

Content words are lower-cased, stop words and reporting verbs dropped, and crudely stemmed
so "detains" meets "detained". A passage scores the share of its content words found in the
reference paragraphs, weighted by how many of them use the word: an unrelated teaser shares
a word or two by chance, an on-topic paragraph shares the story's recurring names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_IGNORED = frozenset(STOP_WORDS) | frozenset(
    "said says told tells asked added according including just like year years week "
    "day days time times people thing things way".split()
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ies", "ed", "es", "s", "ly")
SATURATION = 3  # a word used by this many reference paragraphs counts fully


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in _IGNORED}


class Vocabulary:
    """The content words of a set of reference paragraphs and how many paragraphs use each."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        self.paragraph_stems = [content_stems(p) for p in paragraphs]
        self.counts: Counter[str] = Counter()
        for stems in self.paragraph_stems:
            self.counts.update(stems)

    def affinity(self, text: str, exclude: str | None = None) -> float:
        """0..1: how strongly the reference paragraphs share ``text``'s content words.

        ``exclude`` is a reference paragraph to leave out (the passage itself).
        """
        stems = content_stems(text)
        if not stems:
            return 1.0  # nothing to judge by: no evidence of being off-topic
        own = stems if exclude == text else content_stems(exclude) if exclude else set()
        total = 0.0
        for word in stems:
            count = self.counts[word] - (1 if word in own else 0)
            total += min(count, SATURATION) / SATURATION
        return total / len(stems)
