"""Coverage of the verbal-conflict types (REQUEST, REJECT, ACCUSE, THREATEN) by design: the
wordings news uses for them (verbs, phrasal verbs, light verb + noun, idioms, nouns), on
invented sentences, and the same words in senses that name no event."""

from __future__ import annotations

import pytest

from tests.understand.parsing import dyads

MINE = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN"})


@pytest.mark.parametrize(("text", "dyad"), [
    # REQUEST
    ("Peru beseeched Chile to send food.", ("REQUEST", "PER", "CHL")),
    ("Kenya exhorted Uganda to respect the treaty.", ("REQUEST", "KEN", "UGA")),
    ("Ghana entreated Togo to spare the hostages.", ("REQUEST", "GHA", "TGO")),
    ("Poland lobbied Germany to drop the pipeline.", ("REQUEST", "POL", "DEU")),
    ("Nepal pleaded for India to reopen the border.", ("REQUEST", "NPL", "IND")),
    ("Bolivia clamoured for Chile to grant it access to the sea.", ("REQUEST", "BOL", "CHL")),
    ("Peru renewed its call for Chile to release the fishermen.", ("REQUEST", "PER", "CHL")),
    ("Ecuador solicited Colombia's support for its bid.", ("REQUEST", "ECU", "COL")),
    ("Peru asked Chile for help.", ("REQUEST", "PER", "CHL")),
    ("Peru made an entreaty to Chile to spare the prisoners.", ("REQUEST", "PER", "CHL")),
    # REJECT
    ("Peru brushed off Chile's demands.", ("REJECT", "PER", "CHL")),
    ("Serbia waved aside Kosovo's objections.", ("REJECT", "SRB", "XKX")),
    ("Iran scorned France's offer of talks.", ("REJECT", "IRN", "FRA")),
    ("Egypt stonewalled Ethiopia's request for information.", ("REJECT", "EGY", "ETH")),
    ("Peru nixed Chile's proposal.", ("REJECT", "PER", "CHL")),
    ("Peru disavowed Chile's peace plan.", ("REJECT", "PER", "CHL")),
    ("Turkey blocked Sweden's membership bid.", ("REJECT", "TUR", "SWE")),
    ("Peru threw out Chile's proposal.", ("REJECT", "PER", "CHL")),
    ("Peru shot down Chile's proposal.", ("REJECT", "PER", "CHL")),
    ("Peru turned a deaf ear to Chile's appeals.", ("REJECT", "PER", "CHL")),
    ("Peru thumbed its nose at Chile's demands.", ("REJECT", "PER", "CHL")),
    ("Peru withheld its consent to Chile's plan.", ("REJECT", "PER", "CHL")),
    ("Peru's rebuff of Chile's offer surprised diplomats.", ("REJECT", "PER", "CHL")),
    ("Peru's defiance of Chile's ultimatum raised tensions.", ("REJECT", "PER", "CHL")),
    # ACCUSE
    ("Peru excoriated Chile over the raid.", ("ACCUSE", "PER", "CHL")),
    ("Peru upbraided Chile over the raid.", ("ACCUSE", "PER", "CHL")),
    ("Mexico admonished Guatemala over the raid.", ("ACCUSE", "MEX", "GTM")),
    ("Peru vilified Chile's leaders.", ("ACCUSE", "PER", "CHL")),
    ("Peru derided Chile's proposal.", ("ACCUSE", "PER", "CHL")),
    ("Peru faulted Chile for the delay.", ("ACCUSE", "PER", "CHL")),
    ("Peru railed against Chile's policy.", ("ACCUSE", "PER", "CHL")),
    ("Peru objected to Chile's proposal.", ("ACCUSE", "PER", "CHL")),
    ("Peru protested to Chile over the incident.", ("ACCUSE", "PER", "CHL")),
    ("Peru took Chile to task over the raid.", ("ACCUSE", "PER", "CHL")),
    ("Peru pointed the finger at Chile for the attack.", ("ACCUSE", "PER", "CHL")),
    ("Peru laid the blame on Chile.", ("ACCUSE", "PER", "CHL")),
    ("Peru took exception to Chile's remarks.", ("ACCUSE", "PER", "CHL")),
    ("Peru dragged Chile before the International Court of Justice.",
     ("ACCUSE", "PER", "CHL")),
    ("Peru heaped criticism on Chile.", ("ACCUSE", "PER", "CHL")),
    ("Peru's denunciation of Chile was unusually harsh.", ("ACCUSE", "PER", "CHL")),
    ("Peru launched a broadside against Chile.", ("ACCUSE", "PER", "CHL")),
    # THREATEN
    ("Peru vowed to retaliate against Chile.", ("THREATEN", "PER", "CHL")),
    ("Peru pledged to retaliate against Chile.", ("THREATEN", "PER", "CHL")),
    ("Peru vowed reprisals against Chile.", ("THREATEN", "PER", "CHL")),
    ("Peru swore revenge on Chile.", ("THREATEN", "PER", "CHL")),
    ("Peru brandished the threat of sanctions against Chile.", ("THREATEN", "PER", "CHL")),
    ("Peru served an ultimatum on Chile.", ("THREATEN", "PER", "CHL")),
    ("Peru sounded a warning to Chile.", ("THREATEN", "PER", "CHL")),
    ("Peru put Chile on notice.", ("THREATEN", "PER", "CHL")),
    ("Peru rattled its sabre at Chile.", ("THREATEN", "PER", "CHL")),
])
def test_verbal_conflict_wording_is_coded_with_its_sides(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(("text", "plover_type", "mode"), [
    ("Peru demanded the resignation of the Chilean defence minister.", "REQUEST", "change"),
    ("Peru appealed to Chile for aid.", "REQUEST", "assist"),
    ("Peru opened a criminal case against two Chilean officers.", "ACCUSE", "allege"),
    ("Peru issued a reprimand to Chile.", "ACCUSE", "disapprove"),
])
def test_wording_carries_its_mode(code, text, plover_type, mode):
    assert (plover_type, mode) in {(e.type, e.mode) for e in code(text)}


@pytest.mark.parametrize("text", [
    "Peru's football team brushed aside Chile 3-0 in Lima.",
    "The Chilean fans waved off the team bus in Lima.",
    "Rising fuel costs put pressure on Chilean airlines.",
    "Doctors in Chile applied pressure to the wound.",
    "Peru piled pressure on Chile in the second half but could not score.",
    "Peru poured cold water into the tanks.",
    "Peru held out against a late Chile rally to win 2-1.",
    "The Peruvian landlord served an eviction notice on the tenants.",
    "A Chilean firefighter prodded the embers with a stick.",
    "The speaker of Peru's Congress opened the proceedings on Monday.",
    "Chile's prosecutors will open the case for the defence of the Peruvian sailors.",
    "The Peruvian striker was on notice after his yellow card.",
    "The Chilean central bank vowed to crush inflation.",
    "The Peruvian minister held responsible positions in Chile for years.",
    "Police in Peru seized a snub-nosed revolver from a Chilean suspect.",
    "The Chilean soldiers shot down a drone over Peru.",
    "Peru's weather office sounded a warning about heavy rain.",
    "Fans in Peru renewed their call for a new coach.",
])
def test_same_words_in_other_senses_are_no_verbal_conflict(code, text):
    assert not [e.type for e in code(text) if e.type in MINE]
