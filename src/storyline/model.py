"""The records every stage speaks: the article record of OUTPUT.md and its parts.

Spans are ``[start, end)`` character offsets into ``Article.text`` (the clean body).
Stages add to an ``Article``; nothing here knows how a field is filled.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "storyline.article/1"

Span = tuple[int, int]
SourceFormat = Literal["text", "html", "warc", "feed", "jsonl"]
DateHow = Literal["given", "metadata", "text", "unknown"]
RemovedReason = Literal["navigation", "advert", "teaser", "caption", "boilerplate", "offtopic"]
ActorKind = Literal["person", "organization", "country", "group"]
Grain = Literal["day", "week", "month", "year", "duration"]
QuoteKind = Literal["direct", "indirect", "mixed"]
LinkKind = Literal["copy", "rewrite"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Source(Record):
    path: str | None = None
    line: int | None = None
    key: str | None = None
    url: str | None = None
    outlet: str | None = None
    format: SourceFormat = "text"


class Published(Record):
    date: str | None = None  # ISO date, YYYY-MM-DD
    how: DateHow = "unknown"


class Removed(Record):
    text: str
    reason: RemovedReason


class Mention(Record):
    text: str
    span: Span


class Actor(Record):
    id: str
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # CAMEO agent code: GOV, MIL, JUD, COP, BUS, MED, CVL, ...
    role: str | None = None  # the role noun as written: ambassador, spokeswoman, ...
    code: str | None = None  # CAMEO actor code: country + sector, e.g. CHNGOV
    mentions: list[Mention] = Field(default_factory=list)


class TimeRef(Record):
    text: str
    span: Span
    value: str | None = None  # TimeML value: 2018-12-01, 2019-W04, 2018-12, P10D
    grain: Grain | None = None


class Place(Record):
    text: str
    span: Span
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventActor(Record):
    actor: str | None = None  # the id of an Actor of this article
    name: str
    country: str | None = None
    code: str | None = None


class Evidence(Record):
    """A further place in the text that reports an event already recorded (a merged
    duplicate): its sentence, that sentence's span and the words that express it there."""

    sentence: str
    span: Span
    trigger: str | None = None


class Event(Record):
    type: PloverType
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: EventActor | None = None
    target: EventActor | None = None
    date: str | None = None
    date_how: Literal["text", "published", "unknown"] = "unknown"
    place: str | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None  # the id of the Actor whose speech reports the event
    confidence: float = 0.5
    trigger: str | None = None  # the words that express the event
    sentence: str
    span: Span  # the evidence sentence in Article.text
    # further evidence of the same happening, in text order (duplicates merged into this one)
    more_evidence: list[Evidence] = Field(default_factory=list)


class Speaker(Record):
    actor: str | None = None
    name: str | None = None
    text: str | None = None  # the words naming the speaker at this quote ("he", "Lu")
    span: Span | None = None


class Quote(Record):
    speaker: Speaker | None = None
    text: str
    kind: QuoteKind
    cue: str | None = None
    span: Span


class SourceLink(Record):
    span: Span
    source_article: str
    source_span: Span
    kind: LinkKind
    similarity: float


class Article(Record):
    id: str
    schema_: str = Field(default=SCHEMA, alias="schema")
    source: Source
    title: str | None = None
    byline: list[str] = Field(default_factory=list)
    credit: str | None = None
    published: Published = Field(default_factory=Published)
    language: str | None = "en"
    text: str
    removed: list[Removed] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    times: list[TimeRef] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    duplicate_of: str | None = None
    links: list[SourceLink] = Field(default_factory=list)
    patchwork: float = 0.0
    story: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_record(self) -> dict:
        """The OUTPUT.md JSON object."""
        return self.model_dump(mode="json", by_alias=True)


class Rejected(Record):
    reason: str
    source: Source

    def to_record(self) -> dict:
        return {"rejected": self.model_dump(mode="json")}


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFC, whitespace collapsed, case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(source: Source, text: str) -> str:
    """A stable id from the source identity (URL, else path and line) and the clean text."""
    identity = source.url or f"{source.path}#{source.line if source.line is not None else ''}"
    digest = hashlib.sha256(f"{identity}\n{normalise_text(text)}".encode()).hexdigest()
    return digest[:16]


def content_hash(text: str) -> str:
    """Hash of the normalised text alone: the same story from two sources shares it."""
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()[:16]
