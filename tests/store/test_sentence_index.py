import json

import duckdb
import pytest

from storyline.model import Article, Published, Source, article_id
from storyline.store import sentence_index
from storyline.store.db import open_store
from storyline.store.writes import write_article
from tests.connect.texts import OTHER, STORY, THIRD

CRANE = ("The harbour authority of Port Velan closed the northern pier on Tuesday after a crane "
         "collapsed onto a cargo ship.")
TRAM = "The new line will run for eleven kilometres and serve twelve stations."
SNOW = ("The regional weather office warned of more snow on Sunday and advised drivers to carry "
        "chains.")
TEASER = "Famous singer cancels stadium concert tour after vocal injury"
PATCHWORK = (f"{CRANE} Two dock workers were taken to hospital with light injuries, a spokeswoman "
             f"for the authority said.\n\n{TEASER}\n\nThe city council of Aldmere voted on "
             f"Thursday to expand the tram network to the eastern suburbs. {TRAM}\n\n{SNOW}")


def art(outlet: str, text: str, day: str | None = "2019-01-17") -> Article:
    source = Source(url=f"https://{outlet}.example/story", outlet=outlet)
    return Article(id=article_id(source, text), source=source, text=text,
                   published=Published(date=day, how="given" if day else "unknown"))


def record(con, a: Article) -> dict:
    return json.loads(con.execute("SELECT record FROM articles WHERE id = ?", [a.id]).fetchone()[0])


def count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def con(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    yield con
    con.close()


def sources(con):
    return [art("wire", STORY, "2019-01-15"), art("council", OTHER, "2019-01-15"),
            art("weather", THIRD, "2019-01-16")]


def stitched(con) -> tuple[Article, Article]:
    """Store the three sources, then the patchwork page; assert each stitched sentence is linked
    to its source, and return the wire story and the page."""
    wire, council, weather = sources(con)
    for a in (wire, council, weather):
        write_article(con, a)
    page = art("farm", PATCHWORK)
    write_article(con, page)
    got = {(PATCHWORK[slice(*x.span)], x.source_article) for x in page.links}
    assert (CRANE, wire.id) in got and (TRAM, council.id) in got and (SNOW, weather.id) in got
    return wire, page


def test_a_patchwork_links_each_stitched_sentence_to_its_source(con):
    wire, page = stitched(con)
    assert all(x.kind == "copy" for x in page.links if PATCHWORK[slice(*x.span)] == CRANE)
    assert any(x.kind == "rewrite" for x in page.links)  # "light injuries"
    assert page.patchwork > 0.8 and record(con, page)["patchwork"] == page.patchwork
    assert record(con, page)["links"] == [x.model_dump(mode="json") for x in page.links]
    rows = con.execute("SELECT span_start, span_end FROM links WHERE article_id = ?"
                       " AND kind = 'offtopic'", [page.id]).fetchall()
    # the teaser, and the lone line from an unrelated story
    assert [PATCHWORK[a:b] for a, b in rows] == [TEASER, SNOW]
    assert wire.links == [] and wire.patchwork == 0.0


def test_a_later_stored_article_is_never_a_source(con):
    later = art("wire", STORY, "2019-01-20")
    write_article(con, later)
    early = art("digest", CRANE + "\nA second line of the digest, on another subject entirely.",
                "2019-01-16")
    write_article(con, early)
    assert early.links == []


def test_index_and_links_survive_restart_and_reruns_change_nothing(tmp_path):
    path = tmp_path / "s.duckdb"
    con = open_store(path)
    for a in sources(con):
        write_article(con, a)
    con.close()
    con = open_store(path)
    page = art("farm", PATCHWORK)
    assert write_article(con, page) == "new" and page.links
    before = [con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
              for t in ("links", "sentence_bands", "link_sentences", "link_articles")]
    for a in (*sources(con), art("farm", PATCHWORK)):
        assert write_article(con, a) == "unchanged"
    again = art("farm", PATCHWORK)
    assert write_article(con, again, replace=True) == "replaced"
    assert again.links == page.links and again.patchwork == page.patchwork
    after = [con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
             for t in ("links", "sentence_bands", "link_sentences", "link_articles")]
    assert after == before
    con.close()


def test_a_failed_write_leaves_no_sentence_rows_or_links(con):
    for a in sources(con):
        write_article(con, a)
    n = {t: count(con, t) for t in ("sentence_bands", "link_sentences", "link_articles", "links")}

    class FailsOnLinks:
        def __init__(self, con):
            self.con = con

        def __getattr__(self, name):
            return getattr(self.con, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO links"):
                raise duckdb.Error("disk on fire")
            return self.con.execute(sql, *args)

    with pytest.raises(duckdb.Error):
        write_article(FailsOnLinks(con), art("farm", PATCHWORK))
    assert {t: count(con, t) for t in n} == n
    assert count(con, "articles") == 3


def test_opening_a_store_indexed_otherwise_rebuilds_the_sentence_index(tmp_path):
    path = tmp_path / "s.duckdb"
    con = open_store(path)
    for a in sources(con):
        write_article(con, a)
    rows = count(con, "sentence_bands")
    con.execute("DELETE FROM sentence_bands")
    con.execute("UPDATE meta SET value = 'old' WHERE key = ?", [sentence_index.META_KEY])
    con.close()
    con = open_store(path)
    assert count(con, "sentence_bands") == rows
    page = art("farm", PATCHWORK)
    write_article(con, page)
    assert len({x.source_article for x in page.links}) == 3
    con.close()


def test_a_key_on_many_stored_sentences_is_a_stop_key(tmp_path):
    from storyline.connect.sentence_hash import sentence_keys
    from storyline.connect.sentences import split
    from storyline.store import sentence_index
    from storyline.store.db import open_store

    con = open_store(tmp_path / "s.duckdb")
    text = "The harbour board approved the new crane contract after a long debate on Monday."
    sentences = split(text)
    keys = sentence_keys(sentences)
    for i in range(sentence_index.KEY_CAP + 1):
        sentence_index.add(con, f"a{i}", sentences, keys)
    counts = dict(con.execute("SELECT bucket, n FROM sentence_key_counts").fetchall())
    assert set(counts.values()) == {sentence_index.KEY_CAP + 1}
    assert sentence_index._hits(con, sentences, keys) == set()  # every key is now a stop key


def test_lookups_in_small_batches_find_the_same_links(con, monkeypatch):
    monkeypatch.setattr(sentence_index, "_KEYS_PER_QUERY", 3)  # every lookup split in many
    stitched(con)
