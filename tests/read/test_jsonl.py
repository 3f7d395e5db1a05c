"""JSON Lines input: one Article per row, a Rejected per bad row, reading goes on."""

import json

from storyline.model import Article, Rejected
from storyline.read import read_file


def test_rows_become_articles_or_rejections_in_order(fixtures):
    items = list(read_file(fixtures / "rows.jsonl"))
    assert [(type(i).__name__, i.source.line, i.source.key) for i in items] == [
        ("Article", 1, "r1"),
        ("Rejected", 2, None),
        ("Article", 3, "r2"),
        ("Rejected", 4, "7"),
        ("Article", 6, "r5"),
    ]
    assert all(item.source.format == "jsonl" for item in items)
    assert items[1].reason.startswith("invalid JSON")
    assert items[3].reason == "row has neither text nor html"


def test_row_metadata_fills_the_article(fixtures):
    article = next(iter(read_file(fixtures / "rows.jsonl")))
    assert isinstance(article, Article)
    assert article.title == "Strike over"
    assert article.source.url == "https://example.org/strike"
    assert article.source.outlet == "Harbour Times"
    assert article.published.model_dump() == {"date": "2021-03-04", "how": "metadata"}
    assert article.text.startswith("Dock workers in the harbour town")


def test_html_row_is_extracted(fixtures):
    article = list(read_file(fixtures / "rows.jsonl"))[2]
    assert article.source.outlet == "The Harbour Gazette"
    assert article.byline == ["Jane Doe"]
    assert "<p>" not in article.text


def test_jsonl_detected_by_content(tmp_path):
    path = tmp_path / "export.txt"
    rows = [
        {"id": "a", "text": "A ferry ran aground near the island on Sunday, the coast guard said."}
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (article,) = read_file(path)
    assert article.source.format == "jsonl"
    assert article.source.line == 1 and article.source.key == "a"


def test_non_object_row_and_empty_file(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n"text"\n')
    items = list(read_file(path))
    assert all(isinstance(i, Rejected) and "not a JSON object" in i.reason for i in items)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    (rejected,) = read_file(empty)
    assert rejected.reason == "empty: no rows"
