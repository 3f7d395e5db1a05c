"""The actor dictionary shipped in storyline/data/actors, loaded once per process.

Built by scripts/build_actor_dictionary.py from the Phoenix dictionaries and a small table of
world facts; see data/actors/NOTICE.md for provenance.
"""

from __future__ import annotations

import datetime as dt
import json
from contextvars import ContextVar
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
    title: str | None = None  # "prime minister": the office, where the dictionary says

    def held_on(self, when: dt.date | None) -> bool:
        return when is None or (self.start or "") <= when.isoformat() <= (self.end or "9999")


# Offices whose holder a bare surname can name even when the surname is common ("Kim").
LEADING_OFFICES = {"president", "prime minister", "premier", "chancellor", "supreme leader",
                   "king", "queen", "crown prince", "emir"}


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
    display: dict[str, str] = field(default_factory=dict)  # "angela merkel" -> "Angela Merkel"
    _acronyms: dict[str, list[str]] = field(default_factory=dict)
    # (the people table they were built from, the office indexes): rebuilt when an overlay
    # replaces the table
    _offices: tuple[dict, OfficeIndex] | None = field(default=None, repr=False, compare=False)

    def office_index(self) -> OfficeIndex:
        if self._offices is None or self._offices[0] is not self.people:
            self._offices = (self.people, OfficeIndex.of(self.people))
        return self._offices[1]

    def display_name(self, key: str) -> str:
        """A dictionary person's name as written ("Angela Merkel"), else in title case."""
        return self.display.get(key) or " ".join(w[:1].upper() + w[1:] for w in key.split())

    def surname_holder(self, surname: str, when: dt.date | None = None) -> str | None:
        """The one dictionary person with this surname whose office is valid on the date
        (only dated offices count), if exactly one is."""
        names = {name for name in self.surnames.get(normalise(surname), set())
                 if any(o.start and o.held_on(when) for o in self.people[name])}
        return next(iter(names)) if when is not None and len(names) == 1 else None

    def leader_by_surname(self, surname: str, countries: set[str],
                          when: dt.date | None) -> str | None:
        """The one head of state or government of one of countries, on the date, whose
        surname or first name is this one ("Kim" -> the North Korean leader)."""
        found = {name for name, o in self.office_index().leaders.get(normalise(surname), [])
                 if o.country in countries and o.held_on(when)}
        return next(iter(found)) if when is not None and len(found) == 1 else None

    def surname_office(self, surname: str, when: dt.date | None = None) -> Office | None:
        """The office of the dictionary people with this surname, when they all hold offices
        of a single country (the one valid on the date, else the latest). On a date, only the
        people in office that day count, if any is ("Obama" in 2010 is not the Congolese
        minister of 2003)."""
        names = self.surnames.get(normalise(surname), set())
        if when is not None:
            names = {name for name in names
                     if any(o.start and o.held_on(when) for o in self.people[name])} or names
        offices = [o for name in sorted(names) for o in self.people[name]]
        if not offices or len({o.country for o in offices}) != 1:
            return None
        return office_on(offices, when)

    def office_holder(self, country: str, title: str, when: dt.date | None) -> str | None:
        """The one person holding this office of this country on the date ("the Chinese
        president"); only offices the dictionary names count."""
        if when is None:
            return None
        found = {name for name, o in self.office_index().titled.get((title, country), [])
                 if o.held_on(when)}
        return next(iter(found)) if len(found) == 1 else None

    def organization_by_acronym(self, acronym: str) -> str | None:
        """The dictionary organisation an acronym stands for ("ICG" -> "international crisis
        group"): the one whose initials it is, or among several the one whose code ends
        with it (Phoenix codes end with the acronym: NGOICG)."""
        if not self._acronyms:
            for name in self.organizations:
                self._acronyms.setdefault(initials(name), []).append(name)
        names = self._acronyms.get(acronym.lower(), [])
        if len(names) > 1:
            names = [n for n in names if (self.organizations[n]["code"] or "").lower()
                     .endswith(acronym.lower())]
        return names[0] if len(names) == 1 else None

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
        offices = self.people.get(person_key(name))
        return office_on(offices, when) if offices else None


