"""Clutter removal for flattened pages: every line becomes title, credit, body or removed.

The classifier works in passes over the non-empty lines:

1. cues that hold anywhere: captions, calls to action, legal notices, bylines, wire credits,
   date stamps, avatar lines;
2. the head: lines before the first paragraph of prose; the first headline-like one is the
   title, the rest is navigation;
3. the tail: lines after the closing byline (or after the last paragraph); prose there stays
   only if it is on the article's topic;
4. the middle: a headline glued to a blurb is a teaser when the pair shares little vocabulary
   with the article; a headline glued to a caption, or a full headline off the article's
   topic, is a teaser.

Every pass is linear in the number of characters.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.model import Removed
from storyline.read import cues
from storyline.read.clutter_model import (
    FEATURE_NAMES,
    Layout,
    Thresholds,
    drop_repeats,
    features,
    load_model,
    restore_between,
    restore_in_context,
    restore_siblings,
)
from storyline.read.credits import byline, dateline_credit, wire_credit
from storyline.read.dates import date_line
from storyline.read.lines import Line, split_lines
from storyline.read.region import best_run, line_score
from storyline.read.topic import Vocabulary

# A passage whose affinity to the article is below this shares only chance words with it.
OFF_TOPIC = 0.2
RELATIVE_OFF_TOPIC = 0.6  # ... or below this share of the median paragraph's affinity
MIN_TABLE_ROWS = 4  # a closing table has at least this many rows
TABLE_SKELETON = 3  # ... whose skeletons agree on this many leading marks
MIN_REFERENCE = 3  # fewer paragraphs than this are too little to judge topic by
TITLE, BYLINE, CREDIT, DATE, BODY = "title", "byline", "credit", "date", "body"
METADATA = {TITLE, BYLINE, CREDIT, DATE}
MEDIA_WORDS = (
    "News|Times|Post|Herald|Journal|Tribune|Daily|Gazette|Telegraph|Guardian|Chronicle|Observer"
    "|Express|Mail|Today|Online|Media|TV|Radio|Network|Press|Wire|Report|Review|Magazine"
    "|Insider|Standard|Star|Sun|Mirror|Independent|Monitor|Globe|Post-Gazette|Bulletin"
)
_OUTLET_NAME = re.compile(rf"\b((?:[A-Z][\w&'’.\-]*\s+){{1,3}}(?:{MEDIA_WORDS}))\b")
_GENERIC_FIRST = frozenset(
    "world recent latest breaking top more local business sports related popular trending "
    "national international global daily today's our your the all fake good".split()
)


@dataclass
class CleanText:
    """A text dump split into its parts."""

    text: str
    title: str | None = None
    byline: list[str] = field(default_factory=list)
    credit: str | None = None
    date: str | None = None
    outlet: str | None = None
    removed: list[Removed] = field(default_factory=list)


class LineCues:
    """Labels from surface cues that hold anywhere on a page (bylines, credits, date lines,
    avatars, captions, legal notices, calls to action), and the metadata found on the way."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.credit: str | None = None
        self.date: str | None = None
        self.avatars: list[str] = []

    def label(self, line: Line) -> str | None:
        if (found := byline(line.text)) is not None:
            names, credit = found
            self.names.extend(n for n in names if n not in self.names)
            self.credit = self.credit or credit
            return BYLINE
        if (credit := wire_credit(line.text)) is not None:
            self.credit = self.credit or credit
            return CREDIT
        if (date := date_line(line.text)) is not None:
            self.date = self.date or date
            return DATE
        if (name := cues.avatar_name(line)) is not None:
            self.avatars.append(name)
            return "boilerplate"
        if cues.caption(line):
            return "caption"
        if cues.is_legal(line):
            return "boilerplate"
        return cues.call_to_action(line)


