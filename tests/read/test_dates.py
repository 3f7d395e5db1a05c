"""Dates from metadata values and date lines."""

import pytest

from storyline.read.dates import date_line, iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-17", "2019-01-17"),
        ("2019-01-17T22:10:00Z", "2019-01-17"),
        ("Jan. 17, 2019", "2019-01-17"),
        ("17 January 2019", "2019-01-17"),
        ("Thursday, January 17th, 2019", "2019-01-17"),
        ("February 30, 2019", None),
        ("", None),
        ("soon", None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_date_line_only_for_date_stamps():
    assert date_line("Published: March 3, 2021 10:42 AM") == "2021-03-03"
    assert date_line("Updated 2021-03-03") == "2021-03-03"
    assert date_line("The bridge opened on March 3, 2021 after a long wait.") is None
