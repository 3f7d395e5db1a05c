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
PROMISE_VERBS = frozenset({"vow", "promise", "pledge", "offer", "agree", "swear", "commit"})
INTENT_VERBS = INTENT_VERBS | {"swear", "commit", "resolve", "decide", "move"}
# Verbs of getting ready for an act: "the army prepared to attack" (PLOVER MOBILIZE)
PREPARE_VERBS = frozenset({"prepare", "gear", "ready", "brace"})
# "X is willing to withdraw": an announced readiness is a promise
READY_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "committed",
                              "eager", "keen", "set", "poised"})
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "report", "add", "claim", "declare", "note",
    "confirm", "write", "stress", "explain", "argue", "reveal", "insist", "assert",
    "maintain", "allege", "acknowledge", "suggest", "indicate", "disclose", "tweet",
})  # fmt: skip
CLAUSE_EDGES = ("ccomp", "xcomp", "conj", "advcl", "pcomp", "prep", "acl", "relcl", "parataxis",
                "acomp")


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False  # an announced intention or promise (will, vow to, promise to)
    conditional: bool = False  # under if/unless
    speaker: Token | None = None  # the subject of a governing speech verb
    purpose: bool = False  # an infinitive of purpose: "opened fire to disperse them"
    ultimatum: Token | None = None  # subject of an if/unless clause under a future trigger
    prepared: bool = False  # under a verb of preparing: "the army prepared to resume shelling"


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det" for c in token.children):
        return True
    if any(c.dep_ == "neg" for a in token.children if a.dep_ in ("aux", "auxpass")
           for c in a.children):
        return True  # "was never pressured": the parser may hang "never" on the auxiliary
    if any(c.lower_ in ("not", "never") for a in token.children
           if a.pos_ == "ADJ" and a.dep_ in ("oprd", "acomp", "ccomp") for c in a.children):
        return True  # "was found not guilty": the verdict word carries the negation
    return any(c.dep_ == "neg" for c in token.head.children) if token.dep_ == "xcomp" else False


def _clause_chain(token: Token) -> list[tuple[Token, Token]]:
    """(child, head) steps from the trigger up to its sentence root, at most eight. The root
    is its own head; spaCy builds a new Token on each access, so compare indices."""
    steps = []
    while len(steps) < 8 and token.head.i != token.i:
        head = token.head
        steps.append((token, head))
        if factual_clause(token):
            break  # "agreed to pause [after Hamas released hostages]": released, done
        token = head
    return steps


FACT_MARKS = frozenset({"after", "since", "because", "as", "following"})


def factual_clause(token: Token) -> bool:
    """A past adverbial clause with its own subject, set in time or cause ("after X released
    Y"): it reports what happened, whatever the clause above it intends (not "until X
    withdraws", "once X frees": those wait on it)."""
    return (token.dep_ == "advcl" and token.tag_ in ("VBD", "VBN")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and any(c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in token.children))


def modality(trigger: Token) -> Modality:
    """Negation and hypothetical status of a trigger, and the speaker reporting it."""
    modals = {c.lower_ for c in trigger.children if c.dep_ == "aux" and c.tag_ == "MD"}
    future = bool(modals & FUTURE_MODALS)
    hypothetical = bool(modals) or _going_to(trigger) or _modal_governor(trigger)
    conditional = prepared = False
    speaker = None
    for child, head in _clause_chain(trigger):
        if child.dep_ == "advcl" and any(
                m.lower_ in CONDITION_MARKS for m in child.children if m.dep_ == "mark"):
            conditional = hypothetical = True
        if (child.dep_ in ("xcomp", "ccomp") or _to_clause(child)) and (
                head.lemma_ in INTENT_VERBS):
            hypothetical = True
            future = future or head.lemma_ in PROMISE_VERBS
        if child.dep_ == "xcomp" and head.lower_ in READY_ADJECTIVES and _stative(head):
            hypothetical = future = True
        elif child.dep_ == "xcomp" and head.lemma_ in PREPARE_VERBS and head.pos_ == "VERB":
            prepared = True
        if trigger.tag_ == "VB" and not speaker and _has_modal(head):
            hypothetical = True  # "it would be a bad idea for X to press for ..."
        if child.dep_ in ("ccomp", "parataxis") and head.lemma_ in SPEECH_VERBS and not speaker:
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            speaker = subjects[0] if subjects else None
        if child.dep_ not in CLAUSE_EDGES:
            break
    if modals & FUTURE_MODALS == {"would"} and speaker is None and not _promised(trigger):
        future = False  # "it would help": a hypothetical, not an announced act
    purpose = _purpose(trigger)
    return Modality(negated=_negated(trigger), hypothetical=hypothetical or future or purpose,
                    future=future and not conditional, conditional=conditional,
                    speaker=speaker, purpose=purpose,
                    ultimatum=_condition_subject(trigger) if future else None,
                    prepared=prepared)


def _modal_governor(noun: Token) -> bool:
    """An event noun that a modal verb governs is a prospect: "peace would allow for the
    withdrawal of troops", "the deal could lead to the release of prisoners"."""
    if noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and _has_modal(head)


def _promised(trigger: Token) -> bool:
    """Is the clause the content of a promise ("promised that it would withdraw")?"""
    return any(head.lemma_ in PROMISE_VERBS for _, head in _clause_chain(trigger))


def _stative(head: Token) -> bool:
    """"X is ready / prepared to ...": an adjective or a participle after "be", not the verb
    of "the army prepared to attack"."""
    return head.pos_ == "ADJ" or any(c.lemma_ == "be" for c in head.children
                                     if c.dep_ in ("aux", "auxpass", "cop"))


def _has_modal(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def _to_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _purpose(trigger: Token) -> bool:
    """An infinitive adjunct without its own subject states a goal, not a deed."""
    if trigger.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def _condition_subject(trigger: Token) -> Token | None:
    """"will withdraw ... unless X arranges": X, whom the announcement addresses."""
    for clause in trigger.children:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if clause.dep_ == "advcl" and marks & {"if", "unless"}:
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].pos_ != "PRON":
                return subjects[0]
    return None


def _going_to(trigger: Token) -> bool:
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"
