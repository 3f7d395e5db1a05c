"""Smoothing the clutter model's decision by the lines around (restore_in_context)."""

import numpy as np

from storyline.read.clutter_model import Thresholds, TreeEnsemble, restore_in_context
from tests.read.test_clutter_model import one_split_spec

CONTEXT = Thresholds(threshold=0.02, restore=0.5, context=0.05, span=1)


def test_a_run_of_list_items_grows_from_the_kept_prose():
    keep = np.array([True, False, False, False, False])
    probability = np.array([0.9, 0.1, 0.06, 0.01, 0.2])
    out = restore_in_context(keep, probability, frozenset(), frozenset(), CONTEXT)
    # the growth stops at a line below the context threshold, so line 4 stays out
    assert out.tolist() == [True, True, True, False, False]


def test_fixed_lines_stop_the_growth_and_stay_removed():
    keep = np.array([True, False, False])
    probability = np.array([0.9, 0.3, 0.3])
    out = restore_in_context(keep, probability, frozenset({1}), frozenset(), CONTEXT)
    assert out.tolist() == [True, False, False]


def test_a_wider_span_jumps_a_removed_line():
    keep = np.array([True, False, False])
    probability = np.array([0.9, 0.01, 0.3])
    wide = Thresholds(0.02, 0.5, 0.05, 2)
    assert restore_in_context(keep, probability, frozenset(), frozenset(), wide)[2]
    assert not restore_in_context(keep, probability, frozenset(), frozenset(), CONTEXT)[2]


def test_a_soft_cue_comes_back_only_among_kept_lines_and_when_likely():
    keep = np.array([True, True, False, True, False, False, False])
    probability = np.array([0.9, 0.9, 0.7, 0.9, 0.0, 0.7, 0.0])
    out = restore_in_context(keep, probability, frozenset({2, 5}), frozenset({2, 5}), CONTEXT)
    assert out[2]  # three kept lines around, probability above the restore threshold
    assert not out[5]  # one kept line within two: the cue stands


def test_without_context_settings_nothing_grows():
    model = TreeEnsemble(one_split_spec(threshold=0.1, restore=0.9))
    assert model.thresholds.span == 0
    keep = np.array([True, False])
    out = restore_in_context(keep, np.array([0.9, 0.8]), frozenset(), frozenset(), model.thresholds)
    assert out.tolist() == [True, False]


def _lines(texts: list[str]) -> list:
    from storyline.read.lines import split_lines

    return split_lines("\n".join(texts))


def test_list_items_come_back_with_their_kept_siblings():
    from storyline.read.clutter_model import restore_siblings, shape_key

    lines = _lines(
        [
            "Q: Where did you grow up?",
            "A: On a small farm near the coast, with two brothers.",
            "Q: Favourite food?",
            "A: Soup and bread, mostly.",
            "Q: Favourite city?",
            "A: Lisbon",
            "Q: Favourite sport?",
            "Home",
        ]
    )
    assert shape_key(lines[0]) == shape_key(lines[2]) != shape_key(lines[1])
    assert shape_key(lines[7]) is None
    keep = np.array([True, True, True, True, True, False, False, False])
    # three kept "Q:" lines bring back line 6; two kept "A:" lines are too few for line 5
    out = restore_siblings(keep, lines, frozenset())
    assert out.tolist() == [True] * 5 + [False, True, False]
    assert not restore_siblings(keep, lines, frozenset({6}))[6]  # a hard rule stands


def test_score_lines_share_a_skeleton():
    from storyline.read.clutter_model import shape_key

    a, b, c = _lines(["Viera d. Melbourne 1-0", "Cocoa d. West Shore 61-21", "Sports"])
    assert shape_key(a) == shape_key(b)
    assert shape_key(c) is None
