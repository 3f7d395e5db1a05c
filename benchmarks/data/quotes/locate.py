"""Turn hand-written quote annotations into annotations.jsonl with character offsets.

    .venv/bin/python benchmarks/data/quotes/locate.py DRAFT [DATA_DIR]   # write the jsonl
    .venv/bin/python benchmarks/data/quotes/locate.py --check [DATA_DIR]  # verify it

A draft holds one block per article: a line '@ ID' (the Zyte item id or the Wikinews URL),
then one line per quote 'KIND|SPEAKER|CUE|CONTENT' (KIND D, I or M), CONTENT copied from the
text as it stands. This script only finds where each content string occurs (searching on from
the previous quote's start, else from the beginning) and records the text's SHA-1. A draft may
hold only some articles (a new batch): the rows of the others are kept as they are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import DEFAULT_DATA, by_id, choose  # noqa: E402

ANNOTATIONS = HERE / "annotations.jsonl"
KINDS = {"D": "direct", "I": "indirect", "M": "mixed"}


def parse_draft(path: Path) -> dict[str, list[dict]]:
    blocks: dict[str, list[dict]] = {}
    current: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@ "):
            current = blocks.setdefault(line[2:].strip(), [])
        elif line.strip():
            kind, speaker, cue, content = line.split("|", 3)
            current.append({"content": content, "kind": KINDS[kind], "speaker": speaker,
                            "cue": cue or None})
    return blocks


def locate(text: str, quotes: list[dict]) -> list[dict]:
    located, previous = [], 0
    for quote in quotes:
        at = text.find(quote["content"], previous)
        if at < 0:
            at = text.find(quote["content"])
        if at < 0:
            raise ValueError(f"not in the text: {quote['content'][:60]!r}")
        located.append({**quote, "start": at, "end": at + len(quote["content"])})
        previous = at
    return located


def existing_rows() -> dict[str, dict]:
    if not ANNOTATIONS.exists():
        return {}
    rows = (json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines())
    return {row["id"]: row for row in rows}


def write(draft: Path, data: Path) -> None:
    blocks = parse_draft(draft)
    kept = existing_rows()
    rows = []
    for article in choose(data):
        if article.id in blocks:
            quotes = locate(article.text, blocks[article.id])
        elif article.id in kept:
            quotes = kept[article.id]["quotes"]
        else:
            raise SystemExit(f"no annotation block for {article.id}")
        rows.append({"source": article.source, "id": article.id, "url": article.url,
                     "part": article.part, "batch": article.batch, "sha1": article.sha1,
                     "quotes": quotes})
    with ANNOTATIONS.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {sum(len(r['quotes']) for r in rows)} quotes -> {ANNOTATIONS}")


def check(data: Path) -> int:
    articles = by_id(data)
    problems = 0
    for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = articles.get(row["id"])
        if article is None or article.sha1 != row["sha1"]:
            print("drifted or missing:", row["id"])
            problems += 1
            continue
        for q in row["quotes"]:
            if article.text[q["start"]:q["end"]] != q["content"]:
                print("offset mismatch:", row["id"], q["content"][:50])
                problems += 1
    print("ok" if not problems else f"{problems} problems")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("draft", nargs="?", type=Path)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(1 if check(args.data) else 0)
    if args.draft is None:
        parser.error("DRAFT is required unless --check")
    write(args.draft, args.data)


if __name__ == "__main__":
    main()
