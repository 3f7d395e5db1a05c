"""The articles of the quote benchmark: read in place from ../shared/data, chosen by hash.

    .venv/bin/python benchmarks/data/quotes/articles.py [DATA_DIR] [--per-source 18]
                                                        [--extra 8 8]

prints the chosen articles (source, batch, part, id, outlet, length). The choice: English
texts of 600-5,000 characters that contain a double quotation mark and the word "said",
ordered by the SHA-1 of their id. Batch 1 is the first N of each source; half of it (by
another hash of the id) is the dev part, the other half the test part. Batches 2, 3, ... are
the next EXTRA of each source in the same order, all dev: each added later as fresh tuning
material once the batches before it had been tuned on. Nothing about Storyline enters the
choice.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
ZYTE = Path("extraction/zyte/ground-truth.json")
WIKINEWS = [Path(f"corpora/wikinews/data/wikinews_{year}.csv") for year in (2019, 2020)]
DOUBLE_MARK = re.compile("[\"“”]")
SAID = re.compile(r"\bsaid\b")
MIN_CHARS, MAX_CHARS = 600, 5000
PER_SOURCE = 18
EXTRA_PER_SOURCE = (8, 8)  # batches 2 and 3: the next articles of each source, all dev


@dataclass(frozen=True)
class Article:
    part: str  # 'dev' | 'test'
    source: str  # 'zyte' | 'wikinews'
    id: str  # the Zyte item id, or the Wikinews URL
    url: str
    text: str
    batch: int = 1

    @property
    def outlet(self) -> str:
        host = urlparse(self.url).netloc.lower()
        return host.removeprefix("www.")

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    @property
    def split_key(self) -> str:
        return hashlib.sha1(f"part:{self.id}".encode()).hexdigest()


def read_all(data: Path) -> Iterator[Article]:
    truth = json.loads((data / ZYTE).read_text(encoding="utf-8"))
    for item_id, item in truth.items():
        yield Article("", "zyte", item_id, item["url"], item["articleBody"])
    csv.field_size_limit(10**8)
    for path in WIKINEWS:
        with (data / path).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield Article("", "wikinews", row["url"], row["url"], row["text"])


def eligible(article: Article) -> bool:
    """The selection rule the annotated set was drawn with. It needs py3langid, which is no
    longer a dependency of Storyline: `pip install py3langid` to draw the set again."""
    import py3langid  # noqa: PLC0415

    text = article.text
    return (MIN_CHARS <= len(text) <= MAX_CHARS and bool(DOUBLE_MARK.search(text))
            and bool(SAID.search(text)) and py3langid.classify(text)[0] == "en")


def choose(data: Path, per_source: int = PER_SOURCE,
           extra: tuple[int, ...] = EXTRA_PER_SOURCE) -> list[Article]:
    """Batch 1: the first per_source eligible articles of each source by hash of the id; of
    those, the half with the lower hash of 'part:<id>' is the dev part, the rest the test
    part. Batch n + 2: the next extra[n] of each source, all dev."""
    chosen: list[Article] = []
    for source in ("zyte", "wikinews"):
        pool = [a for a in read_all(data) if a.source == source and eligible(a)]
        pool.sort(key=lambda a: hashlib.sha1(a.id.encode()).hexdigest())
        first = sorted(pool[:per_source], key=lambda a: a.split_key)
        half = len(first) // 2
        chosen.extend(replace(a, part="dev" if n < half else "test")
                      for n, a in enumerate(first))
        start = per_source
        for batch, size in enumerate(extra, start=2):
            chosen.extend(replace(a, part="dev", batch=batch)
                          for a in pool[start:start + size])
            start += size
    return chosen


def by_id(data: Path) -> dict[str, Article]:
    return {a.id: a for a in read_all(data)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--per-source", type=int, default=PER_SOURCE)
    parser.add_argument("--extra", type=int, nargs="*", default=list(EXTRA_PER_SOURCE))
    args = parser.parse_args()
    for article in choose(args.data, args.per_source, tuple(args.extra)):
        print(article.source, article.batch, article.part, article.id, article.outlet,
              len(article.text), sep="\t")


if __name__ == "__main__":
    main()
