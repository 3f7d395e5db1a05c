"""In-document coreference by rule: pronouns, role nouns and they/them, in one left-to-right sweep.

- he/she/him/her/his → the compatible person nearest in sentences, the subject first (of the
  main clause before an embedded one), then the latest mention; gender comes from titles,
  given names, gendered role nouns, and from earlier pronouns resolved to the same person.
  The subject of a reporting verb never takes a name from what it reports ("Roe must
  act, he said": he is not Roe; binding principle C).
- they/them/their → the latest group actor within a few sentences, else the latest
  organisation or country.
- it/its → the nearest organisation or country within a few sentences, in an earlier sentence
  its subject first ("Acme ... its technology"); never a group of people or a body named by a
  plural noun ("Polish authorities"), nor a member of a coordination in the pronoun's own
  sentence; a pleonastic "it" ("it is likely that", "it was reported") refers to nothing.
- "the ambassador", "the spokeswoman" → the latest person with that role; "the company",
  "the firm" → the latest business organisation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.understand.actors import (
    GOVERNMENT_ORG_WORDS,
    ActorIndex,
    salient_person,
)
from storyline.understand.cues import REPORTING_VERBS
from storyline.understand.nlp import (
    Children,
    Columns,
    children,
    columns,
    sentence_numbers,
    token_starts,
)
from storyline.understand.roles import (
    COLLECTIVE_NOUNS,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORGANIZATION_NOUNS,
    PLURAL_PRONOUNS,
    role_in,
)

PERSON_WINDOW_SENTENCES = 4
GROUP_WINDOW_SENTENCES = 8
SPEAKING_BODY_SENTENCES = 2
HISTORY_LIMIT = 60
DEFINITE = {"the", "this", "that"}
OWN_WORDS = frozenset({"amod", "compound", "nummod", "appos"})  # they make it a description
BUSINESS_NOUNS = {"company", "firm", "giant", "carrier", "maker", "manufacturer", "group",
                  "corporation", "business", "conglomerate"}
SUBJECTS = {"nsubj", "nsubjpass"}
# "the commission", "the agency": a body named earlier with that word in its name
BODY_NOUNS = (ORGANIZATION_NOUNS | GOVERNMENT_ORG_WORDS) - {"government", "administration"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
IGO_NOUNS = frozenset({"bloc", "alliance"})
COLLECTIVE_KINDS = ("organization", "country", "group")
NEUTER_KINDS = ("organization", "country")  # 'it' is never a group of people
PLEONASTIC_HEADS = {"be", "seem", "appear", "take", "rain", "snow", "remain", "become"}


@dataclass
class Seen:
    token: int
    sentence: int
    actor: str
    subject: bool
    main: bool = False  # the subject of the sentence's main verb


def resolve_references(index: ActorIndex) -> None:
    doc = index.doc
    sentence_of = sentence_numbers(doc)
    mentions = index.mentions_in_order()
    history: list[Seen] = []
    pointer = 0
    anaphor = may_be_anaphor(doc)
    for i in range(len(doc)):
        while pointer < len(mentions) and mentions[pointer][0] <= i:
            start, end, actor_id = mentions[pointer]
            head = doc[start] if end - start == 1 else doc[start:end].root
            history.append(Seen(start, sentence_of[start], actor_id, head.dep_ in SUBJECTS,
                                main_subject(head)))
            pointer += 1
        if not anaphor[i] or i in index._by_token:
            continue
        token = doc[i]
        actor_id = antecedent(index, token, sentence_of[token.i], history)
        if actor_id is None:
            continue
        index.mention(index.get(actor_id), token.i, token.i + 1)
        history.append(Seen(token.i, sentence_of[token.i], actor_id, token.dep_ in SUBJECTS,
                            main_subject(token)))
        if len(history) > 4 * HISTORY_LIMIT:
            del history[: -HISTORY_LIMIT]


ANAPHORIC_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS


def may_be_anaphor(doc: Doc) -> list[bool]:
    """For each token, whether antecedent() may resolve it: a pronoun it knows, or a noun
    that definite() accepts; read from the token tables, sparing a Token for the rest."""
    table, kids = columns(doc), children(doc)
    lower = table.lower
    found = [False] * len(doc)
    for i, pos in enumerate(table.pos):
        if pos == "PRON":
            found[i] = lower[i] in ANAPHORIC_PRONOUNS
        elif pos == "NOUN":
            found[i] = bare_definite(table, kids.indices(i))
    return found


def antecedent(index: ActorIndex, token: Token, sentence: int, history: list[Seen]) -> str | None:
    word = token.lower_
    if token.pos_ == "PRON":
        if word in MALE_PRONOUNS:
            return person_for_pronoun(index, "m", sentence, history,
                                      reported(token) | own_objects(token))
        if word in FEMALE_PRONOUNS:
            return person_for_pronoun(index, "f", sentence, history,
                                      reported(token) | own_objects(token))
        if word in PLURAL_PRONOUNS:
            return (speaking_body(index, token, sentence, history)
                    or group_for_pronoun(index, sentence, history)
                    or collective_for_pronoun(index, sentence, history))
        if word in NEUTER_PRONOUNS and not pleonastic(token) and not about_a_thing(index, token):
            return body_for_pronoun(index, token, sentence, history)
        return None
    if token.pos_ == "NOUN" and definite(token.doc, token.i):
        if token.lemma_.lower() in IGO_NOUNS:
            return international_body(index, token.lemma_.lower(), sentence, history)
        return actor_for_role_noun(index, token, history)
    return None


def international_body(index: ActorIndex, noun: str, sentence: int, history: list[Seen]
                       ) -> str | None:
    """"the alliance": NATO or a body named an alliance; "the bloc": a regional body (not
    the U.N. nor its people), named in this sentence or the one before."""
    for entry in reversed(history):
        if entry.sentence < sentence - 1:
            return None
        actor = index.get(entry.actor)
        code = actor.code or ""
        if actor.kind != "organization" or not code.startswith("IGO"):
            continue
        if noun == "alliance" and (code.startswith("IGOWSTNAT")
                                   or "alliance" in actor.name.lower()):
            return actor.id
        if noun == "bloc" and not code.startswith("IGOUNO"):
            return actor.id
    return None


def main_subject(token: Token) -> bool:
    return token.dep_ in SUBJECTS and token.head.dep_ == "ROOT"


def reported(token: Token) -> set[int]:
    """Tokens of what a pronoun subject of a reporting verb reports: its clausal complement,
    or the sentence it is a parenthetical of ("Roe must act, he said")."""
    verb = token.head
    if token.dep_ not in SUBJECTS or verb.lemma_ not in REPORTING_VERBS:
        return set()
    dep, kids = columns(token.doc).dep, children(token.doc)
    found = {t for c in kids.indices(verb.i) if dep[c] == "ccomp" for t in subtree(kids, c)}
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
        found |= subtree(kids, verb.head.i) - subtree(kids, verb.i)
    return found


def subtree(kids: Children, i: int) -> set[int]:
    """The indices of token i's subtree (Token.subtree), from the children table."""
    found, stack = {i}, [i]
    while stack:
        for child in kids.indices(stack.pop()):
            found.add(child)
            stack.append(child)
    return found


