"""Actors: who the people, organisations and countries of an article are.

CONTRACT (events.py and quotes.py rely on it; keep it stable):

    index = resolve_actors(doc)          # doc: a parsed spaCy Doc of Article.text
    index.actors                         # list[model.Actor], ids "a1", "a2", ... with mentions
    index.places                         # list[model.Place]: locations named in the text
    index.for_token(token)               # Actor | None: the actor the token is part of a mention of
                                         #   (entity, resolved surname, pronoun, role noun)
    index.for_phrase(head_token)         # Actor | None: the actor a noun phrase headed by
                                         #   head_token denotes, e.g. "the Canadian government"
                                         #   -> Canada GOV, "China's ambassador" -> the ambassador
                                         #   actor or CHN GOV; creates actors as needed
    index.event_actor(actor)             # model.EventActor for an event's source/target
    index.get(actor_id)                  # Actor by id

How names are resolved (all rules are local to one article; dictionaries in lexicon.py):

- Countries, demonyms and capitals come from the actor dictionary; a capital or seat of
  government used as an actor ("Beijing said", "talks with Ottawa") is that country's
  government (code CHNGOV), used as a location ("in Beijing") it is only a place.
- A person's country, sector and role come from the office-holder dictionary, else from the
  words around the name: premodifiers ("China's ambassador to Canada X": the country before the
  role, not the one after "to"), appositions ("X, the Canadian ambassador"), copulas ("X is the
  chief financial officer of Y"), an organisation the person works for (its country), an
  earlier unnamed description with the same role ("China's ambassador ... Ambassador X"), a
  numbered group the person is one of ("two Canadians ... X and Y"), and, for state roles with
  no country in sight, the dateline country.
- An organisation named "<Name> <Country>" ("Acme Canada") is that country's national unit:
  country = the named country, sector BUS.
- Any token sequence equal to a part of a person's full name in the article is that person,
  whatever label the tagger gave it, before or after the full name, when only one person has
  that part. Pronouns, role nouns ("the ambassador", "the company"), they/them and it/its
  are resolved in one left-to-right sweep (see coref.py).
- Group nouns take their country from a demonym or from where they are ("rebels in the Ivory
  Coast" -> CIV REB); a bare non-state group ("rebels", "students") is an actor with a sector
  and no country. IGOs/NGOs keep their Phoenix code ("IGOUNO") with country None, and their
  staff share it ("U.N. officials" -> IGOUNOGOV). A person's surname alone is looked up in the
  office-holder dictionary when all holders of it served one country (see people.py).
- A capitalised fragment of a Title Case headline tagged ORG is not an organisation unless
  the dictionary knows it or it ends like one ("... Fund", "... Corp.").
- An acronym is the article's organisation it stands for (bracketed definition, initials,
  a name with it as a word: "NBC" in an article with "NBC News"), else a dictionary IGO, NGO
  or public body; a company reading alone leaves it as written (see dictionary_expansion).
- A dictionary organisation the tagger left unlabelled is found by its name; "the Chinese
  state/regime" is that country's government; a country after "City," is a place qualifier
  ("Davos, Switzerland"), not an actor.
- A dateline ("OTTAWA \u2013", "BEIJING (Reuters) -" opening the text or a paragraph) is a
  place in index.places; none of its words is an actor or an event argument.
- A very common surname alone ("Kim", "Chen": a short general list, or a surname carried by
  many different dictionary people) is never matched against the office-holder dictionary.
- An unknown name the tagger took for a place or organisation is a person when a person's
  role stands in apposition to it ("X Y, Canada's foreign minister").
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.attrs import IS_STOP
from spacy.tokens import Doc, Span, Token

from storyline.model import Actor, EventActor, Mention, Place
from storyline.understand.gazetteer import load_gazetteer
from storyline.understand.lexicon import (
    ACRONYM_SKIPS,
    Lexicon,
    initials,
    load_lexicon,
    normalise,
)
from storyline.understand.near_names import misspelt_country
from storyline.understand.nlp import (
    Children,
    Columns,
    children,
    columns,
    doc_ents,
    doc_text,
    entity_at,
    per_doc,
    token_starts,
)
from storyline.understand.places import ethnic_home, is_ethnic
from storyline.understand.roles import (
    COLLECTIVE_NOUNS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORGANIZATION_NOUNS,
    gender_of_role,
    may_end_role,
    role_in,
    role_words,
)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
LOCATION_PREPS = {"in", "at", "near", "through", "across", "around", "outside", "inside",
                  "within", "into", "throughout", "from", "via"}
NON_OWNER_PREPS = {"to", "in", "at", "for", "with", "against", "from", "on", "toward",
                   "towards", "over", "about", "by"}
# Roles whose "for" names who they work for
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
                        "counsel", "representative"})
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "both": 2}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "several", "dozens", "hundreds", "thousands", "many", "some", "both"}
BUSINESS_SUFFIXES = {"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.", "llc", "plc",
                     "technologies", "group", "holdings", "airlines", "motors", "bank", "company",
                     "corporation", "telecom", "electronics", "ag", "sa", "gmbh"}
GOVERNMENT_ORG_WORDS = {"ministry", "department", "agency", "parliament", "congress", "senate",
                        "cabinet", "office", "embassy", "commission", "council", "service",
                        "fund"}
# Words of a body that is neither state nor firm: "Cinema for Peace Foundation"
CIVIL_ORG_WORDS = {"foundation", "institute", "association", "federation", "society"}
RULING_WORDS = {"ruling", "governing"}
STATE_SECTORS = {"GOV", "ELI", "LEG", "MIL", "JUD", "COP", "SPY"}
NON_STATE_TYPES = {"IGO", "NGO", "IMG", "MNC"}  # CAMEO codes of bodies that have no country
ORGANIZATION_TYPE_WORDS = {"NGO": "NGO", "IGO": "IGO"}  # a type word before a name: its sector
GROUP_HEADS = {"group", "faction", "side", "movement", "community", "coalition", "alliance"}


@dataclass
class Record:
    """What the resolver knows about an actor beyond model.Actor."""

    gender: str | None = None
    key: tuple | None = None
    parts: tuple[str, ...] = ()
    roles: list[str] = field(default_factory=list)  # every role the article gives the actor
    employers: set[str] = field(default_factory=set)  # ids of organisations they work for
    size: int | None = None  # of a numbered group: "two Canadians", "both men"


@dataclass
class ActorIndex:
    doc: Doc
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    when: dt.date | None = None
    _by_token: dict[int, str] = field(default_factory=dict)
    _by_id: dict[str, Actor] = field(default_factory=dict)
    _by_key: dict[tuple, str] = field(default_factory=dict)
    _records: dict[str, Record] = field(default_factory=dict)
    _mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, actor id
    _phrases: dict[int, str | None] = field(default_factory=dict)
    _dateline_country: str | None = None
    _described: set[int] = field(default_factory=set)  # tokens that describe a named actor
    _stamp: set[int] = field(default_factory=set)  # dateline tokens: never part of an actor
    _offsets: tuple[list[int], list[str]] | None = None  # token starts and texts, read once

    # --- building ------------------------------------------------------------------------
    def add(self, name: str, kind: str, *, key: tuple | None = None, **fields) -> Actor:
        if key is not None and key in self._by_key:
            return self._by_id[self._by_key[key]]
        actor = Actor(id=f"a{len(self.actors) + 1}", name=name, kind=kind, **fields)
        if actor.code is None:
            actor.code = code_of(actor.country, actor.sector)
        self.actors.append(actor)
        self._by_id[actor.id] = actor
        self._records[actor.id] = Record(key=key)
        if key is not None:
            self._by_key[key] = actor.id
        return actor

    def mention(self, actor: Actor, start: int, end: int) -> None:
        """Record tokens doc[start:end] as a mention of actor (first claim on a token wins)."""
        if any(i in self._by_token or i in self._stamp for i in range(start, end)):
            return
        if end > start:  # the characters from the token tables, sparing a Span
            if self._offsets is None:
                self._offsets = token_starts(self.doc), columns(self.doc).text
            starts, words = self._offsets
            first, last = starts[start], starts[end - 1] + len(words[end - 1])
            text = doc_text(self.doc)[first:last]
        else:
            span = self.doc[start:end]
            text, first, last = span.text, span.start_char, span.end_char
        actor.mentions.append(Mention(text=text, span=(first, last)))
        for i in range(start, end):
            self._by_token[i] = actor.id
        self._mentions.append((start, end, actor.id))

    def record(self, actor: Actor) -> Record:
        return self._records[actor.id]

    def describe(self, actor: Actor, country: str | None = None, sector: str | None = None,
                 role: str | None = None) -> None:
        """Fill the fields of actor that are still empty."""
        before = (actor.country, actor.sector)
        actor.country = actor.country or country
        actor.sector = actor.sector or sector
        actor.role = actor.role or role
        changed = (actor.country, actor.sector) != before
        if changed and (actor.kind != "country" or actor.sector):
            actor.code = code_of(actor.country, actor.sector) or actor.code
        record = self.record(actor)
        record.gender = record.gender or gender_of_role(role)
        if role and role not in record.roles:
            record.roles.append(role)

    # --- queries -------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]

    def for_token(self, token: Token) -> Actor | None:
        actor_id = self._by_token.get(token.i)
        return self._by_id[actor_id] if actor_id else None

    def for_phrase(self, head: Token) -> Actor | None:
        found = self.for_token(head)
        if found or head.pos_ not in ("NOUN", "PROPN"):
            return found
        if head.i not in self._phrases:
            actor = apposed_person(self, head) or phrase_actor(self, head)
            self._phrases[head.i] = actor.id if actor else None
        actor_id = self._phrases[head.i]
        return self._by_id[actor_id] if actor_id else None

    def event_actor(self, actor: Actor) -> EventActor:
        return EventActor(actor=actor.id, name=actor.name, country=actor.country, code=actor.code)

    def mentions_in_order(self) -> list[tuple[int, int, str]]:
        return sorted(self._mentions)

    def country_actor(self, iso3: str, written: str | None = None) -> Actor:
        """The country's actor, named as our table names it (else as the text wrote it)."""
        country = load_lexicon().countries.get(iso3)
        name = country.name if country else written or iso3
        return self.add(name, "country", key=("country", iso3), country=iso3, code=iso3)

    def government_actor(self, iso3: str) -> Actor:
        country = load_lexicon().countries.get(iso3)
        name = f"{country.adjective} government" if country else f"{iso3} government"
        return self.add(name, "organization", key=("generic", iso3, "GOV", "government"),
                        country=iso3, sector="GOV", role="government")


