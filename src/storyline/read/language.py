"""The language of an article's text, as an ISO 639-1 code, with CLD2 (pycld2).

CLD2's tables are compiled into the package (nothing is downloaded) and cost ~4 MB of memory;
py3langid, used before, cost ~70 MB once its model was loaded. Non-English articles are kept,
with their code in ``Article.language``; later stages decide what to do with them.

English prose is recognised first by its share of English stop words (0.35-0.5 in news; under
0.17 for every non-English page of the extraction benchmark); on short or mixed text, where
CLD2 gives no reliable answer (a headline, a two-line note), that share decides between "en"
and "no guess" (None).
"""

from __future__ import annotations

import pycld2
from spacy.lang.en.stop_words import STOP_WORDS

SAMPLE_CHARS = 5_000  # the opening of an article is enough to tell its language
MIN_PERCENT = 50  # an unreliable guess still counts when its language covers this share
ENGLISH_STOP_RATIO = 0.15  # English prose is a third or more stop words; other languages few
SURELY_ENGLISH_RATIO = 0.30  # above this, English without asking CLD2
# CLD2's codes that are not ISO 639-1 as written today.
_CLD2_CODES = {"iw": "he", "zh-Hant": "zh", "jw": "jv", "in": "id"}
_PUNCTUATION = ".,;:!?\"'“”‘’()"


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    stop_ratio = english_stop_ratio(sample)
    if stop_ratio >= SURELY_ENGLISH_RATIO:
        return "en"
    code = _cld2(sample)
    if code is not None:
        return code
    return "en" if stop_ratio >= ENGLISH_STOP_RATIO else None


def _cld2(sample: str) -> str | None:
    try:
        reliable, _, details = pycld2.detect(sample, isPlainText=True)
    except (pycld2.error, UnicodeError):  # text CLD2 cannot take (e.g. lone surrogates)
        return None
    _, code, percent, _ = details[0]
    code = _CLD2_CODES.get(code, code)
    if not (reliable or percent >= MIN_PERCENT) or len(code) != 2 or code == "un":
        return None
    return code


def english_stop_ratio(text: str) -> float:
    """The share of words in ``text`` that are English stop words."""
    words = text.lower().split()
    if not words:
        return 0.0
    return sum(1 for w in words if w.strip(_PUNCTUATION) in STOP_WORDS) / len(words)
