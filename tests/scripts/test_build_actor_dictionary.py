"""The dictionary build on a tiny TABARI-format fixture."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_actor_dictionary.py"

COUNTRIES = """# fixture
CANADA_  [CAN]
+CANADIAN_
+OTTAWA_
+TORONTO_
STEPHEN_HARPER_  # CountryInfo.txt
+PRIME_MINISTER_HARPER_
	[CANELI 770101-000101]
	[CANGOV >060206]
CANADIAN_SECURITY_INTELLIGENCE_SERVICE_
	[CANSPY]
ROMANIA_  [ROM]
+RUMANIA_
"""

AGENTS = """!MINIST! = MINISTER, MINISTRY
AMBASSADOR [~GOV]
DEFENSE_!MINIST! [~GOVMIL]
POLICE {} [~COP]
"""

INTERNATIONAL = """THE_UNITED_NATIONS_ [IGOUNO]
NATO_
+NORTH_ATLANTIC_TREATY_ORGANIZATION_
	[IGOWSTNAT]
ACME_MOTORS_ [MNCUSA]
"""

NON_STATE = """FREEDOM_FRONT_
+FF_
	[CANREBFRF]
VALLEY_MILITIA_ [MEAREB]
"""


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_actor_dictionary", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def built(builder, tmp_path):
    source = tmp_path / "dicts"
    source.mkdir()
    (source / builder.COUNTRY_FILE).write_text(COUNTRIES)
    (source / builder.AGENT_FILE).write_text(AGENTS)
    (source / builder.INTERNATIONAL_FILE).write_text(INTERNATIONAL)
    (source / builder.NON_STATE_FILE).write_text(NON_STATE)
    (source / builder.LICENSE_FILE).write_text("The MIT License (MIT)\nfixture licence\n")
    out = tmp_path / "out"
    counts = builder.build(source, out)
    return out, counts


def load(out, name):
    return json.loads((out / name).read_text())


def test_countries_keep_phoenix_synonyms_and_curated_facts(built):
    out, _ = built
    canada = load(out, "countries.json")["CAN"]
    assert canada["adjective"] == "Canadian" and canada["people"] == "Canadians"
    assert canada["capital"] == "Ottawa"
    assert "toronto" in canada["aliases"] and "canadian" not in canada["aliases"]


def test_cameo_codes_map_to_iso(built):
    out, _ = built
    mapping = load(out, "cameo_iso.json")
    assert mapping["ROM"] == "ROU" and mapping["CAN"] == "CAN"
    assert "rumania" in load(out, "countries.json")["ROU"]["aliases"]


def test_office_holders_keep_date_ranges(built):
    out, _ = built
    rows = (out / "people.tsv").read_text().splitlines()
    assert rows[0] == "name\tcountry\tsector\tstart\tend\toffice"
    assert "stephen harper\tCAN\tGOV\t2006-02-06\t\t" in rows
    assert "stephen harper\tCAN\tELI\t1977-01-01\t2000-01-01\t" in rows
    assert "prime minister harper\tCAN\tGOV\t2006-02-06\t\t" in rows


def test_recent_office_holders_come_from_the_curated_table(built):
    out, _ = built
    rows = (out / "people.tsv").read_text().splitlines()
    # written as the news writes them, with the office; two terms are two rows
    assert "Justin Trudeau\tCAN\tGOV\t2015-11-04\t2025-03-14\tprime minister" in rows
    assert sum(r.startswith("Donald Trump\tUSA\tGOV") for r in rows) == 2


def test_curated_leaders_must_name_known_countries(builder, monkeypatch):
    monkeypatch.setattr(builder.world_tables, "LEADERS", "Jane Roe|XXX|GOV|2020-01-01||king")
    with pytest.raises(ValueError, match="XXX"):
        builder.leaders({"CAN"})


def test_companies_missing_from_phoenix_get_their_home_country(built):
    out, _ = built
    orgs = load(out, "organizations.json")
    assert orgs["huawei"] == {"code": "CHNBUS", "country": "CHN", "sector": "BUS"}
    assert orgs["acme motors"]["code"] == "USABUS"  # Phoenix entries stay as they are


def test_institutions_and_international_organisations(built):
    out, _ = built
    orgs = load(out, "organizations.json")
    assert orgs["canadian security intelligence service"] == {
        "code": "CANSPY", "country": "CAN", "sector": "SPY"}
    assert orgs["north atlantic treaty organization"]["code"] == "IGOWSTNAT"
    assert orgs["the united nations"]["sector"] == "IGO"
    assert orgs["acme motors"] == {"code": "USABUS", "country": "USA", "sector": "BUS"}


def test_agents_expand_substitution_sets(built):
    out, _ = built
    agents = load(out, "agents.json")
    assert agents["defense minister"] == "GOV" and agents["defense ministry"] == "GOV"
    assert agents["police"] == "COP" and agents["ambassador"] == "GOV"
    assert agents["security services"] == "SPY"


def test_notice_keeps_the_licence_and_build_is_repeatable(builder, built, tmp_path):
    out, counts = built
    assert "fixture licence" in (out / "NOTICE.md").read_text()
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    builder.build(tmp_path / "dicts", out)
    assert before == {p.name: p.read_bytes() for p in out.iterdir()}
    assert counts["countries"] > 100


def test_places_have_coordinates(built):
    out, _ = built
    places = {p["name"]: p for p in load(out, "places.json")}
    assert places["Ottawa"]["country"] == "CAN" and places["Ottawa"]["capital"]
    assert places["Vancouver"]["lat"] == pytest.approx(49.28)


def test_non_state_groups_and_short_forms(built):
    out, _ = built
    orgs = load(out, "organizations.json")
    assert orgs["ff"] == {"code": "CANREBFRF", "country": "CAN", "sector": "REB"}
    assert orgs["valley militia"] == {"code": "MEAREB", "country": None, "sector": "REB"}
    assert orgs["eu"] == {"code": "IGOEUREEC", "country": None, "sector": "IGO"}


def test_ethnic_peoples_of_one_country(built):
    out, _ = built
    countries = load(out, "countries.json")
    assert "Yoruba" in countries["NGA"]["ethnic"]
