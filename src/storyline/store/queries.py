"""Read queries over the store: the CLI, the API and exports all call these."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import duckdb


@dataclass
class Filters:
    """Filters shared by the listing queries; None means no filter."""

    actor: str | None = None  # a name substring (case-insensitive) or an actor code
    country: str | None = None  # ISO-3
    type: str | None = None  # PLOVER event type
    since: dt.date | None = None
    until: dt.date | None = None
    article: str | None = None  # an article id or id prefix
    limit: int | None = None

    def tail(self) -> str:
        return f" LIMIT {int(self.limit)}" if self.limit else ""


@dataclass
class Where:
    """A WHERE clause built from conditions and their parameters."""

    conditions: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def add(self, sql: str, *params) -> None:
        self.conditions.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _like(text: str) -> str:
    return f"%{text.lower()}%"


def query_events(con: duckdb.DuckDBPyConnection, f: Filters) -> list[dict]:
    w = Where()
    if f.actor:
        w.add("(lower(source_name) LIKE ? OR lower(target_name) LIKE ? "
              "OR source_code = ? OR target_code = ?)",
              _like(f.actor), _like(f.actor), f.actor.upper(), f.actor.upper())
    if f.country:
        w.add("(source_country = ? OR target_country = ?)", f.country.upper(), f.country.upper())
    if f.type:
        w.add("type = ?", f.type.upper())
    if f.since:  # an event dated by a week or month overlaps the range
        w.add("date_end >= ?", f.since)
    if f.until:
        w.add("date_start <= ?", f.until)
    if f.article:
        w.add("article_id LIKE ?", f"{f.article}%")
    where, params = w.sql(), w.params
    sql = (
        "SELECT article_id, seq, date, type, mode, cameo, goldstein, source_name, source_country,"
        " source_code, target_name, target_country, target_code, negated, hypothetical,"
        " confidence, trigger, sentence FROM events" + where
        + " ORDER BY date_start NULLS LAST, article_id, seq" + f.tail()
    )
    return _rows(con, sql, params)


def query_quotes(con: duckdb.DuckDBPyConnection, f: Filters) -> list[dict]:
    w = Where()
    if f.actor:
        w.add("lower(coalesce(speaker_name, speaker_text, '')) LIKE ?", _like(f.actor))
    if f.article:
        w.add("q.article_id LIKE ?", f"{f.article}%")
    if f.since:
        w.add("a.published >= ?", f.since)
    if f.until:
        w.add("a.published <= ?", f.until)
    where, params = w.sql(), w.params
    sql = (
        "SELECT q.article_id, q.seq, a.published, q.speaker_name, q.speaker_text, q.kind,"
        " q.cue, q.text FROM quotes q JOIN articles a ON a.id = q.article_id" + where
        + " ORDER BY a.published NULLS LAST, q.article_id, q.seq" + f.tail()
    )
    return _rows(con, sql, params)


def query_actors(con: duckdb.DuckDBPyConnection, f: Filters) -> list[dict]:
    w = Where()
    if f.actor:
        w.add("(lower(x.name) LIKE ? OR x.code = ?)", _like(f.actor), f.actor.upper())
    if f.country:
        w.add("x.country = ?", f.country.upper())
    if f.article:
        w.add("x.article_id LIKE ?", f"{f.article}%")
    where, params = w.sql(), w.params
    sql = (
        "SELECT x.name, x.kind, x.country, x.sector, x.code, count(DISTINCT x.article_id)"
        " AS articles, count(m.seq) AS mentions FROM actors x LEFT JOIN mentions m"
        " ON m.article_id = x.article_id AND m.actor_id = x.actor_id" + where
        + " GROUP BY ALL ORDER BY mentions DESC, x.name" + f.tail()
    )
    return _rows(con, sql, params)


def query_articles(con: duckdb.DuckDBPyConnection, f: Filters) -> list[dict]:
    w = Where()
    if f.actor:
        w.add("id IN (SELECT article_id FROM actors WHERE lower(name) LIKE ? OR code = ?)",
              _like(f.actor), f.actor.upper())
    if f.country:
        w.add("id IN (SELECT article_id FROM actors WHERE country = ?)", f.country.upper())
    if f.type:
        w.add("id IN (SELECT article_id FROM events WHERE type = ?)", f.type.upper())
    if f.since:
        w.add("published >= ?", f.since)
    if f.until:
        w.add("published <= ?", f.until)
    where, params = w.sql(), w.params
    sql = (
        "SELECT id, published, outlet, title, path, duplicate_of,"
        " (SELECT count(*) FROM events e WHERE e.article_id = id) AS events,"
        " (SELECT count(*) FROM quotes q WHERE q.article_id = id) AS quotes"
        " FROM articles" + where + " ORDER BY published NULLS LAST, id" + f.tail()
    )
    return _rows(con, sql, params)


def query_copies(con: duckdb.DuckDBPyConnection, article_id: str) -> list[dict]:
    """Every stored copy of an article (exact or near-duplicate), the earliest first: the
    sources of one story text, whose events count once (those of the first row)."""
    row = con.execute("SELECT duplicate_of FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return []
    root = row[0] or article_id
    sql = (
        "SELECT id, published, outlet, url, path, title, duplicate_of FROM articles"
        " WHERE id = ? OR duplicate_of = ?"
        " ORDER BY duplicate_of NULLS FIRST, published NULLS LAST, ingested_at, id"
    )
    return _rows(con, sql, [root, root])


def query_rejected(con: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[dict]:
    sql = "SELECT path, line, key, format, reason FROM rejected ORDER BY path, line"
    return _rows(con, sql + (f" LIMIT {int(limit)}" if limit else ""), [])


class AmbiguousId(LookupError):
    pass


def get_record(con: duckdb.DuckDBPyConnection, article_id: str) -> dict | None:
    """The stored OUTPUT.md record of an article, by id or unique id prefix."""
    rows = con.execute(
        "SELECT id, record FROM articles WHERE id LIKE ? ORDER BY id LIMIT 2", [f"{article_id}%"]
    ).fetchall()
    if len(rows) > 1:
        raise AmbiguousId(f"id prefix {article_id!r} matches several articles")
    return json.loads(rows[0][1]) if rows else None


def iter_records(con: duckdb.DuckDBPyConnection):
    """Every stored record, in ingestion order (for exports)."""
    cur = con.execute("SELECT record FROM articles ORDER BY ingested_at, id")
    while batch := cur.fetchmany(256):
        for (record,) in batch:
            yield json.loads(record)


def summary(con: duckdb.DuckDBPyConnection) -> dict:
    def one(sql: str) -> int:
        return con.execute(sql).fetchone()[0]

    return {
        "articles": one("SELECT count(*) FROM articles"),
        "rejected": one("SELECT count(*) FROM rejected"),
        "events": one("SELECT count(*) FROM events"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "actors": one("SELECT count(DISTINCT name) FROM actors"),
        "events_by_type": _rows(con, "SELECT type, count(*) AS n FROM events GROUP BY type"
                                     " ORDER BY n DESC, type", []),
        "top_actors": query_actors(con, Filters(limit=8)),
    }
