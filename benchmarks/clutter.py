"""Clutter-classifier accuracy on flattened news pages.

Usage: python benchmarks/clutter.py [DATA_DIR] [--show-misses N] [--part tune|held-out|all]
[--tune-only]
(DATA_DIR defaults to ../shared/data relative to the project root)

The labelled set (benchmarks/data/clutter/labels.tsv.gz, built by scripts/build_clutter_set.py)
holds no page text: each row is (document id, line number, label, checksum of the line). The
documents are regenerated here from the pages in DATA_DIR with the same flattener, so the
publishers' text never lands in the repository:

- ``zyte/<id>``: a page of the Zyte article-extraction benchmark flattened the way a scraper
  does (block elements one per line), lines labelled body when they match the ground-truth
  article body;
- ``wikinews/<year>/<row>``: a Wikinews article's paragraphs set between the head and tail
  clutter lines of a Zyte page (real clutter, not invented).

Reports, per part (tuning, held-out, all): body_kept (body lines the classifier keeps),
clutter_removed (clutter lines it removes), body_precision (kept lines that are body) and
lines per second of ``clean_dump``. Prints one summary line at the end. ``--part`` only picks
whose misses ``--show-misses`` shows; ``--tune-only`` prints the tuning half alone.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import re
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import lxml.html

from storyline.read.clutter import classify_lines, clean_dump
from storyline.read.lines import split_lines

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
LABELS = ROOT / "benchmarks" / "data" / "clutter" / "labels.tsv.gz"
ZYTE = Path("extraction") / "zyte"
WIKINEWS = Path("corpora") / "wikinews" / "data"
BODY, CLUTTER = "body", "clutter"

# -- flattening a page the way a scraper does --------------------------------------------
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul".split()
)
SKIPPED_TAGS = frozenset("script style noscript template svg iframe head select option".split())
_SPACES = re.compile(r"\s+")


def flatten_html(html: str | bytes) -> str:
    """The text of a page, one block element per line, blocks separated by a blank line."""
    if isinstance(html, bytes):
        html = decode_page(html)
    root = lxml.html.fromstring(html)
    blocks: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = "".join(buffer)
        buffer.clear()
        lines = [_SPACES.sub(" ", part).strip() for part in text.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append("\n".join(lines))

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIPPED_TAGS or not tag:
            if element.tail:
                buffer.append(element.tail.replace("\n", " "))
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if tag == "br":
            buffer.append("\n")
        if element.text:
            buffer.append(element.text.replace("\n", " "))
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            buffer.append(element.tail.replace("\n", " "))

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return "\n\n".join(blocks)


def decode_page(data: bytes) -> str:
    """UTF-8 when it decodes as such, else the encoding charset-normalizer finds."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")


# -- the documents -----------------------------------------------------------------------
@dataclass
class Document:
    id: str
    text: str
    reference: str = ""  # the ground-truth body, for labelling
    body_lines: set[int] = field(default_factory=set)  # known body lines (wikinews)
    unsure_lines: set[int] = field(default_factory=set)  # left unlabelled (wikinews)


def zyte_pages(data: Path) -> Iterator[tuple[str, str, str]]:
    """(id, flattened page, ground-truth body) for every Zyte page."""
    truth = json.loads((data / ZYTE / "ground-truth.json").read_text())
    for page_id in sorted(truth):
        path = data / ZYTE / "html" / f"{page_id}.html.gz"
        text = flatten_html(gzip.decompress(path.read_bytes()))
        yield page_id, text, truth[page_id]["articleBody"]


