"""The article's region: the run of lines richest in prose."""

from storyline.read.lines import split_lines
from storyline.read.region import best_run, line_score


def test_best_run_spans_a_small_gap_between_paragraphs():
    assert best_run([-4, -4, 30, -4, -4, 25, -4, -4, -4]) == (2, 6)


def test_best_run_of_nothing_positive_is_empty():
    assert best_run([-4, -3, -4]) == (0, 0)


def test_line_scores():
    menu, sentence, paragraph = split_lines(
        "Sports\n\nThe strike is over.\n\n"
        "Dock workers in the harbour voted on Tuesday to end their two-week strike."
    )
    assert line_score(menu, claimed=False, is_text=False) < 0
    assert 0 < line_score(sentence, claimed=False, is_text=False) < paragraph.n_words
    assert line_score(paragraph, claimed=False, is_text=True) == paragraph.n_words
    assert line_score(paragraph, claimed=True, is_text=True) < 0
