"""The whole understand step, end to end: the sample articles and hostile texts."""

from pathlib import Path

import jsonschema
import pytest

from storyline.model import Article, Rejected, Source, article_id
from storyline.read import read_file
from storyline.understand.annotate import understand

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


def understood(path: Path, date: str) -> Article:
    (article,) = understand(read_file(path, date=date))
    assert isinstance(article, Article)
    return article


@pytest.fixture(scope="module")
def wire() -> Article:
    (path,) = SAMPLE.glob("000_*.txt")
    return understood(path, "2019-01-17")


def has_event(article: Article, type_: str, source: str, target: str) -> list:
    return [e for e in article.events if e.type == type_ and e.source and e.target
            and e.source.country == source and e.target.country == target]


def test_wire_story_core_events_with_evidence(wire):
    threats = has_event(wire, "THREATEN", "CHN", "CAN")
    arrests = [e for e in has_event(wire, "COERCE", "CAN", "CHN") if e.mode == "arrest"]
    detentions = has_event(wire, "COERCE", "CHN", "CAN")
    sentences = [e for e in wire.events if e.cameo and e.cameo.startswith("11")
                 or e.mode == "convict"]
    assert threats and arrests and detentions and sentences
    assert any(e.target.name.startswith("Meng") for e in arrests)
    assert any("death" in e.sentence for e in sentences)
    for event in wire.events:
        assert wire.text[event.span[0]:event.span[1]] == event.sentence
        assert event.source is not None


@pytest.fixture(scope="module")
def patchwork() -> Article:
    (path,) = SAMPLE.glob("003_*.txt")
    return understood(path, "2018-12-14")


def dyad_names(article: Article, type_: str) -> set[tuple[str, str | None]]:
    return {(e.source.name, e.target.name if e.target else None)
            for e in article.events if e.type == type_}


def test_wire_story_seed_events_have_the_right_dyads(wire):
    curbs = {(e.source.country, e.target.name) for e in wire.events if e.type == "SANCTION"
             and e.trigger and "curbs" in e.trigger}
    assert curbs == {("USA", "Huawei"), ("AUS", "Huawei"), ("JPN", "Huawei")}
    polish = [e for e in has_event(wire, "COERCE", "POL", "CHN") if e.mode == "arrest"]
    assert polish and "Polish authorities" in polish[0].sentence
    assert ("Justin Trudeau", "Lee Hsien Loong") in dyad_names(wire, "CONSULT")
    concern = has_event(wire, "ACCUSE", "ESP", "CHN")  # about China's death sentence
    assert concern and "concern" in concern[0].trigger
    rejections = has_event(wire, "REJECT", "CHN", "CAN")
    assert any(e.target.name == "Chrystia Freeland" for e in rejections)
    # defending one's own state's arrests is no SUPPORT of the arrested
    assert not [e for e in wire.events if e.type == "SUPPORT"]


def test_wire_story_flags_conditions_and_plans(wire):
    bans = [e for e in wire.events if e.type == "COERCE" and e.mode == "restrict"
            and e.target and e.target.name == "Huawei"]
    assert bans and all(e.hypothetical for e in bans)  # "if Canada bans Huawei"
    assert all(e.hypothetical for e in wire.events if e.trigger == "press for")


def test_patchwork_codes_the_story_and_not_its_teasers(patchwork):
    assert has_event(patchwork, "COERCE", "CAN", "CHN")  # Canada's arrest of Meng
    assert has_event(patchwork, "COERCE", "CHN", "CAN")  # the two Canadians
    teasers = ("Qualcomm", "Real Madrid", "Middle East peace plan")  # unrelated teasers
    assert not [e.sentence for e in patchwork.events if any(t in e.sentence for t in teasers)]
    for event in patchwork.events:
        assert patchwork.text[event.span[0]:event.span[1]] == event.sentence


def test_wire_story_quotes_go_to_their_speakers(wire):
    said = {}
    for quote in wire.quotes:
        if quote.kind == "direct" and quote.speaker:
            said.setdefault(quote.speaker.name, []).append(quote.text)
        assert wire.text[quote.span[0]:quote.span[1]] == quote.text
    assert any("thinks twice" in q for q in said["Lu Shaye"])
    assert any("repercussions" in q for q in said["Lu Shaye"])
    assert any("rule of law" in q for q in said["Chrystia Freeland"])
    assert any("just the beginning" in q for q in said["John McCallum"])
    assert any("in a hurry" in q for q in said["Hua Chunying"])


def test_every_record_validates_against_the_json_schema(wire):
    jsonschema.validate(wire.to_record(), Article.model_json_schema(by_alias=True))


def article_of(text: str) -> Article:
    source = Source(path="hostile.txt")
    return Article(id=article_id(source, text), source=source, text=text)


@pytest.mark.parametrize("text", [
    "He said \u201cthis never ends and neither does this. Officials in Ruritania warned Freedonia",
    'Ruritania said "one, "two" and "three\n\nFreedonia arrested "the envoy',
    "word " * 20_000,  # a 100,000-character single line with no sentence punctuation
    "\u201d\u201c\u201d\u201c \u2018 \u2019 ' \" \"\"\"",
])
def test_hostile_texts_are_processed_without_crashing(text):
    (item,) = understand([article_of(text)])
    assert isinstance(item, Article)


def test_rejected_records_pass_through_untouched():
    rejected = Rejected(reason="empty file", source=Source(path="e.txt"))
    assert list(understand([rejected])) == [rejected]


def test_warm_up_loads_once_and_freezes_the_dictionaries():
    import gc

    from storyline.understand.annotate import warm_up
    from storyline.understand.gazetteer import load_gazetteer

    warm_up()
    assert load_gazetteer.cache_info().currsize == 1  # loaded before the first article
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the model and dictionaries, out of the collector's view
    warm_up()
    assert gc.get_freeze_count() == frozen
