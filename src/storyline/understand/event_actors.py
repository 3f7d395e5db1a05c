"""Event arguments the actor index does not know: a fallback for the event coder.

CONTRACT:  arguments = EventArguments(index)
           arguments.actor_for(token) -> Actor | None   # the index's answer first
           arguments.located(actor, trigger) -> EventActor

The actor index (actors.py) resolves names, dictionary bodies and role phrases; it is used
here read-only except that a phrase resolved by a fallback becomes an actor of the article
(index.add / index.mention), so the event can point to it. Fallbacks, in order:

- a noun phrase whose modifiers name a country (demonym, country name, also two-word ones:
  "Sri Lankan") and whose head names a kind of actor (a role noun of the agent dictionary,
  military hardware, ordinary people): "Israeli tanks" -> ISR MIL, "Iraqi youths" -> IRQ CVL;
- an event noun standing as an argument ("US drone attacks killed ...", "a bombing near
  <city> killed ..."): the country its modifiers or its location name;
- a demonym adjective alone, as the owner of what an event acts on ("rejected an Australian
  ultimatum") -> that country.

A state or group actor without a country (a head of state unknown to the dictionaries,
"police") takes, for the event only, the country its own phrase places it in, else the one
country its sentence names: located(). Domestic events: an unnamed target of a state's act
("Egypt banned the Muslim Brotherhood", "police arrested 12") in a sentence that names no
other country takes the source's country, as CAMEO codes it: domestic_country().
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cached_property

from spacy.attrs import ENT_IOB
from spacy.tokens import Doc, Span, Token

from storyline.model import Actor, EventActor
from storyline.understand.actors import (
    PLACE_NOUNS,
    ActorIndex,
    hyphen_compound,
    non_state,
    seat_country,
)
from storyline.understand.event_roles import authored_by
from storyline.understand.gazetteer import load_gazetteer
from storyline.understand.lexicon import Lexicon, load_lexicon, normalise
from storyline.understand.near_names import misspelt_country
from storyline.understand.nlp import (
    columns,
    entity_at,
    per_doc,
    sentence_numbers,
    token_starts,
)
from storyline.understand.places import ethnic_home, is_ethnic, level, qualifier_countries
from storyline.understand.roles import gender_of_role, role_in

MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")
PLACE_PREPS = frozenset({"in", "near", "at", "from", "outside", "inside", "throughout",
                         "across", "around", "of", "into", "on"})
PLACE_LABELS = ("GPE", "LOC", "FAC")
CITY_POPULATION = 100_000  # a city named alone that places an event in its country
# "sanctions on nine North Korean entities": the bodies a sanctions list names, its country's
LISTED_ENTITIES = frozenset({"entity", "institution"})
LEAD_SENTENCES = 4  # the lead of a news story: its first sentences (the date line among them)
# Heads that name who acts although the agent dictionary has no entry for them.
HARDWARE = frozenset({
    "tank", "jet", "warplane", "fighter", "helicopter", "gunship", "drone", "artillery",
    "warship", "gunboat", "bomber", "aircraft", "plane", "missile", "rocket", "force",
    "forces", "predator", "navy", "submarine", "battery", "unit", "patrol", "convoy",
})  # fmt: skip
PEOPLE = frozenset({
    "youth", "people", "man", "woman", "child", "children", "resident", "inhabitant",
    "citizen", "national", "person", "family", "crowd", "kurd", "worker", "passenger",
    "fisherman", "sailor", "hostage", "tourist", "pilgrim", "migrant", "detainee", "girl",
    "boy", "villager", "farmer", "trucker", "suspect", "victim", "refugee", "inmate",
    "prisoner", "individual", "teenager", "civilian", "student", "protester", "activist",
    "graduate",
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
    "relative", "widow", "fiancee", "fiancée",
})  # fmt: skip
# Event nouns whose country (by modifier or location) stands for an unnamed perpetrator.
AGENTLESS_EVENTS = frozenset({
    "attack", "bombing", "explosion", "blast", "raid", "strike", "airstrike", "shelling",
    "ambush", "bomb", "mine", "minefield", "rocket", "missile", "shooting", "fire",
})  # fmt: skip
BLAZES = frozenset({"fire"})  # an attack only when whose it is is said: "Israeli fire"
# Role nouns of diplomacy the agent dictionary lacks
STATE_ROLES = {"counterpart": "GOV", "envoy": "GOV", "emissary": "GOV", "delegation": "GOV",
               "peacekeeper": "MIL", "inspector": "GOV", "monitor": "GOV", "guard": "COP",
               "jury": "JUD"}
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
# Plural nouns with a person-like ending that name things ("apartments", "papers")
THING_NOUNS = frozenset({
    "paper", "letter", "order", "border", "matter", "number", "water", "center", "centre",
    "computer", "container", "chamber", "quarter", "corner", "river", "tower", "factor",
    "sector", "door", "floor", "error", "monitor", "meter", "filter", "layer", "charter",
    "counter", "barrier", "poster", "banner", "document", "event",
    "incident", "accident", "percent", "talent", "comment", "element", "segment",
})  # fmt: skip
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
FAITH_SECTORS = frozenset({"CHR", "MUS", "HIN", "BUD", "JEW"})  # Phoenix's faiths
# Private people and their trades: in a sentence naming one country, its people
PEOPLE_SECTORS = frozenset({"CVL", "PPL", "HLH", "EDU", "LAB", "AGR", "REL", "CRM"})
SEATED = frozenset({"JUD", "COP"})  # "a court in Dhaka", "police in Lima": that state's
# People placed by where they are ("prisoners in Turkey", "protesters in Kazakhstan")
NON_STATE_PLACED = frozenset({"CVL", "OPP", "LAB", "AGR", "EDU", "REF", "REL"})
# "thousands of students", "a group of leaders": the actor is the of-object
QUANTITY_NOUNS = frozenset({
    "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens",
    "million", "millions", "group", "number", "score", "scores", "crowd", "band", "team",
    "delegation", "contingent", "some", "many", "most", "all", "several", "few",
    "member", "members", "deployment", "detachment", "battalion", "assembly", "gathering",
    "meeting", "panel", "conference", "summit",
})  # fmt: skip
# Role nouns that are a side of an event without a country: state, armed and political ones
SIDE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "REB", "INS", "OPP", "PTY",
                          "ELI", "UAF"})
DOMESTIC_ACTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
STATE_LIKE = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "ELI", "REB", "OPP", "CVL",
                        "REF", "MED", "BUS", "LAB", "EDU", "AGR", "REL", "UAF", "PTY"})


class EventArguments:
    """Actors for event arguments: the index first, then the fallbacks above."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self._sentence_countries: dict[int, str | None] = {}
        self._named_in: dict[tuple[int, int, bool], frozenset[str]] = {}  # per sentence
        # actor id -> (country, sector) its phrase names where the index found no country
        self._phrase_countries: dict[str, tuple[str, str | None]] = {}
        self.bare_roles: set[str] = set()  # ids of fallback role actors without a country
        self.sentence_placed: set[str] = set()  # ... placed only by their sentence's country
        self._names: set[int] | None = None  # tokens that may name a country (_may_name)

    def actor_for(self, token: Token) -> Actor | None:
        staffed = self._staff_of(token)
        if staffed is not None:
            return staffed
        actor = self.index.for_phrase(token)
        if actor is not None and actor.name.lower() in GENERIC_BODIES:
            actor = self._local_body(actor, token)
        if actor is not None and token.pos_ in ("NOUN", "PROPN") and not non_state(actor):
            iso = phrase_country(token)
            if iso and actor.country is None:  # "the Sri Lankan navy" without its country
                sector = actor.sector or _head_sector(token)
                self._phrase_countries.setdefault(actor.id, (iso, sector))
            elif iso and actor.country != iso and actor.kind != "country":
                # "his Russian counterpart" taken for the Cuban minister: the phrase wins
                return self._fallback(token) or actor
            elif iso is None and actor.country is None and actor.sector in SEATED:
                iso = location_country(token)  # "a court in Dhaka"
                if iso:
                    self._phrase_countries.setdefault(actor.id, (iso, actor.sector))
        if actor is not None and actor.country is None and actor.sector is None:
            misspelt = self._misspelt_country(token)  # "Kazakstan": known as a name only
            if misspelt is not None:
                return misspelt
        if actor is not None:
            return actor
        member = quantified(token)
        if member is not None:
            return self.actor_for(member)
        if token.pos_ == "ADJ":
            # "a U.S.-drafted resolution": the U.S.
            iso = _country_word(authored_by(token.text) or token.text)
            return self.index.country_actor(iso) if iso and token.dep_ == "amod" else None
        if token.pos_ == "PRON":
            found = _indefinite_antecedent(token)
            return self.actor_for(found) if found is not None else None
        if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("DATE", "TIME"):
            return None
        first = token
        while first.dep_ == "conj" and first.head is not first:
            first = first.head  # "Tokyo and Seoul imposed": Seoul stands where Tokyo does
        if token.ent_type_ in ("GPE", "") and token.pos_ == "PROPN" and first.dep_ in (
                "dobj", "pobj", "nsubj"):
            lex, key = load_lexicon(), normalise(_entity_text(token))
            iso = lex.country_names.get(key)
            if iso:  # "visited Cyprus": a country named as a place is still that country
                return self.index.country_actor(iso)
            iso = lex.seats.get(key) if _metonymic(first) else None
            if iso:  # "Moscow accused Kyiv": a capital named as a side is its state
                return self.index.country_actor(iso)
        return self._fallback(token)

    def _fallback(self, head: Token) -> Actor | None:
        lemma = head.lemma_.lower()
        body = self._led_body(head) or self._sent_by(head)
        if body is not None:
            return body
        if lemma in AGENTLESS_EVENTS or head.lower_ in AGENTLESS_EVENTS:
            iso = phrase_country(head)
            if iso is None and lemma not in BLAZES:  # "a fire in X" may be an accident
                iso = location_country(head) or (
                    location_country(head.head) if head.dep_ == "nsubj" else None)
            return self.index.country_actor(iso) if iso else None
        misspelt = self._misspelt_country(head)
        if misspelt is not None:
            return misspelt
        named = phrase_country(head)
        if named and is_ethnic(head):
            named = ethnic_home(head, named)
            if named is None:
                return None
        if lemma in PLACE_NOUNS or lemma in LISTED_ENTITIES:
            return self.index.country_actor(named) if named else None
        sector = _head_sector(head)
        if sector is None and named and lemma.endswith(AGENT_SUFFIXES) and head.pos_ == "NOUN":
            sector = "CVL"  # "a Syrian dissident": a person of that country
        if sector is None:
            return None
        iso = named or owner_country(head) or seat_country(head) or (
            location_country(head) if sector in NON_STATE_PLACED | SEATED else None
        ) or self._relative_country(head)
        if iso is None and any(c.dep_ == "poss" and c.lemma_.lower() in OWN_COUNTRY_WORDS
                               for c in head.children):
            iso = self.sentence_country(head.sent)  # "the country's largest teachers' union"
        by_sentence = (iso is None and sector in STATE_SECTORS and not _modified(head)
                       and not (lemma in HARDWARE and head.dep_ == "compound"))
        # ("hit by drone strikes": whose drones the sentence does not say)
        if by_sentence:
            iso = self.sentence_country(head.sent)  # "police arrested ... in Lima"
        if iso is None and sector in PEOPLE_SECTORS and not _foreign(head):
            iso = self.sentence_country(head.sent)  # "in London, a man stabbed people"
        if iso is None and (not _role_noun(head) or _owned(head)):
            return None  # "people", "miners", "inspectors of the IAEA": not a side alone
        plural = head.tag_ in ("NNS", "NNPS")
        kind = "group" if plural or lemma in HARDWARE else "person"
        words = [t for t in head.subtree if t.i <= head.i and t.pos_ not in ("DET", "NUM")]
        name = head.doc[words[0].i : head.i + 1].text if words else head.text
        key = ("event-argument", iso, sector, lemma)
        actor = self.index.add(name, kind, key=key, country=iso, sector=sector,
                               role=lemma if sector != "CVL" else None)
        self.index.mention(actor, head.i, head.i + 1)
        if iso is None:
            self.bare_roles.add(actor.id)
        elif by_sentence:
            self.sentence_placed.add(actor.id)
        return actor

    def _relative_country(self, head: Token) -> str | None:
        """"the coalition that governs Uruguay", "the leader, who fled Uganda": the one
        country a relative clause says the role belongs to."""
        for clause in (c for c in head.children if c.dep_ == "relcl"):
            office = _took_office(clause)  # "took office in Canberra": the place
            if office or clause.lemma_.lower() in BELONGING_VERBS:
                # what it governs, runs or fled (its object): not "who served in Iraq"
                deps = ("dobj", "prep") if office else ("dobj",)
                words = [t for o in clause.children if o.dep_ in deps for t in o.subtree]
                found = self.sentence_countries(words, adjectives=True)
                if len(found) == 1:
                    return found.pop()
        return None

    def _sent_by(self, head: Token) -> Actor | None:
        """"U.N. monitors", "Red Cross workers": people or things named after an IGO or NGO
        are its; so are "a convoy of U.N. aid trucks" and "a team of U.N. monitors" (a
        body's convoy or team, not the place it goes to)."""
        words = [(t, False) for c in head.children if c.dep_ in ("compound", "nmod", "poss")
                 for t in c.subtree]  # "Peru's football team": not Peru's act
        if head.lemma_.lower() in SENT_GROUPS:
            words += [(t, True) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.i <= o.i]
        for word, carried in words:
            actor = self.index.for_token(word)
            if actor is not None and (non_state(actor) or (
                    carried and actor.kind in ("organization", "country"))):
                return actor
        return None

    def _local_body(self, actor: Actor, token: Token) -> Actor:
        """"The bill ... was voted down by the Senate" in a sentence about Chile alone: the
        dictionary's Senate is the American one, the sentence's is Chile's."""
        named = {iso for t in token.sent if t.dep_ == "pobj" and t.head.lower_ in WHERE_PREPS
                 and (iso := place_name_country(t) or _place_owner(t))}
        if len(named) != 1 or actor.country in named:  # named as a place, not a side
            return actor
        iso = next(iter(named))
        sector = GENERIC_BODIES[actor.name.lower()]
        local = self.index.add(actor.name, "organization", key=("generic", iso, sector, "senate"),
                               country=iso, sector=sector, role=actor.name.lower())
        self.index.mention(local, token.i, token.i + 1)
        return local

    def _staff_of(self, head: Token) -> Actor | None:
        """"two staff members of the Indian High Commission", "employees of the Red Cross":
        the staff of a state body or an IGO/NGO are that body as a side."""
        if head.lemma_.lower() not in STAFF_NOUNS:
            return None
        return self._of_body(head, lambda a: a.kind == "organization" and (
            non_state(a) or a.sector in STATE_SECTORS))

    def _led_body(self, head: Token) -> Actor | None:
        """"the chairman of the African Union Commission", "the head of Sudan's army": one
        who leads a body acts for it; so does an office holder of an international or
        non-governmental body ("the president of the European Council")."""
        if role_in([head]) is not None:
            return self._of_body(head, lambda a: a.kind == "organization" and non_state(a))
        if head.lemma_.lower() not in LEADERS:
            return None
        return self._of_body(head, lambda a: a.kind in ("organization", "country"))

    def _of_body(self, head: Token, accepts: Callable[[Actor], bool]) -> Actor | None:
        """The first actor of head's of-phrase that accepts takes."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for body in (o for o in prep.children if o.dep_ == "pobj"):
                actor = self.actor_for(body)
                if actor is not None and accepts(actor):
                    return actor
        return None

    def _misspelt_country(self, head: Token) -> Actor | None:
        """"Ethopia agreed": a proper noun one letter off a country name is that country."""
        if head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON", ""):
            return None
        ent = entity_at(head.doc, head.i)
        if head.ent_type_ == "PERSON" and (ent is None or len(ent) > 1):
            return None  # a one-word "person" may be a misspelt country; a full name is not
        iso = misspelt_country(head)
        return self.index.country_actor(iso) if iso else None

    def located(self, actor: Actor, trigger: Token, head: Token | None = None,
                source: EventActor | None = None) -> EventActor:
        """The event's view of an actor: a country-less state or group actor takes the
        country its own phrase places it in ("aid workers from Kenya"), else the one country
        named in the trigger's sentence (CAMEO's convention for domestic actors); a target
        (source given) acted on by a state with no other country in sight is domestic."""
        found = self.index.event_actor(actor)
        # "Islamic State fighters in Syria": an international group's fighters keep its code
        # and take the country they fight in
        affiliate = actor.kind == "group" and actor.sector in ("REB", "UAF") and (
            actor.code or "").startswith("IMG")
        if actor.country or (non_state(actor) and not affiliate):
            return found
        if actor.id in self._phrase_countries:
            iso, sector = self._phrase_countries[actor.id]
            return found.model_copy(update={"country": iso, "code": f"{iso}{sector or ''}"})
        heads = [head] if head is not None else self._mentions_in(actor, trigger.sent)
        iso = next((place for h in heads if (place := location_country(h))), None)
        if iso is None:
            iso = self.relative_country(actor, trigger.sent, head)  # "the rebels, who ..."
        if iso is None and actor.sector in STATE_LIKE:
            iso = self.sentence_country(trigger.sent)
        if iso is None and actor.sector in STATE_LIKE:  # "Lebanese protesters ... the premier"
            named = self.sentence_countries(trigger.sent, adjectives=True)
            # none named: "Thames Valley Police said" is the article's country's
            iso = named.pop() if len(named) == 1 else None if named else self.home_country
        if iso is None and source is not None:
            iso = self.domestic_country(source, trigger)
        if iso is None and actor.sector in PEOPLE_SECTORS:  # "stabbed people in London"
            iso = self.sentence_country(trigger.sent)
            if iso is None:  # "Ecuadorian soldiers were shot by gang members"
                named = self.sentence_countries(trigger.sent, adjectives=True)
                iso = named.pop() if len(named) == 1 else None
        if iso is None and source is not None and source.country and (
                actor.sector in DOMESTIC_ACTORS):  # "rebels fired on an army post": its army
            named = self.sentence_countries(trigger.sent, adjectives=True)
            iso = source.country if named <= {source.country} else None
        if iso is None and not self.sentence_countries(trigger.sent, adjectives=True):
            iso = self.home_country  # "McArthur murdered ...", "a man": where the story is
        if iso is None:
            return found
        if affiliate:
            return found.model_copy(update={"country": iso})
        return found.model_copy(update={"country": iso, "code": f"{iso}{actor.sector or ''}"})

    def _mentions_in(self, actor: Actor, sentence: Span) -> list[Token]:
        """The tokens of the sentence that mention the actor, in order."""
        doc, by_token = self.index.doc, self.index._by_token
        return [doc[i] for i in range(sentence.start, sentence.end)
                if by_token.get(i) == actor.id]

    def relative_country(self, actor: Actor, sentence: Span, head: Token | None
                         ) -> str | None:
        """_relative_country of the phrase, or of a mention of its actor in the sentence:
        "the rebels, who control much of X's Y province, said they ..." (the event has
        "they")."""
        heads = ([head] if head is not None else []) + self._mentions_in(actor, sentence)
        return next((iso for token in heads if (iso := self._relative_country(token))), None)

    def domestic_country(self, source: EventActor, trigger: Token) -> str | None:
        """The source's own country, for an unnamed target of a state's act in a sentence that
        names no other country ("police detained dozens of activists in Minsk"): CAMEO codes
        such events as domestic, target country = source country."""
        if not source.country or not acting_state(source):
            return None
        named = self.sentence_countries(trigger.sent, adjectives=True)
        return source.country if named <= {source.country} else None

    @cached_property
    def home_country(self) -> str | None:
        """The country an article is about: its dateline's, else the one it names most,
        at least twice as often as any other (a report from abroad names its own state
        bodies without their country). A name in the lead counts twice: the lead says
        where the story happens, later paragraphs add background from elsewhere."""
        return self.index._dateline_country or self._most_named_country()

    def _most_named_country(self) -> str | None:
        counts: Counter[str] = Counter()  # weighted: a mention in the lead counts twice
        mentions: Counter[str] = Counter()
        doc = self.index.doc
        sentence = sentence_numbers(doc)

        lead: set[str] = set()  # the countries named in the lead

        def count(iso: str, i: int) -> None:
            in_lead = i < len(doc) and sentence[i] < LEAD_SENTENCES
            counts[iso] += 2 if in_lead else 1
            mentions[iso] += 1
            if in_lead:
                lead.add(iso)

        named: set[int] = set()
        last, previous = None, -2
        for i in _name_tokens(doc):  # country names are entities or proper-noun compounds
            token = doc[i]
            iso = None if _not_a_name(token) else _token_country(self.index, token)
            if iso and not (iso == last and i == previous + 1):  # "United States": one
                count(iso, i)
                named.add(token.idx)
            last, previous = iso, i
        starts = token_starts(doc)
        for place in self.index.places:  # towns and regions: "in Oxfordshire"
            if place.country and place.span[0] not in named:
                count(place.country, bisect_left(starts, place.span[0]))
        for start, _, actor_id in self.index._mentions:  # "Zelensky said": his country
            actor = self.index.get(actor_id)
            if actor.kind == "person" and actor.country:
                count(actor.country, start)
        ranked = counts.most_common(2)
        if not ranked or mentions[ranked[0][0]] < 2:  # the lead weighs, one name is no home
            return None
        if lead == {ranked[0][0]}:  # the lead names no other: later ones are background
            return ranked[0][0]
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def sentence_countries(self, sentence: Span, adjectives: bool = False) -> set[str]:
        """Countries named in a sentence as actors or places (and, with adjectives, by a
        demonym: "near the Libyan border")."""
        key = (sentence.start, sentence.end, adjectives) if isinstance(sentence, Span) else None
        if key in self._named_in:
            return set(self._named_in[key])
        tokens = self._may_name(sentence, adjectives) if key is not None else list(sentence)
        found = {iso for t in tokens if (iso := _token_country(self.index, t))}
        if adjectives:
            found |= {iso for t in tokens if t.pos_ == "ADJ" and not hyphen_compound(t)
                      and (iso := _adjective_country(t))}  # not "Greek-flagged"
        if key is not None:
            self._named_in[key] = frozenset(found)
        return found

    def _may_name(self, sentence: Span, adjectives: bool) -> list[Token]:
        """The tokens of a sentence that may name a country (_token_country: names, actor
        mentions; with adjectives, adjectives), read from the token tables."""
        doc = sentence.doc
        if self._names is None:
            self._names = set(_name_tokens(doc))
        names, mentioned, pos = self._names, self.index._by_token, columns(doc).pos
        return [doc[i] for i in range(sentence.start, sentence.end)
                if i in names or i in mentioned or (adjectives and pos[i] == "ADJ")]

    def sentence_country(self, sentence: Span) -> str | None:
        if sentence.start not in self._sentence_countries:
            found = self.sentence_countries(sentence)
            self._sentence_countries[sentence.start] = found.pop() if len(found) == 1 else None
        return self._sentence_countries[sentence.start]


def acting_state(actor: EventActor) -> bool:
    """A country, or a state body of one (government, police, army, courts, legislature)."""
    code = actor.code or ""
    return bool(actor.country) and (code == actor.country or code[3:6] in DOMESTIC_ACTORS)


def people_phrase(token: Token) -> bool:
    """Does an unresolved argument name people or a body ("200 prisoners", "arresting 12",
    "the opposition party") rather than a thing or a place?"""
    if token.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT"):
        return False
    if token.pos_ == "NUM" or quantified(token) is not None:
        return True
    return token.pos_ in ("NOUN", "PROPN") and _head_sector(token) is not None


BELONGING_VERBS = frozenset({"govern", "run", "lead", "head", "represent", "oversee", "handle",
                             "rule", "serve", "control", "command", "flee", "manage",
                             "chair", "direct"})  # a relative clause saying whose one is
SENT_GROUPS = frozenset({"convoy", "team", "delegation", "contingent", "mission", "column",
                         "fleet", "flotilla", "shipment", "consignment"})
STAFF_NOUNS = frozenset({"staff", "member", "employee", "personnel", "staffer", "worker",
                         "official", "officer", "diplomat"})
FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "partisan", "backer",
                       "sympathizer", "sympathiser", "member", "ally"})
OUTSIDERS = frozenset({"foreigner", "expatriate", "expat", "tourist", "visitor", "migrant",
                       "immigrant", "refugee", "alien"})
OWN_COUNTRY_WORDS = frozenset({"country", "nation", "kingdom", "republic"})
WHERE_PREPS = frozenset({"in", "inside", "across", "throughout"})  # where it sits
GENERIC_BODIES = {"senate": "LEG"}  # names the dictionary gives one country, every state has
LEADERS = frozenset({"chairman", "chairwoman", "chairperson", "chair", "head", "chief",
                     "director", "boss"})  # who leads the body of their of-phrase
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary", "delegation"})
# Whose "from" names a side: an envoy's state, the sender of a request or invitation
SENT_FROM = ENVOYS | {"invitation", "offer", "request", "demand", "call", "appeal",
                      "proposal", "plea", "pressure", "warning", "ultimatum"}
# Prepositions whose object is a side, not a place: "talks with Beijing"
SIDE_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "by", "upon"})


def _metonymic(token: Token) -> bool:
    """Does a capital stand here as a side (subject, object, "with Beijing"), not a place?"""
    if token.dep_ == "pobj" and token.head.lower_ == "from":  # "its envoy from Tehran"
        return token.head.head.lemma_.lower() in SENT_FROM  # "an invitation from Washington"
    return token.dep_ in ("nsubj", "dobj") or (
        token.dep_ == "pobj" and token.head.lower_ in SIDE_PREPS)


def _entity_text(token: Token) -> str:
    ent = entity_at(token.doc, token.i)
    return ent.text if ent is not None else token.text


def quantified(head: Token) -> Token | None:
    """The of-object of a quantity or group noun: "thousands of [students]"."""
    if head.lemma_.lower() not in QUANTITY_NOUNS and head.lower_ not in QUANTITY_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return quantified(objects[0]) or objects[0]
    return None


PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _indefinite_antecedent(pronoun: Token) -> Token | None:
    """"A man ... began to stab people. He injured three": a he or she that coreference
    left unresolved stands for the last unnamed person who was the subject of a clause in
    its own or the previous sentence, when the gender does not contradict it."""
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    if gender is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc, sentence = pronoun.doc, pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
            continue
        if token.head.dep_ not in ("ROOT", "conj"):
            continue  # "said a soldier had died. He ...": not the reported one
        noun = token.lemma_.lower()
        if (token.pos_ == "NOUN" and token.tag_ == "NN" and gender_of_role(noun) in (None, gender)
                and _head_sector(token) is not None):
            return token
        return None  # the nearest subject is no person: "The toilet ... He"
    return None


def _head_sector(head: Token) -> str | None:
    lemma = head.lemma_.lower()
    if lemma in HARDWARE:
        return "MIL"
    found = _title_role(head)
    if found:  # "a Christian missionary" (CHR) is a religious person, placed like one
        return "REL" if found[1] in FAITH_SECTORS else found[1]
    if lemma in STATE_ROLES:
        return STATE_ROLES[lemma]
    if lemma in PEOPLE or head.lower_ in PEOPLE or head.ent_type_ == "NORP":
        return "CVL"
    if head.tag_ == "NNS" and lemma.endswith(AGENT_SUFFIXES) and not (
            lemma.endswith("ment") or lemma in THING_NOUNS):
        return "CVL"  # "miners", "physicians": people, of unknown trade
    return None


def _title_role(head: Token) -> tuple[str, str] | None:
    """The role a noun names, alone or with its of-phrase ("secretary of state",
    "minister of foreign affairs")."""
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    found = role_in([*compounds, head])  # "comptroller general", not a general
    if found and found[0].split()[-1] not in (head.lower_, head.lemma_.lower()):
        found = role_in([head])  # "prison terms": no prison's
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        # up to the of-object, not its own phrases: not the "armed forces" in "a stock of
        # parts to Ukraine's armed forces"
        ends = [o.i for o in prep.children if o.dep_ == "pobj"]
        titled = found or role_in([t for t in (head, *prep.subtree) if t.pos_ != "DET"
                                   and t.i <= max(ends, default=head.i)])
        # a title begins with the head ("secretary of state"); "the rights of citizens" is
        # no citizen; "supporters of the president" are on his side
        return titled if titled and (titled[0].split()[0] in (
            head.lower_, head.lemma_.lower()) or head.lemma_.lower() in FOLLOWERS) else None
    return found


def _role_noun(head: Token) -> bool:
    """A role of the agent dictionary or a state role ("the prime minister", "rebels",
    "police"): a side of an event even where no country is in sight, coded by its sector."""
    found = _title_role(head)
    return (found is not None and found[1] in SIDE_SECTORS) or head.lemma_.lower() in STATE_ROLES


def conjoined_countries(head: Token) -> list[str]:
    """Further countries of conjoined modifiers ("U.S. and South Korean troops" -> KOR) and
    of a plural's conjoined owners ("envoys from Rwanda and Congo" -> COD)."""
    lex = load_lexicon()
    found = []
    for modifier in head.children:
        if modifier.dep_ not in MODIFIER_DEPS:
            continue
        for conj in modifier.conjuncts:
            words = [t.text for t in conj.subtree if t.dep_ not in ("cc", "punct", "conj")
                     or t is conj]
            key = normalise(" ".join(words))
            iso = lex.adjectives.get(key) or lex.country_names.get(key) or lex.peoples.get(key)
            if iso:
                found.append(iso)
    if head.tag_ == "NNS":  # "envoys from Rwanda and Congo", "the presidents of X and Y"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found += [iso for conj in obj.conjuncts if conj.pos_ == "PROPN"
                          and (iso := lex.country_of_name(_entity_text(conj)))]
    return found


