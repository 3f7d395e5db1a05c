"""People: full names, the name parts that refer back to them, and what the text says of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from storyline.model import Actor
from storyline.understand import actors as act
from storyline.understand.lexicon import Office, load_lexicon, normalise, person_key
from storyline.understand.nlp import children, columns, doc_ents, per_doc
from storyline.understand.roles import (
    TITLES,
    agent_sector,
    gender_of_name,
)

# The world's most frequent surnames (general knowledge): alone they name no one in particular,
# so a bare "Kim" or "Wang" is never matched against the office-holder dictionary.
COMMON_SURNAMES = frozenset({
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "wang", "li", "zhang", "liu",
    "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
    "lin", "he", "gao", "luo", "nguyen", "tran", "le", "pham", "singh", "kumar", "sharma",
    "khan", "ahmed", "ali", "hassan", "hussein", "mohammed", "mohamed", "muhammad", "ibrahim",
    "smith", "jones", "brown", "johnson", "williams", "miller", "davis", "wilson", "taylor",
    "garcia", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "perez", "silva",
    "santos", "ivanov", "tanaka", "suzuki", "sato",
})  # fmt: skip
# A surname that this many different people in the dictionary carry is a common one too.
COMMON_SURNAME_HOLDERS = 8

# Lowercase particles inside a full name ("Mohammad bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "der",
                  "den", "van", "von", "le", "la", "du", "dos", "das", "ter"}

NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "both": 2}


THING_LABELS = ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")


def merged_entities(doc: Doc) -> list[Span]:
    """Actor-like entities; a PERSON cut short before its head ("Lee Hsien | Loong") is extended."""
    found = []
    table = columns(doc)  # the tests on pos first: most fail there, sparing Tokens
    words, pos = table.text, table.pos  # Token.is_space is str.isspace() of the word
    for ent in doc_ents(doc):
        if ent.label_ not in act.ACTOR_LABELS and not (
                ent.label_ in THING_LABELS and normalise(ent.text) in load_lexicon().country_names):
            continue  # but "from [Niger]" tagged a work of art is the country (below)
        end = line_end(doc, ent.start, ent.end)
        while end > ent.start and words[end - 1].isspace():
            end -= 1
        start = ent.start
        if ent.label_ == "PERSON":
            while (end < len(doc) and pos[end] == "PROPN" and not doc[end].ent_type_
                   and doc[end].is_title and doc[end - 1].head.i == end):
                end += 1
            while end + 1 < len(doc) and glued_hyphen(doc, end):
                end += 2  # "Moon Jae | -in": the part after a hyphen the tagger cut off
            while start > 0 and pos[start - 1] == "PROPN" \
                    and given_name_before(doc[start - 1], start, end):
                start -= 1  # "Jane | Roe": a given name the tagger left out
        label = ent.label_
        if label in ("PERSON", "ORG", *THING_LABELS):
            key = normalise(ent.text)
            if key in load_lexicon().country_names:
                label = "GPE"  # "Sri Lanka" tagged PERSON
            elif key in load_lexicon().adjectives and end < len(doc) and pos[end] == "NOUN":
                label = "NORP"  # "the Sri Lankan | navy" tagged ORG
        if end > start:
            found.append(Span(doc, start, end, label=label))
    found = [s for s in found if not role_before_name(s, found)]
    spans = [titled_person(named_by_apposition(span)) for span in found]
    inside = nested([(span.start, span.end) for span in spans])
    return [span for span, dropped in zip(spans, inside, strict=True) if not dropped]


def nested(bounds: list[tuple[int, int]]) -> list[bool]:
    """For each (start, end), whether a longer one holds it: one that starts before it and
    ends no earlier, or starts with it and ends later."""
    furthest: dict[int, int] = {}  # start -> the furthest end of those starting there
    for start, end in bounds:
        furthest[start] = max(end, furthest.get(start, end))
    reach_before: dict[int, int] = {}  # start -> the furthest end of those starting before
    reach = -1
    for start in sorted(furthest):
        reach_before[start] = reach
        reach = max(reach, furthest[start])
    return [reach_before[start] >= end or furthest[start] > end for start, end in bounds]


def line_end(doc: Doc, start: int, end: int) -> int:
    """A name never runs over a line break ('Profile: Ann Lee' / 'Timeline of the case': the
    tagger joins the two lines): where the first line of tokens start..end ends."""
    words = columns(doc).text
    for i in range(start + 1, end):
        if "\n" in words[i] and words[i].isspace():
            return i
    return end


def given_name_before(token: Token, start: int, end: int) -> bool:
    """An untagged capitalised word compounded into the name that is no title or role."""
    return (token.pos_ == "PROPN" and not token.ent_type_ and token.is_title
            and token.dep_ == "compound" and start <= token.head.i < end
            and token.lower_ not in TITLES and act.role_in([token]) is None
            and not load_lexicon().country_of_name(token.text) and not common_word(token.text))


def role_before_name(span: Span, spans: list[Span]) -> bool:
    """'Kamloops RCMP Constable | Jane Roe': a PERSON span that ends in a role word right
    before another person's name is that name's description, not a name."""
    last = span.doc[span.end - 1]
    return (span.label_ == "PERSON" and agent_sector(last.lower_) is not None
            and any(o.start == span.end and o.label_ == "PERSON" for o in spans))


def titled_person(span: Span) -> Span:
    """'Detective Constable Jane Roe' tagged ORG: a role word, then a name of two or more
    capitalised words, none of which ends an organisation's name, names a country or is a
    common word ("NGO Youth Exchange" stays an organisation)."""
    if span.label_ == "PERSON" or not leading_role(span):
        return span
    lex = load_lexicon()
    if normalise(span.text) in lex.organizations:
        return span
    tokens = name_tokens(span)
    if len(tokens) < 2 or tokens[-1].i != span.end - 1 or any(
            act.organization_ending(t) or lex.country_of_name(t.text) or common_word(t.text)
            for t in tokens):
        return span
    return Span(span.doc, span.start, span.end, label="PERSON")


def named_by_apposition(span: Span) -> Span:
    """"Jane Roe, Canada's foreign minister, said": an unknown name the tagger took for a
    place or organisation is a person when a person's role stands in apposition to it. The
    given name the tagger split off ("Jane" GPE) joins it."""
    lex = load_lexicon()
    if span.label_ == "PERSON":
        return span
    text = span.text
    if lex.country_of_name(text) or normalise(text) in lex.organizations:
        return span
    doc, table = span.doc, columns(span.doc)  # indices: Token.children walks a span
    role = next((c for c in children(doc).indices(span.root.i)
                 if table.dep[c] == "appos" and c > span.end and table.pos[c] == "NOUN"
                 and table.lemma[c].lower() not in act.ORGANIZATION_NOUNS), None)
    if role is None or act.role_in([doc[role]]) is None:
        return span
    start = span.start
    while (start > 0 and span.doc[start - 1].dep_ == "compound" and span.doc[start - 1].is_title
           and span.doc[start - 1].head.i >= span.start
           and not lex.country_of_name(span.doc[start - 1].text)):
        start -= 1
    return Span(span.doc, start, span.end, label="PERSON")


def name_tokens(span: Span) -> tuple[Token, ...]:
    """The tokens of a name without leading titles or role words ("Ambassador", "Ms.",
    "Crown Prince"); a lowercase particle between capitalised parts stays ("bin", "van").
    Read once per span of a Doc: a name is looked at by several steps."""
    found = _name_tokens_of(span.doc)
    if (span.start, span.end) not in found:
        found[span.start, span.end] = tuple(_name_tokens(span))
    return found[span.start, span.end]


@per_doc
def _name_tokens_of(doc: Doc) -> dict[tuple[int, int], tuple[Token, ...]]:
    return {}


def name_parts(span: Span) -> tuple[str, ...]:
    """The words of name_tokens(span), hyphenated ones whole ("Jong-un"), read once per span
    of a Doc."""
    found = _name_parts_of(span.doc)
    if (span.start, span.end) not in found:
        found[span.start, span.end] = tuple(joined_parts(name_tokens(span)))
    return found[span.start, span.end]


def joined_parts(tokens: tuple[Token, ...] | list[Token]) -> list[str]:
    """Token texts with the pieces of a hyphenated word joined: Kim, Jong, -, un -> Kim, Jong-un."""
    parts: list[str] = []
    for before, token in zip([None, *tokens], tokens, strict=False):
        if (before is not None and before.i + 1 == token.i and not before.whitespace_
                and "-" in (before.text, token.text)):
            parts[-1] += token.text
        else:
            parts.append(token.text)
    return parts


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Is doc[i] a hyphen inside a name, written without spaces between two words ("Jae-in",
    "al-Sharaa"), and not one that makes a modifier of the name ("Putin-backed",
    "Merkel-led", "Trump-style")?"""
    if not (doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and i + 1 < len(doc)
            and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha):
        return False
    after = doc[i + 1]
    word = after.lower_
    return not (after.tag_.startswith("VB") or word in COMPOUNDING_NOUNS
                or (len(word) > 3 and word in common_words()))


