"""End to end on the two seed documents in data/sample/."""

from collections import Counter
from pathlib import Path

import pytest

from storyline.model import Article
from storyline.read import read_file
from storyline.read.lines import split_lines

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


def read_seed(prefix: str) -> tuple[Article, list[str]]:
    (path,) = SAMPLE.glob(f"{prefix}_*.txt")
    (article,) = read_file(path)
    assert isinstance(article, Article)
    return article, [line.text for line in split_lines(path.read_text())]


@pytest.fixture(scope="module")
def wire():
    return read_seed("000")


@pytest.fixture(scope="module")
def patchwork():
    return read_seed("003")


def test_wire_story_metadata(wire):
    article, lines = wire
    assert article.title == lines[2]
    assert article.byline == ["Rob Gillies"]
    assert article.credit == "The Associated Press"
    assert article.source.outlet == lines[3].removeprefix("Avatar of ")


def test_wire_story_body_is_exactly_the_story(wire):
    article, lines = wire
    byline_at = next(i for i, line in enumerate(lines) if line.startswith("By "))
    story = lines[4:byline_at]  # every paragraph between the avatar line and the byline
    assert article.text == "\n\n".join(story)
    removed = [r.text for r in article.removed]
    assert removed == lines[:2] + [lines[3]] + lines[byline_at + 2 :]


def test_wire_story_removed_reasons(wire):
    article, _ = wire
    reasons = Counter(r.reason for r in article.removed)
    assert reasons["navigation"] >= 3
    assert reasons["advert"] >= 3
    assert reasons["boilerplate"] >= 2


def test_patchwork_clutter_removed_and_story_kept(patchwork):
    article, lines = patchwork
    removed = {r.text: r.reason for r in article.removed}
    caption = next(line for line in lines if line.endswith("REUTERS"))
    assert removed[caption] == "caption"
    after_caption = lines[lines.index(caption) + 1]
    assert removed[after_caption] == "teaser"
    tail = lines[-6:]  # three unrelated headline + blurb pairs
    assert all(removed.get(line) == "teaser" for line in tail)
    assert len(removed) == 8
    kept = [line for line in lines if line not in removed and line != article.title]
    assert article.text == "\n\n".join(kept)
    assert article.title != lines[1]  # never the quote paragraph


def test_every_seed_line_is_accounted_for(wire, patchwork):
    for article, lines in (wire, patchwork):
        metadata = [article.title] + [line for line in lines if line.startswith("By ")]
        if article.credit:
            metadata.append(lines[lines.index(metadata[-1]) + 1])
        body = [line for line in article.text.splitlines() if line]
        assert Counter(body + metadata + [r.text for r in article.removed]) == Counter(lines)
