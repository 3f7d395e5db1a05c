"""The near-duplicate index in the store: LSH band buckets of every article, in `link_bands`.

Linking article N+1 is one indexed lookup of its band buckets, the stored signatures of the
candidates found, and the stored text of those whose signature is close enough, verified
exactly (connect/duplicates.py); articles 1..N are not read.
The writer calls `link` and `add` inside the article's own transaction, so the index always
matches the articles table. `duplicate_of` always names the earliest copy (a root, whose own
`duplicate_of` is null): a new article that is earlier than the root of a stored copy it
matches becomes the root, and that copy's group is re-pointed to it in the same transaction.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from storyline.connect.duplicates import (
    PARAMS,
    Fingerprint,
    Stored,
    earliest,
    fingerprint,
    likely,
    verify,
)

META_KEY = "link_index"
_LAST = dt.date.max  # an undated article sorts after every dated one
_REINDEX_BATCH = 500


def add(con: duckdb.DuckDBPyConnection, article_id: str, fp: Fingerprint) -> None:
    """Index an article's band buckets and signature."""
    if fp.buckets:
        con.execute(
            "INSERT INTO link_bands SELECT unnest(?::BIGINT[]), unnest(range(?)::SMALLINT[]), ?",
            [fp.buckets, len(fp.buckets), article_id],
        )
        con.execute("INSERT INTO link_signatures VALUES (?, ?)", [article_id, fp.signature])


def signatures(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, bytes]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT article_id, signature FROM link_signatures WHERE article_id IN ({marks})"
    return dict(con.execute(sql, ids).fetchall())


def candidate_ids(con: duckdb.DuckDBPyConnection, buckets: list[int], exclude: str) -> list[str]:
    """Stored articles sharing at least one band bucket (an index scan on bucket; DISTINCT
    in SQL cost a hash aggregate that grew with the table, so duplicates go here)."""
    if not buckets:
        return []
    marks = ", ".join("?" * len(buckets))
    rows = con.execute(
        f"SELECT article_id FROM link_bands WHERE bucket IN ({marks})", buckets
    ).fetchall()
    return sorted({r[0] for r in rows} - {exclude})


def load(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[Stored]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    sql = "SELECT id, text, published, ingested_at, duplicate_of FROM articles WHERE id IN"
    rows = con.execute(f"{sql} ({marks})", ids).fetchall()
    return [Stored(i, text, (pub or _LAST, at, i), dup) for i, text, pub, at, dup in rows]


def link(con: duckdb.DuckDBPyConnection, article_id: str, published: str | None,
         fp: Fingerprint) -> str | None:
    """The id of the earliest copy of a new article among stored ones (None if it is the first
    or has none); re-points stored copies when the new article is earlier than their root."""
    found = candidate_ids(con, fp.buckets, article_id)
    stored = load(con, likely(fp, signatures(con, found)))
    matches = {m.id for m in verify(fp, stored)}
    direct = [s for s in stored if s.id in matches]
    if not direct:
        return None
    root_ids = sorted({s.duplicate_of for s in direct if s.duplicate_of} - matches)
    group = direct + load(con, root_ids)
    new = Stored(article_id, "", (published_day(published), dt.datetime.max, article_id))
    first = earliest(new, group)
    if first is not new:
        return first.duplicate_of or first.id
    for root in sorted({s.duplicate_of or s.id for s in direct}):
        _repoint(con, root, article_id)
    return None


def published_day(published: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat(published) if published else _LAST
    except ValueError:
        return _LAST


def _repoint(con: duckdb.DuckDBPyConnection, old_root: str, new_root: str) -> None:
    con.execute(
        "UPDATE articles SET duplicate_of = ?,"
        " record = json_merge_patch(record, json_object('duplicate_of', ?::VARCHAR))"
        " WHERE id = ? OR duplicate_of = ?",
        [new_root, new_root, old_root, old_root],
    )


def ensure(con: duckdb.DuckDBPyConnection) -> None:
    """Re-index every stored article if the index was built with other settings (or before
    the index existed). Links already recorded are kept."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    if row and row[0] == PARAMS:
        return
    con.begin()
    try:
        con.execute("DELETE FROM link_bands")
        con.execute("DELETE FROM link_signatures")
        ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for i in range(0, len(ids), _REINDEX_BATCH):
            for s in load(con, ids[i : i + _REINDEX_BATCH]):
                add(con, s.id, fingerprint(s.text))
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [META_KEY, PARAMS])
        con.commit()
    except BaseException:
        con.rollback()
        raise
