"""Pages without an article (index pages, login walls, cookie walls) are rejected with a reason."""

import pytest

from storyline.model import Article, Rejected
from storyline.read.page_kind import running_words, why_not_an_article
from storyline.read.sources import read_file

INDEX = (
    "<html><head><title>World - The Daily Planet</title></head><body><main><ul>"
    + "".join(f"<li><a href='/a{i}'>Minister resigns after scandal number {i} rocks capital</a>"
              "<span>2 hours ago</span></li>" for i in range(25))
    + "</ul></main><footer>Copyright 2024 The Daily Planet. All rights reserved.</footer>"
    "</body></html>"
)
LOGIN = (
    "<html><head><title>Subscribers only</title></head><body><div class='paywall'>"
    "<h1>Government announces new budget</h1><p>This article is for subscribers only.</p>"
    "<p>Log in or subscribe to continue reading.</p><form><input name='email'>"
    "<button>Log in</button></form></div></body></html>"
)
COOKIE = (
    "<html><head><title>Before you continue</title></head><body><div id='consent'>"
    "<h2>We value your privacy</h2><p>We and our 842 partners use cookies and similar "
    "technologies to store and access information on your device and to personalise ads.</p>"
    "<button>Accept all</button><button>Reject all</button>"
    "<a href='/prefs'>Manage preferences</a></div></body></html>"
)


@pytest.mark.parametrize(("html", "kind"), [
    (INDEX, "index page"), (LOGIN, "login wall"), (COOKIE, "cookie wall"),
])
def test_pages_without_an_article_are_rejected_with_their_kind(tmp_path, html, kind):
    page = tmp_path / "page.html"
    page.write_text(html)
    (item,) = read_file(page)
    assert isinstance(item, Rejected)
    assert kind in item.reason


def test_wrapped_and_tabled_sentences_count_as_running_text():
    wrapped = ("The minister said on Monday that the new budget\nwould raise spending on "
               "schools and hospitals\nby a tenth next year. " * 3)
    tabled = "| | The council voted on Tuesday to close the old bridge for repairs. | |\n" * 4
    assert running_words(wrapped) >= 30
    assert running_words(tabled) >= 30
    assert why_not_an_article(wrapped, "<html></html>") is None


def test_headline_runs_without_full_stops_are_not_running_text():
    headlines = "\n".join(f"Minister resigns after scandal number {i} rocks capital"
                          for i in range(30))
    assert running_words(headlines + "\nAll rights reserved.") == 0


def test_an_article_page_with_a_cookie_banner_is_still_an_article(tmp_path):
    body = "".join(f"<p>Paragraph {i}: the council met on Tuesday and agreed to repair the old "
                   "bridge before the winter floods, officials said.</p>" for i in range(6))
    html = (f"<html><head><title>Bridge to close</title></head><body><article>{body}</article>"
            "<div id='consent'>We use cookies. Accept all. Manage preferences.</div>"
            "</body></html>")
    page = tmp_path / "page.html"
    page.write_text(html)
    (item,) = read_file(page)
    assert isinstance(item, Article)
