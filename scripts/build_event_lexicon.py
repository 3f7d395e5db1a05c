"""Derive the event coder's shipped tables from the shared ontology and CAMEO dictionaries.

Writes, under src/storyline/data/:

- ``ontology.json``: PLOVER type -> QuadClass, whether a recipient is required, root CAMEO
  code; CAMEO code -> PLOVER type, mode, Goldstein score, label. Built from
  CAMEO2PLOVER-2021.txt (OEDA, CC BY-SA 4.0), CAMEO.goldsteinscale.txt and
  CAMEO.eventcodes.txt (GDELT lookup tables, facts).
- ``event_lexicon.cameo.json``: from the CAMEO 2.0 verb-pattern dictionary of PETRARCH-2
  (MIT, Open Event Data Alliance): verb lemma -> CAMEO code (verbs with a code of their own
  or their block's), phrasal verb ("rule out", "call for") -> code, (verb, object noun) and
  (verb, particle, object) -> code, (verb, preposition, noun) -> code ("look into
  allegation"). Synonym sets (&NAME) are expanded to their one-word members; a pattern
  is keyed on the verb it was written for. Codes the crosswalk maps to a PLOVER type are kept;
  CAMEO 02x (APPEAL) is kept as REQUEST; a pattern coding CAMEO 01x (public statements:
  PLOVER has no such event) or "---" is kept as "" so that it blocks the bare verb ("declined
  to comment" is no REJECT). The output is deterministic (sorted keys): rerunning the
  script on the same inputs reproduces the shipped file byte for byte.

Usage: python scripts/build_event_lexicon.py [SHARED_DATA_DIR]
(default ../shared/data relative to the project root).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "storyline" / "data"

# From the PLOVER manual (Draft 0.8): section "Quad category" of each type and the summary
# table. SANCTION is MATERIAL CONFLICT in its own section and the summary table.
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
REQUIRES_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}  # "Requires recipient: Yes"
ROOT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "084", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160",
    "COERCE": "170", "ASSAULT": "180",
}  # fmt: skip
APPEAL_AS_REQUEST = "02"  # CAMEO APPEAL: not in the crosswalk; PLOVER REQUEST covers it

ATTRIBUTION = (
    "Derived from the PLOVER manual and CAMEO2PLOVER-2021.txt (Open Event Data Alliance, "
    "https://github.com/openeventdata/PLOVER, CC BY-SA 4.0) and GDELT's CAMEO lookup tables "
    "(CAMEO.goldsteinscale.txt, CAMEO.eventcodes.txt). This table is shared under CC BY-SA 4.0."
)
LEXICON_ATTRIBUTION = (
    "Derived from CAMEO.2.0.txt, the PETRARCH-2 verb-pattern dictionary "
    "(https://github.com/openeventdata/petrarch2, MIT License, Open Event Data Alliance; "
    "development funded by the U.S. NSF). Codes mapped to PLOVER with ontology.json."
)


def read_crosswalk(path: Path) -> dict[str, dict]:
    table: dict[str, dict] = {}
    for line in path.read_text().splitlines():
        match = re.match(r"^(\d{3,4}):\s*([^#]*)#?(.*)$", line)
        if not match:
            continue
        code, fields, label = match.groups()
        parts = [p.strip() for p in fields.split(",")]
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        if mode and mode.startswith(("pro_", "anti_")):
            mode = None  # draft line 175 puts the context "pro_autocracy" in the mode column
        table[code] = {"type": parts[0], "mode": mode, "label": label.strip()}
    return table


def read_pairs(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text(errors="replace").splitlines()[1:]:
        code, _, value = line.partition("\t")
        if code.strip().isdigit():
            pairs[code.strip()] = value.strip()
    return pairs


def build_ontology(data: Path) -> dict:
    crosswalk = read_crosswalk(data / "ontology" / "CAMEO2PLOVER-2021.txt")
    goldstein = read_pairs(data / "ontology" / "CAMEO.goldsteinscale.txt")
    labels = read_pairs(data / "ontology" / "CAMEO.eventcodes.txt")
    cameo = {}
    for code, row in sorted(crosswalk.items()):
        score = goldstein.get(code)
        cameo[code] = {**row, "goldstein": float(score) if score else None}
    for code, label in labels.items():  # APPEAL codes as REQUEST
        if code.startswith(APPEAL_AS_REQUEST) and len(code) >= 3 and code in goldstein:
            cameo[code] = {"type": "REQUEST", "mode": None, "label": label,
                           "goldstein": float(goldstein[code])}
    types = {
        name: {"quad_class": QUAD[name], "requires_recipient": name in REQUIRES_RECIPIENT,
               "cameo": ROOT_CAMEO[name]}
        for name in QUAD
    }
    return {"attribution": ATTRIBUTION, "types": types, "cameo": cameo}


HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
WORD = re.compile(r"^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[([0-9:-]+)\])?")
PATTERN_CODE = re.compile(r"\[([0-9:-]*)\]")
ELEMENT = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+")
PARTICLES = frozenset({"up", "down", "out", "off", "back", "in", "away", "over", "forward",
                       "aside", "together", "on"})
PREPOSITIONS = PARTICLES | {"to", "for", "upon", "with", "against", "into", "from", "at", "by",
                            "of", "about", "toward", "towards", "between", "inside", "onto"}
NO_EVENT = ""  # a pattern whose CAMEO code PLOVER does not code (01x statements, "---")


def singular(word: str) -> str:
    """A naive singular for the plural object nouns the dictionary lists ("talks")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """&NAME blocks before the verb patterns: one-word members only."""
    synsets: dict[str, list[str]] = {}
    name = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if "VERB PATTERNS" in raw:
            break
        if line.startswith("&"):
            name = line
            synsets[name] = []
        elif line.startswith("+") and name:
            word = line[1:].split()[0].lower()
            if "_" not in word:
                synsets[name].append(word)
        elif not line:
            name = None
    return synsets


