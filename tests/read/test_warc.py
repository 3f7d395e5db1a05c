"""WARC and WARC.gz: pages become Articles, everything else is counted or rejected."""

import gzip

import pytest

from storyline.model import Article, Rejected
from storyline.read import read_file
from storyline.read.warc import looks_like_warc

from .warc_builder import WarcBuilder, page


def crawl(gz: bool = True) -> WarcBuilder:
    return (
        WarcBuilder(gzip=gz)
        .warcinfo()
        .request("https://www.harbourpost.example/ferry")
        .response("https://www.harbourpost.example/ferry", page("Ferry terminal to close").encode())
        .response("https://www.harbourpost.example/logo.png", b"\x89PNG\r\n\x1a\n\0\0", "image/png")
        .response("https://www.harbourpost.example/old", b"", status="301 Moved Permanently")
        .response("https://www.harbourpost.example/dated",
                  page("Bridge reopens", head='<meta property="article:published_time" '
                       'content="2020-05-06T08:00:00Z">').encode())
    )


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("gz", "name"), [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_html_responses_become_articles_and_the_rest_is_counted(tmp_path, gz, name):
    items = list(read_file(write(tmp_path, name, crawl(gz).bytes())))
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [a.title for a in articles] == ["Ferry terminal to close", "Bridge reopens"]
    first = articles[0]
    assert first.source.format == "warc"
    assert first.source.url == "https://www.harbourpost.example/ferry"
    assert first.source.line == 3 and first.source.key.startswith("<urn:uuid:")
    assert first.source.outlet == "harbourpost.example"
    assert "ferry terminal" in first.text and "All rights reserved" not in first.text
    assert first.published.date == "2021-03-04" and first.published.how == "metadata"
    assert articles[1].published.date == "2020-05-06"  # the page's own date beats the crawl's
    reasons = [r.reason for r in rejected]
    assert reasons == [
        "not HTML: image/png",
        "skipped 3 WARC records that hold no page: warcinfo 1, request 1, HTTP 301 1",
    ]
    assert len({a.id for a in articles}) == 2


def test_callers_date_wins_over_page_and_crawl_dates(tmp_path):
    path = write(tmp_path, "crawl.warc.gz", crawl().bytes())
    articles = [i for i in read_file(path, date="2019-01-02") if isinstance(i, Article)]
    assert {(a.published.date, a.published.how) for a in articles} == {("2019-01-02", "given")}


def test_detected_by_content_not_name(tmp_path):
    path = write(tmp_path, "download.bin", crawl().bytes())
    assert sum(isinstance(i, Article) for i in read_file(path)) == 2


def test_truncated_second_record_keeps_the_first_article(tmp_path):
    good = WarcBuilder(gzip=False).response("https://a.example/1", page("First story").encode())
    whole = good.response("https://a.example/2", page("Second story").encode()).bytes()
    first_len = len(WarcBuilder(gzip=False).response(
        "https://a.example/1", page("First story").encode()).bytes())
    cut = write(tmp_path, "cut.warc", whole[: first_len + (len(whole) - first_len) // 2])
    items = list(read_file(cut))
    assert isinstance(items[0], Article) and items[0].title == "First story"
    assert [type(i) for i in items] == [Article, Rejected]
    assert items[1].reason.startswith("truncated WARC record")
    assert items[1].source.line == 2


def test_truncated_record_header_is_rejected(tmp_path):
    one = WarcBuilder(gzip=False).response("https://a.example/1", page("First story").encode())
    data = one.bytes() + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Le"
    items = list(read_file(write(tmp_path, "cut.warc", data)))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Rejected) and "truncated WARC" in items[-1].reason


def test_gzip_member_ending_early(tmp_path):
    first = WarcBuilder().response("https://a.example/1", page("First story").encode()).bytes()
    second = WarcBuilder().response("https://a.example/2", page("Second story").encode()).bytes()
    data = first + second[: len(second) // 2]
    items = list(read_file(write(tmp_path, "cut.warc.gz", data)))
    assert isinstance(items[0], Article) and items[0].title == "First story"
    assert len(items) == 2 and isinstance(items[1], Rejected)
    assert items[1].source.line == 2


def test_declared_http_charset_is_used(tmp_path):
    sentence = "Caf\u00e9 owners in the old town protested on Monday against the new ferry fees. "
    body = page("Caf\u00e9 owners protest", body=sentence * 5)
    builder = WarcBuilder().response("https://a.example/cafe", body.encode("cp1252"),
                                     "text/html; charset=windows-1252")
    article = next(read_file(write(tmp_path, "c.warc.gz", builder.bytes())))
    assert article.title == "Caf\u00e9 owners protest"


def test_page_without_article_is_rejected_and_reading_goes_on(tmp_path):
    login = "<html><body><form><input name='user'><button>Log in</button></form></body></html>"
    builder = (WarcBuilder().response("https://a.example/login", login.encode())
               .response("https://a.example/s", page("Story after the wall").encode()))
    items = list(read_file(write(tmp_path, "w.warc.gz", builder.bytes())))
    assert isinstance(items[0], Rejected) and "no article body" in items[0].reason
    assert isinstance(items[1], Article)


def test_magic_detection_sees_through_gzip():
    assert looks_like_warc(gzip.decompress(crawl().bytes())[:100])
    assert not looks_like_warc(b"<html>")
