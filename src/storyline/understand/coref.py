"""In-document coreference by rule: pronouns, role nouns and they/them, in one left-to-right sweep.

- he/she/him/her/his → the compatible person nearest in sentences, the subject first, then the
  latest mention; gender comes from titles, given names, gendered role nouns, and from
  earlier pronouns resolved to the same person.
- they/them/their → the latest group actor within a few sentences, else the latest
  organisation or country.
- it/its → the latest organisation, country or group within a few sentences ("Acme ... its
  technology"); a pleonastic "it" ("it is likely that", "it was reported") refers to nothing.
- "the ambassador", "the spokeswoman" → the latest person with that role; "the company",
  "the firm" → the latest business organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.understand.actors import ActorIndex
from storyline.understand.roles import FEMALE_PRONOUNS, MALE_PRONOUNS, PLURAL_PRONOUNS

PERSON_WINDOW_SENTENCES = 4
GROUP_WINDOW_SENTENCES = 8
HISTORY_LIMIT = 60
DEFINITE = {"the", "this", "that"}
BUSINESS_NOUNS = {"company", "firm", "giant", "carrier", "maker", "manufacturer", "group",
                  "corporation", "business", "conglomerate"}
SUBJECTS = {"nsubj", "nsubjpass"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
COLLECTIVE_KINDS = ("organization", "country", "group")
PLEONASTIC_HEADS = {"be", "seem", "appear", "take", "rain", "snow", "remain", "become"}


@dataclass
class Seen:
    token: int
    sentence: int
    actor: str
    subject: bool


def resolve_references(index: ActorIndex) -> None:
    doc = index.doc
    sentence_of = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sentence_of[i] = number
    mentions = index.mentions_in_order()
    history: list[Seen] = []
    pointer = 0
    for token in doc:
        while pointer < len(mentions) and mentions[pointer][0] <= token.i:
            start, end, actor_id = mentions[pointer]
            head = doc[start:end].root
            history.append(Seen(start, sentence_of[start], actor_id, head.dep_ in SUBJECTS))
            pointer += 1
        if token.i in index._by_token:
            continue
        actor_id = antecedent(index, token, sentence_of[token.i], history)
        if actor_id is None:
            continue
        index.mention(index.get(actor_id), token.i, token.i + 1)
        history.append(Seen(token.i, sentence_of[token.i], actor_id, token.dep_ in SUBJECTS))
        if len(history) > 4 * HISTORY_LIMIT:
            del history[: -HISTORY_LIMIT]


def antecedent(index: ActorIndex, token: Token, sentence: int, history: list[Seen]) -> str | None:
    word = token.lower_
    if token.pos_ == "PRON":
        if word in MALE_PRONOUNS:
            return person_for_pronoun(index, "m", sentence, history)
        if word in FEMALE_PRONOUNS:
            return person_for_pronoun(index, "f", sentence, history)
        if word in PLURAL_PRONOUNS:
            return (group_for_pronoun(index, sentence, history)
                    or collective_for_pronoun(index, sentence, history))
        if word in NEUTER_PRONOUNS and not pleonastic(token):
            return collective_for_pronoun(index, sentence, history)
        return None
    if token.pos_ == "NOUN" and definite(token):
        return actor_for_role_noun(index, token, history)
    return None


def person_for_pronoun(index: ActorIndex, gender: str, sentence: int,
                       history: list[Seen]) -> str | None:
    best, best_key = None, None
    for seen in history[-HISTORY_LIMIT:]:
        distance = sentence - seen.sentence
        if distance > PERSON_WINDOW_SENTENCES:
            continue
        actor = index.get(seen.actor)
        if actor.kind != "person":
            continue
        known = index.record(actor).gender
        if known and known != gender:
            continue
        key = (distance, known is None, not seen.subject, -seen.token)
        if best_key is None or key < best_key:
            best, best_key = actor, key
    if best is None:
        return None
    index.record(best).gender = gender
    return best.id


def group_for_pronoun(index: ActorIndex, sentence: int, history: list[Seen]) -> str | None:
    for seen in reversed(history[-HISTORY_LIMIT:]):
        if sentence - seen.sentence > GROUP_WINDOW_SENTENCES:
            return None
        if index.get(seen.actor).kind == "group":
            return seen.actor
    return None


def collective_for_pronoun(index: ActorIndex, sentence: int,
                           history: list[Seen]) -> str | None:
    for seen in reversed(history[-HISTORY_LIMIT:]):
        if sentence - seen.sentence > GROUP_WINDOW_SENTENCES:
            return None
        if index.get(seen.actor).kind in COLLECTIVE_KINDS:
            return seen.actor
    return None


def pleonastic(token: Token) -> bool:
    """'it is likely that', 'it was reported', 'it takes time': an 'it' that names nothing."""
    if token.dep_ == "expl":
        return True
    if token.lower_ != "it" or token.dep_ not in SUBJECTS:
        return False
    head = token.head
    clause = any(c.dep_ in ("ccomp", "csubj") for c in head.children)
    if token.dep_ == "nsubjpass" and clause:
        return True
    return head.lemma_ in PLEONASTIC_HEADS and (clause or any(
        c.dep_ in ("acomp", "attr") and any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
        and not any(g.dep_ == "xcomp" and g.lemma_ != "be" for g in c.children)
        for c in head.children))


def definite(token: Token) -> bool:
    """'the ambassador' with no other words of its own (those make it a description)."""
    children = list(token.children)
    if any(c.dep_ in ("amod", "compound", "nummod", "appos") for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children)


def actor_for_role_noun(index: ActorIndex, token: Token, history: list[Seen]) -> str | None:
    noun = token.lemma_.lower()
    for seen in reversed(history):
        actor = index.get(seen.actor)
        if noun in BUSINESS_NOUNS:
            if actor.kind == "organization" and actor.sector == "BUS":
                return actor.id
        elif actor.kind == "person" and actor.role and actor.role.split()[-1] == noun:
            return actor.id
    return None