# Nouns that make a modifier of a name before them: "Trump-style", "Soviet-era".
COMPOUNDING_NOUNS = frozenset({"style", "era", "type", "like", "wing", "camp", "backed",
                               "led", "based", "born", "run", "made"})


@per_doc
def _name_parts_of(doc: Doc) -> dict[tuple[int, int], tuple[str, ...]]:
    return {}


def _name_tokens(span: Span) -> list[Token]:
    tokens = [t for t in span if not t.is_space and t.text not in ("'s", "\u2019s")]
    while tokens:
        if tokens[0].lower_ in TITLES or agent_sector(tokens[0].lower_) or tokens[0].pos_ == "DET":
            tokens = tokens[1:]
        elif len(tokens) > 2 and agent_sector(f"{tokens[0].lower_} {tokens[1].lower_}"):
            tokens = tokens[2:]
        else:
            break
    for end, token in enumerate(tokens):
        if name_word(token) or (0 < end < len(tokens) - 1 and token.lower_ in NAME_PARTICLES
                                and name_word(tokens[end + 1])):
            continue
        if 0 < end < len(tokens) - 1 and glued_hyphen(span.doc, token.i):
            continue  # "Jae-in", "al-Sharaa": the word after it joins too
        if end > 1 and glued_hyphen(span.doc, token.i - 1):
            continue
        if 0 < end < len(tokens) - 2 and token.lower_ in NAME_PARTICLES \
                and glued_hyphen(span.doc, token.i + 1):
            continue
        return tokens[:end]
    return tokens