class _Classifier:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.labels: list[str | None] = [None] * len(lines)
        self.cues = LineCues()
        self.threshold = 0.0  # affinity below which a suspect passage is off-topic
        self.has_prose = True
        n = len(lines)
        self.region, self.first, self.end = (0, 0), n, n
        self.vocabulary = Vocabulary([])
        self.reference: frozenset[int] = frozenset()
        self.cued: frozenset[int] = frozenset()  # lines a surface cue labelled in pass 1

    # -- pass 1: cues that hold anywhere -----------------------------------------------
    def mark_cues(self) -> None:
        for i, line in enumerate(self.lines):
            self.labels[i] = self.cues.label(line)
        self.cued = frozenset(i for i, label in enumerate(self.labels) if label is not None)

    # -- pass 2: the head ----------------------------------------------------------------
    def is_text(self, line: Line) -> bool:
        """Prose; in a text without any, a sentence-like line will do."""
        if self.has_prose:
            return line.is_prose
        return line.terminal or (line.n_words >= 6 and not line.is_headline)

    def first_prose(self) -> int | None:
        unclaimed = [i for i in range(len(self.lines)) if self.labels[i] is None]
        self.has_prose = any(self.lines[i].is_prose for i in unclaimed)
        return next((i for i in unclaimed if self.is_text(self.lines[i])), None)

    def mark_head(self, first: int) -> None:
        title_found = False
        for i in range(first):
            if self.labels[i] is not None:
                continue
            line = self.lines[i]
            if not title_found and _reads_as_title(line):
                self.labels[i] = TITLE
                title_found = True
            elif line.is_headline and line.n_words >= 4:
                self.labels[i] = "teaser"
            else:
                self.labels[i] = "navigation"

    # -- pass 3: the tail ----------------------------------------------------------------
    def tail_start(self, first: int, stop: int) -> int:
        """Index of the first tail line: after a closing byline, else after the last prose.

        A byline closes the article only when most of the region's prose comes before it
        (a photographer's credit under an early picture closes nothing).
        """
        prose_words = [
            self.lines[i].n_words if self.labels[i] is None and self.is_text(self.lines[i]) else 0
            for i in range(first, stop)
        ]
        total, before = sum(prose_words), 0
        closing = first
        for i in range(first, stop):
            before += prose_words[i - first]
            if self.labels[i] in (BYLINE, CREDIT) and i > first and before > total - before:
                closing = i
        if closing > first:
            return closing + 1
        last = max(
            (i for i in range(first, stop) if prose_words[i - first]),
            default=first,
        )
        return last + 1

    def mark_tail(self, start: int, vocabulary: Vocabulary) -> None:
        start = self._mark_closing_table(start)
        in_list = False
        for i in range(start, len(self.lines)):
            line = self.lines[i]
            if self.labels[i] is not None:
                in_list = in_list or self.labels[i] == "navigation" and cues.is_list_header(line)
                continue
            if line.is_prose:
                self.labels[i] = self._judge_prose(line, vocabulary)
            elif cues.is_list_header(line):
                self.labels[i] = "navigation"
                in_list = True
            elif in_list or (line.is_headline and line.n_words >= 4):
                self.labels[i] = "teaser"
            else:
                self.labels[i] = "navigation"

    def _mark_closing_table(self, start: int) -> int:
        """Keep a table-like list that ends the article (dates, scores, line-ups).

        Its items share a skeleton of numbers and punctuation ("0–,@"), which menus of
        plain words and headline lists do not; an optional header line goes with it.
        Returns the first line after the list.
        """
        first = next((i for i in range(start, len(self.lines)) if self.labels[i] is None), None)
        if first is None:
            return start
        for head in (first, first + 1):
            run = self._same_skeleton_run(head)
            if len(run) >= MIN_TABLE_ROWS:
                for i in range(first, run[-1] + 1):
                    self.labels[i] = BODY
                return run[-1] + 1
            if self.lines[first].n_words > 10:
                break
        return start

    def _same_skeleton_run(self, head: int) -> list[int]:
        if head >= len(self.lines) or self.labels[head] is not None:
            return []
        pattern = self.lines[head].skeleton[:TABLE_SKELETON]
        if not pattern.strip("0"):
            return []
        run = []
        for i in range(head, len(self.lines)):
            line = self.lines[i]
            if self.labels[i] is not None or line.skeleton[: len(pattern)] != pattern:
                break
            run.append(i)
        return run

    def _judge_prose(self, line: Line, vocabulary: Vocabulary) -> str:
        if vocabulary.affinity(line.text) >= self.threshold:
            return BODY
        return "boilerplate" if cues.publisher_blurb(line) else "offtopic"

    # -- pass 4: the middle --------------------------------------------------------------
    def teaser_pairs(self, first: int, end: int) -> list[tuple[int, list[int]]]:
        """(headline, blurb lines) where a headline-like line is glued to prose below it."""
        pairs = []
        for i in range(max(first, 1), end):
            line = self.lines[i]
            if self.labels[i] is not None or line.is_prose or not line.is_headline:
                continue
            blurb = []
            j = i + 1
            while (
                j < end
                and self.lines[j].block == line.block
                and self.labels[j] is None
                and self.lines[j].is_prose
            ):
                blurb.append(j)
                j += 1
            if blurb:
                pairs.append((i, blurb))
        return pairs

    def mark_middle(self, first: int, end: int) -> Vocabulary:
        pairs = self.teaser_pairs(first, end)
        in_pairs = {j for _, blurb in pairs for j in blurb}
        self.reference = frozenset(
            i
            for i in range(first, end)
            if self.labels[i] is None and self.lines[i].is_prose and i not in in_pairs
        )
        reference = [self.lines[i].text for i in sorted(self.reference)]
        vocabulary = Vocabulary(reference)
        self.threshold = off_topic_threshold(vocabulary, reference)
        for head, blurb in pairs:
            passage = " ".join(self.lines[j].text for j in (head, *blurb))
            if vocabulary.affinity(passage) < self.threshold:
                for j in (head, *blurb):
                    self.labels[j] = "teaser"
        for i in range(first, end):
            if self.labels[i] is None and self._stray_headline(i, vocabulary):
                self.labels[i] = "teaser"
        self._mark_closing_blurbs(first, end, vocabulary)
        return vocabulary

    def _stray_headline(self, i: int, vocabulary: Vocabulary) -> bool:
        """A headline inside the body glued to removed clutter, or an off-topic one."""
        line = self.lines[i]
        if line.is_prose or not line.is_headline:
            return False
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(self.lines)]
        glued = any(
            self.lines[j].block == line.block and self.labels[j] not in (None, BODY, *METADATA)
            for j in neighbours
        )
        if glued:
            return True
        full_headline = line.n_words >= 6 and line.title_ratio >= 0.75
        return full_headline and vocabulary.affinity(line.text) < self.threshold

    def _mark_closing_blurbs(self, first: int, end: int, vocabulary: Vocabulary) -> None:
        """Off-topic prose about the publisher at the end of the body."""
        for i in range(end - 1, first, -1):
            line = self.lines[i]
            if self.labels[i] is not None or not line.is_prose:
                continue
            if (
                cues.publisher_blurb(line)
                and vocabulary.affinity(line.text, line.text) < self.threshold
            ):
                self.labels[i] = "boilerplate"
            else:
                return

    def main_region(self) -> tuple[int, int]:
        """The run of lines richest in prose (see storyline.read.region)."""
        scores = [
            line_score(line, self.labels[i] is not None, self.is_text(line))
            for i, line in enumerate(self.lines)
        ]
        return best_run(scores)

    def run(self) -> None:
        self.mark_cues()
        first = self.first_prose()
        if first is None:  # nothing reads as text: it is all furniture
            self.mark_head(len(self.lines))
            return
        start, stop = self.main_region()
        self.region = (start, stop)
        first = max(first, start)
        unclaimed_text = (
            i for i in range(first, stop) if self.labels[i] is None and self.is_text(self.lines[i])
        )
        first = next(unclaimed_text, first)
        self.mark_head(first)
        end = self.tail_start(first, max(stop, first + 1))
        vocabulary = self.mark_middle(first, end)
        self.mark_tail(end, vocabulary)
        self.first, self.end, self.vocabulary = first, end, vocabulary

    def layout(self) -> Layout:
        start, stop = self.region
        return Layout(
            lines=self.lines,
            labels=list(self.labels),
            start=start,
            stop=stop,
            first=self.first,
            end=self.end,
            vocabulary=self.vocabulary,
            reference=self.reference,
            hard=frozenset(
                i
                for i, label in enumerate(self.labels)
                if label in (BODY, *METADATA) or i in self.cued
            ),
        )


