"""Stories in the store: each article's story, the story centroids and their term index.

`assign_story` runs inside the article's write transaction (after near-duplicate linking, so
``duplicate_of`` is known) and returns the story id to put in the record:

- an article already assigned keeps its story (re-writes and `--replace` change nothing);
- a duplicate joins its original's story and leaves the centroid alone (a copy is one source
  more, not more evidence of what the story is about);
- otherwise the stories sharing its most telling terms are found through `story_terms`
  (term -> story, indexed on term: no scan of all stories), scored (connect/stories.py), and
  the article joins the best one at or above the threshold, or starts a new story whose id is
  the article's own id (stable: it never changes as the story grows).

A story's title is the title of its earliest published article (not a copy).
`backfill` assigns, in ingest order, the stored articles that have no story yet (stores
written before stories existed, or by a writer that does not call `assign_story`).
"""

from __future__ import annotations

import datetime as dt
import json

import duckdb

from storyline.connect import stories as clustering
from storyline.model import Article

TABLES = """
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    title_article VARCHAR,
    title_date DATE,
    first_date DATE,
    last_date DATE,
    articles INTEGER NOT NULL,
    created_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS story_articles (
    article_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    how VARCHAR NOT NULL,  -- new | similar | duplicate
    score DOUBLE
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
CREATE TABLE IF NOT EXISTS story_terms (
    story_id VARCHAR NOT NULL,
    term VARCHAR NOT NULL,
    weight DOUBLE NOT NULL
);
CREATE INDEX IF NOT EXISTS story_terms_term ON story_terms (term);
CREATE INDEX IF NOT EXISTS story_terms_story ON story_terms (story_id);
-- Document frequencies of story terms over the articles clustered so far (not copies); the
-- row with term '' counts those articles.
CREATE TABLE IF NOT EXISTS story_df (
    term VARCHAR PRIMARY KEY,
    df INTEGER NOT NULL
);
"""
CANDIDATES = 10  # stories scored in full per article, the best by partial dot product


def ensure_story_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(TABLES)


def story_of(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    row = con.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ?", [article_id]
    ).fetchone()
    return row[0] if row else None


def assign_story(con: duckdb.DuckDBPyConnection, article: Article, *,
                 threshold: float = clustering.THRESHOLD) -> str:
    """The story of a new article (joining or starting one); call inside its transaction."""
    known = story_of(con, article.id)
    if known:
        return known
    day = clustering.day(article.published.date)
    if article.duplicate_of:
        original = story_of(con, article.duplicate_of)
        if original:
            _join(con, original, article, day, "duplicate", None)
            return original
    f = clustering.features(article)
    n = _documents(con)
    best, score = _best_story(con, f, n, threshold)
    if best is None:
        best = article.id
        con.execute("INSERT INTO stories VALUES (?, NULL, NULL, NULL, ?, ?, 0, DEFAULT)",
                    [best, day, day])
    _join(con, best, article, day, "similar" if score else "new", score)
    _add_terms(con, best, f.terms)
    _count_terms(con, f.terms)
    return best


