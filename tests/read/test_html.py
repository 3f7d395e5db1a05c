"""HTML pages through trafilatura: main text, metadata, no-body pages."""

from storyline.model import Article, Rejected
from storyline.read import read_file
from storyline.read.html import looks_like_html


def test_page_main_text_and_metadata(fixtures):
    (article,) = read_file(fixtures / "page.html")
    assert isinstance(article, Article)
    assert article.source.format == "html"
    assert article.title == "Port Strike Ends After Two Weeks"  # site name stripped
    assert article.byline == ["Jane Doe"]
    assert article.source.outlet == "The Harbour Gazette"
    assert article.published.model_dump() == {"date": "2021-03-04", "how": "metadata"}
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Dock workers")
    for clutter in ("Home", "Great article", "Copyright", "Port Strike Ends"):
        assert clutter not in article.text


def test_page_without_article_is_rejected(fixtures):
    (rejected,) = read_file(fixtures / "no_article.html")
    assert isinstance(rejected, Rejected)
    assert rejected.reason == "no article body found"


def test_page_without_date_has_unknown_date(tmp_path):
    body = "".join(
        f"<p>Paragraph {i} tells how the council voted on the bridge in the small river town.</p>"
        for i in range(5)
    )
    path = tmp_path / "page.htm"
    path.write_text(f"<html><body><article>{body}</article></body></html>")
    (article,) = read_file(path)
    assert article.published.how == "unknown"


def test_html_sniffing():
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert not looks_like_html("Prices rose 3% <and> fell; a < b but c > d.")
