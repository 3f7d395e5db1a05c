"""Normalised word shingles of an article text, for near-duplicate detection.

Words are NFKC-folded, case-folded runs of letters and digits. Shingles are word n-grams taken
inside one sentence at a time, so that reordering sentences (a common rewrite) keeps every
shingle; a sentence ends at . ! ? or a line break. A sentence shorter than n words is one
shingle. n = 2 was chosen by measurement (see duplicates.py): word 3- and 5-grams lose too many
shingles to synonym swaps, and bigrams still keep unrelated news articles apart.
"""

from __future__ import annotations

import re
import unicodedata

SHINGLE_N = 2

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"\w+")


def sentences_words(text: str) -> list[list[str]]:
    """The normalised words of each sentence of text (empty sentences dropped)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    out = []
    for sentence in _SENTENCE_END.split(folded):
        words = _WORD.findall(sentence)
        if words:
            out.append(words)
    return out


def shingles(text: str, n: int = SHINGLE_N) -> set[str]:
    """The set of word n-grams of text, taken within sentences."""
    out: set[str] = set()
    for words in sentences_words(text):
        if len(words) <= n:
            out.add(" ".join(words))
            continue
        out.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return out
