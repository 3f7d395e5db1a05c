"""Sentence fingerprints: LSH band keys of each sentence's content-word MinHash.

A sentence's fingerprint is the set of its stemmed content words (sentences.py); its MinHash
has BANDS * ROWS values and each band of ROWS values becomes one signed 64-bit key. Two
sentences share a key with probability 1 - (1 - J^ROWS)^BANDS for content-word Jaccard J.

Measured on Wikinews sentences (benchmarks/provenance.py's spinner, per sentence): with 20% of
content words swapped for synonyms the content-word Jaccard to the original sentence has median
0.70, 10th percentile 0.44, 5th 0.33 (30% spin: 0.59 / 0.33 / 0.25). With ROWS = 2 and
BANDS = 10 a pair at J = 0.44 shares a key 0.89 of the time, at 0.33 0.70, at 0.70 0.9995;
two unrelated sentences, which share few content words (J mostly 0), rarely do. Each key is one
index probe at link time (about 15 us in DuckDB), so BANDS is kept as low as recall allows.
Words are hashed and permuted by connect/minhash.py.

Two news sentences on one topic often share two content words, and then a key by chance
(r = 2). So each stored sentence also keeps a 64-bit sketch of its content words (one bit per
word, stored beside each of its keys); a candidate is verified only when the sketches'
estimated Jaccard is >= SKETCH_MIN.
"""

from __future__ import annotations

import zlib

import numpy as np

from storyline.connect.minhash import Permutations
from storyline.connect.sentences import Sentence

BANDS = 10
ROWS = 2
SEED = 11
SKETCH_BITS = 64
SKETCH_MIN = 0.25
PARAMS = f"content-stems/blake2b-splitmix-minhash/b{BANDS}r{ROWS}-seed{SEED}/sketch{SKETCH_BITS}"

_PERMUTATIONS = Permutations(BANDS * ROWS, SEED)
_SALT = np.random.default_rng(SEED + 1).integers(0, 1 << 63, BANDS, dtype=np.uint64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_ALL = (1 << 64) - 1


def sentence_keys(sentences: list[Sentence]) -> list[tuple[int, int]]:
    """(sentence index, key) for every band of every linkable sentence, in sentence order."""
    seqs = [i for i, s in enumerate(sentences) if s.linkable]
    if not seqs:
        return []
    words = [sorted(sentences[i].content) for i in seqs]
    sig = _PERMUTATIONS.signatures(words).reshape(len(seqs), BANDS, ROWS)
    keys = np.broadcast_to(_SALT, (len(seqs), BANDS)).copy()
    for r in range(ROWS):
        keys = (keys ^ sig[:, :, r]) * _MIX  # wraps mod 2^64
    keys = keys.view(np.int64)
    return [(seq, int(k)) for seq, row in zip(seqs, keys, strict=True) for k in row]


def sketch(sentence: Sentence) -> int:
    """A SKETCH_BITS-bit set of the sentence's content words, as a signed 64-bit integer."""
    bits = 0
    for w in sentence.content:
        bits |= 1 << (zlib.crc32(w.encode()) % SKETCH_BITS)
    return bits - (1 << 64) if bits >> 63 else bits


def sketch_jaccard(a: int, b: int) -> float:
    a, b = a & _ALL, b & _ALL
    union = (a | b).bit_count()
    return (a & b).bit_count() / union if union else 0.0