def apposed_person(index: ActorIndex, head: Token) -> Actor | None:
    """'another Canadian, Jane Roe,': a description with a named person in apposition is
    that person; 'the agency, Nigeria's anti-corruption body,': a body's word with a body in
    apposition is that body."""
    dep = columns(head.doc).dep
    for child in children(head.doc).indices(head.i):  # indices: Token.children walks a span
        if dep[child] == "appos" and child > head.i:
            actor_id = index._by_token.get(child)  # for_token()
            actor = index._by_id[actor_id] if actor_id else None
            body = head.lemma_.lower() in ORGANIZATION_NOUNS and head.tag_ == "NN"
            if actor is not None and (actor.kind == "person" or (
                    body and actor.kind == "organization")):  # "The agency, X's ... body,"
                index.mention(actor, head.i, head.i + 1)
                return actor
    return None


def code_of(country: str | None, sector: str | None) -> str | None:
    return f"{country or ''}{sector or ''}" or None


# --- context: what the words around a name say ---------------------------------------------
@dataclass
class Context:
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    organization: Actor | None = None


def country_of_token(index: ActorIndex, token: Token) -> str | None:
    """The country a single modifier token points to (demonym, country, capital, actor)."""
    lex = load_lexicon()
    actor = index.for_token(token)
    if actor is not None and actor.kind in ("country", "organization") and actor.country:
        return actor.country
    text = normalise(token.text)
    label = token.ent_type_
    if label == "NORP" or token.pos_ == "ADJ":
        return lex.adjectives.get(text) or _unlisted_country(lex, token, label)
    if label in ("GPE", "") or token.pos_ == "PROPN":
        return (lex.country_names.get(text) or lex.adjectives.get(text)
                or (lex.seats.get(text) if label == "GPE" else None)  # "Seoul's spy agency"
                or (_unlisted_country(lex, token, label) if label in ("GPE", "ORG") else None))
    return None


def _unlisted_country(lex: Lexicon, token: Token, label: str) -> str | None:
    """The country of a demonym of several words the token is part of ("Sri Lankan army",
    "South Korean troops": the entity that holds it, whatever the tagger called it), or of a
    misspelt one ("Ethopian"; not inside an organisation's name)."""
    if not token.text[:1].isupper():
        return None
    ent = entity_at(token.doc, token.i) if label else None
    if ent is not None and len(ent) > 1:
        iso = lex.adjectives.get(normalise(ent.text))
        if iso:
            return iso
    return misspelt_country(token) if label != "ORG" else None


def read_context(index: ActorIndex, tokens: list[Token]) -> Context:
    """Country, role and employer named by modifier words, skipping objects of 'to', 'in'..."""
    kept = owner_words(tokens)
    fors = {t.i for t in tokens if t.dep_ == "prep" and t.lower_ == "for"}
    employer = {t.i for t in kept if fors and any(a.i in fors for a in t.ancestors)}
    context = context_of(index, kept, role_in([t for t in kept if t.i not in employer]))
    organization = context.organization
    if context.role in SPEAKS_FOR and organization is not None and organization.sector:
        context.sector = organization.sector  # "a spokesman for the police" speaks for it
    return context


def owner_words(tokens: list[Token]) -> list[Token]:
    """The modifier words read_context reads: not the objects of 'to', 'in'..."""
    kept: list[Token] = []
    skipping = False
    for token in tokens:
        if token.pos_ == "ADP" or token.dep_ == "prep":
            # "a spokesman for the police": the police employ him
            skipping = token.lower_ in NON_OWNER_PREPS and not (
                token.lower_ == "for" and token.head.lemma_.lower() in SPEAKS_FOR)
            continue
        if skipping:
            continue
        kept.append(token)
    return kept


def context_of(index: ActorIndex, kept: list[Token], found: tuple[str, str] | None) -> Context:
    """read_context() of the owner words kept, whose role (role_in) is found."""
    context = Context()
    if found:
        context.role, context.sector = found
    for token in sorted(kept, key=lambda t: t.pos_ == "PRON"):  # "its Chinese staff": CHN
        if hyphen_compound(token):
            continue  # "DPRK-watching", "China-based": a place, not whose
        actor = index.for_token(token)
        if actor is not None and actor.kind == "organization" and context.organization is None:
            context.organization = actor
        if context.country is None:
            context.country = country_of_token(index, token) or leader_country(actor, token)
    organization = context.organization
    if organization is not None:
        context.country = context.country or organization.country
        if context.sector == "GOV" and organization.country and organization.sector in SPOKEN_FOR:
            context.sector = organization.sector  # "a Huawei spokesman" speaks for a firm
        context.sector = context.sector or organization.sector
    return context


