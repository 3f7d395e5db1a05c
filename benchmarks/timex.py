"""Time expressions scored against TimeML (TempEval-3 style), and their speed.

    .venv/bin/python benchmarks/timex.py [DIR] [--part dev|test|all] [--show-misses]

DIR holds ``dev/*.tml`` and ``test/*.tml`` (default: benchmarks/data/timex, hand-annotated
Wikinews articles, see its README). Each document's text is parsed with Storyline's spaCy
pipeline and ``find_times(doc, published=DCT)`` is scored against the gold TIMEX3 tags:

- strict span P/R/F1: exact character offsets;
- relaxed span P/R/F1: overlapping spans (each gold and each found expression used once);
- value F1: a relaxed match whose TimeML value equals the gold value (TempEval-3's attribute
  F1 for ``value``);
- type accuracy over relaxed matches (the type is read off the value: P... DURATION, a clock
  time TIME, otherwise DATE; Storyline does not mark SETs).

Speed is documents per second with parsing and without it (``find_times`` alone). The last
line is the summary: value F1 on the test part and its ratio to the 0.80 target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from storyline.understand.nlp import load_nlp
from storyline.understand.times import find_times

DEFAULT_DIR = Path(__file__).resolve().parent / "data" / "timex"
TARGET = 0.80
CLOCK = re.compile(r"T(\d\d|MO|AF|EV|NI|DT)")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None
    type: str


@dataclass
class GoldDoc:
    docid: str
    part: str
    dct: dt.date
    text: str
    timexes: list[Timex]


def read_tml(path: Path, part: str) -> GoldDoc:
    """A TimeML file: the DCT, the plain text of <TEXT> and its TIMEX3 offsets."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    dct = dt.date.fromisoformat(dct_node.get("value")[:10])
    body = root.find("TEXT")
    pieces, timexes, pos = [body.text or ""], [], len(body.text or "")
    for node in body:
        words = "".join(node.itertext())
        if node.tag == "TIMEX3":
            timexes.append(Timex(pos, pos + len(words), node.get("value"), node.get("type")))
        pieces += [words, node.tail or ""]
        pos += len(words) + len(node.tail or "")
    docid = (root.findtext("DOCID") or path.stem).strip()
    return GoldDoc(docid, part, dct, "".join(pieces), timexes)


def load_gold(folder: Path, part: str) -> list[GoldDoc]:
    parts = ("dev", "test") if part == "all" else (part,)
    return [read_tml(path, name) for name in parts
            for path in sorted((folder / name).glob("*.tml"))]


def type_of(value: str | None, grain: str | None) -> str:
    if grain == "duration" or (value or "").startswith("P"):
        return "DURATION"
    if value and CLOCK.search(value):
        return "TIME"
    return "DATE"


def system_timexes(doc, dct: dt.date) -> list[Timex]:
    return [Timex(t.span[0], t.span[1], t.value, type_of(t.value, t.grain))
            for t in find_times(doc, dct).times]


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, gold: GoldDoc, found: list[Timex]) -> None:
        self.gold += len(gold.timexes)
        self.found += len(found)
        golds = {(g.start, g.end) for g in gold.timexes}
        self.strict += sum((f.start, f.end) in golds for f in found)
        used: set[int] = set()
        for g in gold.timexes:
            match = next((i for i, f in enumerate(found) if i not in used
                          and f.start < g.end and g.start < f.end), None)
            if match is None:
                self.misses.append(f"{gold.docid} MISSED {_show(gold.text, g)} = {g.value}")
                continue
            used.add(match)
            f = found[match]
            self.relaxed += 1
            self.value += f.value == g.value
            self.type += f.type == g.type
            if f.value != g.value:
                self.misses.append(f"{gold.docid} VALUE  {_show(gold.text, g)} = {g.value}; "
                                   f"found {gold.text[f.start:f.end]!r} = {f.value}")
        for i, f in enumerate(found):
            if i not in used:
                self.misses.append(f"{gold.docid} EXTRA  {_show(gold.text, f)} = {f.value}")

    def line(self, name: str) -> str:
        strict = prf(self.strict, self.found, self.gold)
        relaxed = prf(self.relaxed, self.found, self.gold)
        value = prf(self.value, self.found, self.gold)
        type_acc = self.type / self.relaxed if self.relaxed else 0.0
        return (f"{name:5s} gold {self.gold:4d} found {self.found:4d} | strict "
                f"{fmt(strict)} | relaxed {fmt(relaxed)} | value {fmt(value)} | "
                f"type acc {type_acc:.3f}")


def prf(hits: int, found: int, gold: int) -> tuple[float, float, float]:
    precision = hits / found if found else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def fmt(scores: tuple[float, float, float]) -> str:
    return "P {:.3f} R {:.3f} F1 {:.3f}".format(*scores)


def _show(text: str, timex: Timex) -> str:
    left = text[max(0, timex.start - 30):timex.start].replace("\n", " ")
    right = text[timex.end:timex.end + 20].replace("\n", " ")
    return f"...{left}[{text[timex.start:timex.end]}]{right}..."


def speed(docs, golds: list[GoldDoc], parse_seconds: float, seconds: float) -> str:
    runs, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds or runs == 0:
        for doc, gold in zip(docs, golds, strict=True):
            find_times(doc, gold.dct)
        runs += len(docs)
    alone = (time.perf_counter() - start) / runs
    with_parse = parse_seconds / len(docs) + alone
    return (f"speed: {1 / with_parse:.1f} docs/s with parsing, {1 / alone:.0f} docs/s "
            f"find_times alone ({1000 * alone:.2f} ms/doc)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--seconds", type=float, default=2.0, help="time find_times alone")
    args = parser.parse_args()
    golds = load_gold(args.dir, args.part)
    nlp = load_nlp()
    start = time.perf_counter()
    docs = list(nlp.pipe(gold.text for gold in golds))
    parse_seconds = time.perf_counter() - start
    by_part: dict[str, Counts] = {}
    for doc, gold in zip(docs, golds, strict=True):
        by_part.setdefault(gold.part, Counts()).add(gold, system_timexes(doc, gold.dct))
    for name, counts in by_part.items():
        if args.show_misses:
            print("\n".join(counts.misses))
        print(f"{counts.line(name)}  ({sum(g.part == name for g in golds)} docs)")
    print(speed(docs, golds, parse_seconds, args.seconds))
    summary = by_part.get("test") or next(iter(by_part.values()))
    name = "test" if "test" in by_part else next(iter(by_part))
    value_f1 = prf(summary.value, summary.found, summary.gold)[2]
    print(f"timex: value F1 {value_f1:.3f} on {name} ({summary.gold} expressions), "
          f"ratio {value_f1 / TARGET:.2f} to the {TARGET:.2f} target")


if __name__ == "__main__":
    main()
