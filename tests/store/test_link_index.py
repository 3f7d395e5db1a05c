import json

import duckdb
import pytest

from storyline.connect.duplicates import BANDS, PARAMS
from storyline.model import Article, Published, Source, article_id
from storyline.store import link_index, queries
from storyline.store.db import open_store
from storyline.store.writes import write_article
from tests.connect.texts import OTHER, STORY, THIRD, lightly_edited, with_clutter


def art(outlet: str, text: str, day: str | None = "2019-01-17") -> Article:
    source = Source(url=f"https://{outlet}.example/story", outlet=outlet)
    return Article(id=article_id(source, text), source=source, text=text,
                   published=Published(date=day, how="given" if day else "unknown"))


def dup(con, a: Article) -> str | None:
    row = con.execute("SELECT duplicate_of, record FROM articles WHERE id = ?", [a.id]).fetchone()
    assert json.loads(row[1])["duplicate_of"] == row[0]  # the record says the same
    return row[0]


def n_bands(con) -> int:
    return con.execute("SELECT count(*) FROM link_bands").fetchone()[0]


@pytest.fixture
def con(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    yield con
    con.close()


def test_copies_point_to_the_original_and_unrelated_text_to_nothing(con):
    wire = art("wire", STORY)
    copies = [art("exact", STORY), art("portal", with_clutter(STORY)),
              art("desk", lightly_edited(STORY))]
    other = art("council", OTHER)
    for a in (wire, *copies, other):
        assert write_article(con, a) == "new"
    assert dup(con, wire) is None and dup(con, other) is None
    assert [dup(con, a) for a in copies] == [wire.id] * 3
    assert copies[1].duplicate_of == wire.id  # the written record got it too
    assert n_bands(con) == 5 * BANDS
    sources = queries.query_copies(con, copies[2].id)
    assert sources[0]["id"] == wire.id and len(sources) == 4
    assert {r["outlet"] for r in sources} == {"wire", "exact", "portal", "desk"}
    assert queries.query_copies(con, other.id)[0]["id"] == other.id
    assert queries.query_copies(con, "missing") == []


def test_an_earlier_copy_arriving_later_becomes_the_original(con):
    late = art("portal", with_clutter(STORY), "2019-01-18")
    later = art("desk", lightly_edited(STORY), "2019-01-19")
    first = art("wire", STORY, "2019-01-17")
    for a in (late, later, first):
        write_article(con, a)
    assert dup(con, first) is None
    assert dup(con, late) == first.id and dup(con, later) == first.id


def test_same_day_copies_go_by_ingest_order_and_undated_ones_come_last(con):
    a, b = art("one", STORY), art("two", with_clutter(STORY))
    undated = art("three", lightly_edited(STORY), None)
    for x in (undated, a, b):
        write_article(con, x)
    assert dup(con, a) is None and dup(con, b) == a.id and dup(con, undated) == a.id


def test_index_survives_restart_and_reruns_change_nothing(tmp_path):
    path = tmp_path / "s.duckdb"
    con = open_store(path)
    wire, other = art("wire", STORY), art("council", OTHER)
    write_article(con, wire)
    write_article(con, other)
    con.close()
    con = open_store(path)
    assert n_bands(con) == 2 * BANDS
    copy = art("portal", with_clutter(STORY))
    assert write_article(con, copy) == "new" and dup(con, copy) == wire.id
    before = con.execute("SELECT * FROM link_bands ORDER BY ALL").fetchall()
    for a in (wire, other, art("portal", with_clutter(STORY))):
        assert write_article(con, a) == "unchanged"
    assert con.execute("SELECT * FROM link_bands ORDER BY ALL").fetchall() == before
    assert dup(con, copy) == wire.id
    con.close()


def test_replace_keeps_links_and_index(con):
    wire, copy = art("wire", STORY), art("portal", with_clutter(STORY))
    write_article(con, wire)
    write_article(con, copy)
    assert write_article(con, wire, replace=True) == "replaced"
    assert write_article(con, copy, replace=True) == "replaced"
    assert dup(con, wire) is None and dup(con, copy) == wire.id
    assert n_bands(con) == 2 * BANDS


def test_a_failed_write_leaves_no_index_rows(con):
    class FailsOnIndexInsert:
        def __init__(self, con):
            self.con = con

        def __getattr__(self, name):
            return getattr(self.con, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO link_bands"):
                raise duckdb.Error("disk on fire")
            return self.con.execute(sql, *args)

    with pytest.raises(duckdb.Error):
        write_article(FailsOnIndexInsert(con), art("wire", STORY))
    assert n_bands(con) == 0
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_opening_a_store_indexed_otherwise_rebuilds_the_index(tmp_path):
    path = tmp_path / "s.duckdb"
    con = open_store(path)
    for a in (art("wire", STORY), art("snow", THIRD)):
        write_article(con, a)
    con.execute("DELETE FROM link_bands")
    con.execute("UPDATE meta SET value = 'old' WHERE key = ?", [link_index.META_KEY])
    con.close()
    con = open_store(path)
    assert n_bands(con) == 2 * BANDS
    meta = con.execute("SELECT value FROM meta WHERE key = ?", [link_index.META_KEY]).fetchone()
    assert meta == (PARAMS,)
    copy = art("portal", with_clutter(STORY))
    write_article(con, copy)
    assert dup(con, copy) == art("wire", STORY).id
    con.close()