def leader_country(actor: Actor | None, token: Token) -> str | None:
    """'Assad's forces', 'Putin's spokesman': an official's own people are his country's."""
    if actor is None or actor.kind != "person" or token.dep_ != "poss":
        return None
    return actor.country if actor.sector in STATE_SECTORS else None


# Sectors of bodies whose officials and spokespeople act for them, not for the state:
# firms, media, armed groups, parties, schools, churches, unions.
SPOKEN_FOR = frozenset({"BUS", "MED", "REB", "UAF", "CRM", "OPP", "PTY", "EDU", "REL", "LAB"})


def hyphen_compound(token: Token) -> bool:
    """'DPRK-watching community', 'China-based consultant', 'Iran-backed militia'."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].text == "-"
            and doc[token.i + 2].tag_ in ("VBG", "VBN", "VBD"))


def premodifiers(span: Span) -> list[Token]:
    """The words before a name inside its noun phrase ("China's ambassador to Canada")."""
    doc = span.doc
    start = span.start
    while start > 0:
        token = doc[start - 1]
        if token.tag_ == "HYPH" and start > 1 and token.whitespace_ == "" and (
                doc[start - 2].whitespace_ == ""):
            start -= 1  # "Secretary-General": one word
            continue
        if token.is_punct or token.pos_ in ("AUX", "PRON", "CCONJ", "SCONJ", "NUM"):
            break
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound"):
            break
        if token.pos_ == "ADP" and token.is_ancestor(span.root):
            break  # the preposition that governs the whole phrase: "spoke to | Prime Minister X"
        if token.pos_ == "DET" or token.is_sent_start:
            if token.pos_ != "DET":
                start -= 1
            break
        start -= 1
    return [t for t in doc[start : span.start] if t.pos_ != "DET"]


def apposition(span: Span) -> list[Token]:
    """Words of an apposition to a name: "X, the Canadian ambassador," or "a Canadian, X"."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > span.end:
            return [t for t in child.subtree if t.pos_ != "DET"]
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        return [t for t in head.subtree if t.i < span.start and not t.is_punct
                and t.pos_ != "DET"]
    return []


def of_phrase(span: Span) -> list[Token]:
    """The 'of' phrase after a name: "President X of Argentina" (where X is from)."""
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            return [t for t in child.subtree if t.pos_ != "DET"]
    return []


def copula(span: Span) -> list[Token]:
    """The attribute of 'X is the chief financial officer of Y'."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return []
    for child in root.head.children:
        if child.dep_ == "attr" and child.pos_ == "NOUN":
            return [t for t in child.subtree if t.pos_ != "DET" and t.dep_ != "cc"
                    and not any(a.dep_ == "conj" for a in t.ancestors if a.i > child.i)]
    return []


OFFICE_VERBS = frozenset({"lead", "head", "run", "chair", "command", "govern"})
SERVING_VERBS = frozenset({"be", "serve", "act", "work"})  # "who serves as ..."


def office_clause(span: Span) -> list[Token]:
    """Words of a "who" clause naming an office: "X, who is Kenya's finance minister",
    "who serves as chief of staff", "who had led Mongolia's government as prime minister"
    (the role first, then what was led)."""
    for clause in (c for c in span.root.children if c.dep_ == "relcl" and c.i >= span.end):
        if not any(w.lower_ == "who" and w.dep_ == "nsubj" for w in clause.children):
            continue
        if clause.lemma_ not in OFFICE_VERBS | SERVING_VERBS:
            return []  # "who wrote as Robert Jordan": no office
        parts = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj" and not o.ent_type_]
        words = [t for part in parts for t in part.subtree if t.pos_ != "DET"]
        if clause.lemma_ == "be":
            words += [t for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                      for t in c.subtree if t.pos_ != "DET"]
        elif clause.lemma_ in OFFICE_VERBS:  # with a role, only whose the body led is
            words += [t for c in clause.children if c.dep_ == "dobj" for t in c.subtree
                      if t.pos_ != "DET" and (not parts or t.ent_type_ in ("GPE", "NORP"))]
        return words
    return []


# --- the resolver --------------------------------------------------------------------------
def resolve_actors(doc: Doc, *, when: dt.date | None = None) -> ActorIndex:
    """Actors of one parsed article, with mentions, codes, coreference and places."""
    from storyline.understand import coref, people, places

    index = ActorIndex(doc, when=when)
    lex = load_lexicon()
    index._stamp = places.dateline_tokens(doc)
    index._phrases.update(dict.fromkeys(index._stamp))
    entities = [e for e in people.merged_entities(doc)
                if index._stamp.isdisjoint(range(e.start, e.end))]
    index._dateline_country = places.dateline_country(doc)
    name_parts = {t.lower_ for e in entities if e.label_ == "PERSON" and len(e) > 1 for t in e}
    entities = [place_not_people(lex, person_not_organization(lex, place_not_organization(
                    lex, place_not_person(lex, e, name_parts)))) for e in entities
                if not resolve_misspelt_country(index, e)
                and not sentence_initial_word(lex, e, name_parts)]
    names = people.NameTable.from_entities(entities)
    for ent in entities:
        if names.person_for(ent):
            continue
        if ent.label_ == "ORG" or (ent.label_ in ("GPE", "LOC", "FAC")
                                   and not lex.country_of_name(ent.text)
                                   and described_as_organization(ent)) or (
                ent.label_ == "NORP" and normalise(ent.text) in lex.organizations):
            resolve_organization(index, lex, ent)  # also "Hezbollah" tagged as a people
    for ent in entities:
        person = names.person_for(ent)
        if person is not None:
            people.resolve_person(index, names, person, ent)
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            resolve_place_name(index, lex, ent)
        elif ent.label_ == "NORP" and normalise(ent.text) not in lex.organizations:
            resolve_group(index, lex, ent)
    people.resolve_loose_name_parts(index, names)
    resolve_untagged_organizations(index, lex)
    resolve_loose_organization_names(index)
    people.enrich_people(index, names, entities)
    describe_role_phrases(index)
    place_state_bodies(index)
    coref.resolve_references(index)
    people.inherit_from_detained_groups(index)
    describe_role_phrases(index, possessed=True)
    index.places = places.find_places(doc, index)
    return index


def resolve_organization(index: ActorIndex, lex: Lexicon, ent: Span) -> None:
    words = [t for t in ent if t.pos_ != "DET"]
    type_word = None
    if len(words) > 1 and words[0].text in ORGANIZATION_TYPE_WORDS:
        type_word, words = words[0].text, words[1:]  # "NGO Acme Relief": Acme Relief, an NGO
    if not words:
        return
    name = ent.doc[words[0].i : ent.end].text
    if is_acronym(name):
        same = acronym_actor(index, name) or long_form_in_article(index, lex, ent)
        if same is not None:
            index.mention(same, words[0].i, ent.end)
            return
        expanded = dictionary_expansion(lex, name)
        if expanded is not None and not in_headline(ent):
            name = display_organization(expanded)
    known = (lex.organizations.get(normalise(name)) or _parent_body(lex, words)
             or _body_by_initials(lex, words) or _owner_body(index, ent))
    core = [t for t in words if t.lower_ not in BUSINESS_SUFFIXES] or words
    key = ("org", normalise(" ".join(t.text for t in core)))  # "Acme Technologies" = "Acme"
    country_inside = [t for t in words if country_of_token(index, t)]
    rest = [t for t in words if t not in country_inside]
    sector = None
    if known:
        country, sector, code = known["country"], known["sector"], known["code"]
        short = ent.doc[core[0].i : core[-1].i + 1].text if core != words else name
        if short != name and normalise(short) in lex.organizations:
            name = short  # "Acme Technologies" is "Acme" when the dictionary knows both
        if country is None and country_inside and code[:3] not in NON_STATE_TYPES:
            country, code = country_of_token(index, country_inside[0]), None  # "Palestinian X"
    else:
        country = country_of_token(index, country_inside[0]) if country_inside else None
        code = None
        if rest and rest[-1].lower_ in BUSINESS_SUFFIXES:
            sector = "BUS"
        elif found := role_in(rest):  # "National Democratic Party of Egypt": a party
            sector = found[1]
        elif country_inside and words[-1] in country_inside:
            sector = "BUS"  # "<Firm> Canada" is the firm's Canadian unit
        elif any(t.lower_ in GOVERNMENT_ORG_WORDS for t in rest):
            sector = "GOV"
        elif any(t.lower_ in CIVIL_ORG_WORDS for t in rest):
            sector = "NGO"
        sector = sector or ORGANIZATION_TYPE_WORDS.get(type_word or "")
    if country_inside and not rest:
        return  # the whole name is a country: not an organisation
    if not known and in_headline(ent) and not organization_ending(words[-1]):
        return  # "Retaliation Over Having": a capitalised headline fragment
    actor = index.add(name, "organization", key=key, country=country, sector=sector, code=code)
    before = premodifiers(ent)
    context = read_context(index, before)
    if words[-1].lower_ == "party" and any(t.lower_ in RULING_WORDS for t in before):
        actor.sector = "GOV"  # CAMEO codes a ruling party as government
    if context.role or context.country:
        index._described.update(t.i for t in before)
    index.describe(actor, context.country, context.sector)
    index.mention(actor, words[0].i, ent.end)
    doc = ent.doc
    if (ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")"
            and is_acronym(doc[ent.end + 1].text)):
        index.record(actor).parts = (doc[ent.end + 1].text,)  # "Acme Relief (AR)"


def _parent_body(lex: Lexicon, words: list[Token]) -> dict | None:
    """An unlisted organ of a listed international body: "United Nations General Assembly"
    is a United Nations body (the longest listed IGO or NGO name the name starts with; one
    word only when it is an acronym: "U.N. Human Rights Council")."""
    shortest = 1 if words and words[0].text.replace(".", "").isupper() else 2
    for end in range(len(words) - 1, shortest - 1, -1):
        known = lex.organizations.get(normalise(" ".join(t.text for t in words[:end])))
        if known and (known["code"] or "")[:3] in ("IGO", "NGO"):
            return known
    return None


def _owner_body(index: ActorIndex, ent: Span) -> dict | None:
    """An organ a body without a country owns (an IGO, NGO or multinational): "the African
    Union's Peace and Security Council" is the African Union's."""
    for owner in (c for c in ent.root.children if c.dep_ == "poss"):
        actor = index.for_token(owner)
        if actor is not None and non_state(actor):
            return {"code": actor.code, "country": None, "sector": actor.sector}
    return None


def _body_by_initials(lex: Lexicon, words: list[Token]) -> dict | None:
    """An international body the dictionary lists only by its acronym: "International
    Criminal Court" is "ICC" (IGOJUDICC: Phoenix codes end with the acronym)."""
    capitals = [t.text for t in words if t.text[:1].isupper()]
    if len(capitals) < 3 or len(capitals) != len([t for t in words if t.is_alpha]):
        return None
    acronym = initials(" ".join(capitals))
    known = lex.organizations.get(acronym)
    code = (known or {}).get("code") or ""
    if code[:3] in ("IGO", "NGO") and code.lower().endswith(acronym):
        return known
    return None


