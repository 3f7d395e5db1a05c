"""Speed of time-expression finding, parsing excluded: docs/s over the sample articles.

    .venv/bin/python benchmarks/timex.py [FILES...] [--seconds 5] [--published 2019-01-17]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from storyline.understand.nlp import load_nlp
from storyline.understand.times import find_times

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "sample"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--published", type=dt.date.fromisoformat,
                        default=dt.date(2019, 1, 17))
    args = parser.parse_args()
    files = args.files or sorted(SAMPLES.glob("*.txt"))
    nlp = load_nlp()
    docs = [nlp(path.read_text(encoding="utf-8")) for path in files]
    found = sum(len(find_times(doc, args.published).times) for doc in docs)
    runs, start = 0, time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for doc in docs:
            find_times(doc, args.published)
        runs += len(docs)
    elapsed = time.perf_counter() - start
    chars = sum(len(doc.text) for doc in docs) / len(docs)
    print(f"{len(docs)} docs ({chars:.0f} chars avg), {found} time expressions; "
          f"{runs / elapsed:.0f} docs/s, {1000 * elapsed / runs:.2f} ms/doc (parsing excluded)")


if __name__ == "__main__":
    main()
