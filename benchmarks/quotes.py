"""Quote extraction against hand annotations of 68 real news articles: content P/R/F1 and
speaker accuracy, for direct quotes and for all quotes.

    .venv/bin/python benchmarks/quotes.py [DATA_DIR] [--part dev|test|all] [--batch 1|2|3]
                                         [--textacy] [--show-misses] [--speaker-misses]

The texts are read in place from DATA_DIR (../shared/data by default); the annotations are
benchmarks/data/quotes/annotations.jsonl (see its README). Each text goes through Storyline's
own understanding (parse -> resolve_actors -> find_quotes), nothing else.

Matching: a predicted quote matches a gold quote when their word tokens overlap by at least
half of their union (Jaccard >= 0.5); pairs are matched one to one, best overlap first.
'direct' scores compare direct predictions with direct gold quotes only; 'all' scores compare
every prediction with every gold quote, whatever the kind. 'exact' counts a match only when
the spans are equal after trimming spaces, punctuation and quotation marks at both ends.
Speaker accuracy is over matched pairs: the predicted name equals the gold name (case,
punctuation, a leading 'the' and a trailing 'Jr.'/'Sr.'/'II'/'III' ignored), or the two
end in the same word (a surname: 'Cox', 'U.S. Attorney Nealy Cox' or 'the 14th-ranked Cox'
for 'Nealy Cox'), or one is the acronym of the other, written in capitals ('CIA' for
'Central Intelligence Agency': the initials of the words of the longer name, short words
such as 'of' and 'the' left out).

--show-misses prints every miss; --speaker-misses prints only the speaker misses of direct and
mixed/indirect quotes with the sentence of the gold cue (dev part only: the test part is not
looked at while tuning).

--batch keeps one batch of articles: 1 the first 36 (dev and test), 2 and 3 the 16 dev
articles each added later as fresh tuning material (see the README).

--textacy also runs textacy.extract.triples.direct_quotations on the same spaCy docs and
scores it on direct quotes (textacy raises on an odd number of quotation marks: such an
article counts as no output, and the count is reported). The last line is the summary.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from storyline.understand.actors import resolve_actors
from storyline.understand.lexicon import initials
from storyline.understand.nlp import parse
from storyline.understand.quotes import find_quotes

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data" / "quotes"))
from articles import DEFAULT_DATA, by_id  # noqa: E402

ANNOTATIONS = HERE / "data" / "quotes" / "annotations.jsonl"
WORD = re.compile(r"\w+")
EDGE = " \t\n.,;:!?\"'“”‘’()[]—–-…"
MIN_OVERLAP = 0.5
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
TARGETS = {"direct_f1": 0.90, "direct_speaker": 0.90, "all_f1": 0.75}


@dataclass(frozen=True)
class Item:
    """One quote, gold or predicted: kind, character span, speaker name."""

    kind: str
    start: int
    end: int
    speaker: str | None


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_ok: int = 0
    misses: list[str] = field(default_factory=list)
    speaker_misses: list[str] = field(default_factory=list)  # with the paragraph of the quote

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.exact += other.exact
        self.speaker_ok += other.speaker_ok
        self.misses += other.misses
        self.speaker_misses += other.speaker_misses

    @staticmethod
    def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def f1(self) -> float:
        return self.prf(self.matched, self.predicted, self.gold)[2]

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0

    def line(self, label: str) -> str:
        p, r, f = self.prf(self.matched, self.predicted, self.gold)
        ep, er, ef = self.prf(self.exact, self.predicted, self.gold)
        return (f"{label:<24} gold {self.gold:>3}  pred {self.predicted:>3}  "
                f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (exact F1 {ef:.3f})  "
                f"speaker {self.speaker_accuracy:.3f} ({self.speaker_ok}/{self.matched})")


# --- matching -------------------------------------------------------------------------------

def words(text: str, item: Item) -> set[int]:
    """The word tokens of a span, named by their start offsets."""
    return {m.start() for m in WORD.finditer(text, item.start, item.end)}


def trimmed(text: str, item: Item) -> tuple[int, int]:
    start, end = item.start, item.end
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def name_words(name: str | None) -> list[str]:
    tokens = [w.lower() for w in WORD.findall(name or "")]
    tokens = tokens[1:] if tokens[:1] == ["the"] else tokens
    return tokens[:-1] if len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES else tokens


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    p, g = name_words(predicted), name_words(gold)
    if not p or not g:
        return False
    return p == g or p[-1] == g[-1] or acronym_of(predicted, gold) or acronym_of(gold, predicted)


def acronym_of(short: str | None, full: str | None) -> bool:
    """Is short, one word in capitals, the initials of full ('CIA', 'Central Intelligence
    Agency')?"""
    word = (short or "").strip().replace(".", "")
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return False
    return initials(full or "") == word.lower()


def score(text: str, gold: list[Item], predicted: list[Item], label: str) -> Tally:
    """One-to-one matching by token overlap (best first)."""
    gold_words = [words(text, g) for g in gold]
    pred_words = [words(text, p) for p in predicted]
    pairs = []
    for i, gw in enumerate(gold_words):
        for j, pw in enumerate(pred_words):
            union = len(gw | pw)
            overlap = len(gw & pw) / union if union else 0.0
            if overlap >= MIN_OVERLAP:
                pairs.append((overlap, i, j))
    tally = Tally(gold=len(gold), predicted=len(predicted))
    used_gold, used_pred = set(), set()
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        tally.matched += 1
        tally.exact += trimmed(text, gold[i]) == trimmed(text, predicted[j])
        if same_speaker(predicted[j].speaker, gold[i].speaker):
            tally.speaker_ok += 1
        else:
            tally.misses.append(f"{label} SPEAKER {predicted[j].speaker!r} for "
                                f"{gold[i].speaker!r}: {snippet(text, gold[i])}")
            tally.speaker_misses.append(f"{label} {gold[i].kind}: {predicted[j].speaker!r} for "
                                        f"{gold[i].speaker!r}\n      | "
                                        f"{paragraph_around(text, gold[i])}")
    for i, g in enumerate(gold):
        if i not in used_gold:
            tally.misses.append(f"{label} MISSED {g.kind} ({g.speaker}): {snippet(text, g)}")
    for j, p in enumerate(predicted):
        if j not in used_pred:
            tally.misses.append(f"{label} EXTRA {p.kind} ({p.speaker}): {snippet(text, p)}")
    return tally


def snippet(text: str, item: Item, width: int = 110) -> str:
    body = " ".join(text[item.start:item.end].split())
    return body if len(body) <= width else body[:width - 3] + "..."


def paragraph_around(text: str, item: Item, width: int = 240) -> str:
    """The paragraph of a quote, cut to width characters before and after it: the cue is
    in it."""
    start = max(text.rfind("\n", 0, item.start) + 1, item.start - width)
    end = text.find("\n", item.end)
    end = min(len(text) if end < 0 else end, item.end + width)
    return " ".join(text[start:end].split())


# --- systems --------------------------------------------------------------------------------

def storyline_items(doc) -> list[Item]:  # noqa: ANN001 - a spaCy Doc
    actors = resolve_actors(doc)
    return [Item(q.kind, q.span[0], q.span[1], q.speaker.name if q.speaker else None)
            for q in find_quotes(doc, actors)]


class TextacyRunner:
    """textacy's direct_quotations as a second system; None when textacy is not installed."""

    def __init__(self) -> None:
        from textacy.extract.triples import direct_quotations  # noqa: PLC0415

        self.extract = direct_quotations
        self.failed = 0

    def __call__(self, doc) -> list[Item]:  # noqa: ANN001 - a spaCy Doc
        try:
            triples = list(self.extract(doc))
        except ValueError:  # an odd number of quotation marks
            self.failed += 1
            return []
        items = []
        for triple in triples:
            content = triple.content
            speaker = " ".join(t.text for t in triple.speaker)
            items.append(Item("direct", content.start_char, content.end_char, speaker))
        return items


def load_textacy() -> TextacyRunner | None:
    try:
        return TextacyRunner()
    except ImportError:
        return None


# --- the run --------------------------------------------------------------------------------

def gold_items(row: dict) -> list[Item]:
    return [Item(q["kind"], q["start"], q["end"], q["speaker"]) for q in row["quotes"]]


def evaluate(texts: list[str], rows: list[dict], docs: list, system: Callable
             ) -> tuple[Tally, Tally, dict[str, Tally]]:
    direct, every = Tally(), Tally()
    by_kind = {k: Tally() for k in ("direct", "mixed", "indirect")}
    for text, row, doc in zip(texts, rows, docs, strict=True):
        gold = gold_items(row)
        predicted = system(doc)
        label = row["id"][:40]
        direct.add(score(text, [g for g in gold if g.kind == "direct"],
                         [p for p in predicted if p.kind == "direct"], label))
        every.add(score(text, gold, predicted, label))
        for kind, tally in by_kind.items():
            tally.add(recall_of_kind(text, gold, predicted, kind))
    return direct, every, by_kind


def recall_of_kind(text: str, gold: list[Item], predicted: list[Item], kind: str) -> Tally:
    """Recall of one gold kind within the all-quotes matching (precision not meaningful)."""
    full = score(text, gold, predicted, "")
    tally = Tally(gold=sum(g.kind == kind for g in gold))
    missed = {m for m in full.misses if m.startswith(" MISSED")}
    lost = sum(1 for m in missed if m.startswith(f" MISSED {kind} "))
    tally.matched = tally.gold - lost
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--batch", type=int, choices=(1, 2, 3),
                        help="only the articles of one batch (2, 3: added later, all dev)")
    parser.add_argument("--textacy", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--speaker-misses", action="store_true",
                        help="print dev speaker misses with their paragraph (dev only)")
    args = parser.parse_args()
    if args.speaker_misses and args.part != "dev":
        parser.error("--speaker-misses is for the dev part only (test is not tuned on)")
    if not (args.data / "extraction").is_dir():
        print(f"skipped: no data at {args.data}")
        return
    articles = by_id(args.data)
    rows, texts = [], []
    drifted = 0
    for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if args.part != "all" and row["part"] != args.part:
            continue
        if args.batch is not None and row.get("batch", 1) != args.batch:
            continue
        article = articles.get(row["id"])
        if article is None or article.sha1 != row["sha1"]:
            drifted += 1
            continue
        rows.append(row)
        texts.append(article.text)
    docs = list(parse(texts, batch_size=4))
    outlets = len({articles[r["id"]].outlet for r in rows})
    batch = f" batch {args.batch}" if args.batch else ""
    print(f"part {args.part}{batch}: {len(rows)} articles from {outlets} outlets"
          + (f", {drifted} drifted (skipped)" if drifted else ""))
    direct, every, by_kind = evaluate(texts, rows, docs, storyline_items)
    print(direct.line("storyline direct"))
    print(every.line("storyline all"))
    print("storyline recall by gold kind: " + ", ".join(
        f"{k} {t.matched}/{t.gold}" for k, t in by_kind.items()))
    if args.show_misses:
        for miss in every.misses + [f"[direct] {m}" for m in direct.misses]:
            print("  " + miss)
    if args.speaker_misses:
        direct_keys = {m.split("\n")[0] for m in direct.speaker_misses}
        for miss in every.speaker_misses + [m for m in direct.speaker_misses
                                            if m.split("\n")[0] not in direct_keys]:
            print("  " + miss)
    if args.textacy:
        runner = load_textacy()
        if runner is None:
            print("textacy: skipped (not installed; `pip install textacy` into .venv to compare)")
        else:
            import textacy  # noqa: PLC0415

            tx_direct, _, _ = evaluate(texts, rows, docs, runner)
            print(tx_direct.line(f"textacy {textacy.__version__} direct"))
            print(f"textacy raised on {runner.failed} of {len(rows)} articles "
                  "(odd number of quotation marks: counted as no output)")
    ratios = [direct.f1 / TARGETS["direct_f1"],
              direct.speaker_accuracy / TARGETS["direct_speaker"],
              every.f1 / TARGETS["all_f1"]]
    print(f"SUMMARY part={args.part}{batch} direct F1 {direct.f1:.3f} (target 0.90), "
          f"direct speaker {direct.speaker_accuracy:.3f} (target 0.90), "
          f"all F1 {every.f1:.3f} (target 0.75); ratio to target {min(ratios):.2f} "
          f"(the worst of the three)")


if __name__ == "__main__":
    main()
