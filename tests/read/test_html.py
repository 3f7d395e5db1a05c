"""HTML pages through trafilatura: main text, metadata, no-body pages."""

from storyline.model import Article, Rejected
from storyline.read import html, read_file
from storyline.read.html import count_words, extract_page, looks_like_html


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
    assert rejected.reason.startswith("no article body found")


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


def _page(body: str) -> str:
    return f"<html><head><title>Local news</title></head><body>{body}</body></html>"


_PROSE = "".join(
    f"<p>Paragraph {i} tells how the council voted on the new bridge over the river.</p>"
    for i in range(6)
)


def test_reader_comments_are_not_article_text():
    comments = (
        '<div class="comments" id="comments"><h3>Comments</h3>'
        "<p>Reader one says the bridge is a waste of money and time for everybody.</p></div>"
    )
    page = extract_page(_page(f"<article>{_PROSE}</article>{comments}"))
    assert "Paragraph 5" in page.text
    assert "waste of money" not in page.text


def test_unspaced_script_counts_two_characters_a_word():
    assert count_words("東京都は新しい橋を建設する") == 7
    assert count_words("The council voted 7-2.") == 4


def test_japanese_page_is_not_rejected_for_lack_of_spaces():
    sentence = "市議会は川に架かる新しい橋の建設計画を賛成多数で可決しました。"
    body = "".join(f"<p>{sentence}</p>" for _ in range(3))
    page = extract_page(_page(f"<article>{body}</article>"))
    assert sentence in page.text


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text
        self.title = self.author = self.date = self.sitename = self.url = None


def test_balanced_mode_when_precision_mode_keeps_almost_nothing(monkeypatch):
    article = " ".join(["The council approved the bridge."] * 30)
    texts = {True: "Subscribe to read the full story.", False: article}
    monkeypatch.setattr(
        html, "_extract", lambda _h, _u, favor_precision: _Doc(texts[favor_precision])
    )
    assert extract_page("<html></html>").text == article


def test_precision_mode_kept_when_it_finds_the_article(monkeypatch):
    article = " ".join(["The council approved the bridge."] * 30)
    calls = []

    def fake(_html, _url, favor_precision):
        calls.append(favor_precision)
        return _Doc(article if favor_precision else article + " Related: more stories.")

    monkeypatch.setattr(html, "_extract", fake)
    assert extract_page("<html></html>").text == article
    assert calls == [True]  # one extraction only
