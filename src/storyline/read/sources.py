"""Input files to Articles: expand paths, read each file, tell its format by its content.

Formats, by what the first bytes hold (the file name only breaks ties): a WARC ("WARC/1.",
possibly gzipped; streamed record by record), JSON Lines, an RSS/Atom feed (<rss>, <rdf:RDF>,
Atom <feed>), an HTML page, or plain text. Any other gzipped file is unpacked (up to the size
limit) and read as what it holds.

``read_file`` never raises for bad input: a missing, unreadable, binary, empty, oversized or
mis-encoded file, or a page without an article, becomes a ``Rejected`` record with a reason.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.model import Article, Rejected, Source, SourceFormat
from storyline.read.assemble import Metadata, Options, build_article
from storyline.read.decode import DecodeError, decode
from storyline.read.feeds import looks_like_feed, read_feed
from storyline.read.html import NoArticleBody, extract_page, looks_like_html
from storyline.read.html_clean import clean_extracted
from storyline.read.jsonl import looks_like_jsonl, read_rows
from storyline.read.page_kind import why_not_an_article
from storyline.read.warc import GZIP_MAGIC, WarcPage, looks_like_warc, read_warc, sniff_head

MAX_BYTES = 20 * 1024 * 1024
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom"}
_GLOB_CHARS = set("*?[")
SIDECAR_SUFFIX = ".meta.json"  # page.txt + page.txt.meta.json: what the scraper knew of the page

Item = Article | Rejected


def iter_input_files(paths: Iterable[str]) -> Iterator[Path]:
    """Files named by ``paths``: directories recursively (sorted, hidden files skipped), globs
    expanded; a path that matches nothing is yielded as given, for read_file to reject."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _files_under(path)
        elif not path.exists() and _GLOB_CHARS & set(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield path
            for match in matches:
                match_path = Path(match)
                yield from _files_under(match_path) if match_path.is_dir() else [match_path]
        else:
            yield path


def _files_under(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX):
                yield Path(root) / name


def read_paths(paths: Iterable[str], **options: str | None) -> Iterator[Item]:
    """Every Article (or Rejected) in the files named by ``paths``."""
    Options.checked(**_option_values(options))  # a bad --date fails before any reading
    for path in iter_input_files(paths):
        yield from read_file(path, **options)


def _option_values(options: dict) -> dict:
    return {key: options.get(key) for key in ("date", "url", "outlet")}


def read_file(
    path: Path,
    *,
    date: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Iterator[Item]:
    """The articles in one file: one for a page or text dump, one per line of a .jsonl file.

    Raises ValueError only for an invalid ``date`` option.
    """
    options = Options.checked(date, url, outlet)
    path = Path(path)
    source = Source(
        path=os.path.normpath(str(path)), url=url, outlet=outlet, format=_format_by_name(path)
    )
    try:
        yield from _read(path, source, options)
    except Exception as err:  # last resort: bad input must not stop a batch
        yield Rejected(reason=f"unreadable: {type(err).__name__}: {err}", source=source)


def _format_by_name(path: Path) -> SourceFormat:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if path.name.lower().endswith((".warc", ".warc.gz")):
        return "warc"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "html" if suffix in HTML_SUFFIXES else "text"


def _read(path: Path, source: Source, options: Options) -> Iterator[Item]:
    if not path.exists():
        yield Rejected(reason=f"no such file: {path}", source=source)
        return
    if path.is_dir():
        yield Rejected(reason=f"is a directory: {path}", source=source)
        return
    try:
        if source.format == "jsonl":
            yield from _read_jsonl_file(path, source, options)
            return
        with path.open("rb") as handle:
            head = handle.read(len(GZIP_MAGIC))
            handle.seek(0)
            if looks_like_warc(sniff_head(handle)):
                warc_source = source.model_copy(update={"format": "warc"})
                yield from read_warc(handle, warc_source, _warc_page_reader(options))
                return
        data = _gunzip(path) if head == GZIP_MAGIC else _read_small(path)
        meta = read_sidecar(path)
    except TooLarge as err:
        yield Rejected(reason=str(err), source=source)
        return
    except EOFError as err:
        yield Rejected(reason=f"truncated gzip: {err}", source=source)
        return
    except OSError as err:
        yield Rejected(reason=f"unreadable: {err.strerror or err}", source=source)
        return
    except ValueError as err:
        yield Rejected(reason=f"invalid {SIDECAR_SUFFIX} sidecar: {err}", source=source)
        return
    yield from _read_bytes(data, source, options, meta)


class TooLarge(ValueError):
    """The file holds more than MAX_BYTES; the message is the rejection reason."""


def _read_small(path: Path) -> bytes:
    size = path.stat().st_size
    if size >= MAX_BYTES:
        raise TooLarge(f"too large: {size} bytes (limit 20 MB)")
    return path.read_bytes()


def _gunzip(path: Path) -> bytes:
    with gzip.open(path, "rb") as unzipped:
        data = unzipped.read(MAX_BYTES)
        if unzipped.read(1):
            raise TooLarge("too large: over 20 MB unpacked (limit 20 MB)")
    return data


def read_sidecar(path: Path) -> Metadata:
    """Metadata from ``<file>.meta.json`` beside the file (title, author, date, outlet, url)."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return Metadata()
    fields = json.loads(sidecar.read_text(encoding="utf-8"))
    if not isinstance(fields, dict):
        raise ValueError("not a JSON object")
    known = ("title", "author", "date", "outlet", "url")
    return Metadata(**{k: str(fields[k]) for k in known if fields.get(k) is not None})


def _read_jsonl_file(path: Path, source: Source, options: Options) -> Iterator[Item]:
    found = False
    with path.open("rb") as handle:
        for item in read_rows(handle, source, _row_reader(options)):
            found = True
            yield item
    if not found:
        yield Rejected(reason="empty: no rows", source=source)


def _read_bytes(
    data: bytes, source: Source, options: Options, meta: Metadata | None = None
) -> Iterator[Item]:
    if not data.strip():
        yield Rejected(reason="empty file" if not data else "empty: whitespace only", source=source)
        return
    try:
        text = decode(data).text
    except DecodeError as err:
        yield Rejected(reason=str(err), source=source)
        return
    if not text.strip():
        yield Rejected(reason="empty: whitespace only", source=source)
        return
    if looks_like_jsonl(text):
        rows = text.split("\n")  # not splitlines(): JSON strings may hold U+2028
        yield from read_rows(
            rows, source.model_copy(update={"format": "jsonl"}), _row_reader(options)
        )
    elif looks_like_feed(text):
        yield from read_feed(data, source.model_copy(update={"format": "feed"}),
                             _row_reader(options))
    elif looks_like_html(text):
        html_source = source.model_copy(update={"format": "html"})
        yield _read_html(text, html_source, options, meta or Metadata())
    else:
        yield build_article(text, source.model_copy(update={"format": "text"}), options, meta)


def _row_reader(options: Options):
    def read_row(raw: str, is_html: bool, source: Source, meta: Metadata) -> Item:
        if is_html:
            return _read_html(raw, source, options, meta)
        return build_article(raw, source, options, meta)

    return read_row


def _warc_page_reader(options: Options):
    def read_page(page: WarcPage, source: Source) -> Item:
        try:
            text = decode(page.body, declared=page.charset).text
        except DecodeError as err:
            return Rejected(reason=str(err), source=source)
        if page.mime is None and not looks_like_html(text):
            return Rejected(reason="not HTML: no Content-Type and no markup", source=source)
        meta = Metadata(url=source.url, crawl_date=page.crawl_date)
        return _read_html(text, source, options, meta)

    return read_page


def _read_html(html: str, source: Source, options: Options, meta: Metadata) -> Item:
    try:
        page = extract_page(html, url=options.url or meta.url)
    except NoArticleBody:
        return Rejected(reason=why_not_an_article("", html) or "no article body found",
                        source=source)
    page_meta = Metadata(
        title=meta.title or page.title,
        author=meta.author or page.author,
        date=meta.date or page.date,
        outlet=meta.outlet or page.sitename,
        url=meta.url or page.url,
        crawl_date=meta.crawl_date,
    )
    # trafilatura puts one paragraph on a line; the cleaner expects blank-line paragraphs
    paragraphs = "\n\n".join(line for line in page.text.splitlines() if line.strip())
    article = build_article(paragraphs, source, options, page_meta, clean=clean_extracted)
    if isinstance(article, Article) and (reason := why_not_an_article(article.text, html)):
        return Rejected(reason=reason, source=article.source)
    return article
