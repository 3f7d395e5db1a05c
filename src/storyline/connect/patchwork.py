"""Patchwork score and off-topic segments of an article, from its sentence links.

Patchwork: the share of the article's linkable sentences (by characters) covered by links,
when at least MIN_SOURCES distinct source stories (a source and its duplicates count once)
each give SOURCE_SHARE of the linked characters; 0 otherwise. So a plain copy or rewrite of one
article is not a patchwork (duplicate_of and its links say that), nor is a copy that also
repeats a background sentence of another story. ``sources`` is that number of stories.

Off-topic: a line of its own (one linkable sentence between line breaks) with no link, or
linked only to a source that gives the article nothing else (a teaser is often another page's
headline), whose content words the rest of the article hardly uses (read.topic.Vocabulary affinity <
OFFTOPIC_MAX, sentences as reference units), such as a teaser headline of an unrelated story
stitched into a content-farm page. Sentences inside paragraphs are not judged: in original
articles too many of them (5.7% on Wikinews) use words found nowhere else in the article.
Events should not be coded from these spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.connect.sentences import Sentence
from storyline.model import SourceLink, Span
from storyline.read.topic import Vocabulary

MIN_SOURCES = 2
SOURCE_SHARE = 0.15
OFFTOPIC_MAX = 0.1
MIN_SENTENCES = 4  # too few sentences to judge what the article is about


@dataclass
class Patchwork:
    score: float = 0.0
    sources: int = 0
    offtopic: list[Span] = field(default_factory=list)


def assess(text: str, sentences: list[Sentence], links: list[SourceLink],
           roots: dict[str, str]) -> Patchwork:
    """``roots`` maps a source article id to the story it belongs to (its duplicate_of)."""
    linkable = [s for s in sentences if s.linkable]
    total = sum(s.end - s.start for s in linkable)
    by_story: dict[str, list[SourceLink]] = {}
    for x in links:
        by_story.setdefault(roots.get(x.source_article, x.source_article), []).append(x)
    covered = _covered(links)
    stories = sum(_covered(xs) >= SOURCE_SHARE * covered for xs in by_story.values())
    score = covered / total if total and stories >= MIN_SOURCES else 0.0
    return Patchwork(round(min(score, 1.0), 3), stories, offtopic(text, sentences, links))


def _covered(links: list[SourceLink]) -> int:
    spans = sorted(x.span for x in links)
    total, end = 0, -1
    for a, b in spans:
        total += max(0, b - max(a, end))
        end = max(end, b)
    return total


def _own_line(text: str, s: Sentence) -> bool:
    before, after = text[: s.start].rstrip(" \t"), text[s.end :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def offtopic(text: str, sentences: list[Sentence], links: list[SourceLink]) -> list[Span]:
    linkable = [s for s in sentences if s.linkable]
    if len(linkable) < MIN_SENTENCES:
        return []
    per_source: dict[str, int] = {}
    for x in links:
        per_source[x.source_article] = per_source.get(x.source_article, 0) + 1
    linked = [x.span for x in links if per_source[x.source_article] > 1]
    texts = [text[s.start : s.end] for s in linkable]
    vocab = Vocabulary(texts)
    out = []
    for s, t in zip(linkable, texts, strict=True):
        if any(a < s.end and s.start < b for a, b in linked) or not _own_line(text, s):
            continue
        if vocab.affinity(t, exclude=t) < OFFTOPIC_MAX:
            out.append(s.span)
    return out