OBJECTS = {"dobj", "dative", "pobj", "attr", "oprd"}
CLAUSES = {"ccomp", "relcl", "acl", "parataxis", "conj", "csubj"}


def own_objects(token: Token) -> set[int]:
    """Tokens of the objects of the verb a pronoun is the subject of, and of the subjectless
    clauses hung on it, whose subject is the pronoun too: in 'Speaking to Ann Lee, he said'
    or 'he told Ann Lee' he is not Ann Lee (binding principle B). Owners stay candidates
    ('speaking to his lawyer, he said')."""
    if token.dep_ not in SUBJECTS:
        return set()
    table, kids = columns(token.doc), children(token.doc)  # indices, not Tokens
    dep, pos = table.dep, table.pos
    found: set[int] = set()
    head = token.head.i
    stack = [(c, head) for c in kids.indices(head) if c != token.i]  # (node, its head)
    opening = opening_participle(token)
    if opening is not None:
        stack.extend((c, opening.i) for c in kids.indices(opening.i))
    while stack:
        node, parent = stack.pop()
        if dep[node] in SUBJECTS or dep[node] == "poss" or dep[node] in CLAUSES:
            continue
        if pos[node] in ("VERB", "AUX") and any(dep[c] in SUBJECTS for c in kids.indices(node)):
            continue  # a clause with its own subject
        if dep[node] in OBJECTS or dep[parent] in OBJECTS or dep[node] == "compound":
            found.add(node)
        stack.extend((c, node) for c in kids.indices(node))
    return found


