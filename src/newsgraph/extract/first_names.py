"""A person's sex from their first name, by US Census statistics: a fallback only.

Coreference systems have long read a first name's usual sex when the text says nothing (the
Stanford dcoref sieve, Bergsma & Lin's gender counts): "Marcus Bell drives the night bus. Renee
Galvan runs the transit board. “Nobody asked the drivers,” he said" is Bell, though Galvan was
named last and the article gives neither one's sex. ``gender.person_genders`` asks here only for
people the article gives no evidence about (see its docstring).

The data is the 1990 US Census first-name files (public domain) as shipped inside the PyPI package
``names`` (MIT): for each name, the share of all men, and of all women, who bear it. Nothing is
downloaded; the files are read once, on first use.

A name gives a sex only when it is plainly one-sided and common:

- ``MIN_SHARE``: at least 99% of its bearers are of that sex (counting both sexes alike, as the
  files give shares within each sex). 95% would let through names that are often the other sex
  elsewhere or in another generation: 'Andrea' (2.5% of US bearers are men; in Italy it is a man's
  name), 'Carmen' (5%), 'Ashley' (4%). 'Jordan', 'Taylor', 'Jean', 'Robin' and 'Kim' fall far short.
- ``MIN_FREQUENCY``: at least 0.01% of that sex bear it (about one in ten thousand). The files
  reach down to 0.001%; a rarer name's share rests on few people, and a name missing from the
  other sex's file (counted as none there) may only be rarer than that file's cut-off.

The bias caveat: the lists are one country's, one census's. A name's usual sex there is not a
person's sex, and names travel: 'Michele' is an Italian man's name and a US woman's. Hence the
fallback only, and the article's own word always first.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# See the module docstring for why these two numbers.
MIN_SHARE = 0.99
MIN_FREQUENCY = 0.01  # percent of that sex's population
# One-sided in the US files, a man's name elsewhere ('Michele Bianchi', 'Sasha Petrov', 'Hilary
# Benn', 'Evelyn Waugh'): left open, as 'Andrea' is by the numbers.
# ('Nikita', 'Andrea', 'Nicola' and 'Jan' fall short of MIN_SHARE already.)
NAMES_OF_BOTH_ABROAD = frozenset({"michele", "simone", "sasha", "evelyn", "hilary"})

# One package ships the Census files: they are read from it, never downloaded.
NAME_DATA_PACKAGE = "names"
CENSUS_FILES = {"m": "dist.male.first", "f": "dist.female.first"}


def first_name_sex(first_name: str) -> str | None:
    """'m' or 'f' when the Census files say the first name is plainly one sex's ('Marcus' 'm',
    'Renee' 'f'), else None ('Jordan', 'Andrea', a name not in the files)."""
    return _one_sided_first_names().get(first_name.casefold())


@cache
def _one_sided_first_names() -> dict[str, str]:
    """Lower-case first name -> 'm' or 'f', for the names that pass MIN_SHARE and MIN_FREQUENCY
    and no man bears abroad (``NAMES_OF_BOTH_ABROAD``)."""
    shares = {sex: _census_shares(path) for sex, path in CENSUS_FILES.items()}
    sides: dict[str, str] = {}
    for sex, other in (("m", "f"), ("f", "m")):
        for name, share in shares[sex].items():
            against = shares[other].get(name, 0.0)
            if share >= MIN_FREQUENCY and share >= MIN_SHARE * (share + against) and name not in NAMES_OF_BOTH_ABROAD:
                sides[name] = sex
    return sides


@cache
def _census_shares(filename: str) -> dict[str, float]:
    """Name -> percent of that sex's population bearing it, from a Census file whose lines read
    'MARCUS  0.124  48.932  163' (name, percent, cumulative percent, rank)."""
    text = files(NAME_DATA_PACKAGE).joinpath(filename).read_text(encoding="ascii")
    shares: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) == 4:
            shares[fields[0].casefold()] = float(fields[1])
    return shares


def is_common_first_name(word: str) -> bool:
    """A first name at least one in ten thousand men or women bear ('Karen', 'Marcus', 'Jordan'),
    whatever its sex: evidence that two capitalised words opening with it are a person's name.

    The cut-off is ``MIN_FREQUENCY`` again, for the same reason: rarer names in the files ('Art',
    'Paris', 'Santa', 'Royal') are as often ordinary words or places as anyone's name, and their
    shares rest on few people. Names that are also words or places ('Grace', 'Chase', 'Austin')
    still pass: the callers guard against those."""
    return word.casefold() in _common_first_names()


@cache
def _common_first_names() -> frozenset[str]:
    return frozenset(
        name for path in CENSUS_FILES.values() for name, share in _census_shares(path).items() if share >= MIN_FREQUENCY
    )
