"""Clutter removal in flattened pages, on an invented page with every kind of furniture."""

from collections import Counter
from pathlib import Path

import pytest

from storyline.read.clutter import classify_lines, clean_dump
from storyline.read.lines import split_lines

FIXTURES = Path(__file__).parent / "fixtures"

STORY = [
    "MILLBROOK (AP) — The Millbrook river council voted on Tuesday to build a new bridge",
    "Council members approved the bridge by seven votes to two",
    '"This bridge will connect families and businesses on both banks,"',
    "Opponents of the bridge said the cost of the crossing",
    "Lindqvist said construction of the bridge would begin",
    "The council will ask the regional government to share the cost",
]


@pytest.fixture(scope="module")
def page():
    return clean_dump((FIXTURES / "flattened_page.txt").read_text())


def test_story_paragraphs_all_kept_in_order(page):
    paragraphs = page.text.split("\n\n")
    assert len(paragraphs) == len(STORY)
    for paragraph, start in zip(paragraphs, STORY, strict=True):
        assert paragraph.startswith(start)


def test_metadata(page):
    assert page.title == "River Council Approves New Bridge Over the Stoney Creek"
    assert page.byline == ["Tom Hallett", "Ana Ruiz"]
    assert page.credit == "The Associated Press"
    assert page.date == "2021-03-03"
    assert page.outlet == "Valley Ledger News"


def test_removed_lines_and_reasons(page):
    reasons = {r.text: r.reason for r in page.removed}
    assert reasons["Skip to content"] == "navigation"
    assert reasons["Subscribe to our newsletter"] == "advert"
    assert reasons["Festival Organisers Cancel Summer Concerts After Storm Damage"] == "teaser"
    assert reasons["Local Bakery Wins National Pastry Award"] == "teaser"
    assert reasons["Goalkeeper signs three-year contract extension"] == "teaser"
    assert reasons["Advertise with us"] == "advert"
    assert reasons["Related Posts"] == "navigation"
    assert reasons["Ten ways to save on heating"] == "teaser"
    by_start = {" ".join(r.text.split()[:2]): r.reason for r in page.removed}
    assert by_start["The mayor"] == "caption"
    assert by_start["The family-run"] == "teaser"  # the blurb goes with its headline
    assert by_start["The club"] == "teaser"
    assert by_start["The Valley"] == "boilerplate"  # the publisher's blurb about itself
    assert by_start["© 2021"] == "boilerplate"


def test_every_line_is_accounted_for(page):
    lines = [ln.text for ln in split_lines((FIXTURES / "flattened_page.txt").read_text())]
    body = [ln for ln in page.text.splitlines() if ln]
    metadata = [page.title, "By Tom Hallett and Ana Ruiz", "Associated Press", "March 3, 2021"]
    accounted = Counter(body + metadata + [r.text for r in page.removed])
    assert accounted == Counter(lines)


def test_on_topic_headline_with_paragraph_is_kept():
    text = "\n\n".join(
        [
            "The river council met on Tuesday to discuss the new bridge over the creek.",
            "Members argued for hours about the cost of the bridge and its design.",
            "Costs Keep Rising\nThe cost of the bridge has doubled since the council first "
            "discussed the crossing, members of the council said.",
            "The council will vote on the bridge again next month, the chair said.",
        ]
    )
    clean = clean_dump(text)
    assert clean.removed == []
    assert "Costs Keep Rising\nThe cost of the bridge" in clean.text


def test_off_topic_standalone_headline_is_a_teaser_and_on_topic_subhead_stays():
    paragraphs = [
        "The river council met on Tuesday to discuss the new bridge over the creek.",
        "Members argued for hours about the cost of the bridge and its design.",
        "Why the Council Changed Its Mind About the Bridge",
        "The cost of the bridge has doubled since the council first discussed the crossing.",
        "Pop Star Announces Surprise Wedding on Tropical Island",
        "The council will vote on the bridge again next month, the chair said.",
    ]
    clean = clean_dump("\n\n".join(paragraphs))
    assert [(r.text, r.reason) for r in clean.removed] == [(paragraphs[4], "teaser")]
    assert paragraphs[2] in clean.text


def test_quote_only_and_short_paragraphs_stay():
    text = "\n\n".join(
        [
            "Harbour Strike Ends After Two Weeks",
            "Dock workers in the harbour voted on Tuesday to end their strike, union leaders said.",
            '"We are going back to work tomorrow morning."',
            "The strike lasted two weeks.",
            "\u201cIt was hard for every family in the harbour, but we won.\u201d",
        ]
    )
    clean = clean_dump(text)
    assert clean.title == "Harbour Strike Ends After Two Weeks"
    assert len(clean.text.split("\n\n")) == 4
    assert clean.removed == []


@pytest.mark.parametrize(
    "line",
    [
        "A protester holds a sign outside parliament in Ottawa, May 2, 2019. REUTERS/Jane Doe",
        "Workers repair the bridge on Monday. (AP Photo/John Smith)",
        "Photo: The old bridge before the flood",
        "The mayor speaks to reporters in the town hall in Millbrook on Monday. AFP",
        "Residents look at the damage after the flood. Getty Images",
    ],
)
def test_captions(line):
    text = (
        "The river council voted on Tuesday to build a new bridge over the creek, members said.\n\n"
        f"{line}\n\n"
        "The bridge will open in two years, according to the council's plans for the crossing."
    )
    clean = clean_dump(text)
    assert [(r.text, r.reason) for r in clean.removed] == [(line, "caption")]


def test_reuters_in_a_sentence_is_not_a_caption():
    text = (
        "The council voted on Tuesday to build a new bridge, members told REUTERS.\n\n"
        "The bridge will open in two years, according to the council's plans for the crossing."
    )
    assert clean_dump(text).removed == []


def test_long_single_line_is_linear():
    import time

    text = "the council said that the bridge would open soon and " * 20_000
    start = time.perf_counter()
    clean = clean_dump(text)
    assert clean.text == text.strip()
    assert time.perf_counter() - start < 2.0


MENU = "\n\n".join(["Home", "News", "Sports", "Weather", "Opinion", "Contact", "Login"])
ARTICLE = [
    "The river council voted on Tuesday to build a new bridge over the creek, members said.",
    "Council members approved the bridge by seven votes to two after a long evening session.",
    "The bridge will open in two years, according to the council's plans for the crossing.",
]


def test_menus_around_the_story_are_removed_and_the_story_kept():
    text = "\n\n".join([MENU, *ARTICLE, MENU])
    labels = classify_lines(text)
    assert labels.count("body") == len(ARTICLE)
    assert clean_dump(text).text == "\n\n".join(ARTICLE)


def test_closing_table_after_the_story_is_kept():
    table = [f"May {day} – Town{day}, ST @ Hall {day}" for day in range(1, 7)]
    text = "\n\n".join([*ARTICLE, *table, MENU])
    body = clean_dump(text).text.split("\n\n")
    assert body == ARTICLE + table


def test_early_photo_credit_does_not_close_the_story():
    more = [
        "Opponents of the bridge said the cost of the crossing would strain the budget.",
        "The council will ask the regional government to share the cost of the bridge.",
        "Construction of the bridge would begin in the spring and last about two years.",
    ]
    text = "\n\n".join([ARTICLE[0], "Jane Doe, AP", *ARTICLE[1:], *more])
    assert clean_dump(text).text == "\n\n".join(ARTICLE + more)


def test_unspaced_script_counts_words():
    (line,) = split_lines("橋の建設は来年の春に始まり、およそ二年かかると市議会は発表した。")
    assert line.n_words >= 12
    assert line.terminal and line.is_prose
