import datetime as dt

import pytest

from storyline.store import queries
from storyline.store.db import open_store
from storyline.store.writes import write_article
from tests.factories import TEXT, make_article


@pytest.fixture
def con(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    write_article(con, make_article("a.txt"))
    write_article(con, make_article("b.txt", text=TEXT + "\n\nMore to follow."))
    yield con
    con.close()


def test_event_filters(con):
    Q = queries.Filters
    assert len(queries.query_events(con, Q())) == 2
    assert len(queries.query_events(con, Q(country="fre"))) == 2
    assert queries.query_events(con, Q(country="XYZ")) == []
    assert len(queries.query_events(con, Q(type="threaten"))) == 2
    assert queries.query_events(con, Q(type="ASSAULT")) == []
    assert len(queries.query_events(con, Q(actor="envoy"))) == 2
    assert len(queries.query_events(con, Q(actor="RURGOV"))) == 2
    assert queries.query_events(con, Q(since=dt.date(2019, 1, 15))) == []
    assert len(queries.query_events(con, Q(until=dt.date(2019, 1, 15), limit=1))) == 1


def test_quotes_actors_articles(con):
    Q = queries.Filters
    quotes = queries.query_quotes(con, Q(actor="anna"))
    assert [q["text"] for q in quotes] == ["We will respond"] * 2
    actors = queries.query_actors(con, Q())
    assert actors[0]["name"] == "Freedonia" and actors[0]["mentions"] == 4
    assert actors[0]["articles"] == 2
    assert len(queries.query_articles(con, Q(type="THREATEN"))) == 2


def test_get_record_by_prefix(con):
    article = make_article("a.txt")
    record = queries.get_record(con, article.id[:6])
    expected = article.to_record()
    assert record.pop("story") == article.id  # the first article of its story names it
    expected.pop("story")
    assert record == expected
    assert queries.get_record(con, "zzzz") is None


def test_parameters_are_not_sql(con):
    hostile = "x' OR 1=1; DROP TABLE events; --"
    assert queries.query_events(con, queries.Filters(actor=hostile)) == []
    assert len(queries.query_events(con, queries.Filters())) == 2
