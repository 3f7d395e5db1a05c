"""A user's own actors (`--actors FILE`): a small CSV laid over the shipped dictionary.

Columns (a header line first; name and kind required, the rest may be empty):

    name,country,sector,kind,aliases,start,end
    Jane Roe,CAN,GOV,person,J. Roe|Roe,2020-01-01,
    Acme Relief,,NGO,organization,AR,,

- kind: person, organization or country. A country entry adds names for an existing
  country (country = its ISO-3 code): "Oz,AUS,,country,,,".
- aliases: other names, separated by '|'.
- start/end: YYYY-MM-DD, the dates a person held the role (a person's office).

User entries win over the shipped ones with the same name. YAML is not read: PyYAML is not a
dependency of Storyline.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from storyline.understand import lexicon
from storyline.understand.lexicon import Lexicon, Office, normalise, person_key

COLUMNS = ("name", "country", "sector", "kind", "aliases", "start", "end")
KINDS = {"person", "organization", "organisation", "country"}


class UserActorsError(ValueError):
    """A malformed user actors file; line is the 1-based line of the file."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)


@dataclass(frozen=True)
class UserActor:
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def load_user_actors(path: str | Path) -> tuple[UserActor, ...]:
    """Read and check a user actors CSV file."""
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        raise UserActorsError("YAML is not supported (PyYAML is not installed); use CSV")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UserActorsError(f"cannot read {path}: {err}") from err
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = {"name", "kind"} - set(header)
    if missing:
        raise UserActorsError(f"header must name the columns {', '.join(COLUMNS)}; "
                              f"missing {', '.join(sorted(missing))}", 1)
    unknown = set(header) - set(COLUMNS)
    if unknown:
        raise UserActorsError(f"unknown column(s) {', '.join(sorted(unknown))}", 1)
    reader.fieldnames = header
    found = []
    for row in reader:
        if None in row:
            raise UserActorsError("more fields than columns", reader.line_num)
        cells = {k: (v or "").strip() for k, v in row.items()}
        if not any(cells.values()):
            continue
        found.append(parse_row(cells, reader.line_num))
    return tuple(found)


def parse_row(cells: dict[str, str], line: int) -> UserActor:
    name, kind = cells.get("name", ""), cells.get("kind", "").lower()
    if not name:
        raise UserActorsError("name is empty", line)
    if kind not in KINDS:
        raise UserActorsError(f"kind {kind!r} is not one of person, organization, country", line)
    country = cells.get("country", "").upper() or None
    if country and country not in lexicon.load_lexicon().countries:
        raise UserActorsError(f"country {country!r} is not an ISO-3 code the dictionary knows",
                              line)
    if kind == "country" and not country:
        raise UserActorsError("a country entry needs its ISO-3 code in 'country'", line)
    sector = cells.get("sector", "").upper() or None
    if sector and not (len(sector) == 3 and sector.isalpha()):
        raise UserActorsError(f"sector {sector!r} is not a 3-letter CAMEO code (GOV, BUS...)",
                              line)
    dates = []
    for column in ("start", "end"):
        value = cells.get(column, "") or None
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError as err:
                raise UserActorsError(f"{column} {value!r} is not a YYYY-MM-DD date",
                                      line) from err
        dates.append(value)
    aliases = tuple(a.strip() for a in cells.get("aliases", "").split("|") if a.strip())
    kind = "organization" if kind == "organisation" else kind
    return UserActor(name, kind, country, sector, aliases, dates[0], dates[1])


def overlay(base: Lexicon, actors: tuple[UserActor, ...]) -> Lexicon:
    """A copy of the dictionary with the user's actors laid over it (theirs win)."""
    lex = copy.copy(base)
    for table in ("people", "surnames", "display", "organizations", "country_names"):
        setattr(lex, table, copy.copy(getattr(base, table)))
    lex._acronyms = {}
    for actor in actors:
        if actor.kind == "person":
            # undated: held at any date (a dated office is what a surname alone may name)
            office = Office(actor.country or "", actor.sector, actor.start or "0001-01-01",
                            actor.end)
            for name in actor.names:
                key = person_key(name)
                lex.people[key] = [office]
                lex.display[key] = actor.name
            key = person_key(actor.name)
            surname = key.split()[-1]
            lex.surnames[surname] = {*lex.surnames.get(surname, set()), key}
        elif actor.kind == "organization":
            record = {"code": f"{actor.country or ''}{actor.sector or ''}" or None,
                      "country": actor.country, "sector": actor.sector}
            for name in actor.names:
                lex.organizations[normalise(name)] = record
        else:
            for name in actor.names:
                lex.country_names[normalise(name)] = actor.country
    return lex


_overlays: dict[tuple[UserActor, ...], Lexicon] = {}


@contextmanager
def user_actors(actors: tuple[UserActor, ...] | None):
    """Within the block, load_lexicon() returns the dictionary with these actors laid over."""
    if not actors:
        yield
        return
    if actors not in _overlays:
        _overlays[actors] = overlay(lexicon.shipped_lexicon(), actors)
    token = lexicon.OVERLAY.set(_overlays[actors])
    try:
        yield
    finally:
        lexicon.OVERLAY.reset(token)
