"""Events: PLOVER-coded who-did-what-to-whom, each with its evidence sentence.

CONTRACT:  code_events(doc, actors: ActorIndex, times: TimeIndex, quotes, published=None)
               -> list[model.Event]

How: every verb, light verb + object, and event noun of the lexicon (event_lexicon.py) is a
candidate trigger. Its source and target come from the dependency parse (event_roles.py) and
are resolved to actors only through the ActorIndex; its negation, condition, intention and
reporting speaker from the clause around it (event_modality.py). A trigger that is the
complement of another trigger ("threatened to impose sanctions", "demanded the release")
is the content of that event, not an event of its own: it refines the outer event's mode.
Announced future cooperation becomes AGREE and announced future force THREATEN, as the PLOVER
manual asks. No event without a resolved source; none without a target where PLOVER requires
one; one event per source-target dyad; duplicates merge, keeping the highest confidence and
the first evidence. A target-less event repeating the type, mode, source and modality of an
event with a target ("Canada's arrest" next to "Canada's arrest of X") merges into the
nearest such event; an event whose source and target are the same actor is dropped. A bare
possessor of an undergone noun is its patient ("her arrest"), unless it is a state
("Canada's arrest") or the noun has an of-object ("X's arrest of Y").

Confidence (0..1) is a documented heuristic, not a probability:
  0.45 base, +0.20 curated lexicon entry (vs. derived CAMEO entry), +0.15 target resolved,
  +0.10 subject written in the trigger's own clause, -0.15 subject taken from the reporting
  speaker or a reporting authority, -0.10 hypothetical, -0.05 nominal trigger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from storyline.model import Actor, Event, Quote
from storyline.understand import event_roles
from storyline.understand.actors import ActorIndex
from storyline.understand.event_lexicon import CURATED, Lexicon, Trigger, load_lexicon
from storyline.understand.event_modality import Modality, modality
from storyline.understand.ontology import describe, requires_recipient
from storyline.understand.times import TimeIndex

CONTENT_TAKERS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
ACTING_AUTHORITY = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
# (outer type, content type) -> (mode, CAMEO) of the outer event
CONTENT_CODES = {
    ("REQUEST", "RETREAT"): ("yield", "1053"), ("REQUEST", "CONCEDE"): ("yield", "105"),
    ("REQUEST", "CONSULT"): ("meet", "106"), ("REQUEST", "AID"): ("assist", "103"),
    ("REQUEST", "COOPERATE"): ("assist", "101"), ("REQUEST", "SUPPORT"): ("assist", "102"),
    ("REJECT", "RETREAT"): ("yield", "1243"), ("REJECT", "CONSULT"): ("meet", "125"),
    ("REJECT", "AID"): ("assist", "122"), ("REJECT", "COOPERATE"): ("assist", "121"),
    ("THREATEN", "SANCTION"): ("restrict", "1312"), ("THREATEN", "COERCE"): ("restrict", "132"),
    ("THREATEN", "ASSAULT"): ("violence", "138"), ("THREATEN", "MOBILIZE"): ("violence", "138"),
    ("AGREE", "COOPERATE"): (None, "031"), ("AGREE", "AID"): (None, "033"),
    ("AGREE", "RETREAT"): (None, "035"), ("AGREE", "CONCEDE"): (None, "035"),
    ("AGREE", "CONSULT"): (None, "036"), ("AGREE", "SUPPORT"): (None, "032"),
}  # fmt: skip
THREAT_MODES = {"arrest": "arrest", "deport": "expel"}
FUTURE_AS_AGREE = frozenset({"COOPERATE", "AID", "RETREAT", "CONSULT", "SUPPORT", "CONCEDE"})
FUTURE_AS_THREAT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


@dataclass(frozen=True)
class Candidate:
    token: Token  # the trigger's head word
    trigger: Trigger
    words: str  # the trigger as written
    nominal: bool = False
    possessor_undergoes: bool = False  # "her arrest": the bare possessor is the patient


def code_events(doc: Doc, actors: ActorIndex, times: TimeIndex, quotes: list[Quote],
                published: dt.date | None = None, use_derived: bool = False) -> list[Event]:
    """PLOVER events of one parsed article (see the module docstring)."""
    coder = _Coder(doc, actors, times, quotes, published)
    candidates = find_triggers(doc, load_lexicon(), use_derived)
    events: list[Event] = []
    for candidate in _absorb_contents(candidates):
        events.extend(coder.events(candidate))
    events = [e for e in events if e.target is None or _actor_key(e.target)
              != _actor_key(e.source)]
    return drop_side_remarks(merge_untargeted(merge_duplicates(events)))


def find_triggers(doc: Doc, lexicon: Lexicon, use_derived: bool = False) -> list[Candidate]:
    found: dict[int, Candidate] = {}
    light_objects: set[int] = set()
    for token in doc:
        if token.pos_ != "VERB":
            continue
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            entry = lexicon.light_verb(token.lemma_.lower(), obj.lemma_.lower())
            if entry:
                found[token.i] = Candidate(token, entry, f"{token.text} {obj.text}")
                light_objects.add(obj.i)
                break
        if token.i in found:
            continue
        attached = [c.lower_ for c in token.children if c.dep_ in ("prt", "prep")]
        entry = lexicon.verb(token.lemma_.lower(), attached, use_derived)
        if entry:
            words = f"{token.text} {entry.prep}" if entry.prep else token.text
            found[token.i] = Candidate(token, entry, words)
    for token in doc:
        if token.pos_ == "NOUN" and token.i not in light_objects:
            lemma = token.lemma_.lower()
            entry = lexicon.noun(lemma)
            if entry:
                found[token.i] = Candidate(token, entry, token.text, nominal=True,
                                           possessor_undergoes=lexicon.possessor_undergoes(lemma))
    return [found[i] for i in sorted(found)]


def _absorb_contents(candidates: list[Candidate]) -> list[Candidate]:
    """Drop complements of content-taking triggers, refining the outer event's code."""
    by_token = {c.token.i: c for c in candidates}
    kept = {}
    for cand in candidates:
        outer = by_token.get(cand.token.head.i)
        is_complement = cand.token.dep_ in ("xcomp", "ccomp") or (
            cand.nominal and cand.token.dep_ == "dobj")
        if outer and outer is not cand and is_complement and (
                outer.trigger.type in CONTENT_TAKERS):
            code = _content_code(outer.trigger, cand.trigger)
            if code and outer.token.i in kept:
                kept[outer.token.i] = replace(kept[outer.token.i], trigger=code)
            continue
        kept[cand.token.i] = cand
    return list(kept.values())


