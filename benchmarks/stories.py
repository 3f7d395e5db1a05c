"""Story clustering on Wikinews: do follow-ups and copies land with their story, and do
distinct stories stay apart?

    python benchmarks/stories.py [--sample 120] [--seed 7] [--sweep] [--cache DIR]

Test set, from ../shared/data/corpora/wikinews/data/*.csv (read in place, 295 articles of
2019-2020 with their real dates):

- ``lead``: the first half of each article's paragraphs, under its own title and date;
- ``follow``: for articles with >= 4 paragraphs and >= 60 words in each half, the second half,
  titled by its own first sentence and dated 1, 3, 7 or 14 days later (cycling): another
  article on the same story that shares no text with the first;
- ``syndicated`` and ``spun30`` copies of a sample of the leads (benchmarks/provenance.py's
  generators): the first is a near-duplicate (joins through ``duplicate_of``), the second has
  30% of its content words swapped and its sentences shuffled (usually not a duplicate, so it
  has to be clustered by content).

Every text is understood (actors, events) by the real pipeline; copies reuse their lead's
actors and events (the spinner swaps common words, not names). Understood articles are cached
under --cache. Everything is written through ``write_article`` (near-duplicate linking), then
``assign_story`` is called on it, in date order, leads before copies.
Gold: one story per Wikinews article (its lead, follow-up and copies). Distinct Wikinews
articles can truly be one story (follow-ups on one event): such merges count as errors here,
so precision is a lower bound; --show lists the merged pairs of distinct articles.
Scored by pairwise precision and recall over all pairs of texts (the ratio judged).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import provenance  # noqa: E402

from storyline.connect import stories as clustering  # noqa: E402
from storyline.model import Article, Published, Source, article_id  # noqa: E402
from storyline.store.db import open_store  # noqa: E402
from storyline.store.stories import assign_story, ensure_story_tables  # noqa: E402
from storyline.store.writes import write_article  # noqa: E402

GAPS = (1, 3, 7, 14)
MIN_HALF_WORDS = 60
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def paragraphs(text: str) -> list[str]:
    lines = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [p for p in lines if len(p.split()) > 3]  # the dateline 'Friday, January 4, 2019'


def make_cases(rows: list[dict], sample: int, seed: int) -> list[dict]:
    """Texts with their gold story (the Wikinews row) and kind."""
    rng = random.Random(seed)
    cases = []
    for i, row in enumerate(rows):
        paras = paragraphs(row["text"])
        half = len(paras) // 2
        first, second = "\n\n".join(paras[:half]), "\n\n".join(paras[half:])
        split = len(paras) >= 4 and min(len(first.split()), len(second.split())) >= MIN_HALF_WORDS
        lead_text = first if split else "\n\n".join(paras)
        cases.append(dict(kind="lead", gold=i, title=row["title"], text=lead_text,
                          date=row["date"]))
        if split:
            day = dt.date.fromisoformat(row["date"]) + dt.timedelta(days=GAPS[i % len(GAPS)])
            title = " ".join(_SENTENCE.split(second)[0].split()[:14])
            cases.append(dict(kind="follow", gold=i, title=title, text=second,
                              date=day.isoformat()))
    from spacy.lang.en.stop_words import STOP_WORDS

    stop, table = frozenset(STOP_WORDS), provenance.load_synonyms()
    leads = [c for c in cases if c["kind"] == "lead"]
    titles = [c["title"] for c in leads]
    for c in sorted(rng.sample(leads, min(sample, len(leads))), key=lambda c: c["gold"]):
        day = (dt.date.fromisoformat(c["date"]) + dt.timedelta(days=1)).isoformat()
        title, text = provenance.syndicate(c, rng.sample(titles, 3), rng)
        cases.append(dict(kind="syndicated", gold=c["gold"], title=title, text=text, date=day))
        text = provenance.spin(c["text"], 0.30, table, stop, rng)[0]
        cases.append(dict(kind="spun30", gold=c["gold"], title=c["title"], text=text, date=day))
    return cases


def to_article(case: dict, n: int) -> Article:
    outlet = "wikinews" if case["kind"] in ("lead", "follow") else f"copier-{case['kind']}"
    source = Source(url=f"https://{outlet}.example/{n}", outlet=outlet, format="text")
    return Article(id=article_id(source, case["text"]), source=source, title=case["title"],
                   text=case["text"], published=Published(date=case["date"], how="given"))


def understood(cases: list[dict], cache: Path) -> list[Article]:
    """Articles with actors and events: leads and follow-ups parsed, copies borrowing."""
    from storyline.pipeline import ProcessExecutor, default_steps

    articles = [to_article(c, n) for n, c in enumerate(cases)]
    own = [a for a, c in zip(articles, cases, strict=True) if c["kind"] in ("lead", "follow")]
    key = hashlib.sha256("".join(a.id for a in own).encode()).hexdigest()[:12]
    path = cache / f"stories-own-{key}.jsonl"
    if path.exists():
        done = [Article.model_validate(json.loads(line)) for line in path.open()]
    else:
        done = [a for a in ProcessExecutor(workers=2).run(own, default_steps())
                if isinstance(a, Article)]
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(a.to_record()) + "\n" for a in done))
    by_id = {a.id: a for a in done}
    lead_of = {c["gold"]: a.id for a, c in zip(articles, cases, strict=True)
               if c["kind"] == "lead"}
    for a, c in zip(articles, cases, strict=True):
        base = by_id.get(a.id) or by_id.get(lead_of[c["gold"]])
        if base is not None:
            a.actors, a.events = base.actors, base.events
    return articles


def _order(cases: list[dict]) -> list[int]:
    return sorted(range(len(cases)), key=lambda i: (
        cases[i]["kind"] not in ("lead", "follow"), cases[i]["date"], i))


def write_all(articles: list[Article], cases: list[dict], db: Path) -> list[Article]:
    """Every article through write_article (near-duplicate linking), in clustering order."""
    con = open_store(db)
    written = []
    for i in _order(cases):
        article = articles[i].model_copy(deep=True)
        write_article(con, article)
        written.append(article)
    con.close()
    return written


def cluster(written: list[Article], base: Path, db: Path, threshold: float
            ) -> tuple[dict[str, str], float]:
    """Story of every article id; mean assign_story time in ms (on a copy of the base store)."""
    shutil.copy(base, db)
    con = open_store(db)
    ensure_story_tables(con)
    started = time.perf_counter()
    for article in written:
        con.begin()
        assign_story(con, article, threshold=threshold)
        con.commit()
    spent = time.perf_counter() - started
    got = dict(con.execute("SELECT article_id, story_id FROM story_articles").fetchall())
    con.close()
    return got, spent * 1000 / len(written)


def pairwise(gold: list[int], got: list[str]) -> tuple[float, float, int, int]:
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_gold, same_got = gold[i] == gold[j], got[i] == got[j]
        tp += same_gold and same_got
        fp += same_got and not same_gold
        fn += same_gold and not same_got
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), fp, fn


def joined(cases: list[dict], got: list[str], kind: str) -> tuple[int, int]:
    """How many texts of a kind share their lead's story."""
    lead = {c["gold"]: s for c, s in zip(cases, got, strict=True) if c["kind"] == "lead"}
    mine = [(c, s) for c, s in zip(cases, got, strict=True) if c["kind"] == kind]
    return sum(lead[c["gold"]] == s for c, s in mine), len(mine)


