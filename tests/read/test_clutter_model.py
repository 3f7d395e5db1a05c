"""The learned clutter model: features, tree evaluation, the shipped file and its training."""

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from storyline.read.clutter import rule_layout
from storyline.read.clutter_model import (
    FEATURE_NAMES,
    TreeEnsemble,
    features,
    load_model,
    model_path,
)
from storyline.read.lines import split_lines

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_clutter_model.py"
RULE_NONE = FEATURE_NAMES.index("rule_none")

PAGE = "\n\n".join(
    [
        "Home",
        "Sports",
        "The river council voted on Tuesday to build a new bridge over the creek, members said.",
        "Council members approved the bridge by seven votes to two after a long evening session.",
        "The bridge will open in two years, according to the council's plans for the crossing.",
        "Home",
        "Contact",
    ]
)


def one_split_spec(threshold=0.5, restore=0.5) -> dict:
    """Depth 2, one tree: split on feature 0 at 1.0; the left child is a padded leaf."""
    return {
        "features": list(FEATURE_NAMES),
        "depth": 2,
        "base": 0.0,
        "threshold": threshold,
        "restore_threshold": restore,
        "feature": [[0, 0, 1]],
        "split": [[1.0, 1e38, 5.0]],
        "leaf": [[-2.0, -2.0, 1.0, 3.0]],
    }


def rows_with(first: list[float], second: list[float], rule_none: list[float]) -> np.ndarray:
    rows = np.zeros((len(first), len(FEATURE_NAMES)), dtype=np.float32)
    rows[:, 0], rows[:, 1], rows[:, RULE_NONE] = first, second, rule_none
    return rows


def test_tree_walk_goes_left_on_equal_and_through_padding():
    model = TreeEnsemble(one_split_spec())
    rows = rows_with([0.5, 1.0, 2.0, 2.0], [9.0, 9.0, 5.0, 6.0], [1, 1, 1, 1])
    assert model.decision(rows).tolist() == [-2.0, -2.0, 1.0, 3.0]


def test_undoing_a_rule_takes_the_higher_threshold():
    model = TreeEnsemble(one_split_spec(threshold=0.1, restore=0.9))
    rows = rows_with([2.0, 2.0, 2.0], [5.0, 5.0, 6.0], [1, 0, 0])  # p = .73, .73, .95
    assert model.is_body(rows).tolist() == [True, False, True]
    assert model.is_body(rows, np.array([0.05, 0.95, 0.5])).tolist() == [False, True, False]


def test_malformed_spec_is_refused():
    spec = one_split_spec()
    spec["leaf"] = [[0.0, 0.0]]
    with pytest.raises(ValueError):
        TreeEnsemble(spec)


def test_features_one_row_per_line_and_region_flags():
    layout = rule_layout(split_lines(PAGE))
    rows = features(layout)
    assert rows.shape == (7, len(FEATURE_NAMES)) and rows.dtype == np.float32
    in_region = rows[:, FEATURE_NAMES.index("in_region")]
    assert in_region.tolist() == [0, 0, 1, 1, 1, 0, 0]
    repeats = rows[:, FEATURE_NAMES.index("log_repeats")]
    assert repeats[0] > 0 and repeats[2] == 0  # "Home" appears twice
    assert rows[0, FEATURE_NAMES.index("prev1_log_words")] == -1  # no line above the first


def test_features_of_an_empty_page():
    assert features(rule_layout([])).shape == (0, len(FEATURE_NAMES))


def test_shipped_model_loads_and_matches_the_features():
    model = load_model()
    assert model is not None
    assert model.names == FEATURE_NAMES
    assert 0 < model.threshold <= model.restore_threshold < 1
    spec = json.loads(model_path().read_text())
    assert model_path().stat().st_size < 2_000_000
    assert len(spec["feature"]) == len(spec["leaf"]) > 10


def test_shipped_model_keeps_the_story_and_drops_the_menu():
    layout = rule_layout(split_lines(PAGE))
    keep = load_model().is_body(features(layout))
    assert keep[2:5].all()


@pytest.fixture(scope="module")
def trainer():
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_clutter_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve string annotations through it
    spec.loader.exec_module(module)
    return module


def synthetic(trainer, n_docs: int = 10, per_doc: int = 40):
    """Body lines are long and in the region; clutter short; a little noise."""
    rng = np.random.default_rng(0)
    n = n_docs * per_doc
    rows = rng.normal(size=(n, len(FEATURE_NAMES))).astype(np.float32)
    body = (rng.random(n) < 0.3).astype(np.int64)
    rows[:, FEATURE_NAMES.index("log_words")] += 3 * body
    rows[:, FEATURE_NAMES.index("in_region")] = body ^ (rng.random(n) < 0.05)
    rows[:, RULE_NONE] = 1
    groups = np.repeat(np.arange(n_docs), per_doc)
    return trainer.Dataset(rows, body, np.zeros(n, bool), groups, np.ones(n, bool))


def test_exported_trees_reproduce_scikit_learn(trainer):
    data = synthetic(trainer)
    fitted = trainer.fit(data.rows, data.body, trees=15, depth=3, rate=0.2)
    model = TreeEnsemble({**trainer.export(fitted, 3, 0.5), "restore_threshold": 0.5})
    expected = fitted.decision_function(data.rows)
    assert np.allclose(model.decision(data.rows), expected, atol=1e-6)


def test_training_on_a_tiny_set_learns_and_picks_thresholds(trainer):
    data = synthetic(trainer)
    spec = trainer.train(data, trees=15, depth=3, rate=0.2)
    model = TreeEnsemble(spec)
    assert spec["threshold"] in trainer.THRESHOLDS
    assert spec["restore_threshold"] >= max(spec["threshold"], trainer.MIN_RESTORE)
    kept = model.is_body(data.rows)
    body_kept, removed = trainer.rates(kept, data.body)
    assert body_kept > 0.9 and removed > 0.8
    json.dumps(spec)  # serialisable as it stands


def test_feed_stamps_raise_the_stamp_density_near_them():
    story = [
        f"Paragraph {k} of the council story says the bridge opens next spring." for k in range(8)
    ]
    feed = "\n\n".join(
        [
            *story,
            "Farmers brace for a dry summer",
            "3H ago",
            "Schools reopen after the storm",
            "5H ago",
        ]
    )
    rows = features(rule_layout(split_lines(feed)))
    stamps = rows[:, FEATURE_NAMES.index("stamp_density")]
    assert stamps[-1] > 0.0
    assert stamps[-1] > stamps[0]