def _content_code(outer: Trigger, inner: Trigger) -> Trigger | None:
    code = CONTENT_CODES.get((outer.type, inner.type))
    if outer.type == "THREATEN" and inner.mode in THREAT_MODES:
        code = (THREAT_MODES[inner.mode], "130")
    if code is None:
        return None
    mode, cameo = code
    return replace(outer, mode=mode if mode else outer.mode, cameo=cameo)


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (type, mode, source, target, date); the best confidence, first evidence."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = (event.type, event.mode, _actor_key(event.source), _actor_key(event.target),
               event.date, event.negated, event.hypothetical)
        first = merged.get(key)
        if first is None:
            merged[key] = event
        elif event.confidence > first.confidence:
            merged[key] = first.model_copy(update={"confidence": event.confidence})
    return list(merged.values())


def merge_untargeted(events: list[Event]) -> list[Event]:
    """A target-less event ("Canada's arrest") that repeats the type, mode, source and modality
    of an event with a target ("Canada's arrest of X") is that event: it merges into the
    nearest such event, which keeps its evidence span and the higher confidence."""
    targeted: dict[tuple, list[int]] = {}
    for number, event in enumerate(events):
        if event.target is not None:
            targeted.setdefault(_happening(event), []).append(number)
    kept = list(events)
    dropped: set[int] = set()
    for number, event in enumerate(events):
        peers = [i for i in targeted.get(_happening(event), []) if _same_day(event, events[i])]
        if event.target is not None or not peers:
            continue
        nearest = min(peers, key=lambda i: abs(events[i].span[0] - event.span[0]))
        if event.confidence > kept[nearest].confidence:
            kept[nearest] = kept[nearest].model_copy(update={"confidence": event.confidence})
        dropped.add(number)
    return [event for number, event in enumerate(kept) if number not in dropped]


def drop_side_remarks(events: list[Event]) -> list[Event]:
    """A target-less event of a source that, in the same sentence, acts on a named target is
    a side remark of that event ("will visit X to mediate", "defended X and insisted")."""
    targeted = {(e.span, _actor_key(e.source)) for e in events if e.target is not None}
    return [e for e in events
            if e.target is not None or (e.span, _actor_key(e.source)) not in targeted]


def _happening(event: Event) -> tuple:
    return (event.type, event.mode, _actor_key(event.source), event.negated,
            event.hypothetical)


def _same_day(one: Event, other: Event) -> bool:
    """Dates that do not contradict: equal, or one only the publication date."""
    return one.date == other.date or "published" in (one.date_how, other.date_how)


def _listed_appositions(token: Token) -> list[Token]:
    """"The United States, Australia, Japan and ..." is often parsed as an apposition."""
    listed = []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        if appos.ent_type_ == "GPE" and token.ent_type_ == "GPE":
            listed.extend((appos, *appos.conjuncts))
    return listed


def _actor_key(actor) -> str | None:
    return None if actor is None else (actor.actor or actor.name)


