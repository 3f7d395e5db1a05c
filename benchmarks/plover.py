"""PLOVER event coding accuracy on the OEDA gold-standard sentences.

Usage: python benchmarks/plover.py [PATH] [--own | --wire | --codebook | --real] [--show-misses]
[--derived] [--tune]
(default ../shared/data/eventcoding/plover_gsr_dev.json relative to the project root;
``--own`` scores our invented development sentences, benchmarks/data/events/own_dev.jsonl,
instead: see benchmarks/data/events/README.md; ``--wire`` scores the blind wire-style set
benchmarks/data/events/wire_dev.jsonl (1,200 sentences written by annotators who never saw
the coder); ``--codebook`` scores the invented coverage
check benchmarks/data/events/codebook.jsonl, one or more sentences per CAMEO code, as one
whole set (no halves; ``--show-misses`` shows all its misses). A PATH ending in .jsonl is
read as that format; ``--real`` scores real news: 474 Wikinews sentences (the first ten of
48 articles, with and without events; benchmarks/data/events/wikinews_events.jsonl holds
offsets and gold events, the texts are read in place), each article coded whole as
`storyline run` codes it and a sentence's events taken by their evidence span;
``--tune`` codes and prints the tuning half only, so that routine runs never see held-out
figures.)

Each gold record is one sentence with one coded event; a sentence may carry several
records (several events), so records are grouped by their text and each sentence is coded
once. Runs the full understand stack (parse, actors, times, events) on the sentence alone
and reports:

- type recall: the record's gold type is among the sentence's predicted types;
- dyad recall: a predicted event of the gold type whose source country code is one of the
  gold source codes (any source where the record names none) and, where the record has a
  target, whose target code is one of the gold target codes (a gold actor's ``code`` may
  be a list; records without a target need only the source);
- precision: predicted events whose type is one of the sentence's gold types / all
  predicted events, each sentence's events counted once (before grouping, an event matching
  the other record of a two-event sentence was a false positive and the sentence's events
  were counted twice);
- mode (own set only): of the records whose gold type was found and that give a mode, those
  where an event of that type has the gold mode.

The set is split by a hash of the record id (of a sentence's first record, so that one
sentence never falls in both) into a tuning half and a held-out half; figures are printed
for both and for all. Old PLOVER names are mapped: DEMAND->REQUEST,
DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT. Prints one summary line at the end.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from storyline.model import Article, Event, Published, Source
from storyline.understand.actors import resolve_actors
from storyline.understand.annotate import annotate
from storyline.understand.events import code_events
from storyline.understand.nlp import load_nlp
from storyline.understand.quotes import find_quotes
from storyline.understand.times import find_times

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "eventcoding" / "plover_gsr_dev.json"
OWN = ROOT / "benchmarks" / "data" / "events" / "own_dev.jsonl"
CODEBOOK = ROOT / "benchmarks" / "data" / "events" / "codebook.jsonl"
WIRE = ROOT / "benchmarks" / "data" / "events" / "wire_dev.jsonl"
REAL = ROOT / "benchmarks" / "data" / "events" / "wikinews_events.jsonl"
WIKINEWS = ROOT.parent / "shared" / "data" / "corpora" / "wikinews" / "data"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}


@dataclass
class Score:
    n: int = 0
    type_hits: int = 0
    dyad_hits: int = 0
    predicted: int = 0
    correct: int = 0
    modes: int = 0  # records with a gold mode whose type was found
    mode_hits: int = 0

    def add(self, other: Score) -> None:
        for name in ("n", "type_hits", "dyad_hits", "predicted", "correct", "modes",
                     "mode_hits"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, label: str) -> str:
        precision = self.correct / self.predicted if self.predicted else 0.0
        return (f"{label}: n={self.n} type_recall={self.type_hits / max(self.n, 1):.2f} "
                f"dyad_recall={self.dyad_hits / max(self.n, 1):.2f} precision={precision:.2f} "
                f"(events={self.predicted})"
                + (f" mode={self.mode_hits / self.modes:.2f}" if self.modes else ""))


def half(record_id: str) -> str:
    digest = hashlib.sha256(record_id.encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "heldout"


def codes(actors) -> set[str]:
    found: set[str] = set()
    for actor in actors if isinstance(actors, list) else []:
        value = actor.get("code") if isinstance(actor, dict) else None
        for code in value if isinstance(value, list) else [value]:
            if code:
                found.add(str(code)[:3].upper())
    return found


def event_code(actor) -> str | None:
    if actor is None:
        return None
    return (actor.country or (actor.code or "")[:3] or "").upper() or None


def gold_type(record: dict) -> str:
    return OLD_NAMES.get(record["event"], record["event"])


def score(record: dict, events: list[Event]) -> Score:
    """Recall figures of one record against its sentence's events (no precision counts)."""
    gold = gold_type(record)
    sources, targets = codes(record.get("source")), codes(record.get("target"))
    same_type = [e for e in events if e.type == gold]
    dyad = any(
        (not sources or event_code(e.source) in sources)
        and (not targets or event_code(e.target) in targets)
        for e in same_type
    )
    mode = record.get("mode")
    return Score(n=1, type_hits=int(bool(same_type)), dyad_hits=int(dyad),
                 modes=int(bool(mode and same_type)),
                 mode_hits=int(bool(mode) and any(e.mode == mode for e in same_type)))


