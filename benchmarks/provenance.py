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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.connect.sentences import spans as sentence_spans  # noqa: E402
from storyline.connect.sentences import split  # noqa: E402
from storyline.model import Article, Published, Source, Span, article_id  # noqa: E402
from storyline.store.db import open_store  # noqa: E402
from storyline.store.writes import write_article  # noqa: E402

WIKINEWS = ROOT.parent / "shared" / "data" / "corpora" / "wikinews" / "data"
SYNONYMS = ROOT / "benchmarks" / "data" / "synonyms.tsv"
TARGET = 0.98
JUDGED = ("syndicated", "spun10", "spun20")
PROV_P, PROV_R = 0.95, 0.90  # sentence provenance at 20% spin
PATCH_R, FLAG_TARGET = 0.95, 0.02  # patchworks found; originals flagged at most
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
    # each copied sentence: (its span here, the key of the text it came from, the span there)
    units: list[tuple[Span, str, Span]] = field(default_factory=list)
    teasers: list[Span] = field(default_factory=list)  # patchworks' unrelated teaser lines


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


def _paragraphs(text: str) -> list[list[Span]]:
    """The sentence spans of text (the linker's splitter), grouped by paragraph."""
    out: list[list[Span]] = []
    last = 0
    for a, b in sentence_spans(text):
        if not out or "\n\n" in text[last:a]:
            out.append([])
        out[-1].append((a, b))
        last = b
    return out


def spin_units(units: list[str], rate: float, table: dict[str, list[str]], stop: frozenset[str],
               rng: random.Random) -> tuple[list[str], int, int]:
    """Replace `rate` of the content words of the units by synonyms where the table has one.
    Returns the units, the words replaced and the content words."""
    tokens = [_TOKEN.findall(u) for u in units]
    content = [(u, i) for u, ts in enumerate(tokens) for i, t in enumerate(ts)
               if _is_content(t, stop)]
    swappable = [(u, i) for u, i in content if tokens[u][i].lower() in table]
    chosen = rng.sample(swappable, min(round(rate * len(content)), len(swappable)))
    for u, i in chosen:
        syn = rng.choice(table[tokens[u][i].lower()])
        tokens[u][i] = syn.capitalize() if tokens[u][i][0].isupper() else syn
    return ["".join(ts) for ts in tokens], len(chosen), len(content)


def spin(text: str, rate: float, table: dict[str, list[str]], stop: frozenset[str],
         rng: random.Random) -> tuple[str, float, list[tuple[Span, Span]]]:
    """Spin the sentences' words, shuffle sentences within paragraphs and the paragraphs.
    Returns the text, the share of content words replaced and (copy span, original span) per
    sentence (a sentence that ended at a line break merges with the next one in the copy)."""
    paragraphs = _paragraphs(text)
    spans = [s for p in paragraphs for s in p]
    spun, n, total = spin_units([text[a:b] for a, b in spans], rate, table, stop, rng)
    by_span = dict(zip(spans, spun, strict=True))
    for p in paragraphs:
        rng.shuffle(p)
    rng.shuffle(paragraphs)
    out, units, pos = [], [], 0
    for p in paragraphs:
        if out:
            out.append("\n\n")
            pos += 2
        for j, span in enumerate(p):
            if j:
                out.append(" ")
                pos += 1
            piece = by_span[span]
            out.append(piece)
            units.append(((pos, pos + len(piece)), span))
            pos += len(piece)
    return "".join(out), n / max(total, 1), units


def build_cases(rows: list[dict], sample: int, seed: int, patchworks: int = 0) -> list[Case]:
    """Originals (every row), copies of a deterministic sample of them, and patchworks."""
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
        cases.append(Case("syndicated", f"s{i}", key, title, text, date))  # units: not scored
        for kind, rate in SPIN_RATES.items():
            text, replaced, units = spin(row["text"], rate, table, stop, rng)
            cases.append(Case(kind, f"{kind}-{i}", key, row["title"], text, date, replaced,
                              [(c, key, o) for c, o in units]))
    cases.extend(patchwork(rows, n, rng, table, stop) for n in range(patchworks))
    return cases