def wikinews_articles(data: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(id, title, paragraphs) for every Wikinews article."""
    for path in sorted((data / WIKINEWS).glob("wikinews_*.csv")):
        year = path.stem.split("_")[-1]
        with path.open(newline="") as handle:
            for row_number, row in enumerate(csv.DictReader(handle)):
                paragraphs = [p.strip() for p in row["text"].split("\n\n") if p.strip()]
                yield f"wikinews/{year}/{row_number}", row["title"], paragraphs


def stable_hash(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16)


def part_of(doc_id: str) -> str:
    """Deterministic split of documents into a tuning half and a held-out half."""
    return "tune" if stable_hash(doc_id) % 2 == 0 else "held-out"


def checksum(text: str) -> str:
    return f"{zlib.crc32(text.encode()):08x}"


# -- evaluation --------------------------------------------------------------------------
@dataclass
class Counts:
    body: int = 0
    body_kept: int = 0
    clutter: int = 0
    clutter_removed: int = 0
    lines: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, gold: str, predicted: str, doc_id: str, text: str) -> None:
        kept = predicted == BODY
        if gold == BODY:
            self.body += 1
            self.body_kept += kept
        else:
            self.clutter += 1
            self.clutter_removed += not kept
        if (gold == BODY) != kept:
            self.misses.append((doc_id, gold, f"[{predicted}] {text}"))

    def ratios(self) -> dict[str, float]:
        kept = self.body_kept + self.clutter - self.clutter_removed
        return {
            "body_kept": self.body_kept / max(self.body, 1),
            "clutter_removed": self.clutter_removed / max(self.clutter, 1),
            "body_precision": self.body_kept / max(kept, 1),
            "lines_per_s": self.lines / max(self.seconds, 1e-9),
        }


def read_labels(path: Path) -> dict[str, list[tuple[int, str, str]]]:
    labels: dict[str, list[tuple[int, str, str]]] = {}
    with gzip.open(path, "rt") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            doc_id, number, label, crc = row
            labels.setdefault(doc_id, []).append((int(number), label, crc))
    return labels


def documents(data: Path) -> dict[str, str]:
    """Every document of the set, regenerated from the data: id -> flattened text."""
    from build_clutter_set import build_documents  # noqa: PLC0415  (scripts/ on sys.path)

    return {doc.id: doc.text for doc in build_documents(data)}


def evaluate(data: Path, labels_path: Path) -> tuple[dict[str, Counts], int]:
    labels = read_labels(labels_path)
    texts = documents(data)
    parts = {"tune": Counts(), "held-out": Counts()}
    drifted = 0
    for doc_id, rows in labels.items():
        text = texts.get(doc_id)
        if text is None:
            drifted += len(rows)
            continue
        lines = split_lines(text)
        start = time.perf_counter()
        clean_dump(text)
        elapsed = time.perf_counter() - start
        predicted = classify_lines(text)
        counts = parts[part_of(doc_id)]
        counts.lines += len(lines)
        counts.seconds += elapsed
        for number, gold, crc in rows:
            if number >= len(lines) or checksum(lines[number].text) != crc:
                drifted += 1
                continue
            counts.add(gold, predicted[number], doc_id, lines[number].text)
    return parts, drifted


def region_bound(labels_path: Path) -> dict[str, float]:
    """Clutter removed, per part, by an oracle that keeps every line from a document's first
    to its last body line and nothing else: what a perfect region finder would reach with
    body kept at 1.0 and no cleaning inside the region."""
    inside, clutter = {"tune": 0, "held-out": 0}, {"tune": 0, "held-out": 0}
    for doc_id, rows in read_labels(labels_path).items():
        part = part_of(doc_id)
        body = [number for number, gold, _ in rows if gold == BODY]
        clutter[part] += sum(gold != BODY for _, gold, _ in rows)
        if body:
            lo, hi = min(body), max(body)
            inside[part] += sum(gold != BODY and lo <= n <= hi for n, gold, _ in rows)
    return {part: 1 - inside[part] / max(clutter[part], 1) for part in clutter}


def merged(parts: dict[str, Counts]) -> Counts:
    total = Counts()
    for counts in parts.values():
        for name in ("body", "body_kept", "clutter", "clutter_removed", "lines", "seconds"):
            setattr(total, name, getattr(total, name) + getattr(counts, name))
        total.misses.extend(counts.misses)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    parser.add_argument("--part", choices=("tune", "held-out", "all"), default="tune")
    parser.add_argument("--tune-only", action="store_true",
                        help="print the tuning half only (no held-out figure is shown)")
    parser.add_argument("--region-bound", action="store_true",
                        help="print what keeping exactly the gold article region would reach")
    args = parser.parse_args()
    if args.region_bound:
        for part, removed in region_bound(args.labels).items():
            print(f"{part:9s} oracle region: body_kept=1.000 clutter_removed={removed:.3f}")
        return 0
    if not (args.data / ZYTE).is_dir() or not (args.data / WIKINEWS).is_dir():
        print(f"SKIP clutter benchmark: no {ZYTE} and {WIKINEWS} under {args.data}")
        return 0
    sys.path.insert(0, str(ROOT / "scripts"))
    parts, drifted = evaluate(args.data, args.labels)
    parts["all"] = merged(parts)
    if args.tune_only:  # routine runs while tuning never see a held-out figure
        parts = {"tune": parts["tune"]}
    for name, counts in parts.items():
        r = counts.ratios()
        print(
            f"{name:9s} body={counts.body} clutter={counts.clutter} "
            f"body_kept={r['body_kept']:.3f} clutter_removed={r['clutter_removed']:.3f} "
            f"body_precision={r['body_precision']:.3f} lines/s={r['lines_per_s']:.0f}"
        )
    if args.show_misses:
        misses = parts[args.part].misses
        for doc_id, gold, text in sorted(misses, key=lambda m: stable_hash(m[2]))[
            : args.show_misses
        ]:
            print(f"MISS {gold:7s} {doc_id[:18]:18s} {text[:150]}")
    if args.tune_only:
        return 0
    held, total = parts["held-out"].ratios(), parts["all"]
    r = total.ratios()
    print(
        f"clutter: lines={total.body + total.clutter} body_kept={r['body_kept']:.3f} "
        f"clutter_removed={r['clutter_removed']:.3f} body_precision={r['body_precision']:.3f} "
        f"held_out_body_kept={held['body_kept']:.3f} "
        f"held_out_clutter_removed={held['clutter_removed']:.3f} "
        f"lines_per_s={r['lines_per_s']:.0f} drifted={drifted}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
