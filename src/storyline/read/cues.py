"""Surface cues that mark a line as page furniture whatever its position.

Each cue is a short generic list (calls to action, photo credits, legal notices), not
phrases from any particular site.
"""

from __future__ import annotations

import re

from storyline.read.lines import Line

ADVERT = re.compile(
    r"\b(?:advertis\w*|sponsored|promoted|download\w*|apps?|jobs?|careers?|hiring|free|shop"
    r"|buy|deals?|discount|coupons?|casino|betting|subscribe|subscription|newsletter"
    r"|sign[ -]?up|install|google play|app store|premium)\b",
    re.IGNORECASE,
)
NAVIGATION = re.compile(
    r"\b(?:continue reading|read more|read next|read also|also read|see also|related|recent"
    r"|latest|popular|trending|most read|more (?:news|stories|from)|follow us|connect with us"
    r"|find us|like us|share(?: this)?|tweet|comments?|leave a (?:comment|reply)|log ?in"
    r"|sign in|menu|home ?page|next|previous|back to top|skip to|click here|tags?"
    r"|categor(?:y|ies)|search|load more|view all|see all|top stories)\b",
    re.IGNORECASE,
)
# An imperative that opens a call to action in a sentence-length line.
CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign up|download|follow us|click|tap|get the|join us|support us|like us"
    r"|advertise|register|log in)\b",
    re.IGNORECASE,
)
LIST_HEADER = re.compile(
    r"^(?:recent|related|latest|popular|trending|more|top|most read|most popular|you may also"
    r"|you might also|read next|also read|recommended|editor'?s picks|further reading)\b"
    r"|\b(?:news|stories|posts|articles|headlines|videos)$",
    re.IGNORECASE,
)
LEGAL = re.compile(
    r"©|\bcopyright\b|all rights reserved|\bcookies?\b|privacy policy|terms of (?:use|service)",
    re.IGNORECASE,
)
AVATAR = re.compile(
    r"^(?:avatar|logo|profile (?:picture|photo|image)|photo of author) (?:of|for)\s+(.{2,60})$",
    re.IGNORECASE,
)
PHOTO_MARKER = re.compile(
    r"\((?:[A-Z]+ )?Photo\b[^)]{0,80}\)|\b(?:Getty Images|Shutterstock|iStock(?:photo)?)\b"
    r"|^(?:Photo|Image|Picture|Photograph|Caption|File photo)\s*(?:credit)?\s*[:|]"
    r"|\b(?:Photo|Image|Picture)\s*(?:credit)?\s*:\s*\S",
)
_AGENCY_CAPS = r"(?:REUTERS|AFP|AP|EPA|XINHUA|GETTY|ANADOLU|EFE|DPA|ANSA|KYODO|YONHAP|UPI)"
# "... Dec 12 2018. REUTERS" or "REUTERS/Jane Doe" closing a line.
TRAILING_AGENCY = re.compile(
    rf"(?:[.;]\s+|[—–-]\s*|/\s*|^){_AGENCY_CAPS}(?:\s*/\s*[A-Z][\w .'’\-]{{0,40}})?\s*\.?$"
)
ANY_TRAILING_AGENCY = re.compile(rf"\b{_AGENCY_CAPS}(?:\s*/\s*[A-Z][\w .'’\-]{{0,40}})?\s*\.?$")
CAPTION_VERB = re.compile(
    r"\b(?:speaks|walks|arrives|attends|gestures|poses|looks on|stands|sits|waves|holds"
    r"|listens|talks|leaves|delivers|addresses|reacts|smiles|shakes hands|greets|is seen"
    r"|are seen|takes part|take part|pictured|seen here|watches|prepares|celebrates)\b"
)
PUBLISHER_WORDS = frozenset(
    "editorial team journalists journalist writers readers coverage newsroom mission dedicated "
    "subscribers staff reporting reporters news stories insightful accurate timely".split()
)


def caption(line: Line) -> bool:
    text = line.text
    if line.n_words > 80:
        return False
    if PHOTO_MARKER.search(text):
        return True
    tail = text[-60:]
    if TRAILING_AGENCY.search(tail):
        return True
    return bool(CAPTION_VERB.search(text) and ANY_TRAILING_AGENCY.search(tail))


def call_to_action(line: Line) -> str | None:
    """'advert' or 'navigation' for a short call to action or menu item, else None."""
    if line.n_words > 30 or (line.is_prose and not CALL_TO_ACTION.search(line.text)):
        return None
    if line.n_words > 12 and not CALL_TO_ACTION.search(line.text):
        return None
    if ADVERT.search(line.text):
        return "advert"
    if NAVIGATION.search(line.text):
        return "navigation"
    return None


def avatar_name(line: Line) -> str | None:
    match = AVATAR.match(line.text)
    return match.group(1).strip() if match else None


def is_list_header(line: Line) -> bool:
    return line.n_words <= 5 and not line.terminal and bool(LIST_HEADER.search(line.text))


def is_legal(line: Line) -> bool:
    return line.n_words <= 60 and bool(LEGAL.search(line.text))


def publisher_blurb(line: Line) -> bool:
    """Prose about the publisher itself ("our editorial team of journalists...")."""
    words = {w.lower() for w in line.words}
    return len(words & PUBLISHER_WORDS) >= 3
