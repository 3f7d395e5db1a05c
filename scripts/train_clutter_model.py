"""Train the learned clutter classifier: src/storyline/data/clutter_model.json.

Usage: python scripts/train_clutter_model.py [DATA_DIR] [--out PATH] [--trees N] [--depth D]
(DATA_DIR defaults to ../shared/data relative to the project root; needs scikit-learn, which
is a training-time tool only: the shipped model runs with numpy.)

Regenerates the clutter benchmark's documents (benchmarks/clutter.py), lays each out with the
rule passes (storyline.read.clutter.rule_layout), turns every labelled line into a feature row
(storyline.read.clutter_model.features) and fits a gradient-boosted tree ensemble on the
**tuning half only**. Two decision thresholds -- one for lines the rules kept, a higher one
to undo a rule's removal -- are chosen on out-of-fold predictions over the tuning documents
(grouped k-fold; the restore threshold at least MIN_RESTORE) to maximise BODY_WEIGHT x
body kept + clutter removed, so the stricter body-kept goal weighs more than clutter
removal. Then the smoothing by the lines around (context threshold and span,
clutter_model.restore_in_context) is chosen on whole tuning pages out of fold, never
removing less clutter than the plain decision. Held-out figures come from
benchmarks/clutter.py only, never from here, and are never used for a choice.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "scripts")]

from storyline.read.clutter import model_keeps, rule_layout  # noqa: E402
from storyline.read.clutter_model import (  # noqa: E402
    FEATURE_NAMES,
    Layout,
    Thresholds,
    features,
    model_path,
)
from storyline.read.lines import split_lines  # noqa: E402

BODY_WEIGHT = 3.0  # a body line lost costs as much as this many clutter lines left in
MIN_RESTORE = 0.5  # overturning a rule's removal needs the model to find body more likely
THRESHOLDS = (0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9)
FOLDS = 5
SEED = 7
# The smoothing by the lines around (clutter_model.restore_in_context) is chosen on whole
# tuning pages out of fold: the grid, and the rule that it must not remove less clutter than
# the plain decision does.
CONTEXT_THRESHOLDS = (0.015, 0.02, 0.03)
CONTEXT_RESTORE = (0.02, 0.03, 0.05, 0.07, 0.1)
CONTEXT_SPANS = (1, 2, 3)


@dataclass
class Page:
    """A tuning page laid out by the rules, with its labelled lines."""

    layout: Layout
    rows: np.ndarray  # feature rows of every line
    labelled: np.ndarray  # indices of the labelled lines
    body: np.ndarray  # their labels, 1 for body


@dataclass
class Dataset:
    rows: np.ndarray  # feature rows of labelled lines
    body: np.ndarray  # 1 for body, 0 for clutter
    protected: np.ndarray  # True where a hard rule decides (title, byline, caption...)
    groups: np.ndarray  # document number, for grouped folds
    tune: np.ndarray  # True for lines of tuning documents
    pages: list[Page] = field(default_factory=list)  # tuning pages, in the order of rows


def collect(data: Path) -> Dataset:
    """Feature rows and labels of every labelled line of the benchmark."""
    from build_clutter_set import build_documents  # noqa: PLC0415
    from clutter import LABELS, checksum, part_of, read_labels  # noqa: PLC0415

    labels = read_labels(LABELS)
    rows, body, protected, groups, tune = [], [], [], [], []
    pages = []
    for number, doc in enumerate(build_documents(data)):
        wanted = labels.get(doc.id)
        if not wanted:
            continue
        lines = split_lines(doc.text)
        layout = rule_layout(lines)
        matrix = features(layout)
        labelled = []
        for index, gold, crc in wanted:
            if index >= len(lines) or checksum(lines[index].text) != crc:
                continue
            labelled.append(index)
            rows.append(matrix[index])
            body.append(gold == "body")
            protected.append(index in layout.hard)
            groups.append(number)
            tune.append(part_of(doc.id) == "tune")
        if part_of(doc.id) == "tune" and labelled:
            gold = np.array(body[-len(labelled) :], dtype=np.int64)
            pages.append(Page(layout, matrix, np.array(labelled), gold))
    return Dataset(
        np.array(rows, dtype=np.float32),
        np.array(body, dtype=np.int64),
        np.array(protected),
        np.array(groups),
        np.array(tune),
        pages,
    )


def fit(rows: np.ndarray, body: np.ndarray, trees: int, depth: int, rate: float):
    from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: PLC0415

    model = HistGradientBoostingClassifier(
        max_iter=trees,
        max_depth=depth,
        max_leaf_nodes=None,
        learning_rate=rate,
        min_samples_leaf=20,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=SEED,
    )
    return model.fit(rows, body)


def export(model, depth: int, threshold: float) -> dict:
    """The fitted ensemble as complete binary trees (see clutter_model.TreeEnsemble)."""
    features_, splits, leaves = [], [], []
    for (predictor,) in model._predictors:
        feature = [0] * (2**depth - 1)
        split = [1e38] * (2**depth - 1)  # pass-through: every value goes left
        leaf = [0.0] * (2**depth)
        _pad(predictor.nodes, 0, 0, 0, depth, feature, split, leaf)
        features_.append(feature)
        splits.append(split)
        leaves.append(leaf)
    spec = {
        "model": "gradient-boosted trees (scikit-learn HistGradientBoostingClassifier), log-odds",
        "features": list(FEATURE_NAMES),
        "depth": depth,
        "base": float(np.ravel(model._baseline_prediction)[0]),
        "threshold": threshold,
        "feature": features_,
        "split": splits,
        "leaf": leaves,
    }
    return spec


def _pad(nodes, node, slot, level, depth, feature, split, leaf) -> None:
    """Copy tree node ``node`` into heap slot ``slot``, padding leaves above the last level."""
    record = nodes[node]
    if level == depth:
        if not record["is_leaf"]:
            raise ValueError("tree deeper than its declared depth")
        leaf[slot - (2**depth - 1)] = float(record["value"])
        return
    if record["is_leaf"]:  # both children repeat the leaf
        _pad(nodes, node, 2 * slot + 1, level + 1, depth, feature, split, leaf)
        _pad(nodes, node, 2 * slot + 2, level + 1, depth, feature, split, leaf)
        return
    feature[slot] = int(record["feature_idx"])
    split[slot] = float(record["num_threshold"])
    _pad(nodes, int(record["left"]), 2 * slot + 1, level + 1, depth, feature, split, leaf)
    _pad(nodes, int(record["right"]), 2 * slot + 2, level + 1, depth, feature, split, leaf)


def keeps(
    prob: np.ndarray, data: Dataset, threshold: float, restore_threshold: float
) -> np.ndarray:
    """Which lines the combined decision keeps (see TreeEnsemble.is_body)."""
    ruled_out = data.rows[:, FEATURE_NAMES.index("rule_none")] == 0
    # A hard rule's verdict stands: its explicit ``body`` (the closing table) is kept.
    hard_body = data.protected & (data.rows[:, FEATURE_NAMES.index("rule_body")] == 1)
    model_keeps = (prob >= np.where(ruled_out, restore_threshold, threshold)) & ~data.protected
    return model_keeps | hard_body


def rates(kept: np.ndarray, body: np.ndarray) -> tuple[float, float]:
    """(share of body lines kept, share of clutter lines removed)."""
    body_kept = (kept & (body == 1)).sum() / max((body == 1).sum(), 1)
    removed = (~kept & (body == 0)).sum() / max((body == 0).sum(), 1)
    return float(body_kept), float(removed)


def choose_thresholds(prob: np.ndarray, data: Dataset) -> tuple[float, float]:
    """The (threshold, restore threshold) pair with the best BODY_WEIGHT-weighted score."""
    best, chosen = -1.0, (0.5, 0.5)
    for threshold in THRESHOLDS:
        for restore in (t for t in THRESHOLDS if t >= max(threshold, MIN_RESTORE)):
            body_kept, removed = rates(keeps(prob, data, threshold, restore), data.body)
            score = BODY_WEIGHT * body_kept + removed
            if score > best:
                best, chosen = score, (threshold, restore)
    return chosen


def scores(prob: np.ndarray, data: Dataset, threshold: float, restore: float) -> str:
    body_kept, removed = rates(keeps(prob, data, threshold, restore), data.body)
    return f"body_kept={body_kept:.3f} clutter_removed={removed:.3f}"


def out_of_fold(
    data: Dataset, trees: int, depth: int, rate: float
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Out-of-fold probabilities of the labelled rows, and of every line of each page."""
    from sklearn.model_selection import GroupKFold  # noqa: PLC0415

    prob = np.zeros(len(data.body))
    page_prob: list[np.ndarray] = [np.zeros(0)] * len(data.pages)
    page_of = {group: k for k, group in enumerate(dict.fromkeys(data.groups.tolist()))}
    for train, test in GroupKFold(n_splits=FOLDS).split(data.rows, data.body, data.groups):
        model = fit(data.rows[train], data.body[train], trees, depth, rate)
        prob[test] = model.predict_proba(data.rows[test])[:, 1]
        for group in set(data.groups[test].tolist()) if data.pages else ():
            k = page_of[group]
            page_prob[k] = model.predict_proba(data.pages[k].rows)[:, 1]
    return prob, page_prob


