"""Whether an event happened: negation, condition, intention, and who reports it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
OTHER_MODALS = frozenset({"could", "may", "might", "should", "can", "must", "ca"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
INTENT_VERBS = frozenset({
    "plan", "want", "intend", "seek", "hope", "try", "aim", "expect", "propose", "consider",
    "prepare", "threaten", "vow", "promise", "pledge", "offer", "wish", "attempt", "mean",
    "push", "urge", "ask", "demand", "call", "press", "agree", "refuse",
})  # fmt: skip
PROMISE_VERBS = frozenset({"vow", "promise", "pledge", "offer", "agree"})
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "report", "add", "claim", "declare", "note",
    "confirm", "write", "stress", "explain", "argue", "reveal", "insist", "assert",
    "maintain", "allege", "acknowledge", "suggest", "indicate", "disclose", "tweet",
})  # fmt: skip
CLAUSE_EDGES = ("ccomp", "xcomp", "conj", "advcl", "pcomp", "prep", "acl", "relcl", "parataxis")


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False  # an announced intention or promise (will, vow to, promise to)
    conditional: bool = False  # under if/unless
    speaker: Token | None = None  # the subject of a governing speech verb


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for c in token.children):
        return True
    return any(c.dep_ == "neg" for c in token.head.children) if token.dep_ == "xcomp" else False


def _clause_chain(token: Token) -> list[tuple[Token, Token]]:
    """(child, head) steps from the trigger up to its sentence root."""
    steps = []
    while token.head is not token and len(steps) < 8:
        steps.append((token, token.head))
        token = token.head
    return steps


def modality(trigger: Token) -> Modality:
    """Negation and hypothetical status of a trigger, and the speaker reporting it."""
    modals = {c.lower_ for c in trigger.children if c.dep_ == "aux" and c.tag_ == "MD"}
    future = bool(modals & FUTURE_MODALS)
    hypothetical = bool(modals) or _going_to(trigger)
    conditional = False
    speaker = None
    for child, head in _clause_chain(trigger):
        if child.dep_ == "advcl" and any(
                m.lower_ in CONDITION_MARKS for m in child.children if m.dep_ == "mark"):
            conditional = hypothetical = True
        if child.dep_ in ("xcomp", "ccomp") and head.lemma_ in INTENT_VERBS:
            hypothetical = True
            future = future or head.lemma_ in PROMISE_VERBS
        if child.dep_ in ("ccomp", "parataxis") and head.lemma_ in SPEECH_VERBS and not speaker:
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            speaker = subjects[0] if subjects else None
        if child.dep_ not in CLAUSE_EDGES:
            break
    return Modality(negated=_negated(trigger), hypothetical=hypothetical or future,
                    future=future and not conditional, conditional=conditional,
                    speaker=speaker)


def _going_to(trigger: Token) -> bool:
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"
