"""Where an event's actors sit in the dependency parse of its trigger.

Functions return candidate tokens (heads of noun phrases) in order of preference; events.py
turns them into actors through the ActorIndex. Labels are spaCy's English (ClearNLP) ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Token

from storyline.understand.actors import non_state
from storyline.understand.event_modality import PROMISE_VERBS
from storyline.understand.nlp import children as dependents
from storyline.understand.nlp import columns
from storyline.understand.roles import agent_sector

TARGET_PREPS = ("against", "on", "with", "to", "toward", "towards", "at", "into", "upon")
SEARCH_PREPS = ("about", "over", "for", "of", "by")
PARTNER_PREPS = ("with", "against", "toward", "towards")  # of an object: whom it concerns
NOUN_TARGET_PREPS = ("of", "against", "on", "with", "to", "toward", "towards", "into")
OBJECT_CONTROL = frozenset({
    "urge", "ask", "press", "pressure", "call", "force", "order", "persuade", "tell",
    "warn", "encourage", "invite", "request", "advise", "allow", "help", "push",
})  # fmt: skip
RELATIVE_TAGS = ("WDT", "WP")
SEARCH_DEPS = ("prep", "pobj", "poss", "compound", "amod", "appos", "conj", "nmod", "pcomp")

Resolves = Callable[[Token], list]
# Verbs and participles naming who wrote or brokered a text: "a British-drafted resolution"
AUTHORING = frozenset({"draft", "broker", "sponsor", "propose", "author", "write", "table",
                       "mediate", "craft"})
AUTHORED_FORMS = ("drafted", "brokered", "sponsored", "proposed", "authored", "written",
                  "tabled", "mediated", "crafted")
AUTHOR_PREFIX = re.compile(rf"^(.+?)-(?:{'|'.join(AUTHORED_FORMS)})$", re.IGNORECASE)

SETTLEMENTS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord", "pact",
                         "armistice", "peace"})


def authored_by(word: str) -> str | None:
    """"U.S.-drafted" (one token): the name before the hyphen, who wrote the text."""
    found = AUTHOR_PREFIX.match(word)
    return found.group(1) if found else None


def authors(obj: Token) -> Iterator[Token]:
    """Who wrote or brokered a text named as an object ("vetoed a British-drafted
    resolution", "rejected a U.S.-brokered proposal"): its author is the other side; not
    the broker of a truce the parties keep ("observed a China-brokered ceasefire")."""
    if obj.lemma_.lower() in SETTLEMENTS:
        return
    for mod in children(obj, "amod"):
        if mod.tag_ == "VBN" and mod.lemma_.lower() in AUTHORING:  # "British - drafted"
            yield from children(mod, "npadvmod", "compound", "nmod")
        elif authored_by(mod.text):  # "U.S.-drafted", one token
            yield mod


def lemmas(token: Token) -> tuple[str, ...]:
    """The lemma, and for a past form the two obvious stems: the tagger lemmatises some
    verbs wrongly ("staged" -> "stag")."""
    return word_lemmas(token.lemma_, token.lower_, token.tag_)


def word_lemmas(lemma: str, lower: str, tag: str) -> tuple[str, ...]:
    """lemmas() from a token's lemma, lower-case form and tag."""
    lemma = lemma.lower()
    if tag in ("VBD", "VBN") and lower.endswith("ed"):
        return tuple(dict.fromkeys((lemma, lower[:-1], lower[:-2])))
    return (lemma,)


def children(token: Token, *deps: str) -> list[Token]:
    """token.children with one of these dependency labels (read from the Doc's tables)."""
    doc = token.doc
    dep = columns(doc).dep
    return [doc[j] for j in dependents(doc).indices(token.i) if dep[j] in deps]


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the envoy, who was...")."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def is_passive(verb: Token) -> bool:
    if children(verb, "nsubjpass", "auxpass"):
        return True
    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and _misread_main_verb(verb) is None
            ) or reduced_relative(verb)


def reduced_relative(verb: Token) -> bool:
    """"Two soldiers captured during the fighting were handed back", "farmworkers held
    hostage in Gaza were freed": the parser makes the participle the main verb with the
    noun its subject and the real main verb a clause under it; the participle is a passive
    describing that noun, which undergoes it."""
    return _garden_path_clause(verb) is not None


