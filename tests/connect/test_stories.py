"""Story clustering: small invented articles through the store's assign_story."""

import datetime as dt
import json

import pytest

from storyline.connect import stories as clustering
from storyline.model import Actor, Article, Mention, Published, Source, article_id
from storyline.store.db import open_store
from storyline.store.stories import assign_story, backfill, ensure_story_tables, story_of
from storyline.store.writes import write_article
from tests.connect.texts import OTHER, STORY, THIRD, with_clutter

FOLLOW_UP = (
    "Dock workers at Port Velan walked out on Wednesday, a day after a crane collapsed onto a "
    "cargo ship at the northern pier. Their union demanded an independent inquiry into crane "
    "maintenance at the harbour.\n\n"
    "The harbour authority said the pier would reopen once transport ministry inspectors "
    "finished their work. Grain shipments to the southern islands remain delayed."
)


def article(name: str, text: str, day: str, title: str, actors: dict[str, int]) -> Article:
    source = Source(path=f"{name}.txt", outlet=name, format="text")
    people = [Actor(id=f"a{i}", name=n, kind="organization",
                    mentions=[Mention(text=n, span=(0, 1))] * count)
              for i, (n, count) in enumerate(actors.items())]
    return Article(id=article_id(source, text), source=source, title=title, text=text,
                   published=Published(date=day, how="given"), actors=people)


VELAN = {"Port Velan harbour authority": 3, "Port Velan dock workers union": 2}


def crane(name="crane", day="2021-05-04"):
    return article(name, STORY, day, "Crane collapse shuts Port Velan pier", VELAN)


def follow(name="follow", day="2021-05-05"):
    return article(name, FOLLOW_UP, day, "Port Velan dock workers walk out after crane collapse",
                   VELAN)


def tram(name="tram", day="2021-05-05"):
    return article(name, OTHER, day, "Aldmere votes to extend tram network",
                   {"Aldmere city council": 3})


def snow(name="snow", day="2021-05-06"):
    return article(name, THIRD, day, "Snow closes Brennic mountain pass",
                   {"Brennic regional weather office": 2})


@pytest.fixture
def con(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    ensure_story_tables(con)
    yield con
    con.close()


def store(con, a: Article) -> str:
    write_article(con, a)  # sets duplicate_of for a copy
    return assign_story(con, a)


def test_two_articles_about_one_event_join_and_others_do_not(con):
    first = crane()
    assert store(con, first) == first.id
    assert store(con, tram()) != first.id
    assert store(con, follow()) == first.id
    assert store(con, snow()) not in (first.id,)
    rows = con.execute("SELECT id, articles FROM stories ORDER BY id").fetchall()
    assert dict(rows)[first.id] == 2 and len(rows) == 3


def test_a_duplicate_joins_its_originals_story(con):
    first = crane()
    store(con, first)
    store(con, tram())
    copy = article("copier", with_clutter(STORY), "2021-05-05", "Port Velan pier shut", {})
    assert store(con, copy) == first.id
    assert copy.duplicate_of == first.id
    how = con.execute("SELECT how FROM story_articles WHERE article_id = ?", [copy.id]).fetchone()
    assert how == ("duplicate",)


def test_time_window_is_respected(con):
    first = crane()
    store(con, first)
    late = follow(day="2021-09-30")  # five months on: another story
    assert store(con, late) == late.id
    assert clustering.time_factor(dt.date(2021, 5, 9), dt.date(2021, 5, 4),
                                  dt.date(2021, 5, 5)) == 1.0
    assert clustering.time_factor(dt.date(2021, 9, 30), dt.date(2021, 5, 4),
                                  dt.date(2021, 5, 5)) == 0.0
    inside = clustering.time_factor(dt.date(2021, 4, 1), dt.date(2021, 5, 4), dt.date(2021, 5, 5))
    assert 0.0 < inside < 1.0


def test_story_id_is_stable_across_reopening_and_rewrites(tmp_path):
    path = tmp_path / "s.duckdb"
    con = open_store(path)
    ensure_story_tables(con)
    first = crane()
    store(con, first)
    con.close()
    con = open_store(path)
    ensure_story_tables(con)
    assert story_of(con, first.id) == first.id
    earlier = follow(day="2021-05-03")  # published earlier: names the story, keeps its id
    assert store(con, earlier) == first.id
    assert assign_story(con, earlier) == first.id  # again: nothing changes
    title, articles = con.execute(
        "SELECT title, articles FROM stories WHERE id = ?", [first.id]).fetchone()
    assert title == earlier.title and articles == 2
    con.close()


def test_writing_assigns_the_story_in_the_same_transaction(con):
    for a in (crane(), tram(), follow()):
        write_article(con, a)
    assert backfill(con) == 0
    stories = dict(con.execute("SELECT id, story FROM articles").fetchall())
    assert stories[follow().id] == stories[crane().id] != stories[tram().id]


def test_backfill_assigns_stored_articles_and_fills_the_record(con):
    for a in (crane(), tram(), follow()):
        write_article(con, a)
    # a store written before stories existed: no story anywhere
    for table in ("stories", "story_articles", "story_terms", "story_df"):
        con.execute(f"DELETE FROM {table}")
    con.execute("UPDATE articles SET story = NULL")
    assert backfill(con) == 3
    assert backfill(con) == 0
    rows = con.execute("SELECT id, story, record FROM articles").fetchall()
    stories = {i: s for i, s, _ in rows}
    assert stories[follow().id] == stories[crane().id] != stories[tram().id]
    assert all(json.loads(record)["story"] == s for _, s, record in rows)


def test_features_keep_content_words_and_named_actors():
    assert clustering.words("The ministers' talks were said to be failing on Monday") == [
        "minister", "talk", "failing"]
    f = clustering.features(crane())
    assert "a:port velan harbour authority" in f.terms and "w:crane" in f.terms
    assert not clustering.is_named("two traders") and clustering.is_named("Aldmere")
    assert abs(sum(v * v for v in f.terms.values()) - 1.0) < 1e-9
