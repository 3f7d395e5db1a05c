"""Exact and near-duplicate articles: MinHash LSH candidates, verified on shingle sets.

An article's fingerprint is its set of word-bigram shingles (shingles.py), a MinHash signature
of that set (connect/minhash.py, 256 permutations) and 64 band buckets of 4 signature values
each. The store keeps the buckets (store/link_index.py); an article that shares a bucket with a
stored one is a candidate, and a candidate is a duplicate when the exact shingle sets, computed from
the candidate's stored text, give

    Jaccard >= 0.5, or containment (overlap / smaller set) >= 0.8 with both sets >= 25 shingles.

Chosen by measurement on Wikinews (benchmarks/provenance.py, 295 articles, 4 copies each):
with sentence-internal word bigrams the lowest Jaccard to the original was 0.65 for syndicated
copies (new headline, furniture lines), 0.72 for copies with 10% of content words swapped for
synonyms and sentences shuffled, 0.58 at 20%, 0.48 at 30%; the highest between two distinct
originals was 0.45 (templated candidate interviews), the highest containment 0.65.
Word 3-grams put 20%-spun copies at 0.48 with negatives at 0.40 (a thinner margin); character
5-grams put negatives at 0.47 and syndicated copies at 0.60. Containment catches a copy padded
with much new text (Jaccard falls, containment stays near 1).

A candidate's stored signature is compared first: only those whose estimated Jaccard is
>= 0.3 are read and verified (with 256 permutations the estimate's standard deviation is <= 0.031,
so a pair at 0.5 is never dropped; a padded copy whose Jaccard is under 0.3 is lost, but such a
pair shares a band only 41% of the time anyway). Without it, candidates that share a band by
chance (same-topic articles, templated pieces: 1.6e-4 of Wikinews pairs) were each re-shingled,
and linking time grew with the store.

Bands: the chance that a pair of Jaccard J shares a bucket is 1 - (1 - J^4)^64: 0.984 at
J = 0.5, 0.998 at 0.6, 0.9999 at 0.7, but 1e-5 at J = 0.02 (unrelated news), so the number of
candidates per lookup does not grow with the store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from storyline.connect.minhash import Permutations
from storyline.connect.shingles import SHINGLE_N, shingles

NUM_PERM = 256
BANDS = 64
ROWS = 4  # BANDS * ROWS == NUM_PERM
SEED = 1
SCHEME = "blake2b-splitmix64"
JACCARD_MIN = 0.5
CONTAINMENT_MIN = 0.8
CONTAINMENT_MIN_SHINGLES = 25
SIGNATURE_MIN = 0.3

# Written into the store beside the index: a store built with other settings is re-indexed.
PARAMS = f"word{SHINGLE_N}/minhash{NUM_PERM}-{SCHEME}-seed{SEED}/b{BANDS}r{ROWS}"

_PERMUTATIONS = Permutations(NUM_PERM, SEED)


@dataclass
class Fingerprint:
    shingles: set[str]
    buckets: list[int]  # one signed 64-bit bucket id per band
    signature: bytes = b""  # NUM_PERM little-endian uint32 values


@dataclass
class Stored:
    """A stored article as the linker sees it."""

    id: str
    text: str
    order: tuple  # sorts earliest first: (published or max date, ingest time, id)
    duplicate_of: str | None = None


@dataclass
class Match:
    id: str
    jaccard: float
    containment: float


def signature(shingle_set: Iterable[str]) -> np.ndarray:
    """The MinHash signature (NUM_PERM values) of a shingle set."""
    # the low 32 bits are kept: stored signatures are uint32, and equality is what counts
    return _PERMUTATIONS.signatures([sorted(shingle_set)])[0] & np.uint64(0xFFFFFFFF)


def band_buckets(hashvalues: np.ndarray) -> list[int]:
    """One bucket id per band: a hash of the band number and its ROWS signature values."""
    values = np.asarray(hashvalues, dtype="<u8").reshape(BANDS, ROWS)
    out = []
    for band, row in enumerate(values):
        digest = hashlib.blake2b(row.tobytes(), digest_size=8, salt=band.to_bytes(2, "little"))
        out.append(int.from_bytes(digest.digest(), "little", signed=True))
    return out


def fingerprint(text: str) -> Fingerprint:
    sh = shingles(text)
    if not sh:
        return Fingerprint(sh, [])
    sig = signature(sh)
    return Fingerprint(sh, band_buckets(sig), sig.astype("<u4").tobytes())


def estimated_jaccard(a: bytes, b: bytes) -> float:
    """The share of equal MinHash values of two stored signatures."""
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float((x == y).mean()) if len(x) == len(y) and len(x) else 0.0


def likely(fp: Fingerprint, signatures: dict[str, bytes]) -> list[str]:
    """The candidate ids whose signature suggests a Jaccard worth verifying."""
    return sorted(i for i, sig in signatures.items()
                  if estimated_jaccard(fp.signature, sig) >= SIGNATURE_MIN)


def similarity(a: set[str], b: set[str]) -> Match:
    """Jaccard and containment of two shingle sets (the id is filled by the caller)."""
    inter = len(a & b)
    union = len(a) + len(b) - inter
    smaller = min(len(a), len(b))
    return Match("", inter / union if union else 0.0, inter / smaller if smaller else 0.0)


def is_duplicate(m: Match, a: set[str], b: set[str]) -> bool:
    if m.jaccard >= JACCARD_MIN:
        return True
    big_enough = min(len(a), len(b)) >= CONTAINMENT_MIN_SHINGLES
    return big_enough and m.containment >= CONTAINMENT_MIN


def verify(fp: Fingerprint, candidates: Iterable[Stored]) -> list[Match]:
    """The candidates that are duplicates of the fingerprinted text, best first."""
    out = []
    for c in candidates:
        other = shingles(c.text)
        m = similarity(fp.shingles, other)
        if is_duplicate(m, fp.shingles, other):
            m.id = c.id
            out.append(m)
    return sorted(out, key=lambda m: (-m.jaccard, m.id))


def earliest(new: Stored, group: list[Stored]) -> Stored:
    """The earliest copy among the new article and the stored ones it duplicates
    (by publication date, then ingest order)."""
    return min([new, *group], key=lambda s: s.order)
