"""Choose the Wikinews sentences of the real-news event set and write them out for annotation.

Usage: python benchmarks/data/events/wikinews_choice.py OUT_DIR [--articles N] [--batches K]
[--sentences M]

Articles: ``corpora/wikinews/data/wikinews_*.csv`` (read in place), of 800-6,000 characters,
whose text names a government, minister, president, police, army, troops, rebels or a
protest, ordered by SHA-1 of their id (``wikinews/<year>/<row>``); the first N. Sentences:
the first M of each article as the project's own parser splits them (the date line left
out). Nothing about Storyline's event coder enters the choice. Writes OUT_DIR/batch<k>.jsonl
(one sentence per line: doc, start, end, text), articles dealt round-robin into K batches.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from storyline.understand.nlp import load_nlp

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # benchmarks/: one reader
from plover import WIKINEWS, wikinews_articles  # noqa: E402

POLITICAL = re.compile(r"\b(government|minister|president|police|army|troops|rebels?|protest\w*)\b",
                       re.IGNORECASE)
DATE_LINE = re.compile(r"^\w+day, \w+ \d{1,2}, \d{4}\s*$")


def articles(folder: Path = WIKINEWS) -> list[tuple[str, str]]:
    found = [(doc_id, text) for doc_id, (text, _) in wikinews_articles(folder).items()
             if 800 <= len(text) <= 6000 and POLITICAL.search(text)]
    return sorted(found, key=lambda item: hashlib.sha1(item[0].encode()).hexdigest())


def first_sentences(nlp, text: str, count: int) -> list[tuple[int, int, str]]:  # noqa: ANN001
    chosen = []
    for sent in nlp(text).sents:
        words = sent.text.strip()
        if len(words.split()) < 4 or DATE_LINE.match(words):
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        chosen.append((start, start + len(words), words))
        if len(chosen) == count:
            break
    return chosen


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    def option(name: str, default: int) -> int:
        return int(argv[argv.index(name) + 1]) if name in argv else default
    n_articles, n_batches = option("--articles", 24), option("--batches", 4)
    n_sentences = option("--sentences", 10)
    nlp = load_nlp()
    out.mkdir(parents=True, exist_ok=True)
    files = [(out / f"batch{k + 1}.jsonl").open("w") for k in range(n_batches)]
    for index, (doc_id, text) in enumerate(articles()[:n_articles]):
        for start, end, words in first_sentences(nlp, text, n_sentences):
            line = {"doc": doc_id, "start": start, "end": end, "text": words}
            files[index % n_batches].write(json.dumps(line, ensure_ascii=False) + "\n")
    for f in files:
        f.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
