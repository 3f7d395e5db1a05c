import duckdb
import pytest

from storyline.model import Rejected, Source
from storyline.store.db import StoreError, open_store
from storyline.store.writes import write_article, write_rejected
from tests.factories import make_article


@pytest.fixture
def con(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    yield con
    con.close()


def counts(con):
    tables = ["articles", "actors", "mentions", "events", "quotes", "times", "rejected"]
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_writing_the_same_article_twice_changes_nothing(con):
    article = make_article()
    assert write_article(con, article) == "new"
    before = counts(con)
    assert before["articles"] == 1 and before["mentions"] == 3 and before["events"] == 1
    assert write_article(con, article) == "unchanged"
    assert counts(con) == before


def test_replace_rewrites_parts_without_duplicating(con):
    article = make_article()
    write_article(con, article)
    article.events = []
    assert write_article(con, article, replace=True) == "replaced"
    assert counts(con)["events"] == 0 and counts(con)["articles"] == 1


def test_a_failure_mid_article_leaves_nothing_half_written(con):
    article = make_article()

    class FailsOnThirdBatch:
        """The connection, except that the third multi-row insert fails."""

        def __init__(self, con):
            self.con, self.calls = con, 0

        def __getattr__(self, name):
            return getattr(self.con, name)

        def executemany(self, sql, rows):
            self.calls += 1
            if self.calls == 3:
                raise duckdb.Error("disk on fire")
            return self.con.executemany(sql, rows)

    with pytest.raises(duckdb.Error, match="disk on fire"):
        write_article(FailsOnThirdBatch(con), article)
    assert counts(con)["articles"] == 0 and counts(con)["actors"] == 0
    assert write_article(con, article) == "new"


def test_rejected_inputs_are_stored_once(con):
    rejected = Rejected(reason="empty file", source=Source(path="e.txt"))
    assert write_rejected(con, rejected) == "new"
    assert write_rejected(con, rejected) == "unchanged"
    assert counts(con)["rejected"] == 1


def test_store_survives_reopen(tmp_path):
    path = tmp_path / "s.duckdb"
    con = open_store(path)
    write_article(con, make_article())
    con.close()
    con = open_store(path, read_only=True)
    assert counts(con)["articles"] == 1
    con.close()


def test_read_only_open_of_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing.duckdb", read_only=True)


def test_store_memory_setting_is_validated(tmp_path, monkeypatch):
    import pytest

    from storyline.store.db import StoreError, open_store

    monkeypatch.setenv("STORYLINE_DB_MEMORY", "1GB")
    con = open_store(tmp_path / "ok.duckdb")
    assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    monkeypatch.setenv("STORYLINE_DB_MEMORY", "1GB'; DROP TABLE articles; --")
    with pytest.raises(StoreError):
        open_store(tmp_path / "bad.duckdb")
