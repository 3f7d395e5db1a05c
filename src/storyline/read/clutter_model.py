"""A learned body-or-clutter decision for the lines of a flattened page.

The rule passes (storyline.read.clutter) find the article's region, its head and tail, and
label what their cues recognise. This module turns that layout into a row of numbers per
line -- the line's own shape (length, sentence ending, title case, stop words, digits, cue
matches), its position relative to the region, the same shape of the lines around it, the
run of short lines it sits in, how often it repeats on the page and how much vocabulary it
shares with the region's paragraphs -- and scores it with a small gradient-boosted tree
ensemble trained offline (scripts/train_clutter_model.py) on the tuning half of the clutter
benchmark. The trees ship as JSON (src/storyline/data/clutter_model.json) and run here with
numpy alone: scikit-learn is needed for training only.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from storyline.read import cues
from storyline.read.lines import Line
from storyline.read.topic import Vocabulary

MODEL_FILE = "clutter_model.json"
SHORT_LINE = 6  # a line of fewer words is a label, a menu item or a fragment
WINDOW = 5  # lines either side counted for the local density of prose
CUE_WINDOW = 2  # lines either side looked at before overturning a soft cue ...
CUE_NEIGHBOURS = 2  # ... of which at least this many must stay
# A removed line comes back when at least SIBLINGS kept lines within SIBLING_WINDOW lines share
# its shape (restore_siblings); chosen on tune pages out of fold (see the clutter README).
SIBLING_WINDOW = 8
SIBLINGS = 3
_SHORT_PREFIX = re.compile(r"^(\w{1,3}):\s")  # "Q: ", "A: ", "VIP: "
_QUOTES = "\"'“‘«"
# restore_between; chosen on tune pages out of fold (see the clutter README, round 4).
GAP_FLOOR = 0.01
TAIL_WORDS = 5
INTRO_RUN = 6
INTRO_WORDS = 30
INTRO_FLOOR = 0.002
STAMP_WORDS = 12  # a time stamp or a comment control is a line shorter than this
# A bare time stamp of a feed or a comment ("10H ago", "2 days ago", "5 min read"): many of
# them near a line mark a teaser feed or a comment thread rather than an article.
TIME_STAMP = re.compile(
    r"\b\d+\s*(?:[smhd]|sec|secs|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|years?)"
    r"\s+(?:ago|read)\b|^(?:just now|yesterday|today)$",
    re.IGNORECASE,
)
# The controls of a comment thread or a poll.
COMMENT_CONTROL = re.compile(
    r"^(?:reply|replies|report|flag|likes|upvote|downvote|permalink)\b"
    r"|\b(?:says|said|wrote|commented)\s*:$|\(\d+%,\s*\d+ votes?\)|\b\d+\s+(?:repl(?:y|ies)"
    r"|likes?|points?|votes?)\b",
    re.IGNORECASE,
)
# The rule labels the model sees, in the order of their indicator features; None is "no rule".
RULE_LABELS = (
    None, "body", "title", "byline", "credit", "date", "navigation", "advert", "caption",
    "boilerplate", "teaser", "offtopic",
)  # fmt: skip


@dataclass
class Layout:
    """What the rule passes found on a page: labels and the article's region."""

    lines: list[Line]
    labels: list[str | None]  # rule label per line; None where no rule spoke
    start: int  # the prose-richest run of lines is [start, stop)
    stop: int
    first: int  # first line of the article (end of the head)
    end: int  # first line of the tail
    vocabulary: Vocabulary  # the region's paragraphs
    reference: frozenset[int]  # indices of the paragraphs the vocabulary was built from
    hard: frozenset[int] = frozenset()  # lines whose rule label stands whatever the model says