def is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def acronym_actor(index: ActorIndex, acronym: str) -> Actor | None:
    """The organisation of the article an acronym stands for: the one it followed in
    brackets, else the one whose initials it is ("Northern Light Relief" -> "NLR"), else the
    one whose name has it as a word ("NBC" -> "NBC News")."""
    organizations = [a for a in index.actors if a.kind == "organization"]
    for actor in organizations:
        if index.record(actor).parts == (acronym,):
            return actor
    found = [a for a in organizations if initials(a.name) == acronym.lower()]
    if len(found) == 1:
        return found[0]
    found = [a for a in organizations if acronym in a.name.split()]
    return found[0] if len(found) == 1 else None


def long_form_in_article(index: ActorIndex, lex: Lexicon, ent: Span) -> Actor | None:
    """A longer organisation name later in the article with the acronym as a word ("NBC ...
    NBC News"): resolved now, so that the acronym is the same organisation."""
    acronym = ent.text
    for other in doc_ents(ent.doc):
        if (other.label_ == "ORG" and len(other) > 1 and other.start >= ent.end
                and acronym in (t.text for t in other) and other.text != acronym):
            resolve_organization(index, lex, other)
            return acronym_actor(index, acronym)
    return None


# Sectors and code prefixes of dictionary entries an acronym may be expanded to: public bodies
# and international organisations; a company's initials collide with too many other names.
EXPANDABLE_PREFIXES = ("IGO", "NGO", "IMG")


def dictionary_expansion(lex: Lexicon, acronym: str) -> str | None:
    """The dictionary organisation an acronym stands for, when the article names none.

    Rule: an acronym is first the organisation of the article it stands for (acronym_actor:
    a bracketed definition, the initials of a name, a name with it as a word: "NBC News"). Only
    when the article gives no such reading is it looked up in the dictionary, and only an
    IGO, NGO, international militant group or state body (government, military, police,
    rebels: non-business sectors) is taken: the dictionary's thousands of companies share
    initials with everything ("CBC" is also a clothing retailer's initials). An acronym with
    only a company reading keeps its surface form ("CBC said": the organisation "CBC")."""
    key = lex.organization_by_acronym(acronym)
    if key is None:
        return None
    entry = lex.organizations[key]
    code = entry["code"] or ""
    if code.startswith(EXPANDABLE_PREFIXES) or (entry["sector"] not in (None, "BUS")
                                                and not code.startswith("MNC")):
        return key
    return None


def display_organization(key: str) -> str:
    """'international crisis group' -> 'International Crisis Group'."""
    return " ".join(w if w in ACRONYM_SKIPS else w[:1].upper() + w[1:] for w in key.split())


def organization_ending(token: Token) -> bool:
    """Does a name end like an organisation's ("... Fund", "... Corp.", "... Ministry")?"""
    word = token.lower_
    return (word in BUSINESS_SUFFIXES or word in GOVERNMENT_ORG_WORDS
            or token.lemma_.lower() in ORGANIZATION_NOUNS or role_in([token]) is not None)


def in_headline(ent: Span) -> bool:
    """Is the name on a Title Case line (a headline), where the tagger guesses ORG?"""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    words = _title_case_words(ent.doc, start, len(text) if end < 0 else end)
    if words is None:
        return False
    outside = [i for i in words if not ent.start <= i < ent.end]
    return len(outside) >= 2


@per_doc
def _lines(doc: Doc) -> dict[tuple[int, int], list[int] | None]:
    return {}


def _title_case_words(doc: Doc, start: int, end: int) -> list[int] | None:
    """The indices of the content words (alphabetic, no stop word, over two letters) of the
    line doc.text[start:end] when each has a capital, else None; read once per line: a
    headline holds many names."""
    lines = _lines(doc)
    if (start, end) not in lines:
        line = doc.char_span(start, end, alignment_mode="contract")
        lines[start, end] = None if line is None else _capitalised_content(doc, line)
    return lines[start, end]


