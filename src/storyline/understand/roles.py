"""Role nouns, titles and gender cues: the words that say what kind of actor someone is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.understand.lexicon import load_lexicon
from storyline.understand.nlp import columns, per_doc, remember

TITLES = {
    "mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
    "sir": "m", "madam": "f", "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None,
    "prof": None, "prof.": None,
}  # fmt: skip

MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}

GENDERED_NOUNS = {
    "spokeswoman": "f", "businesswoman": "f", "chairwoman": "f", "congresswoman": "f",
    "daughter": "f", "wife": "f", "mother": "f", "sister": "f", "queen": "f", "woman": "f",
    "actress": "f", "princess": "f", "spokesman": "m", "businessman": "m", "chairman": "m",
    "congressman": "m", "son": "m", "husband": "m", "father": "m", "brother": "m", "king": "m",
    "man": "m", "prince": "m",
}  # fmt: skip

# Common given names with a dominant gender (general knowledge, a cue only).
MALE_NAMES = set(
    "john michael robert james david william richard joseph thomas charles christopher daniel "
    "matthew anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george "
    "edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan larry justin "
    "scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry "
    "tyler aaron jose adam henry nathan douglas peter zachary kyle walter harold jeremy ethan "
    "carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan "
    "billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene "
    "randy vincent russell louis philip bobby johnny bradley mike bill jim tom vladimir xi "
    "emmanuel boris jean pierre francois hans klaus mohammed muhammad ahmed ali hassan omar "
    "sergei dmitry ivan igor narendra shinzo recep benjamin mahmoud abdullah".split()
)
FEMALE_NAMES = set(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa "
    "deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna "
    "brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn "
    "janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina "
    "lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria "
    "ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise "
    "amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella "
    "charlotte rose alexis kayla hillary angela theresa ursula christine jacinda kamala "
    "nicola sheikh yulia svetlana olga tatiana irina natalia elena fatima aisha".split()
) - {"sheikh"}

ORGANIZATION_NOUNS = {
    "company", "firm", "giant", "maker", "manufacturer", "carrier", "corporation", "bank",
    "group", "business", "conglomerate", "organization", "organisation", "agency", "ministry",
    "department", "government", "administration", "party", "court", "police", "army",
    "military", "navy", "newspaper", "broadcaster", "network", "university", "parliament",
    "cabinet", "embassy", "union", "council", "committee", "authority", "force",
    "commission", "watchdog", "body", "office", "bureau", "presidency", "federation",
    "coalition", "alliance", "junta", "legislature", "assembly", "senate", "regime",
}  # fmt: skip

COLLECTIVE_NOUNS = {"authorities", "officials", "police", "troops", "forces", "citizens",
                    "nationals", "protesters", "activists", "journalists", "rebels",
                    "soldiers", "lawmakers", "diplomats", "employees", "workers",
                    "community", "people", "public", "population", "opposition", "crowd",
                    "delegation", "family", "staff", "team"}

FORMER_WORDS = {"former", "ex", "ex-", "retired", "onetime", "erstwhile"}
MAX_ROLE_WORDS = 4

# Portfolio words kept with the office they qualify: "foreign affairs minister", "defence
# secretary", "chief financial officer" (the sector is the office's).
PORTFOLIO_HEADS = {"minister", "ministry", "secretary", "department", "officer", "spokesman",
                   "spokeswoman", "spokesperson", "commissioner", "adviser", "advisor"}
PORTFOLIO_WORDS = {
    "foreign", "affairs", "defence", "defense", "finance", "financial", "interior", "home",
    "justice", "trade", "commerce", "health", "education", "energy", "economy", "economic",
    "agriculture", "environment", "labour", "labor", "information", "communications",
    "transport", "industry", "culture", "security", "intelligence", "treasury", "state",
    "chief", "operating", "executive", "technology", "planning", "investment", "public",
    "immigration", "housing", "tourism", "prime", "deputy", "national", "internal",
}  # fmt: skip


def agent_sector(text: str) -> str | None:
    return load_lexicon().agents.get(text.lower())


def match_role(tokens: Sequence[Token]) -> tuple[str, str, int] | None:
    """The longest role phrase ending at the last token: (role text, sector, first index).

    The last word also matches by lemma, so "officials" finds "official".
    """
    if not tokens:
        return None
    last = tokens[-1]
    tails = dict.fromkeys((last.lower_, last.lemma_.lower()))  # as written first; ordered
    ends = role_ends()
    if not any(tail in ends or tail.split() != [tail] for tail in tails):  # may_end()
        return None
    agents = load_lexicon().agents
    widest = min(MAX_ROLE_WORDS, len(tokens))
    lowered = [t.lower_ for t in tokens[-widest:]]
    plain = [w == "-" or w.replace("-", "").replace(".", "").isalpha() for w in lowered]
    for length in range(widest, 0, -1):
        if not all(plain[widest - length:]) or lowered[widest - length] == "-":
            continue
        words = lowered[widest - length:]
        for tail in tails:
            key = _joined([*words[:-1], tail])  # "secretary - general": "secretary-general"
            if key in agents and (key not in OWNED_ROLES or _owned(tokens[-length], last)) and (
                    key not in BODY_ROLES or last.is_lower):  # "Human Rights Council": a name
                return _joined(words), agents[key], len(tokens) - length
    return None


def _joined(words: list[str]) -> str:
    return " ".join(words).replace(" - ", "-")


# Role words that name a side only right after whose they are: a state ("Serb forces",
# "Israel's forces"), a named body or leader ("NATO forces", "Assad's forces") or a
# government ("government forces"); not "joined forces", "market forces", nor "their forces"
# (a rebel group's as often as a state's). So are the words for a public body: "Kenya's
# anti-corruption commission", "the Russian communications watchdog", but not "the agency
# said" (a news agency as often) nor "a sales commission".
BODY_ROLES = frozenset({"commission", "council", "agency", "watchdog", "body", "office",
                        "bureau"})
OWNED_ROLES = frozenset({"forces", "force"}) | BODY_ROLES
# Words that make a body a private one, whoever's it is: "Spain's football body", "a Chinese
# credit rating agency", "the French talent agency"
PRIVATE_BODY_WORDS = frozenset({
    "football", "soccer", "cricket", "olympic", "sports", "sport", "athletics", "rugby",
    "tennis", "basketball", "boxing", "golf", "chess", "governing", "rating", "talent",
    "travel", "news", "advertising", "marketing", "model", "modelling", "recruitment",
    "estate", "property", "dating", "film", "music", "gaming", "literary",
})  # fmt: skip
OWNING_WORDS = frozenset({"government", "pro-government", "coalition", "allied", "regime",
                          "federal", "state"})


def _owned(first: Token, head: Token | None = None) -> bool:
    """Is the role phrase from first to head someone's: an owner right before it ("Israel's
    forces", "NATO forces") or a modifier of its head that names one ("Kenya's
    anti-corruption commission")?"""
    if head is not None and head.lemma_.lower() in BODY_ROLES and any(
            c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < first.i
            and _names_owner(c) for c in head.children) and not any(
            t.lower_ in PRIVATE_BODY_WORDS for t in head.subtree if t.i < head.i):
        return True
    if first.i == 0 or first.pos_ == "VERB":
        return False
    before = first.doc[first.i - 1]
    if before.lower_ in ("'s", "\u2019s") and before.i > 0:
        before = before.doc[before.i - 1]
        return _names_owner(before) or before.ent_type_ == "PERSON"
    return _names_owner(before) or before.lower_ in OWNING_WORDS