def _garden_path_clause(verb: Token) -> Token | None:
    """The passive main clause ("were freed") hung under a misread participle: after it,
    with no subject, conjunction or subordinator of its own."""
    if (verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBN", "VBD")
            or not children(verb, "nsubj") or children(verb, "aux", "auxpass")):
        return None
    joins = {c.i for c in verb.children if c.dep_ == "cc"}
    for clause in (c for c in verb.children if c.dep_ in ("conj", "advcl") and c.i > verb.i):
        if (children(clause, "auxpass") and not children(clause, "nsubj", "nsubjpass", "mark")
                and not any(verb.i < j < clause.i for j in joins)):
            return clause
    return None


def garden_path_patient(clause: Token) -> Token | None:
    """The noun that undergoes the passive main clause of a garden-path sentence."""
    head = clause.head
    if head.i == clause.i or _garden_path_clause(head) != clause:
        return None
    return children(head, "nsubj")[0]


TITLE_HEADS = frozenset({"chief", "head", "leader", "envoy", "minister", "president",
                         "spokesman", "spokeswoman", "spokesperson", "official", "commander"})


def _misread_main_verb(verb: Token) -> Token | None:
    """"A bombing at a mosque during Friday prayers killed 46 worshippers": with no verb
    for a root, the parser reads the main verb as a participle on the nearest noun; one with
    a direct object is active, and the root noun before it is its subject."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or root.pos_ != "NOUN" or (
            root.i > verb.i):
        return None
    if not any(a.i == root.i for a in verb.ancestors):
        return None
    # a finite past ("called on X") is no reduced relative, object or not; nor is a
    # participle right on a singular title with no by-phrase ("the UN rights chief called on")
    person = verb.head.i == root.i and root.tag_ == "NN" and not children(verb, "agent") and (
        agent_sector(root.lemma_.lower()) is not None or root.lower_ in TITLE_HEADS)
    if not (children(verb, "dobj") or verb.tag_ == "VBD" or person):
        return None
    return root


def pobjs(token: Token, preps: tuple[str, ...]) -> list[Token]:
    found = []
    for prep in children(token, "prep", "agent", "dative"):  # "sent aid [to] X": dative
        if prep.lower_ in preps:
            found.extend(children(prep, "pobj", "pcomp"))
    return found


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The active subject of a verb, inherited through coordination and control."""
    depicted = depicted_subject(verb)
    if depicted is not None:
        return depicted
    own = children(verb, "nsubj", "csubj")
    if own:  # of two, the nearer: a dateline word ("NAIROBI –") is parsed as a subject too
        nearest = min(own, key=lambda token: abs(token.i - verb.i))
        inner = children(nearest, "nsubj") if nearest.dep_ == "csubj" else []
        if inner and inner[0].i < nearest.i:
            # "Protesters, carrying placards asking ..., marched": the parser hangs the
            # participle as the subject and the protesters under it
            return antecedent(inner[0])
        return antecedent(nearest)
    head = verb.head
    if depth > 4 or head is verb:
        return None
    if (stranded := stranded_subject(verb)) is not None:
        return stranded  # "defeated ISIS and Turkey would be moving": Turkey moves
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        head = _finite_peer(verb, head)
        passive = children(head, "nsubjpass")
        return None if passive else subject(head, depth + 1)
    if verb.dep_ == "xcomp":
        objects = children(head, "dobj")
        if objects and head.lemma_ in OBJECT_CONTROL:
            return objects[0]
        return subject(head, depth + 1)
    if verb.dep_ == "advcl" and head.lemma_.lower() in APPEAL_VERBS and any(
            c.lower_ == "to" for c in children(verb, "aux")):
        addressees = pobjs(head, ("on", "upon", "to"))  # "called on X to unite": X unites
        if addressees:
            return addressees[0]
    if verb.dep_ == "advcl" or head.pos_ == "ADJ" and verb.dep_ == "xcomp":
        return subject(head, depth + 1)  # "X is willing to withdraw"
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        return subject(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _gerund_controller(head) or subject(head.head, depth + 1)
    if verb.dep_ == "acl" and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
        return subject(head.head, depth + 1)  # "X issued a statement expressing concern"
    if (misread := _misread_main_verb(verb)) is not None:
        return misread
    if verb.dep_ == "acl" and head.lemma_.lower() in DECIDING_NOUNS:
        return _decider(head)  # "Tuvalu's decision to sever ties", "the move by X to ..."
    return None


APPEAL_VERBS = frozenset({"call", "appeal", "plead"})  # "called on X to V": X does V
# "accused X of spying", "arrested X for ...", "warned X against ...", "barred X from ...":
# the object does the gerund, not the subject
GERUND_CONTROL = frozenset({
    "accuse", "charge", "blame", "suspect", "arrest", "detain", "convict", "sentence", "jail",
    "punish", "fine", "sanction", "sue", "prosecute", "indict", "investigate", "warn",
    "caution", "stop", "prevent", "ban", "bar", "block", "prohibit", "forbid", "deter",
    "thank", "praise", "commend", "congratulate", "credit", "reward", "criticize",
    "criticise", "condemn", "fault", "denounce", "slam", "rebuke",
})  # fmt: skip
GERUND_CONTROL_PREPS = frozenset({"of", "for", "against", "from"})


def _gerund_controller(prep: Token) -> Token | None:
    verb = prep.head
    if prep.lower_ not in GERUND_CONTROL_PREPS or verb.lemma_.lower() not in GERUND_CONTROL:
        return None
    objects = children(verb, "dobj") or (children(verb, "nsubjpass") if is_passive(verb)
                                         else [])
    return antecedent(objects[0]) if objects else None


# whose decision or effort it is does the infinitive; a plan or readiness is not done
DECIDING_NOUNS = frozenset({"decision", "move", "choice", "effort", "attempt", "bid"})


def _decider(noun: Token) -> Token | None:
    owners = [c for c in noun.children if c.dep_ == "poss"] or pobjs(noun, ("by",))
    return antecedent(owners[0]) if owners else None


FINITE_TAGS = ("VBD", "VBZ", "VBP")
DEPICTION_VERBS = frozenset({
    "photograph", "film", "picture", "videotape", "record", "capture", "see", "spot",
    "show", "catch", "observe", "hear",
})  # fmt: skip


def depicted_subject(verb: Token) -> Token | None:
    """"X was photographed by Y sharing a drink": whatever the parse ("by [Y sharing]" or
    "Y [sharing]"), the one doing the gerund is X, the patient of the depiction verb."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj":
        head = head.head
    elif verb.dep_ != "pcomp":
        return None
    depiction = head.head
    if head.dep_ != "agent" or depiction.lemma_.lower() not in DEPICTION_VERBS:
        return None
    patients = children(depiction, "nsubjpass")
    return antecedent(patients[0]) if patients else None


def stranded_subject(clause: Token) -> Token | None:
    """The subject the parser left as a conjunct of the clause before: the noun right
    before the first modal or auxiliary of a subjectless coordinated clause."""
    if clause.dep_ not in ("conj", "ccomp") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    if not auxiliaries or auxiliaries[0].tag_ not in ("MD", "VBD", "VBZ", "VBP"):
        return None
    before = clause.doc[auxiliaries[0].i - 1]
    if before.dep_ == "conj" and before.pos_ in ("PROPN", "NOUN") and before.head.i < before.i:
        return before
    return None


def _finite_peer(verb: Token, head: Token) -> Token:
    """A finite verb coordinated under a non-finite one ("warned X to stop ... and
    threatened") is a misattached peer of the nearest finite ancestor."""
    if verb.tag_ not in FINITE_TAGS or head.tag_ in FINITE_TAGS:
        return head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return head  # "the virus has infected 200 and killed three": a clause of its own
    for ancestor in head.ancestors:
        if ancestor.tag_ in FINITE_TAGS:
            return ancestor
    return head


def search(token: Token, resolve: Resolves, depth: int = 4) -> Token | None:
    """The nearest token below a phrase head that resolves to an actor (breadth first)."""
    frontier = [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ in SEARCH_DEPS]
        for candidate in frontier:
            if candidate.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") and resolve(candidate):
                return candidate
    return None


def verb_roles(verb: Token, prep: str | None, resolve: Resolves, object_is_trigger: bool = False
               ) -> tuple[Token | None, Token | None, bool]:
    """(source, target, source_inherited) for a verbal trigger.

    With object_is_trigger the direct object is part of the event ("imposed curbs on X",
    "mobilized reservists against X"), never its target: the target is in the prepositions
    of the verb or of that object."""
    if is_passive(verb):
        # "was asked questions by X": the parser may hang the agent on the object
        agents = pobjs(verb, ("by",)) or [a for o in children(verb, "dobj")
                                          for a in pobjs(o, ("by",))] or [
            a for a in _stranded_agents(verb) if resolve(a)]
        patients = children(verb, "nsubjpass") or (
            children(verb, "nsubj") if reduced_relative(verb) else []) or [
            p for p in [garden_path_patient(verb)] if p is not None] or (
            children(verb.head, "nsubj", "nsubjpass") if verb.dep_ == "conj" else [])
        # the last: "X is under sanctions and was condemned by Y": the first clause's subject
        if object_is_trigger and verb.dep_ == "acl":  # "the sanctions imposed on X by Y"
            patients = [verb.head]
        if object_is_trigger and patients and not children(verb, "dobj"):
            # "sanctions were imposed on X by Y": the subject is the light object
            marked = [*authors(patients[0]),  # "a U.S.-drafted resolution was vetoed"
                      *(pobjs(verb, (prep,)) if prep else []), *pobjs(verb, TARGET_PREPS),
                      *pobjs(patients[0], TARGET_PREPS + ("for",)),  # "backing for X"
                      *(p for a in agents for p in pobjs(a, TARGET_PREPS + ("for",))),
                      *pobjs(verb, ("for",))]  # "assistance was approved for Haiti by X"
            # the last: "imposed by Y on X", where the parser hangs "on X" on the agent
            found = first_resolved(iter(marked), resolve)
            if found is not None:
                return (agents[0] if agents else None), found, False
        sent_to = pobjs(verb, ("to", "into")) + [  # "handed back to X": on "back"
            o for a in children(verb, "advmod", "prt") if a.lower_ in ("back", "over")
            for o in pobjs(a, ("to", "into"))]
        marked = first_resolved(iter(sent_to), resolve) if prep in (
            "to", "into", "back", "over") else None  # "handed back to X"
        if marked is not None:  # "was extradited to Berlin": where the lexicon sends it
            return (agents[0] if agents else None), marked, False
        target = antecedent(patients[0]) if patients else (
            verb.head if verb.dep_ == "acl" else None)
        if target is not None and not resolve(target):  # "a U.S.-drafted text was vetoed"
            target = first_resolved(authors(target), resolve) or search(
                target, resolve) or first_resolved(iter(sent_to), resolve) or target  # "sent to X"
        return (agents[0] if agents else None), target, False
    source = subject(verb)
    inherited = not children(verb, "nsubj", "csubj")
    found = object_targets(verb, prep, resolve) if object_is_trigger else target_candidates(
        verb, prep, resolve)
    acting = {a.id for a in resolve(source)} if source is not None else set()
    return source, first_resolved(found, resolve, acting), inherited


OBJECT_PREPS = TARGET_PREPS + ("from", "against", "in")
DEMANDING_VERBS = frozenset({"demand", "seek", "urge", "request", "press", "want"})


def plural_read_as_verb(clause: Token) -> bool:
    """"imposed asset freezes and travel bans on X": the tagger reads "freezes" as a verb
    with "asset" its subject; a complement in -s right after a bare noun subject is the
    object noun."""
    if clause.dep_ != "ccomp" or clause.tag_ != "VBZ" or clause.i == 0:
        return False
    before = clause.doc[clause.i - 1]
    return before.dep_ == "nsubj" and before.head.i == clause.i and before.tag_ == "NN" and (
        not any(c.dep_ in ("aux", "dobj", "mark") for c in clause.children))


def object_targets(verb: Token, prep: str | None, resolve: Resolves) -> Iterator[Token]:
    """Targets of a light verb or of an act on one's own resources: prepositions first."""
    objects = [*children(verb, "dobj"),
               *(c for c in children(verb, "ccomp") if plural_read_as_verb(c))]
    joined = [c for o in objects for c in o.conjuncts]  # "tanks and a stock of parts to X"
    if prep:
        yield from pobjs(verb, (prep,))
    yield from children(verb, "dative")
    for obj in objects:  # "sought Russia's backing": whose the object is, before places
        yield from (c for c in children(obj, "poss") if c.pos_ != "PRON")
    for obj in objects:
        yield from authors(obj)
    yield from pobjs(verb, OBJECT_PREPS)
    if verb.lemma_.lower() in DEMANDING_VERBS:  # "demanded the withdrawal of US troops
        for obj in objects:  # from X": who is asked is whose they are
            yield from (p for p in pobjs(obj, ("of",)) if not _own(p))
    for obj in objects:  # "recalled its ambassador from X": the place it leaves
        yield from pobjs(obj, (*OBJECT_PREPS, "between"))  # "brokered talks between X and Y"
    yield from objects  # "expelled two diplomats": an object that is an actor is the target
    for phrase in [*pobjs(verb, OBJECT_PREPS + SEARCH_PREPS),
                   *(p for o in [*objects, *joined]
                     for p in pobjs(o, OBJECT_PREPS + SEARCH_PREPS))]:
        found = phrase if resolve(phrase) else search(phrase, resolve)
        if found is not None:
            yield found
    for obj in objects:  # "rejected the Algerian proposal": whose the object is
        yield from (c for c in obj.children
                    if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON")
    for obj in objects:  # "expressed its willingness to cooperate with X"
        for clause in children(obj, "acl"):
            yield from target_candidates(clause, None, resolve, 1)


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def target_candidates(verb: Token, prep: str | None, resolve: Resolves, depth: int = 0
                      ) -> Iterator[Token]:
    left = out_of(verb)  # "pulled out of X", "walk out of talks with X"
    if prep:
        yield from (left if prep == "out" else []) or pobjs(verb, (prep,))
    yield from children(verb, "dative")
    objects = children(verb, "dobj")
    own = [o for o in objects if _own(o)]  # "withdraw its troops from X": X first
    yield from (o for o in objects if o not in own)
    if any(o.lower_ in OBJECT_PRONOUNS and not resolve(o) for o in objects):
        return  # "accused him of spying for X": the target is whoever "him" is, not X
    for obj in objects:  # "backed Argentina's claim to X": the owner of the object
        yield from (c for c in children(obj, "poss") if c.pos_ != "PRON")
    for obj in objects:
        yield from authors(obj)
    yield from pobjs(verb, TARGET_PREPS + ("between",))  # "mediate between X and Y"
    if verb.lemma_.lower() in DEMANDING_VERBS:  # "sought weapons from Germany"
        yield from pobjs(verb, ("from",))
    for obj in objects:  # "share intelligence with X", "brokered talks between X and Y"
        yield from pobjs(obj, (*PARTNER_PREPS, "between"))
    # "threatened retaliation if X bans...", "warned of revenge for Y's arrest if X ...":
    # the actor the condition addresses comes before anyone named deeper in the phrases
    for clause in children(verb, "advcl"):
        if any(m.lower_ in ("if", "unless") for m in children(clause, "mark")):
            yield from children(clause, "nsubj")
    for phrase in [*(o for o in objects if o not in own), *_named_as(verb), *left,
                   *pobjs(verb, TARGET_PREPS + SEARCH_PREPS)]:
        found = phrase if resolve(phrase) else search(phrase, resolve)
        if found is not None:
            yield found
    if own:  # "withdraw its troops from X": the place left is the other side
        yield from pobjs(verb, ("from",))
        yield from own
        yield from (found for o in own if (found := search(o, resolve)) is not None)
    for clause in (c for c in children(verb, "advcl") if for_clause(c)):
        yield from children(clause, "nsubj")  # "called for X to resign": X
    if depth < 2:  # "demanded that X cancel", "pledged to help X rebuild"
        for clause in [*children(verb, "ccomp", "xcomp"), *_infinitives(verb)]:
            yield from children(clause, "nsubj")
            yield from target_candidates(clause, None, resolve, depth + 1)


def out_of(verb: Token) -> list[Token]:
    """"pulled out of X": "of" hangs on the verb or on "out"."""
    return pobjs(verb, ("of",)) + [o for p in children(verb, "prep", "prt")
                                   if p.lower_ == "out" for o in pobjs(p, ("of",))]


NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})


def _named_as(verb: Token) -> list[Token]:
    """"condemned what it called Moroccan manoeuvres", "what it described as US
    interference": the object is what the naming clause names."""
    return [named for clause in children(verb, "ccomp")
            if clause.lemma_.lower() in NAMING_VERBS
            and any(o.tag_ == "WP" for o in children(clause, "dobj"))
            for named in [*children(clause, "oprd"), *pobjs(clause, ("as",))]]


def _infinitives(verb: Token) -> list[Token]:
    """"agreed on Monday to share data with X": the parser makes the complement that a date
    separates from its verb an adverbial clause (not the purpose of "met to discuss X");
    "gave a commitment to ratify a treaty with X": the promise noun's complement, on the
    noun or, past a date, on its light verb."""
    promises = [o for o in children(verb, "dobj") if o.lemma_.lower() in PROMISE_NOUNS]
    if not promises and not INFINITIVE_TAKERS.intersection(lemmas(verb)):
        return []
    clauses = [*children(verb, "advcl"), *(c for o in promises for c in children(o, "acl"))]
    return [c for c in clauses if not for_clause(c)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(m.dep_ == "mark" for m in c.children)]


def for_clause(clause: Token) -> bool:
    """"for X to resign": an infinitive clause whose subject "for" introduces."""
    kids = list(clause.children)
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in kids)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids))