def _capitalised_content(doc: Doc, line: Span) -> list[int] | None:
    table, stops = columns(doc), _stop_words(doc)
    text, alpha = table.text, table.alpha
    found = []
    for i in range(line.start, line.end):
        if alpha[i] and not stops[i] and len(text[i]) > 2:
            if not has_capital(text[i]):
                return None  # most lines: prose, given up at its first lower-case word
            found.append(i)
    return found


def has_capital(word: str) -> bool:
    return not word.islower() and any(c.isupper() for c in word)


@per_doc
def _stop_words(doc: Doc) -> list[int]:
    return doc.to_array(IS_STOP).tolist()


def described_as_organization(ent: Span) -> bool:
    """'Chinese tech giant Acme': a name the tagger took for a place, after a company noun."""
    before = premodifiers(ent)
    return bool(before) and before[-1].lemma_.lower() in ORGANIZATION_NOUNS


NAME_JOINERS = {"of", "for", "and", "the", "on", "de"}
LONGEST_ORGANIZATION_NAME = 7


def resolve_untagged_organizations(index: ActorIndex, lex: Lexicon) -> None:
    """Dictionary organisations the tagger did not label ("next week's World Economic Forum
    meeting"): the longest run of capitalised words (with "of", "for"... inside) that is a
    dictionary name of two words or more, outside any actor, dateline and headline."""
    doc = index.doc
    capital = capital_words(doc)
    i = 0
    while i < len(doc):
        end = dictionary_name_end(index, lex, i, capital) if capital[i] else None
        if end is None:
            i += 1
            continue
        span = doc[i:end]
        if not in_headline(span):
            known = lex.organizations[normalise(span.text)]
            actor = index.add(span.text, "organization", key=("org", normalise(span.text)),
                              country=known["country"], sector=known["sector"],
                              code=known["code"])
            index.mention(actor, i, end)
        i = end


def dictionary_name_end(index: ActorIndex, lex: Lexicon, start: int,
                        capital: list[bool]) -> int | None:
    """The end of the longest dictionary organisation name starting at token start
    (capital: capital_words(index.doc))."""
    doc = index.doc
    if not capital[start] or start in index._by_token or start in index._stamp:
        return None
    table, starts, text = columns(doc), token_starts(doc), doc_text(doc)
    best = None
    for end in range(start + 2, min(len(doc), start + LONGEST_ORGANIZATION_NAME) + 1):
        i = end - 1
        if (i in index._by_token or i in index._stamp
                or not (capital[i] or table.lower[i] in NAME_JOINERS)):
            break
        # doc[start:end].text, from the token tables
        if capital[i] and normalise(text[starts[start]:starts[i] + len(table.text[i])]) \
                in lex.organizations:
            best = end
    return best


@per_doc
def capital_words(doc: Doc) -> list[bool]:
    """capital_word() of each token of the doc."""
    table = columns(doc)
    return [alpha and text[:1].isupper() for alpha, text in zip(table.alpha, table.text,
                                                                 strict=True)]


def capital_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def resolve_loose_organization_names(index: ActorIndex) -> None:
    """Later bare mentions of a one-word organisation the tagger did not label."""
    names = {a.name: a for a in index.actors if a.kind == "organization" and " " not in a.name}
    doc, table = index.doc, columns(index.doc)
    for i, (pos, text) in enumerate(zip(table.pos, table.text, strict=True)):
        if i in index._by_token or i in index._stamp:
            continue
        if not (pos == "PROPN" and text in names) and not (text.isupper() and is_acronym(text)):
            continue  # none of the cases below
        token = doc[i]
        if token.pos_ == "PROPN" and token.text in names:
            index.mention(names[token.text], token.i, token.i + 1)
        elif (token.pos_ in ("PROPN", "NOUN") and is_acronym(token.text)
              and token.dep_ in ("nsubj", "nsubjpass", "poss")):
            resolve_acronym(index, token)  # the tagger often takes an acronym for a noun
        elif is_acronym(token.text) and token.dep_ == "compound":
            actor = acronym_actor(index, token.text)  # "RCMP Constable X": the article's body
            if actor is not None:
                index.mention(actor, token.i, token.i + 1)


def resolve_acronym(index: ActorIndex, token: Token) -> None:
    """An acronym the tagger left unlabelled, as a subject or owner ("ICG said"): an
    organisation of the article or of the dictionary it stands for."""
    lex = load_lexicon()
    if lex.country_of_name(token.text) or token.lower_ in lex.agents:
        return
    actor = acronym_actor(index, token.text)
    if actor is None:
        key = dictionary_expansion(lex, token.text)
        if key is not None:
            known = lex.organizations[key]
            actor = index.add(display_organization(key), "organization", key=("org", key),
                              country=known["country"], sector=known["sector"],
                              code=known["code"])
        elif lex.organization_by_acronym(token.text) is not None:  # a known acronym: a body
            actor = index.add(token.text, "organization", key=("org", token.lower_))
        else:
            return
    index.mention(actor, token.i, token.i + 1)


def location_use(token: Token) -> bool:
    """Is this place name the object of a locative preposition ("in Vancouver")?"""
    head = token
    while head.dep_ in ("compound", "amod", "appos", "conj") and head.head is not head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS


def resolve_place_name(index: ActorIndex, lex: Lexicon, ent: Span) -> None:
    key = normalise(ent.text)
    if key in lex.country_names and place_qualifier(lex, ent):
        return  # "Davos, Switzerland": where Davos is, a place only
    if key in lex.country_names:
        index.mention(index.country_actor(lex.country_names[key]), ent.start, ent.end)
    elif key in lex.seats and not location_use(ent.root) and ent.label_ != "LOC":
        index.mention(index.government_actor(lex.seats[key]), ent.start, ent.end)


def place_not_person(lex: Lexicon, ent: Span, name_parts: set[str]) -> Span:
    """A "person" that is a place and no known name is that place: the tagger calls "Kyiv",
    "Uruguay" or "Ciudad Juarez" a person. One word must be a country, a capital, a listed
    city or a city of a million people (TOWN_POPULATION as the object of an attack or
    capture), and no part of a fuller name in the article, no common first name and (unless
    attacked) no listed surname; several words, a city of 100,000."""
    if ent.label_ != "PERSON":
        return ent
    key = normalise(ent.text)  # known names first: the gazetteer is asked about the rest
    if len(ent) == 1:
        # "shelled Kherson", "captured Goma", "pulled out of Goma", "fighting in Goma"
        assailed = _assailed_place(ent.root) or _located_place(ent.root)
        named = _named_place(ent.root)  # "the town of Goma"
        if key in name_parts or key in MALE_NAMES or key in FEMALE_NAMES or (
                key in lex.surnames and not (assailed or named)):
            return ent
        least = 1 if named else TOWN_POPULATION if assailed else 1_000_000
        city = (key in lex.seats or key in lex.places or bool(lex.country_of_name(ent.text))
                or _city_of(ent.text, least))
    else:
        city = key not in lex.people and _city_of(ent.text, 100_000)
    return Span(ent.doc, ent.start, ent.end, label="GPE") if city else ent


