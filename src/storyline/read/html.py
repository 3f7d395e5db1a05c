"""HTML pages: main text and metadata with trafilatura (dates come from its bundled htmldate)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

MIN_BODY_WORDS = 20
_TAG = re.compile(r"<(?:p|div|br|span|a|li|h[1-6]|article|section|meta|script)\b", re.IGNORECASE)
_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


class NoArticleBody(ValueError):
    """The page has no main text worth the name."""


@dataclass
class Page:
    text: str  # main text, one paragraph a line
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """True when the text is markup: an html/head/body root or several common tags up front."""
    head = text[:8192]
    return bool(_ROOT.search(head)) or len(_TAG.findall(head)) >= 5


def extract_page(html: str, url: str | None = None) -> Page:
    """The main text and metadata of a page; raises NoArticleBody when there is no body."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        favor_precision=True,
        include_tables=False,
        with_metadata=True,
    )
    text = (document.text or "") if document is not None else ""
    if len(text.split()) < MIN_BODY_WORDS:
        raise NoArticleBody("no article body found")
    return Page(
        text=text,
        title=_strip_site_name(document.title, document.sitename),
        author=document.author,
        date=document.date,
        sitename=document.sitename,
        url=document.url,
    )


def _strip_site_name(title: str | None, sitename: str | None) -> str | None:
    """'Headline – Site Name' -> 'Headline' when the tail is the site's name."""
    if not title or not sitename:
        return title
    for separator in (" | ", " – ", " — ", " - ", " :: "):
        head, sep, tail = title.rpartition(separator)
        if sep and head and tail.strip().casefold() == sitename.strip().casefold():
            return head.strip()
    return title