def owner_country(head: Token) -> str | None:
    """The country an of/from phrase names: "troops from Uruguay", "the army of Chad"."""
    lex = load_lexicon()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "PROPN":
                iso = lex.country_names.get(normalise(_entity_text(obj))) or (
                    misspelt_country(obj) if obj.ent_type_ in ("GPE", "NORP") else None)
                if iso:
                    return iso
    return None


def _place_owner(token: Token) -> str | None:
    """"in Chile's capital": the country owning a place noun."""
    if token.lemma_.lower() not in PLACE_NOUNS:
        return None
    return next((iso for c in token.children if c.dep_ == "poss"
                 and (iso := place_name_country(c))), None)


def _foreign(head: Token) -> bool:
    """"a South African", "two foreigners": people named by their nationality or as
    outsiders are not of the sentence's country."""
    return head.ent_type_ == "NORP" or head.lemma_.lower() in OUTSIDERS


def _took_office(clause: Token) -> bool:
    """"who took office in Canberra in May": the state whose office it is."""
    return clause.lemma_.lower() in ("take", "assume") and any(
        c.dep_ == "dobj" and c.lower_ in ("office", "power") for c in clause.children)


def _owned(head: Token) -> bool:
    """"inspectors of the IAEA", "leaders from X": the phrase names whose they are (a name:
    "accused the prime minister of corruption" hangs the charge on the role)."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from")
               and any(o.pos_ == "PROPN" for o in c.children) for c in head.children)


def _modified(head: Token) -> bool:
    """Has the phrase an owner or a named modifier that says whose it is ("its police",
    "Hamas gunmen"; not a plain adjective: "military aircraft")?"""
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod")
                                    and (c.ent_type_ or c.pos_ == "PROPN"))
               for c in head.children)


def _adjective_country(token: Token) -> str | None:
    return _country_word(token.text)


def _country_word(word: str) -> str | None:
    """The country a demonym or a country's name stands for."""
    lex = load_lexicon()
    key = normalise(word)
    return lex.adjectives.get(key) or lex.country_names.get(key)


