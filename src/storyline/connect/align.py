"""Token alignment of a new sentence with a candidate source sentence.

difflib's SequenceMatcher over stemmed words (no junk heuristic) gives the matching blocks;
the aligned region of the new sentence runs from its first to its last matched word, so a
sentence merged from two sources aligns with each of them on its own part. Similarity is the
Dice ratio of matched words, 2M / (words in the region + words in the source sentence): a
synonym swap costs one word, an inserted or dropped word one word, a reordering within the
sentence the words out of order.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass
class Alignment:
    matched: int
    first: int  # index of the first matched word of the new sentence
    last: int  # index of the last matched word (inclusive)
    similarity: float


def align(new: list[str], source: list[str]) -> Alignment | None:
    blocks = [b for b in SequenceMatcher(None, new, source, autojunk=False)
              .get_matching_blocks() if b.size]
    if not blocks:
        return None
    matched = sum(b.size for b in blocks)
    first, last = blocks[0].a, blocks[-1].a + blocks[-1].size - 1
    region = last - first + 1
    return Alignment(matched, first, last, 2 * matched / (region + len(source)))
