"""Actor resolution: dictionaries, context, name chains, coreference, groups and places."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from spacy.tokens import Span

from storyline.understand.actors import resolve_actors
from tests.understand.parsing import actor_codes, dyads, resolve, token

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample" / "000_328e5db03dccc51f.txt"


def actor_named(index, name):
    return next(a for a in index.actors if a.name == name)


# --- countries, demonyms, capitals ---------------------------------------------------------
def test_small_states_are_countries(nlp, code):
    doc, index = resolve(nlp, "The Barbadian prime minister spoke.")
    assert {a.country for a in index.actors} == {"BRB"}
    assert ("SANCTION", "TUV", "TWN") in dyads(code("Tuvalu severed its ties with Taiwan."))
    assert ("SUPPORT", "WSM", "FJI") in dyads(code("Samoa praised Fiji's election on Friday."))


def test_country_name_is_a_country_actor(nlp):
    doc, index = resolve(nlp, "France criticised Germany on Tuesday.")
    france = index.for_token(token(doc, "France"))
    assert (france.kind, france.country, france.code) == ("country", "FRA", "FRA")


def test_capital_as_actor_is_the_government(nlp):
    doc, index = resolve(nlp, "Beijing said on Monday that it would respond to the sanctions.")
    actor = index.for_token(token(doc, "Beijing"))
    assert (actor.country, actor.sector, actor.code) == ("CHN", "GOV", "CHNGOV")


def test_capital_as_location_is_a_place_not_a_government(nlp):
    doc, index = resolve(nlp, "The delegation met trade officials in Beijing on Monday.")
    assert index.for_token(token(doc, "Beijing")) is None
    place = next(p for p in index.places if p.text == "Beijing")
    assert place.country == "CHN" and place.lat == pytest.approx(39.9, abs=0.5)


def test_demonym_government_phrase(nlp):
    doc, index = resolve(nlp, "The Spanish government issued a statement on Friday.")
    actor = index.for_phrase(token(doc, "government"))
    assert (actor.country, actor.sector, actor.code) == ("ESP", "GOV", "ESPGOV")


def test_plural_demonym_authorities(nlp):
    doc, index = resolve(nlp, "Polish authorities announced the arrest of a engineer.")
    actor = index.for_phrase(token(doc, "authorities"))
    assert (actor.country, actor.sector) == ("POL", "GOV")


# --- roles and sectors ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "head", "country", "sector"),
    [
        ("Italian police detained the suspects.", "police", "ITA", "COP"),
        ("Mexican troops entered the town.", "troops", "MEX", "MIL"),
        ("A Brazilian judge ordered the release.", "judge", "BRA", "JUD"),
        ("Several Kenyan journalists were questioned.", "journalists", "KEN", "MED"),
        ("Egyptian activists marched on Sunday.", "activists", "EGY", "CVL"),
    ],
)
def test_role_nouns_give_sectors(nlp, text, head, country, sector):
    doc, index = resolve(nlp, text)
    actor = index.for_phrase(token(doc, head))
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_non_actor_phrases_give_none(nlp):
    doc, index = resolve(nlp, "He said it would be a bad idea and warned of repercussions.")
    assert index.for_phrase(token(doc, "idea")) is None
    assert index.for_phrase(token(doc, "repercussions")) is None


# --- context: premodifiers, appositions ----------------------------------------------------
def test_possessive_country_before_role_and_name(nlp):
    doc, index = resolve(nlp, "Peru's ambassador to Canada Carlos Mendoza warned Ottawa on Monday.")
    person = index.for_token(token(doc, "Mendoza"))
    assert (person.kind, person.country, person.sector, person.role) == (
        "person", "PER", "GOV", "ambassador")


def test_apposition_after_the_name(nlp):
    doc, index = resolve(nlp, "John Baird, the Canadian ambassador to Peru, said talks went well.")
    person = index.for_token(token(doc, "Baird"))
    assert (person.country, person.sector, person.role) == ("CAN", "GOV", "ambassador")


def test_country_title_before_name(nlp):
    doc, index = resolve(nlp, "Later, Norwegian Prime Minister Erik Solberg spoke to reporters.")
    person = index.for_token(token(doc, "Solberg"))
    assert (person.country, person.code) == ("NOR", "NORGOV")


def test_former_official_is_an_elite(nlp):
    doc, index = resolve(nlp, "Canada demanded the release of former diplomat Paul Brody.")
    person = index.for_token(token(doc, "Brody"))
    assert person.role == "former diplomat" and person.sector == "ELI"


# --- organisations -------------------------------------------------------------------------
def test_demonym_business_descriptor_gives_organisation_country(nlp):
    doc, index = resolve(nlp, "Regulators fined Japanese carmaker Toyota on Tuesday.")
    org = index.for_token(token(doc, "Toyota"))
    assert (org.kind, org.country) == ("organization", "JPN")


def test_firm_named_after_a_country_is_its_national_unit(nlp):
    doc, index = resolve(nlp, "Samsung Canada said it would cooperate with regulators.")
    org = index.for_token(token(doc, "Samsung"))
    assert (org.country, org.sector, org.code) == ("CAN", "BUS", "CANBUS")


def test_employee_takes_the_country_of_the_company(nlp):
    doc, index = resolve(
        nlp, "Chinese tech giant Alibaba said on Monday it was cooperating. "
             "Alibaba executive Wang Lei was questioned by police in Toronto.")
    person = index.for_token(token(doc, "Lei"))
    assert (person.country, person.sector) == ("CHN", "BUS")


def test_state_department(nlp):
    doc, index = resolve(nlp, "The U.S. State Department called the ruling politically motivated.")
    actor = index.for_token(token(doc, "Department"))
    assert actor.code == "USAGOV"


# --- names, surnames and mislabels ---------------------------------------------------------
def test_surname_and_title_forms_join_the_full_name(nlp):
    doc, index = resolve(nlp, "Police arrested Anna Kowalski in Warsaw. Ms. Kowalski denied it. "
                              "Kowalski will appear in court.")
    person = index.for_token(token(doc, "Anna"))
    assert index.for_token(token(doc, "Kowalski", 1)) is person
    assert index.for_token(token(doc, "Kowalski", 2)) is person
    assert "Ms. Kowalski" in [m.text for m in person.mentions]


def test_mislabelled_surname_is_the_person(nlp):
    doc = nlp("Peter Hadley visited the factory. Hadley said the plant would stay open.")
    hadley = token(doc, "Hadley", 1)
    doc.ents = [e for e in doc.ents if not (e.start <= hadley.i < e.end)] + [
        Span(doc, hadley.i, hadley.i + 1, label="GPE")]
    index = resolve_actors(doc)
    assert index.for_token(hadley) is index.for_token(token(doc, "Peter"))


def test_surname_before_the_full_name(nlp):
    doc, index = resolve(nlp, "Hadley spoke first. Later, Peter Hadley said the plant would stay.")
    assert index.for_token(token(doc, "Hadley")) is index.for_token(token(doc, "Peter"))


# --- coreference ---------------------------------------------------------------------------
def test_pronoun_follows_gender_from_title(nlp):
    doc, index = resolve(nlp, "Ms. Rivera met Mr. Okafor on Monday. He said the meeting went well.")
    assert index.for_token(token(doc, "He")).name == "Okafor"


def test_pronoun_to_previous_subject(nlp):
    doc, index = resolve(nlp, "Maria Lopez arrived in Madrid on Sunday. She said the talks failed.")
    assert index.for_token(token(doc, "She")).name == "Maria Lopez"


def test_role_noun_refers_to_latest_actor_with_that_role(nlp):
    doc, index = resolve(nlp, "Ambassador Tom Reed met the press. Later the ambassador declined "
                              "to comment.")
    assert index.for_token(token(doc, "ambassador", 0)).name == "Tom Reed"


def test_the_company_refers_to_the_latest_business(nlp):
    doc, index = resolve(nlp, "Finnish telecom maker Nokia cut jobs. The company said demand fell.")
    assert index.for_token(token(doc, "company")).name == "Nokia"


def test_numbered_demonym_group_and_they(nlp):
    doc, index = resolve(nlp, "Russia detained three Germans last week. They are being held in "
                              "Moscow.")
    group = index.for_token(token(doc, "Germans"))
    assert (group.kind, group.country, group.sector, group.name) == (
        "group", "DEU", "CVL", "three Germans")
    assert index.for_token(token(doc, "They")) is group


# --- places --------------------------------------------------------------------------------
def test_city_with_country_qualifier(nlp):
    _, index = resolve(nlp, "Leaders will meet in Davos, Switzerland, next week.")
    place = next(p for p in index.places if p.text == "Davos")
    assert place.country == "CHE" and place.lat is not None
    assert not any(p.text == "Switzerland" for p in index.places)


def test_dateline_place_and_home_country(nlp):
    doc, index = resolve(nlp, "OTTAWA – Foreign Minister Rachel Dunn said on Thursday that "
                              "talks would resume.")
    assert index.places[0].text == "OTTAWA" and index.places[0].country == "CAN"
    assert index.for_token(token(doc, "Dunn")).country == "CAN"


def test_airport_compound_is_a_place(nlp):
    _, index = resolve(nlp, "She was arrested while travelling through the Vancouver airport.")
    assert [p.country for p in index.places if p.text == "Vancouver"] == ["CAN"]


def test_congo_alone_is_the_democratic_republic(nlp):
    # news style (AP, Reuters): "Congo" is the DRC, the other is "Republic of Congo"
    from storyline.understand.lexicon import load_lexicon

    assert "COD" in actor_codes(nlp, "Congo recalled its ambassador.")
    names = load_lexicon().country_of_name
    assert [names(n) for n in ("Congo", "Republic of the Congo", "Brazzaville")] == [
        "COD", "COG", "COG"]


def test_a_town_before_a_person_is_a_place_not_an_organisation(nlp):
    doc, index = resolve(nlp, "Police arrested a 36-year-old Cheltenham man on Friday.")
    assert [e.label_ for e in doc.ents if e.text == "Cheltenham"] == ["ORG"]  # the tagger's
    assert not any(a.name == "Cheltenham" for a in index.actors)
    # a company before a worker stays a company: no town, and no person from one
    _, index = resolve(nlp, "A Huawei engineer was detained in Warsaw.")
    assert any(a.name == "Huawei" and a.kind == "organization" for a in index.actors)



def test_a_country_or_capital_the_tagger_calls_a_people_person_or_organisation_is_it(nlp):
    doc, index = resolve(nlp, "Uzbekistan pledged to open its crossings with Tajikistan.")
    assert [e.label_ for e in doc.ents if e.text == "Tajikistan"] == ["NORP"]  # the tagger's
    assert "TJK" in {a.code for a in index.actors}
    doc, index = resolve(nlp, "The coalition that governs Uruguay gave an undertaking.")
    assert [e.label_ for e in doc.ents if e.text == "Uruguay"] == ["PERSON"]
    assert "URY" in {a.code for a in index.actors}
    doc, index = resolve(nlp, "The businessman was extradited to Chisinau by Romanian police.")
    assert [e.label_ for e in doc.ents if e.text == "Chisinau"] == ["ORG"]
    assert "MDAGOV" in {a.code for a in index.actors}  # a capital acts for its government
    # a first name that is also a country stays the person
    assert "JOR" not in actor_codes(nlp, "Jordan Peterson criticised the minister.")


def test_a_foundation_or_federation_is_civil_society_not_a_government(nlp):
    _, index = resolve(nlp, "The Acme Foundation paid for the flight.")
    assert [(a.name, a.sector) for a in index.actors] == [("Acme Foundation", "NGO")]
    _, index = resolve(nlp, "The Georgian Tennis Federation condemned the attack.")
    assert [a.code for a in index.actors] == ["GEONGO"]
    _, index = resolve(nlp, "The Acme Agency paid for the flight.")
    assert [a.sector for a in index.actors] == ["GOV"]


def test_a_who_clause_naming_an_office_describes_the_person(nlp):
    _, index = resolve(nlp, "Batbold Tsend, who had led Mongolia's coalition government as "
                            "prime minister since 2023, stepped down.")
    people = [a for a in index.actors if a.kind == "person"]  # the tagger says ORG
    assert [(a.name, a.code, a.role) for a in people] == [
        ("Batbold Tsend", "MNGGOV", "prime minister")]
    _, index = resolve(nlp, "Mary Jones, who serves as Ghana's ambassador to Togo, left.")
    assert ("GHAGOV", "ambassador") in {(a.code, a.role) for a in index.actors}
    # a pen name is no office
    _, index = resolve(nlp, "James Rigney, who wrote as Robert Jordan, died in 2007.")
    assert "JOR" not in {a.country for a in index.actors}


def test_a_capitalised_first_word_the_tagger_calls_a_person_is_no_actor(nlp):
    doc = nlp("Twin bombings struck the cathedral in Jolo.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]  # as the tagger labels it in one article
    assert not any(a.name == "Twin" for a in resolve_actors(doc).actors)
    doc = nlp("Kim bombings struck the cathedral in Jolo.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]  # a known name stays a person
    assert any(a.name == "Kim" for a in resolve_actors(doc).actors)

# --- end to end on the sample article ------------------------------------------------------
EXPECTED = {
    "Lu Shaye": "CHN", "Chrystia Freeland": "CAN", "Meng Wanzhou": "CHN",
    "Michael Kovrig": "CAN", "Michael Spavor": "CAN", "Robert Schellenberg": "CAN",
    "John McCallum": "CAN", "Hua Chunying": "CHN", "Justin Trudeau": "CAN",
    "Lee Hsien Loong": "SGP",
}  # fmt: skip


@pytest.fixture(scope="module")
def sample(nlp):
    doc = nlp(SAMPLE.read_text(encoding="utf-8"))
    return doc, resolve_actors(doc)


def test_sample_people_resolve_with_countries(sample):
    _, index = sample
    people = {a.name: a.country for a in index.actors if a.kind == "person"}
    for name, country in EXPECTED.items():
        assert people.get(name) == country, name


def test_sample_surnames_and_pronouns_attach(sample):
    _, index = sample
    texts = {a.name: [m.text for m in a.mentions] for a in index.actors}
    assert "Lu" in texts["Lu Shaye"] and "he" in texts["Lu Shaye"]
    assert {"Meng", "Ms. Meng", "she"} <= set(texts["Meng Wanzhou"])
    assert "Freeland" in texts["Chrystia Freeland"]
    assert "Trudeau" in texts["Justin Trudeau"]
    assert not any(a.name in ("Freeland", "Kovrig", "Spavor", "Lu") for a in index.actors)


def test_sample_descriptions(sample):
    doc, index = sample
    first = next(t for t in doc if t.text == "ambassador")  # "China's ambassador to Canada"
    assert index.for_phrase(first).name == "Lu Shaye"
    government = next(t for t in doc if t.text == "government")  # "the Canadian government"
    assert index.for_phrase(government).code == "CANGOV"
    hua = actor_named(index, "Hua Chunying")
    assert (hua.sector, hua.role) == ("GOV", "spokeswoman")


def test_resolution_is_fast_on_long_text(nlp):
    text = (SAMPLE.read_text(encoding="utf-8").replace("\n", " ") + " ") * 4
    doc = nlp(text)
    started = time.perf_counter()
    resolve_actors(doc)
    assert time.perf_counter() - started < 5


# --- pronouns for organisations and countries ----------------------------------------------
def test_its_refers_to_the_latest_organisation(nlp):
    doc, index = resolve(nlp, "Acme Corp. faces new curbs on use of its technology.")
    acme = index.for_token(token(doc, "its"))
    assert acme is not None and acme.name == "Acme Corp."
    assert index.for_phrase(token(doc, "use")) is None  # "use of its technology" is no actor


def test_it_and_its_troops_belong_to_the_country(nlp):
    doc, index = resolve(nlp, "Syria says it is willing to withdraw its troops from Lebanon.")
    assert index.for_token(token(doc, "it")).country == "SYR"
    troops = index.for_phrase(token(doc, "troops"))
    assert (troops.country, troops.sector) == ("SYR", "MIL")


def test_pleonastic_it_refers_to_nothing(nlp):
    doc, index = resolve(nlp, "Acme Corp. grew. It is likely that prices will rise.")
    assert index.for_token(token(doc, "It")) is None


# --- groups --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "head", "country", "sector"), [
    ("Rebels in the Ivory Coast blocked the road.", "Rebels", "CIV", "REB"),
    ("Opposition groups in Zimbabwe are demanding reforms.", "groups", "ZWE", "OPP"),
    ("Palestinian militants fired rockets on Monday.", "militants", "PSE", "REB"),
    ("Israeli troops entered the town.", "troops", "ISR", "MIL"),
    ("Police said protesters in Cairo threw stones.", "protesters", "EGY", "CVL"),
    ("A group of Yoruba leaders announced a boycott.", "leaders", "NGA", "GOV"),
])  # fmt: skip
def test_group_nouns_get_country_and_sector(nlp, text, head, country, sector):
    doc, index = resolve(nlp, text)
    group = index.for_phrase(token(doc, head))
    assert group is not None and (group.country, group.sector) == (country, sector)


def test_bare_non_state_group_has_sector_but_no_country(nlp):
    doc, index = resolve(nlp, "Rebels attacked a convoy, and officials criticized the attack.")
    rebels = index.for_phrase(token(doc, "Rebels"))
    assert (rebels.kind, rebels.country, rebels.sector) == ("group", None, "REB")
    assert index.for_phrase(token(doc, "officials")) is None  # whose officials is unknown


# --- international bodies ------------------------------------------------------------------
def test_international_bodies_keep_phoenix_codes(nlp):
    doc, index = resolve(nlp, "The United Nations and NATO met the Red Cross in Geneva.")
    un = index.for_token(token(doc, "Nations"))
    assert (un.country, un.code) == (None, "IGOUNO")
    assert index.for_token(token(doc, "NATO")).code.startswith("IGO")
    assert index.for_token(token(doc, "Cross")).code.startswith("NGO")


def test_bodies_phoenix_lacks_are_known_by_their_short_names(nlp):
    for text, name, prefix in [("Australia suspended funding for UNRWA.", "UNRWA", "IGOUNO"),
                               ("The WTO ruled against China.", "WTO", "IGO"),
                               ("The OSCE sent monitors to Ukraine.", "OSCE", "IGO"),
                               ("The G7 criticised Russia on Monday.", "G7", "IGO"),
                               ("Save the Children said aid was blocked.", "Children", "NGO")]:
        doc, index = resolve(nlp, text)
        assert index.for_token(token(doc, name)).code.startswith(prefix), text


def test_a_body_a_capital_owns_is_its_states(nlp):
    doc, index = resolve(nlp, "Seoul's National Intelligence Service said it passed data.")
    assert index.for_token(token(doc, "Intelligence")).code == "KORSPY"


def test_staff_of_an_international_body_share_its_code(nlp):
    doc, index = resolve(nlp, "U.N. officials said the talks failed.")
    officials = index.for_phrase(token(doc, "officials"))
    assert officials.country is None and officials.code.startswith("IGOUNO")


# --- office holders from the dictionary -----------------------------------------------------
def test_distinctive_surname_is_resolved_from_the_dictionary(nlp):
    doc, index = resolve(nlp, "Putin offered to meet the president of Armenia.")
    putin = index.for_token(token(doc, "Putin"))
    assert (putin.country, putin.sector) == ("RUS", "GOV")
    assert index.for_phrase(token(doc, "president")).country == "ARM"


def test_common_word_surname_needs_a_title(nlp):
    doc, index = resolve(nlp, "President Bush spoke. Brown said nothing.")
    assert index.for_token(token(doc, "Bush")).country == "USA"
    brown = index.for_token(token(doc, "Brown"))
    assert brown is None or brown.country is None


def test_office_holder_at_the_article_date(nlp):
    doc = nlp("Levy Mwanawasa spoke on Monday.")
    index = resolve_actors(doc, when=dt.date(2005, 1, 1))
    assert index.for_token(token(doc, "Mwanawasa")).country == "ZMB"


# --- roles ---------------------------------------------------------------------------------
def test_multiword_roles_are_kept_whole(nlp):
    doc, index = resolve(nlp, "Canadian Foreign Affairs Minister Jane Roe met the French "
                              "defence minister.")
    assert index.for_token(token(doc, "Roe")).role == "foreign affairs minister"
    minister = index.for_phrase(token(doc, "minister"))
    assert (minister.role, minister.country) == ("defence minister", "FRA")


def test_unnamed_ministry_belongs_to_the_subject_country(nlp):
    doc, index = resolve(nlp, "Peru has opened ties with Iran, the foreign ministry said.")
    ministry = index.for_phrase(token(doc, "ministry"))
    assert (ministry.country, ministry.sector) == ("PER", "GOV")


def test_headline_fragment_is_no_organisation(nlp):
    doc = nlp("Lawmakers Threaten Retaliation Over Having Been Ignored\n\n"
              "Later the Acme Relief Fund said it would reply.")
    first, second = [t.i for t in doc if t.text in ("Retaliation", "Acme")]
    doc.ents = [Span(doc, first, first + 3, label="ORG"), Span(doc, second, second + 3,
                                                                label="ORG")]
    names = {a.name for a in resolve_actors(doc).actors}
    assert "Retaliation Over Having" not in names and "Acme Relief Fund" in names


# --- datelines, common surnames, names the tagger took for places ----------------------------
def test_dateline_is_a_place_never_an_actor(nlp):
    doc, index = resolve(nlp, "OTTAWA \u2013 Norway's ambassador warned Sweden on Monday.\n\n"
                              "BEIJING (Reuters) - Chinese officials declined to comment.")
    names = {a.name for a in index.actors}
    assert not {"OTTAWA", "BEIJING", "Reuters"} & names
    assert index.for_phrase(token(doc, "OTTAWA")) is None
    assert [(p.text, p.country) for p in index.places][:2] == [("OTTAWA", "CAN"),
                                                                ("BEIJING", "CHN")]


def test_common_surname_alone_matches_no_office_holder(nlp):
    doc, index = resolve(nlp, "Kim said the talks went well. Later Kim met the press.")
    kim = index.for_token(token(doc, "Kim"))
    assert kim is not None and kim.kind == "person"
    assert (kim.country, kim.code) == (None, None)


def test_role_apposition_makes_an_untagged_name_a_person(nlp):
    doc, index = resolve(nlp, "Talvik Ostrander, Norway's foreign minister, said the talks "
                              "failed.")
    person = index.for_token(token(doc, "Ostrander"))
    assert (person.name, person.kind, person.code) == ("Talvik Ostrander", "person", "NORGOV")


# --- dictionary office holders: surname alone, common surnames, role descriptions ----------
def resolve_on(nlp, text, day):
    doc = nlp(text)
    return doc, resolve_actors(doc, when=day)


def test_surname_alone_takes_the_full_name_of_the_office_holder_on_the_date(nlp):
    doc, index = resolve_on(nlp, "Trudeau said the talks would go on.", dt.date(2019, 3, 1))
    actor = index.for_token(token(doc, "Trudeau"))
    assert (actor.name, actor.country, actor.sector) == ("Justin Trudeau", "CAN", "GOV")


def test_surname_alone_without_a_date_keeps_its_name(nlp):
    doc, index = resolve(nlp, "Pompeo said the talks would go on.")
    assert index.for_token(token(doc, "Pompeo")).name == "Pompeo"


def test_common_surname_is_the_leader_of_a_country_the_article_names(nlp):
    text = "The envoy met Kim in Pyongyang. North Korea said the meeting went well."
    doc, index = resolve_on(nlp, text, dt.date(2019, 2, 1))
    kim = index.for_token(token(doc, "Kim"))
    assert (kim.name, kim.country) == ("Kim Jong Un", "PRK")


def test_common_surname_without_such_a_leader_stays_unknown(nlp):
    doc, index = resolve_on(nlp, "Kim said the shop would open in Toronto.",
                            dt.date(2019, 2, 1))
    kim = index.for_token(token(doc, "Kim"))
    assert kim is None or kim.country is None


def test_unnamed_office_is_its_holder_on_the_date(nlp):
    doc, index = resolve_on(nlp, "The envoy sent a letter to the Chinese president.",
                            dt.date(2019, 2, 1))
    actor = index.for_phrase(token(doc, "president"))
    assert (actor.name, actor.country) == ("Xi Jinping", "CHN")


# --- roles: every role counts; possessive roles; persons' bodies ---------------------------
def test_possessive_role_is_the_person_with_that_role(nlp):
    text = ("Acme Corp. fired Jane Roe, the chief financial officer of Acme Corp. "
            "Critics praised Acme Corp.'s chief financial officer on Monday.")
    doc, index = resolve(nlp, text)
    assert index.for_phrase(token(doc, "officer", 1)).name == "Jane Roe"


def test_second_role_of_a_person_is_kept(nlp):
    text = ("Chinese executive Jane Roe, the founder of Acme Corp., was arrested. "
            "The founder denied the charges.")
    doc, index = resolve(nlp, text)
    assert index.for_token(token(doc, "founder", 1)).name == "Jane Roe"


def test_a_persons_office_is_a_government_body_of_their_country(nlp):
    doc, index = resolve(nlp, "Prime Minister Jane Roe of Canada met them. "
                              "Jane Roe's office said the talks went well.")
    office = index.for_phrase(token(doc, "office"))
    assert (office.kind, office.country, office.sector) == ("organization", "CAN", "GOV")


# --- organisations: acronyms, dictionary companies -----------------------------------------
def test_acronym_in_brackets_is_the_same_organisation(nlp):
    text = ("Roe runs his privately-run NGO Hanseong Youth Exchange (HYE) in Seoul. "
            "HYE said it needs money.")
    doc, index = resolve(nlp, text)
    long_form = index.for_token(token(doc, "Hanseong"))
    assert index.for_token(token(doc, "HYE")) is long_form
    assert index.for_token(token(doc, "HYE", 1)) is long_form


def test_type_word_before_an_ngo_name_is_its_sector(nlp):
    doc, index = resolve(nlp, "Roe runs his privately-run NGO Hanseong Youth Exchange in Seoul.")
    actor = index.for_token(token(doc, "Hanseong"))
    assert (actor.name, actor.sector) == ("Hanseong Youth Exchange", "NGO")


def test_unlabelled_acronym_subject_from_the_dictionary(nlp):
    doc, index = resolve(nlp, "ICG has said that it has not heard from the analyst.")
    actor = index.for_token(token(doc, "ICG"))
    assert (actor.name, actor.code) == ("International Crisis Group", "NGOICG")
    assert index.for_token(token(doc, "it")) is actor


def test_company_with_suffix_takes_the_dictionary_short_name_and_country(nlp):
    doc, index = resolve(nlp, "Huawei Technologies said it would appeal.")
    actor = index.for_token(token(doc, "Huawei"))
    assert (actor.name, actor.country, actor.sector) == ("Huawei", "CHN", "BUS")


def test_national_unit_of_a_company_is_of_the_named_country(nlp):
    doc, index = resolve(nlp, "Acme Canada said it would keep working with carriers.")
    actor = index.for_token(token(doc, "Acme"))
    assert (actor.country, actor.sector) == ("CAN", "BUS")


# --- groups: plural bodies, sized groups, detained nationals -------------------------------
def test_plural_governments_without_owner_are_no_one_government(nlp):
    text = "OTTAWA - The United States and some other governments have imposed curbs."
    doc, index = resolve(nlp, text)
    assert index.for_phrase(token(doc, "governments")) is None


def test_groups_of_the_same_size_are_one_group(nlp):
    text = ("Two Norwegian citizens were detained on Monday. Oslo raised the two citizens' "
            "cases. The families of both men asked for their release.")
    doc, index = resolve(nlp, text)
    first = index.for_phrase(token(doc, "citizens"))
    assert first.country == "NOR"
    assert index.for_phrase(token(doc, "citizens", 1)) is first
    assert index.for_phrase(token(doc, "men")) is first


def test_held_person_joins_a_group_of_held_nationals(nlp):
    text = ("Officials met one of two Norwegians being detained by the authorities. "
            "Jon Berg, a Norwegian national, was detained in March. "
            "He now joins former diplomat Erik Solvang in custody.")
    doc, index = resolve(nlp, text)
    assert index.for_token(token(doc, "Solvang")).country == "NOR"


def test_hyphenated_country_participle_gives_no_nationality(nlp):
    doc, index = resolve(nlp, "He is known within the Cuba-watching community.")
    actor = index.for_phrase(token(doc, "community"))
    assert actor is None or actor.country is None


# --- pronouns: reporting verbs, main subjects, it/its --------------------------------------
def test_reporting_pronoun_is_not_a_name_in_what_it_reports(nlp):
    text = ("Ambassador John Smith spoke on Monday. The burden is on Mike Brown to act "
            "now, he said.")
    doc, index = resolve(nlp, text)
    assert index.for_token(token(doc, "he")).name == "John Smith"


def test_pronoun_prefers_the_main_subject_of_the_previous_sentence(nlp):
    text = ("Spokesman John Smith confirmed that Mike Brown had called. "
            "\"We will help,\" he wrote.")
    doc, index = resolve(nlp, text)
    assert index.for_token(token(doc, "he")).name == "John Smith"


def test_she_prefers_a_known_woman_in_an_earlier_sentence(nlp):
    text = ("Ms. Jane Roe was arrested in May. The envoy wrote to the Chinese president. "
            "If convicted, she faces ten years in prison.")
    doc, index = resolve(nlp, text)
    assert index.for_token(token(doc, "she")).name == "Jane Roe"


def test_its_skips_plural_bodies_and_coordinated_members(nlp):
    text = ("Acme Corp. faces scrutiny. The United States, Japan and others imposed curbs "
            "on its technology. The image of Acme Corp. suffered when Polish authorities said "
            "one of its employees was arrested.")
    doc, index = resolve(nlp, text)
    acme = index.for_token(token(doc, "Acme"))
    assert index.for_token(token(doc, "its")) is acme
    assert index.for_token(token(doc, "its", 1)) is acme


def test_extraposed_it_names_nothing(nlp):
    doc, index = resolve(nlp, "Canada called. He said it would be a bad idea for Jane Roe "
                              "to go.")
    assert index.for_token(token(doc, "it")) is None


def test_description_with_a_named_person_in_apposition_is_that_person(nlp):
    doc, index = resolve(nlp, "Iran sentenced another Canadian, Robert Roe, to ten years.")
    assert index.for_phrase(token(doc, "Canadian")).name == "Robert Roe"


def test_person_described_by_a_nationality_noun_is_a_citizen(nlp):
    doc, index = resolve(nlp, "Iran sentenced another Canadian, Robert Roe, to ten years.")
    roe = index.for_token(token(doc, "Roe"))
    assert (roe.country, roe.sector) == ("CAN", "CVL")


# --- role words and particles inside names; roles named without a country ----------------
def test_name_keeps_its_lowercase_particle_and_drops_a_two_word_title(nlp):
    doc, index = resolve(nlp, "Crown Prince Faisal bin Tamir of Qumran accepted "
                              "responsibility on Monday.")
    prince = index.for_token(token(doc, "Tamir"))
    assert prince.name == "Faisal bin Tamir"
    assert "crown prince" in index.record(prince).roles


def test_role_title_before_a_name_tagged_organisation_is_a_person(nlp):
    from storyline.understand.people import titled_person

    doc = nlp("Provincial police Detective Constable Daniel Dubois stated that prices rose.")
    assert titled_person(Span(doc, 2, 6, label="ORG")).label_ == "PERSON"
    doc = nlp("Roe runs the NGO Hanseong Youth Exchange in Seoul.")
    assert titled_person(Span(doc, 3, 7, label="ORG")).label_ == "ORG"


def test_person_span_ending_in_a_role_before_a_name_is_no_name(nlp):
    from storyline.understand.people import role_before_name

    doc = nlp("Springfield RCMP Constable Paul Varga said drugs had become popular.")
    title, name = Span(doc, 0, 3, label="PERSON"), Span(doc, 3, 5, label="PERSON")
    assert role_before_name(title, [title, name])
    assert not role_before_name(name, [title, name])


def test_countryless_role_phrase_is_the_person_with_that_full_role(nlp):
    doc, index = resolve(nlp, (
        "Prime Minister Jan Novotny of Ruritania tested positive. After Minister of Economy "
        "Karel Blaha failed to buy tests, the Prime Minister apologised to the people."))
    assert index.for_phrase(token(doc, "Minister", 2)).name == "Jan Novotny"


def test_countryless_role_phrase_takes_no_looser_role(nlp):
    doc, index = resolve(nlp, "Minister Karel Blaha spoke in Prague. Later the local health "
                              "minister said the hospital was full.")
    found = index.for_phrase(token(doc, "minister"))
    assert found is None or found.name != "Karel Blaha"


# --- acronyms: the article's own long form first, the dictionary only for public bodies -----
def test_acronym_is_the_articles_organisation_with_it_as_a_word(nlp):
    doc, index = resolve(nlp, "NBC News reported the deal on Monday. NBC said the talks "
                              "had failed.")
    assert index.for_token(token(doc, "NBC", 1)) is index.for_token(token(doc, "NBC"))
    assert index.for_token(token(doc, "NBC", 1)).name == "NBC News"


def test_acronym_with_only_a_company_reading_keeps_its_surface_form(nlp):
    doc, index = resolve(nlp, "The CBC said the minister declined to comment.")
    actor = index.for_token(token(doc, "CBC"))
    assert (actor.name, actor.country, actor.sector) == ("CBC", None, None)


def test_acronym_of_an_article_body_before_a_role_gives_the_persons_country(nlp):
    doc, index = resolve(nlp, "The Royal Canadian Mounted Police (RCMP) closed the road. "
                              "Nome RCMP Constable Gary Vell said the road was unsafe.")
    vell = index.for_token(token(doc, "Vell"))
    assert (vell.country, vell.sector) == ("CAN", "COP")


# --- dictionary people: namesakes and contradicting roles ------------------------------------
def test_dictionary_namesake_with_another_sector_keeps_no_dictionary_country(nlp):
    doc, index = resolve_on(nlp, "Constable Gary Gray said the road was closed.",
                            dt.date(2018, 5, 1))
    gray = index.for_token(token(doc, "Gray"))
    assert (gray.country, gray.sector) == (None, "COP")


def test_full_name_with_another_given_name_is_not_the_office_holder(nlp):
    doc, index = resolve_on(nlp, "Dara Trudeau said the road was closed.", dt.date(2019, 3, 1))
    assert index.for_token(token(doc, "Trudeau")).country is None


def test_surname_alone_of_no_one_in_office_on_the_date_takes_no_country(nlp):
    doc, index = resolve_on(nlp, "Mwanawasa said the road was closed.", dt.date(2019, 3, 1))
    actor = index.for_token(token(doc, "Mwanawasa"))
    assert actor is None or actor.country is None


# --- states, untagged dictionary bodies, place qualifiers -----------------------------------
def test_the_demonym_state_is_that_countrys_government(nlp):
    doc, index = resolve(nlp, "Critics say the firm is at the call of the Chinese state.")
    actor = index.for_phrase(token(doc, "state"))
    assert (actor.name, actor.code) == ("Chinese government", "CHNGOV")


def test_a_state_of_a_country_is_a_place_not_its_government(nlp):
    doc, index = resolve(nlp, "The Indian state of Assam was flooded on Monday.")
    assert index.for_phrase(token(doc, "state")) is None


def test_untagged_dictionary_organisation_is_an_actor(nlp):
    doc = nlp("Ministers will use next week's World Economic Forum meeting to press for aid.")
    doc.ents = []
    index = resolve_actors(doc)
    actor = index.for_token(token(doc, "Forum"))
    assert (actor.name, actor.country, actor.sector) == ("World Economic Forum", None, "NGO")


def test_country_qualifying_a_city_is_a_place_not_an_actor(nlp):
    doc, index = resolve(nlp, "The envoys met in Davos, Switzerland, on Tuesday.")
    assert index.for_token(token(doc, "Switzerland")) is None
    doc, index = resolve(nlp, "Talks between Kenya, Uganda and Tanzania failed.")
    assert index.for_token(token(doc, "Uganda")).country == "UGA"


def test_demonym_of_two_words_gives_the_country(nlp):
    for text, code in (("The Sri Lankan army shelled the town.", "LKAMIL"),
                       ("South Korean troops crossed the river.", "KORMIL"),
                       ("Costa Rican police detained him.", "CRICOP"),
                       ("The Sri Lankan navy arrested 12 fishermen.", "LKAMIL")):  # tagged ORG
        assert code in actor_codes(nlp, text), text


def test_misspelt_country_is_the_country_in_the_actor_list(nlp):
    _, index = resolve(nlp, "Troops from Urugway arrived in Haiti.")
    assert {"URY", "URYMIL"} <= {a.code for a in index.actors}
    _, index = resolve(nlp, "Hollande met Indiana troopers.")  # real names stay themselves
    assert not any(a.country in ("NLD", "IND") for a in index.actors)


def test_a_surname_near_a_country_name_stays_a_person(nlp):
    _, index = resolve(nlp, "Author Graham Greene lived in Vietnam. Greene criticised the war.")
    assert "GRC" not in {a.country for a in index.actors}


def test_on_a_date_only_namesakes_in_office_count(nlp):
    _, index = resolve_on(nlp, "President Obama met Kenyan officials.", dt.date(2010, 3, 1))
    assert any(a.name.endswith("Obama") and a.code == "USAGOV" for a in index.actors)


def test_a_spokesman_of_a_firm_or_armed_group_speaks_for_it_not_for_the_state(nlp):
    for text, code in (("A Toyota spokeswoman said sales fell.", "JPNBUS"),
                       ("A Hamas official said the talks failed.", "PSEREB"),
                       ("A Chinese foreign ministry spokeswoman denied it.", "CHNGOV")):
        assert code in actor_codes(nlp, text), text


def test_an_office_holder_of_an_international_body_and_seats_of_government(nlp):
    assert "IGOWSTNATGOV" in actor_codes(nlp, "NATO Secretary-General Mark Rutte spoke.")
    assert "USAGOV" in actor_codes(nlp, "The State Department said it had frozen aid.")
    assert "GBRGOV" in actor_codes(nlp, "Downing Street denied the report.")
