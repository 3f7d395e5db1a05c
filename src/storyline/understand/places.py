"""Places: names used as locations ("in Vancouver", "OTTAWA –"), with country and coordinates.

A place name used as an actor ("Beijing said") is a government, not a place (see actors.py);
a country or region after a comma qualifies the place before it ("Davos, Switzerland",
"Paris, Texas") and is no place of its own.

A name resolves through the actor dictionary first (countries, capitals, major cities: the
long-standing answers), then through the GeoNames gazetteer (gazetteer.py), which only
sees spaCy GPE/LOC entities and datelines: 'Mobile' or 'Reading' in running text is a word
until the tagger calls it a place. Among places of one name the gazetteer takes one in the
qualifier's country, else one in a country the sentence (or the dateline) names unless a
namesake elsewhere is far larger, else the most populous.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from storyline.model import Place
from storyline.understand.gazetteer import load_gazetteer
from storyline.understand.lexicon import load_lexicon, normalise
from storyline.understand.nlp import doc_ents, doc_text, entity_at, per_doc

if TYPE_CHECKING:
    from storyline.understand.actors import ActorIndex

PLACE_LABELS = {"GPE", "LOC", "FAC"}
GAZETTEER_LABELS = {"GPE", "LOC"}  # FAC names ('Union Station') are no towns
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'\- ]{2,40}?)(?:,[ \t]*([A-Za-z.' ]{2,30}))?"
                      r"[ \t]*(?:\(([^)]{1,40})\)[ \t]*)?[\u2013\u2014-]{1,2}[ \t]")
DATELINE_REACH = 2000
# An upper-case word before a dash that only the gazetteer knows, with neither an agency
# credit nor a qualifier, is a dateline only if it names a town at least this large.
DATELINE_MIN_POPULATION = 100_000
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                  "within", "from", "off", "along"}
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "csubj", "acl", "parataxis"}


@dataclass(frozen=True)
class Stamp:
    start: int
    name_end: int
    end: int
    country: str | None
    qualifiers: list[str]  # the countries the words after a comma may mean ("Ala." -> USA)


def datelines(doc: Doc) -> list[tuple[int, int, int, str | None]]:
    """(start, name end, end, country) of each dateline: an upper-case place name opening the
    text or a paragraph, before a dash ("OTTAWA \u2013", "BEIJING (Reuters) -",
    "MOBILE, Ala. -"). The whole dateline, agency credit included, is a location stamp: no
    word of it is an actor."""
    return [(s.start, s.name_end, s.end, s.country) for s in stamps(doc)]


def stamps(doc: Doc) -> list[Stamp]:
    """The datelines of doc, found once per doc and dictionary (user actors may name places)."""
    lex, memo = load_lexicon(), _stamp_memo(doc)
    if memo.get("lexicon") is not lex:
        memo.update(lexicon=lex, stamps=_find_stamps(doc))
    return memo["stamps"]


@per_doc
def _stamp_memo(doc: Doc) -> dict:
    return {}


def _find_stamps(doc: Doc) -> list[Stamp]:
    found = []
    for match in DATELINE.finditer(doc_text(doc)):
        name = match.group(1).strip()
        qualifiers = qualifier_countries(match.group(2)) if match.group(2) else []
        country = dateline_place_country(name, qualifiers, bool(match.group(3)))
        if country is None and not match.group(3):
            continue  # "NATO - the alliance said": an upper-case actor, not a place stamp
        start = match.start(1)
        found.append(Stamp(start, start + len(name), match.end(), country, qualifiers))
    return found


def dateline_place_country(name: str, countries: list[str], credited: bool) -> str | None:
    country = load_lexicon().country_of_name(name)
    if country is not None and (not countries or country in countries):
        return country
    for within in countries or [None]:
        found = load_gazetteer().resolve(name, within=within)
        if found is not None and (credited or countries or (
                found.primary and found.population >= DATELINE_MIN_POPULATION)):
            return found.country
    return countries[0] if countries else None


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
    for stamp in stamps(doc):
        if stamp.country is not None:
            span = (stamp.start, stamp.name_end)
            places.append(make_place(doc_text(doc)[slice(*span)], span,
                                     [stamp.country, *stamp.qualifiers]))
    home = dateline_country(doc)
    for ent in doc_ents(doc):
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
        wider = qualifier(ent)
        context = sentence_countries(ent.sent) | ({home} if home else set())
        places.append(make_place(text, (end - len(text), end),
                                 qualifier_countries(wider.text) if wider is not None else [],
                                 prefer=context, gazetteer=ent.label_ in GAZETTEER_LABELS))
    return places


def make_place(text: str, span: tuple[int, int], qualifiers: list[str] | None = None,
               prefer: Iterable[str] = (), gazetteer: bool = True) -> Place:
    """The place a name denotes; qualifiers are the countries a qualifier may mean, most
    likely first ('Georgia' after 'Atlanta, ': Georgia the country, then the US)."""
    lex = load_lexicon()
    key = normalise(text)
    if key in lex.country_names:
        return Place(text=text, span=span, country=lex.country_names[key])
    known = lex.places.get(key)
    for within in qualifiers or [None]:
        if known is not None and within in (None, known.country):
            return Place(text=text, span=span, country=known.country, lat=known.lat,
                         lon=known.lon)
        within = within or lex.country_of_name(text)
        found = load_gazetteer().resolve(text, within=within, prefer=prefer) if (
            gazetteer) else None
        if found is not None:
            return Place(text=text, span=span, country=found.country, lat=found.lat,
                         lon=found.lon)
    country = qualifiers[0] if qualifiers else lex.country_of_name(text)
    return Place(text=text, span=span, country=country)


def qualifier_countries(text: str) -> list[str]:
    """The countries a qualifier may stand for: the dictionary's country, then those of
    gazetteer regions and countries of that name, most populous first."""
    found = [iso] if (iso := load_lexicon().country_of_name(text)) else []
    for match in load_gazetteer().lookup(text):
        if match.kind != "city" and match.country and match.country not in found:
            found.append(match.country)
    return found


def level(text: str) -> int:
    """3 for a continent, 2 for a country, 1 for a first-level region, 0 for anything else."""
    if normalise(text) in load_lexicon().country_names:
        return 2
    return load_gazetteer().level(text)


def qualifier(ent: Span) -> Span | None:
    """The wider place that qualifies ent: 'Switzerland' in 'Davos, Switzerland'."""
    doc = ent.doc
    found = entity_at(doc, ent.end + 1) if ent.end < len(doc) and doc[ent.end].text == "," \
        else None
    if found is None or found.start != ent.end + 1:
        found = next((entity_at(doc, c.i) for c in ent.root.children
                      if c.dep_ in ("appos", "npadvmod") and c.ent_type_ in PLACE_LABELS), None)
    if found is None or found.label_ not in PLACE_LABELS or found.start < ent.end:
        return None
    return found if level(found.text) > level(ent.text) else None


def is_qualifier(ent: Span) -> bool:
    """Is ent the qualifier of the place before it ('Switzerland' in 'Davos, Switzerland')?"""
    doc = ent.doc
    before = [entity_at(doc, ent.start - 2)] if ent.start >= 2 and doc[
        ent.start - 1].text == "," else []
    root = ent.root
    if root.dep_ in ("appos", "npadvmod") and root.head.i < ent.start:
        before.append(entity_at(doc, root.head.i))
    return any(b is not None and b.label_ in PLACE_LABELS and qualifier(b) == ent
               for b in before)


def qualifier_country(ent: Span) -> str | None:
    wider = qualifier(ent)
    countries = qualifier_countries(wider.text) if wider is not None else []
    return countries[0] if countries else None


def sentence_countries(sentence: Span) -> set[str]:
    """Countries a sentence names, by name or adjective ('Syrian forces')."""
    return set(country_mentions(sentence))


def country_mentions(sentence: Span) -> list[str]:
    """The country of every name or adjective of one in a sentence, in order."""
    lex = load_lexicon()
    found = []
    for ent in entities_within(sentence):
        key = normalise(ent.text)
        if ent.label_ == "GPE" and key in lex.country_names:
            found.append(lex.country_names[key])
        elif ent.label_ == "NORP" and (iso := lex.adjectives.get(key) or lex.peoples.get(key)):
            found.append(iso)
    return found


def ethnic_home(head: Token, kin: str | None) -> str | None:
    """The country an ethnic group ("ethnic Albanians") lives in: CAMEO codes such a group by
    that country, not by its kin state; the other country its sentence names most."""
    ranked = Counter(iso for iso in country_mentions(head.sent) if iso != kin).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def is_ethnic(head: Token) -> bool:
    return any(c.lower_ == "ethnic" for c in head.children)


def entities_within(span: Span) -> list[Span]:
    """span.ents, from the Doc's entities read once (spaCy rebuilds them on each access)."""
    found = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            found.append(ent)
    return found


def event_place(trigger: Token, places: list[Place]) -> Place | None:
    """The place of an event: the location phrase governing the trigger's clause ("were
    arrested in Vancouver", "in Vancouver, police arrested two men"), looked for on the
    trigger and its heads up to the clause's verb; else the dateline place, if the text has
    one and the event sentence names no other place."""
    head = trigger
    while True:
        found = _located(head, places)
        if found is not None:
            return found
        if head.dep_ in CLAUSE_DEPS or head.head is head:
            break
        head = head.head
    stamp = dateline(trigger.doc)
    home = next((p for p in places if stamp and p.span[0] == stamp[0]), None)
    if home is None or any(_place_at(places, t) not in (None, home) for t in trigger.sent):
        return None
    return home


def _located(head: Token, places: list[Place]) -> Place | None:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS:
            for token in prep.subtree:
                place = _place_at(places, token)
                if place is not None:
                    return place
    return None


def _place_at(places: list[Place], token: Token) -> Place | None:
    return next((p for p in places if p.span[0] <= token.idx < p.span[1]), None)