# A one-word name is read as a town of this size where its place in the sentence says so:
# the object of an attack or capture (ASSAILING_VERBS), a "Cheltenham man" (TOWNSPEOPLE)
TOWN_POPULATION = 50_000
# People a town's name describes as from there: "a Cheltenham man", "a Leeds teenager"
TOWNSPEOPLE = frozenset({
    "man", "woman", "boy", "girl", "teenager", "teen", "youth", "resident", "native",
    "couple", "family", "mother", "father", "son", "daughter", "pensioner", "grandmother",
    "grandfather", "mum", "mom", "dad", "child", "toddler", "baby",
})  # fmt: skip


def place_not_organization(lex: Lexicon, ent: Span) -> Span:
    """An "organisation" that is a country, a capital or the town a person is from: the
    tagger calls "Chisinau" or "Cheltenham" in "a 36-year-old Cheltenham man" an
    organisation. One word and no dictionary organisation; a town must stand before a noun
    for a person (TOWNSPEOPLE) and have 50,000 people."""
    if ent.label_ != "ORG" or len(ent) != 1:
        return ent
    key = normalise(ent.text)
    if key not in lex.organizations and (key in lex.seats or lex.country_of_name(ent.text)):
        return Span(ent.doc, ent.start, ent.end, label="GPE")  # "extradited to [Chisinau]"
    token = ent[0]
    if (token.dep_ != "compound" or token.head.lemma_.lower() not in TOWNSPEOPLE
            or normalise(ent.text) in lex.organizations):
        return ent
    city = _city_of(ent.text, TOWN_POPULATION)
    return Span(ent.doc, ent.start, ent.end, label="GPE") if city else ent


def sentence_initial_word(lex: Lexicon, ent: Span, name_parts: set[str]) -> bool:
    """Is a one-word "person" only a capitalised first word before a common noun ("Twin
    bombings struck ...")? Not a known first name or surname, nor part of a fuller name."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    token = ent[0]
    start = token.is_sent_start or token.i == 0 or token.nbor(-1).is_space
    key = normalise(token.text)
    if not start or token.dep_ != "compound" or token.head.tag_ not in ("NN", "NNS"):
        return False
    return not (key in name_parts or key in MALE_NAMES or key in FEMALE_NAMES
                or key in lex.surnames)


def person_not_organization(lex: Lexicon, ent: Span) -> Span:
    """An "organisation" that a "who" clause describes is a person: the tagger calls
    "Batbold Tsend, who had led ..." an organisation. Two or three capitalised words, no
    dictionary organisation and no word that ends an organisation's name."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or normalise(ent.text) in lex.organizations:
        return ent
    if not all(t.pos_ == "PROPN" and t.text.istitle() for t in ent) or organization_ending(
            ent[-1]):
        return ent
    described = any(c.dep_ == "relcl" and any(
        w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
        for c in ent.root.children)
    return Span(ent.doc, ent.start, ent.end, label="PERSON") if described else ent


def place_not_people(lex: Lexicon, ent: Span) -> Span:
    """A "nationality" that is a country's name: the tagger calls "Tajikistan" in "crossings
    with Tajikistan" a NORP; the name of a country, and no people's name, is that place."""
    if ent.label_ != "NORP":
        return ent
    key = normalise(ent.text)
    if key in lex.peoples or key in lex.organizations:
        return ent
    iso = lex.country_of_name(ent.text)
    return Span(ent.doc, ent.start, ent.end, label="GPE") if iso else ent


# Verbs whose object is more often a town than a person: "shelled Kherson", "captured Goma"
ASSAILING_VERBS = frozenset({
    "attack", "shell", "bomb", "strike", "capture", "seize", "besiege", "storm", "raid",
    "overrun", "encircle", "surround", "recapture", "liberate", "bombard", "invade",
})  # fmt: skip


def _named_place(token: Token) -> bool:
    """"the town of [Goma]", "the province of [Idlib]": a name a place noun calls a place."""
    return (token.dep_ == "pobj" and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in PLACE_NOUNS)


# Place nouns: "the town of [Goma]" names a place; "the Ukrainian city" names its country
PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "capital", "port",
                         "island", "territory", "border", "district", "enclave", "county",
                         "state", "municipality"})


def _assailed_place(token: Token) -> bool:
    return token.dep_ == "dobj" and token.head.lemma_.lower() in ASSAILING_VERBS


