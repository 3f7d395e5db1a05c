import time

from storyline.understand.quote_marks import find_quoted, paragraphs


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_curly_and_straight_double_quotes():
    text = 'She said “we are ready” and he said "so are we" today.'
    assert contents(text) == ["we are ready", "so are we"]


def test_apostrophes_are_not_quote_marks():
    text = "Norway’s minister didn't agree. The ‘plan’ isn’t ready, the farmers' union said."
    assert contents(text) == ["plan"]


def test_single_quotes_pair_and_trailing_comma_is_dropped():
    text = "‘We can’t wait,’ said the mayor. 'It's late,' she added."
    assert contents(text) == ["We can’t wait", "It's late"]


def test_nested_quote_belongs_to_the_outer_one():
    text = "“They called it ‘a farce’ on Monday,” she said."
    assert contents(text) == ["They called it ‘a farce’ on Monday"]


def test_unclosed_mark_closes_at_paragraph_end():
    text = "He said: “The vote is over.\n\nThe count starts at noon. Results come tomorrow."
    quoted = find_quoted(text)
    assert [text[q.start:q.end] for q in quoted] == ["The vote is over."]
    assert not quoted[0].closed


def test_second_opening_mark_ends_an_unclosed_quote():
    text = "He said “we will win. Then she said “no way” loudly."
    assert contents(text) == ["we will win. Then she said", "no way"]


def test_odd_number_of_straight_marks_does_not_swallow_next_paragraph():
    text = 'The "red line was crossed, she said.\n\nOfficials met on "Friday" again.'
    assert contents(text) == ["red line was crossed, she said.", "Friday"]


def test_stray_single_mark_is_read_as_an_apostrophe():
    text = "In the '90s the firm grew, he said, calling it “a golden age.”"
    assert contents(text) == ["a golden age."]


def test_quote_running_over_paragraphs_is_one_group():
    text = "“First we fix the roads.\n\n“Then the schools,” she said.\n\n“Next,” he said."
    quoted = find_quoted(text)
    assert [text[q.start:q.end] for q in quoted] == [
        "First we fix the roads.", "Then the schools", "Next"]
    assert [q.group for q in quoted] == [0, 0, 2]


def test_paragraphs_are_lines_when_there_are_no_blank_lines():
    text = "One line.\nAnother line.\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One line.", "Another line."]


def test_long_text_is_scanned_in_linear_time():
    unit = 'He said “yes” and "no" while Canada\'s ‘odd mark and " stray '
    text = unit * (1_000_000 // len(unit))
    started = time.perf_counter()
    quoted = find_quoted(text)
    assert time.perf_counter() - started < 5
    assert quoted and all(q.end - q.start < 100 for q in quoted[:-1])


def test_straight_mark_followed_by_a_space_still_opens_a_quote():
    text = 'He said. " You have all done well." Then he left.'
    assert contents(text) == ["You have all done well."]


def test_lone_spaced_straight_mark_opens_nothing():
    text = 'The pipe is 12 " wide and the wall is thick.'
    assert contents(text) == []


def test_two_single_marks_close_a_double_quotation():
    text = "“It was a trick,’’ Ann Lee told the radio. “It misled voters.”"
    assert contents(text) == ["It was a trick", "It misled voters."]
