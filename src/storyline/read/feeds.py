"""RSS 0.9x/1.0/2.0 and Atom files, with feedparser: one Article or Rejected per item.

An item with full content (RSS ``content:encoded``, Atom ``<content>``) is an article. An
item with only a summary (RSS ``<description>``, Atom ``<summary>``) is a teaser, not the story:
it becomes a Rejected "feed item has only a summary: <link>", so the link can be fetched and
read as a page. Some feeds put the whole story in the summary field; a summary of
``FULL_SUMMARY_WORDS`` words or more is taken as the content.

feedparser parses the whole document in memory, so feeds are held to the same size limit as
pages (the caller checks it). A file that is not well-formed XML and yields no items
(feedparser's "bozo" flag) is one Rejected; a slightly broken feed whose items feedparser
still recovers is read.

Each item's ``source.line`` is its 1-based position in the feed, ``source.key`` its guid/id
and ``source.url`` its link; its date and author come from the item, its outlet from the
feed's title.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

import feedparser

from storyline.model import Article, Rejected, Source
from storyline.read.assemble import Metadata

FULL_SUMMARY_WORDS = 150
HTML_TYPES = ("text/html", "application/xhtml+xml")
_TAGS = re.compile(r"<[^>]+>")
_FEED_ROOT = re.compile(
    r"<rss[\s>]|<rdf:RDF[\s>]|<feed[^>]*xmlns\s*=\s*[\"']http://www\.w3\.org/2005/Atom",
    re.IGNORECASE,
)
_ROOT_OR_PROLOGUE = re.compile(r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<",
                               re.DOTALL)

# (raw text or html, is_html, source, metadata) -> the article or its rejection
EntryReader = Callable[[str, bool, Source, Metadata], Article | Rejected]


def looks_like_feed(text: str) -> bool:
    """True when the document's root element is <rss>, <rdf:RDF> or an Atom <feed>."""
    head = text[:4096]
    prologue = _ROOT_OR_PROLOGUE.match(head)
    if prologue is None:
        return False
    root = _FEED_ROOT.match(head, prologue.end() - 1)
    return root is not None


def read_feed(data: bytes, source: Source, read_entry: EntryReader) -> Iterator[Article | Rejected]:
    """One Article or Rejected per item of the feed in ``data``."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not parsed.entries:
        reason = f"feed is not well-formed XML: {parsed.get('bozo_exception')}"[:300]
        yield Rejected(reason=reason, source=source)
        return
    if not parsed.entries:
        yield Rejected(reason="empty feed: no items", source=source)
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _read_entry(entry, _entry_source(entry, source, number), outlet, read_entry)


def _entry_source(entry, source: Source, number: int) -> Source:
    return source.model_copy(update={
        "line": number,
        "key": entry.get("id") or None,
        "url": entry.get("link") or source.url,
        "format": "feed",
    })


def _read_entry(entry, source: Source, outlet: str | None,
                read_entry: EntryReader) -> Article | Rejected:
    meta = Metadata(
        title=entry.get("title") or None,
        author=entry.get("author") or None,
        date=_entry_date(entry),
        outlet=outlet,
        url=entry.get("link") or None,
    )
    body, is_html = _full_content(entry)
    if body is None:
        link = entry.get("link") or "no link"
        if entry.get("summary"):
            return Rejected(reason=f"feed item has only a summary: {link}", source=source)
        return Rejected(reason=f"feed item has no content: {link}", source=source)
    return read_entry(body, is_html, source, meta)


def _full_content(entry) -> tuple[str | None, bool]:
    """(the item's full text or HTML, whether it is HTML); (None, False) for a mere summary."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return value, _is_html(content.get("type"))
    summary = entry.get("summary") or ""
    if len(_TAGS.sub(" ", summary).split()) >= FULL_SUMMARY_WORDS:
        return summary, _is_html(entry.get("summary_detail", {}).get("type"))
    return None, False


def _is_html(mime: str | None) -> bool:
    return (mime or "text/html").startswith(HTML_TYPES)


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None
