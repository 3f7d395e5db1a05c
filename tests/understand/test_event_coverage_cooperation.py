"""Verbal cooperation (PLOVER AGREE, CONSULT, SUPPORT, CONCEDE) worded as wire news words it,
on invented sentences: verbs, phrasal verbs, light verb + noun and nouns of
data/event_lexicon.toml (the "coverage (AGREE, CONSULT, SUPPORT, CONCEDE)" entries), and the
same words in senses that name no event."""

from __future__ import annotations

import pytest

from tests.understand.parsing import dyads


def types(events):
    return {e.type for e in events}


@pytest.mark.parametrize(("text", "dyad"), [
    # AGREE: offers, promises, readiness, deals struck (not yet signed)
    ("Ethiopia proposed a ceasefire to Eritrea.", ("AGREE", "ETH", "ERI")),
    ("France assured Mali that it would keep its troops there.", ("AGREE", "FRA", "MLI")),
    ("Germany extended an offer of help to Poland.", ("AGREE", "DEU", "POL")),
    ("Sudan and South Sudan struck a deal on oil transit fees.", ("AGREE", "SDN", "SSD")),
    ("Greece and North Macedonia clinched a deal on the name dispute.",
     ("AGREE", "GRC", "MKD")),
    ("Spain and Morocco came to an agreement on migration.", ("AGREE", "ESP", "MAR")),
    ("Spain and Morocco came to terms on migration.", ("AGREE", "ESP", "MAR")),
    ("The Syrian Democratic Forces entered into an agreement with the government of Syria.",
     ("AGREE", "SYR", "SYR")),
    ("India signalled openness to talks with Pakistan.", ("AGREE", "IND", "PAK")),
    ("Venezuela signalled willingness to negotiate with Colombia.", ("AGREE", "VEN", "COL")),
    ("Serbia declared its readiness to normalize ties with Kosovo.", ("AGREE", "SRB", "XKX")),
    ("Mexico accepted the United States' offer of help.", ("AGREE", "MEX", "USA")),
    ("Turkey volunteered to host talks between Russia and Ukraine.", ("AGREE", "TUR", "RUS")),
    # CONSULT
    ("Greece bargained with Turkey over the islands.", ("CONSULT", "GRC", "TUR")),
    ("Nigeria attended talks with Niger in Abuja.", ("CONSULT", "NGA", "NER")),
    ("Somalia entered into negotiations with Kenya.", ("CONSULT", "SOM", "KEN")),
    ("Britain's prime minister received a call from Ukraine's president.",
     ("CONSULT", "GBR", "UKR")),
    ("Germany and France held a videoconference on the crisis.", ("CONSULT", "DEU", "FRA")),
    ("The Saudi crown prince paid a courtesy call on Egypt's president.",
     ("CONSULT", "SAU", "EGY")),
    # SUPPORT: praise, solidarity, improved ties, agreements finalized
    ("Bahrain normalized relations with Israel.", ("SUPPORT", "BHR", "ISR")),
    ("Turkey mended ties with Egypt.", ("SUPPORT", "TUR", "EGY")),
    ("Vietnam upgraded ties with the United States.", ("SUPPORT", "VNM", "USA")),
    ("Oman reopened its embassy in Syria.", ("SUPPORT", "OMN", "SYR")),
    ("Kenya and Ethiopia inked a security pact.", ("SUPPORT", "KEN", "ETH")),
    ("Mexico and Canada finalized a trade deal.", ("SUPPORT", "MEX", "CAN")),
    ("Greece and Egypt sealed a maritime deal.", ("SUPPORT", "GRC", "EGY")),
    ("Poland heaped praise on Ukraine's army.", ("SUPPORT", "POL", "UKR")),
    ("Italy reaffirmed its support for Albania's EU bid.", ("SUPPORT", "ITA", "ALB")),
    ("Serbia spoke up for Russia at the UN.", ("SUPPORT", "SRB", "RUS")),
    ("China approved of Pakistan's stance.", ("SUPPORT", "CHN", "PAK")),
    ("Cuba extolled Venezuela's revolution.", ("SUPPORT", "CUB", "VEN")),
    ("The rapprochement between Saudi Arabia and Iran worried Israel.",
     ("SUPPORT", "SAU", "IRN")),
    # CONCEDE: yielding, acceding, regret, easing, calling off protests
    ("Greece caved in to German pressure.", ("CONCEDE", "GRC", "DEU")),
    ("Italy backtracked on its threat to close ports to Malta.", ("CONCEDE", "ITA", "MLT")),
    ("Iran offered concessions to the United States.", ("CONCEDE", "IRN", "USA")),
    ("Colombia met the demands of Venezuelan truckers.", ("CONCEDE", "COL", "VEN")),
    ("Denmark acceded to Greenland's demands.", ("CONCEDE", "DNK", "GRL")),
    ("Armenia acquiesced to Russia's demands.", ("CONCEDE", "ARM", "RUS")),
    ("Bolivia heeded Chile's appeal for calm.", ("CONCEDE", "BOL", "CHL")),
    ("Serbia softened its stance on Kosovo.", ("CONCEDE", "SRB", "XKX")),
    ("Venezuela abandoned its claim to Guyana's territory.", ("CONCEDE", "VEN", "GUY")),
    ("Guyana withdrew its claim to Venezuelan land.", ("CONCEDE", "GUY", "VEN")),
    ("Belgium voiced regret to Congo over colonial abuses.", ("CONCEDE", "BEL", "COD")),
    ("Britain expressed remorse to Kenya for colonial abuses.", ("CONCEDE", "GBR", "KEN")),
    ("Malaysia tendered an apology to Singapore.", ("CONCEDE", "MYS", "SGP")),
    ("Algeria rescinded the ban on French imports.", ("CONCEDE", "DZA", "FRA")),
    ("Nigeria repealed the ban on Ghanaian goods.", ("CONCEDE", "NGA", "GHA")),
    ("Sudan waived visa requirements for Egyptian citizens.", ("CONCEDE", "SDN", "EGY")),
    ("Georgia restored the rights of Russian citizens.", ("CONCEDE", "GEO", "RUS")),
    ("Malaysia unbanned a Singaporean newspaper.", ("CONCEDE", "MYS", "SGP")),
    ("French farmers suspended their protest against Spanish imports.",
     ("CONCEDE", "FRA", "ESP")),
    ("Myanmar's capitulation to Chinese pressure surprised Thailand.",
     ("CONCEDE", "MMR", "CHN")),
])
def test_cooperative_wording_is_coded_with_its_sides(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(("text", "plover_type", "mode"), [
    ("The US president's phone conversation with the Chinese president lasted two hours.",
     "CONSULT", "phone"),
    ("Britain's prime minister received a call from Ukraine's president.", "CONSULT", "phone"),
    ("The Saudi crown prince paid a courtesy call on Egypt's president.", "CONSULT", "visit"),
])
def test_consultation_keeps_its_mode(code, text, plover_type, mode):
    assert (plover_type, mode) in {(e.type, e.mode) for e in code(text)}


def test_started_negotiations_are_consultation_not_intent(code):
    events = code("Venezuela started negotiations with Colombia.")
    assert ("CONSULT", "VEN", "COL") in dyads(events)
    assert "AGREE" not in types(events)


def test_a_deal_sealed_in_future_is_intent(code):
    assert ("AGREE", "GRC", "EGY") in dyads(code("Greece will seal a deal with Egypt next week."))


def test_refusing_to_cave_is_a_rejection(code):
    assert "CONCEDE" not in types(code("Peru did not cave to Chilean pressure."))


@pytest.mark.parametrize("text", [
    "He volunteered at a soup kitchen in Lima.",
    "The win assured Peru a place in the World Cup final.",
    "The roof of the mine caved in after heavy rain in Bolivia.",
    "The climber climbed down the mountain in Nepal.",
    "The bridge gave way under the weight of the trucks in Kenya.",
    "The striker sealed the deal with a late goal against Argentina.",
    "Apple opened a store in Beijing.",
    "The cafe waived its fees for students.",
    "Fans heaped praise on the striker after the match.",
    "The workers met the deadline for the bridge.",
    "Sales backtracked in the second quarter.",
    "The market gave ground on Friday.",
    "The judge commuted to work by bus.",
    "Lawmakers voted for a pay rise for nurses.",
    "Commuters took a call on the train.",
    "The passengers sat down with their bags.",
    "Refugees huddled with their children in the cold.",
    "Investors expressed interest in the Peruvian bond sale.",
    "The storm gave way to sunshine over Chile.",
    "The museum reopened its doors in Paris.",
    "The singer made an apology to her fans.",
    # with an actor: physical senses of "climb down", "stand with", "stand up for",
    # "backtrack", "reverse course", "give way" and a call to vote are no events
    "Peru's president climbed down the steps of the plane.",
    "Peruvian soldiers stood with their rifles at the border.",
    "The Peruvian president stood up for the anthem.",
    "Peruvian troops backtracked to the border after a wrong turn.",
    "The Peruvian navy's ship reversed course.",
    "Ukrainian forces gave way near Bakhmut.",
    "Thousands of Peruvians heeded the call to vote.",
    # newsroom routine, idioms and figures
    "Peru's foreign ministry did not respond to Reuters' request for comment.",
    "Peruvian lawmakers debated the Peruvian army's budget request for $2bn.",
    "Peru's president is an expert when it comes to trade with Chile.",
    "Peruvian officials did not immediately provide any other details.",
    "The Peruvian bank started charging overdraft fees.",
    # remembering is no recall; going to a place no visit; a firm's offer is trade
    "Peru's ambassador in Chile recalled it vividly.",
    "Peru's president went to a steakhouse in Lima.",
    "Amazon offered discounts to customers in Peru.",
    # charging a battery, an impression
    "The Peruvian minister is charging his phone.",
    "Peru's president struck Chile's leader as different.",
    "The Peruvian minister struck me as arrogant, she said.",
    "Peru's foreign minister declined to say when the talks with Chile would resume.",
    "Peru's foreign minister declined to say whether Peru would sanction Chile.",
])
def test_same_words_in_other_senses_name_no_event(code, text):
    assert code(text) == []
