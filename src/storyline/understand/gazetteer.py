"""The GeoNames gazetteer shipped in storyline/data/gazetteer.tsv.gz, loaded once per process.

Built by scripts/build_gazetteer.py: countries, first-level regions and the cities of more
than 15,000 people, with the alternate names English news may use ('Kiev', 'Peking').
Data: GeoNames (CC BY 4.0), see data/GAZETTEER-NOTICE.md.

Columns are kept in flat arrays and the name index maps a folded name to row numbers (an
alternate name's row stored as ~row), so the loaded table costs a few tens of MB, not
one object per place.
"""

from __future__ import annotations

import gzip
import math
import sys
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from storyline.understand.lexicon import normalise

KIND_CODES = {"continent": 0, "country": 1, "admin1": 2, "city": 3}
KIND_NAMES = {code: kind for kind, code in KIND_CODES.items()}
# A city named like a region of its country is the answer when it holds at least this share
# of the region's people and lies within NEAR_DEGREES of the region's population centre
# ('New York'); else the region is ('Oregon', 'Delaware': not the towns in Ohio).
CITY_SHARE = 0.2
NEAR_DEGREES = 1.0
# A match in a country the context names wins over a more populous one elsewhere unless the
# other is this many times larger ("US officials met in Paris" is still Paris, France).
PREFER_RATIO = 25


@dataclass(frozen=True)
class Match:
    name: str
    country: str | None  # None for a continent
    lat: float | None
    lon: float | None
    population: int
    kind: str  # "country", "admin1" or "city"
    primary: bool  # matched on the main name, not an alternate


def fold(text: str) -> str:
    """The lookup key of a name: normalised (lexicon.normalise) and without accents."""
    decomposed = unicodedata.normalize("NFKD", normalise(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class PlaceIndex:
    """Names to places; build one with PlaceIndex.from_lines, or use load_gazetteer()."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.countries: list[str] = []
        self.lats = array("f")
        self.lons = array("f")
        self.populations = array("q")
        self.kinds = array("b")
        self.index: dict[str, int | tuple[int, ...]] = {}

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> PlaceIndex:
        table = cls()
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 6:
                table._add(fields)
        return table

    def _add(self, fields: list[str]) -> None:
        name, country, lat, lon, population, kind, *rest = fields
        row = len(self.names)
        self.names.append(name)
        self.countries.append(sys.intern(country))
        self.lats.append(float(lat) if lat else float("nan"))
        self.lons.append(float(lon) if lon else float("nan"))
        self.populations.append(int(population or 0))
        self.kinds.append(KIND_CODES[kind])
        self._key(fold(name), row)
        for alternate in (rest[0].split("|") if rest and rest[0] else []):
            self._key(fold(alternate), ~row)

    def _key(self, key: str, entry: int) -> None:
        found = self.index.get(key)
        if found is None:
            self.index[key] = entry
        elif isinstance(found, int):
            self.index[key] = (found, entry)
        else:
            self.index[key] = (*found, entry)

    def __len__(self) -> int:
        return len(self.names)

    def lookup(self, name: str) -> list[Match]:
        """Every place of this name, main-name matches first, then by population."""
        found = self.index.get(fold(name))
        if found is None:
            return []
        entries = (found,) if isinstance(found, int) else found
        matches = [self._match(e) for e in entries]
        return sorted(matches, key=lambda m: (not m.primary, -m.population, m.name))

    def _match(self, entry: int) -> Match:
        row = entry if entry >= 0 else ~entry
        lat, lon = self.lats[row], self.lons[row]
        coords = (None, None) if lat != lat else (round(lat, 4), round(lon, 4))  # nan: none
        return Match(self.names[row], self.countries[row] or None, *coords, self.populations[row],
                     KIND_NAMES[self.kinds[row]], entry >= 0)

    def resolve(self, name: str, within: str | None = None,
                prefer: Iterable[str] = ()) -> Match | None:
        """The place a name most likely denotes: only places in country `within` when it is
        given ('Paris, Texas'); main names before alternates; the most populous, unless a
        place in a `prefer` country is at least 1/PREFER_RATIO as large; and a city rather
        than the region of its name it lies in if it holds CITY_SHARE of the region's people
        near its centre ('New York')."""
        found = self.lookup(name)
        if within is not None:
            found = [m for m in found if m.country == within]
        matches = [m for m in found if m.primary] or found
        if not matches:
            return None
        best = matches[0]
        preferred = set(prefer)
        local = next((m for m in matches if m.country in preferred), None)
        if local is not None and local.population * PREFER_RATIO >= best.population:
            best = local
        if best.kind == "admin1":
            best = next((m for m in found if m.kind == "city" and m.country == best.country
                         and m.population >= CITY_SHARE * best.population and near(m, best)),
                        best)
        return best

    def level(self, name: str) -> int:
        """How wide the widest place of this name is: 3 a continent, 2 a country, 1 a region,
        0 a city or unknown (a qualifier is wider than the place it qualifies)."""
        kinds = {m.kind for m in self.lookup(name)}
        return max((3 - KIND_CODES[kind] for kind in kinds), default=0)


def near(a: Match, b: Match) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    across = (a.lon - b.lon) * math.cos(math.radians(a.lat))
    return math.hypot(a.lat - b.lat, across) <= NEAR_DEGREES


@lru_cache(maxsize=1)
def load_gazetteer() -> PlaceIndex:
    path = resources.files("storyline") / "data" / "gazetteer.tsv.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return PlaceIndex.from_lines(text)
