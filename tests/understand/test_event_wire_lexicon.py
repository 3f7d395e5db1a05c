"""Lexicon wordings found missing on the wire-style development set, on invented sentences:
light verbs, nouns and compounds of data/event_lexicon.toml (no coder rules)."""

from __future__ import annotations

import pytest

from tests.understand.parsing import dyads


def only(events, plover_type):
    found = [e for e in events if e.type == plover_type]
    assert found, f"no {plover_type} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ghana consented to share its data with Togo.", ("AGREE", "GHA", "TGO")),
    ("The Kenyan president was received by Ethiopia's prime minister.",
     ("CONSULT", "KEN", "ETH")),  # PLOVER: the visitor is the actor
    ("Chile voiced firm backing for Bolivia's proposal.", ("SUPPORT", "CHL", "BOL")),
    ("Brazil slapped a suspension on beef imports from Argentina.",
     ("SANCTION", "BRA", "ARG")),
    ("Azerbaijan launched 40 attack drones at Armenia.", ("ASSAULT", "AZE", "ARM")),
    ("Rescue teams were flown into Morocco by Spain.", ("AID", "ESP", "MAR")),
    ("The delivery of tanks by Poland to Ukraine began on Monday.", ("AID", "POL", "UKR")),
    ("India and France carried out joint naval drills.", ("COOPERATE", "IND", "FRA")),
])
def test_wire_wording_is_coded_with_its_sides(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(("text", "source"), [
    ("Pakistan moved troops toward the frontier.", "PAK"),
    ("Greece put its naval units on the highest state of alert.", "GRC"),
    ("Serbia ordered a call-up of reservists.", "SRB"),
])
def test_shows_of_force_are_mobilization(code, text, source):
    assert only(code(text), "MOBILIZE").source.country == source


def test_gave_a_refusal_is_a_rejection_not_aid(code):
    events = code("Caracas gave a flat refusal to Bogota's demands.")
    assert ("REJECT", "VEN", "COL") in dyads(events)
    assert "AID" not in {e.type for e in events}


def test_refusing_food_is_a_hunger_strike(code):
    event = only(code("Detainees in Bahrain refused all food in protest."), "PROTEST")
    assert event.mode == "hunger"


def test_lifting_a_curfew_is_a_concession(code):
    events = code("Bangladesh lifted the curfew in Dhaka.")
    assert ("CONCEDE", "BGD", None) in dyads(events)
    assert "RETREAT" not in {e.type for e in events}


def test_suspending_the_internet_withholds(code):
    event = only(code("Myanmar's junta suspended the internet in Yangon."), "COERCE")
    assert (event.mode, event.source.country) == ("withhold", "MMR")


def test_arrest_warrant_is_a_threat_of_arrest(code):
    events = code("A Spanish judge issued an arrest warrant for a Moroccan businessman.")
    event = only(events, "THREATEN")
    assert (event.mode, event.source.country, event.target.country) == ("arrest", "ESP", "MAR")
    assert "COERCE" not in {e.type for e in events}


def test_gas_deliveries_are_trade_not_aid(code):
    events = code("Kazakhstan agreed to resume gas deliveries to Kyrgyzstan.")
    assert "AID" not in {e.type for e in events}


def test_hosting_a_dignitary_but_not_a_letter(code):
    # the visitor is the actor (PLOVER manual)
    assert ("CONSULT", "KEN", "ETH") in dyads(
        code("Ethiopia's prime minister received the Kenyan president in Addis Ababa."))
    assert not code("The Danish ministry received a letter from Iran.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("The WFP delivered 1,200 tonnes of sorghum to camps in Sudan.", ("AID", None, "SDN")),
    ("Turkey airlifted tents and blankets to Syria on Friday.", ("AID", "TUR", "SYR")),
    ("North Korea moved mobile missile launchers toward South Korea.",
     ("MOBILIZE", "PRK", "KOR")),
    ("Russia has massed two armoured brigades near Ukraine's border, officials said.",
     ("MOBILIZE", "RUS", "UKR")),
    ("Armenia's and Azerbaijan's foreign ministers conferred for several hours in Almaty.",
     ("CONSULT", "ARM", "AZE")),
    ("Gunmen from Mali snatched three Algerian engineers.", ("ASSAULT", "MLI", "DZA")),
])
def test_families_of_light_verbs_and_plain_verbs_are_coded(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize("text", [
    "The company shipped 5,000 barrels of oil to India.",
    "The president conferred the award on three Kenyan athletes.",
    "Argentina snatched victory over Chile in the final minute.",
    "The refinery shipped fuel oil to Rotterdam.",
])
def test_the_same_verbs_with_other_objects_are_no_event(code, text):
    assert [e.type for e in code(text) if e.type in ("AID", "CONSULT", "ASSAULT")] == []


@pytest.mark.parametrize(("text", "dyad"), [
    ("Five Houthi officials of Yemen were placed under sanctions by the U.S. Treasury.",
     ("SANCTION", "USA", "YEM")),
    ("Britain's ministry handed over 14 tanks and a stock of spare parts to Ukraine's army.",
     ("AID", "GBR", "UKR")),
    ("A team of U.N. monitors was permitted by Venezuelan authorities to visit prisons.",
     ("RETREAT", "VEN", None)),
    ("Mexico handed over the suspect to U.S. authorities.", ("COOPERATE", "MEX", "USA")),
])
def test_more_families_and_phrases_are_coded(code, text, dyad):
    assert dyad in dyads(code(text))


def test_an_order_describing_an_event_noun_is_that_event(code):
    events = code("The deployment of 3,000 riot police to Chile's capital, ordered overnight "
                  "by Interior Minister Camila Reyes, turned Santiago into a fortress.")
    assert [(e.type, e.source.country) for e in events] == [("MOBILIZE", "CHL")]


@pytest.mark.parametrize(("text", "dyad"), [
    ("The strike by doctors at state hospitals across Sri Lanka entered its third day.",
     ("PROTEST", "LKA", "LKA")),
    ("Most trains were halted on Friday by a strike of Belgian rail workers.",
     ("PROTEST", "BEL", "BEL")),
    ("The teachers' strike in Kenya entered its second week.", ("PROTEST", "KEN", "KEN")),
])
def test_strikes_by_working_people(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize("text", [
    "Israeli strikes on Gaza killed 20 people.",
    "The strike by fighter jets hit a depot in Syria.",
    "The club drafted three young players from Ghana.",
])
def test_air_strikes_and_sports_drafts_are_no_walkout(code, text):
    assert [e for e in code(text) if e.type in ("PROTEST", "MOBILIZE")] == []


@pytest.mark.parametrize(("text", "dyad"), [
    ("Italy wrote off 300 million euros of Tunisian debt.", ("AID", "ITA", "TUN")),
    ("The last French troops left Chad's capital N'Djamena on Friday.",
     ("RETREAT", "FRA", "TCD")),
    ("The resignation of Latvia's interior minister, announced late Monday, followed weeks "
     "of criticism.", ("RETREAT", "LVA", "LVA")),
    ("Some 20,000 police officers were placed on high alert across Jakarta ahead of the "
     "verdict.", ("MOBILIZE", "IDN", "IDN")),
])
def test_money_of_a_debt_troops_leaving_a_capital_resignations_and_alerts(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Australian and Japanese warships began a week of joint anti-submarine exercises in the "
     "Coral Sea on Monday.", ("COOPERATE", "AUS", "JPN")),
    ("Brazilian and Argentine warships began joint naval manoeuvres off the coast on Monday.",
     ("COOPERATE", "BRA", "ARG")),
    ("China kicked off large-scale military drills around Taiwan on Monday.",
     ("MOBILIZE", "CHN", "TWN")),
])
def test_exercises_in_any_wording_and_measured_in_days(code, text, dyad):
    assert dyad in dyads(code(text))


def test_a_school_fire_drill_is_no_show_of_force(code):
    assert code("The school held a fire drill on Monday.") == []