def evaluate(articles, cases, written, threshold: float, tmp: Path) -> dict:
    got_by_id, ms = cluster(written, tmp / "base.duckdb", tmp / f"s{threshold}.duckdb",
                            threshold)
    got = [got_by_id[a.id] for a in articles]
    p, r, fp, fn = pairwise([c["gold"] for c in cases], got)
    lead_stories = Counter(s for c, s in zip(cases, got, strict=True) if c["kind"] == "lead")
    return dict(threshold=threshold, p=p, r=r, fp=fp, fn=fn, ms=ms, got=got,
                stories=len(set(got)), merged_leads=sum(n - 1 for n in lead_stories.values()),
                **{k: joined(cases, got, k) for k in ("follow", "syndicated", "spun30")})


def report(e: dict) -> str:
    parts = " ".join(f"{k} {e[k][0]}/{e[k][1]}" for k in ("follow", "syndicated", "spun30"))
    return (f"threshold {e['threshold']:.2f}: pairwise P {e['p']:.3f} R {e['r']:.3f} "
            f"(false pairs {e['fp']}, missed {e['fn']}); joined {parts}; "
            f"{e['stories']} stories, {e['merged_leads']} leads merged; {e['ms']:.1f} ms/article")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=120, help="leads to copy")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sweep", action="store_true", help="try several thresholds")
    parser.add_argument("--show", action="store_true", help="list merged distinct articles")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline")
    args = parser.parse_args()
    if not provenance.WIKINEWS.is_dir():
        print(f"skipped: {provenance.WIKINEWS} not found")
        return 0
    rows = provenance.load_wikinews()
    cases = make_cases(rows, args.sample, args.seed)
    articles = understood(cases, args.cache)
    print(f"{len(rows)} Wikinews articles -> {len(cases)} texts: "
          + ", ".join(f"{k} {n}" for k, n in Counter(c["kind"] for c in cases).items()))
    thresholds = (0.2, 0.25, 0.3, 0.35) if args.sweep else (
        clustering.THRESHOLD,)
    with tempfile.TemporaryDirectory() as tmp:
        written = write_all(articles, cases, Path(tmp) / "base.duckdb")
        results = [evaluate(articles, cases, written, t, Path(tmp)) for t in thresholds]
    for e in results if len(results) > 1 else []:
        print("  " + report(e))
    chosen = next(e for e in results if e["threshold"] == clustering.THRESHOLD) if any(
        e["threshold"] == clustering.THRESHOLD for e in results) else results[-1]
    if args.show:
        show_merges(cases, chosen["got"])
    f1 = 2 * chosen["p"] * chosen["r"] / max(chosen["p"] + chosen["r"], 1e-9)
    print(f"stories: {report(chosen)}; F1 {f1:.3f}")
    return 0


def show_merges(cases: list[dict], got: list[str]) -> None:
    by_story: dict[str, list[dict]] = {}
    for c, s in zip(cases, got, strict=True):
        if c["kind"] == "lead":
            by_story.setdefault(s, []).append(c)
    for leads in by_story.values():
        if len(leads) > 1:
            print("  merged: " + " | ".join(f"{c['date']} {c['title'][:60]}" for c in leads))


if __name__ == "__main__":
    sys.exit(main())
