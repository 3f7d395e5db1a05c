"""Cleaning an extractor's main text: line cues only, lists and short body lines stay."""

from storyline.read.html_clean import clean_extracted

TEXT = "\n\n".join(
    [
        "Harbour Town Band Announces Summer Tour",
        "By Jane Doe",
        "The Harbour Town Band said on Monday it would play twelve cities this summer.",
        "The tour opens in June and closes in late August, the band's manager said.",
        "Tour dates:",
        "June 9 – Riverside, OR",
        "June 12 – Lakeview, WA",
        "© 2031 Harbour Gazette. All rights reserved.",
    ]
)


def test_title_and_byline_go_to_metadata():
    clean = clean_extracted(TEXT)
    assert clean.title == "Harbour Town Band Announces Summer Tour"
    assert clean.byline == ["Jane Doe"]
    assert not clean.text.startswith("Harbour Town Band Announces")
    assert "By Jane Doe" not in clean.text


def test_list_lines_after_the_last_paragraph_stay():
    clean = clean_extracted(TEXT)
    assert "June 9 – Riverside, OR" in clean.text
    assert "June 12 – Lakeview, WA" in clean.text


def test_legal_notice_is_removed_with_a_reason():
    clean = clean_extracted(TEXT)
    assert "All rights reserved" not in clean.text
    assert [r.reason for r in clean.removed] == ["boilerplate"]


def test_a_lone_line_is_body_not_title():
    clean = clean_extracted("Council Approves Bridge Plan Today")
    assert clean.title is None
    assert clean.text == "Council Approves Bridge Plan Today"
