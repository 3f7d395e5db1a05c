"""Time expressions normalised against the publication date (TimeML-style values).

CONTRACT (events.py relies on it):

    index = find_times(doc, published)   # published: datetime.date | None
    index.times                          # list[model.TimeRef] in text order
    index.for_token(token)               # TimeRef | None: the expression the token is part of
    index.for_clause(verb_token)         # TimeRef | None: the time expression governing the
                                         #   clause headed by verb_token (a day/week/month value)

Expressions are found by the surface rules of ``timex_rules`` (which cover what the small NER
misses and give the words a reading), checked against the parse, and completed with the NER's
remaining DATE/TIME entities (kept without a value). Values follow TIMEX3: ``2018-12-01`` (day),
``2019-W04`` (week), ``2018-12`` (month), ``2018`` (year), ``P10D`` (duration).

Normalisation rules, in news style, relative to the publication date (DCT):
- a year-less date takes the year that puts it nearest the DCT, on the past side in a past-tense
  clause and on the future side in a future one ("Dec. 1" in January 2019 → 2018-12-01);
- a bare weekday is the most recent one on or before the DCT, unless its clause is future
  ("will", "is going to", "plans to"...), then the first one on or after it; "last Monday" is the
  most recent strictly before the DCT, "next Monday" the first strictly after it;
- "last week"/"next week" are ISO weeks; "three days ago" a day, "two years ago" a year;
- event-anchored expressions ("10 days after her arrest") take the anchor's day when the anchor
  phrase holds a dated expression; otherwise, as TimeML marks them, they are the duration alone
  ("[10 days] after her arrest" = P10D) and ``TimeIndex.resolve`` dates them later;
- expressions anchored to the story's own time ("the previous day", "two days later", "later the
  same day", "the next morning") count from the temporal focus (see ``timex_focus``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from storyline.model import TimeRef
from storyline.understand import timex_calendar as cal
from storyline.understand.nlp import doc_ents, doc_text
from storyline.understand.timex_calendar import Tense
from storyline.understand.timex_rules import (
    Candidate,
    Context,
    Offset,
    Reading,
    clock_value,
    find_candidates,
    with_part_of_day,
)

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
# Heads that put the verb below them in the future: "is going to meet", "plans to visit".
FUTURE_HEADS = frozenset({"go", "plan", "expect", "schedule", "set", "due", "intend", "aim",
                          "prepare", "hope", "want", "seek"})
SCHEDULE_VERBS = frozenset({"schedule", "set", "due", "plan", "slate"})
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
                          "parataxis", "conj"})
NON_DATE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
TIME_NOUNS = frozenset(
    "day days week weeks weekend weekends month months year years decade decades century "
    "centuries morning afternoon evening night nights season summer winter spring autumn fall "
    "holiday holidays quarter hours minutes era period times".split())
# Words allowed between a clock time and its day: "3 p.m. EST on Tuesday", "Tuesday at 3 p.m.".
CLOCK_THEN_DAY = re.compile(r"\s*(?:(?:local\s+time|[A-Z]{2,4})\s*)?,?\s*(?:on\s+)?")
DAY_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?(?:about\s+|around\s+)?")
PREPOSITION_GAP = re.compile(r"\b(?:on|at)\b")
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?$")
DETERMINERS = frozenset("the a an that this those these each every same".split())
ANCHOR_MAX_TOKENS = 12
FOCUS_SENTENCES = 5  # the temporal focus is sought in the sentence and the five before it
DAY_OF_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?=T|$)")
ANCHOR_RIGHT_DEPS = frozenset({"compound", "case", "amod", "nummod", "poss", "appos"})


@dataclass
class TimeIndex:
    doc: Doc
    times: list[TimeRef] = field(default_factory=list)
    _by_token: dict[int, int] = field(default_factory=dict)
    _roots: list[int] = field(default_factory=list)
    _offsets: dict[int, Offset] = field(default_factory=dict)
    _anchors: dict[int, tuple[int, int]] = field(default_factory=dict)

    def for_token(self, token: Token) -> TimeRef | None:
        pos = self._by_token.get(token.i)
        return self.times[pos] if pos is not None else None

    def for_clause(self, verb: Token) -> TimeRef | None:
        """The expression attached to the clause (or event noun) headed by ``verb``.

        Attached: its head is in ``verb``'s subtree, below no embedded clause and not a modifier
        of another noun (except a PP on the verb's direct object, a common misattachment).
        Dated values come first (day/week/month, then year), then expressions without a value
        (event-anchored ones), then durations; nearer ones first.
        """
        # an expression can attach only from inside the verb's subtree
        low, high = verb.left_edge.i, verb.right_edge.i
        found = [pos for pos, root in enumerate(self._roots)
                 if low <= root <= high and attaches_to(self.doc[root], verb)]
        if not found:
            return None
        best = min(found, key=lambda pos: (_rank(self.times[pos]),
                                           abs(self._roots[pos] - verb.i)))
        return self.times[best]

    def anchor_span(self, time: TimeRef) -> tuple[int, int] | None:
        """The character span of the anchor phrase of an event-anchored expression."""
        return self._anchors.get(self._position(time))

    def offset(self, time: TimeRef) -> Offset | None:
        """The offset of an event-anchored expression ("10 days after" → +10 day)."""
        return self._offsets.get(self._position(time))

    def resolve(self, time: TimeRef, anchor: dt.date) -> TimeRef | None:
        """A dated copy of an event-anchored expression, once its anchor's day is known."""
        offset = self.offset(time)
        if offset is None or offset.amount is None or offset.unit is None:
            return None
        day = cal.shifted_day(anchor, offset.sign * offset.amount, offset.unit)
        if day is None:
            return None
        return time.model_copy(update={"value": cal.day_value(day), "grain": "day"})

    def _position(self, time: TimeRef) -> int:
        for pos, known in enumerate(self.times):
            if known is time or known.span == time.span:
                return pos
        return -1


def find_times(doc: Doc, published: dt.date | None) -> TimeIndex:
    """Every time expression of ``doc``, normalised against ``published``."""
    text, ents = doc_text(doc), list(doc_ents(doc))
    date_chars = _date_entity_chars(text, ents)
    ctx = Context(
        text=text,
        dct=published,
        tense=lambda start, end: _span_tense(doc, start, end),
        in_date_entity=lambda start, end: any(date_chars[start:end]),
    )
    candidates = [c for c in find_candidates(ctx) if _aligned(doc, c)]
    candidates = [a for c in candidates
                  if (a := _anchored(doc, c, candidates) if c.reading.offset else c) is not None]
    chosen = _outside_other_entities(text, ents, _longest_first(candidates))
    chosen = _join_clock_times(text, chosen)
    chosen += _entity_only_times(ents, chosen)
    chosen = _resolve_from_focus(doc, sorted(chosen, key=lambda c: c.start), published,
                                lambda c: _span_tense(doc, c.start, c.end))
    return _index(doc, text, chosen)


def _rank(time: TimeRef) -> int:
    """Dated first (day/week/month before coarser), then undated, then durations."""
    if time.grain == "duration":
        return 3
    if time.value is None or not time.value[0].isdigit():
        return 2  # undated, or a vague reference (PRESENT_REF) or a period (a SET's P1Y)
    return 0 if time.grain in ("day", "week", "month") else 1


# --- choosing among candidates ------------------------------------------------------------

def _aligned(doc: Doc, cand: Candidate) -> bool:
    """On token boundaries, and not a count of things: "2018 people" is no year."""
    span = doc.char_span(cand.start, cand.end)
    if span is None:
        return False
    if cand.rule == "year":
        root = span.root
        determined = span.start > 0 and doc[span.start - 1].tag_ in ("DT", "PRP$", "POS")
        return determined or not (root.dep_ == "nummod" and root.head.tag_ in ("NNS", "NNPS")
                                  and root.head.lower_ not in TIME_NOUNS)
    return True


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    taken = bytearray(max((c.end for c in candidates), default=0))
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if not any(taken[cand.start:cand.end]):
            taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)
    return chosen


