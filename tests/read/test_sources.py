"""Paths to files, files to Articles, bad files to Rejected records."""

import gzip
import json
import os
from pathlib import Path

import pytest

from storyline.model import Article, Rejected
from storyline.read import iter_input_files, read_file, read_paths

from .test_feeds import RSS
from .warc_builder import WarcBuilder, page

PROSE = (
    "Fishermen in the northern bay said on Friday that the catch of cod had fallen for a "
    "third year in a row, and asked the regional government for help.\n"
)


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_directories_expand_recursively_sorted_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(PROSE)
    (tmp_path / "b" / "a.txt").write_text(PROSE)
    (tmp_path / "c.txt").write_text(PROSE)
    (tmp_path / ".hidden.txt").write_text(PROSE)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(PROSE)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([str(tmp_path)])]
    assert found == ["c.txt", "b/a.txt", "b/z.txt"]


def test_globs_expand_and_unmatched_paths_pass_through(tmp_path):
    for name in ("one.txt", "two.txt", "three.html"):
        (tmp_path / name).write_text(PROSE)
    found = list(iter_input_files([f"{tmp_path}/*.txt", f"{tmp_path}/missing.txt"]))
    assert [p.name for p in found] == ["one.txt", "two.txt", "missing.txt"]
    nothing = list(iter_input_files([f"{tmp_path}/*.xml"]))
    assert [p.name for p in nothing] == ["*.xml"]


def test_missing_file_is_rejected_not_raised(tmp_path):
    rejected = only(read_paths([str(tmp_path / "nope.txt")]))
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith("no such file")
    assert rejected.source.path == os.path.normpath(str(tmp_path / "nope.txt"))


def test_source_path_is_normalised_as_given(fixtures):
    given = f"{fixtures}/./sub/../plain.txt"
    article = only(read_paths([given]))
    assert article.source.path == os.path.normpath(given)
    assert article.source.format == "text"


def test_plain_text_paragraphs_and_line_breaks_are_kept(fixtures):
    article = only(read_file(fixtures / "plain.txt"))
    assert isinstance(article, Article)
    assert article.title == "Harbour Workers Vote to End Two-Week Strike"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1] == (
        "The agreement raises wages by four percent and limits night shifts.\n"
        "It was signed late on Monday evening."
    )
    assert article.removed == []
    assert article.published.how == "unknown"


def test_ids_are_stable_and_depend_on_source(fixtures, tmp_path):
    first = only(read_file(fixtures / "plain.txt"))
    again = only(read_file(fixtures / "plain.txt"))
    assert first.id == again.id
    copy = tmp_path / "copy.txt"
    copy.write_text((fixtures / "plain.txt").read_text())
    assert only(read_file(copy)).id != first.id


def test_options_win_over_metadata(fixtures):
    article = only(read_file(fixtures / "page.html", date="2020-01-02", outlet="Wire Desk"))
    assert article.published.model_dump() == {"date": "2020-01-02", "how": "given"}
    assert article.source.outlet == "Wire Desk"


def test_invalid_date_option_raises_value_error(fixtures):
    with pytest.raises(ValueError, match="invalid date"):
        list(read_paths([str(fixtures / "plain.txt")], date="next Tuesday"))


def test_html_detected_by_content_under_a_txt_name(fixtures):
    article = only(read_file(fixtures / "page_saved_as.txt"))
    assert article.source.format == "html"
    assert article.title == "Port Strike Ends After Two Weeks"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t \n", "empty: whitespace only"),
        (bytes(range(256)) * 8, "binary content"),
        (b"\x01\x02\x03\x04text\x05\x06\x07\x0e" * 50, "binary content"),
    ],
)
def test_bad_content_is_rejected_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    rejected = only(read_file(path))
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith(reason)


def test_too_large_file_is_rejected_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a too-large file"))
    rejected = only(read_file(path))
    assert rejected.reason == f"too large: {20 * 1024 * 1024} bytes (limit 20 MB)"


