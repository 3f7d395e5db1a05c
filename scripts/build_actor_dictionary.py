"""Build Storyline's actor dictionary from the Phoenix (PETRARCH2) dictionaries.

Reads the TABARI-format Phoenix dictionaries in place and writes compact JSON/TSV files into
src/storyline/data/actors/ (committed output; re-running gives the same files):

    countries.json      iso3 -> name, CAMEO code, adjective, people, names, capital, seats, aliases,
                        ethnic (peoples of one country: 'Yoruba', 'Zulus'), demonyms (other
                        names of its people: 'Filipino', 'Serbs')
    places.json         capitals and major cities with coordinates, plus Phoenix city aliases
    agents.json         role noun phrase -> CAMEO sector (GOV, MIL, JUD, COP, BUS, MED, ...)
    organizations.json  IGOs, NGOs and national institutions -> code, country, sector
    people.tsv          office holders: name, country, sector, start, end (ISO dates or empty),
                        office ('prime minister'; world_tables.LEADERS only, which keep their
                        capitals: the name as the news writes it)
    cameo_iso.json      CAMEO country code -> ISO 3166-1 alpha-3
    NOTICE.md           provenance and the MIT licence of the Phoenix dictionaries

Usage: python scripts/build_actor_dictionary.py [DICTIONARY_DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import world_tables  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DICTIONARIES = ROOT.parent / "shared" / "data" / "dictionaries"
DEFAULT_OUT = ROOT / "src" / "storyline" / "data" / "actors"

COUNTRY_FILE = "Phoenix.Countries.actors.txt"
AGENT_FILE = "Phoenix.agents.txt"
INTERNATIONAL_FILE = "Phoenix.International.actors.txt"
NON_STATE_FILE = "Phoenix.MilNonState.actors.txt"  # optional: armed groups (Hamas, Taliban)
LICENSE_FILE = "LICENSE.petrarch2"

# CAMEO country codes that are not ISO 3166-1 alpha-3 (None: no current country).
CAMEO_EXCEPTIONS = {
    "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BYS": "BLR", "SRP": "SRB",
    "DDR": None, "KNT": None, "SUN": None, "YUG": None, "CSK": None,
}  # fmt: skip

# Words that make a dictionary entry an institution rather than a person.
INSTITUTION_WORDS = {
    "ARMY", "FORCES", "FORCE", "MINISTRY", "DEPARTMENT", "PARTY", "COUNCIL", "COURT", "POLICE",
    "PARLIAMENT", "ASSEMBLY", "CONGRESS", "SENATE", "AGENCY", "COMMISSION", "OFFICE", "BANK",
    "NAVY", "GUARD", "SERVICE", "MILITARY", "GOVERNMENT", "CABINET", "COMMITTEE", "BUREAU",
    "FRONT", "MOVEMENT", "UNION", "ORGANIZATION", "ORGANISATION", "INSTITUTE", "AUTHORITY",
    "CORPORATION", "COMPANY", "CORPS", "BRIGADE", "REGIME", "SECURITY", "INTELLIGENCE",
    "ADMINISTRATION", "LEGISLATURE", "POLITBURO", "SOVIET", "DIET", "JUNTA", "FEDERATION",
}  # fmt: skip

# Role nouns the news uses that Phoenix.agents.txt lacks or codes differently.
EXTRA_AGENTS = {
    "ambassador": "GOV", "diplomat": "GOV", "envoy": "GOV", "consul": "GOV", "minister": "GOV",
    "ministry": "GOV", "government": "GOV", "president": "GOV", "prime minister": "GOV",
    "premier": "GOV", "spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV",
    "official": "GOV", "authority": "GOV", "authorities": "GOV", "administration": "GOV",
    "foreign minister": "GOV", "foreign ministry": "GOV", "state department": "GOV",
    "department": "GOV", "cabinet": "GOV", "lawmaker": "LEG", "legislator": "LEG",
    "parliament": "LEG", "senator": "LEG", "congressman": "LEG", "congresswoman": "LEG",
    "court": "JUD", "judge": "JUD", "prosecutor": "JUD", "justice": "JUD", "lawyer": "JUD",
    "police": "COP", "officer": "COP", "army": "MIL", "military": "MIL", "troops": "MIL",
    "paratrooper": "MIL", "tribesman": "CVL", "forces": "MIL", "rebel forces": "REB",
    "insurgent forces": "REB", "gang member": "CRM",
    "soldier": "MIL", "general": "MIL", "navy": "MIL", "rebel": "REB", "insurgent": "REB",
    "militant": "REB", "executive": "BUS", "chief executive": "BUS", "company": "BUS",
    "firm": "BUS", "giant": "BUS", "maker": "BUS", "manufacturer": "BUS", "entrepreneur": "BUS",
    "businessman": "BUS", "businesswoman": "BUS", "carrier": "BUS", "chief financial officer":
    "BUS", "chief executive officer": "BUS", "ceo": "BUS", "cfo": "BUS", "founder": "BUS",
    "consultant": "BUS", "bank": "BUS", "corporation": "BUS", "business": "BUS",
    "journalist": "MED", "reporter": "MED", "newspaper": "MED", "editor": "MED",
    "broadcaster": "MED", "activist": "CVL", "protester": "CVL", "citizen": "CVL",
    "national": "CVL", "resident": "CVL", "student": "EDU", "professor": "EDU",
    "researcher": "EDU", "university": "EDU", "party": "PTY", "opposition": "OPP",
    "spy": "SPY", "intelligence agency": "SPY", "security service": "SPY",
    "security services": "SPY", "refugee": "REF", "doctor": "HLH",
    "hospital": "HLH", "worker": "LAB", "union": "LAB", "priest": "REL", "pastor": "REL",
    "cleric": "REL", "church": "REL", "former diplomat": "ELI", "former president": "ELI",
    "former minister": "ELI", "former prime minister": "ELI", "leader": "GOV",
    "negotiator": "GOV", "mediator": "GOV", "peacekeeper": "MIL", "peacekeeping force": "MIL",
    "guerrilla": "REB", "separatist": "REB", "fighter": "REB", "gunman": "REB",
    "demonstrator": "CVL", "civilian": "CVL", "villager": "CVL", "opposition group": "OPP",
    "dissident": "OPP", "chief operating officer": "BUS", "foreign affairs minister": "GOV",
    "defence minister": "GOV", "defense minister": "GOV", "interior minister": "GOV",
    "finance minister": "GOV", "justice minister": "GOV", "trade minister": "GOV",
    "defence secretary": "GOV", "defense secretary": "GOV", "foreign secretary": "GOV",
    "secretary of state": "GOV", "secretary-general": "GOV", "secretary general": "GOV",
    # public bodies (a side only when owned: roles.OWNED_ROLES) and offices
    "commission": "GOV", "council": "GOV", "agency": "GOV", "watchdog": "GOV", "body": "GOV",
    "office": "GOV", "bureau": "GOV", "presidency": "GOV", "emir": "GOV", "sultan": "GOV",
    "ombudsman": "GOV", "comptroller general": "GOV", "auditor general": "GOV",
    "labour federation": "LAB", "labor federation": "LAB",
    "lower house": "LEG", "upper house": "LEG",
    # the uniformed: absent from the Phoenix agents as single words
    "policeman": "COP", "policewoman": "COP", "gendarme": "COP", "gendarmerie": "COP",
    "prison guard": "COP", "trooper": "MIL", "serviceman": "MIL", "servicewoman": "MIL",
    "servicemember": "MIL", "marine": "MIL", "airman": "MIL", "servicemen": "MIL",
    "servicewomen": "MIL", "airmen": "MIL",  # the lemmatiser leaves some plurals as they are
    "carrier group": "MIL", "aircraft carrier group": "MIL", "carrier strike group": "MIL",
    "strike group": "MIL", "aid agency": "NGO", "aid organization": "NGO",
    "aid organisation": "NGO", "relief agency": "NGO", "humanitarian agency": "NGO",
    "humanitarian organization": "NGO", "humanitarian organisation": "NGO",
    "humanitarian group": "NGO", "youths": "CVL", "teenager": "CVL",  # not "Youth" (names)
    "young people": "CVL", "young men": "CVL",
}  # fmt: skip

# Phoenix country aliases that name bigger or better-known places elsewhere ("Georgetown,
# Texas", "St. John's, Newfoundland", "Nassau County"): left out, not taken for the state.
AMBIGUOUS_ALIASES = {"georgetown", "nassau", "st. george's", "st. georges", "saint john's",
                     "st. john's", "black river"}

# CAMEO codes for non-state actor types (the rest of the 3-letter prefixes are regions).
ORGANIZATION_TYPES = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "UAF"}

# Bodies the news names by a short form Phoenix.International.actors.txt lacks (codes as there).
EXTRA_ORGANIZATIONS = {
    "eu": "IGOEUREEC", "european community": "IGOEUREEC", "ec": "IGOEUREEC",
    "european economic community": "IGOEUREEC", "who": "IGOUNOHLHWHO",
    "african union": "IGOAFRAFU", "au": "IGOAFRAFU", "oau": "IGOAFROAU",
    "u.n. security council": "IGOUNO", "un security council": "IGOUNO",
    "international labor office": "IGOUNOLAB", "international labour office": "IGOUNOLAB",
    "international labor organization": "IGOUNOLAB", "ilo": "IGOUNOLAB",
    "world food program": "IGOUNOAGRWFP", "world food programme": "IGOUNOAGRWFP",
    "wfp": "IGOUNOAGRWFP", "unhcr": "IGOUNOREFHCR", "unicef": "IGOUNOKID",
    "houthi": "YEMREB", "houthis": "YEMREB",
    # U.N. agencies and missions, regional and trade bodies news names that Phoenix lacks
    "unrwa": "IGOUNOREF", "united nations relief and works agency": "IGOUNOREF",
    "ocha": "IGOUNO", "office for the coordination of humanitarian affairs": "IGOUNO",
    "unfpa": "IGOUNOHLH", "unaids": "IGOUNOHLH", "unep": "IGOUNO", "fao": "IGOUNOAGRFAO",
    "unifil": "IGOUNO", "monusco": "IGOUNO", "minusma": "IGOUNO", "unmiss": "IGOUNO",
    "un human rights council": "IGOUNO", "u.n. human rights council": "IGOUNO",
    "human rights council": "IGOUNO", "un refugee agency": "IGOUNOREFHCR",
    "u.n. refugee agency": "IGOUNOREFHCR", "international criminal court": "IGOJUDICC",
    "osce": "IGO", "wto": "IGOBUSWTO", "world trade organization": "IGOBUSWTO",
    "gulf cooperation council": "IGOMEAGCC", "iom": "IGO",
    "international organization for migration": "IGO", "g7": "IGO", "g20": "IGO",
    "brics": "IGO", "shanghai cooperation organisation": "IGO",
    "shanghai cooperation organization": "IGO", "caricom": "IGO", "mercosur": "IGO",
    "east african community": "IGO", "pacific islands forum": "IGO",
    "save the children": "NGO", "european council": "IGOEUREEC",
    "council of the european union": "IGOEUREEC", "european central bank": "IGOEUREEC",
    "ecb": "IGOEUREEC", "european court of human rights": "IGOEURCOE",
    "european court of justice": "IGOEUREEC",
    # seats of government the news names for the government (metonymy)
    "state department": "USAGOV", "u.s. treasury": "USAGOV", "us treasury": "USAGOV",
    "downing street": "GBRGOV", "elysee": "FRAGOV", "élysée": "FRAGOV",
    "elysee palace": "FRAGOV", "quai d'orsay": "FRAGOV", "zhongnanhai": "CHNGOV",
    "blue house": "KORGOV", "malacanang": "PHLGOV", "malacañang": "PHLGOV",
}  # fmt: skip

# Names whose sense in the news beats the one Phoenix lists ("ISIS" there is the Institute
# for Science and International Security) or that Phoenix codes only with a date range the
# builder cannot keep (THE_ISLAMIC_STATE [IMGMUSISI >20130408]): these replace Phoenix.
NEWS_SENSES = {
    "isis": "IMGMUSISI", "isil": "IMGMUSISI", "islamic state": "IMGMUSISI",
    "islamic state group": "IMGMUSISI", "daesh": "IMGMUSISI", "da'esh": "IMGMUSISI",
    "islamic state of iraq and syria": "IMGMUSISI",
    "islamic state of iraq and the levant": "IMGMUSISI",
}  # fmt: skip

CODE_RE = re.compile(r"\[([~A-Z]+)(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
SET_RE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


@dataclass
class Entry:
    """One TABARI dictionary entry: a name, its + synonyms and its (dated) codes."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.synonyms]


