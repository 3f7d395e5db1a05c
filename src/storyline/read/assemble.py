"""One Article from a cleaned body and whatever metadata came with it.

Precedence for each field: the caller's option, then the input's metadata (JSONL fields, HTML
meta tags, feed item fields), then what the text itself shows (a date line, a byline, an avatar),
then what the container knew (a WARC record's crawl date, the URL's host as outlet), then nothing.
Text decoded twice somewhere upstream ("CafÃ©") is repaired before anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from storyline.model import Article, Published, Rejected, Source, article_id
from storyline.read.clutter import CleanText, clean_dump
from storyline.read.credits import author_names, wire_credit
from storyline.read.dates import iso_date
from storyline.read.decode import repair_mojibake
from storyline.read.language import guess_language


@dataclass
class Options:
    """What the caller says about every input (the CLI's --date, --url, --outlet)."""

    date: str | None = None
    url: str | None = None
    outlet: str | None = None

    @classmethod
    def checked(cls, date: str | None, url: str | None, outlet: str | None) -> Options:
        iso = iso_date(date) if date else None
        if date and iso is None:
            raise ValueError(f"invalid date {date!r}: expected YYYY-MM-DD")
        return cls(date=iso, url=url, outlet=outlet)


@dataclass
class Metadata:
    """What the input says about itself (JSONL fields, HTML meta tags)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    crawl_date: str | None = None  # when a crawler fetched it (WARC-Date): a last resort


def build_article(
    raw_text: str,
    source: Source,
    options: Options,
    meta: Metadata | None = None,
    clean: Callable[[str], CleanText] = clean_dump,
) -> Article | Rejected:
    """Clean ``raw_text`` and fill the Article's fields by precedence.

    ``clean`` is ``clean_dump`` for flattened pages; text an HTML extractor already chose
    needs only the line-level cues (``html_clean.clean_extracted``).
    """
    meta = meta or Metadata()
    cleaned = clean(repair_mojibake(raw_text))
    url = options.url or meta.url or source.url
    source = source.model_copy(
        update={
            "url": url,
            "outlet": (options.outlet or meta.outlet or cleaned.outlet or source.outlet
                       or _host(url)),
        }
    )
    if not cleaned.text:
        return Rejected(reason="no article body found (only page clutter)", source=source)
    authors = author_names(meta.author)
    credit = cleaned.credit or (wire_credit(meta.author) if meta.author else None)
    return Article(
        id=article_id(source, cleaned.text),
        source=source,
        title=repair_mojibake(meta.title) if meta.title else cleaned.title,
        byline=authors + [name for name in cleaned.byline if name not in authors],
        credit=credit,
        published=_published(options, meta, cleaned.date),
        language=guess_language(cleaned.text),
        text=cleaned.text,
        removed=cleaned.removed,
    )


def _published(options: Options, meta: Metadata, text_date: str | None) -> Published:
    if options.date:
        return Published(date=options.date, how="given")
    if meta_date := iso_date(meta.date):
        return Published(date=meta_date, how="metadata")
    if text_date:
        return Published(date=text_date, how="text")
    if crawl_date := iso_date(meta.crawl_date):
        return Published(date=crawl_date, how="metadata")
    return Published(date=None, how="unknown")


def _host(url: str | None) -> str | None:
    """'https://www.example.org/a/b' -> 'example.org': the outlet when nothing names it."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return host or None