def _shape(line: Line) -> list[float]:
    """Features of the line alone."""
    text = line.text
    head = text[:2000]
    digits = sum(map(str.isdigit, head))
    letters = sum(map(str.isalpha, head))
    sample = max(len(head), 1)
    words = line.words
    return [
        math.log1p(line.n_words),
        math.log1p(len(text)),
        float(line.terminal),
        line.title_ratio,
        line.stop_ratio,
        digits / sample,
        letters / sample,
        float(line.is_prose),
        float(line.is_headline),
        float(text.endswith((":", "|", "»", "›", ">"))),
        float(text[:1].islower()),
        float(text[:1] in "\"'‘“«"),
        sum(len(w) for w in words) / max(len(words), 1),
        float(cues.call_to_action(line) is not None),
        float(bool(cues.ADVERT.search(text[:300]))),
        float(bool(cues.NAVIGATION.search(text[:300]))),
        float(cues.is_legal(line)),
        float(cues.caption(line)),
        float(cues.is_list_header(line)),
        float(cues.publisher_blurb(line)),
    ]


SHAPE_NAMES = (
    "log_words", "log_chars", "terminal", "title_ratio", "stop_ratio", "digit_share",
    "letter_share", "prose", "headline", "ends_marker", "starts_lower", "starts_quote",
    "mean_word_len", "cta", "advert_word", "navigation_word", "legal", "caption",
    "list_header", "publisher_blurb",
)  # fmt: skip
# The subset of a neighbour's features the model sees, by index into _shape's row.
NEIGHBOUR_SHAPE = (0, 2, 3, 7, 8)
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
NEIGHBOUR_NAMES = tuple(
    f"{'prev' if k < 0 else 'next'}{abs(k)}_{name}"
    for k in NEIGHBOUR_OFFSETS
    for name in (*(SHAPE_NAMES[j] for j in NEIGHBOUR_SHAPE), "rule_free", "same_block", "affinity")
)
CONTEXT_NAMES = (
    "relative_position", "in_region", "in_head", "in_tail", "from_start", "to_stop",
    "log_distance_to_region", "log_lines", "region_share", "log_repeats", "affinity",
    "in_reference", "log_block_lines", "block_first", "block_last", "log_short_run",
    "prose_density", "rule_free_density", "stamp_density", "comment_density",
)  # fmt: skip
RULE_NAMES = tuple(f"rule_{label or 'none'}" for label in RULE_LABELS)
FEATURE_NAMES = (*SHAPE_NAMES, *RULE_NAMES, *CONTEXT_NAMES, *NEIGHBOUR_NAMES)


def features(layout: Layout) -> np.ndarray:
    """One row of FEATURE_NAMES per line of the layout (float32)."""
    lines, n = layout.lines, len(layout.lines)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    shapes = np.array([_shape(line) for line in lines], dtype=np.float64)
    rules = np.zeros((n, len(RULE_LABELS)))
    index = {label: k for k, label in enumerate(RULE_LABELS)}
    for i, label in enumerate(layout.labels):
        rules[i, index.get(label, index["boilerplate"])] = 1.0
    affinity = np.array(
        [
            layout.vocabulary.affinity(line.text, line.text if i in layout.reference else None)
            for i, line in enumerate(lines)
        ]
    )
    rule_free = np.array([label is None for label in layout.labels], dtype=np.float64)
    context = _context(layout, shapes, affinity, rule_free)
    neighbours = _neighbours(layout, shapes, affinity, rule_free)
    return np.hstack([shapes, rules, context, neighbours]).astype(np.float32)


def _context(
    layout: Layout, shapes: np.ndarray, affinity: np.ndarray, rule_free: np.ndarray
) -> np.ndarray:
    lines, n = layout.lines, len(layout.lines)
    position = np.arange(n, dtype=np.float64)
    start, stop = layout.start, max(layout.stop, layout.start + 1)
    in_region = (position >= start) & (position < stop)
    distance = np.where(position < start, start - position, np.maximum(position - stop + 1, 0))
    words = np.array([line.n_words for line in lines], dtype=np.float64)
    region_share = words[start:stop].sum() / max(words.sum(), 1.0)
    repeats = Counter(line.text for line in lines)
    block_sizes = Counter(line.block for line in lines)
    short = words < SHORT_LINE
    return np.column_stack(
        [
            position / max(n - 1, 1),
            in_region,
            position < layout.first,
            position >= layout.end,
            (position - start) / n,
            (stop - position) / n,
            np.log1p(distance),
            np.full(n, math.log1p(n)),
            np.full(n, region_share),
            [math.log(repeats[line.text]) for line in lines],
            affinity,
            [i in layout.reference for i in range(n)],
            [math.log(block_sizes[line.block]) for line in lines],
            [i == 0 or lines[i - 1].block != line.block for i, line in enumerate(lines)],
            [i == n - 1 or lines[i + 1].block != line.block for i, line in enumerate(lines)],
            np.log1p(_run_lengths(short)),
            _window_mean(shapes[:, SHAPE_NAMES.index("prose")]),
            _window_mean(rule_free),
            _window_mean(_matches(TIME_STAMP, lines) * (words < STAMP_WORDS)),
            _window_mean(_matches(COMMENT_CONTROL, lines) * (words < STAMP_WORDS)),
        ]
    ).astype(np.float64)