def _own(obj: Token) -> bool:
    """Is the object the subject's own ("its troops", "their weapons")?"""
    return any(c.lower_ in OWN_POSSESSIVES for c in children(obj, "poss"))


OWN_POSSESSIVES = frozenset({"its", "their", "his", "her"})
# Nouns of a promise, whose infinitive says what is promised to whom
PROMISE_NOUNS = frozenset({"commitment", "pledge", "promise", "undertaking", "vow", "offer",
                           "assurance", "guarantee"})
# Verbs whose infinitive is their complement: "consented to share", "vowed to help"
INFINITIVE_TAKERS = PROMISE_VERBS | {"consent", "refuse", "decline", "threaten", "decide",
                                     "undertake", "volunteer", "seek", "fail"}


def placeless(actor) -> bool:
    """A bare role without a country ("troops", "the prime minister"): the weakest side."""
    return actor.country is None and not non_state(actor)


def first_resolved(candidates: Iterator[Token], resolve: Resolves,
                   acting: set[str] = frozenset()) -> Token | None:
    """The first candidate that resolves to an actor other than the source's (acting: "warned
    that it would cut ties with X"); one whose actors are all bare roles without a country
    ("troops", "the prime minister") only where no other resolves."""
    fallback = None
    for candidate in candidates:
        actors = [a for a in resolve(candidate) if a.id not in acting]
        if actors and not all(placeless(a) for a in actors):
            return candidate
        if actors and fallback is None:
            fallback = candidate
    return fallback


