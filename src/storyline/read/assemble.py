"""One Article from a cleaned body and whatever metadata came with it.

Precedence for each field: the caller's option, then the input's metadata (JSONL fields, HTML
meta tags), then what the text itself shows (a date line, a byline, an avatar), then nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.model import Article, Published, Rejected, Source, article_id
from storyline.read.clutter import clean_dump
from storyline.read.credits import author_names, wire_credit
from storyline.read.dates import iso_date

ENGLISH_STOP_RATIO = 0.15  # English prose is a third or more stop words; other languages few


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


def build_article(
    raw_text: str, source: Source, options: Options, meta: Metadata | None = None
) -> Article | Rejected:
    """Clean ``raw_text`` and fill the Article's fields by precedence."""
    meta = meta or Metadata()
    clean = clean_dump(raw_text)
    source = source.model_copy(
        update={
            "url": options.url or meta.url or source.url,
            "outlet": options.outlet or meta.outlet or clean.outlet,
        }
    )
    if not clean.text:
        return Rejected(reason="no article body found (only page clutter)", source=source)
    authors = author_names(meta.author)
    credit = clean.credit or (wire_credit(meta.author) if meta.author else None)
    return Article(
        id=article_id(source, clean.text),
        source=source,
        title=meta.title or clean.title,
        byline=authors + [name for name in clean.byline if name not in authors],
        credit=credit,
        published=_published(options, meta, clean.date),
        language=_language(clean.text),
        text=clean.text,
        removed=clean.removed,
    )


def _published(options: Options, meta: Metadata, text_date: str | None) -> Published:
    if options.date:
        return Published(date=options.date, how="given")
    if meta_date := iso_date(meta.date):
        return Published(date=meta_date, how="metadata")
    if text_date:
        return Published(date=text_date, how="text")
    return Published(date=None, how="unknown")


def _language(text: str) -> str | None:
    words = text[:20_000].lower().split()
    if not words:
        return None
    ratio = sum(1 for w in words if w.strip(".,;:!?\"'“”‘’()") in STOP_WORDS) / len(words)
    return "en" if ratio >= ENGLISH_STOP_RATIO else None