def _name_part(token: Token, lex: Lexicon) -> bool:
    """A word of a person's name ("Jordan" of "Jordan Smith"), which names no country; a
    demonym the tagger put in a name still does ("her Ugandan counterpart")."""
    return (token.ent_type_ == "PERSON" and token.pos_ == "PROPN"
            and normalise(token.text) not in lex.adjectives)


def phrase_country(head: Token) -> str | None:
    """The country the modifiers of a noun phrase name: "Iraqi", "US", "Sri Lankan"."""
    lex = load_lexicon()
    modifiers = sorted((t for c in head.children if c.dep_ in MODIFIER_DEPS
                        for t in c.subtree if not hyphen_compound(t)  # "Iran-backed"
                        and not _name_part(t, lex)),
                       key=lambda t: t.i)
    for start in range(len(modifiers)):
        for end in range(min(len(modifiers), start + 3), start, -1):
            run = modifiers[start:end]
            if any(b.i != a.i + 1 for a, b in zip(run, run[1:], strict=False)):
                continue
            key = normalise(" ".join(t.text for t in run))
            iso = lex.adjectives.get(key) or lex.country_names.get(key) or lex.peoples.get(key)
            if iso:
                return iso
    if head.ent_type_ == "NORP":  # "Kurds" alone is no country; "Iraqis" is
        return lex.peoples.get(normalise(head.text))
    for token in modifiers:  # "Ethopian troops"
        iso = misspelt_country(token) if token.pos_ in ("ADJ", "PROPN") and (
            token.ent_type_ != "PERSON") else None
        if iso:
            return iso
    return None


