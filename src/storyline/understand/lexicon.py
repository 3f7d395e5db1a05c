"""The actor dictionary shipped in storyline/data/actors, loaded once per process.

Built by scripts/build_actor_dictionary.py from the Phoenix dictionaries and a small table of
world facts; see data/actors/NOTICE.md for provenance.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

DATA_PACKAGE = "storyline"


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    adjective: str
    people: str
    capital: str


@dataclass(frozen=True)
class Gazetteer:
    name: str
    country: str
    lat: float
    lon: float
    capital: bool


@dataclass(frozen=True)
class Office:
    country: str
    sector: str | None
    start: str | None
    end: str | None


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # name or short name -> iso3
    aliases: dict[str, str] = field(default_factory=dict)  # Phoenix synonyms, cities -> iso3
    adjectives: dict[str, str] = field(default_factory=dict)  # "canadian" -> CAN
    peoples: dict[str, str] = field(default_factory=dict)  # "canadians", "poles" -> iso3
    seats: dict[str, str] = field(default_factory=dict)  # "ottawa", "white house" -> iso3
    places: dict[str, Gazetteer] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)  # role phrase -> sector
    organizations: dict[str, dict] = field(default_factory=dict)
    people: dict[str, list[Office]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)  # "putin" -> full names

    def surname_office(self, surname: str, when: dt.date | None = None) -> Office | None:
        """The office of the dictionary people with this surname, when they all hold offices
        of a single country (the one valid on the date, else the latest)."""
        names = self.surnames.get(normalise(surname), set())
        offices = [o for name in sorted(names) for o in self.people[name]]
        if not offices or len({o.country for o in offices}) != 1:
            return None
        return office_on(offices, when)

    def country_of_name(self, text: str) -> str | None:
        """The country a place-like name denotes or lies in (country names first)."""
        key = normalise(text)
        for table in (self.country_names, self.seats, self.aliases):
            if key in table:
                return table[key]
        place = self.places.get(key)
        return place.country if place else None

    def office(self, name: str, when: dt.date | None = None) -> Office | None:
        """The office a dictionary person held on a date (latest when no date is given)."""
        offices = self.people.get(normalise(name))
        return office_on(offices, when) if offices else None


def office_on(offices: list[Office], when: dt.date | None) -> Office:
    """The office valid on the date, else the latest one."""
    if when:
        day = when.isoformat()
        dated = [o for o in offices if (o.start or "") <= day <= (o.end or "9999")]
        if dated:
            return dated[0]
    return max(offices, key=lambda o: (o.start or "", o.end or "9999"))


def normalise(text: str) -> str:
    """Lookup key: lower case, straight apostrophes, no leading 'the', no possessive."""
    key = " ".join(text.replace("\u2019", "'").lower().split())
    key = key.removeprefix("the ")
    for suffix in ("'s", "'"):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
    return key


def _read(name: str) -> str:
    return (resources.files(DATA_PACKAGE) / "data" / "actors" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    for iso, row in json.loads(_read("countries.json")).items():
        lex.countries[iso] = Country(iso, row["name"], row["adjective"], row["people"],
                                     row["capital"])
        for name in row["names"]:
            lex.country_names.setdefault(normalise(name), iso)
        lex.adjectives.setdefault(row["adjective"].lower(), iso)
        lex.peoples.setdefault(row["people"].lower(), iso)
        lex.peoples.setdefault(row["adjective"].lower(), iso)  # "a Canadian", "the Chinese"
        for seat in [row["capital"], *row["seats"]]:
            lex.seats.setdefault(normalise(seat), iso)
        for alias in row["aliases"]:
            lex.aliases.setdefault(normalise(alias), iso)
        for name in row.get("ethnic", []):  # "Yoruba leaders", "the Zulus"
            lex.adjectives.setdefault(name.lower(), iso)
            lex.peoples.setdefault(name.lower(), iso)
    for row in json.loads(_read("places.json")):
        lex.places.setdefault(normalise(row["name"]), Gazetteer(**row))
    lex.agents = json.loads(_read("agents.json"))
    lex.organizations = json.loads(_read("organizations.json"))
    for line in _read("people.tsv").splitlines()[1:]:
        name, country, sector, start, end = line.split("\t")
        lex.people.setdefault(name, []).append(Office(country, sector or None, start or None,
                                                      end or None))
        surname = name.split()[-1]
        if len(surname) > 2 and surname.isalpha():
            lex.surnames.setdefault(surname, set()).add(name)
    return lex
