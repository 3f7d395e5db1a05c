"""Time expressions: recognition, TimeML values against a publication date, clause attachment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.tokens import Span

from storyline.understand.times import find_times
from storyline.understand.timex_calendar import weekday_date

DCT = dt.date(2019, 1, 17)  # a Thursday
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample" / "000_328e5db03dccc51f.txt"


def times_of(nlp, text: str, published: dt.date | None = DCT) -> dict[str, tuple]:
    index = find_times(nlp(text), published)
    for time in index.times:
        assert text[time.span[0]:time.span[1]] == time.text
    return {t.text: (t.value, t.grain) for t in index.times}


@pytest.mark.parametrize(("sentence", "words", "value", "grain"), [
    # absolute dates
    ("The vote took place on Dec. 1 in the capital.", "Dec. 1", "2018-12-01", "day"),
    ("The treaty was signed on December 1, 2018, in Lima.", "December 1, 2018", "2018-12-01",
     "day"),
    ("She was born on 1 December 2018.", "1 December 2018", "2018-12-01", "day"),
    ("Ministers met in Oslo Dec 12 2018 to talk.", "Dec 12 2018", "2018-12-12", "day"),
    ("The filing is dated 2018-12-01 and was public.", "2018-12-01", "2018-12-01", "day"),
    ("The filing is dated 12/01/2018 and was public.", "12/01/2018", "2018-12-01", "day"),
    ("The court adjourned in December 2018 after hearings.", "December 2018", "2018-12", "month"),
    ("The factory closed in 1988 after a strike.", "1988", "1988", "year"),
    ("The bridge opened in mid-2018 to traffic.", "mid-2018", "2018", "year"),
    ("Growth slowed in the 1990s across the region.", "1990s", "199", None),
    # weekdays
    ("The minister resigned Thursday after a row.", "Thursday", "2019-01-17", "day"),
    ("The minister resigned on Monday after a row.", "Monday", "2019-01-14", "day"),
    ("Earlier Thursday, the envoy left the capital.", "Earlier Thursday", "2019-01-17", "day"),
    ("The talks will resume Monday in Geneva.", "Monday", "2019-01-21", "day"),
    ("The president is going to visit Paris on Friday.", "Friday", "2019-01-18", "day"),
    ("The agency plans to publish the report Tuesday.", "Tuesday", "2019-01-22", "day"),
    ("Voters went to the polls last Tuesday in the north.", "last Tuesday", "2019-01-15", "day"),
    ("The board met last Thursday to decide.", "last Thursday", "2019-01-10", "day"),
    ("The board meets next Monday morning.", "next Monday morning", "2019-01-21TMO",
     "day"),
    # relative
    ("Prices rose today in the markets.", "today", "2019-01-17", "day"),
    ("The police arrested him yesterday in the city.", "yesterday", "2019-01-16", "day"),
    ("The results will be announced tomorrow.", "tomorrow", "2019-01-18", "day"),
    ("The mayor spoke last week about taxes.", "last week", "2019-W02", "week"),
    ("The summit will open next week in Davos.", "next week", "2019-W04", "week"),
    ("The union has called strikes this week.", "this week", "2019-W03", "week"),
    ("Exports fell last month by a fifth.", "last month", "2018-12", "month"),
    ("Elections will be held next month.", "next month", "2019-02", "month"),
    ("Inflation peaked last year at five percent.", "last year", "2018", "year"),
    ("The ministry was reformed earlier this month.", "earlier this month", "2019-01", "month"),
    ("The mill closed a week ago after floods.", "a week ago", "2019-01-10", "day"),
    ("The mill closed three days ago after floods.", "three days ago", "2019-01-14", "day"),
    ("The mill closed two years ago after floods.", "two years ago", "2017", "year"),
    ("Protests took place last weekend in the capital.", "last weekend", "2019-W02-WE", "week"),
    ("Sales fell in the fourth quarter of 2018.", "the fourth quarter of 2018", "2018-Q4", None),
    ("The court will rule by the end of the month.", "the end of the month", "2019-01", "month"),
    ("The attack happened at about 3 p.m. Tuesday.", "3 p.m. Tuesday", "2019-01-15T15:00",
     "day"),
    ("The deal was reached on Christmas Eve.", "Christmas Eve", "2018-12-24", "day"),
    ("The summit, set for Feb. 27 in Hanoi, was announced.", "Feb. 27", "2019-02-27", "day"),
    # durations
    ("The strike lasted 10 days in all.", "10 days", "P10D", "duration"),
    ("He was jailed for two years over the fraud.", "two years", "P2Y", "duration"),
    ("She faces more than 30 years in prison.", "more than 30 years", "P30Y", "duration"),
    ("Prices have doubled over the past two weeks.", "the past two weeks", "P2W", "duration"),
    # ages are durations in TimeML
    ("A 64-year-old man was taken to hospital.", "64-year-old", "P64Y", "duration"),
    ("The teacher lives alone; she is 64 years old.", "64 years old", "P64Y", "duration"),
    # parts of days and clock times carry TimeML's suffix
    ("The envoy left on Tuesday night by car.", "Tuesday night", "2019-01-15TNI", "day"),
    ("Rebels shelled the town last night.", "last night", "2019-01-16TNI", "day"),
    ("The mayor resigned this morning.", "this morning", "2019-01-17TMO", "day"),
    ("The rocket lifted off at 1922 UTC yesterday.", "1922 UTC yesterday", "2019-01-16T19:22",
     "day"),
    # vague references and sets
    ("The town is now under curfew.", "now", "PRESENT_REF", None),
    ("The party currently holds a majority.", "currently", "PRESENT_REF", None),
    ("The border was recently reopened.", "recently", "PAST_REF", None),
    ("Floods return every year to the valley.", "every year", "P1Y", None),
    ("Some 300 people die per day on the roads.", "per day", "P1D", None),
    ("Ferries leave daily from the port.", "daily", "P1D", None),
    # decades and centuries in words, months of a relative year
    ("He served as minister in the seventies.", "seventies", "197", None),
    ("Cities grew fast in the 21st century.", "21st century", "20", None),
    ("The envoy was named in March of last year.", "March of last year", "2018-03", "month"),
    # "this weekend" written on a weekday about a past event is the weekend just gone
    ("A memorial was held this weekend in the park.", "this weekend", "2019-W02-WE", "week"),
])
def test_normalises_against_the_publication_date(nlp, sentence, words, value, grain):
    assert times_of(nlp, sentence).get(words) == (value, grain)


def test_a_clock_across_a_preposition_stays_apart_with_the_days_value(nlp):
    found = times_of(nlp, "The advisory was issued at 11:00 p.m. EDT on Sunday.")
    assert found["11:00 p.m. EDT"] == ("2019-01-13T23:00", "day")
    assert found["Sunday"] == ("2019-01-13", "day")


def test_a_vague_reference_does_not_date_the_clause(nlp):
    doc = nlp("The army now withdrew its troops last month.")
    index = find_times(doc, DCT)
    withdrew = next(t for t in doc if t.text == "withdrew")
    assert index.for_clause(withdrew).value == "2018-12"


def test_year_of_a_yearless_date_follows_the_tense(nlp):
    assert times_of(nlp, "The firm was founded on Jan. 30.")["Jan. 30"] == ("2018-01-30", "day")
    assert times_of(nlp, "The firm will list its shares on Jan. 30.")["Jan. 30"] == (
        "2019-01-30", "day")
    assert times_of(nlp, "The vote is set for Feb. 4.")["Feb. 4"] == ("2019-02-04", "day")


def test_relative_expressions_need_a_publication_date(nlp):
    found = times_of(nlp, "The mayor spoke last week and on Dec. 1, 2018.", published=None)
    assert found["last week"] == (None, "week")
    assert found["Dec. 1, 2018"] == ("2018-12-01", "day")


@pytest.mark.parametrize("sentence", [
    "The carrier will build a 5G network next to the river.",
    "The bank paid $10 million to settle the case.",
    "Phone carriers are rolling out fifth-generation technology.",
    "Three hundred people marched; 2018 people signed the petition.",
    "May I ask you a question?",
    "The Sunday Times printed the story.",
    "The minister said the 2018-19 budget was balanced.",
    "Cases rose week on week.",
    "The storm had winds of 75 miles per hour.",
    "He spoke of his years as mayor of the city.",
])
def test_skips_what_is_not_a_time(nlp, sentence):
    assert times_of(nlp, sentence) == {}


def test_an_undated_anchor_leaves_the_duration_alone_as_timeml_marks_it(nlp):
    doc = nlp("Two aides were detained 10 days after the minister's arrest.")
    index = find_times(doc, DCT)
    (anchored,) = index.times
    assert (anchored.text, anchored.value, anchored.grain) == ("10 days", "P10D", "duration")
    start, end = index.anchor_span(anchored)
    assert doc.text[start:end] == "the minister's arrest"
    assert index.resolve(anchored, dt.date(2018, 12, 1)).value == "2018-12-11"


def test_shortly_after_is_no_time_expression(nlp):
    assert times_of(nlp, "Police detained two men shortly after the riot.") == {}
    found = times_of(nlp, "Voters went to the polls a week before the vote on taxes.")
    assert found == {"a week": ("P1W", "duration")}


def test_the_day_after_takes_its_anchor(nlp):
    # No dated expression before "two days later": no temporal focus, so no value.
    found = times_of(nlp, "The day after the vote, markets rallied; two days later they fell.")
    assert found == {"The day after the vote": (None, None), "two days later": (None, None)}


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The army entered the town on Dec. 3. Two days later it withdrew.", "Two days later",
     "2018-12-05"),
    ("Talks opened on Monday. The previous day, rebels had shelled the port.", "previous day",
     "2019-01-13"),
    ("The mayor resigned on Dec. 3. The council met later the same day.",
     "later the same day", "2018-12-03"),
    ("On Dec. 3 the mayor resigned. The press asked him about it that same day.", "same day",
     "2018-12-03"),
    ("The envoy left on Tuesday night and the talks ended the next morning.", "next morning",
     "2019-01-16TMO"),
    # a chain: each dated expression is the focus of the next
    ("The strike began on Dec. 3. Two days later the mines closed. The next day they reopened.",
     "next day", "2018-12-06"),
    # a scheduled (future) date is no focus for a past clause
    ("On Monday the ministry announced rules that take effect on March 10. They were "
     "published later the same day.", "later the same day", "2019-01-14"),
])
def test_story_anchored_dates_count_from_the_temporal_focus(nlp, text, words, value):
    assert times_of(nlp, text)[words][0] == value


def test_without_a_focus_the_same_or_previous_day_counts_from_publication(nlp):
    found = times_of(nlp, "The previous day, the rebels shelled the port.")
    assert found["previous day"] == ("2019-01-16", "day")
    found = times_of(nlp, "The statement came the same day.")
    assert found["same day"] == ("2019-01-17", "day")
    found = times_of(nlp, "The rebels left. Three weeks later they came back.")
    assert found["Three weeks later"] == (None, None)


def test_a_distant_date_is_no_focus(nlp):
    text = ("The war began on Dec. 3. " + "Nothing else happened. " * 6
            + "Two days later it ended.")
    assert times_of(nlp, text)["Two days later"] == (None, None)


def test_the_night_of_a_date(nlp):
    found = times_of(nlp, "A car struck the marchers on the night of June 21.")
    assert found["night of June 21"] == ("2018-06-21TNI", "day")


def test_a_24_hour_clock_needs_a_preposition(nlp):
    found = times_of(nlp, "She entered the building at 0:40 and left at 14:30.")
    assert found["0:40"] == ("XXXX-XX-XXT00:40", None)
    assert found["14:30"] == ("XXXX-XX-XXT14:30", None)
    assert times_of(nlp, "The home side won the match 2:1 after extra play.") == {}
    found = times_of(nlp, "The rocket lifted off on Tuesday at 14:30.")
    assert found["14:30"] == ("2019-01-15T14:30", "day")


def test_a_clock_without_its_day_is_of_an_unknown_day(nlp):
    found = times_of(nlp, "The shop opens at 9 a.m. for the sale.")
    assert found["9 a.m."] == ("XXXX-XX-XXT09:00", None)


def test_coordinated_years_and_years_before_a_plural_noun(nlp):
    found = times_of(nlp, "He backed the 2008 and 2012 presidential campaigns of his friend.")
    assert found["2008"] == ("2008", "year")
    assert found["2012"] == ("2012", "year")
    found = times_of(nlp, "She will run in the 2020 Democratic primaries in Iowa.")
    assert found["2020"] == ("2020", "year")


def test_a_range_of_amounts_is_a_vague_duration(nlp):
    found = times_of(nlp, "The crew will stay for one to four months on the station.")
    assert found["one to four months"] == ("PXM", "duration")


def test_an_anchor_that_is_a_date_dates_the_expression(nlp):
    found = times_of(nlp, "The ship sank two days after Dec. 1, 2018, near the coast.")
    assert found == {"two days after Dec. 1, 2018": ("2018-12-03", "day")}


def test_for_clause_takes_the_time_of_the_clause_not_of_an_embedded_one(nlp):
    doc = nlp("The minister said Thursday that the army withdrew on Monday.")
    index = find_times(doc, DCT)
    said = next(t for t in doc if t.text == "said")
    withdrew = next(t for t in doc if t.text == "withdrew")
    assert index.for_clause(said).value == "2019-01-17"
    assert index.for_clause(withdrew).value == "2019-01-14"


def test_for_clause_accepts_an_event_noun(nlp):
    doc = nlp("The envoy said last month's arrest was a mistake.")
    index = find_times(doc, DCT)
    arrest = next(t for t in doc if t.text == "arrest")
    said = next(t for t in doc if t.text == "said")
    assert index.for_clause(arrest).value == "2018-12"
    assert index.for_clause(said) is None


def test_for_clause_prefers_a_date_to_a_duration(nlp):
    doc = nlp("On Monday the court jailed the activist for two years.")
    index = find_times(doc, DCT)
    jailed = next(t for t in doc if t.text == "jailed")
    assert index.for_clause(jailed).value == "2019-01-14"


def test_for_token_maps_every_word_of_an_expression(nlp):
    doc = nlp("Exports fell last month by a fifth.")
    index = find_times(doc, DCT)
    assert index.for_token(doc[2]).text == "last month"
    assert index.for_token(doc[3]).text == "last month"
    assert index.for_token(doc[0]) is None


def test_weekday_rule_at_the_edges():
    thursday = dt.date(2019, 1, 17)
    assert weekday_date(3, thursday, None, "past") == thursday
    assert weekday_date(3, thursday, "last", "past") == dt.date(2019, 1, 10)
    assert weekday_date(3, thursday, "next", "present") == dt.date(2019, 1, 24)
    assert weekday_date(3, thursday, None, "future") == thursday
    assert weekday_date(4, thursday, None, "past") == dt.date(2019, 1, 11)


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample article not present")
def test_sample_article(nlp):
    text = SAMPLE.read_text(encoding="utf-8")
    index = find_times(nlp(text), DCT)
    by_text: dict[str, list] = {}
    for time in index.times:
        by_text.setdefault(time.text, []).append(time.value)
    assert set(by_text["Thursday"]) == {"2019-01-17"}
    assert by_text["last month"] == ["2018-12"]
    assert by_text["next week"] == ["2019-W04"]
    assert by_text["Dec. 1"] == ["2018-12-01"]
    assert by_text["Monday"] == ["2019-01-14"]
    assert by_text["Last week"] == ["2019-W02"]
    (anchored,) = [t for t in index.times if t.text == "10 days"]
    assert anchored.value == "P10D"
    start, end = index.anchor_span(anchored)
    assert "arrest" in text[start:end]
    assert not any("5G" in t.text or "fifth" in t.text for t in index.times)


def test_for_clause_leaves_a_noun_its_own_date(nlp):
    doc = nlp("China reacted angrily to the arrest on Dec. 1 of the executive.")
    index = find_times(doc, DCT)
    reacted = next(t for t in doc if t.text == "reacted")
    arrest = next(t for t in doc if t.text == "arrest")
    assert index.for_clause(arrest).value == "2018-12-01"
    assert index.for_clause(reacted) is None


def test_for_clause_reads_a_pp_on_the_object_as_the_verbs(nlp):
    doc = nlp("The ministers will hold a meeting on Monday.")
    index = find_times(doc, DCT)
    hold = next(t for t in doc if t.text == "hold")
    assert index.for_clause(hold).value == "2019-01-21"


def test_a_year_the_ner_swallowed_into_a_name_stays_a_date(nlp):
    doc = nlp("He spoke at the Rally for Freedom in 2008, then read the 2018 Farm Act aloud.")
    rally = doc.char_span(doc.text.index("Rally"), doc.text.index(", then"))
    law = doc.char_span(doc.text.index("2018"), doc.text.index(" aloud"))
    doc.ents = [Span(doc, rally.start, rally.end, label="ORG"),
                Span(doc, law.start, law.end, label="LAW")]
    found = {t.text: t.value for t in find_times(doc, DCT).times}
    assert found == {"2008": "2008"}  # a year in the title of a law is no date (TimeML)