@dataclass
class OfficeIndex:
    """The dated offices of the people table, by (title, country) and, for leading offices,
    by the holder's first and last name: lookups instead of a scan of every person."""

    titled: dict[tuple[str | None, str], list[tuple[str, Office]]]
    leaders: dict[str, list[tuple[str, Office]]]

    @classmethod
    def of(cls, people: dict[str, list[Office]]) -> OfficeIndex:
        titled: dict[tuple[str | None, str], list[tuple[str, Office]]] = {}
        leaders: dict[str, list[tuple[str, Office]]] = {}
        for name, offices in people.items():
            words = name.split()
            for office in offices:
                if not office.start:
                    continue
                titled.setdefault((office.title, office.country), []).append((name, office))
                if office.title in LEADING_OFFICES:
                    for word in {words[0], words[-1]}:
                        leaders.setdefault(word, []).append((name, office))
        return cls(titled, leaders)


def office_on(offices: list[Office], when: dt.date | None) -> Office:
    """The office valid on the date, else the latest one."""
    if when:
        day = when.isoformat()
        dated = [o for o in offices if (o.start or "") <= day <= (o.end or "9999")]
        if dated:
            return dated[0]
    return max(offices, key=lambda o: (o.start or "", o.end or "9999"))


NORMALISED = 8192  # keys kept


@lru_cache(maxsize=NORMALISED)  # the steps ask for the same few thousand names over and over
def normalise(text: str) -> str:
    """Lookup key: lower case, straight apostrophes, no leading 'the', no possessive."""
    key = " ".join(text.replace("\u2019", "'").lower().split())
    key = key.removeprefix("the ")
    for suffix in ("'s", "'"):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
    return key


ACRONYM_SKIPS = {"of", "the", "and", "for", "in", "on", "to", "de", "&"}


def initials(name: str) -> str:
    """'International Crisis Group' -> 'icg' (short words like 'of' left out); '' for one word."""
    words = [w for w in name.replace("-", " ").lower().split() if w not in ACRONYM_SKIPS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def person_key(name: str) -> str:
    """Lookup key of a person's name: 'Jean-Luc Roe' and 'Jean Luc Roe' are one key."""
    return normalise(name).replace("-", " ")


def _read(name: str) -> str:
    return (resources.files(DATA_PACKAGE) / "data" / "actors" / name).read_text(encoding="utf-8")


# The dictionary with a user's actors laid over it, while user_actors.user_actors() is active.
OVERLAY: ContextVar[Lexicon | None] = ContextVar("storyline_lexicon_overlay", default=None)


def load_lexicon() -> Lexicon:
    """The actor dictionary: the shipped one, or a user's overlay of it (--actors FILE)."""
    return OVERLAY.get() or shipped_lexicon()


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    lex = Lexicon()
    for iso, row in json.loads(_read("countries.json")).items():
        lex.countries[iso] = Country(iso, row["name"], row["adjective"], row["people"],
                                     row["capital"])
        for name in row["names"]:
            lex.country_names.setdefault(normalise(name), iso)
        lex.adjectives.setdefault(row["adjective"].lower(), iso)
        lex.peoples.setdefault(row["people"].lower(), iso)
        lex.peoples.setdefault(row["adjective"].lower(), iso)  # "a Canadian", "the Chinese"
        if row["adjective"].endswith("n"):  # "Serbians" beside the dictionary's "Serbs"
            lex.peoples.setdefault(row["adjective"].lower() + "s", iso)
        for seat in (s for s in [row["capital"], *row["seats"]] if s):  # an ambiguous
            lex.seats.setdefault(normalise(seat), iso)  # capital ("Georgetown") is left out
        for alias in row["aliases"]:
            lex.aliases.setdefault(normalise(alias), iso)
        for name in [*row.get("ethnic", []), *row.get("demonyms", [])]:  # "Yoruba leaders"
            lex.adjectives.setdefault(name.lower(), iso)
            lex.peoples.setdefault(name.lower(), iso)
    for row in json.loads(_read("places.json")):
        lex.places.setdefault(normalise(row["name"]), Gazetteer(**row))
    lex.agents = json.loads(_read("agents.json"))
    lex.organizations = json.loads(_read("organizations.json"))
    for line in _read("people.tsv").splitlines()[1:]:
        written, country, sector, start, end, *rest = line.split("\t")
        name = person_key(written)
        if written != name:
            lex.display.setdefault(name, written)
        lex.people.setdefault(name, []).append(Office(
            country, sector or None, start or None, end or None, (rest or [""])[0] or None))
        surname = name.split()[-1]
        if len(surname) > 2 and surname.isalpha():
            lex.surnames.setdefault(surname, set()).add(name)
    return lex
