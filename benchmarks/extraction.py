"""Main-text extraction quality and speed: Storyline's HTML reader beside plain trafilatura.

    .venv/bin/python benchmarks/extraction.py [DIR] [--pages N] [--worst K]

DIR holds the scrapinghub/article-extraction-benchmark data (ground-truth.json and
html/<id>.html.gz); by default ../shared/data/extraction/zyte relative to the project root.

Storyline runs its real read path, ``storyline.read.sources.read_file``, on each page (so clutter
removal and title/byline handling apply); trafilatura runs ``trafilatura.extract(html)`` with its
default options. Both are scored with the benchmark's own metric (evaluate.py in that repository):
per page, counts of 4-gram shingles of ``\\w+`` tokens give tp/fp/fn, normalised to sum to 1 so long
pages weigh no more than short ones; precision is the mean over pages that predicted something,
recall the mean over pages whose truth has text, F1 the harmonic mean of those two means. A
bag-of-words score (same tokens, unigrams) is printed beside it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from storyline.model import Article
from storyline.read.sources import read_file

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "data" / "extraction" / "zyte"
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]  # tp, fp, fn, normalised per page


@dataclass
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int) -> Counter:
    """Counts of the n-token windows of ``text``; a text shorter than n is one short shingle."""
    words = tokens(text)
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def page_counts(true: str, pred: str, n: int) -> Counts:
    """tp/fp/fn over shingle multisets, divided by their sum (the benchmark's normalisation)."""
    true_grams, pred_grams = shingles(true, n), shingles(pred, n)
    tp = sum((true_grams & pred_grams).values())
    fp = sum((pred_grams - true_grams).values())
    fn = sum((true_grams - pred_grams).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other_miss: float) -> float:
    if miss == other_miss == 0:
        return 1.0  # both empty, or a perfect match
    return hit / (hit + miss) if hit + miss else 0.0


def score(counts: list[Counts]) -> Score:
    """Mean precision over pages with a prediction, mean recall over pages with a truth."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    return Score(
        statistics.mean(precisions) if precisions else 0.0,
        statistics.mean(recalls) if recalls else 0.0,
    )


def load_pages(data_dir: Path, limit: int | None) -> tuple[dict[str, str], dict[str, str]]:
    """(html by id, true body by id) for the pages that have both."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in sorted(truth)[:limit]:
        path = data_dir / "html" / f"{key}.html.gz"
        if path.exists():
            pages[key] = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    return pages, {key: truth[key].get("articleBody") or "" for key in pages}


def run_storyline(pages: dict[str, str]) -> tuple[dict[str, str], float]:
    """Storyline's text for each page via read_file on a temporary .html copy; and seconds spent."""
    texts, elapsed = {}, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for key, html in pages.items():
            path = Path(tmp) / f"{key}.html"
            path.write_text(html, encoding="utf-8")
            start = time.perf_counter()
            items = list(read_file(path))
            elapsed += time.perf_counter() - start
            texts[key] = "\n\n".join(item.text for item in items if isinstance(item, Article))
    return texts, elapsed


def run_trafilatura(pages: dict[str, str]) -> tuple[dict[str, str], float]:
    texts, start = {}, time.perf_counter()
    for key, html in pages.items():
        texts[key] = trafilatura.extract(html) or ""
    return texts, time.perf_counter() - start


def evaluate(truth: dict[str, str], predicted: dict[str, str], n: int) -> tuple[Score, list]:
    per_page = {key: page_counts(truth[key], predicted.get(key, ""), n) for key in truth}
    return score(list(per_page.values())), sorted(per_page.items(), key=lambda kv: kv[1][0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0, help="list Storyline's K worst pages")
    args = parser.parse_args()
    if not (args.dir / "ground-truth.json").exists():
        print(f"extraction: skipped, no benchmark data at {args.dir}")
        return
    pages, truth = load_pages(args.dir, args.pages)
    runners: dict[str, Callable] = {"storyline": run_storyline, "trafilatura": run_trafilatura}
    results = {}
    for name, runner in runners.items():
        predicted, seconds = runner(pages)
        shingle, worst = evaluate(truth, predicted, 4)
        words, _ = evaluate(truth, predicted, 1)
        results[name] = shingle
        print(
            f"{name:<12} shingle4 P={shingle.precision:.3f} R={shingle.recall:.3f} "
            f"F1={shingle.f1:.3f} | words P={words.precision:.3f} R={words.recall:.3f} "
            f"F1={words.f1:.3f} | {len(pages) / seconds:.1f} pages/s"
        )
        if name == "storyline" and args.worst:
            for key, (tp, fp, fn) in worst[: args.worst]:
                print(f"  {key[:16]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f}", file=sys.stderr)
    ours, theirs = results["storyline"].f1, results["trafilatura"].f1
    print(
        f"extraction: pages={len(pages)} storyline_f1={ours:.3f} trafilatura_f1={theirs:.3f} "
        f"ratio={ours / theirs if theirs else float('nan'):.3f}"
    )


if __name__ == "__main__":
    main()