def page_rates(
    pages: list[Page], page_prob: list[np.ndarray], thresholds: Thresholds
) -> tuple[float, float]:
    """(body kept, clutter removed) of the classifier's whole decision (model_keeps)."""
    kept, body = [], []
    for page, prob in zip(pages, page_prob, strict=True):
        keep = model_keeps(page.layout, page.rows, prob, thresholds)
        kept.append(keep[page.labelled])
        body.append(page.body)
    return rates(np.concatenate(kept), np.concatenate(body))


def choose_context(
    pages: list[Page], page_prob: list[np.ndarray], threshold: float, restore: float
) -> Thresholds:
    """The smoothing with the best BODY_WEIGHT-weighted score among those that remove at
    least as much clutter as the plain decision (``threshold``, ``restore``, no context)."""
    plain = Thresholds(threshold, restore, restore, 0)
    body_kept, floor = page_rates(pages, page_prob, plain)
    print(f"tune pages (out of fold) plain body_kept={body_kept:.4f} clutter_removed={floor:.4f}")
    best, chosen = BODY_WEIGHT * body_kept + floor, plain
    for t in CONTEXT_THRESHOLDS:
        for context in (c for c in CONTEXT_RESTORE if c >= t):
            for span in CONTEXT_SPANS:
                candidate = Thresholds(t, restore, context, span)
                body_kept, removed = page_rates(pages, page_prob, candidate)
                score = BODY_WEIGHT * body_kept + removed
                if removed >= floor and score > best:
                    best, chosen = score, candidate
    body_kept, removed = page_rates(pages, page_prob, chosen)
    print(
        f"tune pages (out of fold) {chosen} body_kept={body_kept:.4f} clutter_removed={removed:.4f}"
    )
    return chosen


