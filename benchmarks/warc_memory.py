"""Peak memory of `storyline run` on a synthetic WARC.gz of news pages.

Usage: python benchmarks/warc_memory.py [--pages N] [--limit-mb MB] [--keep DIR]

Builds a WARC.gz in a temporary folder: N (default 1,000) response records holding news-like
HTML pages - Wikinews article texts (/work/shared/data/corpora/wikinews/data/*.csv,
CC BY 2.5, read in place; reused with new URLs when N exceeds them) wrapped in a page with
navigation, related links and a footer - plus a warcinfo record, a request record for every
fifth page, a few image and CSS responses and a redirect. Then runs the whole pipeline
(`storyline run`, spaCy included) on it in a subprocess and reports the child's peak resident
memory (getrusage RUSAGE_CHILDREN ru_maxrss). Prints one summary line at the end:

    warc_memory: records=... articles=... rejected=... peak_rss_mb=... limit_mb=500 ratio=...
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = Path("/work/shared/data/corpora/wikinews/data")
SECTIONS = ["World", "Politics", "Business", "Science", "Sport", "Culture"]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(2000)


def wikinews_rows() -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    rows = []
    for path in sorted(WIKINEWS.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(r for r in csv.DictReader(handle) if len(r["text"].split()) >= 60)
    return rows


def news_page(row: dict, site: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", row["text"]) if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    title = html.escape(row["title"])
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{row["date"]}T09:00:00Z">
<link rel="stylesheet" href="/style.css"><script src="/app.js"></script></head>
<body><header><a href="/">{site}</a><nav><ul>{nav}</ul></nav>
<form action="/search"><input name="q"><button>Search</button></form></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
<time datetime="{row["date"]}">{row["date"]}</time>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Weather warning for the weekend</a></li></ul></aside></main>
<footer><p>&copy; {site}. All rights reserved.</p><a href="/privacy">Privacy</a>
<a href="/cookies">Cookie settings</a></footer></body></html>"""


def _record(writer: WARCWriter, kind: str, url: str, payload: bytes,
            http: StatusAndHeaders) -> None:
    writer.write_record(
        writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=http)
    )


def build_synthetic_warc(path: Path, pages: int = 1000) -> dict[str, int]:
    """Write the benchmark WARC.gz to ``path``; returns the number of records of each kind."""
    rows = wikinews_rows()
    counts = {"pages": 0, "requests": 0, "non_html": 0, "redirects": 0, "warcinfo": 1}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "benchmark"}))
        for number, (url, page) in enumerate(_pages(rows, pages)):
            if number % 5 == 0:
                request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example")],
                                           is_http_request=True)
                _record(writer, "request", url, b"", request)
                counts["requests"] += 1
            ok = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                  protocol="HTTP/1.1")
            _record(writer, "response", url, page.encode("utf-8"), ok)
            counts["pages"] += 1
            if number % 100 == 0:
                for suffix, mime, body in (("logo.png", "image/png", PNG),
                                           ("style.css", "text/css", b"body{margin:0}" * 50)):
                    headers = StatusAndHeaders("200 OK", [("Content-Type", mime)],
                                               protocol="HTTP/1.1")
                    _record(writer, "response", f"{url}/{suffix}", body, headers)
                    counts["non_html"] += 1
                moved = StatusAndHeaders("301 Moved Permanently", [("Location", url)],
                                         protocol="HTTP/1.1")
                _record(writer, "response", url + "?amp", b"", moved)
                counts["redirects"] += 1
    return counts


def _pages(rows: list[dict], count: int) -> Iterator[tuple[str, str]]:
    for number in range(count):
        row = rows[number % len(rows)]
        round_ = number // len(rows)
        site = f"Daily Ledger {round_ + 1}"
        slug = re.sub(r"[^a-z0-9]+", "-", row["title"].lower()).strip("-")[:80]
        yield f"https://news{round_ + 1}.example/{row['date']}/{slug}", news_page(row, site)


def run_storyline(warc: Path, db: Path) -> tuple[str, float]:
    command = [str(ROOT / ".venv/bin/storyline"), "--db", str(db), "run", str(warc)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"storyline run failed with exit code {done.returncode}")
    return done.stdout, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--limit-mb", type=float, default=500)
    parser.add_argument("--keep", type=Path, help="write the WARC and store here and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        warc = folder / "synthetic.warc.gz"
        counts = build_synthetic_warc(warc, args.pages)
        warc_mb = warc.stat().st_size / 1e6
        stdout, seconds = run_storyline(warc, folder / "bench.duckdb")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = re.search(r"(\d+) articles .*?, (\d+) rejected", stdout)
    articles, rejected = summary.groups() if summary else ("?", "?")
    print(stdout.strip().splitlines()[0] if stdout.strip() else "(no output)")
    print(f"warc: {warc_mb:.1f} MB gz, {counts}; run took {seconds:.0f} s")
    print(f"warc_memory: records={sum(counts.values())} articles={articles} rejected={rejected} "
          f"peak_rss_mb={peak_mb:.0f} limit_mb={args.limit_mb:.0f} "
          f"ratio={peak_mb / args.limit_mb:.2f}")


if __name__ == "__main__":
    main()
