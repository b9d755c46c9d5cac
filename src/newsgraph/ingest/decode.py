"""Bytes -> str for text of any common encoding, and other small normalisers."""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime

import ftfy

from newsgraph.errors import DocumentError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Share of control bytes (other than whitespace) above which data is binary.
BINARY_CONTROL_SHARE = 0.10
# Windows-1252 characters that Western text hardly ever uses but that other single-byte code
# pages' letters turn into when read as Windows-1252 (Polish "ł" is "³", "ą" is "¹", "Ż" is "¯").
UNLIKELY_CP1252 = frozenset("¤¦¨¯´¸¹²³¼¾ªº¬±µ¶×÷") | frozenset(
    chr(c) for c in range(0x80, 0xA0)
)
# In Western languages accented letters are a small share of all letters; a text where they
# are many (Cyrillic or Greek read as Windows-1252: "Ïðåçèäåíò") is in another code page.
WESTERN_MAX_ACCENTED_SHARE = 0.3


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


# Share of the bytes on one side of each pair that are zero in UTF-16 text of a Western
# language (an ASCII letter's high byte); with the other side almost never zero, the data is
# UTF-16 saved without its BOM, as Windows tools do. Binary data has zeros on both sides.
UTF16_ZERO_SHARE = 0.4
UTF16_OTHER_SIDE_ZERO_SHARE = 0.02


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text saved as UTF-16 with no BOM, told by where its zero
    bytes fall; None for anything else."""
    sample = data[: 8192 - 8192 % 2]
    if len(sample) < 8 or bom_encoding(data):
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd >= UTF16_ZERO_SHARE and zeros_even <= UTF16_OTHER_SIDE_ZERO_SHARE:
        return "utf-16-le" if _printable_beside_zeros(even, odd) else None
    if zeros_even >= UTF16_ZERO_SHARE and zeros_odd <= UTF16_OTHER_SIDE_ZERO_SHARE:
        return "utf-16-be" if _printable_beside_zeros(odd, even) else None
    return None


# Bytes of ASCII text: tab, line ends and the printable range.
PRINTABLE_BYTES = frozenset({9, 10, 13, *range(32, 127)})
# Share of the characters below 256 that must be printable for UTF-16: 16-bit samples or
# pixels below 256 (quiet audio, a dark raw image) have zeros on one side too, beside any byte.
UTF16_PRINTABLE_SHARE = 0.95


def _printable_beside_zeros(low: bytes, high: bytes) -> bool:
    """The low bytes of the code units whose high byte is zero are text, not samples."""
    beside = [lo for lo, hi in zip(low, high, strict=False) if hi == 0]
    return sum(b in PRINTABLE_BYTES for b in beside) >= UTF16_PRINTABLE_SHARE * len(beside)


def wide_text(data: bytes, source: str | None = None) -> str | None:
    """The text of UTF-16 or UTF-32 data (by its BOM, or UTF-16 by its zero bytes), else None.
    Such data is read before its kind is told: its markup and JSON are invisible byte-wise."""
    bom = bom_encoding(data)
    if (bom is None or bom[0] == "utf-8") and utf16_without_bom(data) is None:
        return None
    return decode_as_is(data, source)  # (repaired once its kind is known)


def looks_binary(data: bytes) -> bool:
    """Control bytes in quantity, outside a UTF-16/32 text, mean binary."""
    if bom_encoding(data) or utf16_without_bom(data):
        return False
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(sample), 1) > BINARY_CONTROL_SHARE


def decode_bytes(data: bytes, source: str | None = None) -> str:
    """Decode with the BOM, else strict UTF-8, else the best guess (CP1252 before Latin-1),
    and put right mojibake the bytes carried (``repair_mojibake``).

    NUL bytes are dropped and line endings kept as given, so offsets stay meaningful for the
    decoded text.
    """
    return repair_mojibake(decode_as_is(data, source))


def decode_as_is(data: bytes, source: str | None = None) -> str:
    """``decode_bytes`` without the mojibake repair, for callers that repair what they take out
    of the text (a page once parsed, a JSON line's fields): ftfy runs once per document."""
    bom = bom_encoding(data)
    if bom:
        encoding, skip = bom
        try:
            return data[skip:].decode(encoding).replace("\x00", "")
        except UnicodeDecodeError as exc:
            raise DocumentError(source, f"bad {encoding} text: {exc.reason}") from exc
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16).replace("\x00", "")
        except UnicodeDecodeError as exc:
            raise DocumentError(source, f"bad {utf16} text: {exc.reason}") from exc
    try:
        return data.decode("utf-8").replace("\x00", "")
    except UnicodeDecodeError:
        pass
    if reads_as_western(data):
        return data.decode("cp1252").replace("\x00", "")
    guess = _guess_encoding(data)
    return data.decode(guess, errors="replace").replace("\x00", "")


# A UTF-8 lead byte read as Windows-1252 or Latin-1 ('Ã', 'â', 'Ð', …) followed by a
# continuation byte so read ('€', '“', '©', a C1 control, …): every mojibake sequence holds
# one. Text without one is clean, and is not handed to ftfy, whose own test costs tens of
# milliseconds on a page (an accented letter before a curly quote, 'Beyoncé’s', still is).
MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """UTF-8 text once read as Windows-1252 or Latin-1 and stored so, as scrapers often leave
    it ('â€œthe worst is over.â€\x9d', 'LÃ¶wenstadt'), put back ('“the worst is over.”',
    'Löwenstadt') by ftfy's encoding fixer alone: nothing else of the text is touched, and text
    with no such sequences comes back as it was."""
    return ftfy.fix_encoding(text) if MOJIBAKE_PAIR.search(text) else text


def reads_as_western(data: bytes) -> bool:
    """Bytes that read as plausible Windows-1252 (or Latin-1) text in a Western language.

    Checked before the statistical guess, which on short texts with a few curly quotes and
    accents picks DOS or Central European code pages (“ becomes "ō", € becomes "Ć").
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined: another code page
        return False
    if any(ch in UNLIKELY_CP1252 for ch in text):
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    accented = sum(1 for ch in text if ch.isalpha() and not ch.isascii())
    return accented <= WESTERN_MAX_ACCENTED_SHARE * max(letters, 1)


def _guess_encoding(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding not in ("ascii", "utf_8"):
            # Western news in a single-byte code page is CP1252 far more often than Latin-1.
            return "cp1252" if best.encoding in ("latin_1", "iso8859_1") else best.encoding
    except ImportError:
        pass
    return "cp1252"


def parse_date(value: object) -> date | None:
    """An ISO-ish date or datetime string (or date) -> date; anything else -> None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