def _names_owner(token: Token) -> bool:
    lex = load_lexicon()
    key = token.lower_
    return (key in lex.adjectives or key in lex.country_names
            or token.ent_type_ in ("ORG", "GPE", "NORP"))


_ends: list[tuple[dict[str, str], frozenset[str]]] = []  # (the agents table, its role ends)


def role_ends() -> frozenset[str]:
    """The last word of every role phrase of the dictionary."""
    agents = load_lexicon().agents
    if not _ends or _ends[0][0] is not agents:
        _ends[:] = [(agents, frozenset(key.split()[-1] for key in agents if key.strip()))]
    return _ends[0][1]


def may_end(tail: str) -> bool:
    """Can a dictionary role end in this word? (A quick test, exact: a word with spaces
    inside or none at all is not tested.)"""
    return tail.split() != [tail] or tail in role_ends()


@dataclass(frozen=True)
class RoleWords:
    """The lower-case words of a doc that may end a role of one dictionary: the word or its
    lemma is one of the dictionary's role ends."""

    ends: frozenset[str]
    words: frozenset[str]

    @classmethod
    def of(cls, doc: Doc, ends: frozenset[str]) -> RoleWords:
        table = columns(doc)
        # the words that end a role as written, then those whose lemma does (set operations
        # first: most words are neither)
        lemmas = {lemma for lemma in set(table.lemma) if lemma.lower() in ends}
        words = set(table.lower).intersection(ends)
        words.update(word for word, lemma in zip(table.lower, table.lemma, strict=True)
                     if lemma in lemmas)
        return cls(ends, frozenset(words))


@per_doc
def _doc_role_words(doc: Doc) -> RoleWords:
    return RoleWords.of(doc, role_ends())


def role_words(doc: Doc) -> frozenset[str]:
    """The lower-case words of the doc that a role found by match_role may end in (per doc
    and dictionary: user actors may add roles)."""
    ends, known = role_ends(), _doc_role_words(doc)
    if known.ends is not ends:
        known = RoleWords.of(doc, ends)
        remember(doc, _doc_role_words, known)
    return known.words


def may_end_role(doc: Doc, *words: str) -> bool:
    """Can a role that role_in finds in doc end in one of these words? Its last word is a
    token's as written, and that token's word or lemma ends a dictionary role: when no token
    of the doc written so is one, role_in need not be asked (a quick test, exact)."""
    found = role_words(doc)
    return any(word in found for word in words)


def role_in(tokens: Sequence[Token]) -> tuple[str, str] | None:
    """The role named in a run of modifier tokens: the rightmost role noun, widest phrase.

    "Chinese foreign ministry spokeswoman" -> ("spokeswoman", "GOV");
    "former diplomat" -> ("former diplomat", "ELI") (CAMEO codes former officials as elites).
    """
    for end in range(len(tokens), 0, -1):
        if tokens[end - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        found = match_role(tokens[max(0, end - MAX_ROLE_WORDS) : end])
        if not found:
            continue
        role, sector, offset = found
        start = max(0, end - MAX_ROLE_WORDS) + offset
        if role.split()[-1] in PORTFOLIO_HEADS or tokens[end - 1].lemma_.lower() in PORTFOLIO_HEADS:
            while start > 0 and tokens[start - 1].lower_ in PORTFOLIO_WORDS:
                start -= 1
                role = f"{tokens[start].lower_} {role}"
        if start > 0 and tokens[start - 1].lower_ in FORMER_WORDS:
            role, sector = f"former {role}", "ELI"
        return role, sector
    return None


def gender_of_name(first: str) -> str | None:
    key = first.lower()
    if key in MALE_NAMES and key not in FEMALE_NAMES:
        return "m"
    if key in FEMALE_NAMES and key not in MALE_NAMES:
        return "f"
    return None


def gender_of_role(role: str | None) -> str | None:
    if not role:
        return None
    return GENDERED_NOUNS.get(role.split()[-1])
