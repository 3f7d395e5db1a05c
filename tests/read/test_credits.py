"""Bylines, wire credits and datelines."""

import pytest

from storyline.read.credits import author_names, byline, dateline_credit, wire_credit


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", (["Jane Doe"], None)),
        ("By Jane Doe and John Q. Smith", (["Jane Doe", "John Q. Smith"], None)),
        ("by Anna Maria de Souza, AP", (["Anna Maria de Souza"], "The Associated Press")),
        ("Jane Doe, Reuters", (["Jane Doe"], "Reuters")),
        ("Jane Doe and Tom Lee | AFP", (["Jane Doe", "Tom Lee"], "Agence France-Presse")),
        (
            "Reporting by Jane Doe in Paris and Tom Lee; Editing by Ann Bell",
            (["Jane Doe", "Tom Lee"], None),
        ),
        ("By clicking here you agree to our terms", None),
        ("Jane Doe, the mayor", None),
    ],
)
def test_byline(line, expected):
    assert byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Associated Press", "The Associated Press"),
        ("Associated Press Writer", "The Associated Press"),
        ("REUTERS", "Reuters"),
        ("Bloomberg News", "Bloomberg"),
        ("The Associated Press reported on Monday that prices rose.", None),
    ],
)
def test_wire_credit(line, expected):
    assert wire_credit(line) == expected


def test_dateline_credit():
    assert dateline_credit("OTTAWA (AP) — The council said") == "The Associated Press"
    assert dateline_credit("WASHINGTON, Jan 17 (Reuters) - Prices") == "Reuters"
    assert dateline_credit("OTTAWA – The council said") is None


def test_author_names_drop_invented_authors():
    assert author_names("Jane Doe; John Smith") == ["Jane Doe", "John Smith"]
    assert author_names("Our Editors") == []
