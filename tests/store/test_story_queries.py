"""Story list, timeline and actor-pair series over a small invented store."""

import datetime as dt

import pytest

from storyline.model import Event, EventActor
from storyline.store import story_queries as sq
from storyline.store.db import open_store
from storyline.store.stories import assign_story, ensure_story_tables
from storyline.store.writes import write_article
from tests.factories import TEXT, make_article

OTHER_TEXT = (
    "Freedonia's foreign ministry summoned the Ruritanian envoy on Tuesday. "
    "Anna Envoy had warned Freedonia on Monday over the detained traders.\n\n"
    "\u201cWe are not afraid,\u201d the envoy was told by a ministry spokesman."
)


def event(type_="THREATEN", source="Anna Envoy", target="Freedonia", date="2019-01-14",
          goldstein=-4.4, **flags) -> Event:
    codes = {"Anna Envoy": "RURGOV", "Freedonia": "FRE"}
    return Event(type=type_, goldstein=goldstein, date=date, sentence="s", span=(0, 1),
                 source=EventActor(name=source, code=codes.get(source), country=None),
                 target=EventActor(name=target, code=codes.get(target), country=None), **flags)


@pytest.fixture
def con(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    ensure_story_tables(con)
    original = make_article("a.txt")
    copy = make_article("b.txt")  # the same text from another source: a duplicate
    other = make_article("c.txt", text=OTHER_TEXT)
    other.published.date = "2019-01-18"
    other.events = [
        event(),  # the same happening as the original's: one timeline entry
        event("CONSULT", "Freedonia", "Anna Envoy", "2019-01-15", 1.0),
        event("ACCUSE", date="2019-01-15", goldstein=-2.0),
        event("ASSAULT", date="2019-01-15", goldstein=-9.0, negated=True),
        event("REQUEST", date="2019-W03", goldstein=-1.0),
    ]
    for a in (original, copy, other):
        write_article(con, a)
        assign_story(con, a)
    yield con
    con.close()


def test_the_three_articles_are_one_story(con):
    (story,) = sq.list_stories(con)
    assert story["id"] == make_article("a.txt").id
    assert story["articles"] == 3
    assert story["events"] == 5  # the copy's event and the repeated happening counted once
    assert (story["first"], story["last"]) == (dt.date(2019, 1, 17), dt.date(2019, 1, 18))
    assert sq.list_stories(con, since=dt.date(2019, 2, 1)) == []


def test_timeline_counts_copies_once_and_lists_every_source(con):
    story = make_article("a.txt").id
    entries = sq.timeline(con, story[:6])
    # by first day: the week of 14 January starts with the threat's day
    assert [e["date"] for e in entries] == [
        "2019-01-14", "2019-W03", "2019-01-15", "2019-01-15", "2019-01-15"]
    threat = entries[0]
    assert threat["type"] == "THREATEN" and threat["sentence"] == TEXT[: TEXT.index(".") + 1]
    sources = {s["article"]: s["copy_of"] for s in threat["sources"]}
    ids = [make_article(p).id for p in ("a.txt", "b.txt")]
    assert sources == {ids[0]: None, ids[1]: ids[0], make_article("c.txt", OTHER_TEXT).id: None}
    assert threat["articles"] == 3
    assert len(entries) == 5
    assert sq.timeline(con, "zzzz") == []


def test_dyads_count_and_sum_per_day(con):
    rows = sq.dyads(con, sq.Dyad("envoy", "FRE"))
    # the copy's threat is not counted again; negated and week-dated events are left out
    assert [(r["day"], r["events"], r["goldstein"]) for r in rows] == [
        (dt.date(2019, 1, 14), 2, -8.8), (dt.date(2019, 1, 15), 1, -2.0)]
    both = sq.dyads(con, sq.Dyad("RURGOV", "freedonia", both=True))
    assert [(r["events"], r["goldstein"]) for r in both] == [(2, -8.8), (2, -1.0)]
    late = sq.dyads(con, sq.Dyad("envoy", "fre", since=dt.date(2019, 1, 15),
                                 until=dt.date(2019, 1, 15)))
    assert len(late) == 1
    assert sq.dyads(con, sq.Dyad("freedonia", "envoy")) == [
        {"day": dt.date(2019, 1, 15), "events": 1, "goldstein": 1.0}]


def test_a_store_without_story_tables_lists_nothing(tmp_path):
    con = open_store(tmp_path / "bare.duckdb")
    assert sq.list_stories(con) == [] and sq.timeline(con, "x") == []
    con.close()
