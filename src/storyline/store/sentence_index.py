"""The sentence fingerprint index and the sentence links, in the store.

`link_articles` gives each indexed article a small integer (`num`); `link_sentences` holds
each linkable sentence's span, `sentence_bands` one row per band key of each with the
sentence's content-word sketch (connect/sentence_hash.py): (key, num, sentence index, sketch).
Linking a new article is one indexed lookup of its keys (the sketches drop chance matches),
then, for the candidate articles left, one of their ids, one of their texts and one of their
sentence spans; only the candidate sentences are re-tokenised. Articles 1..N are not read.
`links` holds each article's sentence links and its off-topic spans (kind `offtopic`, no
source): the model has no field for those yet. The writer calls `link`, `add` and
`write_links` inside the article's own transaction.
"""

from __future__ import annotations

import duckdb

from storyline.connect import patchwork, provenance
from storyline.connect.duplicates import Stored
from storyline.connect.sentence_hash import (
    PARAMS,
    SKETCH_MIN,
    sentence_keys,
    sketch,
    sketch_jaccard,
)
from storyline.connect.sentences import Sentence, sentence, split
from storyline.model import SourceLink
from storyline.store import link_index

META_KEY = "sentence_index"
# Candidates verified per new sentence, the closest by sketch first: bounds the alignment work
# when a sentence's words are common in the store (an original and a few copies fit).
MAX_PER_SENTENCE = 8
# A key on more stored sentences than this is a stop key: two or three common content words
# that meet by chance in many sentences. Its postings grow with the store, so it is skipped at
# lookup; the sentence's other keys still find a real copy (see the module docstring).
KEY_CAP = 16
INDEX_PARAMS = f"{PARAMS}/cap{KEY_CAP}"  # written into meta: other settings mean a re-index
_REINDEX_BATCH = 500


def add(con: duckdb.DuckDBPyConnection, article_id: str, sentences: list[Sentence],
        keys: list[tuple[int, int]]) -> None:
    """Index an article's linkable sentences and their keys under a new article number."""
    num = con.execute("SELECT nextval('link_num')").fetchone()[0]
    con.execute("INSERT INTO link_articles VALUES (?, ?)", [num, article_id])
    seqs = [i for i, s in enumerate(sentences) if s.linkable]
    if not seqs:
        return
    con.execute(
        "INSERT INTO link_sentences SELECT ?, unnest(?::SMALLINT[]), unnest(?::INTEGER[]),"
        " unnest(?::INTEGER[])",
        [num, seqs, [sentences[i].start for i in seqs], [sentences[i].end for i in seqs]],
    )
    sketches = {i: sketch(sentences[i]) for i in seqs}
    con.execute(
        "INSERT INTO sentence_bands SELECT unnest(?::BIGINT[]), ?, unnest(?::SMALLINT[]),"
        " unnest(?::BIGINT[])",
        [[k for _, k in keys], num, [i for i, _ in keys], [sketches[i] for i, _ in keys]],
    )
    count_keys(con, [k for _, k in keys])


def count_keys(con: duckdb.DuckDBPyConnection, keys: list[int]) -> None:
    con.execute(
        "INSERT INTO sentence_key_counts SELECT k, count(*) FROM unnest(?::BIGINT[]) t(k)"
        " GROUP BY k ON CONFLICT (bucket) DO UPDATE SET n = n + excluded.n", [keys])


def _in(values) -> str:
    """An IN list of integer literals: DuckDB probes the ART index value by value."""
    return f"({', '.join(str(int(v)) for v in values)})"


# Keys per lookup query: a long article has thousands, and one query with an IN list of
# thousands of literals cost ~45 MB of memory (kept by the allocator afterwards). Most articles
# have fewer than this, so they run the one query.
_KEYS_PER_QUERY = 1024


def _select_in(con: duckdb.DuckDBPyConnection, sql: str, values: list[int]) -> list[tuple]:
    """The rows of ``sql`` (ending in ``IN``) for the values, in batches of bounded size."""
    rows: list[tuple] = []
    for i in range(0, len(values), _KEYS_PER_QUERY):
        rows += con.execute(f"{sql} {_in(values[i : i + _KEYS_PER_QUERY])}").fetchall()
    return rows


def _hits(con: duckdb.DuckDBPyConnection, sentences: list[Sentence],
          keys: list[tuple[int, int]]) -> set[tuple[int, int, int]]:
    """(new sentence, num, seq) of the stored sentences sharing a key with a new sentence and
    enough content words by their sketches."""
    by_key: dict[int, list[int]] = {}
    for seq, key in keys:
        by_key.setdefault(key, []).append(seq)
    sketches = {i: sketch(sentences[i]) for i in {i for i, _ in keys}}
    if not by_key:
        return set()
    stop = _select_in(con, f"SELECT bucket FROM sentence_key_counts WHERE n > {KEY_CAP}"
                      " AND bucket IN", list(by_key))
    for (bucket,) in stop:
        del by_key[bucket]
    if not by_key:
        return set()
    rows = _select_in(con, "SELECT bucket, num, seq, sketch FROM sentence_bands WHERE bucket IN",
                      list(by_key))
    scored: dict[int, dict[tuple[int, int], float]] = {}
    for bucket, num, seq, bits in rows:
        for new in by_key[bucket]:
            j = sketch_jaccard(sketches[new], bits)
            if j >= SKETCH_MIN:
                scored.setdefault(new, {})[num, seq] = j
    return {(new, num, seq) for new, found in scored.items()
            for num, seq in sorted(found, key=found.get, reverse=True)[:MAX_PER_SENTENCE]}