# Verbs whose object noun names the event their subject carries out.
SUPPORT_VERBS = frozenset({
    "begin", "start", "stage", "hold", "launch", "carry", "conduct", "continue", "mount",
    "wage", "resume", "organize", "organise", "lead", "end", "call", "make", "pay", "give",
    "issue", "announce", "order", "undertake", "step", "send", "deliver", "provide", "ship",
    "supply", "dispatch", "have", "cast", "hand", "exercise", "serve", "orchestrate",
    "mastermind", "perpetrate", "commit",
})  # fmt: skip
# Prepositions of the verb that name the target of its object event ("sent aid to X")
GOVERNOR_TARGET_PREPS = ("to", "against", "on", "into")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


def _can_undergo(token: Token, resolve: Resolves) -> bool:
    """May this possessor be the patient of a nominal event? A person, group or firm may be
    arrested or investigated; a country or state body ("Canada's arrest") is the one acting."""
    actors = resolve(token)
    if not actors:
        return token.pos_ == "PRON"
    return not any(a.kind == "country" or (a.kind != "person" and a.sector in STATE_SECTORS)
                   for a in actors)


STRANDING_DEPS = frozenset({"prep", "pobj", "pcomp", "acl", "conj"})


def _stranded_agents(verb: Token, depth: int = 6) -> list[Token]:
    """The agent the parser hung further down the phrases of a passive verb, nearest first:
    "were handed over to the Somali army by Turkey", "banned from holding office for 15
    years by the comptroller", "recognised, in a decree published and read out, by X". Not
    through clauses with their own subject, nor the verb's own by-phrase (its agent)."""
    found: list[Token] = []
    frontier = [c for c in verb.children if c.dep_ in STRANDING_DEPS and c.lower_ != "by"]
    for _ in range(depth):
        # not "a video by X", "a goal by X": the author of a thing is no agent
        found.extend(a for t in frontier if t.dep_ == "prep" and t.lower_ == "by"
                     and not _authored(t) for a in children(t, "pobj"))
        frontier = [c for t in frontier for c in t.children if c.dep_ in STRANDING_DEPS]
    return found