def opening_participle(token: Token) -> Token | None:
    """'Speaking to Ann Lee, he said': a subjectless participle opening the sentence right
    before the pronoun subject has it for its subject, wherever the parser hung it."""
    first = token.sent[0]
    if first.tag_ not in ("VBG", "VBN") or first.right_edge.i >= token.i:
        return None
    if any(c.dep_ in SUBJECTS for c in first.children):
        return None
    between = token.doc[first.right_edge.i + 1 : token.i]
    return first if all(t.is_punct for t in between) else None


def person_for_pronoun(index: ActorIndex, gender: str, sentence: int,
                       history: list[Seen], excluded: set[int] = frozenset()) -> str | None:
    best, best_key = None, None
    for seen in history[-HISTORY_LIMIT:]:
        distance = sentence - seen.sentence
        if distance > PERSON_WINDOW_SENTENCES or seen.token in excluded:
            continue
        actor = index.get(seen.actor)
        if actor.kind != "person":
            continue
        known = index.record(actor).gender
        if known and known != gender:
            continue
        # "she": a known woman in an earlier sentence before an unknown-gender person there
        # (mostly men in news); an earlier sentence's main subject before its embedded ones
        unknown = known is None
        key = ((distance > 0 and unknown, distance) if gender == "f" else (distance, unknown),
               not seen.subject, distance > 0 and not seen.main, -seen.token)
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


def speaking_body(index: ActorIndex, token: Token, sentence: int,
                  history: list[Seen]) -> str | None:
    """'they said' (the subject of a reporting verb): the group or body that was the main
    subject of one of the last two sentences, the latest first: in 'Acme denied it. “...,”
    they said' they are Acme, not the people named in between."""
    if token.dep_ not in SUBJECTS or token.head.lemma_ not in REPORTING_VERBS:
        return None
    for seen in reversed(history[-HISTORY_LIMIT:]):
        if sentence - seen.sentence > SPEAKING_BODY_SENTENCES:
            return None
        if seen.main and seen.sentence < sentence \
                and index.get(seen.actor).kind in COLLECTIVE_KINDS:
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


def body_for_pronoun(index: ActorIndex, token: Token, sentence: int,
                     history: list[Seen]) -> str | None:
    """'it/its': the nearest organisation or country in sentences, a subject first (in the
    pronoun's own sentence, the object of a preposition last); not a body named by a plural
    noun, nor one member of a coordination in the pronoun's own sentence ("the US, Japan and
    others imposed curbs on its technology")."""
    best, best_key = None, None
    plural: dict[str, bool] = {}  # plural_name() of each actor, read once per call
    for seen in history[-HISTORY_LIMIT:]:
        distance = sentence - seen.sentence
        if distance > GROUP_WINDOW_SENTENCES:
            continue
        actor = index.get(seen.actor)
        if actor.kind not in NEUTER_KINDS:
            continue
        if actor.id not in plural:
            plural[actor.id] = plural_name(index, actor)
        if plural[actor.id]:
            continue
        if distance == 0 and coordinated(index.doc[seen.token]):
            continue
        # an earlier sentence: its subject first; the same one: a prepositional object last
        # ("Acme is at the call of the state, while its equipment ...": Acme's)
        after = not seen.subject if distance > 0 else index.doc[seen.token].dep_ == "pobj"
        key = (distance, after, -seen.token)
        if best_key is None or key < best_key:
            best, best_key = seen.actor, key
    return best


def coordinated(token: Token) -> bool:
    head = token
    while head.dep_ in ("compound", "amod", "det") and head.head is not head:
        head = head.head
    links = ("conj", "appos")  # the parser often takes "A, B and C" for an apposition
    return head.dep_ in links or any(c.dep_ in links for c in head.children)


def plural_name(index: ActorIndex, actor) -> bool:
    """'Polish authorities', 'US officials': a body named by a plural noun is 'they', not 'it'."""
    if not actor.mentions:
        return False
    start = actor.mentions[0].span[0]
    at = bisect_left(token_starts(index.doc), start)  # the first token at or after start
    if at == len(index.doc):
        return False
    head = index.doc[at]
    span = index.doc.char_span(start, actor.mentions[0].span[1], alignment_mode="expand")
    root = span.root if span is not None else head
    return (root.tag_ in ("NNS", "NNPS") and root.ent_type_ not in ("GPE", "ORG")
            and not root.text.isupper())


