"""Story clustering: which stored story a new article continues, scored without a store.

An article is described by a sparse term vector (``features``):

- ``w:`` content words of the title (counted twice) and the lead (the first LEAD_WORDS words),
  lower-cased, stop words and numbers dropped, a plural ``s`` trimmed;
- ``a:`` the canonical names of its resolved actors that are proper names (persons,
  organisations, countries and named groups; "two Canadians" and "officials" are left out),
  counted by mentions;
- ``d:`` the actor pairs of its events (unordered canonical names).

Counts are damped (1 + log n), each kind is scaled by its weight (KIND_WEIGHT) and the vector
is L2-normalised before IDF: a story's centroid is the sum of its articles' vectors, so every
article weighs the same. IDF (log((N + 1) / (df + 1)) + 1, N articles seen) is applied to both
sides when comparing, so a term's weight follows the store as it grows.

The score of an article against a story is the cosine of the two IDF-weighted vectors times a
time factor: 1 while the article's publication date lies within GRACE_DAYS of the story's
[first, last] dates, then decaying exponentially (TAU_DAYS), and 0 beyond MAX_GAP_DAYS.
An article joins the best story scoring >= THRESHOLD, else it starts a new one.
Threshold and weights are chosen by measurement: benchmarks/stories.py.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.model import Article

LEAD_WORDS = 400
TITLE_REPEAT = 2
KIND_WEIGHT = {"w": 1.0, "a": 1.5, "d": 0.7}
THRESHOLD = 0.30
GRACE_DAYS = 14
TAU_DAYS = 40.0
MAX_GAP_DAYS = 60
MAX_STORY_TERMS = 400  # a centroid keeps its heaviest terms only

# Words every news story uses; they say nothing about which story it is.
NEWS_WORDS = frozenset("""
said says say told tell according reported report reports reporting statement added
year years month months week weeks day days today yesterday tomorrow monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september
october november december time times new people including also would could like just
""".split())
_STOP = frozenset(STOP_WORDS) | NEWS_WORDS
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_GROUP_HEADS = re.compile(r"^(?:[a-z]|two |three |some |several |many )")


@dataclass
class Features:
    terms: dict[str, float]  # term -> damped, kind-weighted, L2-normalised count (before IDF)
    day: dt.date | None


def words(text: str) -> list[str]:
    """Content words as story terms: lower-cased, no stop words, a plural 's' trimmed."""
    out = []
    for token in _WORD.findall(text):
        w = token.lower().replace("’", "'").removesuffix("'s")
        if len(w) < 3 or w in _STOP or not w.isalpha():
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def lead(text: str, n: int | None = None) -> str:
    return " ".join(text.split()[: n or LEAD_WORDS])


def is_named(name: str) -> bool:
    """A proper name (Meng-style person, Acme Corp, Ruritania), not a described group."""
    return bool(name) and not _GROUP_HEADS.match(name)


def actor_counts(article: Article) -> Counter:
    counts: Counter = Counter()
    for actor in article.actors:
        if is_named(actor.name):
            counts[actor.name.lower()] += max(len(actor.mentions), 1)
    return counts


def dyad_counts(article: Article) -> Counter:
    counts: Counter = Counter()
    for e in article.events:
        if e.source and e.target and is_named(e.source.name) and is_named(e.target.name):
            pair = sorted((e.source.name.lower(), e.target.name.lower()))
            if pair[0] != pair[1]:
                counts[f"{pair[0]}|{pair[1]}"] += 1
    return counts


def features(article: Article) -> Features:
    """The article's story terms and publication day."""
    counts = {
        "w": Counter(words(article.title or "") * TITLE_REPEAT + words(lead(article.text))),
        "a": actor_counts(article),
        "d": dyad_counts(article),
    }
    terms = {f"{kind}:{t}": KIND_WEIGHT[kind] * (1 + math.log(n))
             for kind, c in counts.items() for t, n in c.items()}
    return Features(normalised(terms), day(article.published.date))


def day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def normalised(terms: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in terms.values()))
    return {t: v / norm for t, v in terms.items()} if norm else {}


def idf(df: int, n: int) -> float:
    return math.log((n + 1) / (df + 1)) + 1


def weighted(terms: dict[str, float], dfs: dict[str, int], n: int) -> dict[str, float]:
    """IDF-weighted vector; a term never seen counts as seen once."""
    return {t: v * idf(dfs.get(t, 1), n) for t, v in terms.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def time_factor(when: dt.date | None, first: dt.date | None, last: dt.date | None) -> float:
    """How far the publication day lies from the story's days, as a weight in [0, 1]."""
    if when is None or first is None or last is None:
        return 1.0  # nothing to tell: content decides
    gap = (first - when).days if when < first else max((when - last).days, 0)
    if gap > MAX_GAP_DAYS:
        return 0.0
    return 1.0 if gap <= GRACE_DAYS else math.exp(-(gap - GRACE_DAYS) / TAU_DAYS)


def add_to_centroid(centroid: dict[str, float], terms: dict[str, float]) -> dict[str, float]:
    """The centroid with an article's terms added, trimmed to its MAX_STORY_TERMS heaviest."""
    merged = dict(centroid)
    for t, v in terms.items():
        merged[t] = merged.get(t, 0.0) + v
    if len(merged) > MAX_STORY_TERMS:
        merged = dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_STORY_TERMS])
    return merged


def query_terms(terms: dict[str, float], dfs: dict[str, int], n: int, k: int = 30
                ) -> list[str]:
    """The article's k most telling terms: those looked up in the story index."""
    ranked = sorted(weighted(terms, dfs, n).items(), key=lambda kv: (-kv[1], kv[0]))
    return [t for t, _ in ranked[:k]]