# Works whose author is no agent of the act around them ("sharing a video by X"); not a
# statement or letter, whose author is ("condemned in a joint statement by X")
AUTHORED = frozenset({
    "video", "post", "tweet", "photo", "picture", "image", "article", "column", "book",
    "song", "film", "goal", "painting", "poem", "documentary", "blog", "podcast", "play",
})  # fmt: skip


def _authored(by: Token) -> bool:
    """"sharing a video [by an Israeli journalist]": whose work, not who acted."""
    return by.i > 0 and by.doc[by.i - 1].lemma_.lower() in AUTHORED


def _names_it(verb: Token) -> bool:
    """"called the stabbing an act of barbarity": the verb names its object, not does it."""
    return any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in verb.children)


def _clause_agents(noun: Token) -> list[Token]:
    """Who did what the noun names, told by its clause: "backing for X came from Y", "a
    walkout, called by the teachers' union", "an attack claimed by the Islamic State"."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "come":
        return pobjs(noun.head, ("from",))
    return [agent for clause in children(noun, "acl") if clause.tag_ == "VBN"
            and clause.lemma_.lower() in ENACTING_PARTICIPLES
            for agent in pobjs(clause, ("by",))]


# Participles whose agent is the agent of the event noun they describe
ENACTING_PARTICIPLES = frozenset({
    "call", "announce", "order", "organise", "organize", "stage", "carry", "launch", "claim",
    "conduct", "mount", "declare", "initiate", "lead", "impose", "issue", "decree",
    "orchestrate", "plan",
})  # fmt: skip  # not "approved by", "authorised by": who permits an act does not do it


# Nouns of a move, whose from-phrase is where it leaves, not who acts
MOVES = frozenset({"evacuation", "withdrawal", "release", "departure", "escape", "rescue",
                   "expulsion", "deportation", "extradition", "defection", "resignation",
                   "exit", "retreat", "return", "transfer", "flight", "pullout"})


# Verbs whose subject undergoes the event their object names: "X faced criticism from Y",
# "drew condemnation", "came under attack from Y", "was met with protests"
RECEIVING_VERBS = frozenset({"face", "draw", "receive", "attract", "earn", "suffer", "endure",
                             "incur", "invite", "meet"})
UNDERGOING_VERBS = frozenset({"come", "fall", "be", "remain"})  # "came under attack"


def receiving(noun: Token) -> tuple[Token | None, Token | None]:
    """(who undergoes, who does) the event noun that a verb's subject receives: "X faced
    criticism from Y", "X came under attack from Y", "X was met with protests from Y"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("under", "with"):
        prep, verb = verb, verb.head
        wanted = UNDERGOING_VERBS if prep.lower_ == "under" else {"meet"}
        if verb.lemma_.lower() not in wanted:
            return None, None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None, None
    if is_passive(verb):
        found = children(verb, "nsubjpass")
        receiver = antecedent(found[0]) if found else None
    else:
        receiver = subject(verb)
    givers = pobjs(noun, ("from",)) or pobjs(verb, ("from",))
    return receiver, givers[0] if givers else None