def _located_place(token: Token) -> bool:
    """The object of a preposition of place: "in Goma", "out of Kherson"."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in LOCATING_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "out") or (
        prep.lower_ == "from" and prep.head.lemma_.lower() in LEAVING_VERBS)


LOCATING_PREPS = frozenset({"in", "into", "near", "outside", "inside", "around"})
LEAVING_VERBS = frozenset({"withdraw", "retreat", "flee", "evacuate", "pull"})


def _city_of(name: str, population: int) -> bool:
    found = load_gazetteer().resolve(name)
    return found is not None and found.kind == "city" and found.population >= population


def resolve_misspelt_country(index: ActorIndex, ent: Span) -> bool:
    """"troops from Urugway": a one-word place or organisation name one letter off a country
    name is that country (a one-word "person" is left to the event coder: "Jorden said" is
    more often a name than a country)."""
    if len(ent) != 1 or ent.label_ not in ("GPE", "ORG") or ent[0].pos_ != "PROPN":
        return False
    text = ent.text
    iso = misspelt_country(ent[0])
    if iso is None or normalise(text) in load_lexicon().peoples:
        return False
    index.mention(index.country_actor(iso, written=text), ent.start, ent.end)
    return True


def place_qualifier(lex: Lexicon, ent: Span) -> bool:
    """Is a country name the qualifier of the place before it ("in Davos, Switzerland, on
    Monday"): right after a comma that follows a place name that is no country, and not
    the first of a list ("Kenya, Uganda and Tanzania"; "Ottawa, Canada and Mexico")?"""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    before = next((e for e in doc_ents(doc) if e.end == ent.start - 1), None)
    if before is None or before.label_ not in ("GPE", "LOC", "FAC"):
        return False
    if normalise(before.text) in lex.country_names:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.lower_ not in ("and", "or")


def resolve_group(index: ActorIndex, lex: Lexicon, ent: Span) -> None:
    """'two Canadians', 'the Canadians': a group of nationals (sector CVL)."""
    root = ent.root
    key = normalise(ent.text)
    iso = lex.peoples.get(key)
    if iso is None or root.dep_ in ("amod", "compound") or root.pos_ == "ADJ":
        return
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children):
        return  # "another Canadian, X": describes the person
    number = next((c for c in root.children if c.dep_ == "nummod" or c.lower_ in NUMBER_WORDS),
                  None)
    if number is None and not key.endswith("s") and key not in ("chinese", "swiss"):
        return
    if is_ethnic(root):
        iso = ethnic_home(root, iso)
        if iso is None:
            return
    existing = latest_group(index, iso, number.lower_ if number else None)
    if existing is None:
        name = f"{number.text} {ent.text}" if number else ent.text
        existing = index.add(name, "group", key=("group", iso, number.lower_ if number else ""),
                             country=iso, sector="CVL", role=lex.countries[iso].people.lower())
        index.record(existing).size = GROUP_SIZES.get(number.lower_) if number else None
    start = number.i if number is not None and number.i == ent.start - 1 else ent.start
    index.mention(existing, start, ent.end)


def latest_group(index: ActorIndex, iso: str, number: str | None) -> Actor | None:
    for actor in reversed(index.actors):
        key = index.record(actor).key or ()
        if key[:2] == ("group", iso) and (number is None or key[2] in (number, "")):
            return actor
    return None


def place_state_bodies(index: ActorIndex) -> None:
    """'..., the foreign ministry said': a state body with no country belongs to the dateline
    country or the country named last before it."""
    for actor in index.actors:
        if (actor.kind == "organization" and actor.country is None and actor.mentions
                and actor.sector in STATE_SECTORS and not non_state(actor)):
            start = actor.mentions[0].span[0]
            at = bisect_left(token_starts(index.doc), start)  # the first token from start on
            if at < len(index.doc):
                index.describe(actor, nearest_country(index, index.doc[at]))


def non_state(actor: Actor) -> bool:
    """An IGO, NGO or multinational body, or one of its people ('U.N. officials')."""
    return (actor.code or "")[:3] in NON_STATE_TYPES


def describe_role_phrases(index: ActorIndex, *, possessed: bool = False) -> None:
    """Create actors for unnamed descriptions with a country: 'the Canadian government'.

    Phrases owned by a pronoun ("its troops") wait for coreference: possessed=True."""
    doc = index.doc
    table, kids, enders = columns(doc), children(doc), role_words(doc)
    for i, owned in role_phrase_heads(doc):
        if owned != possessed or i in index._described or i in index._by_token:
            continue
        if i not in index._phrases and not may_denote(index, i, table, kids, enders):
            index._phrases[i] = None  # what for_phrase would find, without a Token
            continue
        index.for_phrase(doc[i])


def may_denote(index: ActorIndex, i: int, table: Columns, kids: Children,
               enders: frozenset[str]) -> bool:
    """Can for_phrase find an actor for the unclaimed noun i? A quick test from the token
    tables (columns, children, role_words of index.doc), exact when False: no named person
    in apposition (apposed_person), no body of a person or state (person_body,
    national_state), and phrase_actor's own quick test fails (may_end_role)."""
    lower, noun, tag = table.lower[i], table.lemma[i].lower(), table.tag[i]
    if any(table.dep[c] == "appos" and c > i and c in index._by_token
           for c in kids.indices(i)):
        return True
    if noun in PERSONAL_BODIES or lower in STATE_NOUNS:
        return True
    plural = tag in ("NNS", "NNPS") or lower in COLLECTIVE_NOUNS
    return (plural and noun in GROUP_HEADS) or lower in enders or noun in enders


@per_doc
def role_phrase_heads(doc: Doc) -> list[tuple[int, bool]]:
    """(index, owned by a pronoun) of each noun that may head a description: a plural, one
    with modifiers or an owner, or one with an 'of' phrase."""
    heads = []
    table, kids = columns(doc), children(doc)
    pos, dep, lower = table.pos, table.dep, table.lower
    for i in [i for i, tag in enumerate(pos) if tag == "NOUN" or tag == "PROPN"]:
        if dep[i] in ("compound", "amod"):
            continue
        if pos[i] == "PROPN" and not table.text[i].islower():  # "ministry" tagged PROPN: a noun
            continue
        near = kids.indices(i)
        owned = any(dep[c] == "poss" and pos[c] == "PRON" for c in near)
        if owned or table.tag[i] == "NNS" or any(
            dep[c] in ("amod", "compound", "poss") or (dep[c] == "prep" and lower[c] == "of")
            for c in near
        ):
            heads.append((i, owned))
    return heads


def phrase_actor(index: ActorIndex, head: Token) -> Actor | None:
    """The actor an unnamed noun phrase denotes, created when it has a role noun.

    "the Canadian government" -> CAN GOV; "rebels in the Ivory Coast" -> CIV REB (a group's
    location names its country); "U.N. officials" -> IGO officials; "rebels", "students" -> a
    non-state group with a sector and no country."""
    owned = person_body(index, head)
    if owned is not None:
        return owned
    state = national_state(head)
    if state is not None:
        actor = index.government_actor(state)
        index.mention(actor, head.i, head.i + 1)
        return actor
    noun = head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in COLLECTIVE_NOUNS
    if not (plural and noun in GROUP_HEADS) and not may_end_role(head.doc, head.lower_, noun):
        return None  # the test below would fail: spare reading the modifiers (most nouns)
    doc, dep = head.doc, columns(head.doc).dep  # indices: Token.children walks a span
    speaks_for = noun in SPEAKS_FOR  # "a spokeswoman for the Russian ministry": its words
    modifiers = [t for c in children(doc).indices(head.i)
                 if dep[c] in ("amod", "compound", "poss", "nmod")
                 or (speaks_for and dep[c] == "prep" and doc[c].lower_ == "for")
                 for t in doc[c].subtree]
    modifiers.sort(key=lambda t: t.i)
    kept = owner_words([*modifiers, head])
    found = role_in(kept)
    if not (plural and noun in GROUP_HEADS) and (
            not found or found[0].split()[-1] not in (head.lower_, noun)):
        return None  # the test below would fail: spare reading countries
    context = context_of(index, kept, found)
    if not context.role or context.role.split()[-1] not in (head.lower_, noun):
        if not (plural and noun in GROUP_HEADS and (context.role or context.country)):
            return None
        context.sector = context.sector or "CVL"  # "Yoruba groups", "opposition groups"
    if context.country is None:
        context.country = owner_country(index, head, plural)
    if (context.country is None and plural and noun in ORGANIZATION_NOUNS
            and context.organization is None):
        return None  # "some other governments", "governments increasingly": no one body
    organization = context.organization
    if organization is not None and noun in ORGANIZATION_NOUNS and not context.country:
        return organization
    kind = "organization" if noun in ORGANIZATION_NOUNS else "group" if plural else "person"
    if kind == "person" and context.country is None and organization is None:
        known = same_role_person(index, context) or (
            salient_person(index, head, context.role) if definite_head(head) else None)
        if known is not None:  # "the Prime Minister", "the "Pose" actor": one already named
            index.mention(known, head.i, head.i + 1)
            return known
    code = None
    if context.country is None:
        if organization is not None and organization.code and not organization.country:
            code = member_code(organization, context.sector)  # "U.N. officials": IGOUNOGOV
        elif organization is None and kind == "organization" and context.sector in STATE_SECTORS:
            # "the government in Warsaw", else "the foreign ministry said"
            context.country = seat_country(head) or nearest_country(index, head)
        elif organization is None and (kind != "group" or context.sector in STATE_SECTORS):
            return None  # bare "officials", "troops": whose is unknown; "rebels" are a side
    size = group_size(head) if kind == "group" else None
    if size:
        existing = sized_group(index, size, context.country)
        if existing is not None:  # "two Canadians ... the two citizens ... both men"
            index.mention(existing, head.i, head.i + 1)
            return existing
    if kind == "person":
        existing = same_role_person(index, context) or office_holder(index, context)
        if existing is not None:
            index.mention(existing, head.i, head.i + 1)
            return existing
    words = [t for t in head.subtree if t.i <= head.i and t.pos_ not in ("DET", "PRON")]
    name = index.doc[words[0].i : head.i + 1].text if words else head.text
    key = ("generic", context.country, context.sector, noun, code) if kind != "person" else None
    if context.country and context.sector == "GOV" and noun == "government":
        actor = index.government_actor(context.country)
    else:
        actor = index.add(name, kind, key=key, country=context.country, sector=context.sector,
                          role=context.role, code=code)
    if size:
        index.record(actor).size = size
    index.mention(actor, head.i, head.i + 1)
    return actor


STATE_NOUNS = {"state", "regime", "leadership"}


def national_state(head: Token) -> str | None:
    """'the Chinese state', 'the Iranian regime': the country whose government it is. Only
    with 'the' and a country's own adjective, and no 'of' after it ("the Indian state of
    Assam" is a place) nor a name ("the Mexican state Oaxaca")."""
    if head.lower_ not in STATE_NOUNS or head.tag_ != "NN" or not definite_head(head):
        return None
    if any(c.dep_ in ("prep", "appos", "compound") for c in head.children):
        return None
    doc = head.doc
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
        return None
    lex = load_lexicon()
    adjectives = [c for c in head.children if c.dep_ == "amod"]
    if len(adjectives) != 1:
        return None
    iso = lex.adjectives.get(adjectives[0].lower_)
    if iso is None or lex.countries[iso].adjective.lower() != adjectives[0].lower_:
        return None  # an ethnic or regional adjective: "the Kurdish regime" is no country's
    return iso


PERSONAL_BODIES = {"office", "administration", "government", "cabinet", "campaign"}


def person_body(index: ActorIndex, head: Token) -> Actor | None:
    """'Prime Minister X's office', 'the X administration': a body of a named person, with
    the person's country and sector."""
    if head.lemma_.lower() not in PERSONAL_BODIES or head.tag_ != "NN":
        return None
    owner = next((index.for_token(c) for c in head.children
                  if c.dep_ in ("poss", "compound") and index.for_token(c) is not None), None)
    if owner is None or owner.kind != "person":
        return None
    name = f"{owner.name}'s {head.lower_}"
    actor = index.add(name, "organization", key=("body", owner.id, head.lower_),
                      country=owner.country, sector=owner.sector or "GOV")
    index.mention(actor, head.i, head.i + 1)
    return actor


def group_size(head: Token) -> int | None:
    for child in head.children:
        if child.lower_ in GROUP_SIZES:
            return GROUP_SIZES[child.lower_]
        if child.dep_ == "nummod" and child.text.isdigit():
            return int(child.text)
    return None


def sized_group(index: ActorIndex, size: int, country: str | None) -> Actor | None:
    """The latest group of this many people, of this country if one is named."""
    for actor in reversed(index.actors):
        if (actor.kind == "group" and index.record(actor).size == size
                and country in (None, actor.country)):
            return actor
    return None


def owner_country(index: ActorIndex, head: Token, plural: bool) -> str | None:
    """'the government of Canada'; for groups also where they are: 'protesters in Cairo'."""
    preps = {"of"} | (LOCATION_PREPS if plural else set())
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    country = country_of_token(index, obj) or place_country(obj)
                    if country:
                        return country
    return None


def place_country(token: Token) -> str | None:
    """The country of the place name a token is part of ("Cairo" -> EGY)."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    ent = entity_at(token.doc, token.i)
    return load_lexicon().country_of_name(ent.text) if ent is not None else None


def member_code(organization: Actor, sector: str | None) -> str:
    """Phoenix composes codes: a UN body's staff are 'IGOUNO' + their sector."""
    code = organization.code or ""
    return code if not sector or code.endswith(sector) else f"{code}{sector}"


def seat_country(head: Token) -> str | None:
    """"the government in Warsaw", "the authorities in Kyiv": the state whose capital or
    country a government noun sits in."""
    if head.lemma_.lower() not in SEATED_BODIES:
        return None
    lex = load_lexicon()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"):
            ent = entity_at(head.doc, place.i)
            text = ent.text if ent is not None else place.text
            iso = lex.country_of_name(text) or lex.seats.get(normalise(text))
            if iso:
                return iso
    return None


SEATED_BODIES = frozenset({"government", "regime", "cabinet", "authorities", "authority",
                           "administration", "leadership"})


def nearest_country(index: ActorIndex, head: Token) -> str | None:
    """The dateline country, else the country named last before head in the article, a
    subject first ("Sri Lanka opened ties with Iran, the ministry said" -> Sri Lanka)."""
    if index._dateline_country:
        return index._dateline_country
    last = subject = None
    for start, end, actor_id in index.mentions_in_order():
        if start >= head.i:
            break
        actor = index.get(actor_id)
        if actor.kind == "country":
            last = actor.country
            if index.doc[start:end].root.dep_ in ("nsubj", "nsubjpass"):
                subject = actor.country
    return subject or last
def office_holder(index: ActorIndex, context: Context) -> Actor | None:
    """'the Chinese president': the person the dictionary has in that office on the date."""
    lex = load_lexicon()
    if not context.country or not context.role or context.role.startswith("former"):
        return None
    key = lex.office_holder(context.country, context.role, index.when)
    if key is None:
        return None
    name = lex.display_name(key)
    for actor in index.actors:
        if actor.kind == "person" and actor.name == name:
            return actor
    actor = index.add(name, "person", key=("person", name), country=context.country,
                      sector=context.sector, role=context.role)
    index.record(actor).parts = tuple(name.split())
    return actor


def same_role_person(index: ActorIndex, context: Context) -> Actor | None:
    """The person the article already gave this role (any of their roles), of the same country
    (any, when the phrase names none), who works for the organisation named with it ("Acme's
    chief financial officer"). The same full role goes before a looser one: "the prime
    minister" is the prime minister before a "minister"."""
    role = (context.role or "").split()
    if not role:
        return None
    employer = context.organization.id if context.organization else None
    candidates = []
    for actor in index.actors:
        record = index.record(actor)
        if actor.kind != "person" or context.country not in (None, actor.country):
            continue
        if employer and record.employers and employer not in record.employers:
            continue
        candidates.append((actor, record.roles))
    for actor, roles in candidates:
        if any(known == " ".join(role) or known.endswith(" " + " ".join(role)) for known in roles):
            return actor
    if context.country is None and context.organization is None:
        return None  # no country nor employer to go by: the same role only
    for actor, roles in candidates:
        if any(known.split()[-1:] == role[-1:] and (len(role) == 1 or known.endswith(" ".join(
                role[-2:])) or len(known.split()) == 1) for known in roles):
            return actor
    return None


SALIENT_WINDOW_SENTENCES = 4


# Endings of nouns for people ("actor", "singer", "pianist", "spokesperson"): the role
# dictionary also lists bodies and things ("website", "school", "regime").
PERSON_NOUN_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee",
                       "ess", "ier", "eur")


