"""Quotes: direct, indirect and mixed, with the speaker resolved to an actor.

CONTRACT:  find_quotes(doc, actors: ActorIndex) -> list[model.Quote]
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.model import Quote
from storyline.understand.actors import ActorIndex


def find_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    return []
