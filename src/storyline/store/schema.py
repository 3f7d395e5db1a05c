"""Tables of the embedded store. One article is written in one transaction across them."""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    path VARCHAR, line INTEGER, key VARCHAR, url VARCHAR, outlet VARCHAR, format VARCHAR,
    title VARCHAR,
    byline VARCHAR[],
    credit VARCHAR,
    published DATE,
    published_how VARCHAR,
    language VARCHAR,
    text VARCHAR NOT NULL,
    duplicate_of VARCHAR,
    patchwork DOUBLE,
    story VARCHAR,
    record JSON NOT NULL,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS removed (
    article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
    text VARCHAR, reason VARCHAR,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL,
    name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR, code VARCHAR,
    PRIMARY KEY (article_id, actor_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
    text VARCHAR, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (article_id, actor_id, seq)
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
    text VARCHAR, value VARCHAR, grain VARCHAR, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
    text VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
    type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_actor VARCHAR, source_name VARCHAR, source_country VARCHAR, source_code VARCHAR,
    target_actor VARCHAR, target_name VARCHAR, target_country VARCHAR, target_code VARCHAR,
    date VARCHAR, date_start DATE, date_end DATE, date_how VARCHAR, place VARCHAR,
    negated BOOLEAN, hypothetical BOOLEAN, reported_by VARCHAR,
    confidence DOUBLE, trigger VARCHAR, sentence VARCHAR, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
    speaker_actor VARCHAR, speaker_name VARCHAR, speaker_text VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER,
    text VARCHAR, kind VARCHAR, cue VARCHAR, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS rejected (
    id VARCHAR PRIMARY KEY,
    path VARCHAR, line INTEGER, key VARCHAR, url VARCHAR, format VARCHAR,
    reason VARCHAR NOT NULL,
    seen_at TIMESTAMP DEFAULT current_timestamp
);
-- The near-duplicate index (store/link_index.py): one row per LSH band of each article's
-- MinHash signature; bucket hashes the band number with the band's values.
CREATE TABLE IF NOT EXISTS link_bands (
    bucket BIGINT NOT NULL,
    band SMALLINT NOT NULL,
    article_id VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS link_bands_bucket ON link_bands (bucket);
-- Each article's MinHash signature (NUM_PERM little-endian uint32), to estimate the Jaccard of
-- a candidate before reading and re-shingling its text.
CREATE TABLE IF NOT EXISTS link_signatures (
    article_id VARCHAR NOT NULL,
    signature BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS link_signatures_article ON link_signatures (article_id);
-- The sentence fingerprint index (store/sentence_index.py): a small integer per indexed article,
-- each linkable sentence's span and word sketch, and one row per LSH band key of each
-- (seq: the sentence's index in the article's sentences, connect/sentences.py).
CREATE SEQUENCE IF NOT EXISTS link_num START 1;
CREATE TABLE IF NOT EXISTS link_articles (
    num INTEGER NOT NULL,
    article_id VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS link_articles_num ON link_articles (num);
CREATE TABLE IF NOT EXISTS link_sentences (
    num INTEGER NOT NULL, seq SMALLINT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS link_sentences_num ON link_sentences (num);
CREATE TABLE IF NOT EXISTS sentence_bands (
    bucket BIGINT NOT NULL,
    num INTEGER NOT NULL,
    seq SMALLINT NOT NULL,
    sketch BIGINT NOT NULL  -- the sentence's content words, one bit each (sentence_hash.py)
);
CREATE INDEX IF NOT EXISTS sentence_bands_bucket ON sentence_bands (bucket);
-- How many stored sentences carry each key: a key carried by more than KEY_CAP of them is a
-- stop key (common words meeting by chance), skipped at lookup so linking stays flat.
CREATE TABLE IF NOT EXISTS sentence_key_counts (bucket BIGINT PRIMARY KEY, n INTEGER NOT NULL);
-- Sentence provenance: the article's `links` (kind copy or rewrite) and its off-topic spans
-- (kind offtopic, no source). Spans are [start, end) offsets into each article's text.
CREATE TABLE IF NOT EXISTS links (
    article_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
    span_start INTEGER, span_end INTEGER,
    source_article VARCHAR, source_start INTEGER, source_end INTEGER,
    kind VARCHAR NOT NULL, similarity DOUBLE
);
CREATE INDEX IF NOT EXISTS links_article ON links (article_id);
"""

# Tables holding one article's parts, keyed by article_id (deleted together on replace).
ARTICLE_PARTS = ("removed", "actors", "mentions", "times", "places", "events", "quotes")
