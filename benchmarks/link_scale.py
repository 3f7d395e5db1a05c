"""Linking cost as the store grows: per-article link time at 1k, 10k and 100k indexed articles.

    python benchmarks/link_scale.py [--sizes 1000,10000,100000] [--probe 200] [--words 250]

Synthetic texts: sentences of Zipf-distributed words (exponent 1.2) from a 50,000-word
invented vocabulary. The exponent was set so that two unrelated texts share a band about as
often as two Wikinews articles do (1.9e-4 vs 1.6e-4 per pair, from the pairs' bigram Jaccard;
the synthetic median Jaccard is 0.04, Wikinews' 0.011 with a tail of same-topic pieces), so the
number of chance candidates per lookup grows with the store as it would on news.
The store is filled in bulk (articles rows and their band buckets, fingerprinted by the real
code, loaded with one INSERT per table), growing from one size to the next. At each size,
`--probe` new articles are linked: half are fresh texts, half are edited copies (10% of words
changed) of random stored articles, so candidate lookup and verification both run. Link time
is both linkers as write_article runs them: the near-duplicate one (shingles + MinHash + bands,
candidate query, loading and verifying candidates) and sentence provenance (split, sentence
keys, key lookup, candidate sentences aligned, patchwork); the sentence index is filled from
the same texts (the most frequent ranks of the vocabulary are English stop words, which the
sentence fingerprints leave out, as in news); each probe is rolled back so the size stays fixed.
Prints ms/article per size (median, judged, as other jobs on the machine inflate the mean; and
mean) and the ratio of the largest size's median to the smallest's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("STORYLINE_DB_MEMORY", "4GB")  # 100k articles' link indexes
sys.path.insert(0, str(ROOT / "src"))

from storyline.connect.duplicates import BANDS, fingerprint  # noqa: E402
from storyline.connect.sentence_hash import sentence_keys, sketch  # noqa: E402
from storyline.connect.sentences import split  # noqa: E402
from storyline.store import link_index, sentence_index  # noqa: E402
from storyline.store.db import open_store  # noqa: E402

VOCAB = 50_000
ZIPF = 1.2  # chance candidates about as often as among Wikinews articles (see the docstring)
SENTENCE = 20


def make_vocab(rng: np.random.Generator) -> np.ndarray:
    """Invented words, except that the most frequent ranks are English stop words, as in news
    (the sentence fingerprints leave stop words out)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(3, 10, VOCAB)
    words = ["".join(rng.choice(letters, n)) for n in lengths]
    stop = sorted(w for w in STOP_WORDS if w.isalpha())
    words[: len(stop)] = stop
    return np.array(words)


def make_texts(rng: np.random.Generator, vocab: np.ndarray, n: int, words: int) -> list[str]:
    ranks = rng.zipf(ZIPF, size=(n, words)) - 1
    tail = ranks >= VOCAB  # past the vocabulary: any word, uniformly
    ranks[tail] = rng.integers(VOCAB, size=int(tail.sum()))
    out = []
    for row in vocab[ranks]:
        sentences = [" ".join(row[i : i + SENTENCE]) for i in range(0, words, SENTENCE)]
        out.append(". ".join(s.capitalize() for s in sentences) + ".")
    return out


def edit(text: str, vocab: np.ndarray, rng: np.random.Generator, share: float = 0.1) -> str:
    words = text.split(" ")
    for i in rng.choice(len(words), int(share * len(words)), replace=False):
        words[i] = str(vocab[rng.integers(VOCAB)])
    return " ".join(words)


