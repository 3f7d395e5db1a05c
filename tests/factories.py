"""Small hand-built records for tests that need no reading or parsing."""

from __future__ import annotations

from storyline.model import (
    Actor,
    Article,
    Event,
    EventActor,
    Mention,
    Published,
    Quote,
    Source,
    Speaker,
    TimeRef,
    article_id,
)  # fmt: skip

TEXT = (
    "Ruritania's envoy warned Freedonia on Monday. "
    "Freedonia arrested two Ruritanian traders last week.\n\n"
    "\u201cWe will respond,\u201d the envoy said."
)


def make_article(path: str = "fixtures/a.txt", text: str = TEXT) -> Article:
    source = Source(path=path, format="text", outlet="Test Wire")
    envoy = Actor(id="a1", name="Anna Envoy", kind="person", country="RUR", sector="GOV",
                  role="envoy", code="RURGOV", mentions=[Mention(text="envoy", span=(12, 17))])
    freedonia = Actor(id="a2", name="Freedonia", kind="country", country="FRE", code="FRE",
                      mentions=[Mention(text="Freedonia", span=(25, 34)),
                                Mention(text="Freedonia", span=(46, 55))])
    first = text.index(".") + 1
    event = Event(
        type="THREATEN", cameo="130", quad_class=3, goldstein=-4.4,
        source=EventActor(actor="a1", name="Anna Envoy", country="RUR", code="RURGOV"),
        target=EventActor(actor="a2", name="Freedonia", country="FRE", code="FRE"),
        date="2019-01-14", date_how="text", confidence=0.8, trigger="warned",
        sentence=text[:first], span=(0, first),
    )
    q_start = text.index("\u201c") + 1
    quote = Quote(
        speaker=Speaker(actor="a1", name="Anna Envoy", text="the envoy",
                        span=(text.index("the envoy"), text.index("the envoy") + 9)),
        text="We will respond", kind="direct", cue="said", span=(q_start, q_start + 15),
    )
    return Article(
        id=article_id(source, text), source=source, title="Envoy warns", text=text,
        published=Published(date="2019-01-17", how="given"), actors=[envoy, freedonia],
        times=[TimeRef(text="Monday", span=(38, 44), value="2019-01-14", grain="day")],
        events=[event], quotes=[quote],
    )
