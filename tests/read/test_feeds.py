"""RSS 2.0 and Atom feeds: full-content items are articles, summary-only items are recorded."""

from storyline.model import Article, Rejected
from storyline.read import read_file
from storyline.read.feeds import looks_like_feed

PARAGRAPHS = (
    "<p>The regional council voted on Tuesday to close the old ferry terminal after twenty "
    "years of losses, the mayor told reporters outside the town hall.</p>"
    "<p>Workers will move to the new harbour, which opens in the spring, and no jobs will be "
    "lost, she added. Ferry users said they were disappointed.</p>"
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Post</title><link>https://harbourpost.example/</link>
<item><title>Ferry terminal to close</title><link>https://harbourpost.example/ferry</link>
<guid>ferry-1</guid><pubDate>Tue, 03 Mar 2020 10:00:00 GMT</pubDate>
<description>The council votes to close the terminal.</description>
<content:encoded><![CDATA[{PARAGRAPHS}]]></content:encoded></item>
<item><title>Teaser only</title><link>https://harbourpost.example/teaser</link>
<description>A short summary of a story.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title>Bridge reopens</title><link href="https://valley.example/bridge"/>
<id>tag:valley.example,2021:bridge</id><updated>2021-06-07T08:00:00Z</updated>
<author><name>Jane Doe</name></author>
<content type="html">{PARAGRAPHS.replace("<", "&lt;").replace(">", "&gt;")}</content></entry>
<entry><title>Summary only</title><link href="https://valley.example/short"/>
<id>tag:valley.example,2021:short</id><summary>Just a teaser.</summary></entry>
</feed>"""


def test_rss_item_with_content_encoded_is_an_article(tmp_path):
    path = tmp_path / "news.xml"
    path.write_text(RSS)
    items = list(read_file(path))
    article, teaser = items
    assert isinstance(article, Article)
    assert article.title == "Ferry terminal to close"
    assert article.source.format == "feed"
    assert article.source.url == "https://harbourpost.example/ferry"
    assert article.source.key == "ferry-1" and article.source.line == 1
    assert article.source.outlet == "Harbour Post"
    assert article.published.date == "2020-03-03" and article.published.how == "metadata"
    assert article.text.split("\n\n")[1].startswith("Workers will move")
    assert isinstance(teaser, Rejected)
    assert teaser.reason == "feed item has only a summary: https://harbourpost.example/teaser"
    assert teaser.source.line == 2


def test_atom_entry_with_content_is_an_article(tmp_path):
    path = tmp_path / "atom"  # no extension: detected by content
    path.write_text(ATOM)
    article, teaser = list(read_file(path))
    assert isinstance(article, Article)
    assert article.title == "Bridge reopens"
    assert article.byline == ["Jane Doe"]
    assert article.published.date == "2021-06-07"
    assert article.source.url == "https://valley.example/bridge"
    assert "ferry terminal" in article.text
    assert isinstance(teaser, Rejected) and "only a summary" in teaser.reason


def test_given_date_wins_over_item_date(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS)
    article = next(read_file(path, date="2020-01-01"))
    assert article.published.how == "given" and article.published.date == "2020-01-01"


def test_feed_that_is_not_xml_is_rejected(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><<<< not xml &&& {')
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], Rejected)
    assert items[0].reason.startswith(("feed is not well-formed XML", "empty feed"))


def test_feed_detection():
    assert looks_like_feed(RSS) and looks_like_feed(ATOM)
    assert looks_like_feed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')
    assert not looks_like_feed("<html><body><p>rss feed</p></body></html>")
    assert not looks_like_feed('<feed xmlns="urn:other">')
