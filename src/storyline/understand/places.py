"""Places: names used as locations ("in Vancouver", "OTTAWA –"), with country and coordinates.

A place name used as an actor ("Beijing said") is a government, not a place (see actors.py);
a country or city after a comma qualifies the place before it ("Davos, Switzerland").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from storyline.model import Place
from storyline.understand.lexicon import load_lexicon, normalise

if TYPE_CHECKING:
    from storyline.understand.actors import ActorIndex

PLACE_LABELS = {"GPE", "LOC", "FAC"}
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'\- ]{2,40}?)(?:,[ \t]*[A-Za-z.' ]{2,30})?"
                      r"[ \t]*(?:\(([^)]{1,40})\)[ \t]*)?[\u2013\u2014-]{1,2}[ \t]")
DATELINE_REACH = 2000


def datelines(doc: Doc) -> list[tuple[int, int, int, str | None]]:
    """(start, name end, end, country) of each dateline: an upper-case place name opening the
    text or a paragraph, before a dash ("OTTAWA \u2013", "BEIJING (Reuters) -"). The whole
    dateline, agency credit included, is a location stamp: no word of it is an actor."""
    found = []
    for match in DATELINE.finditer(doc.text):
        name = match.group(1).strip()
        country = load_lexicon().country_of_name(name)
        if country is None and not match.group(2):
            continue  # "NATO - the alliance said": an upper-case actor, not a place stamp
        start = match.start(1)
        found.append((start, start + len(name), match.end(), country))
    return found


def dateline(doc: Doc) -> tuple[int, int, str] | None:
    """The (start, end, country) of the dateline city near the top of the text, if any."""
    for start, name_end, _, country in datelines(doc):
        if start >= DATELINE_REACH:
            break
        if country is not None:
            return start, name_end, country
    return None


def dateline_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of every dateline in the text."""
    tokens: set[int] = set()
    for start, _, end, _ in datelines(doc):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def dateline_country(doc: Doc) -> str | None:
    found = dateline(doc)
    return found[2] if found else None


def find_places(doc: Doc, actors: ActorIndex) -> list[Place]:
    from storyline.understand.actors import location_use

    places: list[Place] = []
    for start, end, _, country in datelines(doc):
        if country is not None:
            places.append(make_place(doc.text[start:end], (start, end), None))
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or is_qualifier(ent):
            continue
        actor = actors.for_token(ent.root)
        if actor is not None and actor.kind == "person":
            continue
        if not location_use(ent.root):
            continue
        text = ent.text.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        end = ent.end_char - (len(ent.text) - len(ent.text.rstrip()))
        places.append(make_place(text, (end - len(text), end), qualifier_country(ent)))
    return places


def make_place(text: str, span: tuple[int, int], qualifier: str | None) -> Place:
    lex = load_lexicon()
    known = lex.places.get(normalise(text))
    if known is not None and (qualifier is None or qualifier == known.country):
        return Place(text=text, span=span, country=known.country, lat=known.lat, lon=known.lon)
    return Place(text=text, span=span, country=qualifier or lex.country_of_name(text))


def is_qualifier(ent: Span) -> bool:
    """'Switzerland' in 'Davos, Switzerland'."""
    root = ent.root
    return root.dep_ in ("appos", "npadvmod") and root.head.ent_type_ in PLACE_LABELS and (
        root.head.i < ent.start)


def qualifier_country(ent: Span) -> str | None:
    for child in ent.root.children:
        if child.dep_ in ("appos", "npadvmod") and child.ent_type_ in PLACE_LABELS:
            doc = ent.doc
            qualifier = next((e for e in doc.ents if e.start <= child.i < e.end), None)
            if qualifier is not None:
                return load_lexicon().country_of_name(qualifier.text)
    return None
