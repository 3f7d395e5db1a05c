"""Codebook coverage rules, on small invented sentences: wording found missing by the CAMEO
codebook check (benchmarks/data/events/codebook.jsonl), sides of riots, domestic targets
that are the source itself, demands' contents, coordinated demonyms."""

from __future__ import annotations

from tests.understand.parsing import dyads


def types(events):
    return {e.type for e in events}


def test_verdict_with_adjective_complement_is_a_conviction(code):
    events = code("A Kenyan court found a Ugandan businessman guilty of fraud.")
    assert ("SANCTION", "KEN", "UGA") in dyads(events)


def test_rioting_crowd_is_a_protest_but_an_attack_on_people_stays_assault(code):
    assert "PROTEST" in types(code("Protesters in Bolivia torched a police station."))
    assert "ASSAULT" in types(code("Bolivian protesters attacked Peruvian police officers."))


def test_state_acting_on_its_own_forces_needs_no_target(code):
    assert ("MOBILIZE", "PER", None) in dyads(code("Peru mobilised its reserve forces."))


def test_aid_sent_to_a_dative_recipient(code):
    assert ("AID", "NOR", "SDN") in dyads(code("Norway sent food aid to Sudan."))


def test_act_inside_a_demand_is_its_content(code):
    events = code("Chile demanded that Peru halt its offensive.")
    assert types(events) == {"REQUEST"}


def test_demand_answered_by_a_concession_is_no_event_of_its_own(code):
    events = code("The Bolivian government bowed to the miners' demands.")
    assert "REQUEST" not in types(events)


def test_own_troops_are_not_the_target_of_a_refusal(code):
    events = code("Armenia refused to withdraw its troops from Georgia.")
    assert ("REJECT", "ARM", "GEO") in dyads(events)


def test_conjoined_demonyms_name_two_sides(code):
    events = code("Indian and Japanese warships held joint exercises.")
    assert ("COOPERATE", "IND", "JPN") in dyads(events)


def test_blockade_of_another_state_stays_coercion(code):
    assert ("COERCE", "EGY", "LBY") in dyads(code("Egypt imposed a blockade on Libya."))


def test_martial_law_ended_by_the_adjective_of_its_object(code):
    assert "RETREAT" in types(code("Bolivia ended martial law."))


def test_relative_clause_of_background_is_no_event_but_a_past_one_may_be_the_news(code):
    events = code("Uganda, which has expelled two Kenyan diplomats, signed a trade deal "
                  "with Kenya.")
    assert [e.type for e in events] == ["SUPPORT"]
    events = code("The attack, in which Taliban militants killed 20 Afghan soldiers, drew "
                  "condemnation from India.")
    assert "ASSAULT" in types(events)
