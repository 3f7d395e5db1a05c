"""Derive the event coder's shipped tables from the shared ontology and CAMEO dictionaries.

Writes, under src/storyline/data/:

- ``ontology.json``: PLOVER type -> QuadClass, whether a recipient is required, root CAMEO
  code; CAMEO code -> PLOVER type, mode, Goldstein score, label. Built from
  CAMEO2PLOVER-2021.txt (OEDA, CC BY-SA 4.0), CAMEO.goldsteinscale.txt and
  CAMEO.eventcodes.txt (GDELT lookup tables, facts).
- ``event_lexicon.cameo.json``: verb lemma -> CAMEO code and (verb, object noun) -> CAMEO
  code, from the CAMEO 2.0 verb-pattern dictionary of PETRARCH-2 (MIT, Open Event Data
  Alliance). Only codes that the crosswalk maps to a PLOVER type are kept; CAMEO 02x
  (APPEAL) is kept as REQUEST, CAMEO 01x (public statements) is dropped: PLOVER has no
  such event.

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
PATTERN = re.compile(r"^-\s+\*\s+([A-Z]+)\s+\[(\d{3,4})")
WORD = re.compile(r"^([A-Z][A-Z_-]*)\s*(\{[^}]*\})?\s*(\[(\d{3,4}|---)\])?")


def build_lexicon(data: Path, cameo: dict) -> dict:
    """Verb lemmas and (verb, object) pairs of the CAMEO dictionary whose code maps to PLOVER."""
    verbs: dict[str, str] = {}
    objects: dict[str, str] = {}
    block_code: str | None = None
    block_verbs: list[str] = []
    in_verbs = False
    lines = (data / "dictionaries" / "CAMEO.2.0.txt").read_text(errors="replace").splitlines()
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
            block_verbs = []
            continue
        if pattern := PATTERN.match(line):
            code, origin = pattern.group(2), raw.rpartition("#")[2].strip().lower()
            verb = origin if origin in block_verbs else (block_verbs or [""])[0]
            if code in cameo and verb:
                objects.setdefault(f"{verb} {pattern.group(1).lower()}", code)
            continue
        if word := WORD.match(line):
            verb = word.group(1).lower().replace("_", " ")
            block_verbs.append(verb)
            code = word.group(4) if word.group(4) and word.group(4).isdigit() else block_code
            if code and code in cameo:
                verbs.setdefault(verb, code)
    return {"attribution": LEXICON_ATTRIBUTION, "verbs": dict(sorted(verbs.items())),
            "verb_objects": dict(sorted(objects.items()))}


def main(argv: list[str]) -> None:
    data = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data"
    ontology = build_ontology(data)
    lexicon = build_lexicon(data, ontology["cameo"])
    (OUT / "ontology.json").write_text(json.dumps(ontology, indent=1) + "\n")
    (OUT / "event_lexicon.cameo.json").write_text(json.dumps(lexicon, indent=1) + "\n")
    print(f"ontology: {len(ontology['cameo'])} CAMEO codes; lexicon: {len(lexicon['verbs'])} "
          f"verbs, {len(lexicon['verb_objects'])} verb-object patterns")


if __name__ == "__main__":
    main(sys.argv)
