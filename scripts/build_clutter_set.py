"""Build the clutter benchmark's labelled set: benchmarks/data/clutter/labels.tsv.

Usage: python scripts/build_clutter_set.py [DATA_DIR] [--sample N]
(DATA_DIR defaults to ../shared/data relative to the project root)

Flattens the Zyte benchmark pages (benchmarks/clutter.py:flatten_html) and labels each line
against the page's ground-truth article body by token 4-gram overlap: ``body`` when the line's
shingles are (nearly) all in the body, ``clutter`` when (nearly) none are, and no label
(left out) in between or for a repeated body line. Lines of under four tokens are body only
when they are a whole paragraph of the ground truth. Adds Wikinews articles set between the
head and tail clutter of a Zyte page. Then labelling rules (``relabel``) apply to every
line of both sources: image captions and credits are left out; rights notices, affiliate
disclosures, bylines and wire credits are clutter. Writes (document id, line number, label,
checksum), never page text (gzipped). ``--sample N`` prints N labelled lines at random for
checking by eye.
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from clutter import (  # noqa: E402
    BODY,
    CLUTTER,
    DEFAULT_DATA,
    LABELS,
    Document,
    checksum,
    stable_hash,
    wikinews_articles,
    zyte_pages,
)

from storyline.read.lines import split_lines  # noqa: E402

TOKEN = re.compile(r"[^\W_]+")
N = 4
BODY_COVERAGE = 0.8  # share of a line's shingles in the ground truth to call it body
CLUTTER_COVERAGE = 0.2  # ... at most this share to call it clutter
WIKINEWS_ARTICLES = 40
# Labelling rules applied after the source labels, to every document and both splits; they
# look at the line alone, never at the classifier's cues. The Zyte ground truth is not
# uniform about page furniture (some pages keep a photo credit or a copyright line in
# ``articleBody``), so:
# - a line carrying an image caption or credit ("... Image: X.", "Photo: X", "[사진=X]") is
#   left out, as the Wikinews captions always were;
# - a rights notice, an affiliate disclosure, a byline or a wire credit ("Reporting by X;
#   Editing by Y") is clutter: page furniture, never article text (bylines as before).
IMAGE_CREDIT = re.compile(
    r"(?i)(?:\b(?:image|photo|foto|credit)|фото|사진)"  # singular: "Photos: X" is a gallery link
    r"(?:\s+(?:credit|source|by))?\s*[:=]"
)
# "copyright" inside a sentence is prose; a notice has the sign, the formula or leads with it
RIGHTS_NOTICE = re.compile(
    r"(?i)©|ⓒ|\(c\)\s*\d{4}|all rights reserved|^\W*copyright\s*(?:©|\d{4})|저작권자"
)
WIRE_CREDIT = re.compile(r"(?i)^\(?(?:additional\s+)?(?:reporting|writing|editing) by\b")
DISCLOSURE = re.compile(
    r"(?i)\b(?:may (?:receive|earn) (?:a )?(?:small )?(?:commission|compensation)"
    r"|affiliate (?:link|commission)s?|has been compensated by)\b"
)
BYLINE = re.compile(r"^(?:(?:[Ww]ritten|[Pp]rovided|[Pp]osted) )?[Bb]y\s+[A-Z]")
MAX_BYLINE_TOKENS = 6


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def auto_labels(text: str, reference: str) -> list[str | None]:
    """body / clutter / None (unsure) for each non-empty line of ``text``."""
    truth = shingles(tokens(reference))
    paragraphs = {" ".join(tokens(p)) for p in reference.split("\n") if p.strip()}
    flat_truth = " " + " ".join(tokens(reference)) + " "
    labels: list[str | None] = []
    seen_body: set[str] = set()
    for line in split_lines(text):
        words = tokens(line.text)
        key = " ".join(words)
        if len(words) < N:
            if key and key in paragraphs:
                label = BODY
            elif key and f" {key} " in flat_truth:
                label = None  # a short piece of the body, or a label that happens to match
            else:
                label = CLUTTER
        else:
            own = shingles(words)
            coverage = len(own & truth) / len(own)
            if coverage >= BODY_COVERAGE:
                label = BODY
            elif coverage <= CLUTTER_COVERAGE:
                label = CLUTTER
            else:
                label = None
        if label == BODY:
            if key in seen_body:
                label = None  # a repeat: which copy the classifier should keep is moot
            seen_body.add(key)
        labels.append(label)
    return labels


def _clutter_blocks(text: str, labels: list[str | None], head: bool) -> list[str]:
    """The blocks before the first body line (head) or after the last one, all clutter."""
    lines = split_lines(text)
    body_at = [i for i, label in enumerate(labels) if label == BODY]
    if not body_at:
        return []
    chosen = range(body_at[0]) if head else range(body_at[-1] + 1, len(lines))
    blocks: dict[int, list[str]] = {}
    dropped: set[int] = set()
    for i in chosen:
        if labels[i] != CLUTTER:
            dropped.add(lines[i].block)
        blocks.setdefault(lines[i].block, []).append(lines[i].text)
    return ["\n".join(b) for block, b in blocks.items() if block not in dropped]


def build_documents(data: Path) -> Iterator[Document]:
    """Zyte pages, then Wikinews articles dressed in a Zyte page's clutter."""
    pages = []
    for page_id, text, reference in zyte_pages(data):
        doc = Document(id=f"zyte/{page_id}", text=text, reference=reference)
        pages.append((doc, auto_labels(text, reference)))
        yield doc
    articles = sorted(wikinews_articles(data), key=lambda a: stable_hash(a[0]))
    for doc_id, title, paragraphs in articles[:WIKINEWS_ARTICLES]:
        page, labels = pages[stable_hash(doc_id + "/page") % len(pages)]
        head = _clutter_blocks(page.text, labels, head=True)
        tail = _clutter_blocks(page.text, labels, head=False)
        blocks = [*head, title, *paragraphs, *tail]
        text = "\n\n".join(blocks)
        first = sum(len(b.splitlines()) for b in head) + 1
        # A leading date stamp ("Friday, January 4, 2019") is not body.
        dated = paragraphs and len(tokens(paragraphs[0])) <= 5
        lines = split_lines(text)
        body = set(range(first + int(bool(dated)), first + len(paragraphs)))
        unsure = {i for i in body if not _sentence(lines[i].text)}
        yield Document(id=doc_id, text=text, body_lines=body - unsure, unsure_lines=unsure)