def off_topic_threshold(vocabulary: Vocabulary, reference: list[str]) -> float:
    """OFF_TOPIC, lowered for loosely knit articles; 0 (judge nothing) with too few paragraphs."""
    if len(reference) < MIN_REFERENCE:
        return 0.0
    scores = sorted(vocabulary.affinity(text, text) for text in reference)
    return min(OFF_TOPIC, RELATIVE_OFF_TOPIC * scores[len(scores) // 2])


def _reads_as_title(line: Line) -> bool:
    return line.is_headline and 4 <= line.n_words <= 20 and line.title_ratio >= 0.6


def rule_layout(lines: list[Line]) -> Layout:
    """What the rule passes alone make of ``lines``: the learned model's input."""
    classifier = _Classifier(lines)
    classifier.run()
    return classifier.layout()


def _classify(lines: list[Line]) -> _Classifier:
    """Rules first; then the learned model decides body or clutter for every line that no
    hard rule took: metadata (title, byline, credit, date) and surface cues (captions, calls
    to action, legal notices) stay as the rules found them, except a call to action that
    the lines around and the model overturn (model_keeps)."""
    classifier = _Classifier(lines)
    classifier.run()
    model = load_model()
    if model is None or not lines:
        return classifier
    layout = classifier.layout()
    rows = features(layout)
    labels = classifier.labels
    soft = soft_cues(layout)
    keep = model_keeps(layout, rows, model.body_probability(rows), model.thresholds)
    for i, line in enumerate(lines):
        if i in layout.hard and not (i in soft and keep[i]):
            continue
        if keep[i]:
            labels[i] = None
        elif labels[i] in (None, BODY):
            labels[i] = _reason(line, i, layout)
    return classifier


def model_keeps(
    layout: Layout, rows: np.ndarray, probability: np.ndarray, thresholds: Thresholds
) -> np.ndarray:
    """Which lines stay: the model's probability (a teaser pooled over its block) against
    the threshold for the line's rule verdict, hard rules standing, then smoothed by the
    lines around (restore_in_context, restore_between) and by the items of the same list
    (restore_siblings); a repeat of an earlier line goes (drop_repeats)."""
    probability = _pool_teasers(probability, layout.lines, layout.labels)
    ruled_out = rows[:, FEATURE_NAMES.index("rule_none")] == 0
    keep = probability >= np.where(ruled_out, thresholds.restore, thresholds.threshold)
    for i in layout.hard:  # a hard rule's verdict, as the lines around see it
        keep[i] = layout.labels[i] == BODY
    # a teaser or an off-topic passage was judged as a whole, not line by line
    passages = {i for i, label in enumerate(layout.labels) if label in ("teaser", "offtopic")}
    fixed = layout.hard | passages
    soft = soft_cues(layout)
    keep = restore_in_context(keep, probability, fixed, soft, thresholds)
    # a list item may overturn a soft cue or a passage verdict, never another hard rule
    keep = restore_siblings(keep, layout.lines, layout.hard - soft)
    keep = restore_between(
        keep, layout.lines, probability, layout.hard, soft, layout.end, frozenset(passages)
    )
    return drop_repeats(keep, layout.lines, layout.hard - soft)


def soft_cues(layout: Layout) -> frozenset[int]:
    """Hard lines whose only reason is a call to action: its words ("buy", "free", "casino")
    also name things in product and tour-date lists, so the lines around may overturn it."""
    return frozenset(
        i
        for i in layout.hard
        if layout.labels[i] in ("advert", "navigation")
        and cues.call_to_action(layout.lines[i]) == layout.labels[i]
    )


def _pool_teasers(probability: np.ndarray, lines: list[Line], labels: list[str | None]):
    """A teaser is a headline and its blurb judged together: it stays only as a whole, so
    each of its lines takes the lowest probability among the teaser lines of its block."""
    lowest: dict[int, float] = {}
    for i, line in enumerate(lines):
        if labels[i] == "teaser":
            lowest[line.block] = min(lowest.get(line.block, 1.0), float(probability[i]))
    pooled = probability.copy()
    for i, line in enumerate(lines):
        if labels[i] == "teaser":
            pooled[i] = lowest[line.block]
    return pooled


def _reason(line: Line, i: int, layout: Layout) -> str:
    """Why the model removed a line no rule named: by its shape and position."""
    if line.is_headline and line.n_words >= 4 and i >= layout.first:
        return "teaser"
    if not line.terminal and line.n_words < 6 or i < layout.first:
        return "navigation"
    return "boilerplate"


def classify_lines(text: str) -> list[str]:
    """The label of each non-empty line: body, title, byline, credit, date or a removal reason."""
    classifier = _classify(split_lines(text))
    return [label or BODY for label in classifier.labels]


def clean_dump(text: str) -> CleanText:
    """Split a flattened page into title, byline, credit, date, body and removed clutter."""
    lines = split_lines(text)
    classifier = _classify(lines)
    labels = classifier.labels
    body = _body_text(lines, labels)
    removed = [
        Removed(text=line.text, reason=label)
        for line, label in zip(lines, labels, strict=True)
        if label not in (None, BODY, *METADATA)
    ]
    title = next((ln.text for ln, lb in zip(lines, labels, strict=True) if lb == TITLE), None)
    found = classifier.cues
    return CleanText(
        text=body,
        title=title,
        byline=found.names,
        credit=found.credit or dateline_credit(body),
        date=found.date,
        outlet=_outlet(found.avatars, [r.text for r in removed]),
        removed=removed,
    )


def _body_text(lines: list[Line], labels: list[str | None]) -> str:
    paragraphs: list[list[str]] = []
    last_block = None
    for line, label in zip(lines, labels, strict=True):
        if label not in (None, BODY):
            continue
        if line.block != last_block:
            paragraphs.append([])
            last_block = line.block
        paragraphs[-1].append(line.text)
    return "\n\n".join("\n".join(p) for p in paragraphs)


def _outlet(avatars: list[str], removed: list[str]) -> str | None:
    """The outlet a page names in its own furniture: an avatar or a repeated masthead."""
    counts: Counter[str] = Counter()
    for text in removed:
        for name in dict.fromkeys(m.group(1) for m in _OUTLET_NAME.finditer(text)):
            if name.split()[0].lower() not in _GENERIC_FIRST:
                counts[name] += 1
    for name in avatars:
        if re.search(rf"\b(?:{MEDIA_WORDS})\b", name) or counts[name] >= 2:
            return name
    repeated = [name for name, n in counts.most_common() if n >= 2]
    return repeated[0] if repeated else None