def patchwork(rows: list[dict], n: int, rng: random.Random, table: dict[str, list[str]],
              stop: frozenset[str]) -> Case:
    """Runs of 2-4 sentences from 2-5 originals (each spun 0-20%) as paragraphs, and 1-3
    headlines of other originals as teaser lines between them."""
    picked = rng.sample(range(len(rows)), rng.randint(2, 5) + 3)
    sources, others = picked[: len(picked) - 3], picked[len(picked) - 3 :]
    blocks: list[list[tuple[str, str, Span]]] = []
    for j in sources:
        spans = [(s.start, s.end) for s in split(rows[j]["text"]) if s.linkable]
        run = rng.randint(2, 4)
        start = rng.randrange(max(len(spans) - run, 0) + 1)
        chosen = spans[start : start + run]
        texts, _, _ = spin_units([rows[j]["text"][a:b] for a, b in chosen],
                                 rng.choice([0.0, 0.1, 0.2]), table, stop, rng)
        blocks.append([(t, f"o{j}", span) for t, span in zip(texts, chosen, strict=True)])
    teasers = [rows[j]["title"] for j in others[: rng.randint(1, 3)]]
    slots = [("block", b) for b in blocks]
    for t in teasers:
        slots.insert(rng.randrange(1, len(slots) + 1), ("teaser", t))
    text, units, teaser_spans = "", [], []
    for what, item in slots:
        if text:
            text += "\n\n"
        if what == "teaser":
            teaser_spans.append((len(text), len(text) + len(item)))
            text += item
            continue
        for k, (piece, key, span) in enumerate(item):
            text += " " if k else ""
            units.append(((len(text), len(text) + len(piece)), key, span))
            text += piece
    date = max(dt.date.fromisoformat(rows[j]["date"]) for j in sources) + dt.timedelta(days=2)
    title = rows[sources[0]]["title"]
    return Case("patchwork", f"p{n}", "", title, text, date.isoformat(), 0.0, units,
                teaser_spans)


def to_article(case: Case) -> Article:
    outlet = "wikinews" if case.kind == "original" else f"copier-{case.kind}"
    source = Source(url=f"https://{outlet}.example/{case.key}", outlet=outlet, format="text")
    return Article(id=article_id(source, case.text), source=source, title=case.title,
                   text=case.text, published=Published(date=case.date, how="given"))


@dataclass
class Stored:
    ids: dict[str, str]  # case key -> article id
    duplicate_of: dict[str, str | None]
    patchwork: dict[str, float]
    links: dict[str, list[tuple]]  # article id -> (span, source id, source span) of each link
    offtopic: dict[str, list[Span]]
    ms: float  # mean write+link time per article


_ORDER = {"original": 0, "patchwork": 2}


def ingest(cases: list[Case], db: Path) -> Stored:
    """Write every case (originals first, patchworks last) and read back what was linked."""
    con = open_store(db)
    ids, started = {}, time.perf_counter()
    for case in sorted(cases, key=lambda c: _ORDER.get(c.kind, 1)):
        article = to_article(case)
        write_article(con, article)
        ids[case.key] = article.id
    elapsed = (time.perf_counter() - started) * 1000 / max(len(cases), 1)
    rows = con.execute("SELECT id, duplicate_of, patchwork FROM articles").fetchall()
    links: dict[str, list[tuple]] = {}
    offtopic: dict[str, list[Span]] = {}
    for aid, a, b, src, c, d, kind in con.execute(
        "SELECT article_id, span_start, span_end, source_article, source_start, source_end,"
        " kind FROM links ORDER BY article_id, seq"
    ).fetchall():
        if kind == "offtopic":
            offtopic.setdefault(aid, []).append((a, b))
        else:
            links.setdefault(aid, []).append(((a, b), src, (c, d)))
    con.close()
    return Stored(ids, {r[0]: r[1] for r in rows}, {r[0]: r[2] or 0.0 for r in rows}, links,
                  offtopic, elapsed)


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