def location_country(head: Token, outside: Token | None = None) -> str | None:
    """The country of a place named in a location phrase of head ("near the town of X"),
    other than the phrase holding outside (a noun's target: "an attack on X")."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                 and not (outside is not None and c.left_edge.i <= outside.i <= c.right_edge.i)):
        for token in prep.subtree:
            iso = place_name_country(token)
            if iso:
                return iso
    return None


def framing_country(sentence: Span) -> str | None:
    """The country of a place phrase that opens the sentence and frames all of it: "In
    mainland China, ..., but an author was sentenced" (the parser hangs it on the first
    clause only)."""
    first = sentence[0]
    if first.lower_ != "in" or first.dep_ != "prep":
        return None
    after = first.right_edge.i + 1
    if after >= sentence.end or first.doc[after].text != ",":
        return None
    for token in first.subtree:
        iso = place_name_country(token)
        if iso:
            return iso
    return None


def place_name_country(token: Token) -> str | None:
    """The country of the place name that starts at token (any entity label: the tagger
    calls some towns NORP), or of a proper noun outside entities."""
    if token.ent_iob_ == "B":
        ent = entity_at(token.doc, token.i)
        if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"):
            return None
        if _federal_district(ent):
            return "USA"  # "the Northern District of Georgia": a U.S. court's district
        # also "in Sfax" tagged ORG; a capital whatever its label ("in Niamey")
        lex = load_lexicon()
        return (_named_alongside(ent) or lex.country_of_name(ent.text)
                or lex.seats.get(normalise(ent.text)) or _qualified_country(ent)
                or (city_country(ent.text) if ent.label_ in PLACE_LABELS else None))
    if token.pos_ == "PROPN" and not token.ent_type_:
        placed = token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS
        return load_lexicon().country_of_name(token.text) or (
            city_country(token.text) if placed else None)  # "at Lviv", not "Hamas"
    return None


def _federal_district(place: Span) -> bool:
    """"Northern District of Georgia": a U.S. state after "District of" is a federal court's
    district, not the country of the same name."""
    doc = place.doc
    before = [t.lower_ for t in doc[max(place.start - 2, 0):place.start]]
    return before == ["district", "of"] and "USA" in qualifier_countries(place.text)


def _qualified_country(place: Span) -> str | None:
    """"Georgetown, Texas", "St. John's, Newfoundland": the country of the region or
    country written after the town, which wins over a capital of the same name abroad."""
    doc, end = place.doc, place.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    after = entity_at(doc, end + 1)
    text = after.text if after is not None and after.start == end + 1 else doc[end + 1].text
    if level(text) not in (1, 2):
        return None
    found = qualifier_countries(text)
    return found[0] if found else None


def _named_alongside(ent: Span) -> str | None:
    """The country of a town whose name several countries have, when its sentence names
    one of them: "Ferreyra of Argentina ... supporters in Cordoba" is Argentina's Cordoba."""
    lex, key = load_lexicon(), normalise(ent.text)
    if key in lex.country_names or key in lex.seats:
        return None
    towns = {m.country for m in load_gazetteer().lookup(ent.text) if m.primary and m.country}
    if len(towns) < 2:
        return None
    sentence = ent.sent
    inside = {entity_at(ent.doc, i) for i in range(sentence.start, sentence.end)}
    named = {(lex.country_names if e.label_ == "GPE" else lex.adjectives).get(normalise(e.text))
             for e in inside if e is not None and e.label_ in ("GPE", "NORP") and e != ent}
    named &= towns
    return named.pop() if len(named) == 1 else None