def noun_roles(noun: Token, resolve: Resolves, possessor_undergoes: bool = False,
               given: bool = False) -> tuple[Token | None, Token | None, bool]:
    """(source, target, source_from_modifier) for a nominal trigger ("X's arrest of Y").

    The possessor acts ("Canada's arrest of Y", "X's visit"), except on nouns it undergoes
    when they have no of-object: "her arrest", "the firm's investigation" (patient).
    given: the noun is something said or given, whose from-phrase is its source ("an
    apology from X", "requests from X"; not a move: "a withdrawal from X") and whose
    for-phrase names its target by an owner or the parties ("a request for U.S. flights",
    "a call for talks between X and Y")."""
    source = None
    weak = False
    patient = None
    has_object = bool(pobjs(noun, ("of",)))
    for poss in children(noun, "poss"):
        if poss.ent_type_ in ("DATE", "TIME"):
            continue
        if possessor_undergoes and not has_object and _can_undergo(poss, resolve):
            patient = poss
        else:
            source = poss
    if source is None:  # the parser may hang the agent on the of-object ("of X by Y")
        agents = pobjs(noun, ("by",)) or [a for o in pobjs(noun, ("of",))
                                          for a in pobjs(o, ("by",))] or _clause_agents(noun)
        source = agents[0] if agents else None
    if source is None:  # "talks between X and Y": X with its conjuncts, a mutual event
        sides = pobjs(noun, ("between",))
        source = sides[0] if sides else None
    if source is None and given and noun.lemma_.lower() not in MOVES:
        givers = [p for p in pobjs(noun, ("from",)) if resolve(p)]
        source = givers[0] if givers else None
    carried = noun.dep_ == "dobj" and bool(SUPPORT_VERBS.intersection(lemmas(noun.head)))
    recipients = children(noun.head, "nsubjpass") if carried and is_passive(noun.head) else []
    if source is None and recipients:  # "Cambodia was handed an ultimatum by the EU"
        agents = pobjs(noun.head, ("by",))
        source = agents[0] if agents else None
    if source is None and carried and not _names_it(noun.head):
        source = subject(noun.head)  # "students staged demonstrations"
    if source is None:
        modifiers = [c for c in children(noun, "compound", "amod") if resolve(c)]
        source, weak = (modifiers[0], True) if modifiers else (None, False)
    targets = pobjs(noun, NOUN_TARGET_PREPS)
    own = [t for t in targets if _own(t)]  # "recall of its ambassador from X": X
    if own:
        left = [*pobjs(noun, ("from",)), *(p for t in own for p in pobjs(t, ("from",)))]
        targets = [*(t for t in targets if t not in own), *left, *own]
    if not targets and carried:
        # "Cambodia was handed an ultimatum", "carried out strikes on X"
        targets = [antecedent(r) for r in recipients] or pobjs(noun.head,
                                                               GOVERNOR_TARGET_PREPS)
    receiver, giver = receiving(noun)
    if receiver is not None and not targets:  # "X faced criticism from Y": X undergoes it
        targets = [receiver]
        if source is None and giver is not None and resolve(giver):
            source = giver
    target = first_resolved(iter([*targets, *([patient] if patient else [])]), resolve)
    if target is None:
        for candidate in targets:
            target = search(candidate, resolve)
            if target is not None:
                break
    if target is None and given:
        target = first_resolved((t for p in pobjs(noun, ("for",))
                                 for t in (*pobjs(p, ("between",)),
                                           *(m for m in p.subtree if m.i < p.i))), resolve,
                                {a.id for a in resolve(source)} if source is not None else set())
    if target is None:  # "the demand that X scrap ...", "a pledge to finance X's port"
        acting = {a.id for a in resolve(source)} if source is not None else set()
        clauses = [*children(noun, "acl", "ccomp"),  # "gave a pledge on Monday to ..."
                   *(_infinitives(noun.head) if carried else [])]
        target = first_resolved((t for clause in clauses
                                 for t in (*children(clause, "nsubj"),
                                           *target_candidates(clause, None, resolve, 1))),
                                resolve, acting)
    return source, target, weak
