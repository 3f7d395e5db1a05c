"""Misspelt country names: the country a capitalised word misses by one letter ("Ethopia",
"Urugway", "Phillipines"), for actor resolution and event sides alike."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.understand.gazetteer import Match, load_gazetteer
from storyline.understand.lexicon import Lexicon, load_lexicon
from storyline.understand.nlp import doc_ents, per_doc
from storyline.understand.roles import FEMALE_NAMES, MALE_NAMES


def near_country(text: str) -> str | None:
    """The country whose name or demonym a capitalised word misspells by one letter
    (dropped, added, changed or two swapped): "Ethopia", "Phillipines"; or a country name
    with the demonym ending -i/-is ("Iranis"). Words under six letters are left alone ("Omar"
    is not Oman), and so are real words: place names of the gazetteer ("Indiana", "Columbia";
    a country's own name is that country: "Dominica"), words of the names of dictionary
    people ("Hollande", "Marian"), given names."""
    if len(text) < 6 or not text[:1].isupper() or not text.isalpha():
        return None
    lex = load_lexicon()
    word = text.lower()
    if word in lex.country_names or word in lex.adjectives or word in lex.peoples:
        return None  # spelt right: the dictionary answers
    names, answers = _near_tables(lex)
    if word not in answers:
        places = load_gazetteer().lookup(text)
        known = word in names or word in MALE_NAMES or word in FEMALE_NAMES or bool(places)
        answers[word] = _country_named(places) if known else _near_name(lex, word)
    return answers[word]


def _country_named(places: list[Match]) -> str | None:
    """The country a real word names exactly: the gazetteer's country ("Dominica" is DMA,
    not a misspelt "Dominican")."""
    return next((p.country for p in places if p.kind == "country"), None)


# The lexicon the near-name answers were made with, its people's name words, the answers,
# and its one-word country names and demonyms by (first letter, last letter): a user overlay
# (--actors) is another lexicon and starts afresh.
_near: list[tuple[Lexicon, frozenset[str], dict[str, str | None],
                  dict[tuple[str, str], list[tuple[str, str]]]]] = []


def _near_tables(lex: Lexicon) -> tuple[frozenset[str], dict[str, str | None]]:
    _load_near(lex)
    return _near[0][1], _near[0][2]


def _load_near(lex: Lexicon) -> None:
    if _near and _near[0][0] is lex:
        return
    by_ends: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for table in (lex.country_names, lex.adjectives, lex.peoples):
        for name, iso in table.items():
            if name and " " not in name:
                by_ends.setdefault((name[0], name[-1]), []).append((name, iso))
    _near[:] = [(lex, frozenset(w for key in lex.people for w in key.split()), {}, by_ends)]


def _near_name(lex: Lexicon, word: str) -> str | None:
    tables = (lex.country_names, lex.adjectives, lex.peoples)
    for ending in ("is", "i"):  # "Iranis": a country name with a demonym ending
        if word.endswith(ending) and word[: -len(ending)] in lex.country_names:
            return lex.country_names[word[: -len(ending)]]
    if any(word[:cut] in table for cut in (-1, -2) for table in tables):
        return None  # a known name with an ending is another word: "Americas", "Frances"
    # nor is a word with another last letter a typo: "Indiana" (not "Indian")
    _load_near(lex)
    found = {iso for name, iso in _near[0][3].get((word[:1], word[-1:]), ())
             if abs(len(name) - len(word)) <= 1 and _one_edit(name, word)}
    return found.pop() if len(found) == 1 else None


def _one_edit(one: str, other: str) -> bool:
    """Are two different words one deletion, insertion, substitution or swap apart?"""
    if one == other:
        return False
    if len(one) > len(other):
        one, other = other, one
    start = 0
    while start < len(one) and one[start] == other[start]:
        start += 1
    if len(one) < len(other):
        return one[start:] == other[start + 1:]
    if one[start + 1:] == other[start + 1:]:
        return True
    return (start + 1 < len(one) and one[start] == other[start + 1]
            and one[start + 1] == other[start] and one[start + 2:] == other[start + 2:])


def misspelt_country(token: Token) -> str | None:
    """near_country of a word of the text, unless the article uses it in a person's full name
    ("Graham Greene ... Greene said" is no Greece)."""
    text = token.text
    if len(text) < 6 or not text[:1].isupper():
        return None
    return None if text in _person_name_words(token.doc) else near_country(text)


@per_doc
def _person_name_words(doc: Doc) -> frozenset[str]:
    return frozenset(t.text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1
                     for t in ent)