class _Coder:
    def __init__(self, doc: Doc, actors: ActorIndex, times: TimeIndex, quotes: list[Quote],
                 published: dt.date | None) -> None:
        self.doc, self.actors, self.times, self.quotes = doc, actors, times, quotes
        self.published = published
        self._cache: dict[int, list[Actor]] = {}

    def resolve(self, token: Token | None) -> list[Actor]:
        """Actors a noun phrase head (and its conjuncts) denotes, without duplicates."""
        if token is None:
            return []
        token = event_roles.antecedent(token)
        if token.i not in self._cache:
            found: dict[str, Actor] = {}
            for head in (token, *token.conjuncts, *_listed_appositions(token)):
                actor = self.actors.for_phrase(head)
                if actor is not None:
                    found.setdefault(actor.id, actor)
            self._cache[token.i] = list(found.values())
        return self._cache[token.i]

    def speaker_actor(self, mood: Modality, trigger: Token) -> Actor | None:
        speakers = self.resolve(mood.speaker)
        if speakers:
            return speakers[0]
        for quote in self.quotes:
            inside = quote.span[0] <= trigger.idx < quote.span[1]
            if inside and quote.speaker and quote.speaker.actor:
                return self.actors.get(quote.speaker.actor)
        return None

    def events(self, cand: Candidate) -> list[Event]:
        token = cand.token
        if cand.nominal:
            source_tok, target_tok, weak = event_roles.noun_roles(
                token, self.resolve, cand.possessor_undergoes)
        else:
            source_tok, target_tok, weak = event_roles.verb_roles(
                token, cand.trigger.prep, self.resolve)
        mood = modality(token)
        reporter = self.speaker_actor(mood, token)
        sources = self.resolve(source_tok)
        borrowed = False
        if not sources and reporter and self._may_borrow(source_tok, token, reporter):
            sources, borrowed = [reporter], True
        if not sources:
            return []
        targets = self.resolve(target_tok)
        trigger = _recode_future(cand.trigger, mood)
        if not targets and requires_recipient(trigger.type):
            return []
        confidence = _confidence(cand, bool(targets), weak, borrowed, mood)
        return [
            self._event(cand, trigger, mood, reporter, source, target, confidence)
            for source in sources
            for target in (targets or [None])
            if target is None or target.id != source.id
        ]

    def _may_borrow(self, source_tok: Token | None, trigger: Token, reporter: Actor) -> bool:
        """A pronoun subject in reported speech, or an agentless passive announced by an
        authority ("police said two men were arrested"), stands for the reporter."""
        if source_tok is not None:
            return source_tok.pos_ == "PRON"
        acting = reporter.kind == "country" or (reporter.sector in ACTING_AUTHORITY)
        return event_roles.is_passive(trigger) and acting

    def _event(self, cand: Candidate, trigger: Trigger, mood: Modality,
               reporter: Actor | None, source: Actor, target: Actor | None,
               confidence: float) -> Event:
        coding = describe(trigger.type, trigger.cameo)
        sentence, span = evidence(cand.token.sent)
        date, how = self._date(cand.token)
        recoded = trigger is not cand.trigger
        return Event(
            type=trigger.type, mode=trigger.mode, cameo=coding.cameo,
            quad_class=coding.quad_class, goldstein=coding.goldstein,
            source=self.actors.event_actor(source),
            target=self.actors.event_actor(target) if target else None,
            date=date, date_how=how, negated=mood.negated,
            hypothetical=mood.hypothetical and not recoded,
            reported_by=reporter.id if reporter and reporter.id != source.id else None,
            confidence=confidence, trigger=cand.words, sentence=sentence, span=span,
        )

    def _date(self, token: Token) -> tuple[str | None, str]:
        time = self.times.for_clause(token)
        if time is not None and time.value and time.grain in ("day", "week", "month", "year"):
            return time.value, "text"
        if self.published is not None:
            return self.published.isoformat(), "published"
        return None, "unknown"


def _recode_future(trigger: Trigger, mood: Modality) -> Trigger:
    """Announced future cooperation is AGREE; announced future force is THREATEN (PLOVER)."""
    if not mood.future or mood.negated:
        return trigger
    if trigger.type in FUTURE_AS_AGREE:
        code = CONTENT_CODES.get(("AGREE", trigger.type), (None, "030"))
        return replace(trigger, type="AGREE", mode=None, cameo=code[1])
    if trigger.type in FUTURE_AS_THREAT:
        mode = THREAT_MODES.get(trigger.mode or "")
        code = CONTENT_CODES.get(("THREATEN", trigger.type), (None, "130"))
        return replace(trigger, type="THREATEN", mode=mode or code[0], cameo=code[1])
    return trigger


def _confidence(cand: Candidate, has_target: bool, weak: bool, borrowed: bool,
                mood: Modality) -> float:
    score = 0.45
    score += 0.20 if cand.trigger.origin == CURATED else 0.0
    score += 0.15 if has_target else 0.0
    score += 0.10 if not weak and not borrowed else 0.0
    score -= 0.15 if borrowed else 0.0
    score -= 0.10 if mood.hypothetical else 0.0
    score -= 0.05 if cand.nominal else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def evidence(sentence: Span) -> tuple[str, tuple[int, int]]:
    """The sentence text without the blank lines the parser keeps at its edges, and its span."""
    text = sentence.text
    lead = len(text) - len(text.lstrip())
    start = sentence.start_char + lead
    return text.strip(), (start, start + len(text.strip()))
