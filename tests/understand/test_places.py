"""Places: gazetteer look-ups, qualifiers, datelines and event places, on invented text."""

from __future__ import annotations

import pytest

from storyline.understand.actors import resolve_actors
from storyline.understand.gazetteer import PlaceIndex, load_gazetteer
from storyline.understand.places import event_place, make_place

FAKE = """Springfield\tUSA\t39.8\t-89.6\t115000\tcity\t
Springfield\tGBR\t51.0\t-1.0\t20000\tcity\t
Bigtown\tAAA\t10.0\t10.0\t5000000\tcity\tSpringfield|Oldname
Oldname\tBBB\t20.0\t20.0\t1000\tcity\t
Lakeland\tUSA\t40.0\t-80.0\t900000\tadmin1\t
Lakeland\tUSA\t40.1\t-80.1\t300000\tcity\t
Lakeland\tUSA\t30.0\t-100.0\t250000\tcity\t
Hilltop\tUSA\t45.0\t-100.0\t500000\tadmin1\tHil.
Hilltop\tUSA\t35.0\t-90.0\t40000\tcity\t
Freedonia\tFRE\t\t\t1000000\tcountry\t
"""


@pytest.fixture(scope="module")
def fake():
    return PlaceIndex.from_lines(FAKE.splitlines())


def places_of(nlp, text):
    doc = nlp(text)
    index = resolve_actors(doc)
    return doc, index, {p.text: p for p in index.places}


# --- the index ------------------------------------------------------------------------------
def test_main_names_before_alternates_then_population(fake):
    assert fake.resolve("Springfield").country == "USA"  # Bigtown's alternate comes last
    assert fake.resolve("Oldname").country == "BBB"
    assert fake.resolve("Springfield", within="GBR").lat == pytest.approx(51.0)
    assert fake.resolve("Springfield", within="ZZZ") is None


def test_context_country_wins_unless_far_smaller(fake):
    assert fake.resolve("Springfield", prefer={"GBR"}).country == "GBR"  # 115k vs 20k
    assert fake.resolve("Hilltop", prefer={"USA"}).kind == "admin1"


def test_city_named_like_its_region_only_when_large_and_inside(fake):
    assert fake.resolve("Lakeland").lat == pytest.approx(40.1)  # the big city at its centre
    assert fake.resolve("Hilltop").kind == "admin1"  # a small town elsewhere is not it


def test_levels_and_folding(fake):
    assert (fake.level("Freedonia"), fake.level("Hil."), fake.level("Bigtown")) == (2, 1, 0)
    assert fake.resolve("  the SPRINGFIELD's").country == "USA"
    assert fake.resolve("Freedonia").lat is None


def test_shipped_gazetteer_knows_variants_and_regions():
    gazetteer = load_gazetteer()
    assert len(gazetteer) > 30000
    assert (gazetteer.resolve("Kiev").name, gazetteer.resolve("Kiev").country) == (
        "Kyiv", "UKR")
    assert gazetteer.resolve("Peking").country == "CHN"
    assert gazetteer.resolve("Ontario").kind == "admin1"
    assert gazetteer.resolve("Africa").country is None  # a continent, not a town


def test_sentence_country_preference():
    assert make_place("Hamilton", (0, 8)).country == "CAN"
    assert make_place("Hamilton", (0, 8), prefer={"NZL"}).country == "NZL"


# --- places in text -------------------------------------------------------------------------
def test_city_qualified_by_a_region(nlp):
    _, _, found = places_of(nlp, "The festival opened in Paris, Texas, on Friday.")
    assert found["Paris"].country == "USA" and found["Paris"].lat == pytest.approx(33.66, 0.01)
    assert "Texas" not in found


def test_region_qualifier_beats_a_country_of_the_same_name(nlp):
    _, _, found = places_of(nlp, "A fire broke out in Atlanta, Georgia, overnight.")
    assert found["Atlanta"].country == "USA" and "Georgia" not in found


def test_variant_spelling_gets_coordinates(nlp):
    _, _, found = places_of(nlp, "Protesters gathered in Kiev on Sunday.")
    assert found["Kiev"].country == "UKR" and found["Kiev"].lat == pytest.approx(50.45, 0.01)


def test_list_of_peers_is_not_a_qualifier(nlp):
    _, _, found = places_of(nlp, "Troops moved through France, Germany and Italy.")
    assert {found[n].country for n in ("France", "Germany", "Italy")} == {"FRA", "DEU", "ITA"}


def test_common_words_are_not_places(nlp):
    _, _, found = places_of(nlp, "The phone was mobile. Reading the report, she frowned.")
    assert found == {}


def test_dateline_with_state_abbreviation(nlp):
    doc, index, found = places_of(nlp, "MOBILE, Ala. (AP) - A storm hit the coast.")
    assert found["MOBILE"].country == "USA" and found["MOBILE"].lat is not None
    assert not any(a.name in ("MOBILE", "Ala.") for a in index.actors)


def test_gazetteer_dateline_needs_a_large_town_or_credit(nlp):
    _, _, found = places_of(nlp, "SAMARA - Officials opened a new bridge.")
    assert found["SAMARA"].country == "RUS"
    _, _, found = places_of(nlp, "UPDATE - Officials opened a new bridge.")
    assert found == {}


# --- event places ---------------------------------------------------------------------------
def test_event_place_is_the_location_of_its_clause(nlp):
    doc, index, _ = places_of(nlp, "Police arrested two men in Vancouver on Monday.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert event_place(arrested, index.places).text == "Vancouver"


def test_event_place_does_not_cross_into_another_clause(nlp):
    doc, index, _ = places_of(nlp, "He said in Paris that rebels attacked the town.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert event_place(attacked, index.places) is None


def test_event_place_falls_back_to_the_dateline(nlp):
    doc, index, _ = places_of(nlp, "OTTAWA \u2013 Canada expelled two diplomats on Monday.")
    expelled = next(t for t in doc if t.text == "expelled")
    assert event_place(expelled, index.places).text == "OTTAWA"