def name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.replace(".", "").replace("-", "").replace(
        "'", "").isalpha()


def leading_role(span: Span) -> bool:
    """Does the name open with a role word ("Detective Constable X Y"), not just a title?"""
    first = next((t for t in span if t.pos_ != "DET"), None)
    return (first is not None and first.lower_ not in TITLES and bool(agent_sector(first.lower_))
            and first.text not in act.ORGANIZATION_TYPE_WORDS)


@dataclass
class PersonName:
    text: str
    parts: tuple[str, ...]


@dataclass
class NameTable:
    """Full names of the article's people and which person each name part points to."""

    persons: dict[str, PersonName] = field(default_factory=dict)
    parts: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_entities(cls, entities: list[Span]) -> NameTable:
        table = cls()
        names = []
        for ent in entities:
            if ent.label_ == "PERSON":
                parts = [p for p in name_parts(ent)
                         if p.replace("-", "").isalpha() or p.endswith(".")]
                if len(parts) >= 2:
                    names.append(tuple(parts))
        for parts in sorted(names, key=len, reverse=True):
            if table.owner_of(parts) is None:
                key = " ".join(parts)
                table.persons[key] = PersonName(key, parts)
                for part in parts:
                    if len(part) > 1 and not part.endswith(".") and not part.islower():
                        table.parts.setdefault(part, set()).add(key)
        return table

    def owner_of(self, parts: tuple[str, ...]) -> str | None:
        """The one person whose name has all these parts, if exactly one has."""
        owners = None
        for part in parts:
            keys = self.parts.get(part, set())
            owners = keys if owners is None else owners & keys
        return next(iter(owners)) if owners and len(owners) == 1 else None

    def person_for(self, ent: Span) -> str | None:
        parts = name_parts(ent)
        if not parts:
            return None
        key = " ".join(parts)
        if key in self.persons:
            return key
        owner = self.owner_of(parts)
        if owner is not None and ent.label_ != "PERSON" and len(parts) == 1:
            lex = load_lexicon()
            known_place = lex.country_of_name(parts[0]) or normalise(parts[0]) in lex.peoples
            if known_place and parts[0] != self.persons[owner].parts[-1]:
                return None  # a real place that shares a given name
        if owner is not None and (ent.label_ == "PERSON" or len(parts) == 1):
            return owner
        if ent.label_ == "PERSON":
            self.persons.setdefault(key, PersonName(key, parts))
            return key
        return None


