"""Sentence provenance: for each sentence of a new article, the earlier sentences it was
copied or rewritten from.

Candidates are stored sentences sharing a fingerprint key (sentence_hash.py, looked up in the
store by store/sentence_index.py); each is verified by token alignment (align.py). A link
needs similarity >= LINK_MIN over the aligned region and at least half of the source
sentence's words matched (MIN_MATCHED at least), so a shared stock phrase does not link two
sentences. A link is a ``copy`` at similarity >= COPY_MIN (near-identical), else a
``rewrite``. Its span is the whole new sentence when the alignment covers most of it
(WHOLE_MIN of its words), else the aligned region: a sentence merged from two source sentences
gets one link per part.

Which source: the most similar; among sources within TIE of the best on the same part of the
sentence, the earliest (published date, then ingest order), so a duplicate's sentences, and
those of an article copying a duplicate, point to the original. Within one duplicate group
(an original and its stored near-duplicates) the margin is ROOT_TIE: copies spun from one
original share many synonym choices, so a later spin is often a little closer to an earlier
spin than to the original; the group's earliest text is still the source of record. A stored
article published after the new one is never its source (the new one is then the earlier; its
later copies keep the links they were given when they arrived).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.connect.align import Alignment, align
from storyline.connect.duplicates import Stored
from storyline.connect.sentences import Sentence
from storyline.model import SourceLink

LINK_MIN = 0.5
COPY_MIN = 0.95
WHOLE_MIN = 0.8
TIE = 0.02
ROOT_TIE = 0.15
MIN_MATCHED = 4
OVERLAP_MAX = 0.5  # a second link of a sentence must cover mostly other words


@dataclass
class Candidate:
    """A stored sentence that shares a fingerprint key with a new sentence."""

    article: Stored
    sentence: Sentence


@dataclass
class _Found:
    source: Candidate
    alignment: Alignment


def links(sentences: list[Sentence], candidates: dict[int, list[Candidate]]
          ) -> list[SourceLink]:
    """The links of each new sentence (by index in ``sentences``) to its candidates."""
    out = []
    for seq, found in sorted(candidates.items()):
        sentence = sentences[seq]
        verified = [f for f in (_verify(sentence, c) for c in found) if f]
        out.extend(_link(sentence, f) for f in _choose(verified))
    return out


def _verify(sentence: Sentence, c: Candidate) -> _Found | None:
    a = align(sentence.words, c.sentence.words)
    if a is None or a.similarity < LINK_MIN:
        return None
    if a.matched < max(MIN_MATCHED, len(c.sentence.words) / 2):
        return None
    return _Found(c, a)


def _overlap(a: Alignment, b: Alignment) -> float:
    shared = min(a.last, b.last) - max(a.first, b.first) + 1
    return max(shared, 0) / min(a.last - a.first + 1, b.last - b.first + 1)


def _choose(found: list[_Found]) -> list[_Found]:
    """Greedy: the best remaining alignment (the earliest source among near ties), then
    those on other parts of the sentence."""
    left = sorted(found, key=lambda f: (-f.alignment.similarity, f.source.article.order))
    chosen: list[_Found] = []
    while left:
        best = left[0]
        root = _root(best)
        ties = [f for f in left if _overlap(f.alignment, best.alignment) > OVERLAP_MAX
                and f.alignment.similarity >= best.alignment.similarity
                - (ROOT_TIE if _root(f) == root else TIE)]
        pick = min(ties, key=lambda f: f.source.article.order)
        chosen.append(pick)
        left = [f for f in left if _overlap(f.alignment, pick.alignment) <= OVERLAP_MAX]
    return chosen


def _root(f: _Found) -> str:
    return f.source.article.duplicate_of or f.source.article.id


def _link(sentence: Sentence, f: _Found) -> SourceLink:
    a, source = f.alignment, f.source.sentence
    if (a.last - a.first + 1) >= WHOLE_MIN * len(sentence.words):
        span = sentence.span
    else:
        span = (sentence.offsets[a.first][0], sentence.offsets[a.last][1])
    sim = round(a.similarity, 3)
    return SourceLink(span=span, source_article=f.source.article.id, source_span=source.span,
                      kind="copy" if sim >= COPY_MIN else "rewrite", similarity=sim)
