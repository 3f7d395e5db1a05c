"""Input files to Articles: expand paths, read each file, tell its format by its content.

``read_file`` never raises for bad input: a missing, unreadable, binary, empty, oversized or
mis-encoded file, or a page without an article, becomes a ``Rejected`` record with a reason.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.model import Article, Rejected, Source, SourceFormat
from storyline.read.assemble import Metadata, Options, build_article
from storyline.read.decode import DecodeError, decode
from storyline.read.html import NoArticleBody, extract_page, looks_like_html
from storyline.read.jsonl import looks_like_jsonl, read_rows

MAX_BYTES = 20 * 1024 * 1024
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
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
    return "html" if suffix in HTML_SUFFIXES else "text"


def _read(path: Path, source: Source, options: Options) -> Iterator[Item]:
    if not path.exists():
        yield Rejected(reason=f"no such file: {path}", source=source)
        return
    if path.is_dir():
        yield Rejected(reason=f"is a directory: {path}", source=source)
        return
    try:
        size = path.stat().st_size
        if source.format == "jsonl":
            yield from _read_jsonl_file(path, source, options)
            return
        if size >= MAX_BYTES:
            yield Rejected(reason=f"too large: {size} bytes (limit 20 MB)", source=source)
            return
        data = path.read_bytes()
        meta = read_sidecar(path)
    except OSError as err:
        yield Rejected(reason=f"unreadable: {err.strerror or err}", source=source)
        return
    except ValueError as err:
        yield Rejected(reason=f"invalid {SIDECAR_SUFFIX} sidecar: {err}", source=source)
        return
    yield from _read_bytes(data, source, options, meta)


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


def _read_html(html: str, source: Source, options: Options, meta: Metadata) -> Item:
    try:
        page = extract_page(html, url=options.url or meta.url)
    except NoArticleBody as err:
        return Rejected(reason=str(err), source=source)
    page_meta = Metadata(
        title=meta.title or page.title,
        author=meta.author or page.author,
        date=meta.date or page.date,
        outlet=meta.outlet or page.sitename,
        url=meta.url or page.url,
    )
    # trafilatura puts one paragraph on a line; the cleaner expects blank-line paragraphs
    paragraphs = "\n\n".join(line for line in page.text.splitlines() if line.strip())
    return build_article(paragraphs, source, options, page_meta)