def code_sentence(nlp, text: str, use_derived: bool = True) -> list[Event]:
    doc = nlp(text)
    actors = resolve_actors(doc)
    times = find_times(doc, None)
    quotes = find_quotes(doc, actors)
    return code_events(doc, actors, times, quotes, use_derived=use_derived)


def read_records(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    else:
        records = json.loads(path.read_text())
    return [r for r in records if r.get("event") != "DOCUMENT"]


def score_sentence(records: list[dict], events: list[Event]) -> Score:
    """All records of one sentence, and the precision counts of its events, once."""
    total = Score()
    for record in records:
        total.add(score(record, events))
    types = {gold_type(r) for r in records}
    total.predicted += len(events)
    total.correct += sum(e.type in types for e in events)
    return total


def by_sentence(records: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """(id deciding the half, text, gold records) of each sentence."""
    grouped: dict[str, list[dict]] = {}
    for record in records:
        grouped.setdefault(record["text"].strip(), []).append(record)
    return [(group[0]["id"], text, group) for text, group in grouped.items()]


def wikinews_articles(folder: Path = WIKINEWS) -> dict[str, tuple[str, str]]:
    """(text, date) of every Wikinews article, by id (wikinews/<year>/<row>)."""
    texts = {}
    for path in sorted(folder.glob("wikinews_*.csv")):
        year = path.stem.split("_")[-1]
        with path.open(newline="", encoding="utf-8") as f:
            for row_number, row in enumerate(csv.DictReader(f)):
                texts[f"wikinews/{year}/{row_number}"] = (row["text"], row["date"])
    return texts


@dataclass
class RealSentence:
    id: str
    doc: str
    start: int
    end: int
    text: str
    records: list[dict]


def real_sentences(path: Path = REAL, folder: Path = WIKINEWS
                   ) -> tuple[list[RealSentence], dict[str, tuple[str, str]], int]:
    """The real-news set: every sentence, with its gold events (none for many), and the
    (text, date) of its article, read from the Wikinews files in place; a sentence whose
    checksum no longer matches is dropped and counted as drifted."""
    articles = wikinews_articles(folder)
    sentences, drifted = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = articles.get(item["doc"], ("", ""))[0][item["start"]:item["end"]]
        if zlib.crc32(text.encode()) != item["crc32"]:
            drifted += 1
            continue
        records = [dict(event, id=item["id"], text=text) for event in item["events"]]
        sentences.append(RealSentence(item["id"], item["doc"], item["start"], item["end"],
                                      text, records))
    return sentences, articles, drifted


def code_article(nlp, text: str, date: str) -> list[Event]:  # noqa: ANN001 - spaCy Language
    """The events of a whole article, as `storyline run` codes them (context included)."""
    article = Article(id="real-news", source=Source(), text=text,
                      published=Published(date=date[:10] or None, how="given"))
    return annotate(article, nlp(text)).events


def events_in(events: list[Event], start: int, end: int) -> list[Event]:
    """The events an article sentence reports: their evidence (or a merged copy's) is in it."""
    return [e for e in events
            if any(start <= span[0] < end for span in
                   [e.span, *(more.span for more in e.more_evidence)])]


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    codebook, real, wire = "--codebook" in argv, "--real" in argv, "--wire" in argv
    path = (Path(args[0]) if args else CODEBOOK if codebook else REAL if real
            else OWN if "--own" in argv else WIRE if wire else DEFAULT)
    label = ("codebook" if codebook else "real" if real else "wire" if wire
             else "own" if path.suffix == ".jsonl" else "plover")
    if not path.exists() or (real and not WIKINEWS.exists()):
        print(f"{label}: skipped, {path if path.exists() else WIKINEWS} not found")
        return 0
    nlp = load_nlp()
    if real:
        sentences, articles, drifted = real_sentences(path)
        if drifted:
            print(f"{label}: {drifted} sentences drifted (text changed), not scored")
        coded: dict[str, list[Event]] = {}
        items = []
        for s in sentences:
            if s.doc not in coded:
                coded[s.doc] = code_article(nlp, *articles[s.doc])
            items.append((s.id, s.text, s.records, events_in(coded[s.doc], s.start, s.end)))
    else:
        items = [(key, text, group, None) for key, text, group in by_sentence(read_records(path))]
    scores = {"all": Score()} if codebook else {"tune": Score(), "heldout": Score()}
    for key, text, group, events in items:
        part = "all" if codebook else half(key)
        if "--tune" in argv and part != "tune":
            continue
        if events is None:
            events = code_sentence(nlp, text, "--derived" in argv)
        result = score_sentence(group, events)
        scores[part].add(result)
        # held-out misses are never shown: that half is a final score only
        if ("--show-misses" in argv and part != "heldout"
                and (result.dyad_hits < result.n or result.correct < len(events))):
            got = [(e.type, event_code(e.source), event_code(e.target), e.trigger)
                   for e in events]
            gold = [f"{r['event']} {sorted(codes(r.get('source')))}"
                    f"->{sorted(codes(r.get('target')))}" for r in group]
            print(f"[{part}] {'; '.join(gold) or 'no event'} got={got}\n    {text}")
    total = Score()
    for name, part in scores.items():
        if not codebook:
            print(part.line(f"{label}[{name}]"))
        total.add(part)
    if codebook:  # one coverage line, with the mode figure
        print(total.line(label))
        return 0
    precision = total.correct / total.predicted if total.predicted else 0.0
    print(f"{label}: n={total.n} type_recall={total.type_hits / max(total.n, 1):.2f} "
          f"dyad_recall={total.dyad_hits / max(total.n, 1):.2f} precision={precision:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
