"""Quote speakers: who a quote's cue says spoke, and the name and actor that speaker gets.

CONTRACT:  subject_of(verb, context) -> Token | None   (the speaker token of a cue)
           SpeakerNamer(context).speaker(token, verb, span) -> model.Speaker

- choosing: the subject of a reporting verb, the agent of a passive one, the subject of the
  verb a participle or conjunct hangs from, the noun before a reduced relative cue, the name
  after an inverted cue (“...,” said Lu); can_speak() rules out words inside quotation marks,
  first-person words and words that never speak (cues.NON_SPEAKERS).
- naming: the actor of the speaker token, for a pronoun checked against the text before it
  (an antecedent named only in what is reported does not count), else the last person named
  as a subject before it; descriptions ('Another said', 'Those in favour of X said', 'the
  head of X'), appositions, partitives ('95% of the participants') and the owners of
  statements ('a UN report concluded').

Both read the document through a QuoteContext: the parse, the actor index and which tokens
lie inside quotation marks (quotes.QuoteReader is one).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from storyline.model import Actor, Speaker
from storyline.understand.actors import ActorIndex
from storyline.understand.cues import NON_SPEAKERS, PERSON_PRONOUNS, REPORTING_VERBS
from storyline.understand.roles import COLLECTIVE_NOUNS, ORGANIZATION_NOUNS, role_in

SUBJECTS = ("nsubj",)
INHERIT_SUBJECT = ("conj", "advcl", "xcomp")  # "... and said", "..., saying", "declined to say"
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
MAX_CLIMB = 12  # dependency steps up to a governing verb; tokens in a speaker name phrase
MAX_DEPTH = 64  # dependency steps up to a sentence root (bounded: keeps the work linear)
RELATIVE = frozenset({"who", "that", "which"})
# Subject heads whose owner is the speaker: 'a UN report concluded', 'Acme's spokesman said'.
SOURCE_NOUNS = frozenset({
    "report", "statement", "study", "letter", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "survey", "poll", "document", "memo", "release", "communique",
    "communiqué", "announcement", "declaration", "notice", "bulletin", "filing", "tweet",
    "post", "website", "analysis", "assessment", "review", "paper", "note", "message",
    "representative", "account", "press", "office",
})  # fmt: skip
QUANTITY_HEADS = frozenset({
    "%", "percent", "majority", "minority", "half", "third", "quarter", "most", "many",
    "some", "all", "none", "several", "few", "dozens", "hundreds", "thousands", "millions",
    "number", "share", "proportion", "fraction", "rest",
})  # fmt: skip
NAME_LINKS = frozenset({"compound", "flat", "conj", "appos"})
SOURCE_PREPS = frozenset({"of", "for", "from", "by"})
# Subject heads that he/she never stands for: bodies and documents.
NOT_PEOPLE = ORGANIZATION_NOUNS | COLLECTIVE_NOUNS | SOURCE_NOUNS | frozenset({
    "company", "firm", "group", "agency", "government", "department", "ministry", "office",
})  # fmt: skip
# Plural heads that name people themselves, not what their possessor says: 'Lu's
# supporters', 'her lawyers'.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "ant")
PEOPLE_NOUNS = frozenset({
    "fan", "aide", "critic", "friend", "ally", "colleague", "relative", "parent", "child",
    "family", "staff", "people", "neighbour", "neighbor", "opponent", "rival",
})  # fmt: skip
# A subject that stands for a noun said just before: 'one user ... Another said'.
ELLIPTICAL = frozenset({"another", "one", "others", "some", "many", "several", "most"})
PLURAL_ELLIPTICAL = frozenset({"others", "some", "many", "several", "most"})
DESCRIBED_SENTENCES = 2  # sentences back in which a pronoun's unnamed antecedent is sought


class QuoteContext(Protocol):
    """What speaker resolution reads of a document searched for quotes."""

    doc: Doc
    text: str
    actors: ActorIndex
    kids: list[list[Token]]  # each token's children, in order
    in_quote: bytearray  # 1 for tokens inside quotation marks

    def sentence_bounds(self, token: Token) -> tuple[int, int]: ...


# --- choosing the speaker token ----------------------------------------------------------

def can_speak(token: Token, in_quote: bytearray) -> bool:
    """Whether a token may be a quote's speaker: outside quotation marks, no first-person
    word, none of cues.NON_SPEAKERS."""
    return (not in_quote[token.i] and token.lower_ not in NON_SPEAKERS
            and token.lower_ not in FIRST_PERSON)


def subject_of(verb: Token, context: QuoteContext) -> Token | None:
    """The grammatical subject of a verb, the agent of a passive one, or the subject of the
    verb it hangs from ('..., saying', '... and said')."""
    node = reporter_of_participle(verb, context)
    for _ in range(4):
        subject = nearest_subject(node, context)
        if subject is not None:
            if subject.lower_ in RELATIVE and node.dep_ == "relcl" and node.head.i != node.i:
                return node.head  # 'Ann Lee, who said ...': the noun the clause is about
            return subject
        for child in context.kids[node.i]:
            if child.dep_ == "nsubjpass":
                agent = next((c for c in context.kids[node.i] if c.dep_ == "agent"), None)
                return next((c for c in context.kids[agent.i] if c.dep_ == "pobj"), None) \
                    if agent else None
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":  # 'Lu left before saying'
            node = node.head.head
            continue
        issuer = statement_issuer(node)
        if issuer is not None:  # 'Acme issued a statement saying ...'
            node = issuer
            continue
        if node.dep_ not in INHERIT_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


def nearest_subject(verb: Token, context: QuoteContext) -> Token | None:
    """A verb's subject; of two (a dateline the parser took for one: 'BUFFALO, N.Y. — ...,
    coach Ann Lee expressed'), the one nearest before the verb."""
    subjects = [c for c in context.kids[verb.i] if c.dep_ in SUBJECTS]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else subjects[0]