def phrase(raw: str) -> str:
    """'PEOPLE'S_REPUBLIC_OF_CHINA_' -> "people's republic of china"."""
    return " ".join(raw.replace("_", " ").split()).strip().lower()


def tabari_date(raw: str | None) -> str | None:
    """TABARI dates are YYMMDD (years <= 30 read as 20YY) or YYYYMMDD; return ISO."""
    if not raw:
        return None
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year <= 30 else 1900 + year}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def parse_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    codes = []
    for code, bound, first, second in CODE_RE.findall(text):
        start, end = tabari_date(first or None), tabari_date(second or None)
        if bound == "<":  # valid until the date
            start, end = None, start
        codes.append((code, start, end))
    return codes


def parse_actor_file(path: Path) -> list[Entry]:
    """Entries of a TABARI .actors file (names, + synonyms, dated [CODE ...] lines)."""
    entries: list[Entry] = []
    current: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is not None:
                current.synonyms.append(phrase(CODE_RE.sub("", stripped[1:])))
                current.codes.extend(parse_codes(stripped))
        elif stripped.startswith("["):
            if current is not None:
                current.codes.extend(parse_codes(stripped))
        else:
            name = phrase(CODE_RE.sub("", stripped.split("\t")[0]))
            current = Entry(name=name, codes=parse_codes(stripped))
            entries.append(current)
    return [e for e in entries if e.name]