def _articles(con: duckdb.DuckDBPyConnection, nums: set[int]) -> dict[int, Stored]:
    if not nums:
        return {}
    ids = dict(con.execute(
        f"SELECT num, article_id FROM link_articles WHERE num IN {_in(nums)}").fetchall())
    stored = {s.id: s for s in link_index.load(con, sorted(set(ids.values())))}
    return {n: stored[i] for n, i in ids.items() if i in stored}


def candidates(con: duckdb.DuckDBPyConnection, sentences: list[Sentence],
               keys: list[tuple[int, int]], published: str | None
               ) -> dict[int, list[provenance.Candidate]]:
    """The stored sentences sharing a key and enough content words (by sketch) with each new
    sentence, from articles not published after the new one."""
    if not keys:
        return {}
    hits = _hits(con, sentences, keys)
    if not hits:
        return {}
    day = link_index.published_day(published)
    articles = {n: s for n, s in _articles(con, {h[1] for h in hits}).items()
                if published is None or s.order[0] <= day}
    if not articles:
        return {}
    spans = {(num, seq): (start, end) for num, seq, start, end in con.execute(
        f"SELECT num, seq, span_start, span_end FROM link_sentences WHERE num IN {_in(articles)}"
    ).fetchall()}
    pairs = sorted((new, num, *spans[num, seq]) for new, num, seq in hits
                   if num in articles and (num, seq) in spans)
    out: dict[int, list[provenance.Candidate]] = {}
    found: dict[tuple[int, int], provenance.Candidate] = {}
    for new, num, start, end in pairs:
        if (num, start) not in found:
            found[num, start] = provenance.Candidate(
                articles[num], sentence(articles[num].text, start, end))
        out.setdefault(new, []).append(found[num, start])
    return out


def link(con: duckdb.DuckDBPyConnection, published: str | None, text: str,
         sentences: list[Sentence], keys: list[tuple[int, int]]
         ) -> tuple[list[SourceLink], patchwork.Patchwork]:
    """A new article's sentence links and patchwork assessment."""
    found = candidates(con, sentences, keys, published)
    links = provenance.links(sentences, found)
    roots = {c.article.id: c.article.duplicate_of or c.article.id
             for cs in found.values() for c in cs}
    return links, patchwork.assess(text, sentences, links, roots)


def write_links(con: duckdb.DuckDBPyConnection, article_id: str, links: list[SourceLink],
                offtopic: list[tuple[int, int]]) -> None:
    rows = [[*x.span, x.source_article, *x.source_span, x.kind, x.similarity] for x in links]
    rows += [[a, b, None, None, None, "offtopic", None] for a, b in offtopic]
    if not rows:
        return
    columns = [list(c) for c in zip(*rows, strict=True)]
    con.execute(
        "INSERT INTO links SELECT ?, unnest(range(?)), unnest(?::INTEGER[]),"
        " unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[]),"
        " unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::DOUBLE[])",
        [article_id, len(rows), *columns],
    )


def stored_links(con: duckdb.DuckDBPyConnection, article_id: str) -> list[SourceLink]:
    rows = con.execute(
        "SELECT span_start, span_end, source_article, source_start, source_end, kind, similarity"
        " FROM links WHERE article_id = ? AND kind <> 'offtopic' ORDER BY seq", [article_id]
    ).fetchall()
    return [SourceLink(span=(a, b), source_article=src, source_span=(c, d), kind=k,
                       similarity=sim) for a, b, src, c, d, k, sim in rows]


def ensure(con: duckdb.DuckDBPyConnection) -> None:
    """Re-index every stored article's sentences if the index was built with other settings
    (or before it existed). Links already recorded are kept."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    if row and row[0] == INDEX_PARAMS:
        return
    con.begin()
    try:
        con.execute("DELETE FROM sentence_bands")
        con.execute("DELETE FROM sentence_key_counts")
        con.execute("DELETE FROM link_articles")
        con.execute("DELETE FROM link_sentences")
        ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for i in range(0, len(ids), _REINDEX_BATCH):
            for s in link_index.load(con, ids[i : i + _REINDEX_BATCH]):
                sentences = split(s.text)
                add(con, s.id, sentences, sentence_keys(sentences))
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [META_KEY, INDEX_PARAMS])
        con.commit()
    except BaseException:
        con.rollback()
        raise
