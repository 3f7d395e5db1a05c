"""The language of an article's text, as an ISO 639-1 code, with py3langid.

py3langid ships its model inside the package (nothing is downloaded); loading it takes a
couple of seconds, so it is loaded once per process, on first use. Non-English articles are
kept, with their code in ``Article.language``; later stages decide what to do with them.

On short or mixed text py3langid is unsure (a headline, a two-line note); there the share of
English function words decides between "en" and "no guess" (None), as before py3langid.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier
from spacy.lang.en.stop_words import STOP_WORDS

SAMPLE_CHARS = 5_000  # the opening of an article is enough to tell its language
MIN_CONFIDENCE = 0.6  # normalised probability under which py3langid's guess is not taken
ENGLISH_STOP_RATIO = 0.15  # English prose is a third or more stop words; other languages few
# Above this share of English stop words a text is English without asking py3langid: its model
# costs ~70 MB of memory and most of the time spent here, and English news runs at 0.35-0.5.
SURELY_ENGLISH_RATIO = 0.30
_PUNCTUATION = ".,;:!?\"'“”‘’()"


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    stop_ratio = english_stop_ratio(sample)
    if stop_ratio >= SURELY_ENGLISH_RATIO:
        return "en"
    code, confidence = _identifier().classify(sample)
    if confidence >= MIN_CONFIDENCE and len(code) == 2:  # 3-letter labels have no 639-1 code
        return code
    return "en" if stop_ratio >= ENGLISH_STOP_RATIO else None


def english_stop_ratio(text: str) -> float:
    """The share of words in ``text`` that are English stop words."""
    words = text.lower().split()
    if not words:
        return 0.0
    return sum(1 for w in words if w.strip(_PUNCTUATION) in STOP_WORDS) / len(words)