def person_noun(head: Token) -> bool:
    word = head.lower_
    return (head.tag_ == "NN" or head.tag_ == "NNP") and word.endswith(PERSON_NOUN_ENDINGS) \
        and head.lemma_.lower() not in ORGANIZATION_NOUNS


def definite_head(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def salient_person(index: ActorIndex, head: Token, role: str | None) -> Actor | None:
    """'said the actor' where the article gave no one that role: the person it is about, the
    one named most often before, among those named in the last few sentences whose role the
    article has not said (a person with a known role is not re-described by another one).
    The role is recorded, so that later 'the actor' finds the same person."""
    if not person_noun(head):
        return None
    doc = index.doc
    sentence_start = head.sent.start
    window_start = sentence_start
    for _ in range(SALIENT_WINDOW_SENTENCES):
        if window_start == 0:
            break
        window_start = doc[window_start - 1].sent.start
    gender = gender_of_role(role)
    counts: dict[str, int] = {}
    recent: dict[str, int] = {}
    for start, _, actor_id in index.mentions_in_order():
        if start >= head.i:
            break
        actor = index.get(actor_id)
        record = index.record(actor)
        if (actor.kind != "person" or record.roles or actor.role
                or gender not in (None, record.gender or gender)):
            continue
        counts[actor_id] = counts.get(actor_id, 0) + 1
        if start >= window_start:
            recent[actor_id] = start
    if not recent:
        return None
    best = max(recent, key=lambda a: (counts[a], recent[a]))
    actor = index.get(best)
    if role:
        index.record(actor).roles.append(role)
    return actor
