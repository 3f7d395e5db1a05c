"""Events: PLOVER-coded who-did-what-to-whom, each with its evidence sentence.

CONTRACT:  code_events(doc, actors: ActorIndex, times: TimeIndex, quotes) -> list[model.Event]
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.model import Event, Quote
from storyline.understand.actors import ActorIndex
from storyline.understand.times import TimeIndex


def code_events(doc: Doc, actors: ActorIndex, times: TimeIndex, quotes: list[Quote]
                ) -> list[Event]:
    return []
