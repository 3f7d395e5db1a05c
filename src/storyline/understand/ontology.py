"""The PLOVER ontology as the event coder needs it: QuadClass, Goldstein, recipients.

The table (data/ontology.json) is derived by scripts/build_event_lexicon.py from the PLOVER
manual and CAMEO2PLOVER crosswalk (OEDA, CC BY-SA 4.0) and GDELT's CAMEO lookup tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Coding:
    """What a PLOVER type (and CAMEO code) adds to an event record."""

    cameo: str
    quad_class: int
    goldstein: float | None


@lru_cache(maxsize=1)
def load_ontology() -> dict:
    text = (resources.files("storyline") / "data" / "ontology.json").read_text()
    return json.loads(text)


def requires_recipient(plover_type: str) -> bool:
    """Whether the PLOVER manual says an event of this type needs a recipient (target)."""
    return load_ontology()["types"][plover_type]["requires_recipient"]


def root_cameo(plover_type: str) -> str:
    return load_ontology()["types"][plover_type]["cameo"]


def cameo_type(code: str) -> str | None:
    """The PLOVER type the crosswalk gives a CAMEO code, if any."""
    row = load_ontology()["cameo"].get(code)
    return row["type"] if row else None


def cameo_mode(code: str) -> str | None:
    row = load_ontology()["cameo"].get(code)
    return row["mode"] if row else None


def describe(plover_type: str, cameo: str | None) -> Coding:
    """QuadClass from the PLOVER type; Goldstein from the CAMEO code (GDELT-compatible)."""
    ontology = load_ontology()
    code = cameo if cameo in ontology["cameo"] else root_cameo(plover_type)
    return Coding(cameo=code, quad_class=ontology["types"][plover_type]["quad_class"],
                  goldstein=ontology["cameo"][code]["goldstein"])
