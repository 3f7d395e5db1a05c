"""Event coder review fixes, on small invented sentences: real names are no misspelt
countries, a recode by the target keeps a hypothetical act hypothetical, NGO staff are
expelled alike whichever verb, and near-country answers follow the user's lexicon."""

from __future__ import annotations

import pytest

from storyline.understand.near_names import near_country
from storyline.understand.user_actors import UserActor, user_actors


def codes(events) -> set[str]:
    return {e.source.code or "" for e in events} | {e.target.code or "" for e in events
                                                     if e.target}


@pytest.mark.parametrize("word", ["Frances", "Germain", "Americas", "Americana", "Indiana",
                                  "Columbia", "Hollande", "Marian"])
def test_real_words_are_no_misspelt_countries(word):
    assert near_country(word) is None


def test_near_country_answers_typos_and_exact_names():
    assert near_country("Ethopia") == "ETH"
    assert near_country("Kazakstan") == "KAZ"
    assert near_country("Iranis") == "IRN"  # Iran + -is, not Iraqis one letter off
    assert near_country("Dominica") == "DMA"  # a country of its own, not "Dominican"


def test_person_names_guess_no_country(code):
    events = code("Hollande condemned Russia on Monday. Marian criticised Germany.")
    assert not {"NLD", "MLI"} & {e.source.country for e in events}


@pytest.mark.parametrize("text", ["Columbia police arrested ten students.",
                                  "The Indiana governor criticised Canada.",
                                  "Indiana troopers arrested two Mexican smugglers."])
def test_place_names_guess_no_country(code, text):
    assert not any(c.startswith(("COL", "IND")) for c in codes(code(text)))


def test_recode_by_target_keeps_hypothetical(code):
    events = code("Venezuela could deport two Colombian diplomats.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "expel")]
    assert events[0].hypothetical
    threat = code("Venezuela will deport two Colombian diplomats.")
    assert [e.type for e in threat] == ["THREATEN"] and not threat[0].hypothetical


def test_ngo_staff_are_expelled_whichever_verb(code):
    for text in ("Sudan expelled Human Rights Watch staff from the country.",
                 "Egypt deported Human Rights Watch staff."):
        assert [(e.type, e.mode) for e in code(text)] == [("SANCTION", "expel")], text


def test_near_country_follows_the_user_lexicon():
    ruritania = (UserActor("Ruritania", "country", "RUR", None, (), None, None),)
    assert near_country("Ruritamia") is None
    with user_actors(ruritania):
        assert near_country("Ruritamia") == "RUR"
    assert near_country("Ruritamia") is None
