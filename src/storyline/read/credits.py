"""Bylines, wire-service credits and datelines.

No extractor library finds wire credits, so these are patterns: "By First Last [and First
Last]", "First Last, Reuters", a line that is only a wire service's name, and a dateline such
as "OTTAWA (AP) —" at the start of the first paragraph.
"""

from __future__ import annotations

import re

# Wire services: every spelling seen in credits -> the name we record.
WIRE_SERVICES = {
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "ap": "The Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "upi": "United Press International",
    "united press international": "United Press International",
    "dpa": "Deutsche Presse-Agentur",
    "deutsche presse-agentur": "Deutsche Presse-Agentur",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "kyodo": "Kyodo News",
    "kyodo news": "Kyodo News",
    "ansa": "ANSA",
    "efe": "EFE",
    "the canadian press": "The Canadian Press",
    "canadian press": "The Canadian Press",
    "cp": "The Canadian Press",
    "press association": "PA Media",
    "pa media": "PA Media",
    "yonhap": "Yonhap",
    "anadolu agency": "Anadolu Agency",
    "tass": "TASS",
    "interfax": "Interfax",
    "press trust of india": "Press Trust of India",
    "pti": "Press Trust of India",
    "ians": "IANS",
    "ani": "ANI",
}
WIRE_PATTERN = (
    "(?i:"
    + "|".join(re.escape(name) for name in sorted(WIRE_SERVICES, key=len, reverse=True))
    + ")"
)
_ROLE = r"(?:\s+(?i:writers?|staff|reporters?|correspondents?))?"
_WIRE_LINE = re.compile(rf"^\W*({WIRE_PATTERN}){_ROLE}\W*$")
_NAME_WORD = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.|(?:de|van|von|der|da|di|al|bin|el|la|le)\b)"
_NAME = rf"[A-Z][a-zA-Z'’\-.]*(?:\s+{_NAME_WORD}){{1,3}}"
_NAMES = rf"({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
_BYLINE = re.compile(
    rf"^(?i:by)\s*:?\s+{_NAMES}\s*(?:[,|/–—-]\s*({WIRE_PATTERN}|[A-Z][\w .&'-]{{1,40}}))?"
    rf"{_ROLE}\s*$"
)
_NAME_WIRE = re.compile(rf"^{_NAMES}\s*[,|/–—-]\s*({WIRE_PATTERN}){_ROLE}\s*$")
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’\-]{{1,40}}(?:,\s*[A-Z][\w .]{{1,30}})?\s*\(({WIRE_PATTERN})\)\s*[-–—]",
)
# Wire copy's closing credit: "Reporting by A in Place and B; Editing by C".
_REPORTING = re.compile(r"^(?i:(?:additional )?(?:reporting|writing) by)\s+([^;]{3,150})(?:;.*)?$")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’\-]*$")
_SPLIT_NAMES = re.compile(r"\s*(?:,|\band\b|&)\s*")


def wire_credit(text: str) -> str | None:
    """The wire service a line names when the line is only that name ("The Associated Press")."""
    if len(text) > 80:
        return None
    match = _WIRE_LINE.match(text.strip())
    return WIRE_SERVICES[match.group(1).lower()] if match else None


def _names(group: str) -> list[str]:
    names = [name.strip() for name in _SPLIT_NAMES.split(group) if name.strip()]
    return [name for name in names if _looks_like_name(name)]


NOT_NAME_WORDS = frozenset(
    "the our editors editor staff team desk news newsroom admin reporter correspondent".split()
)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if any(w.lower() in NOT_NAME_WORDS for w in words):
        return False
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() or w.islower() for w in words)
        and (words[0][0].isupper() and words[-1][0].isupper())
    )


def byline(text: str) -> tuple[list[str], str | None] | None:
    """(authors, wire credit) when the line is a byline, else None."""
    stripped = text.strip()
    if len(stripped) > 160:
        return None
    match = _BYLINE.match(stripped)
    if match:
        names = _names(match.group(1))
        if not names:
            return None
        wire = match.group(2)
        return names, WIRE_SERVICES.get(wire.lower()) if wire else None
    match = _NAME_WIRE.match(stripped)
    if match and (names := _names(match.group(1))):
        return names, WIRE_SERVICES[match.group(2).lower()]
    match = _REPORTING.match(stripped)
    if match:
        pieces = [_IN_PLACE.sub("", piece) for piece in _SPLIT_NAMES.split(match.group(1))]
        names = [piece.strip() for piece in pieces if _looks_like_name(piece.strip())]
        return (names, None) if names else None
    return None


def dateline_credit(paragraph: str) -> str | None:
    """The wire service of a dateline like "OTTAWA (AP) —" opening a paragraph."""
    match = _DATELINE.match(paragraph[:120])
    return WIRE_SERVICES[match.group(1).lower()] if match else None


def author_names(author: str | None) -> list[str]:
    """Person names in an author field from page metadata ("A B; C D", "A B and C D")."""
    if not author:
        return []
    parts = re.split(r"\s*(?:;|,|\band\b|&|\|)\s*", author)
    return [p.strip() for p in parts if p.strip() and _looks_like_name(p.strip())]
