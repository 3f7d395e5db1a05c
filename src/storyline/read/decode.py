"""Bytes to text: a BOM; else valid UTF-8 (multi-byte UTF-8 is practically never another
encoding by accident, and pages that say "iso-8859-1" while sending UTF-8 are common); else
the charset the transport declared (an HTTP Content-Type header), then a <meta charset> or XML
declaration near the top (the WHATWG order); else charset-normalizer's best guess. A declared
charset that does not decode the bytes is ignored: declarations lie more often than bytes do.
Text decoded twice ("CafÃ©") is repaired later, by ``repair_mojibake``, which leaves correct
text alone.

Binary junk is told apart from UTF-16 (both have NUL bytes) by where the NULs fall: UTF-16
text of a Latin-script language has a NUL in nearly every other byte, binary data does not.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
WIDE_ENCODINGS = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
MAX_CONTROL_RATIO = 0.01  # control characters allowed in text (besides \t \n \r \f)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# Latin-1 letters and the punctuation Western European text uses (not ¹ ³ ¿: in windows-1252
# those are what Central European letters turn into).
_WESTERN = set(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŸŽžƒ"
    "“”‘’‚„–—…€•™°£¥©®«»·§¶\xa0†‡‰‹›"
)


# Labels that mean windows-1252 on the web (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
PRESCAN_BYTES = 4096


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the rejection reason."""


@dataclass
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """The text in ``data``; raises DecodeError with a reason when there is none.

    ``declared`` is the charset the transport named (HTTP Content-Type), if any.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is not None:
            return _checked(data.decode(encoding, errors="replace"), encoding)
        wide = from_bytes(data, cp_isolation=WIDE_ENCODINGS).best()  # e.g. UTF-16 of CJK text
        if wide is None:
            raise DecodeError("binary content: NUL bytes")
        return _checked(str(wide), wide.encoding)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for label in (declared, in_document_charset(data)):
        if label and (text := _strict(data, label)) is not None:
            return _checked(text, _codec_name(label))
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable text: no character encoding fits")
    if _is_latin_single_byte(best.encoding) and (western := _as_windows_1252(data)) is not None:
        return _checked(western, "cp1252")
    return _checked(str(best), best.encoding)


def _is_latin_single_byte(encoding: str) -> bool:
    return encoding.startswith(("cp12", "iso8859", "latin", "mac_", "cp4", "cp7", "cp8"))


def _as_windows_1252(data: bytes) -> str | None:
    """The text as windows-1252 when that reads as Western European text, else None.

    On short texts charset-normalizer often prefers a Baltic or Central European code page
    that decodes the same bytes to rare letters ("Cafķ"); windows-1252 is the web's default
    legacy encoding (WHATWG), so it wins whenever every non-ASCII character it yields is a
    Western letter or common typographic punctuation.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    foreign = [ch for ch in text if ord(ch) > 127]
    if not letters or len(foreign) > 0.25 * letters:
        return None
    return text if all(ch in _WESTERN for ch in foreign) else None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    half = max(len(sample) // 2, 1)
    even_nuls = sample[0::2].count(0) / half
    odd_nuls = sample[1::2].count(0) / half
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str) -> Decoded:
    if text:
        sample = text[:100_000]
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
        replacements = sample.count("\ufffd")
        if (controls + replacements) / len(sample) > MAX_CONTROL_RATIO:
            raise DecodeError(f"binary content: too many control characters (as {encoding})")
    return Decoded(text=text, encoding=encoding)


def in_document_charset(data: bytes) -> str | None:
    """The charset a <meta> tag or XML declaration near the top of ``data`` names, if any."""
    match = _DECLARED.search(data[:PRESCAN_BYTES])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def _codec_name(label: str) -> str:
    label = label.strip().lower()
    return "cp1252" if label in _WINDOWS_1252_LABELS else label


def _strict(data: bytes, label: str) -> str | None:
    """``data`` decoded as ``label``, or None for an unknown label or bytes that do not fit.

    UTF-16/32 declared inside an 8-bit document is a known lie (WHATWG): ignored.
    """
    codec = _codec_name(label)
    try:
        if codecs.lookup(codec).name.startswith(("utf-16", "utf-32")) and b"\x00" not in data:
            return None
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None


def repair_mojibake(text: str) -> str:
    """Undo text that was decoded twice ("CafÃ©" -> "Café") with ftfy.

    Only ftfy's encoding repair runs (no quote uncurling, no HTML unescaping); ftfy changes
    text only where its "badness" measure says the result is more plausible, so correct text,
    accented or not, comes back unchanged.
    """
    if text.isascii():
        return text
    return ftfy.fix_encoding(text)