def subset(data: Dataset, mask: np.ndarray) -> Dataset:
    fields = [f for f in Dataset.__dataclass_fields__ if f != "pages"]
    return Dataset(*(getattr(data, f)[mask] for f in fields), data.pages)


def train(data: Dataset, trees: int, depth: int, rate: float, folds: bool = True) -> dict:
    """Fit on ``data`` (already the tuning part) and return the model as JSON-ready dict."""
    chosen = Thresholds(0.5, 0.5, 0.5, 0)
    if folds:
        prob, page_prob = out_of_fold(data, trees, depth, rate)
        threshold, restore = choose_thresholds(prob, data)
        print(
            f"tune (out of fold) threshold={threshold} restore_threshold={restore} "
            f"{scores(prob, data, threshold, restore)}"
        )
        chosen = Thresholds(threshold, restore, restore, 0)
        if data.pages:
            chosen = choose_context(data.pages, page_prob, threshold, restore)
    model = fit(data.rows, data.body, trees, depth, rate)
    spec = export(model, depth, chosen.threshold)
    spec["restore_threshold"] = chosen.restore
    spec["context_threshold"] = chosen.context
    spec["context_span"] = chosen.span
    return spec


def main() -> int:
    from clutter import DEFAULT_DATA  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=model_path())
    parser.add_argument("--trees", type=int, default=200)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.1)
    args = parser.parse_args()
    if not (args.data / "extraction" / "zyte").is_dir():
        print(f"SKIP: no extraction/zyte under {args.data}")
        return 0
    data = collect(args.data)
    tune = subset(data, data.tune)
    spec = train(tune, args.trees, args.depth, args.rate)
    args.out.write_text(json.dumps(spec, separators=(",", ":")) + "\n")
    print("held-out figures: python benchmarks/clutter.py --part held-out")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