def _matches(pattern: re.Pattern[str], lines: list[Line]) -> np.ndarray:
    return np.array([bool(pattern.search(line.text[:200])) for line in lines], dtype=np.float64)


def _neighbours(
    layout: Layout, shapes: np.ndarray, affinity: np.ndarray, rule_free: np.ndarray
) -> np.ndarray:
    n = len(layout.lines)
    blocks = np.array([line.block for line in layout.lines])
    own = np.column_stack([shapes[:, NEIGHBOUR_SHAPE], rule_free, np.zeros(n), affinity])
    columns = []
    for k in NEIGHBOUR_OFFSETS:
        shifted = np.full_like(own, -1.0)
        lo, hi = max(0, -k), min(n, n - k)
        if lo < hi:
            shifted[lo:hi] = own[lo + k : hi + k]
            shifted[lo:hi, -2] = blocks[lo + k : hi + k] == blocks[lo:hi]
        columns.append(shifted)
    return np.hstack(columns)


def _run_lengths(flags: np.ndarray) -> np.ndarray:
    """For each position, the length of the run of True it sits in (0 where False)."""
    out = np.zeros(len(flags))
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        out[i:j] = j - i
        i = j
    return out


def _window_mean(values: np.ndarray) -> np.ndarray:
    """Mean of ``values`` over the WINDOW lines either side (clipped at the edges)."""
    sums = np.concatenate([[0.0], np.cumsum(values)])
    n = len(values)
    lo = np.clip(np.arange(n) - WINDOW, 0, n)
    hi = np.clip(np.arange(n) + WINDOW + 1, 0, n)
    return (sums[hi] - sums[lo]) / (hi - lo)


class TreeEnsemble:
    """Gradient-boosted trees padded to complete binary trees, evaluated level by level.

    Node k of a tree has children 2k+1 (feature <= threshold) and 2k+2; a leaf above the
    last level is padded with pass-through nodes, so every row takes ``depth`` steps.
    """

    def __init__(self, spec: dict) -> None:
        self.names = tuple(spec["features"])
        self.depth = int(spec["depth"])
        self.base = float(spec["base"])
        self.threshold = float(spec["threshold"])  # for lines no rule removed
        self.restore_threshold = float(spec["restore_threshold"])  # for lines a rule removed
        # next to kept text, a line a rule removed comes back at this probability (see
        # restore_in_context); absent in older files, where the lines around change nothing
        self.thresholds = Thresholds(
            self.threshold,
            self.restore_threshold,
            float(spec.get("context_threshold", self.restore_threshold)),
            int(spec.get("context_span", 0)),
        )
        self.feature = np.array(spec["feature"], dtype=np.int64)  # (trees, 2^depth - 1)
        self.split = np.array(spec["split"], dtype=np.float64)
        self.leaf = np.array(spec["leaf"], dtype=np.float64)  # (trees, 2^depth)
        if self.feature.shape != self.split.shape or self.leaf.shape[1] != 2**self.depth:
            raise ValueError("malformed tree ensemble")

    def decision(self, rows: np.ndarray) -> np.ndarray:
        """The log-odds that each row is body."""
        n, trees = rows.shape[0], self.feature.shape[0]
        rows = rows.astype(np.float32).astype(np.float64)
        node = np.zeros((n, trees), dtype=np.int64)
        tree = np.arange(trees)[None, :]
        sample = np.arange(n)[:, None]
        for _ in range(self.depth):
            values = rows[sample, self.feature[tree, node]]
            node = 2 * node + 1 + (values > self.split[tree, node])
        leaves = self.leaf[tree, node - (2**self.depth - 1)]
        return self.base + leaves.sum(axis=1)

    def body_probability(self, rows: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.decision(rows)))

    def is_body(self, rows: np.ndarray, probability: np.ndarray | None = None) -> np.ndarray:
        """Body or not: the rules' verdict is a prior, so undoing a rule's removal takes a
        higher probability than confirming a line the rules kept. ``probability`` replaces
        the rows' own (a caller that pools lines into passages)."""
        if probability is None:
            probability = self.body_probability(rows)
        ruled_out = rows[:, self.names.index("rule_none")] == 0
        return probability >= np.where(ruled_out, self.restore_threshold, self.threshold)


