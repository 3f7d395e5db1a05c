"""Who copied whom: duplicate detection on copies made from Wikinews articles.

    python benchmarks/provenance.py [--sample 300] [--seed 7] [--db PATH]

Builds a test set from ../shared/data/corpora/wikinews/data/*.csv (read in place): for a
deterministic sample of articles,

- ``syndicated``: the same body under another headline, with page furniture added before and
  after it ("Share this article", "Advertisement", related headlines taken from OTHER sampled
  articles' titles), as a republishing site's flattened page looks when clutter removal missed it;
- ``spun10`` / ``spun20`` / ``spun30``: 10%, 20%, 30% of the content words replaced by synonyms
  from benchmarks/data/synonyms.tsv (hand-written, a few hundred common news words), sentences
  shuffled within each paragraph and paragraphs shuffled;

plus the originals themselves, which are also the negatives: an original must link to nothing
(the corpus has follow-up stories on the same topics), and a copy must link to its own original.

Originals are written first, then the copies (dated one day later, from other outlets), all
through the store path (``write_article``), which links each new article against the index.
Pairs are (copy, its original); precision and recall are per copy kind. The target (P and R
>= 0.98) is judged on syndicated + spun10 + spun20: a copy with 30% of its content words swapped
is a rewrite rather than a duplicate, and is reported only (sentence provenance, later, is the
tool for rewrites).

Structured so that sentence provenance and patchwork scoring can be added as further sections:
``build_cases`` makes the texts, ``ingest`` stores them, each ``score_*`` reads the store.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.model import Article, Published, Source, article_id  # noqa: E402
from storyline.store.db import open_store  # noqa: E402
from storyline.store.writes import write_article  # noqa: E402

WIKINEWS = ROOT.parent / "shared" / "data" / "corpora" / "wikinews" / "data"
SYNONYMS = ROOT / "benchmarks" / "data" / "synonyms.tsv"
TARGET = 0.98
JUDGED = ("syndicated", "spun10", "spun20")
SPIN_RATES = {"spun10": 0.10, "spun20": 0.20, "spun30": 0.30}

FURNITURE_BEFORE = (
    "Skip to main content", "Home | World | Politics | Business | Sport", "Advertisement",
    "Share this article", "Share on Facebook  Share on Twitter  Email", "Sign in | Subscribe",
)  # fmt: skip
FURNITURE_AFTER = (
    "Advertisement", "Related stories", "More from our network",
    "Copyright 2024 Example Media Group. All rights reserved.",
    "Comments are closed.", "Sign up for our daily newsletter", "Share this article",
)  # fmt: skip


@dataclass
class Case:
    kind: str  # original, syndicated, spun10, spun20, spun30
    key: str  # unique name of this text in the test set
    original: str  # key of the original it was made from (its own key for originals)
    title: str
    text: str
    date: str
    replaced: float = 0.0  # share of content words actually replaced (spun copies)


def load_wikinews(folder: Path = WIKINEWS) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            rows.extend(r for r in csv.DictReader(f) if len(r["text"].split()) >= 50)
    return rows


def load_synonyms(path: Path = SYNONYMS) -> dict[str, list[str]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, syns = line.split("\t")
            table[word] = syns.split(",")
    return table


def syndicate(row: dict, other_titles: list[str], rng: random.Random) -> tuple[str, str]:
    """Another headline and furniture lines around the body."""
    title = f"{row['title']} - {rng.choice(['report', 'update', 'officials say', 'latest'])}"
    before = rng.sample(FURNITURE_BEFORE, 3) + [title]
    related = rng.sample(other_titles, 3)
    after = rng.sample(FURNITURE_AFTER, 3) + ["Related:"] + related + ["Advertisement"]
    return title, "\n".join(before) + "\n\n" + row["text"].strip() + "\n\n" + "\n".join(after)


_TOKEN = re.compile(r"[A-Za-z]+|[^A-Za-z]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CONTENT_MIN = 3


def _is_content(tok: str, stop: frozenset[str]) -> bool:
    return tok.isalpha() and len(tok) >= _CONTENT_MIN and tok.lower() not in stop


def spin(text: str, rate: float, table: dict[str, list[str]], stop: frozenset[str],
         rng: random.Random) -> tuple[str, float]:
    """Replace `rate` of the content words by synonyms where the table has one; shuffle
    sentences within paragraphs and the paragraphs. Returns the text and the share replaced."""
    tokens = _TOKEN.findall(text)
    content = [i for i, t in enumerate(tokens) if _is_content(t, stop)]
    swappable = [i for i in content if tokens[i].lower() in table]
    want = round(rate * len(content))
    chosen = rng.sample(swappable, min(want, len(swappable)))
    for i in chosen:
        syn = rng.choice(table[tokens[i].lower()])
        tokens[i] = syn.capitalize() if tokens[i][0].isupper() else syn
    paragraphs = [p for p in "".join(tokens).split("\n\n") if p.strip()]
    shuffled = []
    for p in paragraphs:
        sentences = _SENTENCE.split(p.strip())
        rng.shuffle(sentences)
        shuffled.append(" ".join(sentences))
    rng.shuffle(shuffled)
    return "\n\n".join(shuffled), len(chosen) / max(len(content), 1)


def build_cases(rows: list[dict], sample: int, seed: int) -> list[Case]:
    """Originals (every row) and copies of a deterministic sample of them."""
    from spacy.lang.en.stop_words import STOP_WORDS

    rng = random.Random(seed)
    stop, table = frozenset(STOP_WORDS), load_synonyms()
    cases = [Case("original", f"o{i}", f"o{i}", r["title"], r["text"], r["date"])
             for i, r in enumerate(rows)]
    picked = sorted(rng.sample(range(len(rows)), min(sample, len(rows))))
    for i in picked:
        row, key = rows[i], f"o{i}"
        date = (dt.date.fromisoformat(row["date"]) + dt.timedelta(days=1)).isoformat()
        others = [rows[j]["title"] for j in rng.sample(picked, 4) if j != i][:3]
        title, text = syndicate(row, others, rng)
        cases.append(Case("syndicated", f"s{i}", key, title, text, date))
        for kind, rate in SPIN_RATES.items():
            text, replaced = spin(row["text"], rate, table, stop, rng)
            cases.append(Case(kind, f"{kind}-{i}", key, row["title"], text, date, replaced))
    return cases


def to_article(case: Case) -> Article:
    outlet = "wikinews" if case.kind == "original" else f"copier-{case.kind}"
    source = Source(url=f"https://{outlet}.example/{case.key}", outlet=outlet, format="text")
    return Article(id=article_id(source, case.text), source=source, title=case.title,
                   text=case.text, published=Published(date=case.date, how="given"))


def ingest(cases: list[Case], db: Path) -> tuple[dict[str, str], dict[str, str | None], float]:
    """Write every case (originals first); return key -> article id, id -> duplicate_of and
    the mean link+write time per article in ms."""
    con = open_store(db)
    ids, started = {}, time.perf_counter()
    for case in sorted(cases, key=lambda c: c.kind != "original"):
        article = to_article(case)
        write_article(con, article)
        ids[case.key] = article.id
    elapsed = (time.perf_counter() - started) * 1000 / max(len(cases), 1)
    links = dict(con.execute("SELECT id, duplicate_of FROM articles").fetchall())
    con.close()
    return ids, links, elapsed


def score_duplicates(cases: list[Case], ids: dict[str, str], links: dict[str, str | None]
                     ) -> dict[str, tuple[int, int, int]]:
    """Per kind: (true positives, predicted pairs, expected pairs)."""
    out = {}
    for kind in ("original", "syndicated", *SPIN_RATES):
        tp = predicted = expected = 0
        for c in (c for c in cases if c.kind == kind):
            got = links.get(ids[c.key])
            want = None if kind == "original" else ids[c.original]
            expected += want is not None
            predicted += got is not None
            tp += got is not None and got == want
        out[kind] = (tp, predicted, expected)
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300, help="articles to copy")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, help="store file (default: a temporary one)")
    args = parser.parse_args()
    if not WIKINEWS.is_dir():
        print(f"skipped: {WIKINEWS} not found")
        return 0
    rows = load_wikinews()
    cases = build_cases(rows, args.sample, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        ids, links, ms = ingest(cases, args.db or Path(tmp) / "provenance.duckdb")
    scores = score_duplicates(cases, ids, links)
    n_copied = sum(c.kind == "syndicated" for c in cases)
    print(f"{len(rows)} originals, {n_copied} copied, {len(cases)} texts; "
          f"write+link {ms:.1f} ms/article")
    for kind, (tp, pred, exp) in scores.items():
        spun = [c.replaced for c in cases if c.kind == kind]
        extra = ""
        if kind in SPIN_RATES:
            extra = f"  content words replaced {sum(spun) / len(spun):.3f}"
        if kind == "original":
            print(f"  {kind:<10} false links {pred} of {sum(c.kind == kind for c in cases)}")
            continue
        print(f"  {kind:<10} P {_ratio(tp, pred):.3f} R {_ratio(tp, exp):.3f} "
              f"({tp}/{pred} predicted, {exp} expected){extra}")
    tp = sum(scores[k][0] for k in JUDGED)
    pred = sum(scores[k][1] for k in JUDGED) + scores["original"][1]
    exp = sum(scores[k][2] for k in JUDGED)
    p, r = _ratio(tp, pred), _ratio(tp, exp)
    print(f"duplicates ({'+'.join(JUDGED)}, false links of originals counted): P {p:.3f} "
          f"R {r:.3f}; ratio to {TARGET}: P {p / TARGET:.3f} R {r / TARGET:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
