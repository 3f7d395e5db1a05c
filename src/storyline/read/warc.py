"""WARC and WARC.gz files, streamed record by record with warcio (constant memory).

What becomes what:

- a ``response`` (or ``resource``) record holding an HTML page with a 2xx status: one page,
  handed to the caller's ``PageReader`` (which makes the Article, or a Rejected "no article");
- a ``response`` record holding something else (an image, a script, a PDF): one Rejected
  "not HTML: <type>" - cheap, as nothing is decoded or extracted;
- a truncated record (fewer bytes than its Content-Length), a record that cannot be parsed, or
  a gzip member that ends early: one Rejected with the reason; reading goes on where the
  library can resync, and anything unreadable at the end of the file is one Rejected;
- everything else - request, metadata, warcinfo, revisit, conversion records and non-2xx
  responses (redirects, errors) - is skipped without a row of its own; the skips are counted
  and, when there are any, the file yields a single Rejected that sums them up
  ("skipped 12 WARC records that hold no page: request 10, warcinfo 1, HTTP 301 1").

Each item's ``source.line`` is the record's 1-based ordinal in the file, ``source.key`` its
WARC-Record-ID and ``source.url`` its WARC-Target-URI.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from storyline.model import Article, Rejected, Source

WARC_MAGIC = b"WARC/1."
GZIP_MAGIC = b"\x1f\x8b"
GZIP_WBITS = 16 + zlib.MAX_WBITS  # zlib's setting for a gzip header and trailer
MAX_PAGE_BYTES = 20 * 1024 * 1024  # a record holding more is not a news page
PAGE_RECORD_TYPES = {"response", "resource"}
HTML_TYPES = ("text/html", "application/xhtml+xml")
TRAILING_SLACK = 4  # bytes the iterator may leave unread at the end (blank lines, padding)


@dataclass
class WarcPage:
    """An HTML payload and what the record's headers say about it."""

    body: bytes
    mime: str | None  # from the HTTP Content-Type header; None when there is none
    charset: str | None  # from the same header
    crawl_date: str | None  # WARC-Date


# (page, source) -> the article or its rejection
PageReader = Callable[[WarcPage, Source], Article | Rejected]


def looks_like_warc(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file, gunzipped) starts a WARC record."""
    return head.lstrip(b"\r\n").startswith(WARC_MAGIC)


def sniff_head(handle: BinaryIO, size: int = 4096) -> bytes:
    """The first ``size`` bytes of a file, decompressed when it is gzip; the handle is rewound."""
    raw = handle.read(size)
    handle.seek(0)
    if not raw.startswith(GZIP_MAGIC):
        return raw
    try:  # what the first member yields, even when it is cut short
        return zlib.decompressobj(GZIP_WBITS).decompress(raw, size)
    except zlib.error:
        return b""


def read_warc(
    handle: BinaryIO, source: Source, read_page: PageReader
) -> Iterator[Article | Rejected]:
    """One Article or Rejected per page record in the open (binary) WARC file ``handle``."""
    size = os.fstat(handle.fileno()).st_size
    records = ArchiveIterator(handle, check_digests=False)
    skipped: Counter[str] = Counter()
    number = 0
    try:
        for number, record in enumerate(records, start=1):  # noqa: B007 (used after the loop)
            item = _read_record(record, _record_source(record, source, number), read_page, skipped)
            if item is not None:
                yield item
    except Exception as err:  # warcio raises several types on a broken record or member
        where = source.model_copy(update={"line": number + 1})
        reason = f"malformed or truncated WARC record ({type(err).__name__}: {err})"[:300]
        yield Rejected(reason=reason, source=where)
    else:
        if size - records.offset > TRAILING_SLACK:
            where = source.model_copy(update={"line": number + 1})
            yield Rejected(reason=f"truncated WARC: {size - records.offset} bytes at the end "
                                  f"(from byte {records.offset}) hold no complete record",
                           source=where)
    if skipped:
        yield Rejected(reason=_skipped_reason(skipped), source=source)


def _record_source(record, source: Source, number: int) -> Source:
    headers = record.rec_headers
    return source.model_copy(update={
        "line": number,
        "key": headers.get_header("WARC-Record-ID"),
        "url": headers.get_header("WARC-Target-URI") or source.url,
    })


def _read_record(record, source: Source, read_page: PageReader,
                 skipped: Counter[str]) -> Article | Rejected | None:
    kind = record.rec_type or "unknown"
    if kind not in PAGE_RECORD_TYPES:
        skipped[kind] += 1
        return None
    status = _status(record)
    if status is not None and not 200 <= status < 300:
        skipped[f"HTTP {status}"] += 1
        return None
    mime, charset = _content_type(record)
    if mime is not None and not mime.startswith(HTML_TYPES):
        _drain(record)
        return Rejected(reason=f"not HTML: {mime}", source=source)
    try:
        body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except Exception as err:  # a bad chunked or compressed payload
        return Rejected(reason=f"unreadable WARC payload: {type(err).__name__}: {err}"[:300],
                        source=source)
    if record.raw_stream.limit > 0:
        _drain(record)
        if len(body) <= MAX_PAGE_BYTES:  # the file ended inside the record
            declared = record.rec_headers.get_header("Content-Length")
            return Rejected(reason=f"truncated WARC record: Content-Length {declared}, "
                                   f"file ends {record.raw_stream.limit} bytes short",
                            source=source)
    if len(body) > MAX_PAGE_BYTES:
        return Rejected(reason="WARC record too large: over 20 MB", source=source)
    page = WarcPage(body=body, mime=mime, charset=charset,
                    crawl_date=record.rec_headers.get_header("WARC-Date"))
    return read_page(page, source)


def _status(record) -> int | None:
    if record.http_headers is None or record.rec_type != "response":
        return None
    code = (record.http_headers.get_statuscode() or "").strip()
    return int(code) if code.isdigit() else None


def _content_type(record) -> tuple[str | None, str | None]:
    """(mime type, charset) from the HTTP header, else the WARC header of a resource record."""
    value = None
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    if value is None and record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return mime.strip().lower() or None, charset


def _drain(record) -> None:
    """Skip a record's remaining bytes without keeping them."""
    while record.raw_stream.read(65536):
        pass


def _skipped_reason(skipped: Counter[str]) -> str:
    total = sum(skipped.values())
    parts = ", ".join(f"{kind} {n}" for kind, n in skipped.most_common())
    return f"skipped {total} WARC records that hold no page: {parts}"
