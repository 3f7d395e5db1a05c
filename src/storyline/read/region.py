"""The article's region in a flattened page: the run of lines with the most prose in it.

Each line scores by how much it reads like running text: prose scores its word count, a
short sentence a little, and a menu item, label or link a penalty. The region is the
contiguous run of lines with the highest total (Kadane's maximum subarray, one pass), so
a box of links inside the story costs less than the paragraphs around it are worth, while
the menus above and the link lists below cost more than they would add.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.read.lines import Line

FURNITURE_PENALTY = 4.0  # a line that does not read as text
CLAIMED_PENALTY = 3.0  # a line a surface cue already marked as furniture
SENTENCE_WEIGHT = 0.5  # a short sentence is worth this share of its words


def line_score(line: Line, claimed: bool, is_text: bool) -> float:
    """How much ``line`` speaks for being inside the article."""
    if claimed:
        return -CLAIMED_PENALTY
    if is_text:
        return float(line.n_words)
    if line.terminal and line.n_words >= 3:
        return SENTENCE_WEIGHT * line.n_words
    return -FURNITURE_PENALTY


def best_run(scores: Sequence[float]) -> tuple[int, int]:
    """(start, end) of the contiguous run with the highest sum, end exclusive; (0, 0) if none."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span