def _meets(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_provenance(cases: list[Case], st: Stored, linkable: dict[str, set[Span]],
                     texts: dict[str, str]) -> tuple[int, int, int, int]:
    """(right links, links, copied sentences found, copied sentences): a link is right when
    its source article and source sentence are those the sentence it covers came from, or an
    earlier article holding that very sentence (templated pieces repeat sentences word for
    word); a copied sentence counts when its original is linkable (long enough to link).
    Links of teaser lines are left out (they are scored as off-topic segments)."""
    right = predicted = found = expected = 0
    for c in cases:
        got = [x for x in st.links.get(st.ids[c.key], [])
               if not any(_meets(x[0], t) for t in c.teasers)]

        def ok(link, u):
            if not _meets(link[0], u[0]):
                return False
            if link[1] == st.ids[u[1]]:
                return _meets(link[2], u[2])
            source = texts.get(link[1], "")[slice(*link[2])]
            return source == texts[st.ids[u[1]]][slice(*u[2])]

        predicted += len(got)
        right += sum(any(ok(x, u) for u in c.units) for x in got)
        units = [u for u in c.units if u[2] in linkable[u[1]]]
        expected += len(units)
        found += sum(any(ok(x, u) for x in got) for u in units)
    return right, predicted, found, expected


def choose_threshold(patchworks: list[float], originals: list[float], max_flagged: float
                     ) -> float:
    """The patchwork-score threshold finding most tuning patchworks while flagging at most
    max_flagged of the tuning originals (the highest such threshold on ties)."""
    best = (-1.0, 1.0)
    for t in sorted({round(x, 3) for x in patchworks + originals if x > 0}, reverse=True):
        found = sum(x >= t for x in patchworks) / max(len(patchworks), 1)
        flagged = sum(x >= t for x in originals) / max(len(originals), 1)
        if flagged <= max_flagged and found > best[0]:
            best = (found, t)
    return best[1]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report_duplicates(cases: list[Case], st: Stored) -> tuple[float, float]:
    scores = score_duplicates(cases, st.ids, st.duplicate_of)
    for kind, (tp, pred, exp) in scores.items():
        n = sum(c.kind == kind for c in cases)
        if kind == "original":
            print(f"  {kind:<10} false links {pred} of {n}")
            continue
        spun = [c.replaced for c in cases if c.kind == kind]
        extra = f"  content words replaced {sum(spun) / len(spun):.3f}" if spun[0] else ""
        print(f"  {kind:<10} P {_ratio(tp, pred):.3f} R {_ratio(tp, exp):.3f} "
              f"({tp}/{pred} predicted, {exp} expected){extra}")
    tp = sum(scores[k][0] for k in JUDGED)
    pred = sum(scores[k][1] for k in JUDGED) + scores["original"][1]
    exp = sum(scores[k][2] for k in JUDGED)
    return _ratio(tp, pred), _ratio(tp, exp)


def report_provenance(cases: list[Case], st: Stored, rows: list[dict]
                      ) -> dict[str, tuple[float, float]]:
    linkable = {f"o{i}": {s.span for s in split(r["text"]) if s.linkable}
                for i, r in enumerate(rows)}
    texts = {st.ids[c.key]: c.text for c in cases}
    out = {}
    for kind in (*SPIN_RATES, "patchwork"):
        right, pred, found, exp = score_provenance([c for c in cases if c.kind == kind], st,
                                                   linkable, texts)
        out[kind] = (_ratio(right, pred), _ratio(found, exp))
        print(f"  {kind:<10} sentence links P {out[kind][0]:.3f} ({right}/{pred})"
              f" R {out[kind][1]:.3f} ({found}/{exp} copied sentences)")
    originals = [c for c in cases if c.kind == "original"]
    n_links = sum(len(st.links.get(st.ids[c.key], [])) for c in originals)
    print(f"  original   {n_links} sentence links to earlier originals"
          f" (reused background or boilerplate; not scored)")
    return out


def report_patchworks(cases: list[Case], st: Stored) -> tuple[float, float, float, float]:
    """Threshold on the even-numbered patchworks and originals, scored on the odd ones."""
    def scores(kind: str, part: int) -> list[float]:
        picked = [c for c in cases if c.kind == kind]
        return [st.patchwork[st.ids[c.key]] for c in picked[part::2]]

    t = choose_threshold(scores("patchwork", 0), scores("original", 0), FLAG_TARGET)
    pw, orig = scores("patchwork", 1), scores("original", 1)
    found = sum(x >= t for x in pw)
    flagged = sum(x >= t for x in orig)
    recall, flag_rate = found / max(len(pw), 1), flagged / max(len(orig), 1)
    precision = _ratio(found, found + flagged)
    print(f"  patchwork score >= {t} (chosen on the tuning half): found {recall:.3f}"
          f" ({found}/{len(pw)}), precision {precision:.3f}, originals flagged"
          f" {flag_rate:.3f} ({flagged}/{len(orig)})")
    for kind in ("syndicated", *SPIN_RATES):
        n = [st.patchwork[st.ids[c.key]] >= t for c in cases if c.kind == kind]
        print(f"    {kind} copies flagged as patchworks: {sum(n)}/{len(n)}")
    return t, recall, precision, flag_rate


def report_offtopic(cases: list[Case], st: Stored, rows: list[dict]) -> None:
    def flagged(c: Case, span: Span) -> bool:
        return any(_meets(span, x) for x in st.offtopic.get(st.ids[c.key], []))

    pws = [c for c in cases if c.kind == "patchwork"]
    teasers = [(c, t) for c in pws for t in c.teasers]
    copied = [(c, u[0]) for c in pws for u in c.units]
    orig = [(c, s.span) for c in cases if c.kind == "original"
            for s in split(c.text) if s.linkable]
    print(f"  off-topic: teasers flagged {sum(flagged(*x) for x in teasers)}/{len(teasers)};"
          f" copied patchwork sentences flagged {sum(flagged(*x) for x in copied)}/{len(copied)};"
          f" original sentences flagged {sum(flagged(*x) for x in orig)}/{len(orig)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300, help="articles to copy")
    parser.add_argument("--patchworks", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, help="store file (default: a temporary one)")
    args = parser.parse_args()
    if not WIKINEWS.is_dir():
        print(f"skipped: {WIKINEWS} not found")
        return 0
    rows = load_wikinews()
    cases = build_cases(rows, args.sample, args.seed, args.patchworks)
    with tempfile.TemporaryDirectory() as tmp:
        st = ingest(cases, args.db or Path(tmp) / "provenance.duckdb")
    n_copied = sum(c.kind == "syndicated" for c in cases)
    print(f"{len(rows)} originals, {n_copied} copied, {args.patchworks} patchworks,"
          f" {len(cases)} texts; write+link {st.ms:.1f} ms/article")
    print("duplicates:")
    dp, dr = report_duplicates(cases, st)
    print("sentence provenance:")
    prov = report_provenance(cases, st, rows)
    print("patchworks:")
    _, found, _, flag_rate = report_patchworks(cases, st)
    report_offtopic(cases, st, rows)
    p20, r20 = prov["spun20"]
    print(f"duplicates P {dp:.3f} R {dr:.3f} (ratio to {TARGET}: {dp / TARGET:.3f},"
          f" {dr / TARGET:.3f}); provenance at 20% spin P {p20:.3f} R {r20:.3f} (ratio to"
          f" {PROV_P}/{PROV_R}: {p20 / PROV_P:.3f}, {r20 / PROV_R:.3f}); patchworks found"
          f" {found:.3f} (ratio to {PATCH_R}: {found / PATCH_R:.3f}), originals flagged"
          f" {flag_rate:.3f} (limit {FLAG_TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
