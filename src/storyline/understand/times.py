"""Time expressions normalised against the publication date (TimeML-style values).

CONTRACT (events.py relies on it):

    index = find_times(doc, published)   # published: datetime.date | None
    index.times                          # list[model.TimeRef] in text order
    index.for_token(token)               # TimeRef | None: the expression the token is part of
    index.for_clause(verb_token)         # TimeRef | None: the time expression governing the
                                         #   clause headed by verb_token (a day/week/month value)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from storyline.model import TimeRef


@dataclass
class TimeIndex:
    doc: Doc
    times: list[TimeRef] = field(default_factory=list)
    _by_token: dict[int, int] = field(default_factory=dict)

    def for_token(self, token: Token) -> TimeRef | None:
        pos = self._by_token.get(token.i)
        return self.times[pos] if pos is not None else None

    def for_clause(self, verb: Token) -> TimeRef | None:
        return None


def find_times(doc: Doc, published: dt.date | None) -> TimeIndex:
    return TimeIndex(doc)