def mention_start(doc: Doc, start: int) -> int:
    """Include a title right before a name ("Ms. Roe") in its mention."""
    if start > 0 and doc[start - 1].lower_ in TITLES:
        return start - 1
    return start


def person_actor(index: act.ActorIndex, names: NameTable, key: str) -> Actor:
    person = names.persons[key]
    actor = index.add(person.text, "person", key=("person", key))
    record = index.record(actor)
    if not record.parts:
        record.parts = person.parts
        record.gender = record.gender or (gender_of_name(person.parts[0])
                                          if len(person.parts) > 1 else None)
    return actor


def describe_from_dictionary(index: act.ActorIndex) -> None:
    """Office holders the dictionary knows, where the article itself named no country.

    The article's own words come first: names collide across countries. A full name takes the
    office of the dictionary person of that name, or of the one with the same first and last
    name ("Jane Q. Roe" for "Jane Roe"); a full name with another given name is another person
    and takes nothing. A surname alone ("Putin said") counts when every dictionary person with
    that surname served one country (on a date: every one in office that day, so the Congolese
    minister Obama of 2003 is no namesake of the US president in 2010), one of them holds a
    dated office on the article's date (any office when the article has no date), and the
    surname is not a common English word unless a title or role comes with it ("President
    Bush"). A surname alone takes the full name of the one dictionary person with it in office
    on the article's date; a common
    surname ("Kim") only that of a head of state or government of a country the article
    names. The office is not taken when the article contradicts it: a role whose sector is
    not the office's ("Constable Jane Roe" is police, not the namesake minister)."""
    for actor in index.actors:
        if actor.kind != "person" or act.non_state(actor):
            continue
        if " " not in actor.name:
            name_from_dictionary(index, actor)
        if actor.country:
            continue
        office = dictionary_office(index, actor)
        if office is not None and not contradicted(actor, office):
            index.describe(actor, office.country, office.sector)


def dictionary_office(index: act.ActorIndex, actor: Actor) -> Office | None:
    """The dictionary office of a person named in the article (see describe_from_dictionary)."""
    lex = load_lexicon()
    words = actor.name.split()
    if len(words) > 1:
        office = lex.office(actor.name, index.when)
        if office is None and len(words) > 2:
            office = lex.office(f"{words[0]} {words[-1]}", index.when)
        return office
    surname = words[0]
    if actor.role and lex.people.get(person_key(f"{actor.role} {surname}")):
        return lex.office(f"{actor.role} {surname}", index.when)  # "president obama"
    if common_surname(surname) or (not actor.role and common_word(surname)):
        return None
    if index.when is not None and not any(
            o.start and o.held_on(index.when)
            for name in lex.surnames.get(normalise(surname), ()) for o in lex.people[name]):
        return None  # no one of that surname in office on the date: a namesake
    return lex.surname_office(surname, index.when)


POLITICAL_SECTORS = {"GOV", "ELI", "LEG"}


def contradicted(actor: Actor, office: Office) -> bool:
    """Does the article give the person a role of another sector than the office's?"""
    if not actor.sector or not office.sector or actor.sector == office.sector:
        return False
    return not {actor.sector, office.sector} <= POLITICAL_SECTORS


