"""Read queries over stories: the story list, a story's timeline and actor-pair series.

Events are counted once per happening. Within a story, the events of a copy (an article whose
``duplicate_of`` is another article of the story) are not counted: the original's events are,
and every copy is listed among their sources. Events of different articles that agree on type,
mode, source, target, date and modality are one timeline entry with every article as a source.
The actor-pair series counts the events of originals only (no copies), and only those that
happened: negated and hypothetical events are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from storyline.store.queries import AmbiguousId


def has_stories(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'story_articles'").fetchone()[0])


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# The articles whose events count for their story: not copies of another member.
_COUNTED = """
counted AS (
    SELECT sa.story_id, a.id AS article_id FROM story_articles sa JOIN articles a
    ON a.id = sa.article_id
    WHERE a.duplicate_of IS NULL OR a.duplicate_of NOT IN
        (SELECT article_id FROM story_articles o WHERE o.story_id = sa.story_id)
)"""
_EVENT_KEY = ("{'type': e.type, 'mode': e.mode, 's': lower(e.source_name),"
              " 't': lower(e.target_name), 'd': e.date, 'n': e.negated, 'h': e.hypothetical}")


def list_stories(con: duckdb.DuckDBPyConnection, *, since: dt.date | None = None,
                 until: dt.date | None = None, limit: int | None = None) -> list[dict]:
    """Stories, the latest first: id, title, articles (copies included), events (counted once),
    first and last publication dates."""
    if not has_stories(con):
        return []
    where, params = [], []
    if since:
        where.append("s.last_date >= ?")
        params.append(since)
    if until:
        where.append("s.first_date <= ?")
        params.append(until)
    sql = (
        f"WITH {_COUNTED}, n AS (SELECT c.story_id, count(DISTINCT {_EVENT_KEY}) AS events"
        " FROM counted c JOIN events e ON e.article_id = c.article_id GROUP BY c.story_id)"
        " SELECT s.id, s.title, s.articles, coalesce(n.events, 0) AS events,"
        " s.first_date AS first, s.last_date AS last FROM stories s"
        " LEFT JOIN n ON n.story_id = s.id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY s.last_date DESC NULLS LAST, s.articles DESC, s.id"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return _rows(con, sql, params)


def resolve_story(con: duckdb.DuckDBPyConnection, story: str) -> str | None:
    """A story id from an id or unique id prefix."""
    if not has_stories(con):
        return None
    rows = con.execute("SELECT id FROM stories WHERE id LIKE ? ORDER BY id LIMIT 2",
                       [f"{story}%"]).fetchall()
    if len(rows) > 1:
        raise AmbiguousId(f"id prefix {story!r} matches several stories")
    return rows[0][0] if rows else None


def timeline(con: duckdb.DuckDBPyConnection, story: str) -> list[dict]:
    """The story's events by date, each happening once, with its evidence (the first source's
    sentence) and every source: the articles reporting it and their copies."""
    story_id = resolve_story(con, story)
    if story_id is None:
        return []
    copies = _copies(con, story_id)
    rows = _rows(con, (
        f"WITH {_COUNTED} SELECT e.*, a.published, a.outlet FROM counted c"
        " JOIN events e ON e.article_id = c.article_id JOIN articles a ON a.id = c.article_id"
        " WHERE c.story_id = ?"
        " ORDER BY e.date_start NULLS LAST, a.published NULLS LAST, a.ingested_at, e.seq"
    ), [story_id])
    entries: dict[tuple, dict] = {}
    for r in rows:
        key = (r["type"], r["mode"], (r["source_name"] or "").lower(),
               (r["target_name"] or "").lower(), r["date"], r["negated"], r["hypothetical"])
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = _entry(r)
        for source in [_source(r), *copies.get(r["article_id"], [])]:
            if source["article"] not in {s["article"] for s in entry["sources"]}:
                entry["sources"].append(source)
    out = list(entries.values())
    for entry in out:
        entry["articles"] = len(entry["sources"])
    return out


def _entry(r: dict) -> dict:
    return {
        "date": r["date"], "type": r["type"], "mode": r["mode"], "cameo": r["cameo"],
        "goldstein": r["goldstein"], "source_name": r["source_name"],
        "source_code": r["source_code"], "source_country": r["source_country"],
        "target_name": r["target_name"], "target_code": r["target_code"],
        "target_country": r["target_country"], "negated": r["negated"],
        "hypothetical": r["hypothetical"], "trigger": r["trigger"], "sentence": r["sentence"],
        "article_id": r["article_id"], "sources": [],
    }


def _source(r: dict, copy_of: str | None = None) -> dict:
    return {"article": r["article_id"], "published": r["published"], "outlet": r["outlet"],
            "copy_of": copy_of}


def _copies(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, list[dict]]:
    """Per original in the story, its copies in the story (earliest first)."""
    out: dict[str, list[dict]] = {}
    for r in _rows(con, (
        "SELECT a.id AS article_id, a.duplicate_of, a.published, a.outlet"
        " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        " WHERE sa.story_id = ? AND a.duplicate_of IN"
        " (SELECT article_id FROM story_articles WHERE story_id = ?)"
        " ORDER BY a.published NULLS LAST, a.ingested_at, a.id"
    ), [story_id, story_id]):
        out.setdefault(r["duplicate_of"], []).append(_source(r, r["duplicate_of"]))
    return out


@dataclass
class Dyad:
    """An actor pair: each side is a name substring, a CAMEO actor code or an ISO-3 country
    (case-insensitive); ``both`` counts the events from B to A as well."""

    a: str
    b: str
    since: dt.date | None = None
    until: dt.date | None = None
    both: bool = False


def _side(prefix: str, who: str) -> tuple[str, list]:
    sql = (f"(lower({prefix}_name) LIKE ? OR upper({prefix}_code) = ?"
           f" OR upper({prefix}_country) = ?)")
    return sql, [f"%{who.lower()}%", who.upper(), who.upper()]


def dyads(con: duckdb.DuckDBPyConnection, d: Dyad) -> list[dict]:
    """Per day: the number of events from A to B and the sum of their Goldstein scores.
    Only events dated to a day count (a week or month is no day)."""
    s_a, p_sa = _side("e.source", d.a)
    t_b, p_tb = _side("e.target", d.b)
    direction, params = f"({s_a} AND {t_b})", [*p_sa, *p_tb]
    if d.both:
        s_b, p_sb = _side("e.source", d.b)
        t_a, p_ta = _side("e.target", d.a)
        direction = f"({direction} OR ({s_b} AND {t_a}))"
        params += [*p_sb, *p_ta]
    where = [direction, "a.duplicate_of IS NULL", "NOT e.negated", "NOT e.hypothetical",
             "e.date_start = e.date_end"]
    if d.since:
        where.append("e.date_start >= ?")
        params.append(d.since)
    if d.until:
        where.append("e.date_start <= ?")
        params.append(d.until)
    sql = (
        "SELECT e.date_start AS day, count(*) AS events,"
        " round(coalesce(sum(e.goldstein), 0), 2) AS goldstein"
        " FROM events e JOIN articles a ON a.id = e.article_id WHERE " + " AND ".join(where)
        + " GROUP BY e.date_start ORDER BY e.date_start"
    )
    return _rows(con, sql, params)
