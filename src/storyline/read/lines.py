"""Lines of a text dump and the lexical features the clutter classifier reads from them.

A *line* is a non-empty input line; a *block* is a run of lines with no blank line between
them (a paragraph, or a headline glued to its blurb). Every feature is computed in one pass
over the line, so a 100,000-character line costs no more than 100,000 characters of prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS

# Scripts written without spaces between words (kana, CJK ideographs): two characters count
# as one word, roughly the average length of a Japanese or Chinese word.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD = re.compile(rf"[{UNSPACED}]{{1,2}}|(?:(?![{UNSPACED}])[^\W_])(?:(?![{UNSPACED}])[\w'’.\-])*")
TERMINAL = re.compile(r"""[.!?…。！？]["'”’»)\]」』]*$|["”»」』]$""")
# Short words that title case leaves in lower case.
MINOR_WORDS = frozenset(
    "a an and as at but by for from in into nor of on onto or over per the to up via vs with "
    "without out off than".split()
)


@dataclass
class Line:
    """One non-empty input line and its features."""

    index: int  # position among the non-empty lines
    block: int  # which blank-line-separated block it belongs to
    text: str
    words: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.text.strip()
        self.words = WORD.findall(self.text)

    @property
    def n_words(self) -> int:
        return len(self.words)

    @cached_property
    def terminal(self) -> bool:
        """Ends as a sentence does (period, question mark, closing quote...)."""
        return bool(TERMINAL.search(self.text[-8:]))

    @cached_property
    def title_ratio(self) -> float:
        """Share of the non-minor words that start with a capital letter or a digit."""
        major = [w for w in self.words if w.lower() not in MINOR_WORDS]
        if not major:
            return 0.0
        return sum(1 for w in major if w[0].isupper() or w[0].isdigit()) / len(major)

    @cached_property
    def stop_ratio(self) -> float:
        if not self.words:
            return 0.0
        return sum(1 for w in self.words if w.lower() in STOP_WORDS) / len(self.words)

    @cached_property
    def skeleton(self) -> str:
        """The line's punctuation with every number as 0: "June 9 – Tampa, FL" -> "0–,"."""
        marks = []
        for char in self.text:
            if char.isdigit():
                char = "0"
            elif char.isalpha() or char.isspace():
                continue
            if not marks or marks[-1] != char:
                marks.append(char)
        return "".join(marks)

    @cached_property
    def is_prose(self) -> bool:
        """Reads as running text: a paragraph rather than a label, menu item or headline."""
        n = self.n_words
        if n >= 25:
            return True
        if n < 6:
            return False
        if self.terminal:
            return self.title_ratio < 0.8 or n >= 12
        return n >= 10 and self.stop_ratio >= 0.3 and self.title_ratio < 0.5

    @cached_property
    def is_headline(self) -> bool:
        """Reads as a headline: 3-20 words, no sentence ending, starts with a capital."""
        n = self.n_words
        if not 3 <= n <= 20 or len(self.text) > 160:
            return False
        if self.text.endswith((":", ";", ",")):
            return False
        if self.terminal and not self.text.rstrip("\"'”’»").endswith("?"):
            return False
        return self.text[0].isupper() or self.text[0] in "\"'‘“"


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their block numbers."""
    lines: list[Line] = []
    block = 0
    previous_blank = False
    for raw in text.splitlines():
        if not raw.strip():
            previous_blank = True
            continue
        if previous_blank and lines:
            block += 1
        previous_blank = False
        lines.append(Line(index=len(lines), block=block, text=raw))
    return lines
