"""Event triggers: verb, light-verb and noun patterns that express a PLOVER event.

Two shipped tables: data/event_lexicon.toml (hand-curated, PLOVER-native, preferred) and
data/event_lexicon.cameo.json (derived by scripts/build_event_lexicon.py from the CAMEO 2.0
verb dictionary of PETRARCH-2, MIT; a fallback for what the curated table lacks).

Order of lookup for a verb: curated verb-object, derived verb-object, a derived ""
entry for the verb and its infinitive complement (blocks it: "declined to comment" is a
statement PLOVER does not code; such entries for a plain object are not used: on the
development sets they removed true events), derived verb-preposition-noun ("called for
[the] resignation"), curated phrasal, curated bare verb, derived phrasal ("rule out"), and
only with use_derived the derived bare verb (too ambiguous on its own: most CAMEO blocks
are broad synonym sets).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from storyline.understand.ontology import cameo_mode, cameo_type

CURATED = "curated"
DERIVED = "cameo"
# Derived particles/prepositions that also mark the target ("call on X", "side with X")
TARGET_MARKS = frozenset({"on", "upon", "with", "against", "to", "toward", "towards", "at",
                          "into", "for"})

# Derived CAMEO verbs too ambiguous to trigger an event on their own.
DERIVED_STOPLIST = frozenset({
    "give", "make", "take", "get", "go", "come", "put", "set", "keep", "hold", "have", "do",
    "see", "look", "move", "turn", "open", "close", "end", "start", "begin", "continue",
    "run", "work", "use", "bring", "send", "receive", "leave", "return", "stay", "show",
    "call", "tell", "say", "ask", "want", "need", "plan", "expect", "hope", "try", "seek",
    "help", "join", "play", "pass", "face", "lead", "raise", "reach", "win", "lose",
    "meet", "sign", "offer", "promise", "agree", "support", "back", "press", "push", "pull",
    "charge", "cut", "hit", "strike", "fire", "check", "cover", "prepare", "consider",
})  # fmt: skip


@dataclass(frozen=True)
class Trigger:
    """A lexicon entry: the event a word (with its particle or object) expresses."""

    type: str
    mode: str | None
    cameo: str
    origin: str = CURATED  # "curated" or "cameo"
    prep: str | None = None  # the particle/preposition the entry requires


def _parse(value: str, origin: str = CURATED, prep: str | None = None) -> Trigger:
    plover_type, mode, cameo = value.split()
    return Trigger(plover_type, None if mode == "-" else mode, cameo, origin, prep)


def _from_cameo(code: str, prep: str | None = None) -> Trigger | None:
    plover_type = cameo_type(code)
    return Trigger(plover_type, cameo_mode(code), code, DERIVED, prep) if plover_type else None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]  # "lemma" or "lemma prep"
    light: dict[str, Trigger]  # "verb object"
    nouns: dict[str, Trigger]
    derived_verbs: dict[str, str]
    derived_objects: dict[str, str]  # "verb object" / "verb particle object"; "": no event
    derived_phrasal: dict[str, str] = field(default_factory=dict)  # "verb particle"
    derived_prep_objects: dict[str, str] = field(default_factory=dict)  # "verb prep noun"
    undergone: frozenset[str] = frozenset()  # nouns whose bare possessor is the patient
    compound_tails: frozenset[str] = frozenset()  # "strike" of "hunger strike"
    not_events: frozenset[str] = frozenset()  # "press release": no event
    not_event_phrases: frozenset[str] = frozenset()  # "fight for right": advocacy, no event

    def verb(self, lemma: str, attached: list[str], use_derived: bool = True) -> Trigger | None:
        """The entry for a verb, preferring one that names an attached particle/preposition."""
        for first in attached:  # "pull out of", then "pull out", "withdraw from"
            for second in attached:
                found = self.verbs.get(f"{lemma} {first} {second}") if first != second else None
                if found:
                    return found
        for word in attached:
            found = self.verbs.get(f"{lemma} {word}")
            if found:
                return found
        found = self.verbs.get(lemma)
        if found:
            return found
        for word in attached:
            code = self.derived_phrasal.get(f"{lemma} {word}")
            if code:
                return _from_cameo(code, word if word in TARGET_MARKS else None)
        if not use_derived or lemma in DERIVED_STOPLIST:
            return None
        code = self.derived_verbs.get(lemma)
        return _from_cameo(code) if code else None

    def light_verb(self, lemma: str, obj: str, use_derived: bool = True) -> Trigger | None:
        found = self.light.get(f"{lemma} {obj}")
        if found or not use_derived:
            return found
        code = self.derived_objects.get(f"{lemma} {obj}")
        return _from_cameo(code) if code else None

    def blocked(self, lemma: str, obj: str) -> bool:
        """Does CAMEO code this verb with this object as no PLOVER event ("refuse comment")?"""
        key = f"{lemma} {obj}"
        return key not in self.light and self.derived_objects.get(key) == ""

    def prep_object(self, lemma: str, prep: str, noun: str) -> Trigger | None:
        """The derived entry of "verb preposition noun" ("call for resignation")."""
        code = self.derived_prep_objects.get(f"{lemma} {prep} {noun}")
        return _from_cameo(code) if code else None

    def noun(self, lemma: str) -> Trigger | None:
        return self.nouns.get(lemma)

    @cached_property
    def verb_heads(self) -> frozenset[str]:
        """The first words of every verb key but the derived bare verbs."""
        tables = (self.verbs, self.light, self.derived_objects, self.derived_phrasal,
                  self.derived_prep_objects)
        return frozenset(key.split(" ", 1)[0] for table in tables for key in table)

    def may_be_verb(self, lemma: str, use_derived: bool) -> bool:
        """Is lemma the verb of some entry (else no lookup with it can find one)?"""
        return (lemma.split(" ", 1)[0] in self.verb_heads
                or (use_derived and lemma in self.derived_verbs))

    @cached_property
    def noun_heads(self) -> frozenset[str]:
        """The last words of the noun keys: the lemma of a noun trigger is one of them."""
        return frozenset(key.rsplit(" ", 1)[-1] for key in self.nouns)

    def may_be_noun(self, lemma: str) -> bool:
        """Is lemma the noun of some entry (every noun key ends with the trigger's lemma)?"""
        return lemma.rsplit(" ", 1)[-1] in self.noun_heads

    def possessor_undergoes(self, lemma: str) -> bool:
        """"her arrest": does a bare possessor of this noun undergo the event?"""
        return lemma in self.undergone


def _light_pairs(curated: dict) -> dict[str, Trigger]:
    """The [light] keys, after those every [light_sets] family makes (explicit keys win)."""
    pairs = {f"{verb} {obj}": _parse(family["event"])
             for family in curated.get("light_sets", {}).values()
             for verb in family["verbs"] for obj in family["objects"]}
    pairs.update((k, _parse(v)) for k, v in curated["light"].items())
    return pairs


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = resources.files("storyline") / "data"
    curated = tomllib.loads((data / "event_lexicon.toml").read_text())
    derived = json.loads((data / "event_lexicon.cameo.json").read_text())
    verbs = {}
    for key, value in curated["verbs"].items():
        words = key.split(" ")
        # the last word of "lemma [particle] preposition" marks the target
        verbs[key] = _parse(value, prep=words[-1] if len(words) > 1 else None)
    return Lexicon(
        verbs=verbs,
        light=_light_pairs(curated),
        nouns={k: _parse(v) for k, v in curated["nouns"].items()},
        derived_verbs=derived["verbs"],
        derived_objects=derived["verb_objects"],
        derived_phrasal=derived.get("phrasal", {}),
        derived_prep_objects=derived.get("prep_objects", {}),
        undergone=frozenset(curated.get("undergone", {}).get("nouns", [])),
        compound_tails=frozenset(k.rsplit(" ", 1)[1] for k in [
            *curated["nouns"], *curated.get("not_events", {}).get("compounds", [])] if " " in k),
        not_events=frozenset(curated.get("not_events", {}).get("compounds", [])),
        not_event_phrases=frozenset(curated.get("not_events", {}).get("phrases", [])),
    )