def _documents(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT df FROM story_df WHERE term = ''").fetchone()
    return row[0] if row else 0


def _dfs(con: duckdb.DuckDBPyConnection, terms: list[str]) -> dict[str, int]:
    if not terms:
        return {}
    rows = con.execute("SELECT term, df FROM story_df WHERE term IN "
                       f"({', '.join('?' * len(terms))})", terms).fetchall()
    return dict(rows)


def _best_story(con: duckdb.DuckDBPyConnection, f: clustering.Features, n: int,
                threshold: float) -> tuple[str | None, float | None]:
    if not f.terms or n == 0:
        return None, None
    dfs = _dfs(con, list(f.terms))
    probe = clustering.query_terms(f.terms, dfs, n)
    marks = ", ".join("?" * len(probe))
    rows = con.execute(
        "SELECT t.story_id, t.term, t.weight FROM story_terms t JOIN stories s"
        f" ON s.id = t.story_id WHERE t.term IN ({marks}) AND (?::DATE IS NULL"
        " OR s.first_date IS NULL OR (s.last_date >= ?::DATE - ?::INTEGER"
        " AND s.first_date <= ?::DATE + ?::INTEGER))",
        [*probe, f.day, f.day, clustering.MAX_GAP_DAYS, f.day, clustering.MAX_GAP_DAYS],
    ).fetchall()
    mine = clustering.weighted(f.terms, dfs, n)
    partial: dict[str, float] = {}
    for story, term, weight in rows:
        partial[story] = partial.get(story, 0.0) + mine[term] * weight * clustering.idf(
            dfs.get(term, 1), n)
    ranked = sorted(partial, key=lambda s: (-partial[s], s))[:CANDIDATES]
    best, best_score = None, None
    for story, (first, last), centroid in _load(con, ranked):
        factor = clustering.time_factor(f.day, first, last)
        if factor == 0.0:
            continue
        theirs = clustering.weighted(centroid, _dfs(con, list(centroid)), n)
        score = clustering.cosine(mine, theirs) * factor
        if score >= threshold and (best_score is None or score > best_score):
            best, best_score = story, score
    return best, best_score


def _load(con: duckdb.DuckDBPyConnection, ids: list[str]):
    """(story id, (first day, last day), centroid) of each story, in the order given."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    days = {i: (a, b) for i, a, b in con.execute(
        f"SELECT id, first_date, last_date FROM stories WHERE id IN ({marks})", ids).fetchall()}
    centroids: dict[str, dict[str, float]] = {i: {} for i in ids}
    for story, term, weight in con.execute(
            f"SELECT story_id, term, weight FROM story_terms WHERE story_id IN ({marks})",
            ids).fetchall():
        centroids[story][term] = weight
    return [(i, days.get(i, (None, None)), centroids[i]) for i in ids if i in days]


def _join(con: duckdb.DuckDBPyConnection, story: str, article: Article, day: dt.date | None,
          how: str, score: float | None) -> None:
    con.execute("INSERT INTO story_articles VALUES (?, ?, ?, ?)", [article.id, story, how, score])
    con.execute(
        "UPDATE stories SET articles = articles + 1,"
        " first_date = least(coalesce(first_date, ?::DATE), coalesce(?::DATE, first_date)),"
        " last_date = greatest(coalesce(last_date, ?::DATE), coalesce(?::DATE, last_date))"
        " WHERE id = ?", [day, day, day, day, story])
    if how != "duplicate" and article.title:
        _maybe_title(con, story, article, day)


def _maybe_title(con: duckdb.DuckDBPyConnection, story: str, article: Article,
                 day: dt.date | None) -> None:
    """The earliest published article (first stored among equals) names the story."""
    title_date, title = con.execute(
        "SELECT title_date, title FROM stories WHERE id = ?", [story]).fetchone()
    if title is None or (day is not None and (title_date is None or day < title_date)):
        con.execute("UPDATE stories SET title = ?, title_article = ?, title_date = ? WHERE id = ?",
                    [article.title, article.id, day, story])


def _add_terms(con: duckdb.DuckDBPyConnection, story: str, terms: dict[str, float]) -> None:
    centroid = dict(con.execute(
        "SELECT term, weight FROM story_terms WHERE story_id = ?", [story]).fetchall())
    merged = clustering.add_to_centroid(centroid, terms)
    con.execute("DELETE FROM story_terms WHERE story_id = ?", [story])
    if merged:
        con.execute("INSERT INTO story_terms SELECT ?, unnest(?::VARCHAR[]), unnest(?::DOUBLE[])",
                    [story, list(merged), list(merged.values())])


def _count_terms(con: duckdb.DuckDBPyConnection, terms: dict[str, float]) -> None:
    con.execute(
        "INSERT INTO story_df SELECT unnest(?::VARCHAR[]), 1"
        " ON CONFLICT (term) DO UPDATE SET df = df + 1", [["", *terms]])


def backfill(con: duckdb.DuckDBPyConnection, *,
             threshold: float = clustering.THRESHOLD) -> int:
    """Assign every stored article without a story, in ingest order, one transaction each;
    the story id is also written to the article row and its record. Returns how many."""
    ensure_story_tables(con)
    ids = [r[0] for r in con.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        " ORDER BY ingested_at, id").fetchall()]
    for article_id in ids:
        record, duplicate_of = con.execute(
            "SELECT record, duplicate_of FROM articles WHERE id = ?", [article_id]).fetchone()
        article = Article.model_validate(json.loads(record))
        article.duplicate_of = duplicate_of  # the column is kept current when copies re-point
        con.begin()
        try:
            story = assign_story(con, article, threshold=threshold)
            con.execute(
                "UPDATE articles SET story = ?,"
                " record = json_merge_patch(record, json_object('story', ?::VARCHAR))"
                " WHERE id = ?", [story, story, article_id])
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return len(ids)