def nouns(element: str, synsets: dict[str, list[str]]) -> list[str]:
    """The one-word nouns an object element stands for: WORD or &SYNSET (multi-word {A B}
    phrases are left out: their head alone would over-trigger, "{MOCK ATTACK}")."""
    if element.startswith("&"):
        return synsets.get(element, [])
    if element.isalpha() or "-" in element:
        return [element.lower()]
    return []


def pattern_code(code: str, cameo: dict) -> str | None:
    """The event code of a pattern: the first of a pair; NO_EVENT for codes PLOVER does not
    code; None where the pattern codes only a reciprocal (":173")."""
    first = code.split(":")[0]
    if not first:
        return None
    return first if first in cameo else NO_EVENT


def pattern_keys(body: str, verb: str, synsets: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(table, key) of a "- * ..." pattern with no subject constraint, in one of the shapes
    the coder reads: * OBJECT, * PARTICLE OBJECT, * (PREP), * (PREP NOUN), * PARTICLE."""
    parts = ELEMENT.findall(body)
    if not parts or parts[0] != "*":
        return []
    rest = [p for p in parts[1:] if p not in ("$", "^", "%", "+")]
    if len(rest) == 1 and rest[0].startswith("("):
        inner = ELEMENT.findall(rest[0][1:-1])
        prep = inner[0].lower() if inner else ""
        if prep not in PREPOSITIONS:
            return []
        if len(inner) == 1:
            return [("phrasal", f"{verb} {prep}")]
        if len(inner) == 2:
            return [("prep_objects", f"{verb} {prep} {noun}")
                    for noun in nouns(inner[1], synsets)]
        return []
    if len(rest) == 1 and rest[0].lower() in PARTICLES:
        return [("phrasal", f"{verb} {rest[0].lower()}")]
    if len(rest) == 2 and rest[0].lower() in PARTICLES:
        return [("verb_objects", f"{verb} {rest[0].lower()} {noun}")
                for noun in nouns(rest[1], synsets)]
    if len(rest) == 1:
        return [("verb_objects", f"{verb} {noun}") for noun in nouns(rest[0], synsets)]
    return []


def _phrasal(verb: str) -> bool:
    """A two-word block verb that is a verb and its particle ("rule out"), not a fragment
    of a pattern ("arrest and", "is determined")."""
    words = verb.split()
    return len(words) == 2 and words[1] in PREPOSITIONS and words[0] not in ("is", "be")


def _plural_keys(table: str, key: str) -> list[str]:
    if table == "phrasal":
        return [key]
    head, _, noun = key.rpartition(" ")
    return list(dict.fromkeys((key, f"{head} {singular(noun)}")))


def build_lexicon(data: Path, cameo: dict) -> dict:
    """Verb lemmas, phrasal verbs and (verb, object) / (verb, preposition, noun) patterns of
    the CAMEO dictionary whose code maps to PLOVER. A pattern is keyed on the verb it was
    written for (its "# VERB" comment; the block's first verb without one): the blocks are
    broad WordNet synonym sets, and carrying a pattern to every member over-triggers. A
    pattern whose code PLOVER does not code (statements, "---") is kept as "" (no event),
    for every verb of its block."""
    lines = (data / "dictionaries" / "CAMEO.2.0.txt").read_text(errors="replace").splitlines()
    synsets = read_synsets(lines)
    verbs: dict[str, str] = {}
    tables: dict[str, dict[str, str]] = {"phrasal": {}, "verb_objects": {}, "prep_objects": {}}
    block_code: str | None = None
    forms: dict[str, str] = {}  # any written form of a block verb -> its lemma
    in_verbs = False
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        if header := HEADER.match(line):
            first = header.group(2).split(":")[0]
            block_code = first if first.isdigit() else None
            forms = {}
            continue
        if line.startswith("-"):
            code_match = PATTERN_CODE.search(line)
            code = pattern_code(code_match.group(1), cameo) if code_match else None
            origin = raw.rpartition("#")[2].split(",")[0].strip().lower().replace("_", " ")
            verb = forms.get(origin) or next(iter(forms.values()), None)
            if code is None or verb is None:
                continue
            # a no-event pattern holds for the whole block: "declined/refused to comment"
            for each in [verb] + (sorted(set(forms.values())) if code == NO_EVENT else []):
                body = line[1 : code_match.start()].strip()
                for table, key in pattern_keys(body, each, synsets):
                    for form in _plural_keys(table, key):
                        tables[table].setdefault(form, code)
            continue
        if word := WORD.match(line):
            verb = word.group(1).lstrip("+").lower().replace("_", " ")
            forms.setdefault(verb, verb)
            for form in (word.group(2) or "").strip("{}").split():
                forms.setdefault(form.lstrip("+").lower().replace("_", " "), verb)
            own = word.group(4)
            code = own.split(":")[0] if own else block_code
            if code and code in cameo and " " not in verb:
                verbs.setdefault(verb, code)
            elif code and code in cameo and _phrasal(verb):
                tables["phrasal"].setdefault(verb, code)
    return {"attribution": LEXICON_ATTRIBUTION, "verbs": dict(sorted(verbs.items())),
            **{name: dict(sorted(table.items())) for name, table in tables.items()}}


def main(argv: list[str]) -> None:
    data = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data"
    ontology = build_ontology(data)
    lexicon = build_lexicon(data, ontology["cameo"])
    (OUT / "ontology.json").write_text(json.dumps(ontology, indent=1) + "\n")
    (OUT / "event_lexicon.cameo.json").write_text(json.dumps(lexicon, indent=1) + "\n")
    print(f"ontology: {len(ontology['cameo'])} CAMEO codes; lexicon: {len(lexicon['verbs'])} "
          f"verbs, {len(lexicon['phrasal'])} phrasal verbs, {len(lexicon['verb_objects'])} "
          f"verb-object and {len(lexicon['prep_objects'])} verb-preposition-noun patterns")


if __name__ == "__main__":
    main(sys.argv)