def pleonastic(token: Token) -> bool:
    """'it is likely that', 'it was reported', 'it takes time': an 'it' that names nothing."""
    if token.dep_ == "expl":
        return True
    if token.lower_ != "it" or token.dep_ not in SUBJECTS:
        return False
    head = token.head
    dep, lemma, kids = columns(token.doc).dep, columns(token.doc).lemma, children(token.doc)
    near = kids.indices(head.i)  # from the tables: Token.children walks the whole sentence
    clause = any(dep[c] in ("ccomp", "csubj") for c in near)
    if token.dep_ == "nsubjpass" and clause:
        return True
    if head.lemma_ == "be" and extraposed(head):
        return True
    return head.lemma_ in PLEONASTIC_HEADS and (clause or any(
        dep[c] in ("acomp", "attr") and any(dep[g] in ("ccomp", "xcomp") for g in kids.indices(c))
        and not any(dep[g] == "xcomp" and lemma[g] != "be" for g in kids.indices(c))
        for c in near))


def extraposed(verb: Token) -> bool:
    """'it would be a bad idea to go', 'it is a good idea for X to go': a predicate, then a
    to-clause of the verb, or a 'for X to' clause of the predicate."""
    table, kids = columns(verb.doc), children(verb.doc)
    dep, lower, near = table.dep, table.lower, kids.indices(verb.i)
    predicates = [c for c in near if dep[c] in ("acomp", "attr")]
    to_clause = any(dep[c] == "xcomp" and c > verb.i and any(lower[g] == "to"
                                                              for g in kids.indices(c))
                    for c in near)
    for_clause = any(any(dep[g] == "mark" and lower[g] == "for" for g in kids.indices(c))
                     for p in predicates for c in kids.indices(p))
    return bool(predicates) and (to_clause or for_clause)


def about_a_thing(index: ActorIndex, token: Token) -> bool:
    """'The detention of X is a matter of law. It is not a statement ...': a copular 'it'
    after a sentence whose subject is a thing, not an actor, is about that thing."""
    if token.lower_ != "it" or token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return False
    sent = token.sent
    if sent.start == 0:
        return False
    previous = token.doc[sent.start - 1].sent
    table = columns(token.doc)  # Token.children walks the whole sentence of a root
    subject = next((c for c in children(token.doc).indices(previous.root.i)
                    if table.dep[c] in SUBJECTS), None)
    return (subject is not None and table.pos[subject] == "NOUN" and table.tag[subject] == "NN"
            and subject not in index._by_token)


def definite(doc: Doc, i: int) -> bool:
    """'the ambassador' with no other words of its own (those make it a description)."""
    return bare_definite(columns(doc), children(doc).indices(i))


def bare_definite(table: Columns, near: list[int]) -> bool:
    """definite() of a token with these children."""
    dep, lower = table.dep, table.lower
    found = False
    for c in near:
        if dep[c] in OWN_WORDS:
            return False
        found = found or (dep[c] == "det" and lower[c] in DEFINITE)
    return found


def actor_for_role_noun(index: ActorIndex, token: Token, history: list[Seen]) -> str | None:
    noun = token.lemma_.lower()
    business = noun in BUSINESS_NOUNS
    for actor_id in latest_first(history):
        actor = index.get(actor_id)
        if business:
            if actor.kind == "organization" and actor.sector == "BUS":
                return actor.id
        elif actor.kind == "person" and any(role.split()[-1] == noun for role in
                                            [*index.record(actor).roles, actor.role or "-"]):
            return actor.id  # any role the article gave the person: "the founder"
    if business:
        return None
    if noun in BODY_NOUNS:
        return organization_named_with(index, token, history)
    role = role_in([token]) if token.tag_ == "NN" and noun not in COLLECTIVE_NOUNS else None
    if role is not None:
        person = salient_person(index, token, role[0])
        return person.id if person is not None else None
    return None


def latest_first(history: list[Seen]) -> Iterator[str]:
    """The actors of the history, each once, the latest mentioned first (read as far as the
    caller goes: most stop at a recent one)."""
    seen: set[str] = set()
    for entry in reversed(history):
        if entry.actor not in seen:
            seen.add(entry.actor)
            yield entry.actor


def organization_named_with(index: ActorIndex, token: Token, history: list[Seen]) -> str | None:
    """'the commission': the latest organisation whose name has that word ("the Commission
    on Presidential Debates"), not a plural body ("commissions")."""
    word = token.lower_
    for actor_id in latest_first(history):
        actor = index.get(actor_id)
        if actor.kind == "organization" and word in actor.name.lower().split():
            return actor.id
    return None