@dataclass(frozen=True)
class Thresholds:
    """The probabilities a line needs to stay (see TreeEnsemble.is_body, restore_in_context)."""

    threshold: float  # a line no rule removed
    restore: float  # a line a rule removed
    context: float  # ... when a kept line is within ``span`` lines
    span: int  # 0: the lines around change nothing


def restore_in_context(
    keep: np.ndarray,
    probability: np.ndarray,
    fixed: frozenset[int],
    soft: frozenset[int],
    thresholds: Thresholds,
) -> np.ndarray:
    """Smooth the per-line decision by the lines around it; it only ever adds lines, so it
    cannot cut an article short.

    - A line a soft cue removed (a call to action among the hard rules: "buy", "casino",
      "free" in a product list or a tour-date list) comes back when the model finds it body
      more likely than not and at least CUE_NEIGHBOURS of the CUE_WINDOW lines either side
      stay.
    - A line a rule removed, unless it is in ``fixed`` (hard rules, and teasers judged as
      whole passages), comes back at ``thresholds.context`` instead of ``thresholds.restore``
      when a kept line is within ``thresholds.span`` lines; repeated until nothing changes,
      so a run of list items grows from the prose around it.
    ``keep`` holds the hard rules' verdicts too (their explicit body kept, the rest not).
    """
    keep = keep.copy()
    for i in sorted(soft):
        around = keep[max(0, i - CUE_WINDOW) : i].sum() + keep[i + 1 : i + CUE_WINDOW + 1].sum()
        if probability[i] >= thresholds.restore and around >= CUE_NEIGHBOURS:
            keep[i] = True
    span = thresholds.span
    if span <= 0:
        return keep
    candidate = [
        not keep[i] and i not in fixed and probability[i] >= thresholds.context
        for i in range(len(keep))
    ]
    # grow from every kept line; a line brought back grows in turn (linear, not one pass per step)
    todo = [int(i) for i in np.flatnonzero(keep)]
    while todo:
        k = todo.pop()
        for i in range(max(0, k - span), min(len(keep), k + span + 1)):
            if candidate[i] and not keep[i]:
                keep[i] = True
                todo.append(i)
    return keep


def shape_key(line: Line) -> str | None:
    """What the items of one list share, or None for a line of no particular shape.

    A leading mark with its closing one ("[CNET]", "• item"), a short label prefix ("Q: ",
    "A: "), or a skeleton of numbers and punctuation ("Viera d. Melbourne 1-0" -> ".0-").
    """
    text = line.text
    if not text or text[0] in _QUOTES:
        return None
    if not text[0].isalnum():
        return "mark " + text[0] + ("" if text[-1].isalnum() else text[-1])
    if match := _SHORT_PREFIX.match(text):
        return "prefix " + match.group(1)
    skeleton = line.skeleton
    if "0" in skeleton and skeleton.strip("0"):
        return "skeleton " + skeleton[:3]
    return None