def city_country(name: str, population: int = CITY_POPULATION) -> str | None:
    """The country of a large city the dictionary does not list ("fired at Lviv")."""
    found = load_gazetteer().resolve(name)
    return found.country if found is not None and found.kind == "city" and found.primary and (
        found.population >= population) else None  # a city's own name, not an alias


@per_doc
def _name_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens that may name a country: inside an entity, or a proper-noun
    compound ("the Kenya Anti-Corruption Commission")."""
    table = columns(doc)
    inside = doc.to_array(ENT_IOB).tolist()  # 0 unset, 1 I, 2 O, 3 B
    return [i for i, iob in enumerate(inside)
            if iob in (1, 3) or (table.pos[i] == "PROPN" and table.dep[i] == "compound")]


def _not_a_name(token: Token) -> bool:
    """A pronoun that coreference tied to a country, or the country of a currency ("US
    dollars"): neither says where a story happens."""
    return token.pos_ == "PRON" or token.ent_type_ == "MONEY"


def _token_country(index: ActorIndex, token: Token) -> str | None:
    """The country a token names, as a country actor or as a place."""
    actor = index.for_token(token)
    if actor is not None and actor.kind == "country":
        return actor.country
    if actor is not None and token.pos_ == "PROPN" and actor.role == "government":
        return actor.country  # a capital, also one the tagger took for a person: "Yerevan"
    if token.ent_type_ in PLACE_LABELS and token.ent_iob_ == "B":
        return place_name_country(token)
    if token.pos_ == "PROPN" and token.dep_ == "compound":  # "the Kenya Anti-Corruption ..."
        lex = load_lexicon()
        return None if _name_part(token, lex) else lex.country_names.get(  # "Jordan Smith"
            normalise(token.text))
    return None
