"""restore_between and drop_repeats: invented lines, fixed probabilities."""

import numpy as np

from storyline.read.clutter_model import drop_repeats, restore_between
from storyline.read.lines import split_lines

TEXT = "\n".join(
    [
        "The council voted on the plan after a long debate on Tuesday.",
        "BOYS SOCCER",
        "The vote passed by a wide margin and the plan starts next year.",
        "The new rules cover:",
        "Parking near the river",
        "Opening hours of the market",
        "With wire reports",
        "Share this:",
    ]
)


def test_gap_intro_and_tail_come_back_hard_lines_stay() -> None:
    lines = split_lines(TEXT)
    keep = np.array([True, False, True, True, False, False, False, False])
    probability = np.full(len(lines), 0.05)
    out = restore_between(keep, lines, probability, frozenset({7}), frozenset(), 6)
    assert out.tolist() == [True] * 7 + [False]


def test_later_repeat_goes() -> None:
    box = "Sign up for our letter today"
    lines = split_lines(f"{box}\nA line of text.\n{box}")
    keep = np.array([True, True, True])
    assert drop_repeats(keep, lines, frozenset()).tolist() == [True, True, False]


def test_a_long_line_repeating_a_removed_teaser_stays() -> None:
    lede = "The council voted on Tuesday to build a new bridge over the creek."
    lines = split_lines(f"{lede}\nHome\nA line of text.\n{lede}\nHome")
    keep = np.array([False, False, True, True, True])
    # the removed teaser copy of the lede does not take the article's own lede; a menu word does
    assert drop_repeats(keep, lines, frozenset()).tolist() == [False, False, True, True, False]
