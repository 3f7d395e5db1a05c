"""Writing articles and rejected inputs: idempotent, one transaction per article."""

from __future__ import annotations

import hashlib
import json
from typing import Literal

import duckdb

from storyline.connect.duplicates import fingerprint
from storyline.connect.sentence_hash import sentence_keys
from storyline.connect.sentences import split
from storyline.model import Article, Rejected, content_hash
from storyline.store import link_index, sentence_index
from storyline.store.schema import ARTICLE_PARTS
from storyline.store.stories import assign_story
from storyline.timeml import day_range

WriteResult = Literal["new", "unchanged", "replaced"]


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


def _article_row(a: Article) -> list:
    s = a.source
    return [
        a.id, content_hash(a.text), s.path, s.line, s.key, s.url, s.outlet, s.format,
        a.title, a.byline, a.credit, a.published.date, a.published.how, a.language, a.text,
        a.duplicate_of, a.patchwork, a.story, json.dumps(a.to_record(), ensure_ascii=False),
    ]  # fmt: skip


def _part_rows(a: Article) -> dict[str, list[list]]:
    def ends(span):
        return [span[0], span[1]] if span else [None, None]

    def side(ea):
        return [ea.actor, ea.name, ea.country, ea.code] if ea else [None] * 4

    return {
        "removed": [[a.id, i, r.text, r.reason] for i, r in enumerate(a.removed)],
        "actors": [[a.id, x.id, x.name, x.kind, x.country, x.sector, x.role, x.code]
                   for x in a.actors],
        "mentions": [[a.id, x.id, i, m.text, *ends(m.span)]
                     for x in a.actors for i, m in enumerate(x.mentions)],
        "times": [[a.id, i, t.text, t.value, t.grain, *ends(t.span)]
                  for i, t in enumerate(a.times)],
        "places": [[a.id, i, p.text, p.country, p.lat, p.lon, *ends(p.span)]
                   for i, p in enumerate(a.places)],
        "events": [[a.id, i, e.type, e.mode, e.cameo, e.quad_class, e.goldstein,
                    *side(e.source), *side(e.target), e.date, *_days(e.date), e.date_how, e.place,
                    e.negated, e.hypothetical, e.reported_by, e.confidence, e.trigger,
                    e.sentence, *ends(e.span)] for i, e in enumerate(a.events)],
        "quotes": [[a.id, i, *(_speaker(q)), q.text, q.kind, q.cue, *ends(q.span)]
                   for i, q in enumerate(a.quotes)],
    }


def _days(value: str | None) -> list:
    return list(day_range(value) or (None, None))


def _speaker(q) -> list:
    sp = q.speaker
    if sp is None:
        return [None] * 5
    start, end = sp.span if sp.span else (None, None)
    return [sp.actor, sp.name, sp.text, start, end]


def write_article(con: duckdb.DuckDBPyConnection, article: Article, *, replace: bool = False
                  ) -> WriteResult:
    """Store one article with all its parts in one transaction.

    The id is a hash of source identity and text, so the same input again is "unchanged" and
    writes nothing; ``replace`` re-writes it (after the understanding code changed).
    The article is linked against the near-duplicate index in the same transaction: its
    ``duplicate_of`` is set to the earliest stored copy, and its band buckets are indexed. A
    replaced article keeps its links and ingest time (its text, hence its fingerprint, is the
    same: the id hashes it).
    Its sentences are linked against the sentence index in the same transaction too: ``links``
    and ``patchwork`` are set (connect/provenance.py, connect/patchwork.py), written to the
    `links` table with the off-topic spans, and its sentence keys indexed.
    """
    old = con.execute(
        "SELECT duplicate_of, ingested_at, patchwork FROM articles WHERE id = ?", [article.id]
    ).fetchone()
    if old and not replace:
        return "unchanged"
    fp = None if old else fingerprint(article.text)
    sentences = [] if old else split(article.text)
    keys = sentence_keys(sentences)
    con.begin()
    try:
        if old:
            for table in (*ARTICLE_PARTS, "articles"):
                key = "id" if table == "articles" else "article_id"
                con.execute(f"DELETE FROM {table} WHERE {key} = ?", [article.id])
            article.duplicate_of, article.patchwork = old[0], old[2] or 0.0
            article.links = sentence_index.stored_links(con, article.id)
        else:
            article.duplicate_of = link_index.link(con, article.id, article.published.date, fp)
            article.links, found = sentence_index.link(
                con, article.published.date, article.text, sentences, keys)
            article.patchwork = found.score
        article.story = assign_story(con, article)
        row = _article_row(article)
        ingested = "?" if old else "DEFAULT"
        con.execute(f"INSERT INTO articles VALUES ({_placeholders(len(row))}, {ingested})",
                    row + [old[1]] if old else row)
        for table, rows in _part_rows(article).items():
            if rows:
                con.executemany(
                    f"INSERT INTO {table} VALUES ({_placeholders(len(rows[0]))})", rows
                )
        if fp is not None:
            link_index.add(con, article.id, fp)
            sentence_index.add(con, article.id, sentences, keys)
            sentence_index.write_links(con, article.id, article.links, found.offtopic)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return "replaced" if old else "new"


def rejected_id(rejected: Rejected) -> str:
    s = rejected.source
    identity = f"{s.url or s.path}#{s.line}#{rejected.reason}"
    return hashlib.sha256(identity.encode()).hexdigest()[:16]


def write_rejected(con: duckdb.DuckDBPyConnection, rejected: Rejected) -> WriteResult:
    """Record an input that could not be read; the same rejection twice is stored once."""
    s = rejected.source
    rid = rejected_id(rejected)
    if con.execute("SELECT 1 FROM rejected WHERE id = ?", [rid]).fetchone():
        return "unchanged"
    con.execute(
        "INSERT INTO rejected VALUES (?, ?, ?, ?, ?, ?, ?, DEFAULT)",
        [rid, s.path, s.line, s.key, s.url, s.format, rejected.reason],
    )
    return "new"