def restore_siblings(keep: np.ndarray, lines: list[Line], fixed: frozenset[int]) -> np.ndarray:
    """A removed line (not in ``fixed``) comes back when at least SIBLINGS kept lines within
    SIBLING_WINDOW lines share its shape_key: the items of a list inside the article (Q&A
    pairs, source tags, score lines) stand or fall together, whatever the model made of each
    short item. Repeated until nothing changes; it only ever adds lines."""
    keep = keep.copy()
    keys = [shape_key(line) for line in lines]

    def near(i: int) -> range:
        return range(max(0, i - SIBLING_WINDOW), min(len(keys), i + SIBLING_WINDOW + 1))

    def restores(i: int) -> bool:
        if keys[i] is None or keep[i] or i in fixed:
            return False
        return sum(1 for j in near(i) if keep[j] and keys[j] == keys[i]) >= SIBLINGS

    # a line's verdict changes only when a line near it comes back: re-check just those
    todo = list(range(len(keys)))
    while todo:
        i = todo.pop()
        if restores(i):
            keep[i] = True
            todo.extend(near(i))
    return keep


def _menu_word(line: Line) -> bool:
    text = line.text
    return bool(
        cues.ADVERT.search(text) or cues.NAVIGATION.search(text) or cues.LIST_HEADER.search(text)
    )


REPEAT_MAX_WORDS = 5  # a removed copy makes a later repeat furniture up to this length


def restore_between(
    keep: np.ndarray,
    lines: list[Line],
    probability: np.ndarray,
    hard: frozenset[int],
    soft: frozenset[int],
    tail: int,
    passages: frozenset[int] = frozenset(),
) -> np.ndarray:
    """Lines the lines around vouch for, whatever their own rule verdict said (a menu verdict
    near the article's head or tail is a guess from shape alone). It only adds lines:

    - a lone removed line between two kept ones ("BOYS SOCCER" between score lines), not in
      ``passages`` (teasers, off-topic passages), when
      P(body) >= GAP_FLOOR, it names no menu or advert word and it is not repeated on the
      page (a real menu item is);
    - the first line of the tail, when the line before it stays and it is at most TAIL_WORDS
      words ("With Post wires", "Contributing: Jane Doe");
    - up to INTRO_RUN lines of at most INTRO_WORDS words after a kept line ending in ":",
      the list it introduces, while P(body) >= INTRO_FLOOR.
    A line a hard rule took never comes back, except a soft cue in an introduced list.
    """
    keep = keep.copy()
    counts = Counter(line.text for line in lines)
    for i in range(1, len(keep) - 1):
        line = lines[i]
        if keep[i] or i in hard or i in passages or not (keep[i - 1] and keep[i + 1]):
            continue
        if probability[i] >= GAP_FLOOR and counts[line.text] == 1 and not _menu_word(line):
            keep[i] = sum(c.isalpha() for c in line.text) >= 3
    if 0 < tail < len(keep) and keep[tail - 1] and not keep[tail] and tail not in hard:
        keep[tail] = lines[tail].n_words <= TAIL_WORDS
    for intro in [i for i in range(len(keep)) if keep[i] and lines[i].text.endswith(":")]:
        for i in range(intro + 1, min(len(keep), intro + 1 + INTRO_RUN)):
            if keep[i]:
                continue
            line = lines[i]
            if i in hard - soft or line.n_words > INTRO_WORDS or probability[i] < INTRO_FLOOR:
                break
            keep[i] = True
    return keep


def drop_repeats(keep: np.ndarray, lines: list[Line], fixed: frozenset[int]) -> np.ndarray:
    """A kept line whose exact text came earlier on the page goes (a headline list or a
    sign-up box shown twice): the body reads each line once. An earlier copy that was
    removed counts only for a short line (a menu item); a longer line keeps its place, since
    a teaser at the top may repeat the article's own lede. Lines in ``fixed`` stand."""
    keep = keep.copy()
    kept: set[str] = set()
    removed: set[str] = set()
    for i, line in enumerate(lines):
        repeat = line.text in kept or (line.n_words <= REPEAT_MAX_WORDS and line.text in removed)
        if keep[i] and repeat and i not in fixed:
            keep[i] = False
        (kept if keep[i] else removed).add(line.text)
    return keep


def model_path() -> Path:
    return Path(str(resources.files("storyline") / "data" / MODEL_FILE))


@cache
def load_model(path: Path | None = None) -> TreeEnsemble | None:
    """The shipped model, or None when there is none or it was built for other features."""
    path = path or model_path()
    if not path.is_file():
        return None
    model = TreeEnsemble(json.loads(path.read_text()))
    return model if model.names == FEATURE_NAMES else None
