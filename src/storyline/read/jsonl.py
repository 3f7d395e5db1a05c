"""JSON Lines input: one article a line with `text` or `html`, and optional id, url, title,
date, outlet (OUTPUT.md). A bad row becomes a Rejected record and reading goes on."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from storyline.model import Article, Rejected, Source
from storyline.read.assemble import Metadata

MAX_ROW_BYTES = 20 * 1024 * 1024

# (raw text or html, is_html, source, metadata) -> the article or its rejection
RowReader = Callable[[str, bool, Source, Metadata], Article | Rejected]


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-empty line is a JSON object with `text` or `html`."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        row = json.loads(first)
    except ValueError:
        return False
    return isinstance(row, dict) and ("text" in row or "html" in row)


def read_rows(
    lines: Iterable[bytes | str], source: Source, read_row: RowReader
) -> Iterator[Article | Rejected]:
    """One Article or Rejected per non-empty line; ``source.line`` is 1-based."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        row_source = source.model_copy(update={"line": number, "format": "jsonl"})
        yield _read_row(raw, row_source, read_row)


def _read_row(raw: bytes | str, source: Source, read_row: RowReader) -> Article | Rejected:
    if len(raw) > MAX_ROW_BYTES:
        return Rejected(reason=f"row too large: {len(raw)} bytes (limit 20 MB)", source=source)
    try:
        row = json.loads(raw)
    except ValueError as err:  # JSONDecodeError and UnicodeDecodeError
        return Rejected(reason=f"invalid JSON: {_short(err)}", source=source)
    if not isinstance(row, dict):
        return Rejected(reason="invalid row: not a JSON object", source=source)
    key = row.get("id")
    source = source.model_copy(update={"key": None if key is None else str(key)})
    meta = Metadata(
        title=_string(row.get("title")),
        author=_string(row.get("author")),
        date=_string(row.get("date")),
        outlet=_string(row.get("outlet")),
        url=_string(row.get("url")),
    )
    text, html = _string(row.get("text")), _string(row.get("html"))
    if text and text.strip():
        return read_row(text, False, source, meta)
    if html and html.strip():
        return read_row(html, True, source, meta)
    return Rejected(reason="row has neither text nor html", source=source)


def _string(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _short(err: Exception) -> str:
    message = str(err)
    return message if len(message) <= 120 else message[:117] + "..."