def bulk_load(con, texts: list[str], start: int) -> None:
    """Insert articles and their band rows in two statements."""
    ids = np.array([f"{start + i:016x}" for i in range(len(texts))])
    fps = [fingerprint(t) for t in texts]
    buckets = np.array([f.buckets for f in fps], dtype=np.int64).reshape(-1)
    band = np.tile(np.arange(BANDS, dtype=np.int16), len(texts))
    # DuckDB reads these local dicts of numpy arrays by name in the SQL below
    arts = {"id": ids, "text": np.array(texts, dtype=object)}  # noqa: F841
    bands = {"bucket": buckets, "band": band, "article_id": np.repeat(ids, BANDS)}  # noqa: F841
    sigs = {"article_id": ids, "sig": np.array([f.signature for f in fps], dtype=object)}  # noqa: F841
    con.execute("INSERT INTO articles (id, content_hash, text, published, record)"
                " SELECT id, id, text, DATE '2020-01-01', '{}' FROM arts")
    con.execute("INSERT INTO link_bands SELECT bucket, band, article_id FROM bands")
    con.execute("INSERT INTO link_signatures SELECT article_id, sig::BLOB FROM sigs")
    sent = {"num": [], "seq": [], "start": [], "end": []}
    band = {"bucket": [], "num": [], "seq": [], "sketch": []}
    for i, text in enumerate(texts):
        sentences = split(text)
        for seq, s in enumerate(sentences):
            if s.linkable:
                for k, v in zip(sent, (start + i, seq, s.start, s.end), strict=True):
                    sent[k].append(v)
        sketches = {seq: sketch(sentences[seq]) for seq in sent["seq"][-len(sentences):]}
        for seq, key in sentence_keys(sentences):
            for k, v in zip(band, (key, start + i, seq, sketches[seq]), strict=True):
                band[k].append(v)
    nums = {"num": np.arange(start, start + len(texts), dtype=np.int32), "id": ids}  # noqa: F841
    sents = {k: np.array(v) for k, v in sent.items()}  # noqa: F841
    keys = {k: np.array(v, dtype=np.int64) for k, v in band.items()}  # noqa: F841
    con.execute("INSERT INTO link_articles SELECT num, id FROM nums")
    con.execute("INSERT INTO link_sentences SELECT num, seq, start, \"end\" FROM sents")
    con.execute("INSERT INTO sentence_bands SELECT bucket, num, seq, sketch FROM keys")
    sentence_index.count_keys(con, band["bucket"])


def probe(con, texts: list[str]) -> tuple[list[float], int]:
    """ms to link each text (rolled back afterwards) and how many found a copy."""
    found, times = 0, []
    for i, text in enumerate(texts):
        con.begin()
        t = time.perf_counter()
        fp = fingerprint(text)
        found += link_index.link(con, f"probe{i:012d}", "2020-01-02", fp) is not None
        sentences = split(text)
        sentence_index.link(con, "2020-01-02", text, sentences, sentence_keys(sentences))
        times.append((time.perf_counter() - t) * 1000)
        con.rollback()
    return times, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probe", type=int, default=200)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rng = np.random.default_rng(args.seed)
    vocab = make_vocab(rng)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        con = open_store(Path(tmp) / "scale.duckdb")
        stored: list[str] = []
        for size in sizes:
            t = time.perf_counter()
            while len(stored) < size:
                batch = make_texts(rng, vocab, min(10_000, size - len(stored)), args.words)
                bulk_load(con, batch, len(stored))
                stored.extend(batch)
            load_s = time.perf_counter() - t
            half = args.probe // 2
            copies = [edit(stored[j], vocab, rng) for j in rng.integers(len(stored), size=half)]
            probes = make_texts(rng, vocab, args.probe - half, args.words) + copies
            probe(con, probes[:50])  # warm the index pages
            times, found = probe(con, probes)
            ms = float(np.median(times))
            results.append((size, ms))
            print(f"{size:>7} indexed: median {ms:.2f} ms/article linked, mean"
                  f" {np.mean(times):.2f} ({found}/{len(probes)} found a copy, {half} were"
                  f" copies); filled in {load_s:.0f} s", flush=True)
        con.close()
    (small, ms_small), (large, ms_large) = results[0], results[-1]
    print(f"median link time {ms_small:.2f} ms/article at {small:,}, {ms_large:.2f} at"
          f" {large:,}: ratio {ms_large / ms_small:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
