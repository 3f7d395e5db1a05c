"""Lexicon coverage of material cooperation and protest (PLOVER COOPERATE, AID, RETREAT,
PROTEST), on small invented sentences: wire wordings of each type and mode (verbs, phrasal
verbs, light verbs with their objects, nouns), and the same words in senses that name no
event."""

from __future__ import annotations

import pytest

CODED = [
    # COOPERATE
    ("Peru partnered with Chile on a railway project.", "COOPERATE", None),
    ("Peru tipped off Chile about the smuggling ring.", "COOPERATE", None),
    ("Peru boosted trade with Chile.", "COOPERATE", None),
    ("Peru and Chile expanded trade.", "COOPERATE", None),
    ("Peru expanded cooperation with Chile.", "COOPERATE", None),
    ("Peru deepened cooperation with Chile.", "COOPERATE", None),
    ("Peru strengthened military cooperation with Chile.", "COOPERATE", None),
    ("Peru and Chile pooled their resources.", "COOPERATE", None),
    ("Peru and Chile joined hands to fight smuggling.", "COOPERATE", None),
    ("Peru and Chile swapped intelligence.", "COOPERATE", None),
    ("Peru provided intelligence to Chile.", "COOPERATE", None),
    ("Peru supplied intelligence to Chile.", "COOPERATE", None),
    ("Peru shared satellite imagery with Chile.", "COOPERATE", None),
    ("Peru and Chile exchanged data.", "COOPERATE", None),
    ("Peru handed evidence to Chile.", "COOPERATE", None),
    ("Peru sold fighter jets to Chile.", "COOPERATE", None),
    ("Peru and Chile launched joint patrols along their border.", "COOPERATE", None),
    ("Peru and Chile held joint naval manoeuvres.", "COOPERATE", None),
    ("Peru's intelligence sharing with Chile expanded.", "COOPERATE", None),
    ("Peru's collaboration with Chile on drugs was praised.", "COOPERATE", None),
    # AID
    ("Peru paid reparations to Chile.", "AID", None),
    ("Peru paid compensation to Chilean families.", "AID", None),
    ("Peru compensated Chilean victims.", "AID", None),
    ("Peru bankrolled Chilean rebels.", "AID", None),
    ("The IMF disbursed $1 billion to Chile.", "AID", None),
    ("Peru bailed out Chile.", "AID", None),
    ("Peru's bailout of Chile was approved.", "AID", None),
    ("Peru delivered tanks to Chile.", "AID", None),
    ("Peru transferred arms to Chile.", "AID", None),
    ("Peru released funds to Chile.", "AID", None),
    ("Peru handed out food to Chilean refugees.", "AID", None),
    ("Peru extended aid to Chile.", "AID", None),
    ("Peru extended a $1 billion credit line to Chile.", "AID", None),
    ("Peru gave Chile humanitarian assistance.", "AID", None),
    ("Peru sent doctors to Chile.", "AID", None),
    ("Peru granted sanctuary to a Chilean dissident.", "AID", "asylum"),
    ("Peru provided asylum to a Chilean dissident.", "AID", "asylum"),
    ("Peru's aid package to Chile included tents.", "AID", None),
    # RETREAT
    ("Peru handed control of the city to Chile.", "RETREAT", "withdraw"),
    ("Peru handed over control of the city to Chile.", "RETREAT", "withdraw"),
    ("Peru ended its occupation of Chile.", "RETREAT", "withdraw"),
    ("Peru scaled back its military presence in Chile.", "RETREAT", "withdraw"),
    ("Peru drew down its forces in Chile.", "RETREAT", "withdraw"),
    ("Peru's troop drawdown in Chile began.", "RETREAT", "withdraw"),
    ("Peru demilitarized its border with Chile.", "RETREAT", "disarm"),
    ("Peru handed over the bodies of Chilean soldiers to Chile.", "RETREAT", "release"),
    ("Peru swapped prisoners with Chile.", "RETREAT", "release"),
    ("Peru's prisoner swap with Chile freed 40 soldiers.", "RETREAT", "release"),
    ("Peru paroled Chilean activists.", "RETREAT", "release"),
    ("Chilean rebels gave up their weapons.", "RETREAT", "disarm"),
    ("Chilean rebels turned in their weapons to Peru.", "RETREAT", "disarm"),
    ("Peru ceased hostilities with Chile.", "RETREAT", "ceasefire"),
    ("Peru and Chile honored the truce.", "RETREAT", "ceasefire"),
    ("Peru stopped its bombing of Chile.", "RETREAT", "ceasefire"),
    ("Peru suspended its offensive against Chile.", "RETREAT", "ceasefire"),
    ("Peru opened humanitarian corridors for Chilean civilians.", "RETREAT", "access"),
    ("Peru reopened the border crossing to aid trucks.", "RETREAT", "access"),
    ("Peru's interior minister submitted his resignation.", "RETREAT", "resign"),
    ("Peru's interior minister announced his resignation.", "RETREAT", "resign"),
    ("The Peruvian minister left office.", "RETREAT", "resign"),
    ("The Peruvian king abdicated.", "RETREAT", "resign"),
    ("The Peruvian president handed over power to Chile's envoy.", "RETREAT", "resign"),
    # PROTEST
    ("Rioters rampaged through Lima.", "PROTEST", "riot"),
    ("Peruvian protesters hurled stones at Chilean police.", "PROTEST", "riot"),
    ("Peruvian protesters pelted the Chilean embassy with eggs.", "PROTEST", "riot"),
    ("Peruvian workers downed tools.", "PROTEST", "strike"),
    ("Peruvian workers staged a work stoppage.", "PROTEST", "strike"),
    ("Peruvian dockers staged a 24-hour stoppage.", "PROTEST", "strike"),
    ("Peruvian nurses took industrial action.", "PROTEST", "strike"),
    ("Peruvian nurses held a hartal.", "PROTEST", "strike"),
    ("Peruvian activists staged a sit-in at the Chilean embassy.", "PROTEST", "demo"),
    ("Peruvian activists staged a demo outside the Chilean embassy.", "PROTEST", "demo"),
    ("Protesters thronged the streets of Lima.", "PROTEST", "demo"),
    ("Peruvian demonstrators erected barricades.", "PROTEST", "obstruct"),
    ("Peruvian demonstrators set up roadblocks.", "PROTEST", "obstruct"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "mode"), CODED)