def test_unreadable_file_is_rejected(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(PROSE)

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    rejected = only(read_file(path))
    assert rejected.reason == "unreadable: Permission denied"


def test_directory_given_to_read_file_is_rejected(tmp_path):
    assert only(read_file(tmp_path)).reason.startswith("is a directory")


def test_clutter_only_text_is_rejected(tmp_path):
    path = tmp_path / "menu.txt"
    path.write_text("Home\n\nWorld News\n\nSubscribe now\n\nRead More\n")
    rejected = only(read_file(path))
    assert isinstance(rejected, Rejected)
    assert "no article body" in rejected.reason


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1252", b""), ("utf-16-le", b""), ("utf-16-be", b""), ("utf-8", b"\xef\xbb\xbf")],
)
def test_encodings_are_decoded(tmp_path, encoding, bom):
    text = (
        "Caf\xe9 owners in the old town said on Friday that the new r\xe9sum\xe9 rules would "
        "cost them \u201ca fortune\u201d, and the mayor promised a review of the measure.\n"
    )
    path = tmp_path / "encoded.txt"
    path.write_bytes(bom + text.encode(encoding))
    article = only(read_file(path))
    assert isinstance(article, Article), article
    assert article.text == text.strip()


def test_awkward_text_is_read(tmp_path):
    long_line = ("the council said that the bridge would open soon and " * 2000)[:100_000]
    unbalanced = (
        'The mayor said "the bridge will open in May and that the council would pay for it.\n\n'
        "Residents said they had waited \u201cfor years for the new crossing to be built.\n"
    )
    no_punctuation = (
        "residents of the valley say that the new bridge will change the way they travel to work\n"
    )
    for name, text in [("long", long_line), ("quotes", unbalanced), ("flat", no_punctuation)]:
        path = tmp_path / f"{name}.txt"
        path.write_text(text)
        article = only(read_file(path))
        assert isinstance(article, Article)
        assert article.text == text.strip()


def test_read_paths_mixes_good_and_bad_inputs(fixtures, tmp_path):
    items = list(read_paths([str(fixtures / "plain.txt"), str(tmp_path / "gone.txt")]))
    assert [type(item).__name__ for item in items] == ["Article", "Rejected"]
    json.dumps([item.to_record() for item in items])  # every record serialises


def test_sidecar_metadata_fills_fields_and_is_not_an_input(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Ruritania closed its border with Freedonia on Monday, officials said.\n")
    (tmp_path / "page.txt.meta.json").write_text('{"date": "2020-02-03", "outlet": "Wire"}')
    assert [p.name for p in iter_input_files([str(tmp_path)])] == ["page.txt"]
    (article,) = read_paths([str(tmp_path)])
    assert article.published.date == "2020-02-03" and article.published.how == "metadata"
    assert article.source.outlet == "Wire"
    (given,) = read_paths([str(page)], date="2021-01-01")
    assert given.published.date == "2021-01-01" and given.published.how == "given"


def test_broken_sidecar_is_a_rejection(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Ruritania closed its border with Freedonia on Monday, officials said.\n")
    (tmp_path / "page.txt.meta.json").write_text("[1, 2")
    (rejected,) = read_paths([str(page)])
    assert "sidecar" in rejected.reason


def test_a_directory_mixing_all_formats_is_read_by_content(tmp_path):
    html = page("Ferry terminal to close")
    warc = WarcBuilder().response("https://a.example/w", page("Bridge reopens").encode())
    (tmp_path / "1_crawl.bin").write_bytes(warc.bytes())
    (tmp_path / "2_feed.txt").write_text(RSS)
    (tmp_path / "3_page.dat").write_text(html)
    (tmp_path / "4_rows.txt").write_text(json.dumps({"text": PROSE, "id": "r1"}) + "\n")
    (tmp_path / "5_note").write_text(PROSE)
    (tmp_path / "6_page.gz").write_bytes(gzip.compress(html.encode()))
    formats = [
        (item.source.path.rsplit("/", 1)[-1], item.source.format, type(item).__name__)
        for item in read_paths([str(tmp_path)])
    ]
    assert formats == [
        ("1_crawl.bin", "warc", "Article"),
        ("2_feed.txt", "feed", "Article"),
        ("2_feed.txt", "feed", "Rejected"),  # the summary-only item
        ("3_page.dat", "html", "Article"),
        ("4_rows.txt", "jsonl", "Article"),
        ("5_note", "text", "Article"),
        ("6_page.gz", "html", "Article"),
    ]


def test_truncated_gzip_page_is_rejected(tmp_path):
    data = gzip.compress((PROSE * 50).encode())
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    rejected = only(read_file(path))
    assert isinstance(rejected, Rejected) and rejected.reason.startswith("truncated gzip")
