"""Pages per second through the read stage alone (decode, trafilatura, clean-up, language; no
spaCy), on the Zyte extraction pages and on a synthetic WARC.gz.

Usage: python benchmarks/read_throughput.py [--pages N] [--zyte DIR]

- zyte: every /work/shared/data/extraction/zyte/html/*.html.gz page (181), each read with
  ``read_file`` (gzip is unpacked by the reader);
- warc: the WARC.gz of benchmarks/warc_memory.py with N pages (default 300), read with
  ``read_file``; also how fast the WARC container alone is walked by warcio (which the reader
  uses) and by fastwarc, to show where the time goes.

The language model is loaded before timing. Prints one summary line at the end.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from storyline.model import Article
from storyline.read import read_file
from storyline.read.language import guess_language

sys.path.insert(0, str(Path(__file__).resolve().parent))
from warc_memory import build_synthetic_warc  # noqa: E402

ZYTE = Path("/work/shared/data/extraction/zyte/html")


def zyte_rate(folder: Path) -> tuple[int, int, float]:
    pages = sorted(folder.glob("*.html.gz"))
    started = time.perf_counter()
    articles = sum(isinstance(item, Article) for page in pages for item in read_file(page))
    return len(pages), articles, time.perf_counter() - started


def warc_rate(warc: Path) -> tuple[int, int, float]:
    started = time.perf_counter()
    items = list(read_file(warc))
    seconds = time.perf_counter() - started
    pages = sum(1 for item in items if item.source.line is not None)
    return pages, sum(isinstance(item, Article) for item in items), seconds


def container_rates(warc: Path) -> tuple[float, float]:
    """Records per second walking the WARC and reading every payload: warcio, fastwarc."""
    from fastwarc.warc import ArchiveIterator as FastIterator
    from warcio.archiveiterator import ArchiveIterator

    started = time.perf_counter()
    with warc.open("rb") as handle:
        count = sum(1 for record in ArchiveIterator(handle) if record.content_stream().read())
    warcio_rate = count / (time.perf_counter() - started)
    started = time.perf_counter()
    with warc.open("rb") as handle:
        count = sum(1 for record in FastIterator(handle, parse_http=True) if record.reader.read())
    return warcio_rate, count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--zyte", type=Path, default=ZYTE)
    args = parser.parse_args()
    guess_language("warm up the language model")
    z_pages, z_articles, z_seconds = zyte_rate(args.zyte)
    print(f"zyte: {z_pages} pages, {z_articles} articles in {z_seconds:.1f} s")
    with tempfile.TemporaryDirectory() as scratch:
        warc = Path(scratch) / "synthetic.warc.gz"
        build_synthetic_warc(warc, args.pages)
        w_pages, w_articles, w_seconds = warc_rate(warc)
        warcio_rate, fastwarc_rate = container_rates(warc)
    print(f"warc: {w_pages} records, {w_articles} articles in {w_seconds:.1f} s; container only: "
          f"warcio {warcio_rate:.0f} records/s, fastwarc {fastwarc_rate:.0f} records/s")
    print(f"read_throughput: zyte_pages_per_s={z_pages / z_seconds:.1f} "
          f"warc_pages_per_s={w_pages / w_seconds:.1f} "
          f"zyte_articles={z_articles}/{z_pages} warc_articles={w_articles}/{w_pages}")


if __name__ == "__main__":
    main()