def name_from_dictionary(index: act.ActorIndex, actor: Actor) -> None:
    """'Merkel said' with no full name in the article: the dictionary's office holder."""
    lex = load_lexicon()
    surname = actor.name
    if common_surname(surname):
        countries = {a.country for a in index.actors if a.kind == "country" and a.country}
        key = lex.leader_by_surname(surname, countries, index.when)
    elif actor.role or not common_word(surname):
        key = lex.surname_holder(surname, index.when)
    else:
        key = None
    office = lex.office(key, index.when) if key else None
    if office is None or (actor.country and actor.country != office.country) or contradicted(
            actor, office):
        return
    actor.name = lex.display_name(key)
    record = index.record(actor)
    record.parts = tuple(actor.name.split())
    record.gender = record.gender or gender_of_name(record.parts[0])
    index.describe(actor, office.country, office.sector, office.title)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English adjectives, verbs and adverbs (WordNet lists of the spaCy lemmatizer); nouns are
    left out because WordNet lists famous people among them."""
    from storyline.understand.nlp import load_nlp

    lemmatizer = load_nlp().get_pipe("lemmatizer")
    if not lemmatizer.lookups.has_table("lemma_index"):
        return frozenset()
    table = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(w for pos in ("adj", "verb", "adv") for w in table.get(pos, []))


def common_surname(word: str) -> bool:
    """A surname too frequent to point to one office holder ("Kim", "Chen", "Smith")."""
    key = normalise(word)
    return key in COMMON_SURNAMES or len(dictionary_given_names(key)) >= COMMON_SURNAME_HOLDERS


@lru_cache(maxsize=4096)
def dictionary_given_names(surname: str) -> frozenset[str]:
    """The distinct first words, titles left out, of dictionary people with this surname."""
    lex = load_lexicon()
    firsts = set()
    for name in lex.surnames.get(surname, ()):
        words = [w for w in name.split()[:-1] if w.isalpha() and len(w) > 2
                 and w not in TITLES and w not in lex.adjectives and not agent_sector(w)
                 and w not in lex.agents]
        if words:
            firsts.add(words[0])
    return frozenset(firsts)


def common_word(word: str) -> bool:
    key = word.lower()
    return key in common_words() or agent_sector(key) is not None


def resolve_person(index: act.ActorIndex, names: NameTable, key: str, ent: Span) -> None:
    actor = person_actor(index, names, key)
    tokens = name_tokens(ent)
    start = mention_start(ent.doc, tokens[0].i)
    title = ent.doc[start]
    if title.lower_ in TITLES and TITLES[title.lower_]:
        index.record(actor).gender = TITLES[title.lower_]
    index.mention(actor, start, tokens[-1].i + 1)


def resolve_loose_name_parts(index: act.ActorIndex, names: NameTable) -> None:
    """Name parts the tagger missed or mislabelled (a surname tagged ORG or GPE)."""
    table = columns(index.doc)
    for i, (pos, text) in enumerate(zip(table.pos, table.text, strict=True)):
        if i in index._by_token or pos != "PROPN":
            continue
        keys = names.parts.get(text)
        if keys and len(keys) == 1:
            token = index.doc[i]
            key = next(iter(keys))
            actor = person_actor(index, names, key)
            start = mention_start(index.doc, token.i)
            title = index.doc[start]
            if title.lower_ in TITLES and TITLES[title.lower_]:
                index.record(actor).gender = TITLES[title.lower_]
            index.mention(actor, start, token.i + 1)


def enrich_people(index: act.ActorIndex, names: NameTable, entities: list[Span]) -> None:
    """Country, sector and role of each person from the words around their names."""
    used: set[int] = set()
    person_ents: list[tuple[Actor, Span]] = []
    for ent in entities:
        actor = index.for_token(name_tokens(ent)[-1]) if name_tokens(ent) else None
        if actor is None or actor.kind != "person":
            continue
        person_ents.append((actor, ent))
        for words, names_role in ((act.premodifiers(ent) + title_words(ent), True),
                                  (act.apposition(ent), True), (act.of_phrase(ent), False),
                                  (act.copula(ent), True), (act.office_clause(ent), True)):
            if not words:
                continue
            context = act.read_context(index, words)
            if not names_role:  # "X of Argentina": where X is from, not X's role
                context.role = context.sector = None
            if context.role or context.country:
                used.update(t.i for t in words)
                index.describe(actor, context.country, context.sector, context.role)
            if context.country and not context.role and national_noun(words[-1]):
                index.describe(actor, sector="CVL")  # "another Canadian, X": a citizen
            employer = context.organization
            if employer is not None:
                index.record(actor).employers.add(employer.id)
            if employer is not None and act.non_state(employer) and not actor.country:
                actor.code = act.member_code(employer, actor.sector)  # "U.N. mediator X"
    index._described.update(used)
    describe_from_dictionary(index)
    inherit_from_descriptions(index, used)
    inherit_from_groups(index, person_ents)
    for actor in index.actors:
        if (actor.kind == "person" and not actor.country and actor.sector in act.STATE_SECTORS
                and index._dateline_country):
            index.describe(actor, index._dateline_country)


def title_words(ent: Span) -> list[Token]:
    """Role words the tagger put inside the name ("Crown Prince" of "Crown Prince X Y")."""
    tokens = name_tokens(ent)
    first = tokens[0].i if tokens else ent.start
    return [t for t in ent if t.i < first and t.pos_ != "DET"]


def national_noun(token: Token) -> bool:
    """'a Canadian', 'another Briton': a nationality used as a noun."""
    return (token.ent_type_ == "NORP" and token.dep_ not in ("amod", "compound")
            and normalise(token.text) in load_lexicon().peoples)


def inherit_from_descriptions(index: act.ActorIndex, used: set[int]) -> None:
    """"China's ambassador to Canada ... Ambassador X": X is that ambassador."""
    people = [a for a in index.actors if a.kind == "person" and a.role and not a.country]
    if not people:
        return
    wanted = {actor.role.split()[-1] for actor in people}
    nouns: dict[str, list[Token]] = {}
    table = columns(index.doc)
    for i, (pos, lemma) in enumerate(zip(table.pos, table.lemma, strict=True)):
        if pos == "NOUN" and lemma.lower() in wanted:
            nouns.setdefault(lemma.lower(), []).append(index.doc[i])
    for actor in people:
        noun = actor.role.split()[-1]
        first = actor.mentions[0].span[0] if actor.mentions else 0
        best = None
        for token in nouns.get(noun, []):
            if token.i in used or token.i in index._by_token:
                continue
            modifiers = [t for c in token.children if c.dep_ in ("amod", "compound", "poss")
                         for t in c.subtree]
            context = act.read_context(index, sorted(modifiers, key=lambda t: t.i))
            if context.country and (best is None or abs(token.idx - first) < abs(best[0].idx
                                                                                  - first)):
                best = (token, context)
        if best is not None:
            token, context = best
            index.describe(actor, context.country, context.sector)
            used.add(token.i)
            index.mention(actor, token.i, token.i + 1)


def inherit_from_groups(index: act.ActorIndex, person_ents: list[tuple[Actor, Span]]) -> None:
    """"two Canadians ... X and Y, who were detained": X and Y get the group's country."""
    if not any((index.record(a).key or ())[:1] == ("group",) for a in index.actors):
        return  # latest_group_before finds none
    for actor, ent in person_ents:
        if actor.country or ent.root.dep_ == "conj":
            continue
        conjuncts = [c for c in ent.root.conjuncts if c.ent_type_ == "PERSON"]
        if not conjuncts:
            continue
        size = len(conjuncts) + 1
        group = latest_group_before(index, ent.start, size)
        if group is None:
            continue
        for member in [ent.root, *conjuncts]:
            person = index.for_token(member)
            if person is not None and person.kind == "person" and not person.country:
                index.describe(person, group.country)


