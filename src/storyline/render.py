"""An article record as terminal text, with its events and quotes marked where they occur.

Article text is hostile: it is only ever appended as plain rich ``Text``, never parsed as markup.
"""

from __future__ import annotations

from collections import defaultdict

from rich.console import Group
from rich.text import Text

EVENT_STYLE = "bold magenta"
QUOTE_STYLE = "cyan"


def _markers(record: dict) -> dict[int, list[tuple[int, str, str]]]:
    """Position -> markers to insert there: (order, label, style); closers sort first."""
    marks: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for n, event in enumerate(record.get("events", []), 1):
        by_sentence[event["span"][0]].append(f"E{n}")
        for further in event.get("more_evidence") or []:  # merged duplicates: "E1+"
            if further["span"][0] != event["span"][0]:
                by_sentence[further["span"][0]].append(f"E{n}+")
    for start, labels in by_sentence.items():
        marks[start].append((1, f"[{','.join(labels)}]", EVENT_STYLE))
    for n, quote in enumerate(record.get("quotes", []), 1):
        start, end = quote["span"]
        marks[start].append((2, f"«Q{n} ", QUOTE_STYLE))
        marks[end].append((0, "»", QUOTE_STYLE))
    return marks


def _quoted_ranges(record: dict) -> list[tuple[int, int]]:
    return [tuple(q["span"]) for q in record.get("quotes", [])]


def marked_text(record: dict) -> Text:
    text = record["text"]
    marks = _markers(record)
    quoted = _quoted_ranges(record)
    cuts = sorted({0, len(text), *marks, *(p for span in quoted for p in span)})
    out = Text()
    for start, end in zip(cuts, cuts[1:] + [None], strict=False):
        for _order, label, style in sorted(marks.get(start, [])):
            out.append(label, style=style)
        if end is None:
            break
        inside = any(s <= start and end <= e for s, e in quoted)
        out.append(text[start:end], style=QUOTE_STYLE if inside else "")
    return out


def _side(side: dict | None) -> str:
    if not side:
        return "-"
    return f"{side['name']} ({side.get('code') or side.get('country') or '?'})"


def _further(event: dict) -> str:
    more = event.get("more_evidence") or []
    return f" (+{len(more)} more evidence)" if more else ""


def event_lines(record: dict) -> Text:
    out = Text()
    for n, e in enumerate(record.get("events", []), 1):
        flags = [f for f in ("negated", "hypothetical") if e.get(f)]
        out.append(f"E{n} ", style=EVENT_STYLE)
        out.append(f"{e.get('date') or '?'} {e['type']}"
                   f"{'/' + e['mode'] if e.get('mode') else ''} cameo {e.get('cameo') or '-'}: "
                   f"{_side(e.get('source'))} -> {_side(e.get('target'))}"
                   f"{' [' + ', '.join(flags) + ']' if flags else ''}"
                   f" conf {e.get('confidence', 0):.2f}"
                   f"{_further(e)}\n")
    return out


def quote_lines(record: dict) -> Text:
    out = Text()
    for n, q in enumerate(record.get("quotes", []), 1):
        speaker = (q.get("speaker") or {}).get("name") or "(unknown)"
        out.append(f"Q{n} ", style=QUOTE_STYLE)
        out.append(f"{speaker} [{q['kind']}, {q.get('cue') or '-'}]: {q['text'][:160]}\n")
    return out


def render_article(record: dict) -> Group:
    source = record.get("source", {})
    head = Text()
    head.append(record.get("title") or "(no title)", style="bold")
    head.append(f"\n{record['id']}  {record.get('published', {}).get('date') or 'date unknown'}"
                f"  {source.get('outlet') or ''}  {source.get('path') or source.get('url') or ''}")
    if record.get("byline") or record.get("credit"):
        head.append(f"\nby {', '.join(record.get('byline') or []) or '-'}"
                    f" / {record.get('credit') or '-'}")
    return Group(head, Text(""), marked_text(record), Text(""), event_lines(record),
                 quote_lines(record))