def _join_clock_times(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "3 p.m. Tuesday": one expression, valued 2019-01-15T15:00. Across a preposition
    ("11 p.m. on Sunday", "Friday at 9:30 a.m.") the two stay apart, the clock with the day's
    value, as TimeML marks them."""
    chosen = sorted(chosen, key=lambda c: c.start)
    joined: list[Candidate] = []
    for cand in chosen:
        last = joined[-1] if joined else None
        if last is None or not _clock_and_day(text, last, cand):
            joined.append(cand)
            continue
        clock, day = (last, cand) if last.rule == "clock" else (cand, last)
        reading = Reading(_clock_on_day(text[clock.start:clock.end], day.reading.value),
                          day.reading.grain)
        if PREPOSITION_GAP.search(text[last.end:cand.start]):
            joined[-1:] = [c if c is day else Candidate(c.start, c.end, c.rule, reading,
                                                        c.priority) for c in (last, cand)]
        else:
            joined[-1] = Candidate(last.start, cand.end, day.rule, reading, day.priority)
    return joined


def _clock_on_day(clock: str, day: str | None) -> str | None:
    time_of_day = clock_value(clock)
    if day is None or time_of_day is None or not DAY_VALUE.match(day):
        return day
    return day[:10] + time_of_day


def _clock_and_day(text: str, first: Candidate, second: Candidate) -> bool:
    gap = text[first.end:second.start]
    if first.rule == "clock" and second.reading.grain == "day":
        return CLOCK_THEN_DAY.fullmatch(gap) is not None
    if second.rule == "clock" and first.reading.grain == "day":
        return DAY_THEN_CLOCK.fullmatch(gap) is not None
    return False


def _outside_other_entities(text: str, ents: list[Span],
                            chosen: list[Candidate]) -> list[Candidate]:
    """Drop a match that lies inside a name: "Sunday Times", "Black Friday" as an event.

    A year that opens a name ("the 2020 Republican primaries") or follows "in" inside one (the
    NER took "Rally for the Republic in 2008" whole) stays, except in the title of a law."""
    names = [(e.start_char, e.end_char, e.label_) for e in ents if e.label_ in NON_DATE_LABELS]

    def inside_name(cand: Candidate) -> bool:
        return any(start <= cand.start and cand.end <= end and end - start > cand.end - cand.start
                   and not _year_of_name(text, cand, start, label)
                   for start, end, label in names)
    return [c for c in chosen if not inside_name(c)]


def _year_of_name(text: str, cand: Candidate, name_start: int, label: str) -> bool:
    if cand.rule not in ("year", "decade") or label == "LAW":
        return False
    return cand.start == name_start or text[:cand.start].rstrip().endswith(" in")


def _entity_only_times(ents: list[Span], chosen: list[Candidate]) -> list[Candidate]:
    """NER DATE/TIME entities the rules did not cover: kept, without a value."""
    extra = []
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(c.start < ent.end_char and ent.start_char < c.end for c in chosen):
            continue
        words = {t.lower_ for t in ent}
        if not words & TIME_NOUNS or "old" in words or not words - TIME_NOUNS - DETERMINERS:
            continue  # no time word, an age, or a bare "week" / "the day"
        if _not_a_time(ent):
            continue
        span = _trim_determiner(ent)
        extra.append(Candidate(span.start_char, span.end_char, "ner", Reading(None, None), 99))
    return extra


def _not_a_time(ent: Span) -> bool:
    """ "his years as mayor", "a late night tour", "at the end of the day" (an idiom)."""
    root = ent.root
    if ent[0].tag_ == "PRP$" or ent.text.lower().endswith("end of the day"):
        return True
    return root.dep_ in ("compound", "amod") and root.head.i >= ent.end


def _trim_determiner(span: Span) -> Span:
    if len(span) > 1 and span[0].dep_ in ("det", "prep", "case") and span[0].lower_ != "this":
        return span[1:]
    return span


# --- event-anchored expressions -----------------------------------------------------------

def _anchored(doc: Doc, cand: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """ "10 days after <a date>": one expression over the anchor, dated. "10 days after her
    arrest": the duration alone (TimeML's extent), its anchor kept. "The day after": from the
    temporal focus when no anchor phrase follows."""
    offset = cand.reading.offset
    span = doc.char_span(cand.start, cand.end)
    if offset is None or span is None or not offset.anchor_follows:
        return cand
    anchor = _anchor_phrase(span[-1])
    where = (anchor.start_char, anchor.end_char) if anchor is not None else None
    value, grain = (_date_of_anchor(anchor, offset, candidates) if anchor is not None
                    else (None, None))
    if value is not None:
        return Candidate(cand.start, anchor.end_char, cand.rule, Reading(value, grain, offset),
                         cand.priority, where)
    if cand.rule != "anchored":  # "the day before <event>" / "the day before" alone
        if anchor is None:
            return Candidate(cand.start, cand.end, cand.rule, Reading(
                None, None, replace(offset, anchor_follows=False)), cand.priority)
        return Candidate(cand.start, anchor.end_char, cand.rule, cand.reading, cand.priority,
                         where)
    return _duration_alone(span, offset, cand, where)


def _duration_alone(span: Span, offset: Offset, cand: Candidate,
                    anchor: tuple[int, int] | None) -> Candidate | None:
    words = next((span[:k] for k, token in enumerate(span)
                  if token.lower_ in ("after", "before", "following", "prior")), None)
    if not words or offset.unit is None:
        return None
    value = cal.duration_value(offset.amount, offset.unit)
    # Ahead of the plain "duration" reading of the same words, to keep the offset.
    return Candidate(words.start_char, words.end_char, cand.rule,
                     Reading(value, "duration", offset), -1, anchor)


def _anchor_phrase(direction: Token) -> Span | None:
    """The noun phrase after "after"/"before": its head, what precedes it and an "of" phrase."""
    objects = [c for c in direction.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    head = objects[0]
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ANCHOR_RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
    if end - direction.i - 1 > ANCHOR_MAX_TOKENS:
        end = head.i + 1
    return direction.doc[direction.i + 1:end] if end > direction.i + 1 else None


def _date_of_anchor(anchor: Span, offset: Offset,
                    candidates: list[Candidate]) -> tuple[str | None, str | None]:
    if offset.amount is None or offset.unit is None:
        return None, None
    for cand in candidates:
        inside = anchor.start_char <= cand.start and cand.end <= anchor.end_char
        if inside and cand.reading.grain == "day" and cand.reading.value:
            day = cal.shifted_day(dt.date.fromisoformat(cand.reading.value),
                                  offset.sign * offset.amount, offset.unit)
            if day is not None:
                return cal.day_value(day), "day"
    return None, None


# --- the temporal focus ------------------------------------------------------------------

def _resolve_from_focus(doc: Doc, chosen: list[Candidate], published: dt.date | None,
                        tense: Callable[[Candidate], Tense]) -> list[Candidate]:
    """Date "the previous day", "two days later", "later the same day", "the next morning".

    The temporal focus is the last day-grain date (a day, or a time on a day) before the
    expression in its sentence or the ``FOCUS_SENTENCES`` before it; in a clause that is not
    future, a date after the publication date (a scheduled one) is passed over. Without a focus
    "the same day" and "the previous day" / "the day before" count from the publication date;
    the others stay undated. Expressions dated this way are foci for the next ones.
    """
    if not any(_needs_focus(c) for c in chosen):
        return chosen
    starts = [sent.start_char for sent in doc.sents]
    resolved: list[Candidate] = []
    for cand in chosen:
        if _needs_focus(cand):
            first = starts[max(0, bisect.bisect_right(starts, cand.start) - 1 - FOCUS_SENTENCES)]
            focus = _focus(resolved, first, published, tense(cand))
            cand = _from_focus(cand, focus, published)
        resolved.append(cand)
    return resolved


def _needs_focus(cand: Candidate) -> bool:
    offset = cand.reading.offset
    return (offset is not None and not offset.anchor_follows and cand.reading.value is None
            and offset.amount is not None and offset.unit is not None)


def _focus(earlier: list[Candidate], first: int, published: dt.date | None,
           tense: Tense) -> dt.date | None:
    for cand in reversed(earlier):
        if cand.start < first:
            return None
        found = DAY_OF_VALUE.match(cand.reading.value or "")
        if found is None:
            continue
        day = dt.date.fromisoformat(found.group(0))
        if published is None or tense == "future" or day <= published:
            return day
    return None


def _from_focus(cand: Candidate, focus: dt.date | None, published: dt.date | None) -> Candidate:
    offset = cand.reading.offset
    steps = offset.sign * offset.amount
    if focus is None:
        if published is None or offset.unit != "day" or steps not in (0, -1):
            return cand
        focus = published
    value, grain = _shifted_from(focus, offset.unit, steps, offset.part, cand.rule)
    return replace(cand, reading=replace(cand.reading, value=value, grain=grain))


def _shifted_from(focus: dt.date, unit: str, steps: float, part: str | None,
                  rule: str) -> tuple[str | None, str | None]:
    if steps != int(steps):
        return None, None
    if unit == "day":
        return with_part_of_day(cal.day_value(focus + cal.DAY * int(steps)), part), "day"
    if rule == "next-day":  # "the following week": that week, not a day seven days on
        return cal.relative_unit(unit, int(steps), focus)
    return cal.shifted(focus, steps, unit) or (None, None)


# --- the parse: tense and attachment --------------------------------------------------------

def _span_tense(doc: Doc, start: int, end: int) -> Tense:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    verb = governing_verb(span.root)
    return clause_tense(verb) if verb is not None else "present"


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token``."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def clause_tense(verb: Token) -> Tense:
    """past, present or future, from the verb's tag, its auxiliaries and its governors."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in auxes) or _under_future_head(verb):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.lemma_.lower() in SCHEDULE_VERBS:
        return "future"  # "the vote is set for Feb. 4", "talks scheduled for Monday"
    if verb.tag_ == "VBN" and (not auxes or any(a.lemma_ == "have" for a in auxes)):
        return "past"  # "has resigned", or a reduced relative: "a man arrested Monday"
    return "present"


def _under_future_head(verb: Token) -> bool:
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acl", "ccomp") or node.head is node:
            return False
        head = node.head
        if head.lemma_.lower() in FUTURE_HEADS and not (head.lemma_ == "go" and head.tag_ != "VBG"):
            return True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
            return True
        node = head
    return False


def attaches_to(root: Token, head: Token) -> bool:
    """Whether the expression headed by ``root`` modifies the clause or noun headed by ``head``."""
    node, came_by = root, None
    for _ in range(40):
        if node == head:
            return True
        if node is not root:
            if node.dep_ in CLAUSAL_DEPS and node.pos_ in ("VERB", "AUX"):
                return False
            if node.pos_ in ("NOUN", "PROPN") and not _verb_object_pp(node, came_by, head):
                return False  # "last month's arrest", "the arrest on Dec. 1": the noun's time
        if node.head is node:
            return False
        came_by, node = node.dep_, node.head
    return False


def _verb_object_pp(noun: Token, came_by: str | None, head: Token) -> bool:
    """ "held a meeting on Monday": a PP on the verb's object is read as the verb's."""
    return came_by == "prep" and noun.dep_ == "dobj" and noun.head == head


# --- the index ------------------------------------------------------------------------------

def _index(doc: Doc, text: str, chosen: list[Candidate]) -> TimeIndex:
    index = TimeIndex(doc)
    for pos, cand in enumerate(chosen):
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        index.times.append(TimeRef(text=text[cand.start:cand.end], span=(cand.start, cand.end),
                                   value=cand.reading.value, grain=cand.reading.grain))
        index._roots.append(span.root.i)
        for token in span:
            index._by_token[token.i] = pos
        if cand.reading.offset is not None:
            index._offsets[pos] = cand.reading.offset
        if cand.anchor is not None:
            index._anchors[pos] = cand.anchor
    return index


def _date_entity_chars(text: str, ents: list[Span]) -> bytearray:
    marks = bytearray(len(text))
    for ent in ents:
        if ent.label_ in ("DATE", "TIME"):
            marks[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    return marks