def latest_group_before(index: act.ActorIndex, start: int, size: int) -> Actor | None:
    best = None
    for begin, _, actor_id in index.mentions_in_order():
        if begin >= start:
            break
        actor = index.get(actor_id)
        key = index.record(actor).key or ()
        if key[:1] == ("group",) and NUMBERS.get(str(key[2])) == size:
            best = actor
    return best


DETENTION_WORDS = {"detain", "detention", "arrest", "custody", "jail", "imprison",
                   "imprisonment", "kidnap", "abduct", "abduction", "hostage", "capture"}


def detained(token: Token) -> bool:
    """Does the text say the actor this token names is held ("the arrest of X", "his
    detention", "X was detained", "joins X in custody", "two Canadians being detained")?"""
    head = token.head
    if token.dep_ in ("poss", "nsubjpass", "dobj") and head.lemma_ in DETENTION_WORDS:
        return True
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in DETENTION_WORDS:
        return True
    if any(c.dep_ in ("acl", "relcl") and c.lemma_ in DETENTION_WORDS for c in token.children):
        return True
    return token.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_ in DETENTION_WORDS
                                                       for g in c.children)
        for c in head.children)


def inherit_from_detained_groups(index: act.ActorIndex) -> None:
    """"two Canadians being detained ... joins Y in custody ... his arrest": a person the
    text says is held, with no country, is one of a numbered group of nationals held, when
    the held people with no country or the group's country are no more than the group."""
    if not any(a.kind == "group" and a.country and index.record(a).size for a in index.actors):
        return  # no numbered group of nationals: no one to inherit from (most articles)
    held: dict[str, bool] = {}
    for start, end, actor_id in index.mentions_in_order():
        root = index.doc[start:end].root
        if detained(root):
            held[actor_id] = True
    groups = [index.get(i) for i in held if index.get(i).kind == "group"
              and index.get(i).country and index.record(index.get(i)).size]
    for group in groups:
        members = [index.get(i) for i in held if index.get(i).kind == "person"
                   and index.get(i).country in (None, group.country)]
        if len(members) <= (index.record(group).size or 0):
            for person in members:
                index.describe(person, group.country)