def parse_agents(path: Path) -> dict[str, str]:
    """Role phrases -> sector (first three letters of the ~ agent code)."""
    sets: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if match := SET_RE.match(line):
            sets[match.group(1)] = [w.strip() for w in match.group(2).split(",")]
            continue
        code = re.search(r"\[~([A-Z]{3})", line)
        if not code:
            continue
        words = re.sub(r"\{.*?\}|\[.*?\]", "", line).strip()
        for variant in expand_sets(words, sets):
            key = phrase(variant)
            if key and key not in agents:
                agents[key] = code.group(1)
    return agents


def expand_sets(words: str, sets: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", words)
    if not match or match.group(1) not in sets:
        return [words.replace("!", "")]
    head, tail = words[: match.start()], words[match.end() :]
    return [v for item in sets[match.group(1)] for v in expand_sets(f"{head}_{item}{tail}", sets)]


def cameo_to_iso(entries: list[Entry]) -> dict[str, str]:
    """CAMEO country codes -> ISO-3: identity for ISO-like codes, the exceptions table otherwise."""
    known = {row[0] for row in rows(world_tables.COUNTRIES)}
    mapping = {}
    for entry in entries:
        for code, _, _ in entry.codes:
            if len(code) == 3 and code.isalpha():
                mapping[code] = code
    mapping.update({code: code for code in known})
    for code, iso in CAMEO_EXCEPTIONS.items():
        mapping.pop(code, None)
        if iso:
            mapping[code] = iso
    return dict(sorted(mapping.items()))


def rows(table: str) -> list[list[str]]:
    return [line.split("|") for line in table.strip().splitlines() if line.strip()]


def build_countries(entries: list[Entry], iso_of: dict[str, str]) -> dict[str, dict]:
    countries: dict[str, dict] = {}
    for iso, name, adjective, people, capital, _, _ in rows(world_tables.COUNTRIES):
        countries[iso] = {
            "name": name, "cameo": next((c for c, i in iso_of.items() if i == iso), iso),
            "adjective": adjective, "people": people, "names": [name.lower()],
            "capital": capital, "seats": [], "aliases": [], "ethnic": [], "demonyms": [],
        }  # fmt: skip
    for iso, adjective, people in rows(getattr(world_tables, "ETHNIC_GROUPS", "")):
        countries[iso]["ethnic"].extend([adjective, people])
    for iso, adjective, people in rows(world_tables.DEMONYMS):
        countries[iso]["demonyms"].extend(dict.fromkeys([adjective, people]))
    for iso, *names in rows(world_tables.SHORT_NAMES):
        countries[iso]["names"].extend(n.lower() for n in names)
    for iso, *names in rows(world_tables.SEATS):
        countries[iso]["seats"].extend(names)
    by_name = {n: iso for iso, c in countries.items() for n in c["names"]}
    for entry in entries:
        iso = country_of_entry(entry, iso_of, by_name)
        if not iso or iso not in countries:
            continue
        country = countries[iso]
        taken = {*country["names"], country["adjective"].lower(), country["people"].lower()}
        for alias in entry.names:
            if alias in AMBIGUOUS_ALIASES:
                continue
            if alias and alias not in taken and alias not in country["aliases"]:
                country["aliases"].append(alias)
    return countries


def country_of_entry(entry: Entry, iso_of: dict[str, str], by_name: dict[str, str]) -> str | None:
    """The country an entry names: a bare 3-letter code, or a name our table knows."""
    bare = [iso_of.get(code) for code, _, _ in entry.codes if len(code) == 3]
    if bare and bare[0]:
        return bare[0]
    return by_name.get(entry.name) if not entry.codes or bare else None


def split_code(code: str, iso_of: dict[str, str]) -> tuple[str | None, str | None]:
    """'CANGOVBUS' -> ('CAN', 'GOV'); 'IGOUNO' -> (None, 'IGO')."""
    country = iso_of.get(code[:3])
    if country:
        return country, code[3:6] or None
    return None, code[:3]


def is_institution(name: str) -> bool:
    return bool(INSTITUTION_WORDS & set(name.upper().split()))


Person = tuple[str, str, str, str, str, str]  # name, country, sector, start, end, office


def build_people_and_institutions(
    entries: list[Entry], iso_of: dict[str, str], country_isos: set[str]
) -> tuple[list[Person], dict[str, dict]]:
    people: list[Person] = []
    institutions: dict[str, dict] = {}
    for entry in entries:
        coded = [c for c in entry.codes if len(c[0]) > 3]
        if not coded:
            continue
        if is_institution(entry.name) or not any(start or end for _, start, end in entry.codes):
            country, sector = split_code(coded[0][0], iso_of)
            if country and country not in country_isos:
                continue
            for name in entry.names:
                institutions.setdefault(name, {"code": coded[0][0], "country": country,
                                               "sector": sector})
            continue
        for code, start, end in entry.codes:
            country, sector = split_code(code, iso_of)
            if not country or country not in country_isos:
                continue
            for name in entry.names:
                if len(name.split()) >= 2:
                    people.append((name, country, sector or "", start or "", end or "", ""))
    return sorted(set(people)), institutions


def leaders(country_isos: set[str]) -> list[Person]:
    """Office holders since the Phoenix dictionaries (world_tables.LEADERS)."""
    found = []
    for name, iso, sector, start, end, office in rows(world_tables.LEADERS):
        if iso not in country_isos:
            raise ValueError(f"LEADERS: unknown country {iso} for {name}")
        found.append((name, iso, sector, start, end, office))
    return found


def companies() -> dict[str, dict]:
    """Companies by headquarters country (world_tables.COMPANIES): CAMEO '<ISO>BUS'."""
    return {name.lower(): {"code": f"{iso}BUS", "country": iso, "sector": "BUS"}
            for name, iso in rows(world_tables.COMPANIES)}


def build_international(entries: list[Entry], iso_of: dict[str, str]) -> dict[str, dict]:
    """IGOs and NGOs keep their Phoenix code; a multinational 'MNCUSA' becomes USA BUS;
    a national armed group 'PSEREBHMS' is that country's REB."""
    organizations: dict[str, dict] = {}
    for entry in entries:
        if not entry.codes or any(start or end for _, start, end in entry.codes):
            continue  # dated codes are people (secretaries general ...)
        code = entry.codes[0][0]
        record = {"code": code, "country": None, "sector": code[:3]}
        if code[:3] not in ORGANIZATION_TYPES:  # a region: 'MEAREB' is a Middle East REB
            record["sector"] = code[3:6] or None
        if code.startswith("MNC"):
            country = iso_of.get(code[3:6])
            record = {"code": f"{country}BUS" if country else "MNC", "country": country,
                      "sector": "BUS"}
        elif iso_of.get(code[:3]):
            country, sector = split_code(code, iso_of)
            record = {"code": code, "country": country, "sector": sector}
        for name in entry.names:
            organizations.setdefault(name, record)
    return organizations


def extra_organizations() -> dict[str, dict]:
    return {name: _extra_record(code) for name, code in EXTRA_ORGANIZATIONS.items()}


def _extra_record(code: str) -> dict:
    if code[:3] in ORGANIZATION_TYPES:
        return {"code": code, "country": None, "sector": code[:3]}
    return {"code": code, "country": code[:3], "sector": code[3:6] or None}  # "YEMREB"


def build_places(countries: dict[str, dict]) -> list[dict]:
    places = []
    for iso, _, _, _, capital, lat, lon in rows(world_tables.COUNTRIES):
        places.append({"name": capital, "country": iso, "lat": float(lat), "lon": float(lon),
                       "capital": True})
    for name, iso, lat, lon in rows(world_tables.CITIES):
        places.append({"name": name, "country": iso, "lat": float(lat), "lon": float(lon),
                       "capital": False})
    return places


NOTICE = """# Actor dictionary data

Generated by `scripts/build_actor_dictionary.py`; do not edit by hand, re-run the script.

Sources:

- Phoenix / PETRARCH2 dictionaries (`Phoenix.Countries.actors.txt`, `Phoenix.agents.txt`,
  `Phoenix.International.actors.txt`) by the Open Event Data Alliance, derived from the
  CAMEO and CountryInfo work of the Computational Event Data System Project
  (http://eventdata.parusanalytics.com), under the MIT licence below.
- `scripts/world_tables.py`: hand-curated general reference facts (demonyms, capitals,
  approximate city coordinates, short country names, office holders since 2014 and large
  companies' home countries, from the public record).

CAMEO country codes are mapped to ISO 3166-1 alpha-3 (`cameo_iso.json`).

## Licence of the Phoenix dictionaries

"""


def build(dictionaries: Path, out: Path) -> dict[str, int]:
    """Write the dictionary files into out; return counts of what was written."""
    country_entries = parse_actor_file(dictionaries / COUNTRY_FILE)
    iso_of = cameo_to_iso(country_entries)
    countries = build_countries(country_entries, iso_of)
    people, institutions = build_people_and_institutions(country_entries, iso_of, set(countries))
    organizations = build_international(
        parse_actor_file(dictionaries / INTERNATIONAL_FILE), iso_of
    )
    non_state = dictionaries / NON_STATE_FILE
    if non_state.exists():
        for name, record in build_international(parse_actor_file(non_state), iso_of).items():
            organizations.setdefault(name, record)
    for name, record in extra_organizations().items():
        organizations.setdefault(name, record)
    organizations.update((name, _extra_record(code)) for name, code in NEWS_SENSES.items())
    organizations.update(institutions)
    for name, record in companies().items():
        organizations.setdefault(name, record)
    people = sorted({*people, *leaders(set(countries))})
    agents = parse_agents(dictionaries / AGENT_FILE)
    agents.update(EXTRA_AGENTS)
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "countries.json", countries)
    write_json(out / "places.json", build_places(countries))
    write_json(out / "agents.json", dict(sorted(agents.items())))
    write_json(out / "organizations.json", dict(sorted(organizations.items())))
    write_json(out / "cameo_iso.json", iso_of)
    with (out / "people.tsv").open("w", encoding="utf-8") as handle:
        handle.write("name\tcountry\tsector\tstart\tend\toffice\n")
        handle.writelines("\t".join(row) + "\n" for row in people)
    licence = dictionaries / LICENSE_FILE
    licence_text = licence.read_text(encoding="utf-8") if licence.exists() else "MIT"
    (out / "NOTICE.md").write_text(NOTICE + licence_text, encoding="utf-8")
    return {"countries": len(countries), "people": len(people), "agents": len(agents),
            "organizations": len(organizations)}


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                    + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionaries", nargs="?", type=Path, default=DEFAULT_DICTIONARIES)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    counts = build(args.dictionaries, args.out)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