def reporter_of_participle(verb: Token, context: QuoteContext) -> Token:
    """'Lu said that Acme had concluded X, saying Y': a reporting participle that the parser
    hung on a verb of what someone reports goes with that reporter's verb (Lu says Y)."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" and is_reporting_verb(verb)):
        return verb
    node = verb.head
    for _ in range(MAX_CLIMB):
        if node.dep_ != "ccomp" or node.head.i == node.i:
            break
        if is_reporting_verb(node.head) and not context.in_quote[node.head.i]:
            return node.head
        node = node.head
    return verb


def statement_issuer(verb: Token) -> Token | None:
    """The verb whose subject issued the statement a cue hangs from: 'issued' in 'Acme
    issued a statement warning that', 'said' in 'Acme said in a statement noting'."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in SOURCE_NOUNS:
        return None
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def reduced_relative_head(verb: Token, before: list[Token]) -> Token | None:
    """'“...,” the patient described in a report': the parser took the cue for a reduced
    relative clause of the noun before it; that noun is the speaker."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return verb.head if any(t.i == verb.head.i for t in before) else None


def inverted_speaker(tokens: list[Token], context: QuoteContext) -> Token | None:
    """The speaker after an inverted cue: the first person named before the next verb
    ('said Acme's chief, Ann Lee', 'said study author Professor Ann Lee of X'), else the
    first noun."""
    apposed = None
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") or token.text == ";":
            break
        actor = context.actors.for_token(token)
        if actor is not None and actor.kind == "person" and token.pos_ == "PROPN":
            return following_noun([token])
        if apposed is None and token.dep_ == "appos" and token.pos_ == "PROPN" \
                and token.head.pos_ == "NOUN" and actor is None:
            apposed = token  # 'said Acme's chief, Ann Lee' with Ann Lee left untagged
    return apposed or following_noun(tokens)


def following_noun(tokens: list[Token]) -> Token | None:
    for token in tokens:
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            while token.dep_ in ("compound", "flat") and token.head.i != token.i:
                token = token.head
            return token
    return None


# --- naming the speaker -------------------------------------------------------------------

class SpeakerNamer:
    """Turns a quote's speaker token into a model.Speaker: its actor, name, words and span."""

    def __init__(self, context: QuoteContext) -> None:
        self.context = context
        self.doc, self.text, self.actors = context.doc, context.text, context.actors
        self.kids, self.in_quote = context.kids, context.in_quote
        self._pronoun_actors: dict[int, Actor] | None = None
        self._history: list[tuple[int, Actor, bool]] = []

    def speaker(self, token: Token, verb: Token | None, span: tuple[int, int]) -> Speaker:
        """The speaker that token, attributed by the cue verb, gives the quote at span."""
        named = self.elliptical_name(token) or self.postmodified_name(token)
        if named is not None:  # 'Another said', 'Those in favour of X said': a description
            return Speaker(actor=None, name=named[2], text=named[2], span=named[:2])
        pronoun = token.pos_ == "PRON"
        described = self.described_subject(token) if pronoun else None
        if described is not None:  # 'The head of X told the court ... She also said'
            token, pronoun = described, False
        if pronoun:
            actor = self.pronoun_actor(token, clause_chars(span, verb))
        else:
            token, actor = self.subject_actor(token, None if described else verb)
        return self.named_speaker(token, actor, pronoun)

    def pronoun_actor(self, pronoun: Token, clause: tuple[int, int]) -> Actor | None:
        """The actor index's antecedent when it is named outside the quote's clause, else
        the pronoun fallback (pronoun_actors), else the last person named as a subject."""
        actor = self.actors.for_token(pronoun)
        if actor is not None and not self.antecedent_outside(actor, pronoun, clause):
            actor = None
        if actor is None:
            actor = self.pronoun_actors().get(pronoun.i)
            if actor is not None and not self.named_outside(actor.id, pronoun, clause):
                actor = self.earlier_subject(pronoun, clause)
        return actor

    def subject_actor(self, token: Token, verb: Token | None) -> tuple[Token, Actor | None]:
        """The actor of a subject that is no pronoun, and the token that names it (the group
        of a partitive: "95% of the participants said")."""
        actor = self.actors.for_token(token)
        if actor is None:
            actor = self.named_in_subject(token, verb)
        if actor is None:
            token = partitive_whole(token)
            actor = self.actors.for_token(token) or self.actors.for_phrase(token)
        return token, actor

    def named_speaker(self, token: Token, actor: Actor | None, pronoun: bool) -> Speaker:
        """The Speaker record: the actor's name, else the subject's own words."""
        first = token.i if pronoun else max(token.left_edge.i, token.i - MAX_CLIMB)
        while first < token.i and (self.doc[first].is_punct or self.in_quote[first]):
            first += 1
        start, end = self.doc[first].idx, self.name_end(token, actor is None and not pronoun)
        if actor is None and not pronoun:
            start, end = self.apposed_name(token) or (start, end)
        words = self.text[start:end]
        name = actor.name if actor else (None if pronoun else words)
        return Speaker(actor=actor.id if actor else None, name=name, text=words,
                       span=(start, end))

    def apposed_name(self, head: Token) -> tuple[int, int] | None:
        """'The group that owns X, Big Label, says': the proper name in apposition to a
        describing subject (one the tagger left out of the actors) names the speaker."""
        for child in self.kids[head.i]:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > head.i \
                    and not self.in_quote[child.i]:
                first = child.left_edge
                while first.i < child.i and (first.is_punct or first.pos_ == "DET"):
                    first = self.doc[first.i + 1]
                words = self.doc[first.i:child.i + 1]
                if all(t.is_title or t.is_upper or t.pos_ == "PROPN" for t in words):
                    return first.idx, child.idx + len(child)
        return None

    def elliptical_name(self, token: Token) -> tuple[int, int, str] | None:
        """'one user ... posted: “...” Another said': a bare 'another', 'one', 'some' or
        'others' stands for the noun of the latest subject in the two sentences before (a
        plural one for 'some', 'others'): 'Another user'."""
        word = token.lower_
        if word not in ELLIPTICAL or any(c.dep_ == "prep" for c in self.kids[token.i]) \
                or token.pos_ not in ("PRON", "DET", "NUM", "ADJ"):
            return None
        start, _ = self.context.sentence_bounds(token)
        for _ in range(DESCRIBED_SENTENCES):
            if start == 0:
                return None
            start, end = self.context.sentence_bounds(self.doc[start - 1])
            nouns = [t for t in self.doc[start:end + 1] if t.dep_ in SUBJECTS
                     and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON"
                     and not self.in_quote[t.i]
                     and (t.tag_ in ("NNS", "NNPS")) == (word in PLURAL_ELLIPTICAL)]
            if nouns:
                name = f"{token.text} {nouns[-1].text}"
                return token.idx, token.idx + len(token), name
        return None

    def postmodified_name(self, token: Token) -> tuple[int, int, str] | None:
        """'Those in favour of X said', 'those who back it said': 'those' is named by the
        words after it."""
        if token.lower_ != "those" or token.i + 1 >= len(self.doc):
            return None
        after = [c for c in self.kids[token.i] if c.i > token.i
                 and c.dep_ in ("prep", "relcl", "acl")]
        if not after:
            return None
        last = after[-1].right_edge
        if last.i - token.i > MAX_CLIMB or any(self.in_quote[t.i]
                                               for t in self.doc[token.i:last.i + 1]):
            return None
        start, end = token.idx, last.idx + len(last)
        return start, end, self.text[start:end]

    def name_end(self, token: Token, description: bool) -> int:
        """Where a speaker's words end: after the head, or, for a description, after its
        'of' phrase ('the head of the internal investigators')."""
        end = token.idx + len(token)
        if not description:
            return end
        of = next((c for c in self.kids[token.i] if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == token.i + 1), None)
        if of is None:
            return end
        last = of.right_edge
        phrase = self.doc[of.i:last.i + 1]
        if any(t.is_punct or self.in_quote[t.i] for t in phrase) or len(phrase) > MAX_CLIMB:
            return end
        return last.idx + len(last)

    def described_subject(self, pronoun: Token) -> Token | None:
        """The antecedent of a he/she/they speaker when it is the main subject of the sentence
        before (for 'they', of one of the two before) and agrees with it: a singular common
        noun that reports speech for he/she ('The head of X told the court ... She also
        said'), a plural noun or a name that is no person's for they, reporting speech or a
        role noun ('Acme have denied it. “...,” they said'). The actor index may hold no
        actor for it, or have sent the pronoun to someone named in between."""
        word = pronoun.lower_
        if word not in PERSON_PRONOUNS and word != "they":
            return None
        start, _ = self.context.sentence_bounds(pronoun)
        for _ in range(DESCRIBED_SENTENCES if word == "they" else 1):
            if start == 0:
                return None
            start, end = self.context.sentence_bounds(self.doc[start - 1])
            root = sentence_root(self.doc[end])
            subject = nearest_subject(root, self.context)
            if subject is None or subject.pos_ == "PRON" or self.in_quote[subject.i] \
                    or subject.i > root.i:
                continue
            if self.agrees(subject, word, root):
                return subject
        return None

    def agrees(self, subject: Token, pronoun: str, verb: Token) -> bool:
        reports = is_reporting_verb(verb)
        if pronoun == "they":
            plural = subject.tag_ in ("NNS", "NNPS") or (
                subject.tag_ == "NNP" and subject.ent_type_ != "PERSON")
            # 'The company that runs X, Y Productions, denies it. “...,” they said'
            body = subject.lemma_.lower() in ORGANIZATION_NOUNS and reports
            return body or plural and (reports or role_in([subject]) is not None)
        return subject.tag_ == "NN" and reports and subject.lemma_.lower() not in NOT_PEOPLE

    def antecedent_outside(self, actor: Actor, pronoun: Token, clause: tuple[int, int]) -> bool:
        """Whether the actor is named before the pronoun somewhere other than in what the
        pronoun's speaker says: in 'send a message to the president, he said' he is not the
        president."""
        start, end = clause
        return any(m.span[0] < pronoun.idx and not start <= m.span[0] < end
                   for m in actor.mentions)

    def named_in_subject(self, token: Token, verb: Token | None) -> Actor | None:
        """The actor a subject that is no actor itself goes with. An apposition (the parser
        may hang it anywhere in the phrase: 'the director of X, Ann Lee, said') or a second
        subject of the same verb ('Early opponent MP Ann Lee said') is the speaker. Words
        inside the phrase give the speaker only when its head is a document or statement
        noun: its owner or modifier ('a UN report concluded', 'Acme's spokesman said') or the
        object of 'of', 'for', 'from', 'by' ('a statement from the ministry'). Other actors
        inside the phrase never do: in '95% of the participants in her study indicated' she
        is not the speaker. A person is preferred."""
        named = [t for t in self.doc[token.left_edge.i:token.right_edge.i + 1]
                 if t.dep_ == "appos"]
        named += self.linked_names(token)
        if verb is not None:
            for sibling in self.kids[verb.i]:
                if sibling.i != token.i and sibling.dep_ in SUBJECTS + ("npadvmod",) \
                        and sibling.i < verb.i:
                    named.extend(self.doc[sibling.left_edge.i:sibling.right_edge.i + 1])
        actor = self.person_first(named) or self.person_before_place(token) \
            or self.possessor(token)
        if actor is None and token.lemma_.lower() in SOURCE_NOUNS:
            actor = self.person_first(source_owner_words(token))
        return actor

    def possessor(self, token: Token) -> Actor | None:
        """'her reasoning', 'the minister's view': a subject that names no one and is no role
        speaks for its possessor."""
        if token.pos_ != "NOUN" or role_in([token]) is not None or people_noun(token):
            return None
        owners = [c for c in self.kids[token.i] if c.dep_ == "poss"]
        return self.person_first([t for o in owners for t in o.subtree])

    def person_before_place(self, token: Token) -> Actor | None:
        """'Ann Lee of the University of California, Los Angeles said': a place the parser
        took for the subject after the person who opens the sentence."""
        if token.ent_type_ not in ("GPE", "LOC") or self.actors.for_token(token) is not None:
            return None
        first = self.doc[token.sent.start]
        actor = self.actors.for_token(first)
        return actor if actor is not None and actor.kind == "person" else None

    def linked_names(self, head: Token) -> list[Token]:
        """The words joined to a subject's head by compound, flat, conjunct or apposition
        links, not through a preposition: 'Retired FBI agent and terrorism specialist Ann
        Lee' names Ann Lee, 'the director of Acme' does not name Acme."""
        found, stack = [], [head]
        while stack and len(found) < MAX_CLIMB:
            node = stack.pop()
            for child in self.kids[node.i]:
                if child.dep_ in NAME_LINKS:
                    found.append(child)
                    stack.append(child)
        return found

    def person_first(self, tokens: list[Token]) -> Actor | None:
        """The last person the tokens name, else the last actor."""
        actors = [a for a in (self.actors.for_token(t) for t in tokens
                              if not self.in_quote[t.i]) if a is not None]
        people = [a for a in actors if a.kind == "person"]
        return (people or actors or [None])[-1]

    def earlier_subject(self, pronoun: Token, clause: tuple[int, int]) -> Actor | None:
        """The last person named as the subject of a verb before the pronoun, outside the
        clause of the cue: in 'Speaking to Ann Lee, he said', he is not Ann Lee."""
        self.pronoun_actors()
        for at, actor, is_subject in reversed(self._history):
            if at < pronoun.i and is_subject and self.named_outside(actor.id, pronoun, clause):
                return actor
        return None

    def named_outside(self, actor_id: str, pronoun: Token, clause: tuple[int, int]) -> bool:
        """Whether the actor is named (outside quotes) before the pronoun and outside the
        quote and the clause of its cue."""
        start, end = clause
        return any(actor.id == actor_id and at < pronoun.i
                   and not start <= self.doc[at].idx < end
                   for at, actor, _ in self.pronoun_history())

    def pronoun_history(self) -> list[tuple[int, Actor, bool]]:
        self.pronoun_actors()
        return self._history

    def pronoun_actors(self) -> dict[int, Actor]:
        """he/she (outside quotes) -> the last person actor that was the subject of a main
        clause or a reporting verb before it, else the last person actor named: the fallback
        for pronouns the actor index leaves unresolved."""
        if self._pronoun_actors is not None:
            return self._pronoun_actors
        resolved: dict[int, Actor] = {}
        self._history = []  # (token, person actor, named as the subject of some verb)
        last_subject: Actor | None = None
        last_named: Actor | None = None
        for token in self.doc:
            if self.in_quote[token.i]:
                continue
            actor = self.actors.for_token(token)
            if token.lower_ in PERSON_PRONOUNS and (last_subject or last_named):
                resolved[token.i] = last_subject or last_named
                actor = actor or resolved[token.i]
            if actor is None or actor.kind != "person":
                continue
            last_named = actor
            head = token
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            self._history.append((token.i, actor, head.dep_ in SUBJECTS))
            if head.dep_ in SUBJECTS and (is_main_verb(head.head)
                                          or is_reporting_verb(head.head)):
                last_subject = actor
        self._pronoun_actors = resolved
        return resolved


def clause_chars(span: tuple[int, int], verb: Token | None) -> tuple[int, int]:
    """A quote's span widened to the phrase of its cue verb."""
    start, end = span
    if verb is not None:
        start = min(start, verb.left_edge.idx)
        end = max(end, verb.right_edge.idx + len(verb.right_edge))
    return start, end


# --- syntax helpers ------------------------------------------------------------------------

def is_reporting_verb(token: Token) -> bool:
    return reporting_verb(token.lemma_, token.tag_)


def reporting_verb(lemma: str, tag: str) -> bool:
    """is_reporting_verb() from a token's lemma and tag."""
    return lemma.lower() in REPORTING_VERBS and tag.startswith("VB")


def sentence_root(token: Token) -> Token:
    for _ in range(MAX_DEPTH):
        if token.head.i == token.i:
            break
        token = token.head
    return token


def is_main_verb(verb: Token) -> bool:
    """The verb of a sentence's main clause (or one joined to it by 'and')."""
    for _ in range(MAX_DEPTH):
        if verb.dep_ == "ROOT":
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def people_noun(token: Token) -> bool:
    """A plural noun for people ('supporters', 'lawyers', 'fans')."""
    lemma = token.lemma_.lower()
    return token.tag_ == "NNS" and (lemma.endswith(AGENT_ENDINGS) or lemma in PEOPLE_NOUNS)


def source_owner_words(head: Token) -> list[Token]:
    """The words that say whose a document or statement is: its owner and modifiers ('the
    UN's report', 'a UN report') and the objects of 'of', 'for', 'from', 'by' after it."""
    words: list[Token] = []
    for child in head.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < head.i:
            words.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words.extend(obj.subtree)
    return words


def partitive_whole(head: Token) -> Token:
    """'More than 95% of the participants', 'most of the residents': a quantity of a group
    speaks as that group; the head of the group's phrase, else head itself."""
    if not (head.pos_ == "NUM" or head.ent_type_ in ("PERCENT", "CARDINAL")
            or head.lemma_.lower() in QUANTITY_HEADS):
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return head