def test_wording_is_coded(code, sentence, plover_type, mode):
    found = {(e.type, e.mode) for e in code(sentence)}
    assert (plover_type, mode) in found, found


MISTYPED_BEFORE = [
    # each was coded as another type before: AID, COERCE/ASSAULT, CONCEDE, COOPERATE
    ("Peru provided intelligence to Chile.", "AID"),
    ("Peru handed over the bodies of Chilean soldiers to Chile.", "COOPERATE"),
    ("Chilean rebels gave up their weapons.", "CONCEDE"),
    ("Peru's interior minister submitted his resignation.", "CONCEDE"),
    ("Peru and Chile worked together to fight smuggling.", "ASSAULT"),
    ("Peru helped Chile fight the fires.", "ASSAULT"),
]


@pytest.mark.parametrize(("sentence", "wrong"), MISTYPED_BEFORE)
def test_wording_is_not_coded_as_another_type(code, sentence, wrong):
    assert wrong not in {e.type for e in code(sentence)}


NOT_EVENTS = [
    "The pilot bailed out before the jet crashed.",
    "Lower interest rates boosted trade volumes in Lima.",
    "Peruvian firefighters fought the blaze for hours.",
    "Peru and Chile worked together to fight corruption.",
    "The toddler threw stones into the river.",
    "The factory released toxic fumes into the river.",
    "The central bank released its monthly report.",
    "The coach handed control of the team to his assistant.",
    "The airline extended its credit line with banks.",
    "Peru's farmers pooled their savings to buy a tractor.",
    "The chef handed out free samples at the fair.",
    "Workers downed their drinks after the shift.",
    "Peru's consumers swapped their old phones for new ones.",
    "The company reduced its presence on social media.",
    "Peruvian actors staged a play about the war.",
    "The author tipped his hat to Chilean poets.",
    "The board submitted its annual report to shareholders.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_same_words_in_other_senses_name_no_event(code, sentence):
    assert code(sentence) == []


def test_stopping_an_enemy_offensive_is_no_ceasefire(code):
    events = code("Ukrainian forces halted the Russian offensive.")
    assert "RETREAT" not in {e.type for e in events}


def test_destroying_an_enemy_stockpile_is_no_disarmament(code):
    events = code("Israel destroyed Hezbollah's weapons stockpile.")
    assert "RETREAT" not in {e.type for e in events}


def test_a_team_bowing_out_of_a_cup_is_no_resignation(code):
    events = code("Peru bowed out of the World Cup after losing to Chile.")
    assert "RETREAT" not in {e.type for e in events}