def _sentence(text: str) -> bool:
    """A Wikinews paragraph that reads as text; headings, legends and captions are unsure."""
    return len(tokens(text)) >= 4 and bool(re.search(r"""[.!?]["'”’]?$""", text.strip()))


def is_caption(text: str) -> bool:
    """A caption or credit of an image: left out of scoring."""
    return bool(IMAGE_CREDIT.search(text))


def is_furniture(text: str) -> bool:
    """A rights notice, an affiliate disclosure, a short byline or a wire credit."""
    return bool(
        RIGHTS_NOTICE.search(text)
        or WIRE_CREDIT.search(text)
        or DISCLOSURE.search(text)
        or (BYLINE.search(text) and len(tokens(text)) <= MAX_BYLINE_TOKENS)
    )


def relabel(text: str, label: str | None) -> str | None:
    """The labelling rules above, over a source label."""
    if is_caption(text):
        return None
    if label is not None and is_furniture(text):
        return CLUTTER
    return label


def document_labels(doc: Document) -> list[str | None]:
    lines = split_lines(doc.text)
    if doc.id.startswith("wikinews/"):
        labels = [
            None if i in doc.unsure_lines else BODY if i in doc.body_lines else CLUTTER
            for i in range(len(lines))
        ]
    else:
        labels = auto_labels(doc.text, doc.reference)
    return [relabel(line.text, label) for line, label in zip(lines, labels, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=LABELS)
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args()
    if not (args.data / "extraction" / "zyte").is_dir():
        print(f"SKIP: no extraction/zyte under {args.data}")
        return 0
    rows: list[tuple[str, int, str, str]] = []
    texts: list[tuple[str, str, str]] = []
    for doc in build_documents(args.data):
        lines = split_lines(doc.text)
        for line, label in zip(lines, document_labels(doc), strict=True):
            if label is not None:
                rows.append((doc.id, line.index, label, checksum(line.text)))
                texts.append((doc.id, label, line.text))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt") as handle:
        handle.write("# document\tline\tlabel\tcrc32 of the line (see README.md)\n")
        for row in rows:
            handle.write("\t".join(map(str, row)) + "\n")
    body = sum(1 for row in rows if row[2] == BODY)
    print(f"{len(rows)} labelled lines ({body} body) in {len({r[0] for r in rows})} documents")
    for doc_id, label, text in random.Random(7).sample(texts, min(args.sample, len(texts))):
        print(f"{label:7s} {doc_id[:16]:16s} {text[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
