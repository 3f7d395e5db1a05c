"""Seed-level actor resolution: the table of docs/ACTORS-SPOTCHECK.md, so it cannot rot."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Article
from storyline.read import read_file
from storyline.understand.annotate import understand

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"

# mention text -> (canonical name, country, sector); sector None where CAMEO gives none
WIRE = {  # 000_*: AP via CTN News, 2019-01-17
    "Lu Shaye": ("Lu Shaye", "CHN", "GOV"),
    "Canadian government": ("Canadian government", "CAN", "GOV"),
    "Huawei Technologies": ("Huawei", "CHN", "BUS"),
    "Chrystia Freeland": ("Chrystia Freeland", "CAN", "GOV"),
    "two Canadians": ("two Canadians", "CAN", "CVL"),
    "Meng Wanzhou": ("Meng Wanzhou", "CHN", "BUS"),
    "Ms. Meng": ("Meng Wanzhou", "CHN", "BUS"),
    "U.S.": ("United States", "USA", None),
    "Iran": ("Iran", "IRN", None),
    "Michael Kovrig": ("Michael Kovrig", "CAN", "ELI"),
    "Michael Spavor": ("Michael Spavor", "CAN", "BUS"),
    "Robert Schellenberg": ("Robert Schellenberg", "CAN", "CVL"),
    "John McCallum": ("John McCallum", "CAN", "GOV"),
    "Hua Chunying": ("Hua Chunying", "CHN", "GOV"),
    "U.S. State Department": ("U.S. State Department", "USA", "GOV"),
    "Justin Trudeau": ("Justin Trudeau", "CAN", "GOV"),
    "Trudeau": ("Justin Trudeau", "CAN", "GOV"),
    "Lee Hsien Loong": ("Lee Hsien Loong", "SGP", "GOV"),
    "Singapore": ("Singapore", "SGP", None),
    "Australia": ("Australia", "AUS", None),
    "Japan": ("Japan", "JPN", None),
    "Communist Party": ("Communist Party", "CHN", "GOV"),
    "Polish authorities": ("Polish authorities", "POL", "GOV"),
    "Kovrig": ("Michael Kovrig", "CAN", "ELI"),
    "Spavor": ("Michael Spavor", "CAN", "BUS"),
    "Freeland": ("Chrystia Freeland", "CAN", "GOV"),
    "World Economic Forum": ("World Economic Forum", None, "NGO"),
}
PATCHWORK = {  # 003_*: 2018-12-14
    "Huawei Canada": ("Huawei Canada", "CAN", "BUS"),
    "Huawei Technologies": ("Huawei", "CHN", "BUS"),
    "Meng Wanzhou": ("Meng Wanzhou", "CHN", "BUS"),
    "Chrystia Freeland": ("Chrystia Freeland", "CAN", "GOV"),
    "Beijing": ("Chinese government", "CHN", "GOV"),
    "two Canadians": ("two Canadians", "CAN", "CVL"),
    "Michael Spavor": ("Michael Spavor", "CAN", "BUS"),
    "Mr Spavor": ("Michael Spavor", "CAN", "BUS"),
    "Kim": ("Kim Jong Un", "PRK", "GOV"),
    "Michael Kovrig": ("Michael Kovrig", "CAN", "ELI"),
    "North Korea": ("North Korea", "PRK", None),
    "DPRK": ("North Korea", "PRK", None),
    "USA": ("United States", "USA", None),
    "Pompeo": ("Mike Pompeo", "USA", "GOV"),
    "Guillaume Bérubé": ("Guillaume Bérubé", "CAN", "GOV"),
    "Trudeau": ("Justin Trudeau", "CAN", "GOV"),
    "Donald Trump": ("Donald Trump", "USA", "GOV"),
    "ICG": ("International Crisis Group", None, "NGO"),
    "Paektu Cultural Exchange": ("Paektu Cultural Exchange", None, "NGO"),
    "PCE": ("Paektu Cultural Exchange", None, "NGO"),
    "Reuters": ("Reuters", None, None),
}
# unnamed descriptions: (phrase in the text, its head) -> (canonical name, country, sector)
PATCHWORK_PHRASES = {
    "Huawei's chief financial officer": ("Meng Wanzhou", "CHN", "BUS"),
    "the Chinese president": ("Xi Jinping", "CHN", "GOV"),
    "the US president": ("Donald Trump", "USA", "GOV"),
    "the two citizens": ("two Canadians", "CAN", "CVL"),
    "both men": ("two Canadians", "CAN", "CVL"),
    "Two Canadian citizens": ("two Canadians", "CAN", "CVL"),
    "Chinese security services": ("Chinese security services", "CHN", "SPY"),
    "Canada's foreign ministry": ("Canada's foreign ministry", "CAN", "GOV"),
    "a Canadian judge": ("Canadian judge", "CAN", "JUD"),
    "the Chinese state": ("Chinese government", "CHN", "GOV"),
}
WIRE_PHRASES = {
    "Prime Minister Justin Trudeau’s office": ("Justin Trudeau's office", "CAN", "GOV"),
    "the Spanish government": ("Spanish government", "ESP", "GOV"),
    "a top Huawei Technologies executive": ("Meng Wanzhou", "CHN", "BUS"),
    "another Canadian": ("Robert Schellenberg", "CAN", "CVL"),
}
# quote speakers given by a pronoun or a surname: (speaker text, quote start) -> actor name
WIRE_SPEAKERS = {"He": "Lu Shaye", "Lu": "Lu Shaye", "Freeland": "Chrystia Freeland",
                 "he": "John McCallum"}
PATCHWORK_SPEAKERS = {"Pompeo": "Mike Pompeo", "Freeland": "Chrystia Freeland",
                      "he": "Guillaume Bérubé"}


def understood(prefix: str, date: str) -> Article:
    (path,) = SAMPLE.glob(f"{prefix}_*.txt")
    (article,) = understand(read_file(path, date=date))
    assert isinstance(article, Article)
    return article


@pytest.fixture(scope="module")
def wire() -> Article:
    return understood("000", "2019-01-17")


@pytest.fixture(scope="module")
def patchwork() -> Article:
    return understood("003", "2018-12-14")


def actor_of(article: Article, text: str):
    """The actor of the mention that ends where this text (a name or a phrase) ends."""
    end = article.text.index(text) + len(text)
    for actor in article.actors:
        if any(m.span[1] == end for m in actor.mentions):
            return actor
    return None


def check(article: Article, table: dict) -> list[str]:
    wrong = []
    for text, expected in table.items():
        actor = actor_of(article, text)
        got = (actor.name, actor.country, actor.sector) if actor else None
        if got != expected:
            wrong.append(f"{text!r}: expected {expected}, got {got}")
    return wrong


@pytest.mark.parametrize("table", [WIRE, WIRE_PHRASES])
def test_wire_actors(wire, table):
    assert check(wire, table) == []


@pytest.mark.parametrize("table", [PATCHWORK, PATCHWORK_PHRASES])
def test_patchwork_actors(patchwork, table):
    assert check(patchwork, table) == []


def test_no_person_is_split_in_two(wire, patchwork):
    for article in (wire, patchwork):
        names = [a.name for a in article.actors if a.kind == "person"]
        assert len(names) == len(set(names))
        surnames = [n.split()[-1] for n in names if " " in n]
        assert not [n for n in names if " " not in n and n in surnames]


def test_country_qualifying_a_city_is_no_actor(wire):
    start = wire.text.index("Davos, Switzerland") + len("Davos, ")
    assert all(not start <= m.span[0] < start + 11 for a in wire.actors for m in a.mentions)


def test_some_other_governments_are_not_the_canadian_government(wire):
    start = wire.text.index("some other governments")
    government = next(a for a in wire.actors if a.name == "Canadian government")
    assert all(not start <= m.span[0] < start + 22 for m in government.mentions)


@pytest.mark.parametrize(("fixture", "speakers"), [("wire", WIRE_SPEAKERS),
                                                   ("patchwork", PATCHWORK_SPEAKERS)])
def test_pronoun_and_surname_speakers(request, fixture, speakers):
    article = request.getfixturevalue(fixture)
    found = [(q.speaker.text, q.speaker.name) for q in article.quotes
             if q.speaker and q.speaker.text in speakers]
    assert found, "no pronoun or surname speaker found"
    assert [(t, n) for t, n in found if n != speakers[t]] == []
